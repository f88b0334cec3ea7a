#pragma once

#include <QObject>
#include <QTimer>

namespace bd::ui {

class MainWindow;

// Takes the traveller's data off the screen when the officer has moved on: a set time after a
// decision was recorded, and after a longer time without any keyboard or mouse input. Clearing is
// the officer's own Esc (MainWindow::requestNewCheck): an undecided check is parked (F8), never
// discarded. Any input restarts both waits. Installed as an application event filter by the
// composition root; a zero time switches that clearing off.
class ScreenPrivacyGuard : public QObject
{
    Q_OBJECT
public:
    ScreenPrivacyGuard(MainWindow& window, int clearAfterDecisionSeconds, int idleSeconds, QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

    // For tests: the two waits (single shot; running while they may still clear the screen).
    const QTimer& decisionTimer() const { return m_afterDecision; }
    const QTimer& idleTimer() const { return m_idle; }

public slots:
    // A decision was recorded for the open check: the wait after a decision starts.
    void decisionRecorded();
    // The pages started a new check (Esc, a new read, a restored check): nothing decided on screen.
    void checkRestarted();
    // What the timers call.
    void clearAfterDecision();
    void clearAfterIdle();

private:
    void clear(const QString& why);
    void restartWaits();

    MainWindow& m_window;
    QTimer m_afterDecision;
    QTimer m_idle;
    int m_clearAfterDecisionSeconds;
    int m_idleSeconds;
    bool m_decisionOnScreen = false;
};

} // namespace bd::ui
