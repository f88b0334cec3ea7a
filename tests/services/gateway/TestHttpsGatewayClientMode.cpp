// HttpsGatewayClient's check of the gateway's mode (live or training) against a fake network in
// virtual time (FakeGatewayNetwork.h): it runs beside the search, never in front of it. A search is
// sent at once and has one deadline from that moment; its answers are held until a health answer
// confirms the mode, it fails closed (gateway.modeUnconfirmed) when none does by the per-system
// deadline, a mismatch ends it and is remembered, and any other health failure is retried with
// backoff and never disables searching.
#include "services/gateway/HttpsGatewayClient.h"
#include "tests/services/gateway/FakeGatewayNetwork.h"

#include <QJsonDocument>
#include <QtTest>

using namespace bd::gateway;
using namespace bd::model;
using namespace bd::testsupport::fakegateway;

namespace {

void answerHealth(FakeReply* reply, bool training, int status = 200)
{
    reply->respond(status);
    if (status == 200)
        reply->push(QJsonDocument(
            json::encode(HealthReport { QStringLiteral("ok"), QStringLiteral("1"), training,
                {} })).toJson());
    reply->end();
}

void answerSearch(FakeReply* reply, SystemStatus sis = SystemStatus::NoHit)
{
    reply->respond(200);
    reply->push(line(json::encode(answer(SystemId::Sis, sis))) + line(json::encode(answer(SystemId::Vis)))
        + line(json::encode(answer(SystemId::Ees))) + line(json::encode(summaryFor(QStringLiteral("search-1")))));
    reply->end();
}

GatewayClientConfig checkedConfig()
{
    GatewayClientConfig c = config();
    c.requireHealthCheck = true; // the default everywhere but in the other client tests
    return c;
}

QStringList pathsOf(const FakeNetwork& net)
{
    QStringList out;
    for (const auto& s : net.sent)
        out << s.path;
    return out;
}

} // namespace

class TestHttpsGatewayClientMode : public QObject
{
    Q_OBJECT
    ManualTimers m_timers;

private slots:
    void initTestCase() { initClientTestCase(); }
    void init() { initClientTest(m_timers); }

    void aSearchAgainstAHangingGatewayEndsAtItsDeadline()
    {
        FakeNetwork net; // accepts every request and never answers
        HttpsGatewayClient client(net, checkedConfig());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        // At once, at 0 ms; the mode check starts beside it (first use).
        QCOMPARE(pathsOf(net), (QStringList { QStringLiteral("/v1/search"), QStringLiteral("/v1/health") }));
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        // One deadline from the start, covering the mode check: the per-system 8 s, not 4 x 10 s
        // of health checks in front of it.
        QCOMPARE(m_timers.now(), qint64(8000));
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.modeUnconfirmed"));
        QCOMPARE(outcome.events.size(), 3);
        for (const SystemEvent& e : outcome.events)
            QCOMPARE(e.status, SystemStatus::Timeout);
        QCOMPARE(answered.size(), 3); // each system told once, as timeout
        QVERIFY(pathsOf(net).count(QStringLiteral("/v1/health")) >= 3); // retried with backoff meanwhile
    }

