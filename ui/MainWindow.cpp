#include "ui/MainWindow.h"

#include "services/core/LogCategories.h"
#include "ui/CheckStepPage.h"
#include "ui/DialogService.h"
#include "widgets/AlertBar.h"
#include "widgets/StepBar.h"
#include "widgets/WatermarkOverlay.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QVBoxLayout>

namespace bd::ui {

MainWindow::MainWindow(Pages pages, Mode mode, QWidget* parent)
    : QMainWindow(parent)
    , m_mode(mode)
    , m_pages { pages.document, pages.biometrics, pages.results, pages.decision }
    , m_alertBar(new bd::widgets::AlertBar(tr("Acknowledge (Ctrl+Shift+A)"), this))
    , m_stepBar(new bd::widgets::StepBar({ tr("Document"), tr("Biometrics"), tr("Results"), tr("Decision") },
          { QStringLiteral("documentStepPushButton"), QStringLiteral("biometricsStepPushButton"),
              QStringLiteral("resultsStepPushButton"), QStringLiteral("decisionStepPushButton") },
          this))
    , m_stack(new QStackedWidget(this))
    , m_modeLabel(new QLabel(this))
    , m_connectivityLabel(new QLabel(this))
    , m_hintLabel(new QLabel(this))
    , m_purposeLabel(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_parkedLabel(new QLabel(this))
    , m_outboxLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(mode == Mode::Training ? tr("BorderDesk \u2014 TRAINING") : tr("BorderDesk"));
    m_stack->setObjectName(QStringLiteral("pagesStackedWidget"));
    for (CheckStepPage* p : std::as_const(m_pages)) {
        Q_ASSERT(p);
        m_stack->addWidget(p);
    }

    buildCentralWidget(mode);
    buildStatusBar(mode);
    buildShortcuts();
    connect(m_stepBar, &bd::widgets::StepBar::stepRequested, this, &MainWindow::showStep);
    showStep(DocumentStep);
}

void MainWindow::buildCentralWidget(Mode mode)
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(m_alertBar);
    layout->addWidget(m_stepBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    if (mode == Mode::Training) {
        m_watermark = new bd::widgets::WatermarkOverlay(tr("TRAINING"), central);
        m_watermark->setObjectName(QStringLiteral("trainingWatermark"));
    }
}

void MainWindow::buildStatusBar(Mode mode)
{
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_modeLabel->setText(mode == Mode::Training ? tr("TRAINING") : tr("LIVE"));
    m_modeLabel->setProperty("mode", mode == Mode::Training ? QStringLiteral("training") : QStringLiteral("live"));
    m_connectivityLabel->setObjectName(QStringLiteral("connectivityLabel"));
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addWidget(m_modeLabel);
    m_hintLabel->setObjectName(QStringLiteral("statusHintLabel"));
    m_hintLabel->setVisible(false);
    statusBar()->addWidget(m_hintLabel);
    m_warningLabel->setObjectName(QStringLiteral("statusWarningLabel"));
    m_warningLabel->setVisible(false);
    // Light on dark red: the status bar is dark, and a warning must be read at a glance (contrast 8:1).
    m_warningLabel->setStyleSheet(
        QStringLiteral("QLabel{color:#ffffff;background:#8a1c12;font-weight:600;border-radius:3px;}"));
    statusBar()->addWidget(m_warningLabel, 1);
    m_parkedLabel->setObjectName(QStringLiteral("parkedChecksLabel"));
    m_parkedLabel->setVisible(false);
    m_parkedLabel->setStyleSheet(QStringLiteral("QLabel{color:#ffd27a;font-weight:600;}")); // amber on the dark bar
    m_parkedLabel->setToolTip(tr("Checks without a decision. F8 lists them."));
    statusBar()->addPermanentWidget(m_parkedLabel);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    m_outboxLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_outboxLabel);
    m_purposeLabel->setObjectName(QStringLiteral("checkPurposeLabel"));
    m_purposeLabel->setToolTip(tr("F6 switches between entry and exit checks."));
    statusBar()->addPermanentWidget(m_purposeLabel);
    statusBar()->addPermanentWidget(m_connectivityLabel);
    setConnectivity(Connectivity::NotConfigured);
    setCheckPurpose(CheckPurpose::Entry);
}

