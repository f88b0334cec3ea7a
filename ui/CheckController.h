#pragma once

#include "services/document/MrzRecord.h"
#include "services/gateway/GatewayClient.h"
#include "services/results/UnifiedResult.h"
#include "ui/DecisionPage.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace bd::core {
class Clock;
}
namespace bd::session {
class DecisionJournal;
}

namespace bd::ui {

class MainWindow;
class ResultsPage;

// What a training scenario expects the trainee to decide, for the trainer's debrief.
struct ExpectedOutcome
{
    QString decision;
    QString refusalReason;
    QString requiredAction;
    QString debrief;
};

// Runs one check from the document to the decision: a read document becomes a SearchRequest
// (document and person from the zone, profile and purpose from the workstation's settings), the
// gateway's per-system answers go live to the results page, the finished search is unified and
// shown action first, and the officer's decision is journalled locally and sent to the gateway.
class CheckController : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString officerId;
        bd::gateway::UserProfile profile = bd::gateway::UserProfile::BorderFirstLine;
        bd::gateway::Purpose purpose = bd::gateway::Purpose::EntryCheck;
        bool training = false;
        // Why there is no gateway client (shown on the results step instead of any data).
        QString notConfiguredReason;
    };
    using ExpectedOutcomeProvider = std::function<std::optional<ExpectedOutcome>(const bd::gateway::SearchRequest&)>;

    // client may be null (not configured). Every reference must outlive the controller.
    CheckController(MainWindow& window, ResultsPage& results, DecisionPage& decision,
        const bd::core::Clock& clock, bd::session::DecisionJournal& journal,
        bd::gateway::GatewayClient* client, Config config, QObject* parent = nullptr);
    ~CheckController() override;

    void setExpectedOutcomeProvider(ExpectedOutcomeProvider provider) { m_expected = std::move(provider); }

    static bd::gateway::SearchRequest requestFor(const bd::document::MrzRecord& record, const Config& config, const QString& searchId);

    const std::optional<bd::results::UnifiedResult>& lastResult() const { return m_result; }
    const bd::gateway::SearchRequest& currentRequest() const { return m_request; }
    bool isSearching() const { return m_handle != nullptr; }

public slots:
    void startCheck(const bd::document::MrzRecord& record);
    void recordDecision(const bd::ui::OfficerDecision& decision);
    void reset();

signals:
    void resultReady(const bd::results::UnifiedResult& result);
    void decisionRecorded(const QString& searchId, const QString& decision);
    void decisionSubmitted(const QString& searchId, bool ok);

private:
    void handleFinished(const bd::gateway::SearchOutcome& outcome);
    QString problemText(const bd::core::Error& error) const;

    MainWindow& m_window;
    ResultsPage& m_results;
    DecisionPage& m_decision;
    const bd::core::Clock& m_clock;
    bd::session::DecisionJournal& m_journal;
    QPointer<bd::gateway::GatewayClient> m_client;
    Config m_config;
    ExpectedOutcomeProvider m_expected;
    bd::gateway::SearchRequest m_request;
    QPointer<bd::gateway::SearchHandle> m_handle;
    std::optional<bd::results::UnifiedResult> m_result;
    bool m_haveRequest = false;
};

} // namespace bd::ui
