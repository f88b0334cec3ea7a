#pragma once

#include "services/core/Error.h"
#include "services/document/MrzRecord.h"
#include "services/gateway/GatewayClient.h"
#include "services/model/Model.h"
#include "services/results/CheckFacts.h"
#include "services/results/EesRecord.h"
#include "services/results/UnifiedResult.h"
#include "services/session/DecisionRecorder.h"
#include "services/storage/AuditSink.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace bd::core {
class Clock;
}

namespace bd::session {

// Who asks and why: the part of a search request that is not the traveller.
struct CheckBasis
{
    QString officerId;
    bd::model::UserProfile profile = bd::model::UserProfile::BorderFirstLine;
    bd::model::Purpose purpose = bd::model::Purpose::EntryCheck;
};

// What the verdict knows of the site: the ETIAS periods, this border's Member State (ICAO code, for
// LTV visas) and the visa list (null: every traveller's visa requirement is verified by hand).
struct SiteContext
{
    bd::results::EtiasPeriods etias {};
    QString borderState;
    const bd::results::VisaList* visaList = nullptr;
};

// What the officer chose on the decision step.
struct OfficerChoice
{
    bd::model::Decision decision = bd::model::Decision::SecondLine;
    QString refusalReason; // A..I when refused
    QString requiredAction; // the action code the officer decided on (used when no result is shown)
    QString overrideReason; // as typed; simplified when recorded
};

// What decides the EES record that follows a decision (rule R57) besides the check's purpose and
// the decision: the regime the result found and what the officer declared.
struct EesBasis
{
    bd::results::VisaRegime regime = bd::results::VisaRegime::Unknown; // Unknown: no result shown
    QString nationality; // ICAO code the visa list found the traveller under (or the document's)
    bd::results::OfficerDeclarations declarations;
    QDate today;
};

// What a check's decision is taken on.
struct DecisionBasis
{
    bd::model::SearchRequest request; // the check's search (its id, document, person, officer)
    // The required action of the result the officer saw; none: no result was shown (the problem
    // screen), which requires second line.
    std::optional<bd::results::RequiredAction> shown;
    bool training = false;
    // None: no EES record is worked out (a caller that records none, e.g. the CLI's tests).
    std::optional<EesBasis> ees;
};

// One decision as the service took it: what it was measured against and, unless `error`, the entry
// the recorder journalled.
struct DecisionRecord
{
    QString requiredAction; // the code the decision was taken on
    bd::model::Decision required = bd::model::Decision::SecondLine; // what that code requires
    bool isOverride = false; // departs from `required` (second line is never an override)
    DecisionEntry entry; // as journalled
    // The EES record that follows the decision (R57), or why none; none: not worked out.
    std::optional<bd::results::EesRecordPlan> ees;
    // Nothing was recorded: decision_errors::kReasonMissing, or the recorder's error ("journal.*").
    std::optional<bd::core::Error> error;
    bool ok() const { return !error.has_value(); }
};

namespace decision_errors {
inline constexpr char kReasonMissing[] = "decision.reasonMissing"; // an override without a meaningful reason
inline constexpr char kNoRecorder[] = "journal.none"; // a service without a recorder (the CLI)
} // namespace decision_errors

// A decision other than the required one is an override, except second line: always allowed as
// the more cautious step.
bool isOverride(bd::model::Decision taken, bd::model::Decision required);
// An override's reason: at least 8 characters after trimming, 4 of them letters ("n/a" or
// "........" is no reason).
bool isMeaningfulReason(const QString& reason);

// One check from the document to the decision, without any screen: the search request from the
// document as read (typed fields, sex only M/F/X), the search on the GatewayClient interface, the
// finished search unified with the check's facts, and the officer's decision recorded through the
// DecisionRecorder (the local journal) and then sent to the gateway. Used by ui/CheckController
// and `borderdesk-cli query`. Holds no check: the caller keeps the request, the answers and the
// result. The client and the recorder may be null (no gateway configured; the CLI records nothing).
class CheckService
{
public:
    CheckService(const bd::core::Clock& clock, DecisionRecorder* recorder, bd::gateway::GatewayClient* client);

    bd::gateway::GatewayClient* client() const { return m_client.data(); }
    // Where started searches and recorded decisions go on the audit trail, by reference only (null:
    // not recorded, e.g. borderdesk-cli query).
    void setAuditSink(bd::storage::AuditSink* sink) { m_audit = sink; }
    bool hasGateway() const { return m_client != nullptr; }