void MainWindow::buildShortcuts()
{
    // Every shortcut works wherever the focus is (the booth's keyboard is its main tool).
    const auto shortcut = [this](const char* name, const QString& text, const QKeySequence& key) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::ApplicationShortcut);
        addAction(action);
        return action;
    };
    const QList<QKeySequence> keys { Qt::Key_F1, Qt::Key_F2, Qt::Key_F3, Qt::Key_F4 };
    const char* names[] = { "documentStepAction", "biometricsStepAction", "resultsStepAction", "decisionStepAction" };
    for (int i = 0; i < StepCount; ++i)
        connect(shortcut(names[i], QString(), keys.at(i)), &QAction::triggered, this, [this, i] { showStep(i); });
    connect(shortcut("restartCheckAction", tr("New check"), Qt::Key_Escape), &QAction::triggered, this,
        &MainWindow::requestNewCheck);
    connect(shortcut("checkPurposeAction", tr("Entry / exit check"), Qt::Key_F6), &QAction::triggered, this,
        &MainWindow::toggleCheckPurpose);
    connect(shortcut("declarationsAction", tr("Declarations\u2026"), Qt::Key_F7), &QAction::triggered, this,
        &MainWindow::declarationsRequested);
    connect(shortcut("parkedChecksAction", tr("Parked checks\u2026"), Qt::Key_F8), &QAction::triggered, this,
        &MainWindow::parkedChecksRequested);
    connect(shortcut("repeatQueryAction", tr("Repeat query for systems that did not answer"),
                QKeySequence(Qt::CTRL | Qt::Key_R)),
        &QAction::triggered, this, &MainWindow::repeatQueryRequested);
    connect(shortcut("acknowledgeAlertsAction", tr("Acknowledge the alerts"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)),
        &QAction::triggered, m_alertBar, &bd::widgets::AlertBar::acknowledge);
    connect(shortcut("outboxRetryAction", tr("Send the records that were not sent again"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)),
        &QAction::triggered, this, &MainWindow::outboxRetryRequested);
}

int MainWindow::currentStep() const
{
    return m_stack->currentIndex();
}

CheckStepPage* MainWindow::page(int step) const
{
    return m_pages.value(step);
}

void MainWindow::showStep(int step)
{
    if (step < 0 || step >= StepCount)
        return;
    m_stack->setCurrentIndex(step);
    m_stepBar->setCurrentStep(step);
}

void MainWindow::restartCheck()
{
    for (CheckStepPage* p : std::as_const(m_pages))
        p->restart();
    showStep(DocumentStep);
    qCInfo(lcUi, "check restarted");
    emit checkRestarted();
}

void MainWindow::requestNewCheck()
{
    // No question in the way of the next traveller: an undecided check is parked by the controller
    // (nothing is lost, F8 brings it back) and the status bar counts it.
    if (m_openCheckUndecided)
        qCInfo(lcUi, "new check: the undecided open check is parked");
    restartCheck();
}

void MainWindow::setParkedChecks(int count)
{
    // The moment a check is parked, say so where the officer looks next (the count stays).
    if (count > m_parkedChecks)
        statusBar()->showMessage(tr("The check without a decision was parked: F8 brings it back."), 10000);
    m_parkedChecks = count;
    // English has no catalogue: the singular is its own string; translations give every plural form.
    m_parkedLabel->setText(count <= 0 ? QString()
            : count == 1              ? tr("%n parked check (F8)", nullptr, count)
                                      : tr("%n parked checks (F8)", nullptr, count));
    m_parkedLabel->setAccessibleName(m_parkedLabel->text());
    m_parkedLabel->setVisible(count > 0);
}

void MainWindow::setOutbox(int waiting, int quarantined)
{
    QStringList parts;
    if (waiting > 0)
        parts << (waiting == 1 ? tr("%n record to send", nullptr, waiting)
                               : tr("%n records to send", nullptr, waiting));
    if (quarantined > 0)
        parts << (quarantined == 1 ? tr("%n record NOT sent (Ctrl+Shift+R)", nullptr, quarantined)
                                   : tr("%n records NOT sent (Ctrl+Shift+R)", nullptr, quarantined));
    m_outboxLabel->setText(parts.join(QStringLiteral(" · ")));
    m_outboxLabel->setProperty("quarantined", quarantined);
    // Waiting is normal offline (amber); a record the gateway would not take needs someone (red).
    m_outboxLabel->setStyleSheet(quarantined > 0
            ? QStringLiteral("QLabel{background:#b3261e;color:#ffffff;font-weight:700;padding:0 6px;}")
            : QStringLiteral("QLabel{color:#ffd27a;font-weight:600;}"));
    m_outboxLabel->setToolTip(quarantined > 0
            ? tr("Records the central gateway did not accept. Ctrl+Shift+R sends them again; if they fail "
                 "again, call support (borderdesk-cli outbox list).")
            : tr("Decisions and records kept safely on this workstation until the central gateway takes them."));
    m_outboxLabel->setAccessibleName(m_outboxLabel->text());
    m_outboxLabel->setVisible(!parts.isEmpty());
}

