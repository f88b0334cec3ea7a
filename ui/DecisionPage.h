#pragma once

#include "services/results/UnifiedResult.h"
#include "ui/CheckStepPage.h"

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace bd::ui {

// What the officer decided.
struct OfficerDecision
{
    QString decision; // "admit", "refuse", "second-line", "let-exit"
    QString refusalReason; // A..I when refused
    QString requiredAction; // the unified result's code the decision was taken on
};

// Step 4 of the check. At entry: admit, refuse (with the refusal reason A–I, preselected from the
// required action) or refer to second line; at exit: let exit or refer to second line. When the
// required refusal has no confirmed letter (no travel authorisation) Refuse is preselected without
// a letter and the page says the officer chooses it. The result's notes (leaflet to hand out, minor,
// grace period ...) are listed above the choice. Keyboard first: A / R / S (L at exit) choose, the
// reason list takes the arrow keys or the letter, Enter records. The controller records the
// decision and reports back.
class DecisionPage : public CheckStepPage
{
    Q_OBJECT
public:
    explicit DecisionPage(QWidget* parent = nullptr);

    void restart() override;
    // The result to decide on; preselects the decision and reason it requires.
    void setResult(const bd::results::UnifiedResult& result);
    // No result (gateway not configured / failed): second line is preselected; `purpose` chooses
    // the entry or the exit choices.
    void setNoResult(const QString& why, bd::gateway::Purpose purpose = bd::gateway::Purpose::EntryCheck);
    // After recording: confirmation (and, in training, the debrief); the choice is locked.
    void showRecorded(const QString& confirmation, const QString& debrief = {});
    void showRecordFailed(const QString& message);

    QString selectedDecision() const;
    QString selectedReason() const;
    QString confirmationText() const;
    QString debriefText() const;
    QString requiredText() const; // the required action line
    QString letterHintText() const; // why no refusal letter is preselected (empty when one is)
    QStringList notes() const; // the result's notes as listed on the page
    bool isExitCheck() const { return m_exit; }
    bool isRecorded() const { return m_recorded; }
    bool canRecord() const;

public slots:
    void record(); // emits decisionTaken when the choice is complete

signals:
    void decisionTaken(const bd::ui::OfficerDecision& decision);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateState();
    void selectDecision(const QString& decision);
    void setExitChoices(bool exit);

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
    QPushButton* m_recordButton;
    QLabel* m_confirmation;
    QLabel* m_debrief;
    QString m_requiredAction;
    QStringList m_notes;
    bool m_exit = false;
    bool m_recorded = false;
};

} // namespace bd::ui

Q_DECLARE_METATYPE(bd::ui::OfficerDecision)
