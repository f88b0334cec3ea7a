// The repeat query for the systems that did not answer (services/results/RepeatQuery): what is
// asked again, how the answers are merged, and that the verdict's integrity checks still hold on
// the merged answers.
#include "services/results/RepeatQuery.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"
#include "tests/support/TestHygiene.h"

#include <QtTest>

using namespace bd::model;
using namespace bd::results;

namespace {

const QDate kToday(2026, 11, 28);
const QString kFirst = QStringLiteral("first-search");
const QString kRepeat = QStringLiteral("repeat-search");

SearchRequest request()
{
    SearchRequest r;
    r.searchId = kFirst;
    r.purpose = Purpose::EntryCheck;
    r.person.nationality = QStringLiteral("FRA");
    r.person.surname = QStringLiteral("TRAVELLER");
    r.person.dateOfBirth = QDate(1980, 5, 6);
    r.document = { QStringLiteral("P"), QStringLiteral("FRA"), QStringLiteral("T0000001"), kToday.addYears(5) };
    return r; // systems empty: every system
}

const VisaList& visaList()
{
    static const VisaList list = *VisaList::builtIn();
    return list;
}

CheckContext context()
{
    CheckContext c;
    c.today = kToday;
    c.document.read = true;
    c.document.zoneValid = true;
    c.document.dateOfExpiry = kToday.addYears(5);
    c.borderState = QStringLiteral("DEU");
    c.visaList = &visaList();
    return c;
}

SystemEvent answer(const QString& searchId, SystemId s, SystemStatus status)
{
    SystemEvent e;
    e.searchId = searchId;
    e.system = s;
    e.status = status;
    e.latencyMs = 20;
    if (status == SystemStatus::Unavailable)
        e.detail = QStringLiteral("down");
    return e;
}

SystemEvent arrest(const QString& searchId)
{
    SystemEvent e = answer(searchId, SystemId::Sis, SystemStatus::Hit);
    Hit h;
    h.system = SystemId::Sis;
    h.recordId = QStringLiteral("SIS-9");
    h.sis = SisAlert { QStringLiteral("arrest"), QStringLiteral("arrest"), {}, QStringLiteral("POL"), {} };
    e.hits = { h };
    return e;
}

// The first search: every system answered no hit except SIS (unavailable).
SearchAnswers sisDown()
{
    SearchAnswers a;
    a.request = request();
    for (SystemId s : allSystems())
        a.events.append(answer(kFirst, s, s == SystemId::Sis ? SystemStatus::Unavailable : SystemStatus::NoHit));
    SearchSummary summary;
    summary.searchId = kFirst;
    summary.answered = allSystems();
    summary.answered.removeAll(SystemId::Sis);
    summary.totalMs = 300;
    summary.links = { IdentityLink { QStringLiteral("L-1"), LinkColour::White,
        { RecordRef { SystemId::Ees, QStringLiteral("EES-1") }, RecordRef { SystemId::Vis, QStringLiteral("VIS-1") } },
        QStringLiteral("DEU"), kToday } };
    a.summary = summary;
    return a;
}

// The repeat's answers for `systems`, each with `sisEvent` for SIS.
SearchAnswers repeatOf(const SearchAnswers& first, const SystemEvent& sisEvent, bool withSummary = true)
{
    SearchAnswers r;
    r.request = repeatRequest(first.request, planRepeat(first), kRepeat);
    r.events = { sisEvent };
    if (withSummary)
        r.summary = SearchSummary { kRepeat, {}, {}, { SystemId::Sis }, 40 };
    return r;
}

} // namespace