    void answersAreHeldUntilTheModeIsConfirmed()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, checkedConfig());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QCOMPARE(pathsOf(net), (QStringList { QStringLiteral("/v1/search"), QStringLiteral("/v1/health") }));
        answerSearch(net.replies[0], SystemStatus::Hit);
        QCOMPARE(answered.size(), 0); // the gateway's mode is not known yet
        QCOMPARE(done.size(), 0);
        m_timers.advance(1000);
        answerHealth(net.replies[1], false);
        QCOMPARE(answered.size(), 3);
        QCOMPARE(eventsOf(answered).first().status, SystemStatus::Hit);
        QCOMPARE(done.size(), 1);
        QVERIFY(done.first().at(0).value<SearchOutcome>().ok());

        // Confirmed once: the next search is not held and needs no health check.
        std::unique_ptr<SearchHandle> next(client.search(request()));
        QSignalSpy nextAnswered(next.get(), &SearchHandle::systemAnswered);
        QCOMPARE(net.sent.size(), 3);
        net.replies[2]->respond(200);
        net.replies[2]->push(line(json::encode(answer(SystemId::Vis))));
        QCOMPARE(nextAnswered.size(), 1);
        next->cancel();
        QCOMPARE(pathsOf(net).count(QStringLiteral("/v1/health")), 1);
    }

    void healthFailuresAreRetriedAndNeverDisableSearching()
    {
        FakeNetwork net;
        int healthCalls = 0;
        net.onRequest = [&healthCalls](FakeReply* reply, const FakeNetwork::Sent& s) {
            if (s.path != QLatin1String("/v1/health"))
                return;
            if (++healthCalls == 1)
                answerHealth(reply, false, 500);
            else if (healthCalls == 2)
                reply->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
            else
                answerHealth(reply, false);
        };
        HttpsGatewayClient client(net, checkedConfig());
        m_timers.install(client);
        QVERIFY(m_timers.runUntil([&]() { return healthCalls == 1; }));
        QCoreApplication::processEvents();
        // After the 500 (not remembered): a search goes out at once and is held, not refused; it
        // starts the next check at once instead of waiting for the backoff.
        const int searchIndex = int(net.sent.size());
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QCOMPARE(pathsOf(net).mid(searchIndex),
            (QStringList { QStringLiteral("/v1/search"), QStringLiteral("/v1/health") }));
        answerSearch(net.replies[searchIndex]);
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        QVERIFY(done.first().at(0).value<SearchOutcome>().ok());
        QCOMPARE(healthCalls, 3); // 500, refused, then 200 after a 1 s backoff
        QCOMPARE(m_timers.now(), qint64(1000));
    }

    void theMismatchEndsTheSearchAndIsRemembered()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, checkedConfig()); // a live workstation
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 2));
        answerSearch(net.replies[0], SystemStatus::NoHit);
        answerHealth(net.replies[1], true); // a training gateway
        QCOMPARE(done.size(), 1);
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.trainingGatewayInLiveMode"));
        QVERIFY(!outcome.summary);
        for (const SystemEvent& e : eventsOf(answered) + outcome.events) // never a "no hit"
            QCOMPARE(e.status, SystemStatus::Error);

        std::unique_ptr<SearchHandle> again(client.search(request()));
        QSignalSpy againDone(again.get(), &SearchHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return !againDone.isEmpty(); }));
        QCOMPARE(againDone.first().at(0).value<SearchOutcome>().error->code,
            QStringLiteral("gateway.trainingGatewayInLiveMode"));
        m_timers.advance(600000);
        QCoreApplication::processEvents();
        QCOMPARE(net.sent.size(), 2); // nothing more went out: no search, no new mode check
    }

    void unconfirmedAnswersAreNeverShown()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, checkedConfig());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy answered(h.get(), &SearchHandle::systemAnswered);
        QSignalSpy done(h.get(), &SearchHandle::finished);
        answerSearch(net.replies[0], SystemStatus::Hit);
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        QCOMPARE(m_timers.now(), qint64(8000));
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.modeUnconfirmed"));
        for (const SystemEvent& e : eventsOf(answered) + outcome.events) {
            QCOMPARE(e.status, SystemStatus::Error);
            QVERIFY(e.hits.isEmpty());
            QVERIFY2(e.detail.contains(QStringLiteral("could not be confirmed")), qPrintable(e.detail));
        }
    }

    void aSearchWithNoAnswerAtAllIsToldAtOnceWhileHeld()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, checkedConfig());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        net.replies[0]->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
        QCOMPARE(done.size(), 1); // nothing to confirm: no need to wait for the mode
        QCOMPARE(m_timers.now(), qint64(0));
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.unreachable"));
        for (const SystemEvent& e : outcome.events)
            QCOMPARE(e.status, SystemStatus::Error);
    }

    void theModeCheckBacksOffAfterFailures()
    {
        FakeNetwork net;
        QList<qint64> at;
        net.onRequest = [this, &at](FakeReply* reply, const FakeNetwork::Sent&) {
            at << m_timers.now();
            reply->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
        };
        GatewayClientConfig c = checkedConfig();
        c.verifyRetryBaseMs = 500;
        c.verifyRetryMaxMs = 2000;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        QVERIFY(m_timers.runUntil([&]() { return at.size() >= 6; }));
        QCOMPARE(at, (QList<qint64> { 0, 500, 1500, 3500, 5500, 7500 })); // doubling, capped at 2 s
    }
};

QTEST_GUILESS_MAIN(TestHttpsGatewayClientMode)
#include "TestHttpsGatewayClientMode.moc"
