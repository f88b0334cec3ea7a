#pragma once

#include <QStringList>
#include <QWidget>

class QButtonGroup;

namespace bd::widgets {

// A row of numbered steps ("1 Document", "2 Biometrics", ...) with one current step. Clicking a
// step asks to go there (stepRequested); the owner decides and calls setCurrentStep().
class StepBar : public QWidget
{
    Q_OBJECT
public:
    // objectNames: one per step, given to the step's button (the GUI-test contract).
    StepBar(const QStringList& titles, const QStringList& objectNames, QWidget* parent = nullptr);

    int count() const;
    int currentStep() const { return m_current; }
    void setCurrentStep(int index);
    void setStepTitle(int index, const QString& title);

signals:
    void stepRequested(int index);

private:
    QButtonGroup* m_group;
    QStringList m_titles;
    int m_current = 0;
};

} // namespace bd::widgets
