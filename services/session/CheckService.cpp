#include "services/session/CheckService.h"

#include "services/core/Clock.h"
#include "services/gateway/GatewayErrors.h"
#include "services/results/Unifier.h"

#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace bd::session {

using bd::core::Error;
using bd::model::Decision;

namespace {

// The audit trail's word for the EES record of a decision: its kind, "manual" (the officer records
// it by hand), "none" (none due), "" (not worked out).
QString eesAuditValue(const std::optional<bd::results::EesRecordPlan>& plan)
{
    if (!plan)
        return {};
    if (plan->kind)
        return bd::results::eesRecordKindKey(*plan->kind);
    return plan->manual ? QStringLiteral("manual") : QStringLiteral("none");
}

} // namespace

bool isOverride(Decision taken, Decision required)
{
    return taken != required && taken != Decision::SecondLine;
}

bool isMeaningfulReason(const QString& reason)
{
    const QString r = reason.simplified();
    const auto letters = std::count_if(r.cbegin(), r.cend(), [](QChar c) { return c.isLetter(); });
    return r.size() >= 8 && letters >= 4;
}

CheckService::CheckService(const bd::core::Clock& clock, DecisionRecorder* recorder, bd::gateway::GatewayClient* client)
    : m_clock(clock)
    , m_recorder(recorder)
    , m_client(client)
{
}

// ---- the request ---------------------------------------------------------------------------------

bd::model::DocumentData CheckService::documentFrom(const bd::document::MrzRecord& record)
{
    bd::model::DocumentData d;
    d.documentCode = record.value(QStringLiteral("documentCode"));
    d.issuingState = record.value(QStringLiteral("issuingState"));
    d.number = record.value(QStringLiteral("documentNumber"));
    d.dateOfExpiry = QDate::fromString(record.value(QStringLiteral("dateOfExpiry")), Qt::ISODate);
    return d;
}

bd::model::PersonData CheckService::personFrom(const bd::document::MrzRecord& record)
{
    bd::model::PersonData p;
    p.surname = record.value(QStringLiteral("surname"));
    p.givenNames = record.value(QStringLiteral("givenNames"));
    p.dateOfBirth = QDate::fromString(record.value(QStringLiteral("dateOfBirth")), Qt::ISODate);
    p.sex = sexCode(record.value(QStringLiteral("sex")));
    p.nationality = record.value(QStringLiteral("nationality"));
    return p;
}

QString CheckService::sexCode(const QString& sex)
{
    if (sex == QLatin1String("M") || sex == QLatin1String("F") || sex == QLatin1String("X"))
        return sex;
    return {};
}

bd::model::SearchRequest CheckService::requestFor(
    const bd::document::MrzRecord& record, const CheckBasis& basis, const QString& searchId)
{
    bd::model::SearchRequest r;
    r.searchId = searchId;
    r.officerId = basis.officerId;
    r.profile = basis.profile;
    r.purpose = basis.purpose;
    r.document = documentFrom(record);
    r.person = personFrom(record);
    return r;
}

QString CheckService::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// ---- the search ----------------------------------------------------------------------------------

bd::gateway::SearchHandle* CheckService::startSearch(const bd::model::SearchRequest& request) const
{
    if (!m_client)
        return nullptr;
    audit(QStringLiteral("search"), request.officerId, request.searchId,
        { { QStringLiteral("purpose"), bd::model::purposeKey(request.purpose) },
            { QStringLiteral("profile"), bd::model::profileKey(request.profile) },
            { QStringLiteral("systems"), static_cast<int>(request.systems.size()) },
            { QStringLiteral("face"), !request.faceImage.isEmpty() },
            { QStringLiteral("fingerprints"), static_cast<int>(request.fingerprints.size()) } });
    return m_client->search(request);
}

bd::results::SearchAnswers CheckService::answersFor(
    const bd::model::SearchRequest& request, const bd::gateway::SearchOutcome& outcome)
{
    return bd::results::SearchAnswers { request, outcome.events, outcome.summary, outcome.error, {} };
}

