#pragma once

#include "services/core/Redaction.h"
#include "services/document/MrzRecord.h"
#include "services/gateway/GatewayClient.h"
#include "services/results/CheckFacts.h"
#include "services/results/RepeatQuery.h"
#include "services/results/UnifiedResult.h"
#include "services/session/CheckArchive.h"
#include "services/session/CheckService.h"
#include "services/session/DecisionStore.h"
#include "ui/CheckText.h"
#include "ui/DecisionPage.h"
#include "ui/MainWindow.h"

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace bd::core {
class Clock;
}

namespace bd::ui {

class DeclarationsDialog;
class ParkedChecksDialog;
class ResultsPage;

// Runs one check from the document to the decision on the screens; the check itself (the request
// from the zone, the search, the unified result, the decision journalled and sent) is
// bd::session::CheckService's. A read document becomes a SearchRequest (profile from the
// workstation's settings, purpose entry or exit as the officer chose with F6), the gateway's
// per-system answers go live to the results page, the finished search is unified with the document
// as read, the officer's declarations (F7), the ETIAS periods, the border's Member State and the
// visa list, and shown action first. Exactly one decision per check is journalled locally and sent
// to the gateway, and only once the result (or the problem screen) is shown.
//
// No check with a request is thrown away without a decision: a new check (Esc, the next read, a
// training scenario) parks the open one; F8 lists the parked checks and restores one onto the
// Results and Decision pages. Ctrl+R repeats the query for the systems that did not answer (the
// whole search after a stream-level integrity problem) and merges the answers (RepeatQuery.h).
// A decision other than the required action (second line excepted) is an override and needs the
// officer's reason. In training the debrief compares the decision with what the screen showed.
class CheckController : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString officerId;
        bd::model::UserProfile profile = bd::model::UserProfile::BorderFirstLine;
        bd::model::Purpose purpose = bd::model::Purpose::EntryCheck;
        bool training = false;
        // Why there is no gateway client (shown on the results step instead of any data).
        QString notConfiguredReason;
        // The verdict's context besides the document and the declarations.
        bd::results::EtiasPeriods etias {};
        QString borderState {}; // ICAO code of this border's Member State
        const bd::results::VisaList* visaList = nullptr; // null: every traveller's visa requirement is verified by hand
    };
    using ExpectedOutcomeProvider = std::function<std::optional<ExpectedOutcome>(const bd::model::SearchRequest&)>;

    // client may be null (not configured). Every reference must outlive the controller.
    CheckController(MainWindow& window,
        ResultsPage& results,
        DecisionPage& decision,
        const bd::core::Clock& clock,
        bd::session::DecisionRecorder& journal,
        bd::gateway::GatewayClient* client,
        Config config,
        QObject* parent = nullptr);
    ~CheckController() override;

    void setExpectedOutcomeProvider(ExpectedOutcomeProvider provider) { m_expected = std::move(provider); }
    // The traveller's portrait for the header, asked when a check starts: the image (null: none)
    // and what it is ("training portrait", later the live capture or the document portrait).
    struct Portrait
    {
        QImage image;
        QString caption;
    };
    using PortraitProvider = std::function<Portrait(const bd::document::MrzRecord&)>;
    void setPortraitProvider(PortraitProvider provider) { m_portraitProvider = std::move(provider); }
    // The log sink's mask for the open check's name and number tokens (null: none); set while a
    // check is open, cleared when the pages start afresh.
    void setLogTokens(bd::core::SensitiveTokenRegistry* tokens) { m_logTokens = tokens; }
    // Where searches and decisions go on the audit trail (null: not recorded).
    void setAuditSink(bd::storage::AuditSink* sink) { m_service.setAuditSink(sink); }
    // Where answered searches are cached and offline ones remembered (null: neither; a search
    // without answers then shows only the problem).
    void setArchive(bd::session::CheckArchive* archive) { m_archive = archive; }
    // Where decisions are written with their outbox record (null: the journal, and a direct send).
    void setDecisionStore(bd::session::DecisionStore* store) { m_decisionStore = store; }

    const std::optional<bd::results::UnifiedResult>& lastResult() const { return m_open.result; }
    const bd::model::SearchRequest& currentRequest() const { return m_open.request; }
    bool isSearching() const { return m_handle != nullptr; }
    // A repeat query runs for the open check.
    bool isRepeating() const { return m_handle != nullptr && m_open.repeat.has_value(); }
    // Training: a scenario sets the check it is played as and the ETIAS period of its story; they
    // apply from the next check on (the status bar shows the purpose).
    void prepareScenario(bd::model::Purpose purpose, const bd::results::EtiasPeriods& etias);
    // The purpose the next check is sent with.
    bd::model::Purpose nextPurpose() const { return m_config.purpose; }
    // The answers of this check's search as received (none while searching or without answers).
    const std::optional<bd::results::SearchAnswers>& answers() const { return m_open.answers; }
    const bd::results::OfficerDeclarations& declarations() const { return m_open.declarations; }
    // The result or the problem screen of this check is shown: a decision may be taken.
    bool isOutcomeShown() const { return m_open.outcomeShown; }
    // This check's one decision is journalled.
    bool isDecided() const { return m_open.decided; }
    // The open declarations dialog (F7), if any.
    DeclarationsDialog* declarationsDialog() const;
    // The open list of parked checks (F8), if any.
    ParkedChecksDialog* parkedChecksDialog() const;
    int parkedCount() const { return static_cast<int>(m_parked.size()); }
    // The parked checks' search ids, oldest first (for tests; never logged).
    QStringList parkedSearchIds() const;

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
    // F8: the list of parked checks.
    void openParkedChecks();
    // Brings the parked check with this search id back (the open undecided check is parked in
    // its place). False when there is no such parked check.
    bool restoreParked(const QString& searchId);
    // Ctrl+R: asks again the systems that did not answer (or the whole search); refused once the
    // decision is recorded, while a search runs, or without a gateway.
    void repeatQuery();

