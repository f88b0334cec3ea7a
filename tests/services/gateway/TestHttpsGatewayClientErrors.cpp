// HttpsGatewayClient's errors and retries against a fake network (FakeGatewayNetwork.h): each HTTP
// and network failure mapped to one error code, idempotent records retried with the same key and
// backoff, retries that stop, and a receipt that breaks the schema.
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

class TestHttpsGatewayClientErrors : public QObject
{
    Q_OBJECT
    ManualTimers m_timers;

private slots:
    void initTestCase() { initClientTestCase(); }
    void init() { initClientTest(m_timers); }

    void httpErrorsAreMappedOnce_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("400") << 400 << QByteArray(R"({"error":{"code":"schema","message":"bad"}})") << "gateway.schema";
        QTest::newRow("401") << 401 << QByteArray() << "gateway.clientCertificateRejected";
        QTest::newRow("403") << 403 << QByteArray() << "gateway.clientCertificateRejected";
        QTest::newRow("413") << 413 << QByteArray() << "gateway.tooLarge";
        QTest::newRow("500") << 500 << QByteArray("not json") << "gateway.http";
    }

    void httpErrorsAreMappedOnce()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 1));
        FakeReply* reply = net.replies.first();
        reply->respond(status);
        reply->push(body);
        reply->fail(QNetworkReply::ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
        const auto outcome = done.first().at(0).value<SearchOutcome>();
        QCOMPARE(outcome.error->code, code);
        QCOMPARE(outcome.error->context.value(QStringLiteral("status")).toInt(), status);
        for (const SystemEvent& e : outcome.events)
            QCOMPARE(e.status, SystemStatus::Error);
    }

    void networkErrorsAreMappedOnce_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("sslVerificationFailed");
        QTest::addColumn<bool>("withClientCertificate");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const QString some = QStringLiteral("some failure");
        const int handshake = int(QNetworkReply::SslHandshakeFailedError);
        QTest::newRow("untrusted server") << handshake << true << true << some << "gateway.untrustedServer";
        QTest::newRow("handshake, no client cert")
            << handshake << false << false << some << "gateway.clientCertificateRejected";
        QTest::newRow("closed, no client cert") << int(QNetworkReply::RemoteHostClosedError) << false << false << some
                                                << "gateway.clientCertificateRejected";
        QTest::newRow("handshake") << handshake << false << true << some << "gateway.tls";
        QTest::newRow("rejected certificate")
            << handshake << false << true << "error:0A000418:SSL routines::tlsv1 alert unknown ca"
            << "gateway.clientCertificateRejected";
        QTest::newRow("no shared cipher")
            << handshake << false << true << "error:0A000410:SSL routines::sslv3 alert handshake failure"
            << "gateway.tls";
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false << true << some
                                 << "gateway.unreachable";
        QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError) << false << true << some
                                        << "gateway.unreachable";
        QTest::newRow("timeout") << int(QNetworkReply::TimeoutError) << false << true << some << "gateway.timeout";
    }

    void networkErrorsAreMappedOnce()
    {
        QFETCH(int, error);
        QFETCH(bool, sslVerificationFailed);
        QFETCH(bool, withClientCertificate);
        QFETCH(QString, text);
        QFETCH(QString, code);
        ReplyFacts f;
        f.networkError = static_cast<QNetworkReply::NetworkError>(error);
        f.networkErrorText = text;
        f.clientCertificateConfigured = withClientCertificate;
        if (sslVerificationFailed)
            f.sslErrors = { QSslError(QSslError::CertificateUntrusted) };
        const auto mapped = mapReplyError(f);
        QVERIFY(mapped.has_value());
        QCOMPARE(mapped->code, code);
        QVERIFY(!mapped->detail.isEmpty());
    }

    void idempotentRecordIsRetriedWithTheSameKey()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        RecordSubmission record;
        record.idempotencyKey = QStringLiteral("key-1");
        record.kind = QStringLiteral("decision");
        record.searchId = QStringLiteral("search-1");
        record.officerId = QStringLiteral("officer-1");
        record.at = QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC);
        record.decision = Decision::Admit;
        int calls = 0;
        QList<qint64> sentAt;
        net.onRequest = [&](FakeReply* reply, const FakeNetwork::Sent&) {
            sentAt.append(m_timers.now());
            if (++calls < 3) {
                reply->respond(503);
                reply->fail(QNetworkReply::ServiceUnavailableError, QStringLiteral("busy"));
                return;
            }
            reply->respond(201);
            reply->push(QJsonDocument(json::encode(RecordReceipt { QStringLiteral("rec-9"), false })).toJson());
            reply->end();
        };
        std::unique_ptr<RecordHandle> h(client.submitRecord(record));
        QSignalSpy done(h.get(), &RecordHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        const auto result = resultOf<RecordReceipt>(done);
        QVERIFY(result.ok());
        QCOMPARE(result->recordId, QStringLiteral("rec-9"));
        QCOMPARE(net.sent.size(), 3);
        QCOMPARE(sentAt, (QList<qint64> { 0, 1, 3 })); // backoff: base 1 ms, then 2 ms
        for (const auto& s : net.sent) {
            QCOMPARE(s.request.rawHeader("Idempotency-Key"), QByteArray("key-1"));
            QCOMPARE(s.body, net.sent.first().body);
        }
    }

    void retriesStopAtMaxAttemptsAndNeverOnClientErrors()
    {
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.maxAttempts = 3;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        net.onRequest = [](FakeReply* reply, const FakeNetwork::Sent&) {
            reply->fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused"));
        };
        std::unique_ptr<HotlistHandle> h(client.fetchHotlist(7, QStringLiteral("k-1")));
        QSignalSpy done(h.get(), &HotlistHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return !done.isEmpty(); }));
        QCOMPARE(resultOf<HotlistDelta>(done).error().code, QStringLiteral("gateway.unreachable"));
        QCOMPARE(net.sent.size(), 3);
        QCOMPARE(net.sent.first().path, QStringLiteral("/v1/hotlist"));
        QCOMPARE(net.sent.first().request.url().query(), QStringLiteral("since=7&keyId=k-1"));

        FakeNetwork net2;
        HttpsGatewayClient client2(net2, c);
        m_timers.install(client2);
        net2.onRequest = [](FakeReply* reply, const FakeNetwork::Sent&) {
            reply->respond(409);
            reply->fail(QNetworkReply::ContentConflictError, QStringLiteral("conflict"));
        };
        RecordSubmission record;
        record.idempotencyKey = QStringLiteral("k");
        std::unique_ptr<RecordHandle> r(client2.submitRecord(record));
        QSignalSpy done2(r.get(), &RecordHandle::finished);
        QVERIFY(m_timers.runUntil([&]() { return !done2.isEmpty(); }));
        const auto error = resultOf<RecordReceipt>(done2).error();
        QCOMPARE(error.code, QStringLiteral("gateway.http"));
        QCOMPARE(error.context.value(QStringLiteral("status")).toInt(), 409);
        QCOMPARE(net2.sent.size(), 1);
    }

    void malformedReceiptIsASchemaError()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        net.onRequest = [](FakeReply* reply, const FakeNetwork::Sent&) {
            reply->respond(200);
            reply->push(QByteArray(R"({"replayed":"yes"})"));
            reply->end();
        };
        RecordSubmission record;
        record.idempotencyKey = QStringLiteral("k");
        std::unique_ptr<RecordHandle> h(client.submitRecord(record));
        QSignalSpy done(h.get(), &RecordHandle::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(resultOf<RecordReceipt>(done).error().code, QStringLiteral("gateway.schema"));
    }
};

QTEST_GUILESS_MAIN(TestHttpsGatewayClientErrors)
#include "TestHttpsGatewayClientErrors.moc"
