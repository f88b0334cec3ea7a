#include "ui/CheckText.h"

#include "ui/ResultText.h"

#include <QStringList>

namespace bd::ui {

using bd::model::Decision;

CheckText::Problem CheckText::notConfigured(const QString& why)
{
    const QString reason = why.isEmpty()
        ? tr("No central gateway is configured for this workstation (gateway URL and certificates in the site "
             "settings).")
        : why;
    return Problem { tr("No search possible — the central gateway is not configured."),
        reason + QLatin1Char(' ') + tr("Nothing was checked: no system results are shown."),
        tr("the central gateway is not configured.") };
}

CheckText::Problem CheckText::noResult(const QString& errorText)
{
    return Problem { tr("No search result — %1").arg(errorText),
        tr("Nothing was checked: no system results are shown. Refer to second line."), errorText };
}

CheckText::Problem CheckText::interrupted()
{
    return Problem { tr("Search interrupted — this check was parked before the systems answered."),
        tr("Nothing was checked: no system results are shown. Repeat the query (Ctrl+R) or refer to second "
           "line."),
        tr("the search was interrupted when the check was parked.") };
}

QString CheckText::repeatOffer(const bd::results::RepeatPlan& plan)
{
    if (plan.isEmpty())
        return {};
    return plan.whole ? tr("Repeat the whole query (Ctrl+R)")
                      : tr("Repeat query for %1 (Ctrl+R)").arg(ResultText::systemNames(plan.systems));
}

QString CheckText::repeating(const bd::results::RepeatPlan& plan)
{
    return plan.whole ? tr("Repeating the whole query…")
                      : tr("Repeating the query for %1…").arg(ResultText::systemNames(plan.systems));
}

QString CheckText::repeated(bool whole, const QList<bd::model::SystemId>& systems)
{
    return whole ? tr("The whole query was repeated: the result shown is the new search.")
                 : tr("The query was repeated for %1: the result includes the new answers.")
                       .arg(ResultText::systemNames(systems));
}

QString CheckText::parkedLine(const QDateTime& startedAt,
    bd::model::Purpose purpose,
    const QString& surname,
    const QString& documentNumber,
    std::optional<bd::results::ActionCode> requiredAction)
{
    const QString kind = purpose == bd::model::Purpose::ExitCheck ? tr("Exit check") : tr("Entry check");
    const QString state
        = requiredAction ? tr("Required: %1").arg(ResultText::actionHeadline(*requiredAction)) : tr("no result");
    return tr("%1  %2  %3 %4  \u2014  %5")
        .arg(startedAt.toLocalTime().toString(QStringLiteral("HH:mm")), kind, surname, documentNumber, state);
}

QString CheckText::confirmation(const Taken& taken, const std::optional<QString>& shownAction, const QDateTime& at)
{
    QString what = ResultText::decisionText(taken.decision);
    if (!taken.refusalReason.isEmpty())
        what += tr(" — reason %1 (%2)").arg(taken.refusalReason, ResultText::refusalReasonText(taken.refusalReason));
    QString text;
    if (taken.isOverride) {
        const QString required
            = shownAction ? ResultText::actionHeadline(*shownAction) : tr("refer to second line (no search result)");
        text = tr("Override recorded: %1 although the required action was %2").arg(what, required);
    } else {
        text = tr("Recorded: %1").arg(what);
    }
    text += tr(" at %1.").arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    if (taken.isOverride)
        text += QLatin1Char(' ') + tr("Your reason: \u201c%1\u201d").arg(taken.overrideReason);
    return text;
}

QString CheckText::eesRecord(const bd::results::EesRecordPlan& plan, EesState state, const QString& errorCode)
{
    using bd::results::EesReason;
    using bd::results::EesRecordKind;
    if (plan.kind) {
        QString record;
        switch (*plan.kind) {
        case EesRecordKind::Entry:
            record = tr("EES entry record");
            break;
        case EesRecordKind::Exit:
            record = tr("EES exit record");
            break;
        case EesRecordKind::Refusal:
            record = tr("EES refusal record (reason %1)").arg(plan.refusalLetter);
            break;
        }
        switch (state) {
        case EesState::Queued:
            return tr("%1 queued.").arg(record);
        case EesState::Sending:
            return tr("%1 being sent.").arg(record);
        case EesState::Sent:
            return tr("%1 sent.").arg(record);
        case EesState::NotSent:
            return tr("%1 NOT sent (%2): record the EES movement manually.").arg(record, errorCode);
        }
    }
    switch (plan.reason) {
    case EesReason::NotFinal:
        return tr("No EES record yet: second line is not a final decision; second line records the movement.");
    case EesReason::NotABorderCrossing:
        return tr("No EES record: a visa application is not a border crossing.");
    case EesReason::FreeMovement:
        return tr("No EES record: EU, EEA or Swiss citizen.");
    case EesReason::ResidenceCard:
        return tr("No EES record: family member of an EU citizen with a residence card.");
    case EesReason::ResidenceTitle:
        return tr("No EES record: holder of a residence permit or long-stay visa.");
    case EesReason::NoMovement:
        return tr("No EES record: the traveller was not let exit.");
    case EesReason::RegimeUnknown:
        return tr("Record the EES movement manually: nationality unknown or not on the visa list.");
    case EesReason::ExemptionUnconfirmed:
        return tr("Record the EES movement manually if it is due: Andorra, Monaco, San Marino and Vatican passports "
                  "are believed exempt from the EES, which is not confirmed.");
    case EesReason::RefusalWithoutLetter:
        return tr("Record the EES refusal manually: the refusal has no reason letter.");
    case EesReason::DecisionNotForDirection:
        return tr("Record the EES movement manually: the decision does not fit the direction of the check.");
    case EesReason::Entry:
    case EesReason::Exit:
    case EesReason::Refusal:
        break;
    }
    return tr("Record the EES movement manually.");
}

bool CheckText::eesNeedsOfficer(const bd::results::EesRecordPlan& plan, EesState state)
{
    return plan.manual || (plan.kind && state == EesState::NotSent);
}

QString CheckText::debrief(const Taken& taken,
    const ExpectedOutcome& expected,
    const std::optional<bd::results::UnifiedResult>& shown,
    const QString& problemHeadline,
    bool* matches)
{
    // What the screen showed is what the trainee decided on: the unified result as shown, or no
    // result (second line).
    const Decision shownDecision = shown ? shown->requiredAction.decision : Decision::SecondLine;
    const QString shownLetter = shown ? shown->requiredAction.refusalReason : QString();
    const bool right = taken.decision == shownDecision
        && (shownDecision != Decision::Refuse || shownLetter.isEmpty() || shownLetter == taken.refusalReason);
    *matches = right;
    QStringList parts;
    if (shown && shown->requiredAction.code == bd::results::actionFromKey(expected.requiredAction)) {
        const QString verdict = right ? tr("Your decision matches") : tr("Your decision DIFFERS");
        const QString expectedLetter
            = expected.refusalReason.isEmpty() ? QString() : tr(", reason %1").arg(expected.refusalReason);
        parts << tr("TRAINING DEBRIEF — %1. Expected: %2%3 (required action %4).")
                     .arg(verdict, ResultText::decisionText(expected.decision), expectedLetter,
                         ResultText::actionShort(expected.requiredAction));
        parts << expected.debrief;
    } else {
        parts << storyWhenShownDiffers(expected, shown, problemHeadline, right);
    }
    // The numbers of the debrief's own sentences are the ones the screen showed.
    if (shown && shown->stay.applicable && shown->stay.assessment) {
        const auto& a = *shown->stay.assessment;
        QString stay = tr("On screen: %n day(s) of stay used in the last 180 days", nullptr, a.daysUsed);
        if (a.overstayDays > 0)
            stay += tr(", %n day(s) over the limit", nullptr, a.overstayDays);
        parts << stay + QLatin1Char('.');
    }
    if (taken.isOverride)
        parts << tr("You overrode the required action. Your reason: \u201c%1\u201d").arg(taken.overrideReason);
    return parts.join(QLatin1Char('\n'));
}

QString CheckText::storyWhenShownDiffers(const ExpectedOutcome& expected,
    const std::optional<bd::results::UnifiedResult>& shown,
    const QString& problemHeadline,
    bool right)
{
    // The screen showed something else than the scenario's story (a system did not answer, the
    // stream broke off ...): the trainee is judged on what was shown, the story follows.
    const Decision shownDecision = shown ? shown->requiredAction.decision : Decision::SecondLine;
    const QString shownLetter = shown ? shown->requiredAction.refusalReason : QString();
    const QString expectedLetter
        = expected.refusalReason.isEmpty() ? QString() : tr(", reason %1").arg(expected.refusalReason);
    QString because;
    if (shown && !shown->unanswered.isEmpty())
        because = tr(" because %1 did not answer").arg(ResultText::systemNames(shown->unanswered));
    else if (shown && !shown->integrityProblems.isEmpty())
        because = tr(" because the answers could not be trusted as a whole");
    const QString headline = shown   ? ResultText::actionHeadline(shown->requiredAction.code)
        : !problemHeadline.isEmpty() ? problemHeadline
                                     : tr("no result");
    QStringList parts;
    parts << (right ? tr("TRAINING DEBRIEF — Your decision matches what the screen required.")
                    : tr("TRAINING DEBRIEF — Your decision DIFFERS from what the screen required."));
    parts << tr("The screen showed: %1%2; the right decision on what you saw was: %3%4.")
                 .arg(headline, because, ResultText::decisionText(shownDecision),
                     shownLetter.isEmpty() ? QString() : tr(", reason %1").arg(shownLetter));
    parts << tr("With every system answering, this scenario is: %1%2 (required action %3). %4")
                 .arg(ResultText::decisionText(expected.decision), expectedLetter,
                     ResultText::actionShort(expected.requiredAction), expected.debrief);
    return parts.join(QLatin1Char('\n'));
}

} // namespace bd::ui
