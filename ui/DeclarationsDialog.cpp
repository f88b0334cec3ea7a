#include "ui/DeclarationsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace bd::ui {

using bd::results::OfficerDeclarations;
using bd::results::ResidenceTitle;

DeclarationsDialog::DeclarationsDialog(
    const OfficerDeclarations& current, const bd::results::RegimeFinding& finding, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_conditionCode(finding.condition)
    , m_residence(new QCheckBox(tr("A &residence title was shown"), this))
    , m_kind(new QComboBox(this))
    , m_state(new QLineEdit(this))
    , m_validUntil(new QDateEdit(this))
    , m_familyMember(new QCheckBox(tr("&Family member of an EU, EEA or Swiss citizen"), this))
    , m_asylum(new QCheckBox(tr("Asks for &asylum (international protection)"), this))
    , m_minor(new QCheckBox(tr("&Unaccompanied minor"), this))
    , m_faceMismatch(new QCheckBox(tr("The &face does not match the document"), this))
    , m_condition(new QCheckBox(this))
    , m_conditionBasis(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("declarationsDialog"));
    setWindowTitle(tr("Declarations"));
    setAccessibleName(tr("Declarations for this check"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What the traveller showed or declared at the booth. The result is worked out again "
                                "with it; no new search is made."),
        this);
    intro->setObjectName(QStringLiteral("declarationsIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    buildResidenceBox(layout);
    buildStatementBoxes(layout);
    buildCondition(layout, finding);
    buildButtons(layout);
    showDeclarations(current, today);

    connect(m_residence, &QCheckBox::toggled, this, &DeclarationsDialog::updateState);
    connect(m_state, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text != text.toUpper()) {
            const int pos = m_state->cursorPosition();
            m_state->setText(text.toUpper());
            m_state->setCursorPosition(pos);
        }
        updateState();
    });
    updateState();
}

void DeclarationsDialog::buildResidenceBox(QVBoxLayout* layout)
{
    // Residence title: replaces the visa / travel authorisation condition (SBC Art. 6(1)(b)).
    auto* residenceBox = new QGroupBox(tr("Residence title"), this);
    residenceBox->setObjectName(QStringLiteral("residenceGroupBox"));
    auto* form = new QFormLayout(residenceBox);
    m_residence->setObjectName(QStringLiteral("residenceCheckBox"));
    m_residence->setAccessibleName(tr("Residence title shown"));
    form->addRow(m_residence);
    m_kind->setObjectName(QStringLiteral("residenceKindComboBox"));
    m_kind->setAccessibleName(tr("Kind of residence title"));
    m_kind->addItem(tr("Residence permit of a Member State"), int(ResidenceTitle::Kind::ResidencePermit));
    m_kind->addItem(tr("Long-stay visa (type D)"), int(ResidenceTitle::Kind::LongStayVisa));
    m_kind->addItem(tr("Residence card of a family member of an EU citizen"), int(ResidenceTitle::Kind::ResidenceCard));
    auto* kindLabel = new QLabel(tr("&Kind:"), residenceBox);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    m_state->setObjectName(QStringLiteral("residenceStateLineEdit"));
    m_state->setAccessibleName(tr("Issuing Member State (ICAO code)"));
    m_state->setPlaceholderText(tr("e.g. FRA"));
    m_state->setMaxLength(3);
    m_state->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_state));
    auto* stateLabel = new QLabel(tr("Issuing &state:"), residenceBox);
    stateLabel->setBuddy(m_state);
    form->addRow(stateLabel, m_state);
    m_validUntil->setObjectName(QStringLiteral("residenceValidUntilDateEdit"));
    m_validUntil->setAccessibleName(tr("Residence title valid until"));
    m_validUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_validUntil->setCalendarPopup(true);
    auto* untilLabel = new QLabel(tr("&Valid until:"), residenceBox);
    untilLabel->setBuddy(m_validUntil);
    form->addRow(untilLabel, m_validUntil);
    layout->addWidget(residenceBox);
}

