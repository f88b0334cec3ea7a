#pragma once

#include "app/CommandLine.h"
#include "services/core/Clock.h"
#include "services/core/Redaction.h"
#include "services/core/Result.h"
#include "services/core/Settings.h"
#include "services/storage/DataKeys.h"

#include <memory>

class QMainWindow;
class QNetworkAccessManager;
class QTranslator;

namespace bd::gateway {
class ConnectivityMonitor;
class GatewayClient;
} // namespace bd::gateway
namespace bd::session {
class DecisionJournal;
}
namespace bd::results {
class VisaList;
}
namespace bd::storage {
class AuditWriter;
}

namespace bd::ocr {
class OpenCvMrzReader;
}

namespace bd::ui {
class BiometricsPage;
class CheckController;
class DecisionPage;
class DocumentPage;
class PresetDialogService;
class ResultsPage;
class MainWindow;
class QtDialogService;
class ScreenPrivacyGuard;
class WedgeEventFilter;
} // namespace bd::ui

namespace bd::app {

class CameraReading;
class DemoGateway;
class LocalStore;

// Creates and owns every concrete service of the workstation and the main window, and wires them.
class CompositionRoot
{
public:
    // logTokens: the log sink's mask for the open check's name and number (null: no such mask).
    CompositionRoot(const AppOptions& options,
        const bd::core::Settings& settings,
        bd::core::SensitiveTokenRegistry* logTokens = nullptr);
    ~CompositionRoot();
    QMainWindow& mainWindow();
    // For the start-up benchmark and diagnostics: the same objects the officer uses.
    bd::ui::WedgeEventFilter& wedgeFilter() { return *m_wedge; }
    bd::ui::DocumentPage& documentPage() { return *m_documentPage; }
    bd::ui::BiometricsPage& biometricsPage() { return *m_biometricsPage; }
    bd::ui::ResultsPage& resultsPage() { return *m_resultsPage; }
    bd::ui::DecisionPage& decisionPage() { return *m_decisionPage; }
    bd::ui::CheckController& checkController() { return *m_checkController; }
    bd::session::DecisionJournal& decisionJournal() { return *m_journal; }
    // The audit trail's writer; null when the trail could not be opened (the window says why).
    bd::storage::AuditWriter* auditWriter() { return m_audit.get(); }
    DemoGateway* demoGateway() { return m_demo.get(); } // --demo only
    // The gateway link shown in the status bar; null when no gateway is configured.
    bd::gateway::ConnectivityMonitor* connectivityMonitor() { return m_connectivity.get(); }
    // Training: prints the scenario's document and reads it through the Document page's image path
    // (the real OCR); the check then proceeds. False when not in demo mode or the scenario is unknown.
    bool runScenario(const QString& scenarioId);
    void pickScenario(); // F9: the scenario picker dialog

private:
    void loadTranslations(const QString& language);
    // The steps of the constructor, in order.
    void createWedge(const bd::core::Settings& settings);
    // The pages and the main window; a document on the reader restarts the check and reads it.
    void createWindow(const AppOptions& options, const bd::core::Settings& settings);
    // The decision journal, the data keys, the audit trail, the local store and the visa list.
    void createSessionData(const AppOptions& options, const bd::core::Settings& settings);
    // The audit trail in the data directory (its key made or read; the directory made private),
    // checked whole; a problem, or a trail that cannot be opened or written, is a lasting warning.
    void createAuditTrail(const AppOptions& options, const bd::core::Result<bd::storage::DataKeys>& keys);
    // Settings changed since the last start go to the trail ("settings.change", one per key).
    void auditSettingsChanges(
        const AppOptions& options, const bd::core::Settings& settings, const bd::storage::DataKeys& keys);
    void warn(const QString& text); // adds a lasting warning to the status bar
    void createCheckController(const AppOptions& options,
        const bd::core::Settings& settings,
        const QString& gatewayUnavailable,
        bd::core::SensitiveTokenRegistry* logTokens);
    // Training: the expected outcome of each scenario (the debrief) and the scenario picker (F9).
    void wireTrainingScenarios();
    void wireCheck();
    // The connectivity monitor on the gateway client, shown in the status bar ("checking" until an
    // answer); "not configured" without a gateway.
    void wireConnectivity();
    // The store's services on the gateway: the outbox (its counts in the status bar, Ctrl+Shift+R
    // to retry, "sent" on the decision page) and the retro-check (a retro-hit is an alert).
    void wireStore();
    void guardScreenPrivacy(const AppOptions& options, const bd::core::Settings& settings);
    // Training: the scenario's portrait and the faces in its records on the Biometrics page.
    void wireTrainingFaces();
    // The Document page's Camera button, when the site has a frame source (capture/source).
    void wireCamera(const bd::core::Settings& settings, bd::ui::DocumentPage& document);
    // The gateway client for this mode, or null with the reason (live without gateway settings).
    std::unique_ptr<bd::gateway::GatewayClient> makeGatewayClient(
        const AppOptions& options, const bd::core::Settings& settings, QString* unavailableReason);

    bd::core::SystemClock m_clock;
    std::unique_ptr<bd::ui::QtDialogService> m_dialogs;
    std::unique_ptr<bd::ui::PresetDialogService> m_presetDialogs; // scenario documents, then the officer
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<DemoGateway> m_demo;
    std::unique_ptr<bd::gateway::GatewayClient> m_gateway; // null: not configured
    std::unique_ptr<bd::gateway::ConnectivityMonitor> m_connectivity; // null: no gateway
    std::unique_ptr<bd::session::DecisionJournal> m_journal;
    std::unique_ptr<bd::storage::AuditWriter> m_audit; // null: the trail could not be opened
    std::unique_ptr<LocalStore> m_store; // null: no offline functions (the window says why)
    std::unique_ptr<bd::results::VisaList> m_visaList; // null when the built-in list did not load
    std::unique_ptr<bd::ocr::OpenCvMrzReader> m_imageReader; // null when its model failed to load
    std::unique_ptr<CameraReading> m_camera; // null: no frame source configured
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QTranslator> m_qtTranslator; // Qt's own strings (standard buttons and dialogs)
    QString m_language; // the interface language ("de"; empty or "en": English)
    std::unique_ptr<bd::ui::WedgeEventFilter> m_wedge;
    std::unique_ptr<bd::ui::MainWindow> m_window;
    bd::ui::DocumentPage* m_documentPage = nullptr; // owned by m_window
    bd::ui::BiometricsPage* m_biometricsPage = nullptr; // owned by m_window
    bd::ui::ResultsPage* m_resultsPage = nullptr; // owned by m_window
    bd::ui::DecisionPage* m_decisionPage = nullptr; // owned by m_window
    std::unique_ptr<bd::ui::CheckController> m_checkController;
    std::unique_ptr<bd::ui::ScreenPrivacyGuard> m_privacyGuard;
};

} // namespace bd::app
