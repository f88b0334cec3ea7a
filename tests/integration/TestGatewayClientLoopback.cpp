// The real client against the real training gateway over HTTPS with mutual TLS on loopback
// (LoopbackGateway: ephemeral port, fresh certificates, server on its own thread).
#include "services/gateway/HttpsGatewayClient.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"
#include "services/training/ScenarioDocument.h"
#include "tests/support/ExpectedWarnings.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestHygiene.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace bd::gateway;

using namespace bd::model;
using bd::testsupport::LoopbackGateway;

namespace {

struct Run
{
    QList<SystemEvent> streamed; // in the order the client emitted them
    SearchOutcome outcome;
};

SearchRequest requestFor(const bd::training::CaseFile& c)
{
    SearchRequest r;
    r.searchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.officerId = QStringLiteral("officer-it");
    r.profile = UserProfile::Trainer; // sees every system, as the scenario verdicts assume
    r.purpose = c.purpose;
    r.document = c.document;
    r.person = c.person;
    return r;
}

const bd::results::VisaList& visaList()
{
    static const bd::results::VisaList list = *bd::results::VisaList::builtIn();
    return list;
}

// The document read from the scenario's own zone: valid, with its expiry; the scenario's
// declarations and ETIAS period.
bd::results::CheckContext contextFor(const bd::training::CaseFile& c)
{
    bd::results::CheckContext ctx;
    ctx.today = QDate::currentDate();
    ctx.document.read = true;
    ctx.document.zoneValid = true;
    ctx.document.dateOfExpiry = c.document.dateOfExpiry;
    if (c.declarations)
        ctx.declarations = *c.declarations;
    ctx.etias = c.etiasPeriods;
    ctx.borderState = QStringLiteral("DEU");
    ctx.visaList = &visaList();
    return ctx;
}

bd::results::UnifiedResult unify(
    const SearchRequest& request, const SearchOutcome& outcome, const bd::training::CaseFile& c)
{
    return bd::results::Unifier::unify(
        bd::results::SearchAnswers { request, outcome.events, outcome.summary, outcome.error, {} }, contextFor(c));
}

} // namespace

class TestGatewayClientLoopback : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<LoopbackGateway> m_gateway;

    GatewayClientConfig config(bool withClientCertificate = true) const
    {
        GatewayClientConfig c;
        c.baseUrl = m_gateway->url();
        c.caFile = m_gateway->caCertificatePath();
        if (withClientCertificate) {
            c.certFile = m_gateway->clientCertificatePath();
            c.keyFile = m_gateway->clientKeyPath();
        }
        c.mode = GatewayMode::Demo;
        c.maxAttempts = 1;
        c.maxLineBytes = 1024 * 1024;
        c.systemDeadlineMs = 10000;
        c.searchDeadlineMs = 20000;
        return c;
    }

    static Run search(HttpsGatewayClient& client, const SearchRequest& request)
    {
        Run run;
        std::unique_ptr<SearchHandle> handle(client.search(request));
        QObject::connect(
            handle.get(), &SearchHandle::systemAnswered, [&run](const SystemEvent& e) { run.streamed.append(e); });
        QSignalSpy done(handle.get(), &SearchHandle::finished);
        if (!done.wait(30000))
            qFatal("search did not finish");
        run.outcome = done.first().at(0).value<SearchOutcome>();
        return run;
    }

    const bd::training::CaseFile& scenario(const QString& id) const
    {
        const auto* c = m_gateway->scenarios().findById(id);
        if (!c)
            qFatal("scenario missing");
        return *c;
    }

    static SystemStatus statusOf(const SearchOutcome& o, SystemId s)
    {
        for (const SystemEvent& e : o.events)
            if (e.system == s)
                return e.status;
        return SystemStatus::Pending;
    }

