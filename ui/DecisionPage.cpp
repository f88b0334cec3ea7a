#include "ui/DecisionPage.h"

#include "ui/ResultText.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace bd::ui {

namespace decisions = bd::results::decisions;

DecisionPage::DecisionPage(QWidget* parent)
    : CheckStepPage(parent)
    , m_requiredLabel(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_letExit(new QRadioButton(tr("&Let exit"), this))
    , m_admit(new QRadioButton(tr("&Admit"), this))
    , m_refuse(new QRadioButton(tr("&Refuse entry"), this))
    , m_secondLine(new QRadioButton(tr("Refer to &second line"), this))
    , m_group(new QButtonGroup(this))
    , m_reasonPanel(new QWidget(this))
    , m_reasons(new QListWidget(m_reasonPanel))
    , m_letterHint(new QLabel(m_reasonPanel))
    , m_recordButton(new QPushButton(tr("Record decision (Enter)"), this))
    , m_confirmation(new QLabel(this))
    , m_debrief(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    m_requiredLabel->setObjectName(QStringLiteral("requiredActionLabel"));
    m_requiredLabel->setWordWrap(true);
    m_requiredLabel->setTextFormat(Qt::PlainText);
    m_requiredLabel->setStyleSheet(QStringLiteral("QLabel{font-size:15pt;font-weight:600;}"));
    layout->addWidget(m_requiredLabel);
    // What the officer must also do or tell (leaflet, minor, grace period ...), read before recording.
    m_notesLabel->setObjectName(QStringLiteral("decisionNotes"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextFormat(Qt::PlainText);
    m_notesLabel->setStyleSheet(QStringLiteral(
        "QLabel{background:#fff8e1;color:#3e2c00;border-left:8px solid #c77800;padding:8px;font-size:12pt;}"));
    layout->addWidget(m_notesLabel);

    auto* row = new QHBoxLayout;
    auto* choices = new QVBoxLayout;
    for (QRadioButton* b : { m_letExit, m_admit, m_refuse, m_secondLine }) {
        b->setStyleSheet(QStringLiteral("QRadioButton{font-size:16pt;padding:8px;}"));
        choices->addWidget(b);
        m_group->addButton(b);
    }
    m_letExit->setObjectName(QStringLiteral("letExitChoice"));
    m_admit->setObjectName(QStringLiteral("admitChoice"));
    m_refuse->setObjectName(QStringLiteral("refuseChoice"));
    m_secondLine->setObjectName(QStringLiteral("secondLineChoice"));
    choices->addStretch();
    row->addLayout(choices, 1);

    auto* reasonBox = new QVBoxLayout(m_reasonPanel);
    reasonBox->setContentsMargins(0, 0, 0, 0);
    auto* reasonTitle = new QLabel(tr("Refusal reason (SBC Annex V Part B):"), m_reasonPanel);
    reasonTitle->setBuddy(m_reasons);
    reasonBox->addWidget(reasonTitle);
    m_reasons->setObjectName(QStringLiteral("refusalReasons"));
    for (const QString& letter : ResultText::refusalLetters()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(letter, ResultText::refusalReasonText(letter)), m_reasons);
        item->setData(Qt::UserRole, letter);
    }
    m_reasons->setMinimumWidth(520);
    reasonBox->addWidget(m_reasons);
    m_letterHint->setObjectName(QStringLiteral("refusalLetterHint"));
    m_letterHint->setWordWrap(true);
    m_letterHint->setTextFormat(Qt::PlainText);
    m_letterHint->setStyleSheet(QStringLiteral("QLabel{color:#6b1109;font-weight:600;}"));
    reasonBox->addWidget(m_letterHint);
    row->addWidget(m_reasonPanel, 2);
    layout->addLayout(row, 1);

    m_recordButton->setObjectName(QStringLiteral("recordDecisionButton"));
    m_recordButton->setDefault(true);
    m_recordButton->setAutoDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_recordButton);
    layout->addLayout(buttons);

    m_confirmation->setObjectName(QStringLiteral("decisionConfirmation"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_confirmation);
    m_debrief->setObjectName(QStringLiteral("trainingDebrief"));
    m_debrief->setWordWrap(true);
    m_debrief->setTextFormat(Qt::PlainText);
    m_debrief->setStyleSheet(
        QStringLiteral("QLabel{background:#eef3fb;border:1px solid #8aa4c8;border-radius:6px;padding:10px;}"));
    layout->addWidget(m_debrief);

    connect(m_group, &QButtonGroup::buttonToggled, this, [this] { updateState(); });
    connect(m_reasons, &QListWidget::currentRowChanged, this, [this] { updateState(); });
    connect(m_recordButton, &QPushButton::clicked, this, &DecisionPage::record);
    // Enter records from anywhere on the page; a letter picks the reason while refusing.
    for (int key : { Qt::Key_Return, Qt::Key_Enter }) {
        auto* s = new QShortcut(QKeySequence(key), this, this, &DecisionPage::record);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    }
    restart();
}

void DecisionPage::setExitChoices(bool exit)
{
    // At exit there is nothing to admit or refuse: the person leaves or goes to second line.
    m_exit = exit;
    m_letExit->setVisible(exit);
    m_admit->setVisible(!exit);
    m_refuse->setVisible(!exit);
    m_reasonPanel->setVisible(!exit);
}

void DecisionPage::restart()
{
    m_recorded = false;
    m_requiredAction.clear();
    m_group->setExclusive(false);
    for (auto* b : m_group->buttons())
        b->setChecked(false);
    m_group->setExclusive(true);
    setExitChoices(false);
    m_reasons->setCurrentRow(-1);
    m_reasons->clearSelection();
    m_requiredLabel->setText(tr("No result yet — the decision follows the results (F3)."));
    m_notes.clear();
    m_notesLabel->clear();
    m_notesLabel->setVisible(false);
    m_letterHint->clear();
    m_letterHint->setVisible(false);
    m_confirmation->clear();
    m_confirmation->setStyleSheet({});
    m_debrief->clear();
    m_debrief->setVisible(false);
    for (auto* b : m_group->buttons())
        b->setEnabled(true);
    updateState();
}

void DecisionPage::selectDecision(const QString& decision)
{
    // Anything that does not fit the kind of check (admit at exit, let exit at entry, unknown)
    // goes to second line.
    if (m_exit) {
        if (decision == QLatin1String(decisions::kLetExit))
            m_letExit->setChecked(true);
        else
            m_secondLine->setChecked(true);
        return;
    }
    if (decision == QLatin1String(decisions::kAdmit))
        m_admit->setChecked(true);
    else if (decision == QLatin1String(decisions::kRefuse))
        m_refuse->setChecked(true);
    else
        m_secondLine->setChecked(true);
}

void DecisionPage::setResult(const bd::results::UnifiedResult& result)
{
    restart();
    setExitChoices(result.purpose == bd::gateway::Purpose::ExitCheck);
    const auto& a = result.requiredAction;
    m_requiredAction = a.code;
    m_requiredLabel->setText(tr("Required: %1").arg(ResultText::actionHeadline(a.code)));
    selectDecision(a.decision);
    if (m_refuse->isChecked()) {
        const int row = a.refusalReason.isEmpty()
            ? -1
            : static_cast<int>(ResultText::refusalLetters().indexOf(a.refusalReason.left(1)));
        m_reasons->setCurrentRow(row);
        if (row < 0) {
            // No confirmed letter (no travel authorisation): the officer chooses it, never the system.
            m_letterHint->setText(
                tr("No refusal letter is preselected: the letter for this case is not confirmed in the "
                   "published form. Choose it from the refusal form in use (SBC Annex V Part B) before "
                   "recording."));
            m_letterHint->setVisible(true);
        }
    }
    m_notes = result.notes;
    if (!m_notes.isEmpty()) {
        QStringList lines { tr("Before recording, also:") };
        for (const QString& note : std::as_const(m_notes))
            lines << QStringLiteral("•  %1").arg(note);
        m_notesLabel->setText(lines.join(QLatin1Char('\n')));
        m_notesLabel->setVisible(true);
    }
    updateState();
}

void DecisionPage::setNoResult(const QString& why, bd::gateway::Purpose purpose)
{
    restart();
    setExitChoices(purpose == bd::gateway::Purpose::ExitCheck);
    m_requiredLabel->setText(
        tr("No search result: %1 Refer to second line unless the checks can be completed otherwise.").arg(why));
    m_secondLine->setChecked(true);
    updateState();
}

QString DecisionPage::selectedDecision() const
{
    if (m_letExit->isChecked())
        return QLatin1String(decisions::kLetExit);
    if (m_admit->isChecked())
        return QLatin1String(decisions::kAdmit);
    if (m_refuse->isChecked())
        return QLatin1String(decisions::kRefuse);
    if (m_secondLine->isChecked())
        return QLatin1String(decisions::kSecondLine);
    return {};
}

QString DecisionPage::selectedReason() const
{
    const auto* item = m_reasons->currentItem();
    return m_refuse->isChecked() && item && m_reasons->currentRow() >= 0 ? item->data(Qt::UserRole).toString()
                                                                         : QString();
}

bool DecisionPage::canRecord() const
{
    const QString d = selectedDecision();
    return !m_recorded && !d.isEmpty() && (d != QLatin1String(decisions::kRefuse) || !selectedReason().isEmpty());
}

void DecisionPage::updateState()
{
    m_reasons->setEnabled(m_refuse->isChecked() && !m_recorded);
    m_recordButton->setEnabled(canRecord());
}

void DecisionPage::record()
{
    if (!canRecord())
        return;
    emit decisionTaken(OfficerDecision { selectedDecision(), selectedReason(), m_requiredAction });
}

void DecisionPage::showRecorded(const QString& confirmation, const QString& debrief)
{
    m_recorded = true;
    for (auto* b : m_group->buttons())
        b->setEnabled(false);
    m_confirmation->setText(confirmation + QLatin1Char('\n') + tr("Press Esc to start a new check."));
    m_confirmation->setStyleSheet(QStringLiteral(
        "QLabel{background:#e3f1e6;color:#134a21;border-left:8px solid #2e7d32;padding:8px;font-size:13pt;}"));
    m_debrief->setText(debrief);
    m_debrief->setVisible(!debrief.isEmpty());
    updateState();
}

void DecisionPage::showRecordFailed(const QString& message)
{
    m_confirmation->setText(message);
    m_confirmation->setStyleSheet(
        QStringLiteral("QLabel{background:#fde0dc;color:#6b1109;border-left:8px solid #b3261e;padding:8px;}"));
}

QString DecisionPage::confirmationText() const
{
    return m_confirmation->text();
}

QString DecisionPage::debriefText() const
{
    return m_debrief->text();
}

QString DecisionPage::requiredText() const
{
    return m_requiredLabel->text();
}

QString DecisionPage::letterHintText() const
{
    return m_letterHint->text();
}

QStringList DecisionPage::notes() const
{
    return m_notes;
}

void DecisionPage::showEvent(QShowEvent* event)
{
    CheckStepPage::showEvent(event);
    if (QAbstractButton* checked = m_group->checkedButton())
        checked->setFocus();
    else
        (m_exit ? m_letExit : m_admit)->setFocus();
}

} // namespace bd::ui
