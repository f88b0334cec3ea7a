// The check without a screen (bd::session::CheckService): the request from the zone with typed
// fields (sex only M/F/X, dates, names, the officer's profile and purpose), the search on the
// client interface, the unified result, and the decision journalled through the DecisionRecorder
// interface and then sent to the gateway.
#include "services/document/MrzParser.h"
#include "services/results/Unifier.h"
#include "services/session/CheckService.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedGatewayClient.h"
#include "tests/support/TestHygiene.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace bd::model;
using bd::document::MrzField;
using bd::document::MrzRecord;
using bd::results::RequiredAction;
using bd::session::CheckBasis;
using bd::session::CheckService;
using bd::session::DecisionBasis;
using bd::session::DecisionEntry;
using bd::session::OfficerChoice;
using bd::testsupport::FakeClock;
using bd::testsupport::ScriptedGatewayClient;
namespace actions = bd::results::actions;
namespace decision_errors = bd::session::decision_errors;

namespace {

// Keeps what it is given, or fails as told.
class FakeRecorder final : public bd::session::DecisionRecorder
{
public:
    bd::core::Result<bool> append(const DecisionEntry& entry) override
    {
        if (failWith)
            return *failWith;
        entries.append(entry);
        return true;
    }
    QList<DecisionEntry> entries;
    std::optional<bd::core::Error> failWith;
};

// Keeps every audit event it is given.
class FakeAuditSink final : public bd::storage::AuditSink
{
public:
    void record(const bd::storage::AuditEvent& event) override { events.append(event); }
    QList<bd::storage::AuditEvent> events;
};

MrzRecord recordWith(const QList<QPair<QString, QString>>& values)
{
    MrzRecord r;
    for (const auto& [name, value] : values)
        r.fields.append(MrzField { name, value, value, {} });
    return r;
}

RequiredAction required(bd::results::ActionCode code)
{
    return RequiredAction { code, bd::results::decisionForAction(code), bd::results::refusalLetterForAction(code), {},
        {}, {} };
}

SearchRequest sampleRequest()
{
    SearchRequest r;
    r.searchId = QStringLiteral("search-1");
    r.officerId = QStringLiteral("officer-7");
    r.document
        = DocumentData { QStringLiteral("P"), QStringLiteral("UTO"), QStringLiteral("L898902C3"), QDate(2030, 4, 15) };
    r.person = PersonData { QStringLiteral("ERIKSSON"), QStringLiteral("ANNA MARIA"), QDate(1974, 8, 12),
        QStringLiteral("F"), QStringLiteral("UTO") };
    return r;
}

} // namespace

