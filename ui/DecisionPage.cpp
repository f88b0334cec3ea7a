#include "ui/DecisionPage.h"

#include "services/session/CheckService.h"
#include "ui/NoticeText.h"
#include "ui/ResultText.h"
#include "ui/TravellerText.h"
#include "widgets/TravellerHeader.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace bd::ui {

using bd::model::Decision;

namespace {

const QString kConfirmationNormal = QStringLiteral(
    "QLabel{background:#e3f1e6;color:#134a21;border-left:8px solid #2e7d32;padding:8px;font-size:13pt;}");
const QString kConfirmationOverride = QStringLiteral(
    "QLabel{background:#fff4d6;color:#4a3000;border-left:8px solid #c77800;padding:8px;font-size:13pt;}");
const QString kConfirmationFailed
    = QStringLiteral("QLabel{background:#fde0dc;color:#6b1109;border-left:8px solid #b3261e;padding:8px;}");
const QString kEesManual = QStringLiteral(
    "QLabel{background:#fff4d6;color:#4a3000;border-left:8px solid #c77800;padding:6px;font-weight:bold;}");
const QString kDebriefMatches = QStringLiteral(
    "QLabel{background:#e3f1e6;color:#134a21;border:2px solid #2e7d32;border-radius:6px;padding:10px;}");
const QString kDebriefDiffers = QStringLiteral(
    "QLabel{background:#fde0dc;color:#6b1109;border:2px solid #b3261e;border-radius:6px;padding:10px;}");

void setTone(QWidget* w, const char* property, const QString& value)
{
    w->setProperty(property, value);
}

} // namespace

DecisionPage::DecisionPage(QWidget* parent)
    : CheckStepPage(parent)
    , m_traveller(new bd::widgets::TravellerHeader(this))
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
    , m_overridePanel(new QWidget(this))
    , m_overrideTitle(new QLabel(m_overridePanel))
    , m_overrideReason(new QLineEdit(m_overridePanel))
    , m_overrideConfirm(new QLabel(m_overridePanel))
    , m_recordHint(new QLabel(this))
    , m_recordButton(new QPushButton(tr("Record decision (Enter)"), this))
    , m_repeatButton(new QPushButton(this))
    , m_repeatStatus(new QLabel(this))
    , m_confirmation(new QLabel(this))
    , m_eesRecord(new QLabel(this))
    , m_debrief(new QLabel(this))
{
    setObjectName(QStringLiteral("decisionPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    buildHeader(layout);
    auto* row = new QHBoxLayout;
    buildChoices(row);
    buildReasonPanel(row);
    layout->addLayout(row, 1);
    buildOverridePanel(layout);
    buildRecordRow(layout);
    buildOutcome(layout);
    connectInputs();
    restart();
}

void DecisionPage::buildHeader(QVBoxLayout* layout)
{
    m_traveller->showEmpty(TravellerText::noTravellerText());
    layout->addWidget(m_traveller);
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
}

void DecisionPage::buildChoices(QHBoxLayout* row)
{
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
}

void DecisionPage::buildReasonPanel(QHBoxLayout* row)
{
    auto* reasonBox = new QVBoxLayout(m_reasonPanel);
    reasonBox->setContentsMargins(0, 0, 0, 0);
    auto* reasonTitle = new QLabel(tr("Refusal reason (SBC Annex V Part B):"), m_reasonPanel);
    reasonTitle->setBuddy(m_reasons);
    reasonBox->addWidget(reasonTitle);
    m_reasons->setObjectName(QStringLiteral("refusalReasons"));
    m_reasons->setAccessibleName(tr("Refusal reason (SBC Annex V Part B)"));
    for (const QString& letter : ResultText::refusalLetters()) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(letter, ResultText::refusalReasonText(letter)), m_reasons);
        item->setData(Qt::UserRole, letter);
    }
    m_reasons->setMinimumWidth(520);
    // All nine reasons in view: none hides behind a scroll bar.
    m_reasons->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_reasons->setMinimumHeight(m_reasons->sizeHintForRow(0) * m_reasons->count() + 2 * m_reasons->frameWidth() + 4);
    reasonBox->addWidget(m_reasons);
    m_letterHint->setObjectName(QStringLiteral("refusalLetterHint"));
    m_letterHint->setWordWrap(true);
    m_letterHint->setTextFormat(Qt::PlainText);
    m_letterHint->setStyleSheet(QStringLiteral("QLabel{color:#6b1109;font-weight:600;}"));
    reasonBox->addWidget(m_letterHint);
    row->addWidget(m_reasonPanel, 2);
}

