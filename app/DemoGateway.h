#pragma once

#include "services/core/Result.h"
#include "services/gateway/GatewayClientConfig.h"
#include "services/training/ScenarioDeck.h"

#include <QDate>
#include <QImage>

#include <memory>
#include <optional>

namespace bd::training {
class LoopbackTrainingGateway;
} // namespace bd::training

namespace bd::app {

// Training mode's material and, for `borderdesk --demo`, its gateway. The scenario deck (for the
// picker, the printed documents, the portraits and the debrief) is the embedded one. start() runs
// the training gateway in-process on 127.0.0.1 (bd::training::LoopbackTrainingGateway: ephemeral
// port, its own thread) with a development
// PKI made in <data dir>/demo-pki on first use (and again when it is invalid or expires within
// 30 days), and gives the client configuration that reaches it
// through the real HTTPS + mutual TLS path. In a classroom (the trainer's borderdesk-gateway) only
// loadDeck() is called and no server runs here. Never a live URL.
class DemoGateway
{
public:
    DemoGateway(QString dataDir, QDate today);
    ~DemoGateway();
    DemoGateway(const DemoGateway&) = delete;
    DemoGateway& operator=(const DemoGateway&) = delete;

    // Loads the embedded scenario deck (idempotent). Error codes "scenario.*".
    std::optional<bd::core::Error> loadDeck();
    // Loads the deck and starts the in-process gateway. Error codes "gateway.tls" (certificates),
    // "gateway.listen", "scenario.*".
    bd::core::Result<bd::gateway::GatewayClientConfig> start();
    bool isServing() const { return m_gateway != nullptr; }
    const bd::training::ScenarioDeck& deck() const { return m_deck; }
    const bd::training::CaseFile* scenarioFor(const QString& issuingState, const QString& number) const;

    // Prints the scenario's document (TD3 data page with the traveller's portrait, OCR-B MRZ) into
    // <data dir>/demo-documents and returns the image path. Error codes "mrz.generate.*", "ocr.render".
    bd::core::Result<QString> renderDocument(const QString& scenarioId) const;

    // The scenario traveller's synthetic portrait (the face printed on the document, and in
    // training the stand-in for the camera capture); null when the scenario is unknown.
    QImage travellerPortrait(const QString& scenarioId) const;
    // The face the scenario puts in a record (enrolledFaces), e.g. both records of a red link;
    // null when it names none.
    QImage enrolledPortrait(const QString& scenarioId, bd::model::SystemId system, const QString& recordId) const;

private:
    QString m_dataDir;
    QDate m_today;
    bd::training::ScenarioDeck m_deck;
    std::unique_ptr<bd::training::LoopbackTrainingGateway> m_gateway; // serves m_deck: declared after it
};

} // namespace bd::app
