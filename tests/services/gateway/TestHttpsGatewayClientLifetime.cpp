// HttpsGatewayClient's lifetime against a fake network (FakeGatewayNetwork.h): no callback reaches a
// client or a handle that is gone, whoever deletes what and when, and a finished call keeps nothing.
#include "services/gateway/GatewayErrors.h"
#include "services/gateway/GatewayJson.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "tests/services/gateway/FakeGatewayNetwork.h"
#include "tests/support/TestCertificates.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd::gateway;
using namespace bd::model;
using namespace bd::testsupport::fakegateway;

class TestHttpsGatewayClientLifetime : public QObject
{
    Q_OBJECT
    ManualTimers m_timers;

private slots:
    void initTestCase() { initClientTestCase(); }
    void init() { initClientTest(m_timers); }

    void destroyingTheClientDuringTheHealthCheckFinishesEveryHandle()
    {
        FakeNetwork net; // never answers: the health check hangs
        GatewayClientConfig c = config();
        c.requireHealthCheck = true;
        auto client = std::make_unique<HttpsGatewayClient>(net, c);
        m_timers.install(*client);
        std::unique_ptr<SearchHandle> search(client->search(request()));
        std::unique_ptr<RecordHandle> record(client->submitRecord(recordFor(QStringLiteral("k-1"))));
        QSignalSpy searchDone(search.get(), &SearchHandle::finished);
        QSignalSpy recordDone(record.get(), &RecordHandle::finished);
        QVERIFY(waitForRequests(net, 2)); // the search at once, the mode check beside it
        QCOMPARE(net.sent[0].path, QStringLiteral("/v1/search"));
        QCOMPARE(net.sent[1].path, QStringLiteral("/v1/health"));
        QPointer<FakeReply> searchReply = net.replies[0];
        QPointer<FakeReply> health = net.replies[1];
        client.reset(); // the health reply's end must not reach the client being destroyed
        QVERIFY(health && health->aborts == 1);
        QVERIFY(!searchReply || searchReply->aborts == 1);
        QCOMPARE(searchDone.size(), 1);
        const auto outcome = searchDone.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.cancelled"));
        QCOMPARE(outcome.events.size(), 3);
        QCOMPARE(recordDone.size(), 1);
        QCOMPARE(resultOf<RecordReceipt>(recordDone).error().code, QStringLiteral("gateway.cancelled"));
        QCOMPARE(net.sent.size(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(net.sent.size(), 2);
    }

    void destroyingTheClientAbortsWhatIsInFlight()
    {
        FakeNetwork net;
        auto client = std::make_unique<HttpsGatewayClient>(net, config());
        m_timers.install(*client);
        std::unique_ptr<SearchHandle> search(client->search(request()));
        std::unique_ptr<HotlistHandle> hotlist(client->fetchHotlist(3, {}));
        QSignalSpy answered(search.get(), &SearchHandle::systemAnswered);
        QSignalSpy searchDone(search.get(), &SearchHandle::finished);
        QSignalSpy hotlistDone(hotlist.get(), &HotlistHandle::finished);
        QVERIFY(waitForRequests(net, 2));
        net.replies.first()->respond(200);
        net.replies.first()->push(line(json::encode(answer(SystemId::Sis))));
        const QList<QPointer<FakeReply>> replies = net.replies;
        client.reset();
        for (const auto& reply : replies)
            QVERIFY(reply && reply->aborts == 1);
        QCOMPARE(searchDone.size(), 1);
        const auto outcome = searchDone.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, QStringLiteral("gateway.cancelled"));
        QCOMPARE(outcome.events[0].status, SystemStatus::NoHit);
        QCOMPARE(outcome.events[1].status, SystemStatus::Error);
        QCOMPARE(hotlistDone.size(), 1);
        QCOMPARE(resultOf<HotlistDelta>(hotlistDone).error().code, QStringLiteral("gateway.cancelled"));
        QCOMPARE(m_timers.pending(), 0); // the deadlines went with their requests
        search->cancel(); // harmless: finished, and the client is gone
        hotlist->cancel();
    }

    void deletingTheClientFromAFinishedSlotIsSafe()
    {
        FakeNetwork net;
        auto* client = new HttpsGatewayClient(net, config());
        m_timers.install(*client);
        std::unique_ptr<SearchHandle> first(client->search(request()));
        std::unique_ptr<SearchHandle> second(client->search(request()));
        QSignalSpy secondDone(second.get(), &SearchHandle::finished);
        QPointer<HttpsGatewayClient> guard(client);
        connect(first.get(), &SearchHandle::finished, this, [&guard]() { delete guard.data(); });
        QVERIFY(waitForRequests(net, 2));
        net.replies.first()->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
        QVERIFY(guard.isNull());
        QCOMPARE(secondDone.size(), 1);
        QCOMPARE(secondDone.first().at(0).value<SearchOutcome>().error->code, QStringLiteral("gateway.cancelled"));
    }

    void deletingTheHandleWhileItIsToldIsSafe()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        auto* h = client.search(request());
        int answers = 0;
        connect(h, &SearchHandle::systemAnswered, this, [&answers, h]() {
            ++answers;
            delete h; // the caller may delete its handle at any time
        });
        QVERIFY(waitForRequests(net, 1));
        QPointer<FakeReply> reply = net.replies.first();
        reply->respond(200);
        reply->push(line(json::encode(answer(SystemId::Sis))) + line(json::encode(answer(SystemId::Vis))));
        QCOMPARE(answers, 1); // nothing more for a handle that is gone
        QVERIFY(!reply || reply->aborts == 1);
        m_timers.advance(60000); // its deadlines went with it
        QCOMPARE(m_timers.pending(), 0);
    }

    void aFinishedCallKeepsNothing()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        int calls = 0;
        net.onRequest = [&calls](FakeReply* reply, const FakeNetwork::Sent&) {
            if (++calls < 2) {
                reply->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
                return;
            }
            reply->respond(201);
            reply->push(QJsonDocument(json::encode(RecordReceipt { QStringLiteral("rec-1"), false })).toJson());
            reply->end();
        };
        std::unique_ptr<RecordHandle> h(client.submitRecord(recordFor(QStringLiteral("k-2"))));
        QSignalSpy done(h.get(), &RecordHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        QVERIFY(resultOf<RecordReceipt>(done).ok());
        QCOMPARE(net.sent.size(), 2);
        // The retry state (and with it the request body) is released once the call is over.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(client.findChildren<QObject*>(Qt::FindDirectChildrenOnly).isEmpty());
        QCOMPARE(m_timers.pending(), 0);
    }

    void cancellingARecordBeforeItIsSentSendsNothing()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.requireHealthCheck = true;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        std::unique_ptr<RecordHandle> h(client.submitRecord(recordFor(QStringLiteral("k-3"))));
        QSignalSpy done(h.get(), &RecordHandle::finished);
        h->cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(resultOf<RecordReceipt>(done).error().code, QStringLiteral("gateway.cancelled"));
        QVERIFY(waitForRequests(net, 1)); // the health check goes on for later calls
        QCOMPARE(net.sent.size(), 1);
        QCOMPARE(net.sent.first().path, QStringLiteral("/v1/health"));
    }

    void deletingTheHandleAbortsTheRequest()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        auto* h = client.search(request());
        QVERIFY(waitForRequests(net, 1));
        QPointer<FakeReply> reply = net.replies.first();
        delete h;
        QVERIFY(!reply || reply->aborts == 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpsGatewayClientLifetime)
#include "TestHttpsGatewayClientLifetime.moc"
