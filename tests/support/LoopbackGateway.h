#pragma once

#include "services/training/LoopbackTrainingGateway.h"
#include "services/training/Population.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/TrainingGatewayServer.h"
#include "tests/support/TestCertificates.h"

#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace bd::testsupport {

// The real training gateway on 127.0.0.1 with an ephemeral port and mutual TLS, running on its own
// thread (so a test may block its own thread without stalling the server), started the way the
// application starts it (bd::training::LoopbackTrainingGateway). Certificates come from
// testCertificates(). By default every system answers at once; set latencies or faults per
// system to exercise streaming and failure handling. Stops on destruction. The client certificate
// it hands out by default is the trainer's (profile trainer: every system answers, as the scenario
// debriefs assume); certificatePath(TestClient) gives the others (border guard, consular, admin).
class LoopbackGateway
{
public:
    struct Options
    {
        quint32 population = 2000;
        quint64 seed = 1;
        bool realisticLatency = false; // GatewayConfig::defaultLatencies() instead of none
        QString scenarioDirectory = QString::fromLatin1(bd::training::ScenarioDeck::kEmbedded);
        QDate today = QDate::currentDate();
    };

    LoopbackGateway();
    explicit LoopbackGateway(Options options);
    ~LoopbackGateway();
    LoopbackGateway(const LoopbackGateway&) = delete;
    LoopbackGateway& operator=(const LoopbackGateway&) = delete;

    bool isRunning() const { return m_gateway != nullptr; }
    QString errorString() const { return m_error; }
    QUrl url() const; // https://localhost:<port>
    quint16 port() const { return m_gateway ? m_gateway->port() : 0; }

    QString caCertificatePath() const;
    QString clientCertificatePath() const; // the trainer's
    QString clientKeyPath() const;
    QString certificatePath(TestClient who) const;
    QString keyPath(TestClient who) const;
    // Trusts the gateway's CA and presents the trainer's client certificate (or none).
    QSslConfiguration clientTlsConfiguration(bool withClientCertificate = true) const;
    QSslConfiguration clientTlsConfiguration(TestClient who) const;

    void setFault(bd::model::SystemId system, bd::training::FaultKind kind, int ms = 0);
    void setLatency(bd::model::SystemId system, int ms);
    void clearFaults();

    bd::training::TrainingGatewayServer& server() { return m_gateway->server(); }
    const bd::training::Population& population() const { return m_gateway->population(); }
    const bd::training::ScenarioDeck& scenarios() const { return m_deck; }

private:
    bd::training::ScenarioDeck m_deck;
    std::unique_ptr<bd::training::LoopbackTrainingGateway> m_gateway; // serves m_deck: declared after it
    QString m_error;
};

} // namespace bd::testsupport