class TestCheckService : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    // ---- the request

    void requestFromAReadZone()
    {
        const MrzRecord zone
            = bd::document::MrzParser::parse({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                                                 QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") },
                { QDate(2011, 12, 1), true });
        QVERIFY(zone.valid);
        const CheckBasis basis { QStringLiteral("officer-7"), UserProfile::BorderSecondLine, Purpose::ExitCheck };
        const SearchRequest r = CheckService::requestFor(zone, basis, QStringLiteral("search-1"));
        QCOMPARE(r.searchId, QStringLiteral("search-1"));
        QCOMPARE(r.officerId, QStringLiteral("officer-7"));
        QCOMPARE(r.profile, UserProfile::BorderSecondLine);
        QCOMPARE(r.purpose, Purpose::ExitCheck);
        QCOMPARE(r.document.documentCode, QStringLiteral("P"));
        QCOMPARE(r.document.issuingState, QStringLiteral("UTO"));
        QCOMPARE(r.document.number, QStringLiteral("L898902C3"));
        QCOMPARE(r.document.dateOfExpiry, QDate(2012, 4, 15));
        QCOMPARE(r.person.surname, QStringLiteral("ERIKSSON"));
        QCOMPARE(r.person.givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(r.person.dateOfBirth, QDate(1974, 8, 12));
        QCOMPARE(r.person.sex, QStringLiteral("F"));
        QCOMPARE(r.person.nationality, QStringLiteral("UTO"));
        QVERIFY(r.systems.isEmpty()); // every system the profile may query
        QVERIFY(r.faceImage.isEmpty());
    }

    void sexIsOnlyMFOrX_data()
    {
        QTest::addColumn<QString>("inZone");
        QTest::addColumn<QString>("sent");
        QTest::newRow("M") << "M"
                           << "M";
        QTest::newRow("F") << "F"
                           << "F";
        QTest::newRow("X") << "X"
                           << "X";
        QTest::newRow("filler") << "<" << QString();
        QTest::newRow("lower case") << "m" << QString();
        QTest::newRow("unreadable") << "?" << QString();
        QTest::newRow("word") << "MALE" << QString();
        QTest::newRow("absent") << QString() << QString();
    }
    void sexIsOnlyMFOrX()
    {
        QFETCH(QString, inZone);
        QFETCH(QString, sent);
        QList<QPair<QString, QString>> values { { QStringLiteral("surname"), QStringLiteral("DOE") } };
        if (!inZone.isNull())
            values.append({ QStringLiteral("sex"), inZone });
        QCOMPARE(CheckService::requestFor(recordWith(values), {}, QStringLiteral("s")).person.sex, sent);
        QCOMPARE(CheckService::sexCode(inZone), sent);
    }

    // Dates are typed: an unreadable date is no date, never a string passed on.
    void datesAndNamesAreTyped()
    {
        const MrzRecord r = recordWith({ { QStringLiteral("surname"), QStringLiteral("DE LA CRUZ") },
            { QStringLiteral("givenNames"), QStringLiteral("MARIA JOSE") },
            { QStringLiteral("dateOfBirth"), QStringLiteral("1990-02-30") },
            { QStringLiteral("dateOfExpiry"), QStringLiteral("2031-01-31") },
            { QStringLiteral("documentNumber"), QStringLiteral("X1234567") } });
        const SearchRequest request = CheckService::requestFor(r, {}, QStringLiteral("s"));
        QCOMPARE(request.person.surname, QStringLiteral("DE LA CRUZ"));
        QCOMPARE(request.person.givenNames, QStringLiteral("MARIA JOSE"));
        QVERIFY(!request.person.dateOfBirth.isValid());
        QCOMPARE(request.document.dateOfExpiry, QDate(2031, 1, 31));
        QCOMPARE(request.document.number, QStringLiteral("X1234567"));
        QVERIFY(request.document.issuingState.isEmpty());
        // The defaults of an empty basis: a border guard's entry check.
        QCOMPARE(request.profile, UserProfile::BorderFirstLine);
        QCOMPARE(request.purpose, Purpose::EntryCheck);
        QVERIFY(CheckService::newId() != CheckService::newId());
    }

    // ---- the search and the result

    void searchGoesThroughTheClientInterface()
    {
        FakeClock clock;
        FakeRecorder recorder;
        ScriptedGatewayClient client;
        const CheckService service(clock, &recorder, &client);
        QVERIFY(service.hasGateway());
        const SearchRequest request = sampleRequest();
        std::unique_ptr<bd::gateway::SearchHandle> handle(service.startSearch(request));
        QVERIFY(handle);
        QCOMPARE(client.requests.size(), 1);
        QCOMPARE(client.requests.first(), request);

        const CheckService without(clock, &recorder, nullptr);
        QVERIFY(!without.hasGateway());
        QVERIFY(!without.startSearch(request));
    }

    // Everything that arrived is unified: a stream that broke off is never a silent "no hit".
    void finishedSearchIsUnifiedWithTheFacts()
    {
        const SearchRequest request = sampleRequest();
        bd::gateway::SearchOutcome outcome;
        outcome.searchId = request.searchId;
        outcome.error = bd::core::Error { QStringLiteral("gateway.malformed"), QStringLiteral("cut off"), {} };
        const auto answers = CheckService::answersFor(request, outcome);
        QCOMPARE(answers.request, request);
        QCOMPARE(answers.streamError, outcome.error);
        QVERIFY(!answers.summary);
        const auto context = CheckService::contextFor(MrzRecord {}, {}, QDate(2026, 11, 28), {});
        QCOMPARE(context.today, QDate(2026, 11, 28));
        QVERIFY(!context.visaList);
        const auto result = CheckService::unify(answers, context);
        QCOMPARE(result, bd::results::Unifier::unify(answers, context));
        QVERIFY(!result.complete);
        QVERIFY(result.requiredAction.decision != Decision::Admit);
    }

    // ---- the decision

    void decisionFollowingTheResultIsJournalledAndSent()
    {
        FakeClock clock;
        FakeRecorder recorder;
        ScriptedGatewayClient client;
        const CheckService service(clock, &recorder, &client);
        const DecisionBasis basis { sampleRequest(), required(bd::results::ActionCode::RefuseEntrySis), false,
            std::nullopt };
        const auto recorded = service.recordDecision(basis,
            OfficerChoice {
                Decision::Refuse, QStringLiteral("H"), QString::fromLatin1(actions::kRefuseEntrySis), QString() });
        QVERIFY(recorded.ok());
        QVERIFY(!recorded.isOverride);
        QCOMPARE(recorded.required, Decision::Refuse);
        QCOMPARE(recorder.entries.size(), 1);
        const DecisionEntry& entry = recorder.entries.first();
        QCOMPARE(entry, recorded.entry);
        QCOMPARE(entry.searchId, QStringLiteral("search-1"));
        QCOMPARE(entry.at, clock.now());
        QCOMPARE(entry.decision, Decision::Refuse);
        QCOMPARE(entry.refusalReason, QStringLiteral("H"));
        QCOMPARE(entry.requiredAction, QString::fromLatin1(actions::kRefuseEntrySis));
        QVERIFY(entry.overrideReason.isEmpty());
        QVERIFY(!entry.training);
        QVERIFY(!entry.idempotencyKey.isEmpty()); // a record will be sent

        std::unique_ptr<bd::gateway::RecordHandle> sent(service.submitDecision(recorded, basis.request));
        QVERIFY(sent);
        QCOMPARE(client.records.size(), 1);
        const RecordSubmission& s = client.records.first();
        QCOMPARE(s.idempotencyKey, entry.idempotencyKey);
        QCOMPARE(s.kind, QStringLiteral("decision"));
        QCOMPARE(s.searchId, QStringLiteral("search-1"));
        QCOMPARE(s.officerId, QStringLiteral("officer-7"));
        QCOMPARE(s.at, entry.at);
        QCOMPARE(s.document, basis.request.document);
        QCOMPARE(s.person, basis.request.person);
        QCOMPARE(s.decision, std::optional(Decision::Refuse));
        QCOMPARE(s.refusalReasons, QStringList { QStringLiteral("H") });
        QCOMPARE(s.requiredAction, QString::fromLatin1(actions::kRefuseEntrySis));
        QVERIFY(s.overrideReason.isEmpty());
        QSignalSpy finished(sent.get(), &bd::gateway::RecordHandle::finished);
        QVERIFY(finished.wait());
        // Without an EES basis no EES record is worked out, and none is sent.
        QVERIFY(!recorded.ees);
        QVERIFY(!service.submitEesRecord(recorded, basis.request));
        QCOMPARE(client.records.size(), 1);
    }

    // Rule R57: the EES record that follows a decision, sent directly when there is no outbox,
    // with a key derived from the decision's (a retry never makes a second one).
    void theEesRecordFollowsTheDecision()
    {
        FakeClock clock;
        FakeRecorder recorder;
        ScriptedGatewayClient client;
        const CheckService service(clock, &recorder, &client);
        const bd::session::EesBasis ees { bd::results::VisaRegime::VisaExempt, QStringLiteral("USA"), {},
            clock.today() };
        const DecisionBasis basis { sampleRequest(), required(bd::results::ActionCode::Admit), false, ees };
        const auto recorded = service.recordDecision(basis, OfficerChoice { Decision::Admit, {}, {}, {} });
        QVERIFY(recorded.ok());
        QVERIFY(recorded.ees && recorded.ees->kind);
        QCOMPARE(*recorded.ees->kind, bd::results::EesRecordKind::Entry);
        const QList<RecordSubmission> both = CheckService::submissionsFor(recorded, basis.request);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[0].kind, QStringLiteral("decision"));
        QCOMPARE(both[1].kind, QStringLiteral("ees-entry"));
        QCOMPARE(both[1].idempotencyKey, recorded.entry.idempotencyKey + QStringLiteral("-ees"));
        QCOMPARE(both[1].at, recorded.entry.at);
        QCOMPARE(both[1].document, basis.request.document);
        QCOMPARE(both[1].person, basis.request.person);
        QCOMPARE(both[1].officerId, QStringLiteral("officer-7"));
        QVERIFY(!both[1].decision);
        QVERIFY(both[1].crossingPoint.isEmpty()); // no setting names one: never invented
        QCOMPARE(CheckService::submissionsFor(recorded, basis.request), both); // deterministic
        std::unique_ptr<bd::gateway::RecordHandle> sent(service.submitEesRecord(recorded, basis.request));
        QVERIFY(sent);
        QCOMPARE(client.records.last(), both[1]);

        // An EU citizen: the decision only.
        const DecisionBasis eu { sampleRequest(), required(bd::results::ActionCode::Admit), false,
            bd::session::EesBasis { bd::results::VisaRegime::FreeMovement, QStringLiteral("FRA"), {}, clock.today() } };
        const auto citizen = service.recordDecision(eu, OfficerChoice { Decision::Admit, {}, {}, {} });
        QCOMPARE(CheckService::submissionsFor(citizen, eu.request).size(), 1);
        QVERIFY(!service.submitEesRecord(citizen, eu.request));
        // No gateway: the decision has no key, nothing is sent, and neither is an EES record.
        const CheckService offline(clock, &recorder, nullptr);
        const auto unsent = offline.recordDecision(basis, OfficerChoice { Decision::Admit, {}, {}, {} });
        QVERIFY(unsent.ees && unsent.ees->kind);
        QVERIFY(CheckService::submissionsFor(unsent, basis.request).isEmpty());
    }

    void secondLineIsNeverAnOverride()
    {
        FakeClock clock;
        FakeRecorder recorder;
        const CheckService service(clock, &recorder, nullptr);
        const auto recorded = service.recordDecision(
            DecisionBasis { sampleRequest(), required(bd::results::ActionCode::Admit), true, std::nullopt },
            OfficerChoice { Decision::SecondLine, {}, {}, QStringLiteral("ignored") });
        QVERIFY(recorded.ok());
        QVERIFY(!recorded.isOverride);
        QCOMPARE(recorded.required, Decision::Admit);
        QCOMPARE(recorder.entries.size(), 1);
        QVERIFY(recorder.entries.first().overrideReason.isEmpty()); // only an override keeps a reason
        QVERIFY(recorder.entries.first().training);
        QVERIFY(recorder.entries.first().idempotencyKey.isEmpty()); // no gateway: nothing will be sent
        QVERIFY(!service.submitDecision(recorded, sampleRequest()));
    }

    void overrideNeedsAMeaningfulReason()
    {
        FakeClock clock;
        FakeRecorder recorder;
        ScriptedGatewayClient client;
        const CheckService service(clock, &recorder, &client);
        const DecisionBasis basis { sampleRequest(), required(bd::results::ActionCode::Arrest), false, std::nullopt };
        for (const QString& reason :
            { QString(), QStringLiteral("n/a"), QStringLiteral("........"), QStringLiteral("   ok   ") }) {
            const auto refused = service.recordDecision(basis, OfficerChoice { Decision::Admit, {}, {}, reason });
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error->code, QString::fromLatin1(decision_errors::kReasonMissing));
            QVERIFY(refused.isOverride);
            QCOMPARE(refused.required, Decision::SecondLine);
            QVERIFY(!service.submitDecision(refused, basis.request));
        }
        QVERIFY(recorder.entries.isEmpty());
        QVERIFY(client.records.isEmpty());

        const auto recorded = service.recordDecision(basis,
            OfficerChoice { Decision::Admit, {}, {}, QStringLiteral("  SIRENE   confirmed by phone: withdrawn ") });
        QVERIFY(recorded.ok());
        QVERIFY(recorded.isOverride);
        QCOMPARE(recorded.entry.overrideReason, QStringLiteral("SIRENE confirmed by phone: withdrawn"));
        QCOMPARE(recorded.entry.requiredAction, QString::fromLatin1(actions::kArrest));
        std::unique_ptr<bd::gateway::RecordHandle> sent(service.submitDecision(recorded, basis.request));
        QCOMPARE(client.records.first().overrideReason, recorded.entry.overrideReason);
        QCOMPARE(client.records.first().decision, std::optional(Decision::Admit));
    }

    // On the problem screen there is no result: second line is required, the code is the page's.
    void withoutAResultSecondLineIsRequired()
    {
        FakeClock clock;
        FakeRecorder recorder;
        const CheckService service(clock, &recorder, nullptr);
        const DecisionBasis basis { sampleRequest(), std::nullopt, false, std::nullopt };
        const auto followed = service.recordDecision(basis, OfficerChoice { Decision::SecondLine, {}, {}, {} });
        QVERIFY(followed.ok());
        QVERIFY(!followed.isOverride);
        QCOMPARE(followed.required, Decision::SecondLine);
        QVERIFY(followed.entry.requiredAction.isEmpty());
        const auto admitted = service.recordDecision(
            basis, OfficerChoice { Decision::Admit, {}, QStringLiteral("page-code"), QStringLiteral("short") });
        QVERIFY(!admitted.ok());
        QVERIFY(admitted.isOverride);
        QCOMPARE(admitted.requiredAction, QStringLiteral("page-code"));
        QCOMPARE(recorder.entries.size(), 1);
    }

    void recorderFailureRecordsAndSendsNothing()
    {
        FakeClock clock;
        FakeRecorder recorder;
        recorder.failWith = bd::core::Error { QStringLiteral("journal.write"), QStringLiteral("disk full"), {} };
        ScriptedGatewayClient client;
        const CheckService service(clock, &recorder, &client);
        const DecisionBasis basis { sampleRequest(), required(bd::results::ActionCode::Admit), false, std::nullopt };
        const auto recorded = service.recordDecision(basis, OfficerChoice { Decision::Admit, {}, {}, {} });
        QVERIFY(!recorded.ok());
        QCOMPARE(recorded.error->code, QStringLiteral("journal.write"));
        QVERIFY(!service.submitDecision(recorded, basis.request));
        QVERIFY(client.records.isEmpty());

        const CheckService noRecorder(clock, nullptr, &client);
        const auto none = noRecorder.recordDecision(basis, OfficerChoice { Decision::Admit, {}, {}, {} });
        QCOMPARE(none.error->code, QString::fromLatin1(decision_errors::kNoRecorder));
    }

    // The trail holds references and codes only: the search id, the officer, the decision.
    void searchesAndDecisionsGoOnTheAuditTrailByReference()
    {
        FakeClock clock;
        FakeRecorder recorder;
        ScriptedGatewayClient client;
        FakeAuditSink audit;
        CheckService service(clock, &recorder, &client);
        service.setAuditSink(&audit);
        const SearchRequest request = sampleRequest();
        std::unique_ptr<bd::gateway::SearchHandle> handle(service.startSearch(request));
        QCOMPARE(audit.events.size(), 1);
        QCOMPARE(audit.events[0].kind, QStringLiteral("search"));
        QCOMPARE(audit.events[0].officerId, QStringLiteral("officer-7"));
        QCOMPARE(audit.events[0].reference, QStringLiteral("search-1"));
        QCOMPARE(audit.events[0].details.value(QLatin1String("purpose")).toString(), QStringLiteral("entry-check"));

        const DecisionBasis basis { request, required(bd::results::ActionCode::RefuseEntrySis), false,
            bd::session::EesBasis { bd::results::VisaRegime::VisaRequired, QStringLiteral("RUS"), {}, clock.today() } };
        const auto recorded = service.recordDecision(basis,
            OfficerChoice { Decision::Refuse, QStringLiteral("H"), QString::fromLatin1(actions::kRefuseEntrySis), {} });
        QVERIFY(recorded.ok());
        QCOMPARE(audit.events.size(), 2);
        const bd::storage::AuditEvent& decided = audit.events[1];
        QCOMPARE(decided.kind, QStringLiteral("decision"));
        QCOMPARE(decided.reference, QStringLiteral("search-1"));
        QCOMPARE(decided.details.value(QLatin1String("decision")).toString(), QStringLiteral("refuse"));
        QCOMPARE(decided.details.value(QLatin1String("requiredAction")).toString(), QStringLiteral("refuse-entry-sis"));
        QCOMPARE(decided.details.value(QLatin1String("override")).toBool(), false);
        QCOMPARE(decided.details.value(QLatin1String("ees")).toString(), QStringLiteral("ees-refusal"));
        for (const auto& e : audit.events) {
            const QByteArray all = QJsonDocument(e.details).toJson() + e.reference.toUtf8() + e.officerId.toUtf8();
            for (const char* personal : { "ERIKSSON", "ANNA", "L898902C3", "1974", "740812" })
                QVERIFY2(!all.contains(personal), personal);
        }

        // A result with hits shown is a view of a hit; one without hits is not recorded.
        bd::results::UnifiedResult shown;
        service.recordResultShown(request, shown, false);
        QCOMPARE(audit.events.size(), 2);
        bd::results::Identity identity;
        identity.hits << bd::results::RankedHit {} << bd::results::RankedHit {};
        shown.identities << identity;
        service.recordResultShown(request, shown, true);
        QCOMPARE(audit.events.size(), 3);
        QCOMPARE(audit.events[2].kind, QStringLiteral("hit.view"));
        QCOMPARE(audit.events[2].reference, QStringLiteral("search-1"));
        QCOMPARE(audit.events[2].details.value(QLatin1String("hits")).toInt(), 2);
        QCOMPARE(audit.events[2].details.value(QLatin1String("restored")).toBool(), true);
        audit.events.removeLast();
        service.recordPurposeChange(QStringLiteral("officer-7"), Purpose::ExitCheck);
        QCOMPARE(audit.events.last().kind, QStringLiteral("purpose.change"));
        QCOMPARE(audit.events.last().reference, QStringLiteral("exit-check"));
        audit.events.removeLast();

        // A decision the journal refused is not on the trail as made.
        recorder.failWith = bd::core::Error { QStringLiteral("journal.write"), QStringLiteral("disk full"), {} };
        QVERIFY(!service.recordDecision(basis, OfficerChoice { Decision::Refuse, QStringLiteral("H"), {}, {} }).ok());
        QCOMPARE(audit.events.size(), 2);
        // No gateway, no search: nothing recorded as searched.
        CheckService offline(clock, &recorder, nullptr);
        offline.setAuditSink(&audit);
        QVERIFY(!offline.startSearch(request));
        QCOMPARE(audit.events.size(), 2);
    }

    void overrideAndReasonRules()
    {
        QVERIFY(!bd::session::isOverride(Decision::Admit, Decision::Admit));
        QVERIFY(!bd::session::isOverride(Decision::SecondLine, Decision::Admit));
        QVERIFY(!bd::session::isOverride(Decision::SecondLine, Decision::Refuse));
        QVERIFY(bd::session::isOverride(Decision::Refuse, Decision::Admit));
        QVERIFY(bd::session::isOverride(Decision::Admit, Decision::SecondLine));
        QVERIFY(bd::session::isOverride(Decision::LetExit, Decision::SecondLine));
        QVERIFY(bd::session::isMeaningfulReason(QStringLiteral("alert withdrawn")));
        QVERIFY(!bd::session::isMeaningfulReason(QStringLiteral("1234 5678 9")));
        QVERIFY(!bd::session::isMeaningfulReason(QStringLiteral("abcd")));
    }
};

QTEST_GUILESS_MAIN(TestCheckService)
#include "TestCheckService.moc"
