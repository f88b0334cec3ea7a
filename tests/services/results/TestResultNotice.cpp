// The verdict's sentences for the officer are codes with values (ResultNotice); the services render
// them in English once, for the JSON of `borderdesk-cli unify` / `query` and for diagnostics. The
// JSON keeps the words it had before they were codes.
#include "services/results/ResultNotice.h"
#include "services/results/StayCalculator.h"
#include "services/results/UnifiedResultJson.h"
#include "services/results/Unifier.h"
#include "tests/support/NoticeSamples.h"
#include "tests/support/TestHygiene.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace bd::model;
using namespace bd::results;

namespace {

const QDate kToday(2026, 11, 30);
const QString kId = QStringLiteral("search-notices");

SystemEvent answer(SystemId system, SystemStatus status)
{
    return bd::testsupport::systemAnswer(system, status, kId);
}

SearchAnswers answers(Purpose purpose, const QString& nationality, const QDate& dateOfBirth)
{
    return bd::testsupport::noHitAnswers(purpose, nationality, dateOfBirth, kToday, kId);
}

CheckContext context(const QDate& expiry)
{
    return bd::testsupport::validDocumentContext(expiry, kToday);
}

QList<ResultNotice> oneOfEach()
{
    return bd::testsupport::oneNoticeOfEachCode();
}

} // namespace

