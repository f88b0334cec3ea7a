#include "tests/support/LoopbackGateway.h"

#include "tests/support/TestCertificates.h"

namespace bd::testsupport {

using namespace bd::training;

LoopbackGateway::LoopbackGateway()
    : LoopbackGateway(Options {})
{
}

LoopbackGateway::LoopbackGateway(Options options)
    : m_population(std::make_unique<Population>(options.seed, options.population, options.today))
{
    auto deck = ScenarioDeck::load(options.scenarioDirectory, options.today);
    if (!deck) {
        m_error = deck.error().detail;
        return;
    }
    m_deck = std::move(deck).value();
    GatewayConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.certificates = testCertificates();
    if (!options.realisticLatency)
        config.latencyMs.clear();
    m_thread.setObjectName(QStringLiteral("loopback-gateway"));
    m_thread.start();
    m_server = new TrainingGatewayServer(m_population.get(), &m_deck, config);
    m_server->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        m_server,
        [this] {
            const auto port = m_server->listen();
            if (port)
                m_port = *port;
            else
                m_error = port.error().detail;
        },
        Qt::BlockingQueuedConnection);
}

LoopbackGateway::~LoopbackGateway()
{
    m_thread.quit(); // the server is deleted on its own thread as the thread finishes
    m_thread.wait();
}

QUrl LoopbackGateway::url() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_port));
}

QString LoopbackGateway::caCertificatePath() const
{
    return testCertificates().caCertificate;
}

QString LoopbackGateway::clientCertificatePath() const
{
    return certificatePath(TestClient::Trainer);
}

QString LoopbackGateway::clientKeyPath() const
{
    return keyPath(TestClient::Trainer);
}

QString LoopbackGateway::certificatePath(TestClient who) const
{
    return bd::testsupport::certificatePath(testCertificates(), who);
}

QString LoopbackGateway::keyPath(TestClient who) const
{
    return bd::testsupport::keyPath(testCertificates(), who);
}

QSslConfiguration LoopbackGateway::clientTlsConfiguration(bool withClientCertificate) const
{
    return withClientCertificate ? clientTlsConfiguration(TestClient::Trainer)
                                 : bd::testsupport::clientTlsConfiguration(testCertificates(), false);
}

QSslConfiguration LoopbackGateway::clientTlsConfiguration(TestClient who) const
{
    return bd::testsupport::clientTlsConfiguration(testCertificates(), who);
}

void LoopbackGateway::setFault(bd::gateway::SystemId system, FaultKind kind, int ms)
{
    m_server->setFault(system, Fault { kind, ms });
}

void LoopbackGateway::setLatency(bd::gateway::SystemId system, int ms)
{
    m_server->setLatency(system, ms);
}

void LoopbackGateway::clearFaults()
{
    m_server->clearFaults();
}

} // namespace bd::testsupport
