// CheckController, once the officer has decided: the decision written (the store with its outbox
// records on the store's thread, or the journal), the page's confirmation and debrief, the EES
// record that follows it (rule R57) and the records sent — by the outbox, or directly when there is
// no store.
#include "services/core/Clock.h"
#include "services/core/LogCategories.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/DeclarationsDialog.h"
#include "ui/DialogSupport.h"

namespace bd::ui {

using namespace bd::gateway;
using namespace bd::model;
using bd::session::CheckService;

bd::session::EesBasis CheckController::eesBasis() const
{
    bd::session::EesBasis b;
    b.nationality = m_open.request.person.nationality;
    if (m_open.result) {
        b.regime = m_open.result->traveller.regime;
        if (!m_open.result->traveller.finding.listedAs.isEmpty())
            b.nationality = m_open.result->traveller.finding.listedAs;
    }
    b.declarations = m_open.declarations;
    b.today = m_clock.today();
    return b;
}

void CheckController::showEes(CheckText::EesState state, const QString& errorCode)
{
    if (!m_lastConfirmation || !m_lastConfirmation->ees) {
        m_decision.showEesRecord({}, false);
        return;
    }
    const auto& plan = *m_lastConfirmation->ees;
    if (plan.manual || (plan.kind && state == CheckText::EesState::NotSent))
        qCInfo(lcUi, "EES record to be made by hand: %s", qPrintable(bd::results::eesReasonKey(plan.reason)));
    m_decision.showEesRecord(CheckText::eesRecord(plan, state, errorCode), CheckText::eesNeedsOfficer(plan, state));
}

void CheckController::decisionWritten(const bd::session::DecisionRecord& recorded,
    const OfficerDecision& decision,
    std::optional<QList<qint64>> outboxSeqs)
{
    const QString taken = decisionKey(decision.decision);
    if (recorded.requiredAction != decision.requiredAction)
        qCWarning(lcUi, "decision taken on %s; the result requires %s", qPrintable(decision.requiredAction),
            qPrintable(recorded.requiredAction));
    if (recorded.error && recorded.error->code == QLatin1String(bd::session::decision_errors::kReasonMissing)) {
        // Second line is always allowed as the more cautious step; anything else that departs from
        // the required action is an override and needs the officer's reason.
        qCWarning(lcUi, "override refused: no reason given (%s instead of %s)", qPrintable(taken),
            qPrintable(decisionKey(recorded.required)));
        m_decision.showRecordFailed(tr("Nothing was recorded: departing from the required action needs your reason."));
        return;
    }
    if (recorded.error) {
        m_decision.showRecordFailed(
            tr("The decision could NOT be recorded locally (%1). Note it on paper and call support.")
                .arg(recorded.error->code));
        return;
    }
    m_open.decided = true;
    updateWindow();
    closeDialog(m_declarationsDialog); // the decision is final: declarations no longer change anything
    if (recorded.isOverride)
        qCWarning(lcUi, "override recorded: %s although %s was required", qPrintable(taken),
            qPrintable(recorded.requiredAction.isEmpty() ? decisionKey(recorded.required) : recorded.requiredAction));
    const Confirmation confirmation = confirmationFor(recorded, decision);
    m_lastConfirmation = confirmation;
    const qint64 decisionSeq = outboxSeqs && !outboxSeqs->isEmpty() ? outboxSeqs->first() : 0;
    if (decisionSeq == 0) {
        m_decision.showRecorded(confirmation.text, confirmation.debrief, confirmation.isOverride, confirmation.matches);
    } else {
        m_open.outboxSeq = decisionSeq;
        m_open.eesOutboxSeq = outboxSeqs->size() > 1 ? outboxSeqs->at(1) : 0;
        m_decision.showRecorded(confirmation.text + QLatin1Char(' ') + tr("Waiting to be sent to the central gateway."),
            confirmation.debrief, confirmation.isOverride, confirmation.matches);
    }
    if (m_open.eesOutboxSeq != 0)
        showEes(CheckText::EesState::Queued);
    else if (confirmation.ees && confirmation.ees->kind && (outboxSeqs || !m_service.hasGateway()))
        showEes(CheckText::EesState::NotSent, tr("no gateway")); // nothing will send it
    else
        showEes(CheckText::EesState::Sending); // sent directly below (or none is due)
    emit decisionRecorded(recorded.entry.searchId, recorded.entry.decision);
    if (!outboxSeqs)
        submitDecision(recorded, confirmation);
}

CheckController::Confirmation CheckController::confirmationFor(
    const bd::session::DecisionRecord& recorded, const OfficerDecision& decision) const
{
    const CheckText::Taken taken { decision.decision, decision.refusalReason, recorded.isOverride,
        recorded.entry.overrideReason };
    Confirmation c;
    c.isOverride = recorded.isOverride;
    c.ees = recorded.ees;
    c.text = CheckText::confirmation(
        taken, m_open.result ? std::optional(recorded.requiredAction) : std::nullopt, recorded.entry.at);
    if (!m_config.training || !m_expected)
        return c;
    if (const auto expected = m_expected(m_open.request))
        c.debrief = CheckText::debrief(
            taken, *expected, m_open.result, m_open.problem ? m_open.problem->headline : QString(), &c.matches);
    return c;
}

void CheckController::submitDecision(const bd::session::DecisionRecord& recorded, const Confirmation& confirmation)
{
    RecordHandle* handle = m_service.submitDecision(recorded, m_open.request);
    if (!handle)
        return;
    // Owned here until it finishes: a submission still in flight when the workstation closes goes
    // with the controller (the client only holds it through a guarded pointer).
    handle->setParent(this);
    const bd::model::SearchRequest request = m_open.request;
    const quint64 check = m_open.id;
    connect(handle, &RecordHandle::finished, this,
        [this, handle, check, request, confirmation, recorded](const bd::core::Result<RecordReceipt>& receipt) {
            handle->deleteLater();
            const bool current = check == m_open.id;
            if (current) {
                if (receipt)
                    m_decision.showRecorded(confirmation.text + QLatin1Char(' ') + tr("Sent to the central gateway."),
                        confirmation.debrief, confirmation.isOverride, confirmation.matches);
                else
                    m_decision.showRecordFailed(confirmation.text + QLatin1Char(' ')
                        + tr("NOT sent to the central gateway (%1); it is kept in the local journal.")
                              .arg(receipt.error().code));
            }
            // The EES record follows its decision: sent once the decision was accepted, else the
            // officer records the movement by hand.
            if (receipt)
                submitEesRecord(recorded, request, check);
            else if (current)
                showEes(CheckText::EesState::NotSent, receipt.error().code);
            else if (recorded.ees && recorded.ees->kind)
                eesNotSent(receipt.error().code);
            qCInfo(lcUi, "decision submission %s", receipt ? "accepted" : "failed");
            emit decisionSubmitted(request.searchId, receipt.ok());
        });
}

void CheckController::eesNotSent(const QString& errorCode)
{
    m_window.setWarning(tr("An EES record was NOT sent (%1). Record the EES movement manually.").arg(errorCode));
}

void CheckController::submitEesRecord(
    const bd::session::DecisionRecord& recorded, const bd::model::SearchRequest& request, quint64 check)
{
    RecordHandle* handle = m_service.submitEesRecord(recorded, request);
    if (!handle)
        return; // none is due: the page already says why
    handle->setParent(this);
    connect(
        handle, &RecordHandle::finished, this, [this, handle, check](const bd::core::Result<RecordReceipt>& receipt) {
            handle->deleteLater();
            qCInfo(lcUi, "EES record submission %s", receipt ? "accepted" : "failed");
            if (check != m_open.id) { // the officer moved on
                if (!receipt)
                    eesNotSent(receipt.error().code);
                return;
            }
            if (receipt)
                showEes(CheckText::EesState::Sent);
            else
                showEes(CheckText::EesState::NotSent, receipt.error().code);
        });
}

void CheckController::writeToStore(const bd::session::DecisionRecord& prepared, const OfficerDecision& decision)
{
    if (prepared.error) { // nothing to write: the page says why
        decisionWritten(prepared, decision, std::nullopt);
        return;
    }
    m_open.decided = true; // one decision per check, also while this one is being written
    const quint64 check = m_open.id;
    const bd::model::SearchRequest request = m_open.request;
    const QList<bd::model::RecordSubmission> submissions = CheckService::submissionsFor(prepared, request);
    m_decisionStore->write(prepared.entry, submissions, this,
        [this, check, request, prepared, decision](bd::core::Result<QList<qint64>> written) {
            if (written)
                m_service.recordDecisionAudit(request, prepared);
            if (check != m_open.id) { // the officer moved on while it was written
                if (!written)
                    m_window.setWarning(tr("A decision could NOT be recorded locally (%1). Note it on paper and "
                                           "call support.")
                                            .arg(written.error().code));
                qCInfo(lcUi, "decision %s after its check was closed", written ? "written" : "NOT written");
                return;
            }
            if (!written) {
                m_open.decided = false;
                bd::session::DecisionRecord failed = prepared;
                failed.error = written.error();
                decisionWritten(failed, decision, std::nullopt);
                return;
            }
            decisionWritten(prepared, decision, written.value());
        });
}

void CheckController::outboxRecordSent(qint64 seq)
{
    if (seq == 0 || !m_lastConfirmation)
        return;
    if (seq == m_open.eesOutboxSeq) {
        showEes(CheckText::EesState::Sent);
        return;
    }
    if (seq != m_open.outboxSeq)
        return;
    const Confirmation& c = *m_lastConfirmation;
    m_decision.showRecorded(
        c.text + QLatin1Char(' ') + tr("Sent to the central gateway."), c.debrief, c.isOverride, c.matches);
    emit decisionSubmitted(m_open.request.searchId, true);
}

} // namespace bd::ui