private slots:
    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        qRegisterMetaType<SystemEvent>();
        qRegisterMetaType<SearchOutcome>();
        m_gateway = std::make_unique<LoopbackGateway>();
        QVERIFY2(m_gateway->isRunning(), qPrintable(m_gateway->errorString()));
        QVERIFY(m_gateway->scenarios().cases().size() >= 10);
    }

    void init()
    {
        bd::testsupport::failOnAnyWarning();

        m_gateway->clearFaults();
        for (SystemId s : allSystems())
            m_gateway->setLatency(s, 0); // a test's slow system does not slow the next test
    }
    void everyScenarioGivesItsExpectedResult_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto& c : m_gateway->scenarios().cases())
            if (c.expected)
                QTest::newRow(qPrintable(c.id)) << c.id;
    }

    void everyScenarioGivesItsExpectedResult()
    {
        QFETCH(QString, id);
        const auto& c = scenario(id);
        QNetworkAccessManager network;
        HttpsGatewayClient client(network, config());
        const SearchRequest request = requestFor(c);
        const Run run = search(client, request);
        QVERIFY2(run.outcome.ok(), qPrintable(run.outcome.error ? run.outcome.error->detail : QString()));
        const auto result = unify(request, run.outcome, c);
        QCOMPARE(bd::results::actionKey(result.requiredAction.code), c.expected->requiredAction);
        QCOMPARE(bd::model::decisionKey(result.requiredAction.decision), c.expected->decision);
        QCOMPARE(result.requiredAction.refusalReason, c.expected->refusalReason);
        // Never "no hit" for a system that did not answer.
        for (const auto& line : result.systems)
            if (result.unanswered.contains(line.system))
                QVERIFY(line.status != SystemStatus::NoHit);
    }

    void consularProfileSeesWithheldSystems()
    {
        const auto& c = scenario(QStringLiteral("consular-withheld"));
        QNetworkAccessManager network;
        GatewayClientConfig consular = config();
        consular.certFile = m_gateway->certificatePath(bd::testsupport::TestClient::Consular);
        consular.keyFile = m_gateway->keyPath(bd::testsupport::TestClient::Consular);
        HttpsGatewayClient client(network, consular);
        SearchRequest request = requestFor(c);
        request.profile = UserProfile::Consular;
        request.purpose = Purpose::VisaApplication;
        const Run run = search(client, request);
        QVERIFY(run.outcome.ok());
        QVERIFY(!run.outcome.summary->withheld.isEmpty());
        const auto result = unify(request, run.outcome, c);
        QCOMPARE(result.withheld, run.outcome.summary->withheld);
        for (SystemId s : result.withheld)
            QVERIFY(!result.unanswered.contains(s));
    }

    void noClientCertificateIsRefused()
    {
        QNetworkAccessManager network;
        HttpsGatewayClient client(network, config(false));
        const Run run = search(client, requestFor(scenario(QStringLiteral("clean-visa-exempt"))));
        QVERIFY(run.outcome.error.has_value());
        QCOMPARE(run.outcome.error->code, QStringLiteral("gateway.clientCertificateRejected"));
        QVERIFY(!run.outcome.error->detail.isEmpty());
        for (const SystemEvent& e : run.outcome.events)
            QCOMPARE(e.status, SystemStatus::Error);
    }

    void foreignClientCertificateIsRefused()
    {
        QNetworkAccessManager network;
        GatewayClientConfig c = config();
        c.certFile = bd::testsupport::untrustedCertificates().clientCertificate;
        c.keyFile = bd::testsupport::untrustedCertificates().clientKey;
        HttpsGatewayClient client(network, c);
        const Run run = search(client, requestFor(scenario(QStringLiteral("clean-visa-exempt"))));
        QVERIFY(run.outcome.error.has_value());
        // TLS 1.3: the server rejects the certificate after the client's handshake completed, so the
        // client only sees the connection close (indistinguishable from a gateway restart).
        QVERIFY2(run.outcome.error->code == QLatin1String("gateway.clientCertificateRejected")
                || run.outcome.error->code == QLatin1String("gateway.tls")
                || run.outcome.error->code == QLatin1String("gateway.unreachable"),
            qPrintable(run.outcome.error->code + QLatin1Char(' ') + run.outcome.error->detail));
    }

    void wrongCaIsRefusedAsUntrusted()
    {
        QNetworkAccessManager network;
        GatewayClientConfig c = config();
        c.caFile = bd::testsupport::untrustedCertificates().caCertificate;
        HttpsGatewayClient client(network, c);
        const Run run = search(client, requestFor(scenario(QStringLiteral("clean-visa-exempt"))));
        QVERIFY(run.outcome.error.has_value());
        QCOMPARE(run.outcome.error->code, QStringLiteral("gateway.untrustedServer"));
    }

    void liveWorkstationRefusesTheTrainingGateway()
    {
        QNetworkAccessManager network;
        GatewayClientConfig c = config();
        c.mode = GatewayMode::Live;
        HttpsGatewayClient client(network, c);
        const Run run = search(client, requestFor(scenario(QStringLiteral("clean-visa-exempt"))));
        QCOMPARE(run.outcome.error->code, QStringLiteral("gateway.trainingGatewayInLiveMode"));
    }

    void slowSystemComesLastAsTimeout()
    {
        m_gateway->setLatency(SystemId::Vis, 5000);
        QNetworkAccessManager network;
        GatewayClientConfig c = config();
        c.systemDeadlineMs = 800;
        HttpsGatewayClient client(network, c);
        const Run run = search(client, requestFor(scenario(QStringLiteral("clean-visa-exempt"))));
        QVERIFY(run.streamed.size() >= allSystems().size());
        // Every other system was shown before VIS got its status.
        qsizetype visAt = -1;
        for (qsizetype i = 0; i < run.streamed.size(); ++i)
            if (run.streamed[i].system == SystemId::Vis) {
                visAt = i;
                break;
            }
        QCOMPARE(visAt, allSystems().size() - 1);
        QCOMPARE(run.streamed[visAt].status, SystemStatus::Timeout);
        QVERIFY(statusOf(run.outcome, SystemId::Sis) == SystemStatus::NoHit);
    }

    void aStalledSystemIsATimeoutNotTheOthersUnreadableLine()
    {
        // VIS stalls, EES sends a line nobody can read: VIS is reported as what it is (no answer
        // within its deadline), never as "unreadable answer line"; the line may have been EES's or
        // VIS's, and the detail says so. Neither is a "no hit".
        m_gateway->setLatency(SystemId::Vis, 5000);
        m_gateway->setFault(SystemId::Ees, bd::training::FaultKind::Garbage);
        bd::testsupport::expectRejectedAnswerLine(
            QStringLiteral("unreadable answer line (not valid JSON at offset 1: illegal value)"));
        QNetworkAccessManager network;
        GatewayClientConfig c = config();
        c.systemDeadlineMs = 800;
        c.searchDeadlineMs = 2000;
        HttpsGatewayClient client(network, c);
        const auto& sc = scenario(QStringLiteral("clean-visa-exempt"));
        const SearchRequest request = requestFor(sc);
        const Run run = search(client, request);
        for (const SystemEvent& e : run.outcome.events) {
            if (e.system != SystemId::Vis && e.system != SystemId::Ees)
                continue;
            QCOMPARE(e.status, SystemStatus::Timeout);
            QVERIFY2(e.detail.startsWith(QStringLiteral("no answer within 800 ms")), qPrintable(e.detail));
            QVERIFY2(e.detail.contains(QStringLiteral("may have been its answer")), qPrintable(e.detail));
        }
        QCOMPARE(unify(request, run.outcome, sc).requiredAction.code, bd::results::ActionCode::CompleteChecksManually);
    }

    void faultsGivePerSystemErrors_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("warning"); // why the client's stream reader rejects the line, if it does
        QTest::newRow("garbage") << int(bd::training::FaultKind::Garbage) << int(SystemStatus::Error)
                                 << QStringLiteral(
                                        "unreadable answer line (not valid JSON at offset 1: illegal value)");
        QTest::newRow("oversized") << int(bd::training::FaultKind::Oversized) << int(SystemStatus::Error)
                                   << QStringLiteral("answer line longer than 1048576 bytes");
        QTest::newRow("error") << int(bd::training::FaultKind::Error) << int(SystemStatus::Error) << QString();
        QTest::newRow("down") << int(bd::training::FaultKind::Down) << int(SystemStatus::Unavailable) << QString();
        QTest::newRow("truncated") << int(bd::training::FaultKind::Truncated) << int(SystemStatus::Error) << QString();
        QTest::newRow("stalled") << int(bd::training::FaultKind::Stalled) << int(SystemStatus::Timeout) << QString();
    }

    void faultsGivePerSystemErrors()
    {
        QFETCH(int, fault);
        QFETCH(int, expected);
        QFETCH(QString, warning);
        m_gateway->setFault(SystemId::Ees, static_cast<bd::training::FaultKind>(fault));
        if (!warning.isEmpty())
            bd::testsupport::expectRejectedAnswerLine(warning);
        QNetworkAccessManager network;
        GatewayClientConfig c = config();
        c.systemDeadlineMs = 1000;
        c.searchDeadlineMs = 3000;
        HttpsGatewayClient client(network, c);
        const auto& sc = scenario(QStringLiteral("clean-visa-exempt"));
        const SearchRequest request = requestFor(sc);
        const Run run = search(client, request);
        QCOMPARE(int(statusOf(run.outcome, SystemId::Ees)), expected);
        QCOMPARE(run.outcome.events.size(), allSystems().size());
        const auto result = unify(request, run.outcome, sc);
        QCOMPARE(result.requiredAction.code, bd::results::ActionCode::CompleteChecksManually);
        QVERIFY(result.unanswered.contains(SystemId::Ees));
    }

    void recordsAreIdempotent()
    {
        QNetworkAccessManager network;
        HttpsGatewayClient client(network, config());
        RecordSubmission record;
        record.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.kind = QStringLiteral("decision");
        record.searchId = QStringLiteral("s");
        record.officerId = QStringLiteral("officer-it");
        record.at = QDateTime::currentDateTimeUtc();
        record.decision = Decision::Admit;
        record.document = scenario(QStringLiteral("clean-visa-exempt")).document;
        QList<bd::core::Result<RecordReceipt>> results;
        for (int i = 0; i < 2; ++i) {
            std::unique_ptr<RecordHandle> h(client.submitRecord(record));
            QSignalSpy done(h.get(), &RecordHandle::finished);
            QVERIFY(done.wait(10000));
            results.append(*static_cast<const bd::core::Result<RecordReceipt>*>(done.first().at(0).constData()));
        }
        QVERIFY2(results[0].ok(), qPrintable(results[0].ok() ? QString() : results[0].error().detail));
        QVERIFY(results[1].ok());
        QVERIFY(!results[0]->replayed);
        QVERIFY(results[1]->replayed);
        QCOMPARE(results[1]->recordId, results[0]->recordId);
    }

    void hotlistAndHealth()
    {
        QNetworkAccessManager network;
        HttpsGatewayClient client(network, config());
        std::unique_ptr<HealthHandle> health(client.checkHealth());
        QSignalSpy healthDone(health.get(), &HealthHandle::finished);
        QVERIFY(healthDone.wait(10000));
        const auto report = *static_cast<const bd::core::Result<HealthReport>*>(healthDone.first().at(0).constData());
        QVERIFY(report.ok());
        QVERIFY(report->training);
        std::unique_ptr<HotlistHandle> hotlist(client.fetchHotlist(0, {}));
        QSignalSpy hotlistDone(hotlist.get(), &HotlistHandle::finished);
        QVERIFY(hotlistDone.wait(10000));
        const auto delta = *static_cast<const bd::core::Result<HotlistDelta>*>(hotlistDone.first().at(0).constData());
        QVERIFY2(delta.ok(), qPrintable(delta.ok() ? QString() : delta.error().detail));
        QVERIFY(delta->toVersion >= delta->fromVersion);
    }

    void cliQueryEndToEnd_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean") << "clean-visa-exempt" << 0;
        QTest::newRow("discreet") << "sis-discreet-check" << 1;
        QTest::newRow("stolen") << "stolen-passport-sltd" << 1;
    }

    void cliQueryEndToEnd()
    {
        QFETCH(QString, id);
        QFETCH(int, exitCode);
        const auto& c = scenario(id);
        QProcess cli;
        QStringList args { QStringLiteral("query"), QStringLiteral("--gateway"), m_gateway->url().toString(),
            QStringLiteral("--ca"), m_gateway->caCertificatePath(), QStringLiteral("--cert"),
            m_gateway->clientCertificatePath(), QStringLiteral("--key"), m_gateway->clientKeyPath(),
            QStringLiteral("--mode"), QStringLiteral("training"), QStringLiteral("--document-number"),
            c.document.number, QStringLiteral("--issuing-state"), c.document.issuingState,
            QStringLiteral("--document-code"), c.document.documentCode, QStringLiteral("--surname"), c.person.surname,
            QStringLiteral("--given-names"), c.person.givenNames, QStringLiteral("--birth"),
            c.person.dateOfBirth.toString(Qt::ISODate), QStringLiteral("--nationality"), c.person.nationality };
        // The document as read: the scenario's printed zone (without it the verdict is never admit).
        const auto zone = bd::training::scenarioZone(c);
        QVERIFY(zone.ok());
        for (const QString& line : *zone)
            args << QStringLiteral("--mrz") << line;
        cli.start(QStringLiteral(BD_CLI_PATH), args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), exitCode);
        const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(out.value(QStringLiteral("requiredAction")).toObject().value(QStringLiteral("code")).toString(),
            c.expected->requiredAction);
    }

    // The gateway answers for the certificate's profile: the CLI with a border guard's
    // certificate asking as trainer (to see ECRIS-TCN and Europol) is refused; without --profile
    // it asks with the certificate's own profile and is answered.
    void cliQueryProfileComesFromTheCertificate()
    {
        const auto& c = scenario(QStringLiteral("clean-visa-exempt"));
        const QStringList common { QStringLiteral("query"), QStringLiteral("--gateway"), m_gateway->url().toString(),
            QStringLiteral("--ca"), m_gateway->caCertificatePath(), QStringLiteral("--cert"),
            m_gateway->certificatePath(bd::testsupport::TestClient::BorderGuard), QStringLiteral("--key"),
            m_gateway->keyPath(bd::testsupport::TestClient::BorderGuard), QStringLiteral("--mode"),
            QStringLiteral("training"), QStringLiteral("--document-number"), c.document.number,
            QStringLiteral("--issuing-state"), c.document.issuingState };
        QProcess claimed;
        claimed.start(QStringLiteral(BD_CLI_PATH),
            common + QStringList { QStringLiteral("--profile"), QStringLiteral("trainer") });
        QVERIFY(claimed.waitForFinished(60000));
        QCOMPARE(claimed.exitCode(), 2);
        const QByteArray error = claimed.readAllStandardError();
        QVERIFY2(error.contains("gateway.profile-mismatch"), error.constData());
        QVERIFY(claimed.readAllStandardOutput().isEmpty()); // nothing of ECRIS-TCN or Europol

        QProcess own;
        own.start(QStringLiteral(BD_CLI_PATH), common);
        QVERIFY(own.waitForFinished(60000));
        QVERIFY2(own.exitCode() == 0 || own.exitCode() == 1, own.readAllStandardError().constData());
        const QJsonObject out = QJsonDocument::fromJson(own.readAllStandardOutput()).object();
        QStringList withheld;
        for (const auto& v : out.value(QStringLiteral("withheld")).toArray())
            withheld.append(v.toString());
        QVERIFY2(withheld.contains(QStringLiteral("ecris-tcn")) && withheld.contains(QStringLiteral("europol")),
            qPrintable(withheld.join(QLatin1Char(','))));
    }

    void cliQueryDemoAndConnectionErrors()
    {
        QProcess demo;
        demo.start(QStringLiteral(BD_CLI_PATH),
            { QStringLiteral("query"), QStringLiteral("--demo"), QStringLiteral("--scenario"),
                QStringLiteral("sis-refusal-of-entry") });
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 1);
        const QJsonObject out = QJsonDocument::fromJson(demo.readAllStandardOutput()).object();
        const QJsonObject action = out.value(QStringLiteral("requiredAction")).toObject();
        QCOMPARE(action.value(QStringLiteral("code")).toString(), QStringLiteral("refuse-entry-sis"));
        QCOMPARE(action.value(QStringLiteral("reason")).toString(), QStringLiteral("H"));

        QProcess wrongCa;
        wrongCa.start(QStringLiteral(BD_CLI_PATH),
            { QStringLiteral("query"), QStringLiteral("--gateway"), m_gateway->url().toString(), QStringLiteral("--ca"),
                bd::testsupport::untrustedCertificates().caCertificate, QStringLiteral("--cert"),
                m_gateway->clientCertificatePath(), QStringLiteral("--key"), m_gateway->clientKeyPath(),
                QStringLiteral("--mode"), QStringLiteral("training"), QStringLiteral("--document-number"),
                QStringLiteral("X1"), QStringLiteral("--issuing-state"), QStringLiteral("UTO") });
        QVERIFY(wrongCa.waitForFinished(60000));
        QCOMPARE(wrongCa.exitCode(), 2);
        QVERIFY(wrongCa.readAllStandardError().contains("gateway.untrustedServer"));

        QProcess usage;
        usage.start(QStringLiteral(BD_CLI_PATH),
            { QStringLiteral("query"), QStringLiteral("--demo"), QStringLiteral("--bogus") });
        QVERIFY(usage.waitForFinished(60000));
        QCOMPARE(usage.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestGatewayClientLoopback)
#include "TestGatewayClientLoopback.moc"