// Departing from the required action: why, in the officer's words, then a confirmation.
void DecisionPage::buildOverridePanel(QVBoxLayout* layout)
{
    m_overridePanel->setObjectName(QStringLiteral("overridePanel"));
    m_overridePanel->setStyleSheet(QStringLiteral("#overridePanel{background:#fff4d6;border-left:8px solid #c77800;}"
                                                  "QLabel{color:#4a3000;}"));
    auto* overrideBox = new QVBoxLayout(m_overridePanel);
    overrideBox->setContentsMargins(12, 8, 12, 8);
    m_overrideTitle->setObjectName(QStringLiteral("overrideTitle"));
    m_overrideTitle->setWordWrap(true);
    m_overrideTitle->setTextFormat(Qt::PlainText);
    m_overrideTitle->setStyleSheet(QStringLiteral("QLabel{font-size:13pt;font-weight:600;}"));
    overrideBox->addWidget(m_overrideTitle);
    auto* reasonLabel = new QLabel(tr("&Why do you depart from the required action?"), m_overridePanel);
    reasonLabel->setBuddy(m_overrideReason);
    overrideBox->addWidget(reasonLabel);
    m_overrideReason->setObjectName(QStringLiteral("overrideReasonEdit"));
    m_overrideReason->setAccessibleName(tr("Why do you depart from the required action?"));
    m_overrideReason->setPlaceholderText(tr("The reason, in a few words"));
    m_overrideReason->setMaxLength(500);
    overrideBox->addWidget(m_overrideReason);
    auto* privacy
        = new QLabel(tr("Kept in the decision journal. Do not write names or document numbers."), m_overridePanel);
    privacy->setObjectName(QStringLiteral("overridePrivacyHint"));
    privacy->setWordWrap(true);
    overrideBox->addWidget(privacy);
    m_overrideConfirm->setObjectName(QStringLiteral("overrideConfirmation"));
    m_overrideConfirm->setWordWrap(true);
    m_overrideConfirm->setTextFormat(Qt::PlainText);
    m_overrideConfirm->setStyleSheet(QStringLiteral("QLabel{font-weight:700;color:#6b1109;}"));
    overrideBox->addWidget(m_overrideConfirm);
    layout->addWidget(m_overridePanel);
}

void DecisionPage::buildRecordRow(QVBoxLayout* layout)
{
    m_recordButton->setObjectName(QStringLiteral("recordDecisionButton"));
    m_recordButton->setDefault(true);
    m_recordButton->setAutoDefault(true);
    m_recordHint->setObjectName(QStringLiteral("recordHint"));
    m_recordHint->setWordWrap(true);
    m_recordHint->setTextFormat(Qt::PlainText);
    m_recordHint->setStyleSheet(QStringLiteral("QLabel{color:#6b1109;font-weight:600;font-size:12pt;}"));
    m_recordHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_repeatButton->setObjectName(QStringLiteral("repeatQueryButton"));
    m_repeatButton->setAutoDefault(false);
    m_repeatStatus->setObjectName(QStringLiteral("repeatQueryStatus"));
    m_repeatStatus->setWordWrap(true);
    m_repeatStatus->setTextFormat(Qt::PlainText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_repeatButton);
    buttons->addWidget(m_repeatStatus, 1);
    buttons->addWidget(m_recordHint, 1);
    buttons->addWidget(m_recordButton);
    layout->addLayout(buttons);
}

