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

DecisionPage::DecisionPage(QWidget* parent)
    : CheckStepPage(parent)
    , m_requiredLabel(new QLabel(this))
    , m_admit(new QRadioButton(tr("&Admit"), this))
    , m_refuse(new QRadioButton(tr("&Refuse entry"), this))
    , m_secondLine(new QRadioButton(tr("Refer to &second line"), this))
    , m_group(new QButtonGroup(this))
    , m_reasons(new QListWidget(this))
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

    auto* row = new QHBoxLayout;
    auto* choices = new QVBoxLayout;
    for (QRadioButton* b : { m_admit, m_refuse, m_secondLine }) {
        b->setStyleSheet(QStringLiteral("QRadioButton{font-size:16pt;padding:8px;}"));
        choices->addWidget(b);
    }
    m_admit->setObjectName(QStringLiteral("admitChoice"));
    m_refuse->setObjectName(QStringLiteral("refuseChoice"));
    m_secondLine->setObjectName(QStringLiteral("secondLineChoice"));
    m_group->addButton(m_admit);
    m_group->addButton(m_refuse);
    m_group->addButton(m_secondLine);
    choices->addStretch();
    row->addLayout(choices, 1);

    auto* reasonBox = new QVBoxLayout;
    auto* reasonTitle = new QLabel(tr("Refusal reason (SBC Annex V Part B):"), this);
    reasonTitle->setBuddy(m_reasons);
    reasonBox->addWidget(reasonTitle);
    m_reasons->setObjectName(QStringLiteral("refusalReasons"));
    for (const QString& letter : ResultText::refusalLetters()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(letter, ResultText::refusalReasonText(letter)), m_reasons);
        item->setData(Qt::UserRole, letter);
    }
    m_reasons->setMinimumWidth(520);
    reasonBox->addWidget(m_reasons);
    row->addLayout(reasonBox, 2);
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
    m_debrief->setStyleSheet(QStringLiteral("QLabel{background:#eef3fb;border:1px solid #8aa4c8;border-radius:6px;padding:10px;}"));
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

void DecisionPage::restart()
{
    m_recorded = false;
    m_requiredAction.clear();
    m_group->setExclusive(false);
    for (auto* b : m_group->buttons())
        b->setChecked(false);
    m_group->setExclusive(true);
    m_reasons->setCurrentRow(-1);
    m_reasons->clearSelection();
    m_requiredLabel->setText(tr("No result yet — the decision follows the results (F3)."));
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
    if (decision == QLatin1String("admit"))
        m_admit->setChecked(true);
    else if (decision == QLatin1String("refuse"))
        m_refuse->setChecked(true);
    else
        m_secondLine->setChecked(true);
}

void DecisionPage::setResult(const bd::results::UnifiedResult& result)
{
    restart();
    const auto& a = result.requiredAction;
    m_requiredAction = a.code;
    m_requiredLabel->setText(tr("Required: %1").arg(ResultText::actionHeadline(a.code)));
    selectDecision(a.decision);
    if (!a.refusalReason.isEmpty()) {
        const int row = static_cast<int>(ResultText::refusalLetters().indexOf(a.refusalReason.left(1)));
        m_reasons->setCurrentRow(row);
    }
    updateState();
}

void DecisionPage::setNoResult(const QString& why)
{
    restart();
    m_requiredLabel->setText(tr("No search result: %1 Refer to second line unless the checks can be completed otherwise.").arg(why));
    m_secondLine->setChecked(true);
    updateState();
}

QString DecisionPage::selectedDecision() const
{
    if (m_admit->isChecked())
        return QStringLiteral("admit");
    if (m_refuse->isChecked())
        return QStringLiteral("refuse");
    if (m_secondLine->isChecked())
        return QStringLiteral("second-line");
    return {};
}

QString DecisionPage::selectedReason() const
{
    const auto* item = m_reasons->currentItem();
    return m_refuse->isChecked() && item && m_reasons->currentRow() >= 0 ? item->data(Qt::UserRole).toString() : QString();
}

bool DecisionPage::canRecord() const
{
    const QString d = selectedDecision();
    return !m_recorded && !d.isEmpty() && (d != QLatin1String("refuse") || !selectedReason().isEmpty());
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
    m_confirmation->setStyleSheet(QStringLiteral("QLabel{background:#e3f1e6;color:#134a21;border-left:8px solid #2e7d32;padding:8px;font-size:13pt;}"));
    m_debrief->setText(debrief);
    m_debrief->setVisible(!debrief.isEmpty());
    updateState();
}

void DecisionPage::showRecordFailed(const QString& message)
{
    m_confirmation->setText(message);
    m_confirmation->setStyleSheet(QStringLiteral("QLabel{background:#fde0dc;color:#6b1109;border-left:8px solid #b3261e;padding:8px;}"));
}

QString DecisionPage::confirmationText() const
{
    return m_confirmation->text();
}

QString DecisionPage::debriefText() const
{
    return m_debrief->text();
}

void DecisionPage::showEvent(QShowEvent* event)
{
    CheckStepPage::showEvent(event);
    if (QAbstractButton* checked = m_group->checkedButton())
        checked->setFocus();
    else
        m_admit->setFocus();
}

} // namespace bd::ui
