#pragma once

#include "services/results/CheckFacts.h"
#include "services/results/VisaList.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace bd::ui {

// What the officer states at the booth for the open check, which no system can know: a residence
// title shown (kind, issuing state, valid until), a family member of an EU citizen, an asylum
// request, an unaccompanied minor, a face that does not match the document, and the condition the
// visa list puts on the exemption (when the current result has one) confirmed on the document.
// The controller re-runs the verdict with them (F7 on the Results step).
class DeclarationsDialog : public QDialog
{
    Q_OBJECT
public:
    // `finding`: what the visa list says about the traveller in the current result (its condition,
    // if any, is offered for confirmation); `today` is the default end of a residence title.
    DeclarationsDialog(const bd::results::OfficerDeclarations& current,
        const bd::results::RegimeFinding& finding,
        const QDate& today,
        QWidget* parent = nullptr);

    bd::results::OfficerDeclarations declarations() const;
    // False while a residence title is ticked without its issuing state.
    bool isComplete() const;

    // For tests.
    QCheckBox* residenceCheckBox() const { return m_residence; }
    QComboBox* residenceKindComboBox() const { return m_kind; }
    QLineEdit* residenceStateLineEdit() const { return m_state; }
    QDateEdit* residenceValidUntilDateEdit() const { return m_validUntil; }
    QCheckBox* familyMemberCheckBox() const { return m_familyMember; }
    QCheckBox* asylumCheckBox() const { return m_asylum; }
    QCheckBox* unaccompaniedMinorCheckBox() const { return m_minor; }
    QCheckBox* faceMismatchCheckBox() const { return m_faceMismatch; }
    QCheckBox* conditionCheckBox() const { return m_condition; } // hidden when there is no condition

private:
    void updateState();
    // The steps of the constructor, in order (widget creation order is the tab order).
    void buildResidenceBox(QVBoxLayout* layout);
    void buildStatementBoxes(QVBoxLayout* layout);
    void buildCondition(QVBoxLayout* layout, const bd::results::RegimeFinding& finding);
    void buildButtons(QVBoxLayout* layout);
    void showDeclarations(const bd::results::OfficerDeclarations& current, const QDate& today);

    bd::results::OfficerDeclarations m_current;
    QString m_conditionCode;
    QCheckBox* m_residence;
    QComboBox* m_kind;
    QLineEdit* m_state;
    QDateEdit* m_validUntil;
    QCheckBox* m_familyMember;
    QCheckBox* m_asylum;
    QCheckBox* m_minor;
    QCheckBox* m_faceMismatch;
    QCheckBox* m_condition;
    QLabel* m_conditionBasis;
    QDialogButtonBox* m_buttons;
};

} // namespace bd::ui