bd::results::CheckContext CheckService::contextFor(const bd::document::MrzRecord& record,
    const bd::results::OfficerDeclarations& declarations,
    const QDate& today,
    const SiteContext& site)
{
    bd::results::CheckContext c;
    c.today = today;
    c.document = bd::results::documentFactsFrom(record);
    c.declarations = declarations;
    c.etias = site.etias;
    c.borderState = site.borderState;
    c.visaList = site.visaList;
    return c;
}

bd::results::UnifiedResult CheckService::unify(
    const bd::results::SearchAnswers& answers, const bd::results::CheckContext& context)
{
    return bd::results::Unifier::unify(answers, context);
}

// ---- the decision --------------------------------------------------------------------------------

void CheckService::recordResultShown(
    const bd::model::SearchRequest& request, const bd::results::UnifiedResult& result, bool restored) const
{
    int hits = 0;
    for (const auto& identity : result.identities)
        hits += static_cast<int>(identity.hits.size());
    if (hits == 0)
        return;
    audit(QStringLiteral("hit.view"), request.officerId, request.searchId,
        { { QStringLiteral("hits"), hits },
            { QStringLiteral("identities"), static_cast<int>(result.identities.size()) },
            { QStringLiteral("requiredAction"), bd::results::actionKey(result.requiredAction.code) },
            { QStringLiteral("restored"), restored } });
}

void CheckService::audit(
    const QString& kind, const QString& officerId, const QString& reference, QJsonObject details) const
{
    if (m_audit)
        m_audit->record({ kind, officerId, {}, reference, std::move(details), {} });
}

void CheckService::recordPurposeChange(const QString& officerId, bd::model::Purpose next) const
{
    audit(QStringLiteral("purpose.change"), officerId, bd::model::purposeKey(next));
}

DecisionRecord CheckService::prepareDecision(const DecisionBasis& basis, const OfficerChoice& choice) const
{
    DecisionRecord out;
    out.requiredAction = basis.shown ? bd::results::actionKey(basis.shown->code) : choice.requiredAction;
    out.required = basis.shown ? basis.shown->decision : Decision::SecondLine;
    out.isOverride = isOverride(choice.decision, out.required);
    const QString reason = choice.overrideReason.simplified();
    if (out.isOverride && !isMeaningfulReason(reason)) {
        out.error = Error { QString::fromLatin1(decision_errors::kReasonMissing),
            QStringLiteral("departing from the required action needs the officer's reason"), {} };
        return out;
    }
    DecisionEntry& entry = out.entry;
    entry.searchId = basis.request.searchId;
    entry.at = m_clock.now().toUTC();
    entry.decision = choice.decision;
    entry.refusalReason = choice.refusalReason;
    entry.requiredAction = out.requiredAction;
    entry.overrideReason = out.isOverride ? reason : QString();
    entry.training = basis.training;
    if (m_client)
        entry.idempotencyKey = newId();
    if (basis.ees)
        out.ees = bd::results::eesRecordFor(
            bd::results::EesRecordFacts { basis.request.purpose, choice.decision, choice.refusalReason,
                basis.ees->regime, basis.ees->nationality, basis.ees->declarations, basis.ees->today });
    return out;
}

DecisionRecord CheckService::recordDecision(const DecisionBasis& basis, const OfficerChoice& choice) const
{
    DecisionRecord out = prepareDecision(basis, choice);
    if (out.error)
        return out;
    const DecisionEntry& entry = out.entry;
    if (!m_recorder) {
        out.error
            = Error { QString::fromLatin1(decision_errors::kNoRecorder), QStringLiteral("no decision recorder"), {} };
        return out;
    }
    if (const auto written = m_recorder->append(entry); !written) {
        out.error = written.error();
        return out;
    }
    recordDecisionAudit(basis.request, out);
    return out;
}

void CheckService::recordDecisionAudit(const bd::model::SearchRequest& request, const DecisionRecord& recorded) const
{
    const DecisionEntry& entry = recorded.entry;
    audit(QStringLiteral("decision"), request.officerId, entry.searchId,
        { { QStringLiteral("decision"), bd::model::decisionKey(entry.decision) },
            { QStringLiteral("requiredAction"), entry.requiredAction },
            { QStringLiteral("override"), recorded.isOverride },
            { QStringLiteral("refusalReason"), entry.refusalReason },
            { QStringLiteral("idempotencyKey"), entry.idempotencyKey },
            { QStringLiteral("ees"), eesAuditValue(recorded.ees) }, { QStringLiteral("training"), entry.training } });
}

