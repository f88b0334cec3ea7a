#pragma once

#include "services/core/Result.h"
#include "services/gateway/GatewayClientConfig.h"
#include "services/training/DevCertificates.h"

#include <QDate>
#include <QString>
#include <QThread>
#include <QUrl>

#include <memory>

namespace bd::training {

class Population;
class ScenarioDeck;
class TrainingGatewayServer;

// The training gateway on 127.0.0.1 (an ephemeral port) with a development PKI, running on a thread
// of its own: the one way `borderdesk --demo` (app/DemoGateway), `borderdesk-cli query --demo` and
// the tests' loopback gateway start it. Stops on destruction.
class LoopbackTrainingGateway
{
public:
    struct Options
    {
        DevCertificatePaths certificates; // the server's certificate and the CA it trusts clients of
        quint64 seed = 1; // the synthetic population behind the scenario deck
        quint32 population = 5000;
        QDate today = QDate::currentDate();
        bool realisticLatency = true; // GatewayConfig::defaultLatencies(); false: every system at once
        QString threadName = QStringLiteral("training-gateway");
    };

    // Starts the gateway serving `deck` (which must outlive it). Error codes of
    // TrainingGatewayServer::listen(): "gateway.tls" (certificates), "gateway.listen".
    static bd::core::Result<std::unique_ptr<LoopbackTrainingGateway>> start(
        const ScenarioDeck* deck, const Options& options);
    ~LoopbackTrainingGateway();
    LoopbackTrainingGateway(const LoopbackTrainingGateway&) = delete;
    LoopbackTrainingGateway& operator=(const LoopbackTrainingGateway&) = delete;

    quint16 port() const { return m_port; }
    QUrl url() const; // https://localhost:<port>
    const DevCertificatePaths& certificates() const { return m_certificates; }
    // What a workstation needs to reach it in demo mode with one of this PKI's client certificates
    // (the profile the gateway answers for is the certificate's).
    bd::gateway::GatewayClientConfig clientConfig(const QString& certFile, const QString& keyFile) const;

    // The server lives on the gateway's thread: only its thread-safe calls (faults, latencies,
    // counters) may be made from elsewhere.
    TrainingGatewayServer& server() { return *m_server; }
    const Population& population() const { return *m_population; }

private:
    LoopbackTrainingGateway(const ScenarioDeck* deck, const Options& options);
    std::optional<bd::core::Error> listen();

    DevCertificatePaths m_certificates;
    std::unique_ptr<Population> m_population;
    QThread m_thread;
    TrainingGatewayServer* m_server = nullptr; // lives on m_thread, deleted as it finishes
    quint16 m_port = 0;
};

} // namespace bd::training
