// ConnectivityMonitor in virtual time: unknown until an answer, online only on a good one, offline
// when a probe gets no answer in time or a search gets none at all, within 2 s of the gateway
// failing while a search runs, back online on the next good answer, degraded when systems do not
// answer. Unit cases script the health answers (ProbeClient); the end-to-end case runs the real
// HttpsGatewayClient on the fake network (FakeGatewayNetwork.h) with the same clock.
#include "services/gateway/ConnectivityMonitor.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "tests/services/gateway/FakeGatewayNetwork.h"

#include <QJsonDocument>
#include <QtTest>

using namespace bd::gateway;
using namespace bd::model;
using namespace bd::testsupport::fakegateway;
using State = ConnectivityMonitor::State;

namespace {

// A gateway client whose health answers the test gives by hand; searches only as signals.
class ProbeClient : public GatewayClient
{
public:
    QList<QPointer<HealthHandle>> probes;
    SearchHandle* search(const SearchRequest& r) override { return new SearchHandle(r.searchId); }
    RecordHandle* submitRecord(const RecordSubmission&) override { return new RecordHandle(); }
    HotlistHandle* fetchHotlist(qint64, const QString&) override { return new HotlistHandle(); }
    HealthHandle* checkHealth() override
    {
        probes << new HealthHandle();
        return probes.last();
    }
    void startSearch() { emit searchStarted(); }
    void endSearch(const SearchOutcome& o) { emit searchEnded(o); }
    // Answers the last probe; false when there is none waiting.
    bool answer(QList<QPair<SystemId, QString>> systems = {})
    {
        if (probes.isEmpty() || !probes.last() || probes.last()->isFinished())
            return false;
        probes.last()->finish(HealthReport { QStringLiteral("ok"), QStringLiteral("1"), false, systems });
        return true;
    }
};

SearchOutcome outcomeOf(QList<SystemStatus> statuses, std::optional<QString> errorCode = std::nullopt)
{
    SearchOutcome o;
    o.searchId = QStringLiteral("search-1");
    const QList<SystemId> systems { SystemId::Sis, SystemId::Vis, SystemId::Ees };
    for (qsizetype i = 0; i < statuses.size(); ++i)
        o.events << SystemEvent { o.searchId, systems[i], statuses[i], 10, {}, {} };
    if (errorCode)
        o.error = bd::core::Error { *errorCode, QStringLiteral("test"), {} };
    else
        o.summary = summaryFor(o.searchId);
    return o;
}

} // namespace

class TestConnectivityMonitor : public QObject
{
    Q_OBJECT
    ManualTimers m_timers;

    std::unique_ptr<ConnectivityMonitor> monitorOn(GatewayClient& client)
    {
        auto monitor = std::make_unique<ConnectivityMonitor>(client);
        monitor->setTimerSource(m_timers.source());
        monitor->start();
        return monitor;
    }

private slots:
    void initTestCase() { initClientTestCase(); }
    void init() { initClientTest(m_timers); }

    void unknownUntilAGoodAnswer()
    {
        ProbeClient client;
        auto monitor = monitorOn(client);
        QSignalSpy changed(monitor.get(), &ConnectivityMonitor::stateChanged);
        QCOMPARE(monitor->state(), State::Unknown); // a probe is out: "checking", never "online"
        QCOMPARE(monitor->property("state").value<State>(), State::Unknown);
        m_timers.advance(900);
        QCOMPARE(monitor->state(), State::Unknown);
        QVERIFY(client.answer());
        QCOMPARE(monitor->state(), State::Online);
        QCOMPARE(changed.size(), 1);
    }

    void noAnswerInTimeIsOffline()
    {
        ProbeClient client;
        auto monitor = monitorOn(client);
        m_timers.advance(999);
        QCOMPARE(monitor->state(), State::Unknown);
        m_timers.advance(1);
        QCOMPARE(monitor->state(), State::Offline);
        QVERIFY(monitor->detail().contains(QStringLiteral("no health answer")));
    }

    void offlineWithinTwoSecondsWhenTheGatewayFailsDuringASearch()
    {
        ProbeClient client;
        auto monitor = monitorOn(client);
        QVERIFY(client.answer());
        QCOMPARE(monitor->state(), State::Online);
        m_timers.advance(12345); // online probes: one at 30 s, none due yet
        // The gateway fails now; an officer starts a search at the same moment.
        const qint64 failedAt = m_timers.now();
        client.startSearch();
        QVERIFY(m_timers.runUntil([&]() { return monitor->state() == State::Offline; }));
        const qint64 latency = m_timers.now() - failedAt;
        QVERIFY2(latency <= 2000, qPrintable(QString::number(latency)));
        QCOMPARE(latency, qint64(1500)); // searchProbeMs 500 + probeTimeoutMs 1000
    }

