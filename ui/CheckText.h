#pragma once

#include "services/model/Model.h"
#include "services/results/EesRecord.h"
#include "services/results/RepeatQuery.h"
#include "services/results/UnifiedResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace bd::ui {

// What a training scenario expects the trainee to decide, for the trainer's debrief.
struct ExpectedOutcome
{
    bd::model::Decision decision = bd::model::Decision::SecondLine;
    QString refusalReason;
    QString requiredAction;
    QString debrief;
};

// The check controller's words (its translation context): the problem screens, the repeat query,
// a parked check's line, the confirmation of a recorded decision and the training debrief.
class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(bd::ui::CheckController)
public:
    // A problem screen instead of a result.
    struct Problem
    {
        QString headline;
        QString explanation;
        QString why; // for the decision page
    };
    // `why`: the site's own reason, or empty for the standard one.
    static Problem notConfigured(const QString& why);
    static Problem noResult(const QString& errorText); // the gateway failed: the error in words
    static Problem interrupted(); // parked before the systems answered

    // The repeat query (Ctrl+R): the button's offer (empty: nothing to repeat), the status while
    // it runs and once it answered.
    static QString repeatOffer(const bd::results::RepeatPlan& plan);
    static QString repeating(const bd::results::RepeatPlan& plan);
    static QString repeated(bool whole, const QList<bd::model::SystemId>& systems);

    // A parked check in the F8 list: `requiredAction` empty when the check has no result.
    static QString parkedLine(const QDateTime& startedAt,
        bd::model::Purpose purpose,
        const QString& surname,
        const QString& documentNumber,
        std::optional<bd::results::ActionCode> requiredAction);

    // What the officer decided, as the page confirms it.
    struct Taken
    {
        bd::model::Decision decision = bd::model::Decision::SecondLine;
        QString refusalReason;
        bool isOverride = false;
        QString overrideReason; // simplified
    };
    // "Recorded: ... at HH:mm:ss." or "Override recorded: ... although the required action was ...".
    // `shownAction`: the shown result's required action; none: no result was shown.
    static QString confirmation(const Taken& taken, const std::optional<QString>& shownAction, const QDateTime& at);

    // The EES record that follows a decision (rule R57), as the decision page says it: queued with
    // it in the outbox, being sent (no outbox), sent, or not sent (`errorCode`: why) and to be
    // recorded by hand; or why none is due, or that the officer records the movement by hand.
    enum class EesState
    {
        Queued,
        Sending,
        Sent,
        NotSent
    };
    static QString eesRecord(const bd::results::EesRecordPlan& plan, EesState state, const QString& errorCode = {});
    // The officer must act on the EES line (it asks for a manual record).
    static bool eesNeedsOfficer(const bd::results::EesRecordPlan& plan, EesState state);

    // The training debrief: the trainee is judged on what the screen showed (the unified result, or
    // no result: second line), then the scenario's story follows. `shown`: none on the problem
    // screen, whose headline is `problemHeadline`. *matches: the decision is the one required.
    static QString debrief(const Taken& taken,
        const ExpectedOutcome& expected,
        const std::optional<bd::results::UnifiedResult>& shown,
        const QString& problemHeadline,
        bool* matches);

private:
    static QString storyWhenShownDiffers(const ExpectedOutcome& expected,
        const std::optional<bd::results::UnifiedResult>& shown,
        const QString& problemHeadline,
        bool right);
};

} // namespace bd::ui
