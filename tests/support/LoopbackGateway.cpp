#include "tests/support/LoopbackGateway.h"

#include "tests/support/TestCertificates.h"

namespace bd::testsupport {

using namespace bd::training;

LoopbackGateway::LoopbackGateway()
    : LoopbackGateway(Options {})
{
}

LoopbackGateway::LoopbackGateway(Options options)
{
    auto deck = ScenarioDeck::load(options.scenarioDirectory, options.today);
    if (!deck) {
        m_error = deck.error().detail;
        return;
    }
    m_deck = std::move(deck).value();
    LoopbackTrainingGateway::Options start;
    start.certificates = testCertificates();
    start.seed = options.seed;
    start.population = options.population;
    start.today = options.today;
    start.realisticLatency = options.realisticLatency;
    start.threadName = QStringLiteral("loopback-gateway");
    auto started = LoopbackTrainingGateway::start(&m_deck, start);
    if (started)
        m_gateway = std::move(started).value();
    else
        m_error = started.error().detail;
}

LoopbackGateway::~LoopbackGateway() = default; // the gateway stops before the deck it serves goes

QUrl LoopbackGateway::url() const
{
    return QUrl(QStringLiteral("https://localhost:%1").arg(port()));
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

void LoopbackGateway::setFault(bd::model::SystemId system, FaultKind kind, int ms)
{
    server().setFault(system, Fault { kind, ms });
}

void LoopbackGateway::setLatency(bd::model::SystemId system, int ms)
{
    server().setLatency(system, ms);
}

void LoopbackGateway::clearFaults()
{
    server().clearFaults();
}

} // namespace bd::testsupport
