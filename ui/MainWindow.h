#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace bd::widgets {
class StepBar;
class WatermarkOverlay;
} // namespace bd::widgets

namespace bd::ui {

class CheckStepPage;

// The booth window: hosts the four check-flow pages and the actions between them (F1–F4 switch
// steps, Esc starts a new check), a status bar with mode and connectivity, and in training mode
// a TRAINING watermark over every page. No domain logic: pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Mode
    {
        Live,
        Training
    };
    enum class Connectivity
    {
        NotConfigured,
        Online,
        Offline
    };
    enum Step
    {
        DocumentStep,
        BiometricsStep,
        ResultsStep,
        DecisionStep,
        StepCount
    };

    struct Pages
    {
        CheckStepPage* document = nullptr;
        CheckStepPage* biometrics = nullptr;
        CheckStepPage* results = nullptr;
        CheckStepPage* decision = nullptr;
    };

    MainWindow(Pages pages, Mode mode, QWidget* parent = nullptr);

    Mode mode() const { return m_mode; }
    int currentStep() const;
    void setConnectivity(Connectivity connectivity);
    // A short keyboard hint in the status bar beside the mode, e.g. "F9  Training scenario".
    void setStatusHint(const QString& text);

public slots:
    void showStep(int step);
    void restartCheck();

signals:
    void checkRestarted();

private:
    CheckStepPage* page(int step) const;

    Mode m_mode;
    QList<CheckStepPage*> m_pages;
    bd::widgets::StepBar* m_stepBar;
    QStackedWidget* m_stack;
    QLabel* m_modeLabel;
    QLabel* m_connectivityLabel;
    QLabel* m_hintLabel;
    bd::widgets::WatermarkOverlay* m_watermark = nullptr;
};

} // namespace bd::ui
