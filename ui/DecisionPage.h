#pragma once

#include "services/results/UnifiedResult.h"
#include "ui/CheckStepPage.h"

#include <optional>

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace bd::widgets {
class TravellerHeader;
}

namespace bd::ui {

// What the officer decided.
struct OfficerDecision
{
    bd::model::Decision decision = bd::model::Decision::SecondLine;
    QString refusalReason; // A..I when refused
    QString requiredAction; // the unified result's code the decision was taken on
    // An override (a decision other than the required one, second line excepted): why, in the
    // officer's words (trimmed). Empty when the decision follows the required action.
    QString overrideReason {};
};

// Step 4 of the check. At entry: admit, refuse (with the refusal reason A–I, preselected from the
// required action) or refer to second line; at exit: let exit or refer to second line. When the
// required refusal has no confirmed letter (no travel authorisation) Refuse is preselected without
// a letter and the page says the officer chooses it. The result's notes (leaflet to hand out, minor,
// grace period ...) are listed above the choice. Keyboard first: A / R / S (L at exit) choose, the
// reason list takes the arrow keys or the letter, Enter records. The controller records the
// decision and reports back.
//
// Departing from the required action (an override; referring to second line is always allowed as
// the more cautious step) has friction: an "Override" panel asks why (free text, at least a few
// meaningful characters), the record button becomes "Record override…", and the first Enter only
// arms an in-page confirmation that a second Enter records. Whatever keeps the choice from being
// recorded (no refusal letter, no reason) is said next to the record button, never only greyed out.
class DecisionPage : public CheckStepPage
{
    Q_OBJECT
public:
    explicit DecisionPage(QWidget* parent = nullptr);

    void restart() override; // the traveller header stays: the controller sets it
    bd::widgets::TravellerHeader* travellerHeader() const { return m_traveller; }
    // The result to decide on; preselects the decision and reason it requires.
    void setResult(const bd::results::UnifiedResult& result);
    // No result (gateway not configured / failed): second line is preselected; `purpose` chooses
    // the entry or the exit choices.
    void setNoResult(const QString& why, bd::model::Purpose purpose = bd::model::Purpose::EntryCheck);
    // After recording: confirmation (and, in training, the debrief); the choice is locked. An
    // override's confirmation is amber, not green; the debrief is green when the decision matches
    // and red when it differs.
    void showRecorded(
        const QString& confirmation, const QString& debrief = {}, bool isOverride = false, bool debriefMatches = true);
    void showRecordFailed(const QString& message);
    // Under the confirmation: the EES record that follows the decision (queued, sent, none and why,
    // or to be recorded by hand: `needsOfficer` shows it amber). Empty hides it.
    void showEesRecord(const QString& text, bool needsOfficer);
    QString eesRecordText() const;
    // The repeat query (Ctrl+R) is possible for this check: the button says so; empty hides it.
    void setRepeatOffer(const QString& text);
    // Something about the repeat query the officer must know (it runs, failed, nothing to repeat).
    void setRepeatStatus(const QString& text);
    QString repeatStatusText() const;
    bool isRepeatOffered() const;

    // The chosen decision's key ("admit", ..., empty: none chosen), as tests and assistive text read it.
    QString selectedDecision() const;
    QString selectedReason() const;
    QString confirmationText() const;
    QString debriefText() const;
    QString requiredText() const; // the required action line
    QString letterHintText() const; // why no refusal letter is preselected (empty when one is)
    QStringList notes() const; // the result's notes as listed on the page
    QString recordHintText() const; // why recording is not possible yet (next to the record button)
    bool isExitCheck() const { return m_exit; }
    bool isRecorded() const { return m_recorded; }
    bool canRecord() const;
    // The selected decision departs from the required one and is not the more cautious second line.
    bool isOverride() const;
    bool isOverrideArmed() const { return m_overrideArmed; }
    QString overrideReason() const; // trimmed
    // At least 8 characters after trimming, 4 of them letters: "n/a" or "........" is no reason
    // (bd::session::isMeaningfulReason, the rule the decision is recorded by).
    static bool isMeaningfulReason(const QString& reason);

public slots:
    void record(); // emits decisionTaken when the choice is complete

signals:
    void decisionTaken(const bd::ui::OfficerDecision& decision);
    void repeatQueryRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The steps of the constructor, in order (widget creation order is the tab order).
    void buildHeader(QVBoxLayout* layout);
    void buildChoices(QHBoxLayout* row);
    void buildReasonPanel(QHBoxLayout* row);
    void buildOverridePanel(QVBoxLayout* layout);
    void buildRecordRow(QVBoxLayout* layout);
    void buildOutcome(QVBoxLayout* layout);
    void connectInputs();
    void updateState();
    void choiceChanged();
    void selectDecision(bd::model::Decision decision);
    std::optional<bd::model::Decision> chosenDecision() const;
    void setExitChoices(bool exit);

    bd::widgets::TravellerHeader* m_traveller;
    QLabel* m_requiredLabel;
    QLabel* m_notesLabel;
    QRadioButton* m_letExit;
    QRadioButton* m_admit;
    QRadioButton* m_refuse;
    QRadioButton* m_secondLine;
    QButtonGroup* m_group;
    QWidget* m_reasonPanel;
    QListWidget* m_reasons;
    QLabel* m_letterHint;
    QWidget* m_overridePanel;
    QLabel* m_overrideTitle;
    QLineEdit* m_overrideReason;
    QLabel* m_overrideConfirm;
    QLabel* m_recordHint;
    QPushButton* m_recordButton;
    QPushButton* m_repeatButton;
    QLabel* m_repeatStatus;
    QLabel* m_confirmation;
    QLabel* m_eesRecord;
    QLabel* m_debrief;
    std::optional<bd::results::ActionCode> m_requiredAction;
    std::optional<bd::model::Decision> m_requiredDecision; // what the result requires (second line without a result)
    QStringList m_notes;
    bool m_exit = false;
    bool m_recorded = false;
    bool m_overrideArmed = false; // the first Enter on an override: the second one records
};

} // namespace bd::ui

Q_DECLARE_METATYPE(bd::ui::OfficerDecision)