class TestRepeatQuery : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void planAsksOnlyTheSystemsThatDidNotAnswer()
    {
        const SearchAnswers first = sisDown();
        const RepeatPlan plan = planRepeat(first);
        QVERIFY(!plan.whole);
        QCOMPARE(plan.systems, QList<SystemId> { SystemId::Sis });
        const SearchRequest r = repeatRequest(first.request, plan, kRepeat);
        QCOMPARE(r.searchId, kRepeat);
        QCOMPARE(r.systems, QList<SystemId> { SystemId::Sis });
        QCOMPARE(r.document, first.request.document);
        QCOMPARE(r.person, first.request.person);
    }

    void planCoversTimeoutErrorMissingAndConflicting()
    {
        SearchAnswers first = sisDown();
        first.events.removeIf([](const SystemEvent& e) { return e.system == SystemId::Sis; });
        first.events.append(answer(kFirst, SystemId::Sis, SystemStatus::NoHit));
        first.events.removeIf(
            [](const SystemEvent& e) { return e.system == SystemId::Vis || e.system == SystemId::Ees; });
        first.events.append(answer(kFirst, SystemId::Vis, SystemStatus::Timeout)); // timed out
        // EES: no answer at all. ETIAS: two different answers.
        first.events.append(answer(kFirst, SystemId::Etias, SystemStatus::Hit));
        first.events.append(answer(kFirst, SystemId::Europol, SystemStatus::Error)); // twice, once an error
        const RepeatPlan plan = planRepeat(first);
        QVERIFY(!plan.whole);
        QCOMPARE(plan.systems, (QList<SystemId> { SystemId::Vis, SystemId::Ees, SystemId::Etias, SystemId::Europol }));
    }

    void withheldSystemsAreNotRepeated()
    {
        SearchAnswers first = sisDown();
        first.events.removeIf([](const SystemEvent& e) { return e.system == SystemId::Eurodac; });
        first.summary->withheld = { SystemId::Eurodac };
        QCOMPARE(planRepeat(first).systems, QList<SystemId> { SystemId::Sis });
    }

    void nothingToRepeatWhenEverySystemAnswered()
    {
        SearchAnswers first = sisDown();
        first.events[0] = answer(kFirst, SystemId::Sis, SystemStatus::NoHit);
        QVERIFY(planRepeat(first).isEmpty());
    }

    void streamLevelProblemsRepeatTheWholeSearch_data()
    {
        QTest::addColumn<int>("problem");
        QTest::newRow("stream error") << 0;
        QTest::newRow("no summary") << 1;
        QTest::newRow("summary of another search") << 2;
        QTest::newRow("an answer of another search") << 3;
    }
    void streamLevelProblemsRepeatTheWholeSearch()
    {
        QFETCH(int, problem);
        SearchAnswers first = sisDown();
        if (problem == 0)
            first.streamError = bd::core::Error { QStringLiteral("gateway.protocol"), QStringLiteral("broken"), {} };
        else if (problem == 1)
            first.summary.reset();
        else if (problem == 2)
            first.summary->searchId = QStringLiteral("other");
        else
            first.events[1].searchId = QStringLiteral("other");
        const RepeatPlan plan = planRepeat(first);
        QVERIFY(plan.whole);
        const SearchRequest r = repeatRequest(first.request, plan, kRepeat);
        QVERIFY(r.systems.isEmpty()); // what the original asked: every system
        // A whole repeat stands on its own.
        SearchAnswers whole;
        whole.request = r;
        whole.events = { answer(kRepeat, SystemId::Sis, SystemStatus::NoHit) };
        const SearchAnswers merged = mergeRepeat(first, whole);
        QCOMPARE(merged.request, whole.request);
        QCOMPARE(merged.events, whole.events);
        QVERIFY(!merged.summary);
    }

    void mergedCleanAnswerGivesTheVerdictOfTheRepeat()
    {
        const SearchAnswers first = sisDown();
        const UnifiedResult before = Unifier::unify(first, context());
        QCOMPARE(before.requiredAction.code, ActionCode::CompleteChecksManually);
        QVERIFY(!before.complete);

        // SIS answers now, with an arrest alert.
        const SearchAnswers merged = mergeRepeat(first, repeatOf(first, arrest(kRepeat)));
        QCOMPARE(merged.request, first.request);
        QCOMPARE(merged.events.size(), first.events.size());
        for (const SystemEvent& e : merged.events)
            QCOMPARE(e.searchId, kFirst); // the repeat's own id rewritten to the original
        QCOMPARE(std::count_if(merged.events.cbegin(), merged.events.cend(),
                     [](const SystemEvent& e) { return e.system == SystemId::Sis; }),
            1); // the first "unavailable" is replaced, not kept beside the answer
        QVERIFY(merged.summary);
        QCOMPARE(merged.summary->searchId, kFirst);
        QCOMPARE(merged.summary->links, first.summary->links); // kept from the first search
        QVERIFY(merged.summary->answered.contains(SystemId::Sis));
        QCOMPARE(merged.summary->answered.size(), allSystems().size());
        QCOMPARE(merged.summary->totalMs, 340);
        const UnifiedResult after = Unifier::unify(merged, context());
        QVERIFY2(after.integrityProblems.isEmpty(),
            qPrintable(bd::results::noticeTexts(after.integrityProblems).join(QLatin1Char(';'))));
        QVERIFY(after.complete);
        QCOMPARE(after.requiredAction.code, ActionCode::Arrest);

        // SIS answers no hit: the traveller is admitted on the merged answers.
        const UnifiedResult clean = Unifier::unify(
            mergeRepeat(first, repeatOf(first, answer(kRepeat, SystemId::Sis, SystemStatus::NoHit))), context());
        QVERIFY(clean.complete);
        QCOMPARE(clean.requiredAction.code, ActionCode::Admit);
    }

    void mergedLinksAndWithheldAreUnited()
    {
        const SearchAnswers first = sisDown();
        SearchAnswers repeat = repeatOf(first, answer(kRepeat, SystemId::Sis, SystemStatus::NoHit));
        IdentityLink changed = first.summary->links.first();
        changed.colour = LinkColour::Green;
        IdentityLink added { QStringLiteral("L-2"), LinkColour::Yellow,
            { RecordRef { SystemId::Sis, QStringLiteral("SIS-2") },
                RecordRef { SystemId::Vis, QStringLiteral("VIS-1") } },
            QStringLiteral("DEU"), kToday };
        repeat.summary->links = { changed, added };
        repeat.summary->withheld = { SystemId::Eurodac };
        const SearchAnswers merged = mergeRepeat(first, repeat);
        QCOMPARE(merged.summary->links.size(), 2);
        QCOMPARE(merged.summary->links.at(0).colour, LinkColour::Green); // the same link id: the newer version
        QCOMPARE(merged.summary->links.at(1).linkId, QStringLiteral("L-2"));
        QCOMPARE(merged.summary->withheld, QList<SystemId> { SystemId::Eurodac });
    }

    void repeatThatStillFailsStaysIncomplete_data()
    {
        QTest::addColumn<int>("failure");
        QTest::newRow("SIS still unavailable") << 0;
        QTest::newRow("repeat without summary") << 1;
        QTest::newRow("repeat summary of another search") << 2;
        QTest::newRow("repeat answer of another search") << 3;
        QTest::newRow("repeat stream broke off") << 4;
        QTest::newRow("repeat answered nothing") << 5;
    }
    void repeatThatStillFailsStaysIncomplete()
    {
        QFETCH(int, failure);
        const SearchAnswers first = sisDown();
        SearchAnswers repeat = repeatOf(first, answer(kRepeat, SystemId::Sis, SystemStatus::NoHit), failure != 1);
        switch (failure) {
        case 0:
            repeat.events = { answer(kRepeat, SystemId::Sis, SystemStatus::Unavailable) };
            break;
        case 2:
            repeat.summary->searchId = QStringLiteral("yet-another");
            break;
        case 3:
            repeat.events = { answer(QStringLiteral("yet-another"), SystemId::Sis, SystemStatus::NoHit) };
            break;
        case 4:
            repeat.streamError = bd::core::Error { QStringLiteral("gateway.protocol"), QStringLiteral("broken"), {} };
            break;
        case 5:
            repeat.events.clear();
            break;
        default:
            break;
        }
        const UnifiedResult result = Unifier::unify(mergeRepeat(first, repeat), context());
        QVERIFY(!result.complete);
        QCOMPARE(result.requiredAction.code, ActionCode::CompleteChecksManually);
        QCOMPARE(result.requiredAction.decision, Decision::SecondLine);
    }
};

QTEST_GUILESS_MAIN(TestRepeatQuery)
#include "TestRepeatQuery.moc"
