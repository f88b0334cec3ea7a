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
    QString decision;      // "admit", "refuse", "second-line"
    QString refusalReason; // A..J when refused
    QString requiredAction; // the unified result's code the decision was taken on
};

// Step 4 of the check: admit, refuse (with the refusal reason A–J, preselected from the required
// action) or refer to second line. Keyboard first: A / R / S choose, the reason list takes the
// arrow keys or the letter, Enter records. The controller records the decision and reports back.
class DecisionPage : public CheckStepPage
{
    Q_OBJECT
public:
    explicit DecisionPage(QWidget* parent = nullptr);

    void restart() override;
    // The result to decide on; preselects the decision and reason it requires.
    void setResult(const bd::results::UnifiedResult& result);
    // No result (gateway not configured / failed): second line is preselected.
    void setNoResult(const QString& why);
    // After recording: confirmation (and, in training, the debrief); the choice is locked.
    void showRecorded(const QString& confirmation, const QString& debrief = {});
    void showRecordFailed(const QString& message);

    QString selectedDecision() const;
    QString selectedReason() const;
    QString confirmationText() const;
    QString debriefText() const;
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

    QLabel* m_requiredLabel;
    QRadioButton* m_admit;
    QRadioButton* m_refuse;
    QRadioButton* m_secondLine;
    QButtonGroup* m_group;
    QListWidget* m_reasons;
    QPushButton* m_recordButton;
    QLabel* m_confirmation;
    QLabel* m_debrief;
    QString m_requiredAction;
    bool m_recorded = false;
};

} // namespace bd::ui

Q_DECLARE_METATYPE(bd::ui::OfficerDecision)
