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

} // namespace bd::testsupport