    // ---- the request
    // The document and the person as the zone gives them (dates as QDate, sex only M/F/X).
    static bd::model::DocumentData documentFrom(const bd::document::MrzRecord& record);
    static bd::model::PersonData personFrom(const bd::document::MrzRecord& record);
    // "M", "F" or "X" as given; anything else (the zone's "<", unreadable): empty.
    static QString sexCode(const QString& sex);
    static bd::model::SearchRequest requestFor(
        const bd::document::MrzRecord& record, const CheckBasis& basis, const QString& searchId);
    static QString newId(); // a fresh UUID for a search id or an idempotency key
    // The search failed because the gateway could not be reached (refused, timed out, overloaded,
    // or its mode not confirmed in time): what "offline" means for the cache and the retro-check.
    // A certificate, configuration or protocol error is not offline: it is shown as itself.
    static bool isLinkFailure(const bd::core::Error& error);
    // The search ended for a link failure and no system said hit, no hit or not authorised: nothing
    // of it is an answer (the cache and the retro-check take over).
    static bool isOffline(const bd::gateway::SearchOutcome& outcome);

    // ---- the search
    // Starts the search on the client (null without a gateway). The caller owns the handle.
    bd::gateway::SearchHandle* startSearch(const bd::model::SearchRequest& request) const;
    // Everything that arrived for `request`: a broken stream, a missing summary or another search's
    // answer is an integrity problem for the Unifier, never a silent "no hit".
    static bd::results::SearchAnswers answersFor(
        const bd::model::SearchRequest& request, const bd::gateway::SearchOutcome& outcome);
    // The check's facts for the Unifier: the document as read, what the officer declared, the day.
    static bd::results::CheckContext contextFor(const bd::document::MrzRecord& record,
        const bd::results::OfficerDeclarations& declarations,
        const QDate& today,
        const SiteContext& site);
    static bd::results::UnifiedResult unify(
        const bd::results::SearchAnswers& answers, const bd::results::CheckContext& context);

    // A result with hits shown to the officer goes on the audit trail ("hit.view": the search id,
    // how many hits and identities, the required action; `restored`: shown again from a parked
    // check). A result without hits is not a view of a hit and is not recorded.
    void recordResultShown(
        const bd::model::SearchRequest& request, const bd::results::UnifiedResult& result, bool restored) const;

    // The officer switched what the next check is for (F6: entry or exit): "purpose.change".
    void recordPurposeChange(const QString& officerId, bd::model::Purpose next) const;

    // An offline check was made again (the retro-check): "retro-check" with the offline check's
    // search id, the re-check's and the outcome code ("hit", "no-hit", "incomplete").
    void recordRetroCheck(
        const bd::model::SearchRequest& original, const QString& recheckId, const QString& outcome) const;

    // ---- the decision
    // Journals the choice (one entry, no personal data) unless it is an override without a
    // meaningful reason or the recorder fails. With a gateway the entry carries the idempotency key
    // of the record submitDecision() sends.
    DecisionRecord recordDecision(const DecisionBasis& basis, const OfficerChoice& choice) const;
    // The same without writing: the entry as it would be recorded, or why not (reason missing).
    // For a caller that writes it elsewhere (the store's outbox) and then calls recordDecisionAudit.
    DecisionRecord prepareDecision(const DecisionBasis& basis, const OfficerChoice& choice) const;
    // The written decision on the audit trail ("decision", by reference).
    void recordDecisionAudit(const bd::model::SearchRequest& request, const DecisionRecord& recorded) const;
    // The record a decision is sent as: the entry's key, time, decision and reasons, with the
    // search's officer, document and person.
    static bd::model::RecordSubmission submissionFor(
        const DecisionEntry& entry, const bd::model::SearchRequest& request);
    // The EES record's idempotency key, derived from the decision's so a retry never makes another.
    static QString eesIdempotencyKey(const QString& decisionKey);
    // The EES record that follows a decision (R57): kind, the letter of a refusal, the decision's
    // time, the search's officer, document and person; no crossing point (no setting names one).
    // None when the plan queues no record or the decision is sent nowhere (no idempotency key).
    static std::optional<bd::model::RecordSubmission> eesSubmissionFor(
        const DecisionEntry& entry, const bd::model::SearchRequest& request, const bd::results::EesRecordPlan& plan);
    // What goes to the outbox with a decision, in the order it is sent: the decision's record,
    // then its EES record (the centre learns the decision before the movement it causes). Empty
    // when the decision is sent nowhere.
    static QList<bd::model::RecordSubmission> submissionsFor(
        const DecisionRecord& recorded, const bd::model::SearchRequest& request);
    // Sends a recorded decision to the gateway (null without one). The caller owns the handle.
    bd::gateway::RecordHandle* submitDecision(
        const DecisionRecord& recorded, const bd::model::SearchRequest& request) const;
    // Sends the EES record that follows it (null without a gateway or without one to send).
    bd::gateway::RecordHandle* submitEesRecord(
        const DecisionRecord& recorded, const bd::model::SearchRequest& request) const;

private:
    const bd::core::Clock& m_clock;
    DecisionRecorder* m_recorder;
    QPointer<bd::gateway::GatewayClient> m_client; // null: no gateway configured
    // One record on the audit trail, when there is one (the sink stamps time and workstation).
    void audit(const QString& kind, const QString& officerId, const QString& reference, QJsonObject details = {}) const;

    bd::storage::AuditSink* m_audit = nullptr;
};

} // namespace bd::session
