// HttpsGatewayClient's configuration and TLS against a fake network (FakeGatewayNetwork.h): the
// pinned CA and client certificate, a configuration refused before anything is sent, a client key
// others can read, and a live client that will not talk to a training gateway (or the reverse).
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

class TestHttpsGatewayClientConfig : public QObject
{
    Q_OBJECT
    ManualTimers m_timers;

private slots:
    void initTestCase() { initClientTestCase(); }
    void init() { initClientTest(m_timers); }

    void pinsTheCaAndPresentsTheClientCertificate()
    {
        FakeNetwork net;
        HttpsGatewayClient client(net, config());
        m_timers.install(client);
        QVERIFY(!client.configError());
        const QNetworkRequest r = client.makeRequest(QStringLiteral("/v1/hotlist?since=4"));
        QCOMPARE(r.url().toString(), QStringLiteral("https://gateway.example:8443/v1/hotlist?since=4"));
        const QSslConfiguration ssl = r.sslConfiguration();
        QCOMPARE(ssl.caCertificates().size(), 1); // the pinned CA only, no system store
        QCOMPARE(ssl.caCertificates().first(),
            QSslCertificate::fromPath(bd::testsupport::testCertificates().caCertificate).first());
        QVERIFY(!ssl.localCertificate().isNull());
        QVERIFY(!ssl.privateKey().isNull());
        QCOMPARE(ssl.protocol(), QSsl::TlsV1_2OrLater);
        QCOMPARE(ssl.peerVerifyMode(), QSslSocket::VerifyPeer);
        // ECDHE with AEAD (or TLS 1.3 suites) only
        QVERIFY(!ssl.ciphers().isEmpty());
        QStringList names;
        for (const QSslCipher& cipher : ssl.ciphers()) {
            QVERIFY2(isAllowedTlsCipher(cipher), qPrintable(cipher.name()));
            names.append(cipher.name());
        }
        QVERIFY(names.contains(QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")));
        QVERIFY(names.contains(QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")));
        QVERIFY(names.contains(QStringLiteral("TLS_AES_128_GCM_SHA256")));
        for (const char* weak : { "ECDHE-ECDSA-AES128-SHA", "ECDHE-ECDSA-AES128-SHA256", "AES128-GCM-SHA256",
                 "DHE-RSA-AES128-GCM-SHA256", "ECDHE-PSK-CHACHA20-POLY1305" })
            QVERIFY2(!names.contains(QLatin1String(weak)), weak);
        QCOMPARE(r.transferTimeout(), config().transferTimeoutMs);
    }

    void configIsCheckedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://gw.example" << int(GatewayMode::Live) << true;
        QTest::newRow("plain http") << "http://gw.example" << int(GatewayMode::Live) << false;
        QTest::newRow("demo loopback v4") << "https://127.0.0.1:9000" << int(GatewayMode::Demo) << true;
        QTest::newRow("demo localhost") << "https://localhost:9000" << int(GatewayMode::Demo) << true;
        QTest::newRow("demo loopback v6") << "https://[::1]:9000" << int(GatewayMode::Demo) << true;
        QTest::newRow("demo remote") << "https://gw.example" << int(GatewayMode::Demo) << false;
        QTest::newRow("demo lan") << "https://192.168.1.4" << int(GatewayMode::Demo) << false;
        QTest::newRow("training remote") << "https://trainer.local" << int(GatewayMode::Training) << true;
    }

    void configIsCheckedBeforeAnythingIsSent()
    {
        QFETCH(QString, url);
        QFETCH(int, mode);
        QFETCH(bool, ok);
        GatewayClientConfig c = config();
        c.baseUrl = QUrl(url);
        c.mode = static_cast<GatewayMode>(mode);
        const auto error = validateConfig(c);
        QCOMPARE(!error.has_value(), ok);
        if (!ok) {
            QCOMPARE(error->code, QStringLiteral("gateway.config"));
            FakeNetwork net;
            HttpsGatewayClient client(net, c);
            m_timers.install(client);
            std::unique_ptr<SearchHandle> h(client.search(request()));
            QSignalSpy done(h.get(), &SearchHandle::finished);
            QVERIFY(done.wait(2000));
            QCOMPARE(done.first().at(0).value<SearchOutcome>().error->code, QStringLiteral("gateway.config"));
            QVERIFY(net.sent.isEmpty());
        }
    }

    void liveModeRefusesATrainingGateway_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("training");
        QTest::addColumn<QString>("code"); // empty: the search goes out
        QTest::newRow("live vs training") << int(GatewayMode::Live) << true << "gateway.trainingGatewayInLiveMode";
        QTest::newRow("live vs live") << int(GatewayMode::Live) << false << "";
        QTest::newRow("training vs live") << int(GatewayMode::Training) << false << "gateway.liveGatewayInTrainingMode";
        QTest::newRow("training vs training") << int(GatewayMode::Training) << true << "";
    }

    void liveModeRefusesATrainingGateway()
    {
        QFETCH(int, mode);
        QFETCH(bool, training);
        QFETCH(QString, code);
        FakeNetwork net;
        GatewayClientConfig c = config();
        c.mode = static_cast<GatewayMode>(mode);
        c.requireHealthCheck = true;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        net.onRequest = [training](FakeReply* reply, const FakeNetwork::Sent& s) {
            if (s.path != QLatin1String("/v1/health"))
                return;
            HealthReport report { QStringLiteral("ok"), QStringLiteral("1"), training, {} };
            reply->respond(200);
            reply->push(QJsonDocument(json::encode(report)).toJson());
            reply->end();
        };
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(waitForRequests(net, 2)); // the search at once, the mode check beside it
        QCOMPARE(net.sent[0].path, QStringLiteral("/v1/search"));
        QCOMPARE(net.sent[1].path, QStringLiteral("/v1/health"));
        if (code.isEmpty()) {
            h->cancel();
            return;
        }
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(0).value<SearchOutcome>().error->code, code);
        QVERIFY(net.replies[0].isNull() || net.replies[0]->aborts == 1); // the search went with it
        std::unique_ptr<SearchHandle> again(client.search(request()));
        QSignalSpy againDone(again.get(), &SearchHandle::finished);
        QVERIFY(againDone.wait(5000)); // remembered: nothing more goes out
        QCOMPARE(againDone.first().at(0).value<SearchOutcome>().error->code, code);
        QCOMPARE(net.sent.size(), 2);
        std::unique_ptr<HealthHandle> health(client.checkHealth());
        QSignalSpy healthDone(health.get(), &HealthHandle::finished);
        QVERIFY(healthDone.wait(5000));
        QCOMPARE(resultOf<HealthReport>(healthDone).error().code, code);
    }

    void fixtureKeysAreOwnerOnly()
    {
        const auto& certs = bd::testsupport::testCertificates();
        for (const QString& key : { certs.clientKey, certs.serverKey }) {
            const QFileDevice::Permissions p = QFileInfo(key).permissions();
            QVERIFY2(!(p
                         & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                             | QFileDevice::WriteOther)),
                qPrintable(key));
            QVERIFY(!checkPrivateKeyPermissions(key));
        }
    }

