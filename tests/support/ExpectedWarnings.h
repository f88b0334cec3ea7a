#pragma once

// Warnings the product logs when a test provokes them on purpose, spelt once. Each function
// announces one exact message with QTest::ignoreMessage, so the test fails if the warning does not
// come as well as on any other warning (TestHygiene.h). Call it just before the step that causes
// the warning, once per expected message.

#include "services/model/Systems.h"

#include <QString>
#include <QTest>

namespace bd::testsupport {

namespace detail {
// A QString as QDebug prints it: in double quotes, with backslashes and quotes escaped.
inline QString debugQuoted(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}
} // namespace detail

// SearchStream (services/gateway) could not use an answer line, for `reason` (the detail the
// rejected system's event carries, e.g. "answer line of unknown type").
inline void expectRejectedAnswerLine(const QString& reason)
{
    QTest::ignoreMessage(
        QtWarningMsg, qPrintable(QStringLiteral("search answer line rejected: ") + detail::debugQuoted(reason)));
}

// SearchStream received a system's answer to another search.
inline void expectAnswerOfAnotherSearch()
{
    QTest::ignoreMessage(QtWarningMsg, "search answer line rejected: it belongs to another search");
}

// SearchStream received a second, different answer from `system`.
inline void expectConflictingAnswers(bd::model::SystemId system)
{
    QTest::ignoreMessage(QtWarningMsg,
        qPrintable(QStringLiteral("conflicting answers from ") + detail::debugQuoted(bd::model::systemKey(system))));
}

// CheckController (ui) refused a decision for `why`: "the result of this check is not shown yet" or
// "this check's decision is already recorded".
inline void expectDecisionRefused(const char* why)
{
    QTest::ignoreMessage(QtWarningMsg, qPrintable(QStringLiteral("decision refused: ") + QLatin1String(why)));
}

// CheckController refused the officer's declarations: the check's decision is recorded.
inline void expectDeclarationsRefusedAfterTheDecision()
{
    QTest::ignoreMessage(QtWarningMsg, "declarations refused: this check's decision is already recorded");
}

// CheckController refused an override without a reason: `taken` (a decision key, e.g. "admit")
// instead of the `required` decision key.
inline void expectOverrideWithoutReason(const QString& taken, const QString& required)
{
    QTest::ignoreMessage(QtWarningMsg,
        qPrintable(QStringLiteral("override refused: no reason given (%1 instead of %2)").arg(taken, required)));
}

// CheckController recorded an override: the decision `taken` although `requiredAction` was required.
inline void expectOverrideRecorded(const QString& taken, const QString& requiredAction)
{
    QTest::ignoreMessage(QtWarningMsg,
        qPrintable(QStringLiteral("override recorded: %1 although %2 was required").arg(taken, requiredAction)));
}

// CheckController: a search's stream ended with answers and the error `code`.
inline void expectSearchEndedWithError(const QString& code)
{
    QTest::ignoreMessage(QtWarningMsg, qPrintable(QStringLiteral("search ended with answers and an error: ") + code));
}

// CheckController started without the visa list.
inline void expectNoVisaList()
{
    QTest::ignoreMessage(QtWarningMsg, "no visa list: every traveller's visa requirement is verified by hand");
}

// MainWindow is closed with `count` undecided checks (parked or open).
inline void expectClosingWithUndecidedChecks(int count)
{
    QTest::ignoreMessage(QtWarningMsg, qPrintable(QStringLiteral("closing with %1 undecided checks").arg(count)));
}

} // namespace bd::testsupport
