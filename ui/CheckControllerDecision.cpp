// CheckController, once the officer has decided: the decision written (the store with its outbox
// record on the store's thread, or the journal), the page's confirmation and debrief, and the
// record sent — by the outbox, or directly when there is no store.
#include "services/core/LogCategories.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/DeclarationsDialog.h"
#include "ui/DialogSupport.h"

namespace bd::ui {

using namespace bd::gateway;
using namespace bd::model;
using bd::session::CheckService;

void CheckController::decisionWritten(
    const bd::session::DecisionRecord& recorded, const OfficerDecision& decision, std::optional<qint64> outboxSeq)
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
    if (!outboxSeq || *outboxSeq == 0) {
        m_decision.showRecorded(confirmation.text, confirmation.debrief, confirmation.isOverride, confirmation.matches);
    } else {
        m_open.outboxSeq = *outboxSeq;
        m_decision.showRecorded(confirmation.text + QLatin1Char(' ') + tr("Waiting to be sent to the central gateway."),
            confirmation.debrief, confirmation.isOverride, confirmation.matches);
    }
    emit decisionRecorded(recorded.entry.searchId, recorded.entry.decision);
    if (!outboxSeq)
        submitDecision(recorded, confirmation);
}

CheckController::Confirmation CheckController::confirmationFor(
    const bd::session::DecisionRecord& recorded, const OfficerDecision& decision) const
{
    const CheckText::Taken taken { decision.decision, decision.refusalReason, recorded.isOverride,
        recorded.entry.overrideReason };
    Confirmation c;
    c.isOverride = recorded.isOverride;
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
    const QString searchId = m_open.request.searchId;
    const quint64 check = m_open.id;
    connect(handle, &RecordHandle::finished, this,
        [this, handle, check, searchId, confirmation](const bd::core::Result<RecordReceipt>& receipt) {
            handle->deleteLater();
            if (check == m_open.id) {
                if (receipt)
                    m_decision.showRecorded(confirmation.text + QLatin1Char(' ') + tr("Sent to the central gateway."),
                        confirmation.debrief, confirmation.isOverride, confirmation.matches);
                else
                    m_decision.showRecordFailed(confirmation.text + QLatin1Char(' ')
                        + tr("NOT sent to the central gateway (%1); it is kept in the local journal.")
                              .arg(receipt.error().code));
            }
            qCInfo(lcUi, "decision submission %s", receipt ? "accepted" : "failed");
            emit decisionSubmitted(searchId, receipt.ok());
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
    std::optional<bd::model::RecordSubmission> submission;
    if (!prepared.entry.idempotencyKey.isEmpty())
        submission = CheckService::submissionFor(prepared.entry, request);
    m_decisionStore->write(
        prepared.entry, submission, this, [this, check, request, prepared, decision](bd::core::Result<qint64> written) {
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
    if (seq == 0 || seq != m_open.outboxSeq || !m_lastConfirmation)
        return;
    const Confirmation& c = *m_lastConfirmation;
    m_decision.showRecorded(
        c.text + QLatin1Char(' ') + tr("Sent to the central gateway."), c.debrief, c.isOverride, c.matches);
    emit decisionSubmitted(m_open.request.searchId, true);
}

} // namespace bd::ui
