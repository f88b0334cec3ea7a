// The proof of the deck: every scenario's expected outcome is what the verdict engine decides.
// For each scenario the answers are built as the training gateway streams them (each system's
// canned answer from the case file, no-hit for the others, faults as the gateway injects them) and
// read back through the client's SearchStream, so a fault reaches the engine as the workstation
// would see it (down → unavailable, error → error, garbage / oversized / truncated → error,
// stalled → timeout and no summary). The context is the scenario's: document as read, the
// declarations the trainee is expected to make, the ETIAS period, the German border, the built-in
// visa list. A disagreement is a finding: either the scenario or the engine is wrong in law
// (../shared/verdict-facts.md); the scenario is not bent to the engine.
#include "services/gateway/GatewayJson.h"
#include "services/gateway/SearchStream.h"
#include "services/results/StayCalculator.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"
#include "services/training/ScenarioDeck.h"
#include "tests/support/ExpectedWarnings.h"
#include "tests/support/TestHygiene.h"

#include <QTest>

#include <algorithm>

using namespace bd::gateway;

using namespace bd::model;
using namespace bd::results;
using namespace bd::training;

namespace {

constexpr qint64 kMaxLineBytes = 64 * 1024; // the client's line cap in this test (an oversized line exceeds it)
constexpr int kSystemDeadlineMs = 10000;

const VisaList& visaList()
{
    static const auto list = VisaList::builtIn();
    if (!list)
        qFatal("built-in visa list: %s", qPrintable(list.error().detail));
    return *list;
}

ScenarioDeck deckOn(QDate today)
{
    auto deck = ScenarioDeck::load(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"), today);
    if (!deck)
        qFatal("deck: %s", qPrintable(deck.error().detail));
    return std::move(deck).value();
}

// What the client holds after the training gateway answered `c` to a trainer's search: every
// system asked, the lines the gateway writes (GatewayServer's SearchSession), read by SearchStream.
SearchAnswers gatewayAnswers(const CaseFile& c, const QString& searchId)
{
    SearchAnswers a;
    a.request.searchId = searchId;
    a.request.officerId = QStringLiteral("trainee");
    a.request.profile = UserProfile::Trainer; // every system answers: none is withheld
    a.request.purpose = c.purpose;
    a.request.document = c.document;
    a.request.person = c.person;
    a.request.systems = allSystems();

    const auto line = [&searchId](SystemEvent e) {
        e.searchId = searchId;
        return json::toNdjsonLine(json::encode(e));
    };
    QByteArray body;
    QByteArray truncatedLine;
    bool stalled = false;
    SearchSummary summary;
    summary.searchId = searchId;
    summary.links = c.links; // the trainer sees every system, so every link has two visible records
    for (SystemId s : allSystems()) {
        const FaultKind fault = c.faults.value(s).kind;
        switch (fault) {
        case FaultKind::Down:
            body += line(SystemEvent {
                {}, s, SystemStatus::Unavailable, 0, {}, QStringLiteral("system unavailable (training fault)") });
            continue;
        case FaultKind::Error:
            body += line(SystemEvent {
                {}, s, SystemStatus::Error, 0, {}, QStringLiteral("internal error in the system (training fault)") });
            continue;
        case FaultKind::Garbage:
            body += QByteArrayLiteral("<html><body>502 Bad Gateway</body></html> (training fault: not JSON)\n");
            continue;
        case FaultKind::Oversized:
            body += "{\"type\":\"system\",\"system\":\"" + systemKey(s).toLatin1() + "\",\"padding\":\""
                + QByteArray(kMaxLineBytes + 16, 'x') + "\"}\n";
            continue;
        case FaultKind::Stalled:
            stalled = true;
            continue;
        case FaultKind::None:
        case FaultKind::Latency:
        case FaultKind::Truncated:
            break;
        }
        SystemEvent e = c.answers.value(s, SystemEvent { {}, s, SystemStatus::NoHit, 0, {}, {} });
        e.system = s;
        if (fault == FaultKind::Truncated) {
            const QByteArray whole = line(e);
            truncatedLine = whole.left(whole.size() / 2); // then the gateway cuts the connection
            continue;
        }
        summary.answered.append(s);
        body += line(e);
    }
    SearchStream stream(searchId, a.request.systems, kMaxLineBytes);
    stream.feed(body);
    std::optional<bd::core::Error> error;
    if (!truncatedLine.isEmpty()) {
        stream.feed(truncatedLine);
        stream.endOfStream();
    } else if (stalled) {
        // No summary ever comes; the client gives the pending systems up at its deadline and the
        // search at its own.
        stream.expirePending(kSystemDeadlineMs);
        error = bd::core::Error { QStringLiteral("gateway.timeout"), QStringLiteral("the search did not end in time"),
            {} };
    } else {
        stream.feed(json::toNdjsonLine(json::encode(summary)));
        stream.endOfStream();
    }
    const SearchOutcome outcome = stream.outcome(error);
    a.events = outcome.events;
    a.summary = outcome.summary;
    a.streamError = outcome.error;
    return a;
}

CheckContext contextFor(const CaseFile& c, QDate today)
{
    CheckContext ctx;
    ctx.today = today;
    ctx.document.read = true;
    ctx.document.zoneValid = true;
    ctx.document.dateOfExpiry = c.document.dateOfExpiry;
    ctx.declarations = c.declarations.value_or(OfficerDeclarations {});
    ctx.etias = ScenarioDeck::etiasPeriodsFor(c.etiasPhase, today);
    ctx.borderState = QStringLiteral("DEU");
    ctx.visaList = &visaList();
    return ctx;
}

QString describe(const UnifiedResult& r)
{
    QStringList others;
    for (const RequiredAction& a : r.otherActions)
        others.append(bd::results::actionKey(a.code));
    return QStringLiteral("engine: %1 / %2 / '%3' — %4 [other actions: %5]")
        .arg(bd::results::actionKey(r.requiredAction.code), bd::model::decisionKey(r.requiredAction.decision),
            r.requiredAction.refusalReason, r.requiredAction.text, others.join(QStringLiteral(", ")));
}

UnifiedResult verdictFor(const CaseFile& c, QDate today)
{
    return Unifier::unify(gatewayAnswers(c, QStringLiteral("deck-") + c.id), contextFor(c, today));
}

} // namespace

class TestScenarioVerdicts : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        QVERIFY(visaList().asOf().isValid());
    }
    // Every scenario, on the deck's reference day and on a leap day more than a year later: the
    // relative dates keep every case what it is.
    void everyScenarioGetsItsExpectedVerdict_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("id");
        for (const QDate today : { QDate(2026, 11, 30), QDate(2028, 2, 29) }) {
            const ScenarioDeck deck = deckOn(today);
            for (const CaseFile& c : deck.cases())
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(today.toString(Qt::ISODate), c.id)))
                    << today << c.id;
        }
    }
    void everyScenarioGetsItsExpectedVerdict()
    {
        QFETCH(QDate, today);
        QFETCH(QString, id);
        const ScenarioDeck deck = deckOn(today);
        const CaseFile* c = deck.findById(id);
        QVERIFY(c);
        QVERIFY(c->expected);
        QCOMPARE(c->etiasPeriods, ScenarioDeck::etiasPeriodsFor(c->etiasPhase, today));
        QCOMPARE(etiasPhase(c->etiasPeriods, today), c->etiasPhase);

        const UnifiedResult r = verdictFor(*c, today);
        const QByteArray why = describe(r).toUtf8();
        QVERIFY2(bd::results::actionKey(r.requiredAction.code) == c->expected->requiredAction, why.constData());
        QVERIFY2(bd::model::decisionKey(r.requiredAction.decision) == c->expected->decision, why.constData());
        QVERIFY2(r.requiredAction.refusalReason == c->expected->refusalReason, why.constData());
        // A faulted system is never a clean answer.
        for (auto it = c->faults.constBegin(); it != c->faults.constEnd(); ++it)
            if (it->kind != FaultKind::None && it->kind != FaultKind::Latency)
                QVERIFY(r.unanswered.contains(it.key()) || !r.integrityProblems.isEmpty());
        // The debrief names what the trainee must do, with its legal basis.
        QVERIFY2(c->expected->debrief.contains(QLatin1String("Art."))
                || c->expected->debrief.contains(QLatin1String("Article")),
            qPrintable(id));
    }

    // The harness turns every fault into what the client makes of it, and none of them is a clean answer.
    void faultsReachTheEngineAsTheClientSeesThem_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("warning"); // why the client's stream reader rejects the line, if it does
        const QString manual = QStringLiteral("complete-checks-manually");
        QTest::newRow("latency") << int(FaultKind::Latency) << int(SystemStatus::NoHit) << QStringLiteral("admit")
                                 << QString();
        QTest::newRow("down") << int(FaultKind::Down) << int(SystemStatus::Unavailable) << manual << QString();
        QTest::newRow("error") << int(FaultKind::Error) << int(SystemStatus::Error) << manual << QString();
        QTest::newRow("garbage") << int(FaultKind::Garbage) << int(SystemStatus::Error) << manual
                                 << QStringLiteral(
                                        "unreadable answer line (not valid JSON at offset 1: illegal value)");
        QTest::newRow("oversized") << int(FaultKind::Oversized) << int(SystemStatus::Error) << manual
                                   << QStringLiteral("answer line longer than 65536 bytes");
        QTest::newRow("stalled") << int(FaultKind::Stalled) << int(SystemStatus::Timeout) << manual << QString();
        QTest::newRow("truncated") << int(FaultKind::Truncated) << int(SystemStatus::Error) << manual
                                   << QStringLiteral("answer truncated: the stream ended inside a line");
    }
    void faultsReachTheEngineAsTheClientSeesThem()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, action);
        QFETCH(QString, warning);
        const QDate today(2026, 11, 30);
        const ScenarioDeck deck = deckOn(today);
        CaseFile c = *deck.findById(QStringLiteral("clean-visa-exempt"));
        c.faults.insert(SystemId::Sis, Fault { FaultKind(kind), 0 });
        if (!warning.isEmpty())
            bd::testsupport::expectRejectedAnswerLine(warning);
        const UnifiedResult r = verdictFor(c, today);
        const auto sis = std::find_if(
            r.systems.cbegin(), r.systems.cend(), [](const SystemLine& l) { return l.system == SystemId::Sis; });
        QVERIFY(sis != r.systems.cend());
        QCOMPARE(int(sis->status), status);
        QCOMPARE(bd::results::actionKey(r.requiredAction.code), action);
    }

    // The numbers the debriefs state are the engine's.
    void overstayerNumbersAreTheEngines()
    {
        const QDate today(2026, 11, 30);
        const ScenarioDeck deck = deckOn(today);
        const CaseFile* c = deck.findById(QStringLiteral("overstayer"));
        QVERIFY(c);
        const UnifiedResult r = verdictFor(*c, today);
        QVERIFY(r.stay.assessment);
        QCOMPARE(r.stay.assessment->daysUsed, 126); // entry day and exit day both count
        QCOMPARE(r.stay.daysAllowedFromToday, 0);
        QCOMPARE(r.stay.assessment->nextPossibleEntry, today.addDays(46));
        const QList<Stay> stays
            = Unifier::staysFromMovements(c->answers.value(SystemId::Ees).hits.first().ees->movements, today);
        QCOMPARE(StayCalculator::plannedStayLength(stays, today.addDays(45)).value(), 0);
        QCOMPARE(StayCalculator::plannedStayLength(stays, today.addDays(46)).value(), 90);
        QCOMPARE(StayCalculator::daysUsedOn(stays, today.addDays(134)), 1); // the exit day is still in the window
        QCOMPARE(StayCalculator::daysUsedOn(stays, today.addDays(135)), 0);
        for (const char* n : { "126 days", "46 days after", "135 days after" })
            QVERIFY2(c->expected->debrief.contains(QLatin1String(n)), n);
    }

    void exitOverstayNumbersAreTheEngines()
    {
        const QDate today(2026, 11, 30);
        const ScenarioDeck deck = deckOn(today);
        const CaseFile* c = deck.findById(QStringLiteral("exit-overstay"));
        QVERIFY(c);
        QCOMPARE(c->purpose, Purpose::ExitCheck);
        const UnifiedResult r = verdictFor(*c, today);
        QVERIFY(r.stay.assessment);
        QCOMPARE(r.stay.assessment->daysUsed, 101);
        QCOMPARE(r.stay.assessment->overstayDays, 11);
        QVERIFY(c->expected->debrief.contains(QLatin1String("101st day")));
        QVERIFY(c->expected->debrief.contains(QLatin1String("11 days over")));
    }

    void gracePeriodFirstCrossingIsLetThroughWithTheLeaflet()
    {
        const QDate today(2026, 11, 30);
        const ScenarioDeck deck = deckOn(today);
        const CaseFile* first = deck.findById(QStringLiteral("etias-grace-first-crossing"));
        const CaseFile* second = deck.findById(QStringLiteral("etias-grace-second-crossing"));
        QVERIFY(first && second);
        QCOMPARE(first->etiasPhase, EtiasPhase::Grace);
        const UnifiedResult r = verdictFor(*first, today);
        QCOMPARE(r.requiredAction.code, ActionCode::Admit);
        const QStringList notes = bd::results::noticeTexts(r.notes);
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const QString& n) {
            return n.contains(QLatin1String("leaflet")) && n.contains(QLatin1String("83(3)"));
        }));
        // The second crossing's entry lies after the transitional period, the first one's history before it.
        const auto& periods = second->etiasPeriods;
        QVERIFY(today.addDays(-40) > periods.transitionalEnd);
        QVERIFY(today.addDays(-300) < periods.transitionalEnd);
    }

    void declarationsReachTheEngine()
    {
        const QDate today(2026, 11, 30);
        const ScenarioDeck deck = deckOn(today);
        const CaseFile* permit = deck.findById(QStringLiteral("residence-permit-holder"));
        QVERIFY(permit && permit->declarations && permit->declarations->residence);
        QCOMPARE(permit->declarations->residence->kind, ResidenceTitle::Kind::ResidencePermit);
        QCOMPARE(permit->declarations->residence->validUntil, today.addDays(400));
        const UnifiedResult r = verdictFor(*permit, today);
        QCOMPARE(r.traveller.regime, VisaRegime::VisaRequired);
        QVERIFY(r.traveller.residence.has_value());
        // Without the declaration the same answers refuse him for want of a visa.
        CaseFile undeclared = *permit;
        undeclared.declarations.reset();
        QCOMPARE(verdictFor(undeclared, today).requiredAction.code, ActionCode::RefuseNoVisa);

        const CaseFile* minor = deck.findById(QStringLiteral("unaccompanied-minor"));
        QVERIFY(minor);
        QCOMPARE(verdictFor(*minor, today).traveller.ageYears, 15);
        const CaseFile* citizen = deck.findById(QStringLiteral("eu-citizen-stolen-document"));
        QVERIFY(citizen);
        QCOMPARE(verdictFor(*citizen, today).traveller.regime, VisaRegime::FreeMovement);
    }
};

QTEST_APPLESS_MAIN(TestScenarioVerdicts)
#include "TestScenarioVerdicts.moc"
