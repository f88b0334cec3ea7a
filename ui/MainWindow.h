#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace bd::widgets {
class AlertBar;
class StepBar;
class WatermarkOverlay;
} // namespace bd::widgets

namespace bd::ui {

class CheckStepPage;
class DialogService;

// The booth window: hosts the four check-flow pages and the actions between them (F1–F4 switch
// steps, Esc starts a new check, F6 switches between entry and exit checks, F7 asks for the
// officer's declarations, F8 lists the parked checks, Ctrl+R repeats the query for the systems
// that did not answer), a status bar with mode, check purpose, parked checks and connectivity,
// and in training mode a TRAINING watermark over every page. No domain logic: pages and the
// controller do the work; the controller tells the window whether the open check is undecided
// and how many checks are parked, so quitting can warn before undecided checks are lost.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Mode
    {
        Live,
        Training
    };
    // The gateway link as the status bar shows it (app/ maps the connectivity monitor onto it).
    // Checking: no answer yet — never shown as online.
    enum class Connectivity
    {
        NotConfigured,
        Checking,
        Online,
        Degraded,
        Offline
    };
    // What the next check is for (the officer switches with F6).
    enum class CheckPurpose
    {
        Entry,
        Exit
    };
    Q_ENUM(CheckPurpose)
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
    // `detail` (why: the systems not answering, the link's error) goes to the label's tooltip.
    void setConnectivity(Connectivity connectivity, const QString& detail = {});
    // A short keyboard hint in the status bar beside the mode, e.g. "F9  Training scenario".
    void setStatusHint(const QString& text);
    // A lasting warning in the status bar (e.g. the visa list did not load); empty hides it.
    void setWarning(const QString& text);
    QString warningText() const;
    CheckPurpose checkPurpose() const { return m_purpose; }
    // Sets the purpose shown in the status bar (no checkPurposeChanged). `forNextCheck`: the open
    // check keeps its own purpose; the status bar says that the new one applies from the next traveller.
    void setCheckPurpose(CheckPurpose purpose, bool forNextCheck = false);
    QString checkPurposeText() const;
    // Asks the officer before quitting with undecided checks; without one, closing only logs them.
    void setDialogService(DialogService* dialogs) { m_dialogs = dialogs; }
    // The open check has a request and no recorded decision.
    void setOpenCheckUndecided(bool undecided) { m_openCheckUndecided = undecided; }
    bool isOpenCheckUndecided() const { return m_openCheckUndecided; }
    // "N parked checks (F8)" in the status bar; 0 hides it.
    void setParkedChecks(int count);
    int parkedChecks() const { return m_parkedChecks; }
    QString parkedChecksText() const;
    // The outbox in the status bar: records waiting to be sent to the centre, and records the
    // gateway refused or that failed too often (quarantined: Ctrl+Shift+R sends them again). Both 0
    // hide it.
    void setOutbox(int waiting, int quarantined);
    QString outboxText() const;
    // An alert that stays across checks until the officer acknowledges it (a retro-hit): the red bar
    // above the steps.
    void addAlert(const QString& text);
    QStringList alerts() const;

public slots:
    void showStep(int step);
    // A new check now: every page restarts (the controller parks an undecided check).
    void restartCheck();
    // Esc: a new check; an undecided open check is parked (F8 lists it), never asked about, so
    // nothing stands between the officer and the next traveller.
    void requestNewCheck();
    // F6: entry ↔ exit; emits checkPurposeChanged.
    void toggleCheckPurpose();

signals:
    void checkRestarted();
    void checkPurposeChanged(bd::ui::MainWindow::CheckPurpose purpose);
    // F7: the officer wants to record what was declared at the booth.
    void declarationsRequested();
    // F8: the list of parked checks.
    void parkedChecksRequested();
    // Ctrl+R: repeat the query for the systems that did not answer.
    void repeatQueryRequested();
    // Ctrl+Shift+R: send the quarantined outbox records again.
    void outboxRetryRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    CheckStepPage* page(int step) const;
    // The steps of the constructor, in order.
    void buildCentralWidget(Mode mode);
    void buildStatusBar(Mode mode);
    void buildShortcuts();

    Mode m_mode;
    QList<CheckStepPage*> m_pages;
    bd::widgets::AlertBar* m_alertBar;
    bd::widgets::StepBar* m_stepBar;
    QStackedWidget* m_stack;
    QLabel* m_modeLabel;
    QLabel* m_connectivityLabel;
    QLabel* m_hintLabel;
    QLabel* m_purposeLabel;
    QLabel* m_warningLabel;
    QLabel* m_parkedLabel;
    QLabel* m_outboxLabel;
    DialogService* m_dialogs = nullptr;
    bool m_openCheckUndecided = false;
    int m_parkedChecks = 0;
    CheckPurpose m_purpose = CheckPurpose::Entry;
    bd::widgets::WatermarkOverlay* m_watermark = nullptr;
};

} // namespace bd::ui
