#include "ui/ScreenPrivacyGuard.h"

#include "services/core/LogCategories.h"
#include "ui/MainWindow.h"

#include <QEvent>
#include <QStatusBar>

using namespace std::chrono_literals;

namespace bd::ui {

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

ScreenPrivacyGuard::ScreenPrivacyGuard(
    MainWindow& window, int clearAfterDecisionSeconds, int idleSeconds, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_clearAfterDecisionSeconds(clearAfterDecisionSeconds)
    , m_idleSeconds(idleSeconds)
{
    m_afterDecision.setSingleShot(true);
    m_afterDecision.setInterval(std::chrono::seconds(qMax(0, clearAfterDecisionSeconds)));
    m_idle.setSingleShot(true);
    m_idle.setInterval(std::chrono::seconds(qMax(0, idleSeconds)));
    connect(&m_afterDecision, &QTimer::timeout, this, &ScreenPrivacyGuard::clearAfterDecision);
    connect(&m_idle, &QTimer::timeout, this, &ScreenPrivacyGuard::clearAfterIdle);
    connect(&window, &MainWindow::checkRestarted, this, &ScreenPrivacyGuard::checkRestarted);
    restartWaits();
}

bool ScreenPrivacyGuard::eventFilter(QObject* watched, QEvent* event)
{
    // Only what a person does counts; every widget sees the same event, the restart is cheap.
    if (isInput(event->type()))
        restartWaits();
    return QObject::eventFilter(watched, event);
}

void ScreenPrivacyGuard::restartWaits()
{
    if (m_idleSeconds > 0)
        m_idle.start();
    if (m_decisionOnScreen && m_clearAfterDecisionSeconds > 0)
        m_afterDecision.start();
}

void ScreenPrivacyGuard::decisionRecorded()
{
    m_decisionOnScreen = true;
    restartWaits();
}

void ScreenPrivacyGuard::checkRestarted()
{
    m_decisionOnScreen = false;
    m_afterDecision.stop();
}

void ScreenPrivacyGuard::clearAfterDecision()
{
    if (!m_decisionOnScreen)
        return;
    clear(tr("Screen cleared %1 s after the decision.").arg(m_clearAfterDecisionSeconds));
}

void ScreenPrivacyGuard::clearAfterIdle()
{
    clear(m_idleSeconds >= 60 ? tr("Screen cleared: no input for %1 min.").arg(m_idleSeconds / 60)
                              : tr("Screen cleared: no input for %1 s.").arg(m_idleSeconds));
}

void ScreenPrivacyGuard::clear(const QString& why)
{
    const bool afterDecision = m_decisionOnScreen;
    const int parkedBefore = m_window.parkedChecks();
    m_window.requestNewCheck(); // parks an undecided check: nothing is lost
    const bool parked = m_window.parkedChecks() > parkedBefore;
    m_window.statusBar()->showMessage(
        parked ? why + QLatin1Char(' ') + tr("The undecided check was parked: F8 brings it back.") : why);
    qCInfo(lcUi, "screen cleared for privacy (%s)%s", afterDecision ? "after a decision" : "idle",
        parked ? "; the undecided check was parked" : "");
    m_idle.stop(); // nothing left to clear until someone works again
}

} // namespace bd::ui