void CheckService::recordRetroCheck(
    const bd::model::SearchRequest& original, const QString& recheckId, const QString& outcome) const
{
    audit(QStringLiteral("retro-check"), original.officerId, original.searchId,
        { { QStringLiteral("recheck"), recheckId }, { QStringLiteral("outcome"), outcome } });
}

bool CheckService::isLinkFailure(const bd::core::Error& error)
{
    return bd::gateway::isRetryable(error) || error.code == QLatin1String(bd::gateway::errors::kModeUnconfirmed);
}

bool CheckService::isOffline(const bd::gateway::SearchOutcome& outcome)
{
    if (!outcome.error || !isLinkFailure(*outcome.error))
        return false;
    return std::none_of(outcome.events.cbegin(), outcome.events.cend(), [](const bd::model::SystemEvent& e) {
        return e.status == bd::model::SystemStatus::Hit || e.status == bd::model::SystemStatus::NoHit
            || e.status == bd::model::SystemStatus::NotAuthorised;
    });
}

bd::gateway::RecordHandle* CheckService::submitDecision(
    const DecisionRecord& recorded, const bd::model::SearchRequest& request) const
{
    if (!m_client || !recorded.ok())
        return nullptr;
    return m_client->submitRecord(submissionFor(recorded.entry, request));
}

bd::gateway::RecordHandle* CheckService::submitEesRecord(
    const DecisionRecord& recorded, const bd::model::SearchRequest& request) const
{
    if (!m_client || !recorded.ok() || !recorded.ees)
        return nullptr;
    const auto submission = eesSubmissionFor(recorded.entry, request, *recorded.ees);
    return submission ? m_client->submitRecord(*submission) : nullptr;
}

QString CheckService::eesIdempotencyKey(const QString& decisionKey)
{
    return decisionKey + QStringLiteral("-ees");
}

std::optional<bd::model::RecordSubmission> CheckService::eesSubmissionFor(
    const DecisionEntry& entry, const bd::model::SearchRequest& request, const bd::results::EesRecordPlan& plan)
{
    if (!plan.kind || entry.idempotencyKey.isEmpty())
        return std::nullopt;
    bd::model::RecordSubmission s;
    s.idempotencyKey = eesIdempotencyKey(entry.idempotencyKey);
    s.kind = bd::results::eesRecordKindKey(*plan.kind);
    s.searchId = request.searchId;
    s.officerId = request.officerId;
    s.at = entry.at;
    s.document = request.document;
    s.person = request.person;
    if (*plan.kind == bd::results::EesRecordKind::Refusal)
        s.refusalReasons << plan.refusalLetter;
    return s;
}

QList<bd::model::RecordSubmission> CheckService::submissionsFor(
    const DecisionRecord& recorded, const bd::model::SearchRequest& request)
{
    QList<bd::model::RecordSubmission> out;
    if (recorded.entry.idempotencyKey.isEmpty())
        return out;
    out.append(submissionFor(recorded.entry, request));
    if (recorded.ees)
        if (auto ees = eesSubmissionFor(recorded.entry, request, *recorded.ees))
            out.append(*ees);
    return out;
}

bd::model::RecordSubmission CheckService::submissionFor(
    const DecisionEntry& entry, const bd::model::SearchRequest& request)
{
    bd::model::RecordSubmission s;
    s.idempotencyKey = entry.idempotencyKey;
    s.kind = QStringLiteral("decision");
    s.searchId = request.searchId;
    s.officerId = request.officerId;
    s.at = entry.at;
    s.document = request.document;
    s.person = request.person;
    s.decision = entry.decision;
    if (!entry.refusalReason.isEmpty())
        s.refusalReasons << entry.refusalReason;
    s.requiredAction = entry.requiredAction;
    s.overrideReason = entry.overrideReason; // the audit trail at the gateway, as in the journal
    return s;
}

} // namespace bd::session