void DeclarationsDialog::buildStatementBoxes(QVBoxLayout* layout)
{
    m_familyMember->setObjectName(QStringLiteral("familyMemberCheckBox"));
    m_familyMember->setAccessibleName(tr("Family member of an EU citizen"));
    m_asylum->setObjectName(QStringLiteral("asylumCheckBox"));
    m_asylum->setAccessibleName(tr("Asylum request"));
    m_minor->setObjectName(QStringLiteral("unaccompaniedMinorCheckBox"));
    m_minor->setAccessibleName(tr("Unaccompanied minor"));
    m_faceMismatch->setObjectName(QStringLiteral("faceMismatchCheckBox"));
    m_faceMismatch->setAccessibleName(tr("Face does not match the document"));
    for (QCheckBox* box : { m_familyMember, m_asylum, m_minor, m_faceMismatch })
        layout->addWidget(box);
}

void DeclarationsDialog::buildCondition(QVBoxLayout* layout, const bd::results::RegimeFinding& finding)
{
    // The condition the visa list puts on this traveller's exemption, confirmed on the document.
    const QString conditionText = finding.conditionText.isEmpty() ? finding.condition : finding.conditionText;
    m_condition->setObjectName(QStringLiteral("conditionConfirmedCheckBox"));
    m_condition->setText(tr("Conditions confirmed on the document: %1").arg(conditionText));
    m_condition->setAccessibleName(tr("Condition confirmed on the document"));
    m_condition->setAccessibleDescription(conditionText);
    m_conditionBasis->setObjectName(QStringLiteral("conditionBasisLabel"));
    m_conditionBasis->setWordWrap(true);
    m_conditionBasis->setText(finding.basis);
    m_conditionBasis->setAccessibleName(tr("Legal basis of the condition"));
    layout->addWidget(m_condition);
    layout->addWidget(m_conditionBasis);
    m_condition->setVisible(!m_conditionCode.isEmpty());
    m_conditionBasis->setVisible(!m_conditionCode.isEmpty() && !finding.basis.isEmpty());
}

void DeclarationsDialog::buildButtons(QVBoxLayout* layout)
{
    m_buttons->setObjectName(QStringLiteral("declarationsButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyDeclarationsButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Apply the declarations"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelDeclarationsButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the declarations"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DeclarationsDialog::showDeclarations(const OfficerDeclarations& current, const QDate& today)
{
    // The current declarations.
    m_residence->setChecked(current.residence.has_value());
    const ResidenceTitle title = current.residence.value_or(ResidenceTitle {});
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(title.kind))));
    m_state->setText(title.issuingState);
    m_validUntil->setDate(title.validUntil.isValid() ? title.validUntil : today);
    m_familyMember->setChecked(current.familyMemberOfEuCitizen);
    m_asylum->setChecked(current.asylumRequest);
    m_minor->setChecked(current.unaccompaniedMinor);
    m_faceMismatch->setChecked(current.faceMismatch);
    m_condition->setChecked(!m_conditionCode.isEmpty() && current.confirmedConditions.contains(m_conditionCode));
}

bool DeclarationsDialog::isComplete() const
{
    return !m_residence->isChecked() || !m_state->text().trimmed().isEmpty();
}

void DeclarationsDialog::updateState()
{
    const bool residence = m_residence->isChecked();
    for (QWidget* w : std::initializer_list<QWidget*> { m_kind, m_state, m_validUntil })
        w->setEnabled(residence);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
}

OfficerDeclarations DeclarationsDialog::declarations() const
{
    OfficerDeclarations d;
    if (m_residence->isChecked()) {
        ResidenceTitle t;
        t.kind = static_cast<ResidenceTitle::Kind>(m_kind->currentData().toInt());
        t.issuingState = m_state->text().trimmed().toUpper();
        t.validUntil = m_validUntil->date();
        d.residence = t;
    }
    d.familyMemberOfEuCitizen = m_familyMember->isChecked();
    d.asylumRequest = m_asylum->isChecked();
    d.unaccompaniedMinor = m_minor->isChecked();
    d.faceMismatch = m_faceMismatch->isChecked();
    // Conditions confirmed earlier for this check stay; the one on offer follows its box.
    d.confirmedConditions = m_current.confirmedConditions;
    if (!m_conditionCode.isEmpty()) {
        d.confirmedConditions.removeAll(m_conditionCode);
        if (m_condition->isChecked())
            d.confirmedConditions.append(m_conditionCode);
    }
    return d;
}

} // namespace bd::ui
