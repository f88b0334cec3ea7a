// The TLS policy of protocol v1 over real sockets on loopback: TLS 1.2 or later with ECDHE and an
// AEAD cipher (or TLS 1.3). The training gateway refuses a client that offers only a CBC suite, and
// the workstation client refuses a server that offers only one; the same pairs with an AEAD suite
// succeed, so the cipher is what decides.
#include "services/gateway/GatewayJson.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestHygiene.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QtTest>

using namespace bd::gateway;

using namespace bd::model;

namespace {

constexpr char kCbc[] = "ECDHE-ECDSA-AES128-SHA";
constexpr char kGcm[] = "ECDHE-ECDSA-AES128-GCM-SHA256";

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A TLS 1.2 server with one cipher suite that answers GET /v1/health like a live gateway.
class OneCipherServer : public QObject
{
public:
    explicit OneCipherServer(const QString& cipher)
    {
        const auto& certs = bd::testsupport::testCertificates();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromData(readAll(certs.serverCertificate), QSsl::Pem));
        tls.setPrivateKey(QSslKey(readAll(certs.serverKey), QSsl::Ec, QSsl::Pem));
        tls.setProtocol(QSsl::TlsV1_2);
        tls.setCiphers({ QSslCipher(cipher) });
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this]() {
            while (m_server.hasPendingConnections()) {
                auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
                ++handshakes;
                connect(socket, &QSslSocket::readyRead, socket, [socket]() { answer(socket); });
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        connect(&m_server, &QSslServer::errorOccurred, this,
            [this](QSslSocket*, QAbstractSocket::SocketError) { ++failures; });
        listening = m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    bool listening = false;
    int handshakes = 0;
    int failures = 0;

private:
    static void answer(QSslSocket* socket)
    {
        QByteArray& request = s_requests[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray body = QJsonDocument(
            json::encode(HealthReport { QStringLiteral("ok"), QStringLiteral("1"), false,
                {} })).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
        s_requests.remove(socket);
    }
    static inline QHash<QSslSocket*, QByteArray> s_requests;
    QSslServer m_server;
};

} // namespace

class TestGatewayTls : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        qRegisterMetaType<bd::core::Result<HealthReport>>();
        QVERIFY(bd::testsupport::testCertificates().complete());
        QVERIFY(!QSslCipher(QLatin1String(kCbc)).isNull());
        QVERIFY(!QSslCipher(QLatin1String(kGcm)).isNull());
        QVERIFY(!isAllowedTlsCipher(QSslCipher(QLatin1String(kCbc))));
        QVERIFY(isAllowedTlsCipher(QSslCipher(QLatin1String(kGcm))));
    }

    void trainingGatewayRefusesAClientOfferingOnlyCbc_data()
    {
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("handshake");
        QTest::newRow("ECDHE-ECDSA-AES128-SHA") << QString::fromLatin1(kCbc) << false;
        QTest::newRow("ECDHE-ECDSA-AES128-GCM-SHA256") << QString::fromLatin1(kGcm) << true;
    }

    void trainingGatewayRefusesAClientOfferingOnlyCbc()
    {
        QFETCH(QString, cipher);
        QFETCH(bool, handshake);
        bd::testsupport::LoopbackGateway gateway;
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorString()));
        QSslConfiguration tls = gateway.clientTlsConfiguration();
        tls.setProtocol(QSsl::TlsV1_2);
        tls.setCiphers({ QSslCipher(cipher) });
        QSslSocket socket;
        socket.setSslConfiguration(tls);
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QSignalSpy failed(&socket, &QSslSocket::errorOccurred);
        socket.connectToHostEncrypted(QStringLiteral("localhost"), gateway.port());
        QVERIFY(QTest::qWaitFor([&]() { return !encrypted.isEmpty() || !failed.isEmpty(); }, 10000));
        QCOMPARE(!encrypted.isEmpty(), handshake);
        if (handshake)
            QCOMPARE(socket.sessionCipher().name(), cipher);
    }

    void clientRefusesAServerOfferingOnlyCbc_data()
    {
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ECDHE-ECDSA-AES128-SHA") << QString::fromLatin1(kCbc) << false;
        QTest::newRow("ECDHE-ECDSA-AES128-GCM-SHA256") << QString::fromLatin1(kGcm) << true;
    }

    void clientRefusesAServerOfferingOnlyCbc()
    {
        QFETCH(QString, cipher);
        QFETCH(bool, ok);
        OneCipherServer server(cipher);
        QVERIFY(server.listening);
        const auto& certs = bd::testsupport::testCertificates();
        GatewayClientConfig c;
        c.baseUrl = QUrl(QStringLiteral("https://localhost:%1").arg(server.port()));
        c.caFile = certs.caCertificate;
        c.certFile = certs.clientCertificate;
        c.keyFile = certs.clientKey;
        c.requireHealthCheck = false;
        c.maxAttempts = 1;
        QNetworkAccessManager network;
        HttpsGatewayClient client(network, c);
        QVERIFY(!client.configError());
        std::unique_ptr<HealthHandle> health(client.checkHealth());
        QSignalSpy done(health.get(), &HealthHandle::finished);
        QVERIFY(done.wait(10000));
        const auto result = *static_cast<const bd::core::Result<HealthReport>*>(done.first().at(0).constData());
        QCOMPARE(server.handshakes, ok ? 1 : 0);
        QCOMPARE(result.ok(), ok);
        if (!ok) {
            // The handshake failed: the server saw no shared cipher, the client a handshake_failure
            // alert, reported as a TLS problem (not as a rejected client certificate).
            QVERIFY(server.failures > 0);
            QCOMPARE(result.error().code, QString::fromLatin1(errors::kTls));
            QVERIFY2(result.error().detail.contains(QLatin1String("no cipher suite or protocol version in common")),
                qPrintable(result.error().detail));
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayTls)
#include "TestGatewayTls.moc"