    void aKeyReadableByOthersIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::newRow("0600") << 0600 << "";
        QTest::newRow("0400") << 0400 << "";
        QTest::newRow("0644") << 0644 << "gateway.keyPermissions";
        QTest::newRow("0640") << 0640 << "gateway.keyPermissions";
        QTest::newRow("0604") << 0604 << "gateway.keyPermissions";
        QTest::newRow("0620") << 0620 << "gateway.keyPermissions";
    }

    void aKeyReadableByOthersIsRefused()
    {
        QFETCH(int, mode);
        QFETCH(QString, code);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString key = dir.filePath(QStringLiteral("client.key"));
        QVERIFY(QFile::copy(bd::testsupport::testCertificates().clientKey, key));
        QVERIFY(QFile::setPermissions(key, unixPermissions(mode)));
        GatewayClientConfig c = config();
        c.keyFile = key;
        const QString detail = QStringLiteral("the client key %1 is %2 by group/others; chmod 600")
                                   .arg(key, mode & 044 ? QStringLiteral("readable") : QStringLiteral("accessible"));
        if (!code.isEmpty()) // the client says why it will not start (code and detail, as QDebug quotes them)
            QTest::ignoreMessage(QtWarningMsg, qPrintable(QStringLiteral("\"%1\" \"%2\"").arg(code, detail)));
        FakeNetwork net;
        HttpsGatewayClient client(net, c);
        m_timers.install(client);
        if (code.isEmpty()) {
            QVERIFY2(
                !client.configError(), qPrintable(client.configError() ? client.configError()->detail : QString()));
            return;
        }
        QVERIFY(client.configError());
        QCOMPARE(client.configError()->code, code);
        QCOMPARE(client.configError()->detail, detail);
        std::unique_ptr<SearchHandle> h(client.search(request()));
        QSignalSpy done(h.get(), &SearchHandle::finished);
        QVERIFY(done.wait(2000));
        QCOMPARE(done.first().at(0).value<SearchOutcome>().error->code, code);
        QVERIFY(net.sent.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpsGatewayClientConfig)
#include "TestHttpsGatewayClientConfig.moc"