void DecisionPage::buildOutcome(QVBoxLayout* layout)
{
    m_confirmation->setObjectName(QStringLiteral("decisionConfirmation"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_confirmation);
    m_eesRecord->setObjectName(QStringLiteral("eesRecord"));
    m_eesRecord->setWordWrap(true);
    m_eesRecord->setTextFormat(Qt::PlainText);
    m_eesRecord->setVisible(false);
    layout->addWidget(m_eesRecord);
    m_debrief->setObjectName(QStringLiteral("trainingDebrief"));
    m_debrief->setWordWrap(true);
    m_debrief->setTextFormat(Qt::PlainText);
    m_debrief->setStyleSheet(
        QStringLiteral("QLabel{background:#eef3fb;border:1px solid #8aa4c8;border-radius:6px;padding:10px;}"));
    layout->addWidget(m_debrief);
}

void DecisionPage::connectInputs()
{
    connect(m_group, &QButtonGroup::buttonToggled, this, [this] { choiceChanged(); });
    connect(m_reasons, &QListWidget::currentRowChanged, this, [this] { choiceChanged(); });
    connect(m_overrideReason, &QLineEdit::textEdited, this, [this] { choiceChanged(); });
    connect(m_recordButton, &QPushButton::clicked, this, &DecisionPage::record);
    connect(m_repeatButton, &QPushButton::clicked, this, &DecisionPage::repeatQueryRequested);
    // Enter records from anywhere on the page; a letter picks the reason while refusing.
    for (int key : { Qt::Key_Return, Qt::Key_Enter }) {
        auto* s = new QShortcut(QKeySequence(key), this, this, &DecisionPage::record);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    }
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
    m_overrideArmed = false;
    m_requiredAction.reset();
    m_requiredDecision.reset();
    m_overrideReason->clear();
    m_overrideReason->setEnabled(true);
    m_overrideConfirm->clear();
    m_repeatStatus->clear();
    m_repeatButton->setVisible(false);
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
    setTone(m_confirmation, "tone", QString());
    showEesRecord({}, false);
    m_debrief->clear();
    m_debrief->setVisible(false);
    for (auto* b : m_group->buttons())
        b->setEnabled(true);
    updateState();
}

void DecisionPage::selectDecision(Decision decision)
{
    // Anything that does not fit the kind of check (admit at exit, let exit at entry) goes to
    // second line.
    QRadioButton* choice = m_secondLine;
    switch (decision) {
    case Decision::LetExit:
        choice = m_exit ? m_letExit : m_secondLine;
        break;
    case Decision::Admit:
        choice = m_exit ? m_secondLine : m_admit;
        break;
    case Decision::Refuse:
        choice = m_exit ? m_secondLine : m_refuse;
        break;
    case Decision::SecondLine:
        break;
    }
    choice->setChecked(true);
}

void DecisionPage::setResult(const bd::results::UnifiedResult& result)
{
    restart();
    setExitChoices(result.purpose == bd::model::Purpose::ExitCheck);
    const auto& a = result.requiredAction;
    m_requiredAction = a.code;
    const Decision required = a.decision;
    m_requiredDecision = m_exit && required != Decision::LetExit ? Decision::SecondLine : required;
    m_requiredLabel->setText(tr("Required: %1").arg(ResultText::actionHeadline(a.code)));
    selectDecision(required);
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
    m_notes = NoticeText::texts(result.notes);
    if (!m_notes.isEmpty()) {
        QStringList lines { tr("Before recording, also:") };
        for (const QString& note : std::as_const(m_notes))
            lines << QStringLiteral("•  %1").arg(note);
        m_notesLabel->setText(lines.join(QLatin1Char('\n')));
        m_notesLabel->setVisible(true);
    }
    updateState();
}

void DecisionPage::setNoResult(const QString& why, bd::model::Purpose purpose)
{
    restart();
    setExitChoices(purpose == bd::model::Purpose::ExitCheck);
    m_requiredLabel->setText(
        tr("No search result: %1 Refer to second line unless the checks can be completed otherwise.").arg(why));
    m_requiredDecision = Decision::SecondLine;
    m_secondLine->setChecked(true);
    updateState();
}

std::optional<Decision> DecisionPage::chosenDecision() const
{
    if (m_letExit->isChecked())
        return Decision::LetExit;
    if (m_admit->isChecked())
        return Decision::Admit;
    if (m_refuse->isChecked())
        return Decision::Refuse;
    if (m_secondLine->isChecked())
        return Decision::SecondLine;
    return std::nullopt;
}

QString DecisionPage::selectedDecision() const
{
    const auto d = chosenDecision();
    return d ? bd::model::decisionKey(*d) : QString();
}

QString DecisionPage::selectedReason() const
{
    const auto* item = m_reasons->currentItem();
    return m_refuse->isChecked() && item && m_reasons->currentRow() >= 0 ? item->data(Qt::UserRole).toString()
                                                                         : QString();
}

bool DecisionPage::isMeaningfulReason(const QString& reason)
{
    return bd::session::isMeaningfulReason(reason);
}

QString DecisionPage::overrideReason() const
{
    return m_overrideReason->text().simplified();
}

bool DecisionPage::isOverride() const
{
    const auto d = chosenDecision();
    return d && m_requiredDecision && bd::session::isOverride(*d, *m_requiredDecision);
}

bool DecisionPage::canRecord() const
{
    const auto d = chosenDecision();
    return !m_recorded && d && (*d != Decision::Refuse || !selectedReason().isEmpty())
        && (!isOverride() || isMeaningfulReason(m_overrideReason->text()));
}

void DecisionPage::choiceChanged()
{
    // Any change of the choice or the reason takes back an armed override confirmation.
    m_overrideArmed = false;
    updateState();
}

void DecisionPage::updateState()
{
    m_reasons->setEnabled(m_refuse->isChecked() && !m_recorded);
    const bool override = isOverride();
    m_overridePanel->setVisible(override);
    m_overrideReason->setEnabled(!m_recorded);
    const QString requiredText = m_requiredAction ? ResultText::actionHeadline(*m_requiredAction)
        : m_requiredDecision                      ? ResultText::decisionText(*m_requiredDecision)
                                                  : QString();
    if (override) {
        m_overrideTitle->setText(tr("Override: you depart from the required action (%1).").arg(requiredText));
    }
    if (override && m_overrideArmed) {
        m_overrideConfirm->setText(tr("Confirm: record \u201c%1\u201d although the required action is \u201c%2\u201d? "
                                      "Press Enter again to record the override; change the choice or the reason "
                                      "to go back.")
                                       .arg(ResultText::decisionText(*chosenDecision()), requiredText));
        m_overrideConfirm->setVisible(true);
    } else {
        m_overrideConfirm->clear();
        m_overrideConfirm->setVisible(false);
    }
    m_recordButton->setText(!override ? tr("Record decision (Enter)")
            : m_overrideArmed         ? tr("Confirm override (Enter)")
                                      : tr("Record override\u2026 (Enter)"));
    m_recordButton->setEnabled(canRecord());

    // Why the choice cannot be recorded yet, in words next to the button.
    QString hint;
    if (!m_recorded) {
        const auto d = chosenDecision();
        if (!d) {
            if (m_requiredDecision)
                hint = tr("Choose a decision before recording.");
        } else if (*d == Decision::Refuse && selectedReason().isEmpty())
            hint = tr("Choose the refusal reason (A\u2013I) before recording.");
        else if (override && !isMeaningfulReason(m_overrideReason->text()))
            hint = tr("Write why you depart from the required action (a few words) before recording.");
    }
    m_recordHint->setText(hint);
    m_recordHint->setVisible(!hint.isEmpty());
}

void DecisionPage::record()
{
    if (m_recorded)
        return;
    if (!canRecord()) {
        // Enter on an incomplete choice leads to what is missing.
        if (m_refuse->isChecked() && selectedReason().isEmpty())
            m_reasons->setFocus();
        else if (isOverride())
            m_overrideReason->setFocus();
        updateState();
        return;
    }
    if (isOverride() && !m_overrideArmed) {
        m_overrideArmed = true;
        updateState();
        m_recordButton->setFocus();
        return;
    }
    const bool override = isOverride();
    m_overrideArmed = false;
    emit decisionTaken(OfficerDecision { *chosenDecision(), selectedReason(),
        m_requiredAction ? bd::results::actionKey(*m_requiredAction) : QString(),
        override ? overrideReason() : QString() });
}

void DecisionPage::showRecorded(
    const QString& confirmation, const QString& debrief, bool isOverride, bool debriefMatches)
{
    m_recorded = true;
    m_overrideArmed = false;
    for (auto* b : m_group->buttons())
        b->setEnabled(false);
    m_repeatButton->setVisible(false);
    m_repeatStatus->clear();
    m_confirmation->setText(confirmation + QLatin1Char('\n') + tr("Press Esc to start a new check."));
    m_confirmation->setStyleSheet(isOverride ? kConfirmationOverride : kConfirmationNormal);
    setTone(m_confirmation, "tone", isOverride ? QStringLiteral("override") : QStringLiteral("recorded"));
    m_debrief->setText(debrief);
    m_debrief->setStyleSheet(debriefMatches ? kDebriefMatches : kDebriefDiffers);
    setTone(m_debrief, "tone", debriefMatches ? QStringLiteral("matches") : QStringLiteral("differs"));
    m_debrief->setVisible(!debrief.isEmpty());
    updateState();
}

void DecisionPage::showRecordFailed(const QString& message)
{
    m_confirmation->setText(message);
    m_confirmation->setStyleSheet(kConfirmationFailed);
    setTone(m_confirmation, "tone", QStringLiteral("failed"));
}

void DecisionPage::showEesRecord(const QString& text, bool needsOfficer)
{
    m_eesRecord->setText(text);
    m_eesRecord->setStyleSheet(needsOfficer ? kEesManual : QString());
    setTone(m_eesRecord, "tone", needsOfficer ? QStringLiteral("manual") : QString());
    m_eesRecord->setVisible(!text.isEmpty());
}

QString DecisionPage::eesRecordText() const
{
    return m_eesRecord->text();
}

void DecisionPage::setRepeatOffer(const QString& text)
{
    m_repeatButton->setText(text);
    m_repeatButton->setVisible(!text.isEmpty() && !m_recorded);
}

bool DecisionPage::isRepeatOffered() const
{
    return !m_repeatButton->isHidden();
}

void DecisionPage::setRepeatStatus(const QString& text)
{
    m_repeatStatus->setText(text);
}

QString DecisionPage::repeatStatusText() const
{
    return m_repeatStatus->text();
}

QString DecisionPage::recordHintText() const
{
    return m_recordHint->isHidden() ? QString() : m_recordHint->text();
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
