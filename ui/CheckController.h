#pragma once

#include "services/document/MrzRecord.h"
#include "services/gateway/GatewayClient.h"
#include "services/results/CheckFacts.h"
#include "services/results/UnifiedResult.h"
#include "ui/DecisionPage.h"
#include "ui/MainWindow.h"

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

class DeclarationsDialog;
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
// (document and person from the zone, profile from the workstation's settings, purpose entry or
// exit as the officer chose with F6), the gateway's per-system answers go live to the results page,
// the finished search (its events, summary and any stream error) is unified with the document as
// read, the officer's declarations (F7), the ETIAS periods, the border's Member State and the visa
// list, and shown action first. Exactly one decision per check is journalled locally and sent to
// the gateway, and only once the result (or the problem screen) is shown.
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
        // The verdict's context besides the document and the declarations.
        bd::results::EtiasPeriods etias {};
        QString borderState {}; // ICAO code of this border's Member State
        const bd::results::VisaList* visaList = nullptr; // null: every traveller's visa requirement is verified by hand
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
    // Training: a scenario sets the check it is played as and the ETIAS period of its story; they
    // apply from the next check on (the status bar shows the purpose).
    void prepareScenario(bd::gateway::Purpose purpose, const bd::results::EtiasPeriods& etias);
    // The purpose the next check is sent with.
    bd::gateway::Purpose nextPurpose() const { return m_config.purpose; }
    // The answers of this check's search as received (none while searching or without answers).
    const std::optional<bd::results::SearchAnswers>& answers() const { return m_answers; }
    const bd::results::OfficerDeclarations& declarations() const { return m_declarations; }
    // The result or the problem screen of this check is shown: a decision may be taken.
    bool isOutcomeShown() const { return m_outcomeShown; }
    // This check's one decision is journalled.
    bool isDecided() const { return m_decided; }
    // The open declarations dialog (F7), if any.
    DeclarationsDialog* declarationsDialog() const;

public slots:
    void startCheck(const bd::document::MrzRecord& record);
    void recordDecision(const bd::ui::OfficerDecision& decision);
    void reset();
    // What the officer declared for this check: the verdict is worked out again on the stored
    // answers (no new search) and the result and decision pages show it. Kept for this check
    // only; refused once the decision is recorded.
    void setDeclarations(const bd::results::OfficerDeclarations& declarations);
    // F7: the declarations dialog for the open check.
    void openDeclarations();

signals:
    void resultReady(const bd::results::UnifiedResult& result);
    void decisionRecorded(const QString& searchId, const QString& decision);
    void decisionSubmitted(const QString& searchId, bool ok);

private:
    void handleFinished(const bd::gateway::SearchOutcome& outcome);
    void showVerdict();
    bd::results::CheckContext context() const;
    void setNextPurpose(bd::ui::MainWindow::CheckPurpose purpose);
    void closeDeclarations();
    QString problemText(const bd::core::Error& error) const;

    MainWindow& m_window;
    ResultsPage& m_results;
    DecisionPage& m_decision;
    const bd::core::Clock& m_clock;
    bd::session::DecisionJournal& m_journal;
    QPointer<bd::gateway::GatewayClient> m_client;
    Config m_config;
    ExpectedOutcomeProvider m_expected;
    bd::gateway::Purpose m_entryPurpose; // what an entry check is sent as (training: Purpose::Training)
    bd::gateway::SearchRequest m_request;
    bd::document::MrzRecord m_record; // the document of this check
    bd::results::OfficerDeclarations m_declarations;
    QPointer<bd::gateway::SearchHandle> m_handle;
    std::optional<bd::results::SearchAnswers> m_answers;
    std::optional<bd::results::UnifiedResult> m_result;
    QPointer<DeclarationsDialog> m_declarationsDialog;
    quint64 m_check = 0; // increases with every check (a late callback of an earlier one is ignored)
    bool m_haveRequest = false;
    bool m_outcomeShown = false;
    bool m_decided = false;
};

} // namespace bd::ui