    void aSearchWithoutAnyAnswerIsOfflineAtOnce()
    {
        ProbeClient client;
        auto monitor = monitorOn(client);
        QVERIFY(client.answer());
        client.startSearch();
        client.endSearch(outcomeOf({ SystemStatus::Timeout, SystemStatus::Timeout, SystemStatus::Timeout },
            QStringLiteral("gateway.timeout")));
        QCOMPARE(monitor->state(), State::Offline);
        QVERIFY(monitor->detail().contains(QStringLiteral("gateway.timeout")));
    }

    void aCancelledSearchSaysNothing()
    {
        ProbeClient client;
        auto monitor = monitorOn(client);
        QVERIFY(client.answer());
        client.endSearch(outcomeOf(
            { SystemStatus::Error, SystemStatus::Error, SystemStatus::Error }, QStringLiteral("gateway.cancelled")));
        QCOMPARE(monitor->state(), State::Online);
    }

    void backsOffWhileOfflineAndRecoversOnTheNextGoodAnswer()
    {
        ProbeClient client;
        auto monitor = monitorOn(client);
        QList<qint64> probedAt { 0 };
        int seen = 1;
        while (probedAt.size() < 6) {
            QVERIFY(m_timers.runUntil([&]() { return client.probes.size() > seen; }));
            probedAt << m_timers.now();
            ++seen;
        }
        QCOMPARE(monitor->state(), State::Offline);
        // Each probe waits 1 s for its answer, then 1, 2, 4, 8, 10 (the cap) seconds until the next.
        QCOMPARE(probedAt, (QList<qint64> { 0, 2000, 5000, 10000, 19000, 30000 }));
        QVERIFY(client.answer());
        QCOMPARE(monitor->state(), State::Online);
    }

    void degradedWhenSystemsDoNotAnswer()
    {
        ProbeClient client;
        auto monitor = monitorOn(client);
        QVERIFY(client.answer({ { SystemId::Sis, QStringLiteral("up") }, { SystemId::Vis, QStringLiteral("down") } }));
        QCOMPARE(monitor->state(), State::Degraded);
        QVERIFY(monitor->detail().contains(QStringLiteral("vis")));
        QVERIFY(m_timers.runUntil([&]() { return client.probes.size() == 2; }));
        QVERIFY(client.answer());
        QCOMPARE(monitor->state(), State::Online);
        client.endSearch(outcomeOf({ SystemStatus::NoHit, SystemStatus::Timeout, SystemStatus::Hit }));
        QCOMPARE(monitor->state(), State::Degraded); // the gateway answered, VIS did not
        QVERIFY(monitor->detail().contains(QStringLiteral("vis")));
        client.endSearch(outcomeOf({ SystemStatus::NoHit, SystemStatus::NoHit, SystemStatus::Hit }));
        QCOMPARE(monitor->state(), State::Online);
    }

    // The real client on the fake network, one clock: a hanging gateway during a search.
    void realClientHangingGatewayGoesOfflineThenRecovers()
    {
        FakeNetwork net;
        bool gatewayUp = true;
        net.onRequest = [&gatewayUp](FakeReply* reply, const FakeNetwork::Sent& s) {
            if (!gatewayUp || s.path != QLatin1String("/v1/health"))
                return; // hanging
            reply->respond(200);
            reply->push(QJsonDocument(
                json::encode(HealthReport { QStringLiteral("ok"), QStringLiteral("1"), false,
                    {} })).toJson());
            reply->end();
        };
        GatewayClientConfig c = config();
        c.requireHealthCheck = true;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        auto monitor = monitorOn(client);
        QCOMPARE(monitor->state(), State::Unknown);
        QVERIFY(m_timers.runUntil([&]() { return monitor->state() == State::Online; }));
        m_timers.advance(5000);
        gatewayUp = false;
        const qint64 failedAt = m_timers.now();
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return monitor->state() == State::Offline; }));
        QVERIFY2(m_timers.now() - failedAt <= 2000, qPrintable(QString::number(m_timers.now() - failedAt)));
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        QCOMPARE(m_timers.now() - failedAt, qint64(c.systemDeadlineMs)); // the search's own deadline
        QCOMPARE(monitor->state(), State::Offline);
        gatewayUp = true;
        QVERIFY(m_timers.runUntil([&]() { return monitor->state() == State::Online; }));
    }
};

QTEST_GUILESS_MAIN(TestConnectivityMonitor)
#include "TestConnectivityMonitor.moc"