signals:
    // The result now shown for the open check (a new one, or a parked check's brought back).
    void resultReady(const bd::results::UnifiedResult& result);
    // A parked check is open again (F8): its document, for the pages that show it.
    void checkRestored(const bd::document::MrzRecord& record);
    void decisionRecorded(const QString& searchId, bd::model::Decision decision);
    void decisionSubmitted(const QString& searchId, bool ok);

public slots:
    // The outbox sent record `seq` (OutboxSender::recordSent): the open check's decision says so.
    void outboxRecordSent(qint64 seq);

private:
    // A problem screen instead of a result (no gateway, the gateway failed, the search was cut off).
    using Problem = CheckText::Problem;
    // A repeat query running for the open check.
    struct Repeat
    {
        bd::model::SearchRequest request;
        bool whole = false;
    };
    // Everything of one check, so parking and restoring it is a move. Parked checks live in memory
    // only for now: the encrypted local store for them comes with a later issue, until then
    // quitting loses them (MainWindow::closeEvent warns).
    struct OpenCheck
    {
        quint64 id = 0; // 0: no check open
        QDateTime startedAt;
        bd::model::SearchRequest request;
        bd::document::MrzRecord record; // the document of this check
        QImage portrait; // shown in the traveller header (null: none)
        QString portraitCaption;
        bd::results::OfficerDeclarations declarations;
        std::optional<bd::results::SearchAnswers> answers;
        std::optional<bd::results::UnifiedResult> result;
        std::optional<Problem> problem;
        std::optional<Repeat> repeat;
        bool outcomeShown = false;
        bool decided = false;
        qint64 outboxSeq = 0; // the decision's record in the outbox (0: none)
        qint64 eesOutboxSeq = 0; // the EES record queued with it (0: none)
        std::optional<bd::model::HotlistEntry> offlineHotlist; // offline: the document's hotlist entry
        bool hasRequest() const { return id != 0; }
    };

    // Which officer, profile and purpose the next check's request is sent with.
    bd::session::CheckBasis checkBasis() const;
    // The log sink masks the open check's name and number tokens; nothing when no check is open.
    void applyLogTokens();
    void startSearch(const bd::model::SearchRequest& request);
    void handleFinished(quint64 check, const bd::gateway::SearchOutcome& outcome);
    void showProblem(const Problem& problem);
    // The gateway could not be reached and no system answered: the traveller's cached answers under
    // the offline banner, or these (every system unanswered). CheckControllerOffline.cpp
    void showOffline(quint64 check, bd::results::SearchAnswers unanswered);
    void showVerdict();
    void showOpenCheck(); // the open check's outcome onto the Results and Decision pages
    void showTraveller(); // the open check's traveller header on both pages
    void updateRepeatOffer();
    bd::results::RepeatPlan repeatPlan() const; // what Ctrl+R would ask again now
    void updateWindow();
    void parkOpenCheck();
    bd::results::CheckContext context() const;
    void setNextPurpose(bd::ui::MainWindow::CheckPurpose purpose);
    void cancelSearch();
    // Why no decision may be recorded now (told to the officer); false when one may.
    bool refuseDecision();
    // The page's confirmation after recording, and the debrief in training.
    struct Confirmation
    {
        QString text;
        QString debrief;
        bool isOverride = false;
        bool matches = true;
        std::optional<bd::results::EesRecordPlan> ees; // the EES record that follows (none: not worked out)
    };
    Confirmation confirmationFor(const bd::session::DecisionRecord& recorded, const OfficerDecision& decision) const;
    void submitDecision(const bd::session::DecisionRecord& recorded, const Confirmation& confirmation);
    // After the decision was written (or refused): the confirmation, or why nothing was recorded.
    // `outboxSeqs`: written to the store, the outbox sends them (the decision's record, then its EES
    // record); none: journalled, sent directly.
    void decisionWritten(const bd::session::DecisionRecord& recorded,
        const OfficerDecision& decision,
        std::optional<QList<qint64>> outboxSeqs);
    // The EES line of the open check's decision (m_lastConfirmation's plan) in this state.
    void showEes(CheckText::EesState state, const QString& errorCode = {});
    // No outbox: the EES record sent once the decision of check `check` was accepted (R57).
    void submitEesRecord(
        const bd::session::DecisionRecord& recorded, const bd::model::SearchRequest& request, quint64 check);
    // An EES record of a check the officer has left was not sent: a lasting warning.
    void eesNotSent(const QString& errorCode);
    // What decides the EES record of the open check's decision besides the decision itself.
    bd::session::EesBasis eesBasis() const;
    // The decision and its record written on the store's thread (CheckControllerOffline.cpp).
    void writeToStore(const bd::session::DecisionRecord& prepared, const OfficerDecision& decision);
    std::optional<Confirmation> m_lastConfirmation; // of the open check's decision, for "sent"

    MainWindow& m_window;
    ResultsPage& m_results;
    DecisionPage& m_decision;
    const bd::core::Clock& m_clock;
    bd::session::CheckArchive* m_archive = nullptr;
    bd::session::DecisionStore* m_decisionStore = nullptr;
    bd::session::CheckService m_service; // the journal and the gateway client (null: not configured)
    Config m_config;
    ExpectedOutcomeProvider m_expected;
    PortraitProvider m_portraitProvider;
    bd::core::SensitiveTokenRegistry* m_logTokens = nullptr;
    bd::model::Purpose m_entryPurpose; // what an entry check is sent as (training: Purpose::Training)
    OpenCheck m_open;
    QList<OpenCheck> m_parked; // oldest first
    QPointer<bd::gateway::SearchHandle> m_handle; // the open check's search (or repeat)
    QPointer<DeclarationsDialog> m_declarationsDialog;
    QPointer<ParkedChecksDialog> m_parkedDialog;
    quint64 m_check = 0; // increases with every check shown (a late callback of an earlier one is ignored)
    quint64 m_nextId = 0;
};

} // namespace bd::ui