class TestResultNotice : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void everyCodeHasItsEnglishWords()
    {
        QSet<QString> keys;
        for (const ResultNotice& n : oneOfEach()) {
            const QString key = noticeKey(n.code);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            const QString text = noticeText(n);
            QVERIFY2(!text.isEmpty(), qPrintable(key));
            QVERIFY2(!text.startsWith(key), qPrintable(text)); // the fallback is for codes of a later version
            QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        }
        QCOMPARE(keys.size(), allNoticeCodes().size());
        // Dates in the English words are ISO 8601, as in the rest of the JSON.
        QCOMPARE(noticeText({ NoticeCode::DocumentExpiresWithinThreeMonths, { QDate(2026, 12, 24) } }),
            QStringLiteral("The travel document expires on 2026-12-24, in less than three months."));
        QCOMPARE(noticeText(
                     { NoticeCode::DifferentPersonGreenLink, { QStringLiteral("L-1"), QStringLiteral("ITA SIRENE") } }),
            QStringLiteral("verified a different person from the traveller (green link L-1, verified by ITA SIRENE)"));
        QCOMPARE(noticeText({ NoticeCode::DifferentPersonGreenLink, { QStringLiteral("L-1"), QString() } }),
            QStringLiteral("verified a different person from the traveller (green link L-1)"));
    }

    void aCodeOfALaterVersionIsNeverEmpty()
    {
        const ResultNotice later { static_cast<NoticeCode>(999), { 3, QStringLiteral("x") } };
        QCOMPARE(noticeText(later), QStringLiteral("notice-999 (3, x)"));
    }

    void appendingKeepsTheFirstOfTheSameWords()
    {
        QList<ResultNotice> list;
        appendNotice(list, { NoticeCode::SummaryMissing, {} });
        appendNotice(list, { NoticeCode::SummaryMissing, {} });
        // The stream's own error in the same words is the same problem.
        appendNotice(list,
            { NoticeCode::StreamError,
                { QStringLiteral("gateway.malformed"),
                    QStringLiteral("the answer stream ended without its summary") } });
        QCOMPARE(list.size(), 1);
    }

    void stayProblemKeepsTheCalculatorsWords()
    {
        Stay wrong;
        wrong.entry = QDate(2026, 3, 10);
        wrong.exit = QDate(2026, 3, 1);
        const auto assessed = StayCalculator::assess({ wrong }, kToday);
        QVERIFY(!assessed);
        const ResultNotice n { NoticeCode::StayHistoryInvalid,
            { assessed.error().code, assessed.error().detail, assessed.error().context } };
        QCOMPARE(noticeText(n), QStringLiteral("stay 1: exit 2026-03-01 is before entry 2026-03-10"));
        QCOMPARE(assessed.error().context.value(QStringLiteral("stay")).toInt(), 1);
        QCOMPARE(assessed.error().context.value(QStringLiteral("exit")).toDate(), wrong.exit);
        QCOMPARE(assessed.error().context.value(QStringLiteral("entry")).toDate(), wrong.entry);
    }

    // A minor leaving with an expired passport, a residence permit that ran out, the zone reader's
    // remark, and a stream that ended without its summary: the JSON has the English sentences of
    // before, word for word.
    void jsonKeepsItsEnglishSentences()
    {
        SearchAnswers a = answers(Purpose::ExitCheck, QStringLiteral("USA"), kToday.addYears(-15).addDays(-3));
        a.summary.reset();
        a.streamError = bd::core::Error { QStringLiteral("gateway.malformed"),
            QStringLiteral("the answer stream ended without its summary"), {} };
        CheckContext c = context(QDate(2026, 10, 1));
        c.document.warnings << ResultNotice { NoticeCode::DocumentRemark,
            { QStringLiteral("minor"), QStringLiteral("the holder is under 18 years old"), 1, 13 } };
        ResidenceTitle title;
        title.kind = ResidenceTitle::Kind::ResidencePermit;
        title.issuingState = QStringLiteral("DEU");
        title.validUntil = QDate(2026, 6, 30);
        c.declarations.residence = title;
        const UnifiedResult r = Unifier::unify(a, c);
        const QJsonObject json = unifiedResultToJson(r);
        const QStringList notes { QStringLiteral("The declared residence-permit is not valid today (valid until "
                                                 "2026-06-30): it does not replace the visa or travel authorisation."),
            QStringLiteral("Minor (15 years): check who accompanies the minor and, if travelling alone or with one "
                           "parent, the consent of those with parental responsibility (SBC Annex VII point 6)."),
            QStringLiteral("the holder is under 18 years old"),
            QStringLiteral("The travel document expired on 2026-10-01; at exit this is no reason to stop the "
                           "departure.") };
        QCOMPARE(json.value(QStringLiteral("notes")).toArray(), QJsonArray::fromStringList(notes));
        QCOMPARE(json.value(QStringLiteral("integrityProblems")).toArray(),
            QJsonArray::fromStringList({ QStringLiteral("the answer stream ended without its summary") }));
        QCOMPARE(json.value(QStringLiteral("document")).toObject().value(QStringLiteral("warnings")).toArray(),
            QJsonArray::fromStringList({ QStringLiteral("the holder is under 18 years old") }));
        QList<RequiredAction> all { r.requiredAction };
        all += r.otherActions;
        const auto manual = std::find_if(all.cbegin(), all.cend(),
            [](const RequiredAction& x) { return x.code == ActionCode::CompleteChecksManually; });
        QVERIFY(manual != all.cend());
        QCOMPARE(manual->text,
            QStringLiteral("Complete the checks manually — the answers cannot be trusted as a whole (the answer "
                           "stream ended without its summary). Repeat the search."));
    }

    void rejectedAnswerKeepsItsEnglishDetail()
    {
        SearchAnswers a = answers(Purpose::EntryCheck, QStringLiteral("USA"), QDate(1985, 3, 4));
        SystemEvent other = answer(SystemId::Sis, SystemStatus::Unavailable);
        a.events << other; // a second, different answer from SIS
        const UnifiedResult r = Unifier::unify(a, context(kToday.addYears(4)));
        const SystemLine& sis = r.systems.first();
        QCOMPARE(sis.system, SystemId::Sis);
        QCOMPARE(sis.status, SystemStatus::Error);
        QVERIFY(sis.rejection);
        QCOMPARE(sis.rejection->code, NoticeCode::ConflictingAnswers);
        const QJsonObject line = unifiedResultToJson(r).value(QStringLiteral("systems")).toArray().first().toObject();
        QCOMPARE(
            line.value(QStringLiteral("detail")).toString(), QStringLiteral("conflicting answers from this system"));
        QStringList texts { r.requiredAction.text };
        for (const RequiredAction& x : r.otherActions)
            texts << x.text;
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("(SIS: conflicting answers from this system)")),
            qPrintable(texts.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestResultNotice)
#include "TestResultNotice.moc"