QString MainWindow::outboxText() const
{
    return m_outboxLabel->text();
}

QString MainWindow::parkedChecksText() const
{
    return m_parkedLabel->text();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const int undecided = m_parkedChecks + (m_openCheckUndecided ? 1 : 0);
    if (undecided > 0) {
        qCWarning(lcUi, "closing with %d undecided checks", undecided);
        // Parked checks are kept in memory only: quitting loses them.
        if (m_dialogs) {
            const ConfirmQuestion question { tr("Undecided checks"),
                undecided == 1
                    ? tr("%n check has no recorded decision. It is lost when BorderDesk quits. Quit anyway?", nullptr,
                        undecided)
                    : tr("%n checks have no recorded decision. They are lost when BorderDesk quits. Quit anyway?",
                        nullptr, undecided),
                tr("Quit anyway"), tr("Stay (Esc)"), false };
            if (!m_dialogs->confirm(this, question)) {
                event->ignore();
                return;
            }
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::setStatusHint(const QString& text)
{
    m_hintLabel->setText(text);
    m_hintLabel->setVisible(!text.isEmpty());
}

void MainWindow::addAlert(const QString& text)
{
    m_alertBar->addAlert(text);
}

QStringList MainWindow::alerts() const
{
    return m_alertBar->alerts();
}

void MainWindow::setWarning(const QString& text)
{
    m_warningLabel->setText(text);
    m_warningLabel->setToolTip(text); // the whole text, when the status bar has to cut it
    m_warningLabel->setAccessibleName(text.isEmpty() ? QString() : tr("Warning: %1").arg(text));
    m_warningLabel->setVisible(!text.isEmpty());
}

QString MainWindow::warningText() const
{
    return m_warningLabel->text();
}

void MainWindow::toggleCheckPurpose()
{
    m_purpose = m_purpose == CheckPurpose::Entry ? CheckPurpose::Exit : CheckPurpose::Entry;
    setCheckPurpose(m_purpose);
    qCInfo(lcUi, "check purpose switched to %s", m_purpose == CheckPurpose::Exit ? "exit" : "entry");
    emit checkPurposeChanged(m_purpose);
}

void MainWindow::setCheckPurpose(CheckPurpose purpose, bool forNextCheck)
{
    m_purpose = purpose;
    const QString text = purpose == CheckPurpose::Exit ? tr("EXIT check") : tr("ENTRY check");
    m_purposeLabel->setText(forNextCheck ? tr("%1 \u2014 from the next traveller").arg(text) : text);
    m_purposeLabel->setAccessibleName(tr("Check purpose: %1").arg(m_purposeLabel->text()));
    m_purposeLabel->setProperty(
        "purpose", purpose == CheckPurpose::Exit ? QStringLiteral("exit") : QStringLiteral("entry"));
    m_purposeLabel->style()->unpolish(m_purposeLabel);
    m_purposeLabel->style()->polish(m_purposeLabel);
}

QString MainWindow::checkPurposeText() const
{
    return m_purposeLabel->text();
}

void MainWindow::setConnectivity(Connectivity connectivity, const QString& detail)
{
    // The label's "connectivity" property names the state for the style sheet and for tests.
    switch (connectivity) {
    case Connectivity::NotConfigured:
        m_connectivityLabel->setText(tr("\u25CF Gateway: not configured \u2014 see the site configuration"));
        m_connectivityLabel->setProperty("connectivity", QStringLiteral("none"));
        break;
    case Connectivity::Checking:
        m_connectivityLabel->setText(tr("\u25CF Gateway: checking\u2026"));
        m_connectivityLabel->setProperty("connectivity", QStringLiteral("checking"));
        break;
    case Connectivity::Online:
        m_connectivityLabel->setText(tr("\u25CF Gateway: online"));
        m_connectivityLabel->setProperty("connectivity", QStringLiteral("online"));
        break;
    case Connectivity::Degraded:
        m_connectivityLabel->setText(tr("\u25CF Gateway: DEGRADED \u2014 some systems not answering"));
        m_connectivityLabel->setProperty("connectivity", QStringLiteral("degraded"));
        break;
    case Connectivity::Offline:
        m_connectivityLabel->setText(tr("\u25CF Gateway: OFFLINE \u2014 no answer from the gateway"));
        m_connectivityLabel->setProperty("connectivity", QStringLiteral("offline"));
        break;
    }
    m_connectivityLabel->setToolTip(detail);
    m_connectivityLabel->style()->unpolish(m_connectivityLabel);
    m_connectivityLabel->style()->polish(m_connectivityLabel);
}

} // namespace bd::ui
