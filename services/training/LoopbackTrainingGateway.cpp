#include "services/training/LoopbackTrainingGateway.h"

#include "services/training/GatewayConfig.h"
#include "services/training/Population.h"
#include "services/training/TrainingGatewayServer.h"

#include <openssl/crypto.h>

namespace bd::training {

using bd::core::Error;

LoopbackTrainingGateway::LoopbackTrainingGateway(const ScenarioDeck* deck, const Options& options)
    : m_certificates(options.certificates)
    , m_population(std::make_unique<Population>(options.seed, options.population, options.today))
{
    GatewayConfig config;
    config.address = QHostAddress::LocalHost;
    config.port = 0;
    config.certificates = options.certificates;
    if (!options.realisticLatency)
        config.latencyMs.clear();
    m_thread.setObjectName(options.threadName);
    m_thread.start();
    m_server = new TrainingGatewayServer(m_population.get(), deck, config);
    m_server->moveToThread(&m_thread);
    // As the thread finishes, on the thread: the server goes, then the thread's OpenSSL state (TLS
    // random generators, error queue). OpenSSL would free that as the thread exits, but a QThread
    // is detached, so wait() can return before, and a process ending at once races it
    // (LeakSanitizer saw the race in a test process).
    QObject::connect(
        &m_thread, &QThread::finished, &m_thread,
        [this] {
            delete m_server;
            m_server = nullptr;
            OPENSSL_thread_stop();
        },
        Qt::DirectConnection);
}

LoopbackTrainingGateway::~LoopbackTrainingGateway()
{
    m_thread.quit(); // the server is deleted on its own thread as the thread finishes (see above)
    m_thread.wait();
}

bd::core::Result<std::unique_ptr<LoopbackTrainingGateway>> LoopbackTrainingGateway::start(
    const ScenarioDeck* deck, const Options& options)
{
    std::unique_ptr<LoopbackTrainingGateway> gateway(new LoopbackTrainingGateway(deck, options));
    if (auto error = gateway->listen())
        return *error;
    return gateway;
}

std::optional<Error> LoopbackTrainingGateway::listen()
{
    std::optional<Error> error;
    QMetaObject::invokeMethod(
        m_server,
        [this, &error] {
            const auto port = m_server->listen();
            if (port)
                m_port = *port;
            else
                error = port.error();
        },
        Qt::BlockingQueuedConnection);
    return error;
}

QUrl LoopbackTrainingGateway::url() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(m_port));
}

bd::gateway::GatewayClientConfig LoopbackTrainingGateway::clientConfig(
    const QString& certFile, const QString& keyFile) const
{
    bd::gateway::GatewayClientConfig client;
    client.baseUrl = url();
    client.caFile = m_certificates.caCertificate;
    client.certFile = certFile;
    client.keyFile = keyFile;
    client.mode = bd::gateway::GatewayMode::Demo;
    return client;
}

} // namespace bd::training
