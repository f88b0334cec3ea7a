// The training gateway's resource limits (GatewayLimits): buffered input per connection, the
// per-request deadline (fake clock: no wall-clock assertions) and the cap on connections. The
// server runs on the test's own thread, the clients are raw TLS sockets with the trainer's
// certificate.
#include "services/gateway/GatewayJson.h"
#include "services/training/TrainingGatewayServer.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestHygiene.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace bd::gateway;

using namespace bd::model;
using namespace bd::training;
using bd::testsupport::TestClient;

namespace {

constexpr qsizetype kBody = 64 * 1024; // small limits keep the test fast; the logic is the same
constexpr qsizetype kHeader = 4 * 1024;
constexpr int kDeadlineMs = 5000;

QByteArray searchRequest()
{
    SearchRequest r;
    r.searchId = QStringLiteral("limits-1");
    r.officerId = QStringLiteral("trainer");
    r.profile = UserProfile::Trainer;
    r.purpose = Purpose::Training;
    r.document.issuingState = QStringLiteral("UTO");
    r.document.number = QStringLiteral("X1");
    const QByteArray body = QJsonDocument(json::encode(r)).toJson(QJsonDocument::Compact);
    return "POST /v1/search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

class TestGatewayLimits : public QObject
{
    Q_OBJECT

private:
    bd::testsupport::FakeClock m_clock;
    std::unique_ptr<TrainingGatewayServer> m_server;

    void start(int maxConnections = 8)
    {
        GatewayConfig config;
        config.port = 0;
        config.certificates = bd::testsupport::testCertificates();
        config.latencyMs.clear();
        config.faults.insert(SystemId::Vis, Fault { FaultKind::Stalled, 0 }); // a search never ends
        config.limits.maxBodyBytes = kBody;
        config.limits.maxHeaderBytes = kHeader;
        config.limits.requestDeadlineMs = kDeadlineMs;
        config.limits.maxConnections = maxConnections;
        config.clock = &m_clock;
        m_server = std::make_unique<TrainingGatewayServer>(nullptr, nullptr, config);
        const auto port = m_server->listen();
        QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().detail));
    }

    std::unique_ptr<QSslSocket> connectClient()
    {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(
            bd::testsupport::clientTlsConfiguration(bd::testsupport::testCertificates(), TestClient::Trainer));
        socket->connectToHostEncrypted(QStringLiteral("localhost"), m_server->port());
        return socket;
    }

    static bool waitForEncrypted(QSslSocket& socket)
    {
        return QTest::qWaitFor(
                   [&] { return socket.isEncrypted() || socket.state() == QAbstractSocket::UnconnectedState; }, 10000)
            && socket.isEncrypted();
    }

    static QByteArray readUntilClosed(QSslSocket& socket)
    {
        QByteArray got;
        const bool closed = QTest::qWaitFor(
            [&] {
                got += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        return closed ? got + socket.readAll() : QByteArray("(still open) ") + got;
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void cleanup() { m_server.reset(); }

    // 400 MiB pushed while a search stalls took the server from 19 MB to 475 MB: now the input a
    // connection holds never exceeds one whole request, and more closes the connection.
    void inputWhileAnsweringIsCappedAndClosesTheConnection()
    {
        start();
        auto socket = connectClient();
        QVERIFY(waitForEncrypted(*socket));
        socket->write(searchRequest());
        QByteArray got;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += socket->readAll();
                return got.contains("\r\n\r\n");
            },
            10000));
        QVERIFY(got.startsWith("HTTP/1.1 200"));
        const qsizetype cap = m_server->config().limits.maxBufferedBytes();
        const QByteArray junk(256 * 1024, 'x');
        for (int i = 0; i < 16 && socket->state() == QAbstractSocket::ConnectedState; ++i) { // 4 MiB
            socket->write(junk);
            QTest::qWait(1);
        }
        readUntilClosed(*socket);
        QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
        const GatewayCounters counters = m_server->counters();
        QCOMPARE(counters.inputOverflows, qint64(1));
        QVERIFY2(counters.peakBufferedBytes <= cap,
            qPrintable(QStringLiteral("peak %1 > cap %2").arg(counters.peakBufferedBytes).arg(cap)));
        QTRY_COMPARE(m_server->counters().openConnections, 0);
    }

    void requestOverTheCapGets413AndIsClosed()
    {
        start();
        auto socket = connectClient();
        QVERIFY(waitForEncrypted(*socket));
        socket->write(
            "POST /v1/search HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(kBody + 1) + "\r\n\r\n");
        const QByteArray got = readUntilClosed(*socket);
        QVERIFY2(got.startsWith("HTTP/1.1 413"), got.left(200).constData());
        QCOMPARE(m_server->counters().requestsTooLarge, qint64(1));
    }

    // A client that sends its request slowly (slow loris) is answered 408 and closed once the
    // deadline has passed by the gateway's clock, and not a moment before.
    void slowRequestGets408AtTheDeadline()
    {
        start();
        auto socket = connectClient();
        QVERIFY(waitForEncrypted(*socket));
        const QByteArray request = searchRequest();
        socket->write(request.left(20));
        QTRY_VERIFY(m_server->counters().peakBufferedBytes >= 20);
        m_clock.advance(kDeadlineMs - 1);
        m_server->checkDeadlines();
        socket->write(request.mid(20, 20)); // still trickling
        QTRY_VERIFY(m_server->counters().peakBufferedBytes >= 40);
        QCOMPARE(m_server->counters().requestTimeouts, qint64(0));
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        m_clock.advance(1);
        m_server->checkDeadlines();
        const QByteArray got = readUntilClosed(*socket);
        QVERIFY2(got.startsWith("HTTP/1.1 408"), got.left(200).constData());
        QCOMPARE(m_server->counters().requestTimeouts, qint64(1));
    }

    // The deadline times the arrival of a request, not its answer: a stalled search stays open.
    void deadlineDoesNotCutAnAnswer()
    {
        start();
        auto socket = connectClient();
        QVERIFY(waitForEncrypted(*socket));
        socket->write(searchRequest());
        QTRY_VERIFY(socket->bytesAvailable() > 0);
        m_clock.advance(10 * kDeadlineMs);
        m_server->checkDeadlines(); // would answer 408 and close right here
        QCOMPARE(m_server->counters().requestTimeouts, qint64(0));
        QCOMPARE(m_server->counters().openConnections, 1);
    }

    void connectionsOverTheCapAreRefusedAndCounted()
    {
        start(2);
        auto first = connectClient();
        auto second = connectClient();
        QVERIFY(waitForEncrypted(*first));
        QVERIFY(waitForEncrypted(*second));
        auto third = connectClient();
        QVERIFY(!waitForEncrypted(*third));
        QCOMPARE(m_server->counters().connectionsRefused, qint64(1));
        QCOMPARE(m_server->counters().openConnections, 2);
        first->disconnectFromHost();
        QTRY_COMPARE(m_server->counters().openConnections, 1);
        auto fourth = connectClient();
        QVERIFY(waitForEncrypted(*fourth));
    }
};

QTEST_GUILESS_MAIN(TestGatewayLimits)
#include "TestGatewayLimits.moc"
