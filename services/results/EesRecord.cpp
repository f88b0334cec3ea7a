#include "services/results/EesRecord.h"

#include <QStringList>

namespace bd::results {

using bd::model::Decision;
using bd::model::Purpose;

QString eesRecordKindKey(EesRecordKind kind)
{
    switch (kind) {
    case EesRecordKind::Entry:
        return QStringLiteral("ees-entry");
    case EesRecordKind::Exit:
        return QStringLiteral("ees-exit");
    case EesRecordKind::Refusal:
        return QStringLiteral("ees-refusal");
    }
    return {};
}

QString eesReasonKey(EesReason reason)
{
    switch (reason) {
    case EesReason::Entry:
        return QStringLiteral("entry");
    case EesReason::Exit:
        return QStringLiteral("exit");
    case EesReason::Refusal:
        return QStringLiteral("refusal");
    case EesReason::NotFinal:
        return QStringLiteral("not-final");
    case EesReason::NotABorderCrossing:
        return QStringLiteral("not-a-border-crossing");
    case EesReason::FreeMovement:
        return QStringLiteral("free-movement");
    case EesReason::ResidenceCard:
        return QStringLiteral("residence-card");
    case EesReason::ResidenceTitle:
        return QStringLiteral("residence-title");
    case EesReason::NoMovement:
        return QStringLiteral("no-movement");
    case EesReason::RegimeUnknown:
        return QStringLiteral("regime-unknown");
    case EesReason::ExemptionUnconfirmed:
        return QStringLiteral("exemption-unconfirmed");
    case EesReason::RefusalWithoutLetter:
        return QStringLiteral("refusal-without-letter");
    case EesReason::DecisionNotForDirection:
        return QStringLiteral("decision-not-for-direction");
    }
    return {};
}

namespace {

const QString kWho = QStringLiteral("SBC Art. 6a(1)-(3)");

EesRecordPlan none(EesReason reason, QString text, QString basis)
{
    return EesRecordPlan { std::nullopt, {}, reason, false, std::move(text), std::move(basis) };
}

EesRecordPlan manual(EesReason reason, QString text, QString basis)
{
    return EesRecordPlan { std::nullopt, {}, reason, true, std::move(text), std::move(basis) };
}

EesRecordPlan record(EesRecordKind kind, EesReason reason, QString letter, QString text, QString basis)
{
    return EesRecordPlan { kind, std::move(letter), reason, false, std::move(text), std::move(basis) };
}

// The residence title the officer declared, when valid on the day (as the verdict counts it).
std::optional<ResidenceTitle::Kind> validTitle(const OfficerDeclarations& d, const QDate& today)
{
    if (!d.residence || !d.residence->validUntil.isValid() || !today.isValid() || d.residence->validUntil < today)
        return std::nullopt;
    return d.residence->kind;
}

} // namespace

EesRecordPlan eesRecordFor(const EesRecordFacts& f)
{
    if (f.decision == Decision::SecondLine)
        return none(EesReason::NotFinal,
            QStringLiteral("No EES record yet: second line is not a final decision; second line records the movement."),
            QStringLiteral("EES Art. 14"));
    if (f.purpose == Purpose::VisaApplication)
        return none(EesReason::NotABorderCrossing,
            QStringLiteral("No EES record: a visa application is not a border crossing."),
            QStringLiteral("EES Art. 14"));
    if (f.regime == VisaRegime::FreeMovement)
        return none(EesReason::FreeMovement,
            QStringLiteral("No EES record: EU, EEA or Swiss citizens are not registered in the EES."), kWho);
    if (const auto title = validTitle(f.declarations, f.today)) {
        if (*title == ResidenceTitle::Kind::ResidenceCard)
            return none(EesReason::ResidenceCard,
                QStringLiteral("No EES record: a family member of an EU citizen with a residence card is not "
                               "registered in the EES."),
                kWho);
        return none(EesReason::ResidenceTitle,
            QStringLiteral("No EES record: the holder of a residence permit or long-stay visa is not on a short stay "
                           "and is not registered in the EES."),
            kWho + QStringLiteral("; EES Art. 2(3) [R]"));
    }
    if (f.regime == VisaRegime::Unknown)
        return manual(EesReason::RegimeUnknown,
            QStringLiteral("Record the EES movement manually: the nationality is unknown or not on the visa list, so "
                           "the workstation cannot tell whether the traveller is registered in the EES."),
            kWho);
    static const QStringList kMicrostates { QStringLiteral("AND"), QStringLiteral("MCO"), QStringLiteral("SMR"),
        QStringLiteral("VAT") };
    if (kMicrostates.contains(f.nationality))
        return manual(EesReason::ExemptionUnconfirmed,
            QStringLiteral("Record the EES movement manually if it is due: nationals of Andorra, Monaco and San "
                           "Marino and holders of a Vatican passport are, as recalled, not registered in the EES; "
                           "not confirmed in the text."),
            QStringLiteral("EES Art. 2(3) [R]"));
    const bool entry = f.purpose == Purpose::EntryCheck || f.purpose == Purpose::Training;
    if (entry && f.decision == Decision::Admit)
        return record(EesRecordKind::Entry, EesReason::Entry, {}, QStringLiteral("EES entry record."),
            kWho + QStringLiteral("; EES Art. 14, 16(1)-(2), 17(1)"));
    if (!entry && f.decision == Decision::LetExit)
        return record(EesRecordKind::Exit, EesReason::Exit, {}, QStringLiteral("EES exit record."),
            kWho + QStringLiteral("; EES Art. 14, 16(3) [R]"));
    if (entry && f.decision == Decision::Refuse) {
        if (f.refusalLetter.trimmed().isEmpty())
            return manual(EesReason::RefusalWithoutLetter,
                QStringLiteral("Record the EES refusal manually: the refusal has no Annex V Part B letter."),
                QStringLiteral("EES Art. 18; SBC Annex V Part A 1(b)"));
        return record(EesRecordKind::Refusal, EesReason::Refusal, f.refusalLetter.trimmed(),
            QStringLiteral("EES refusal record, reason %1.").arg(f.refusalLetter.trimmed()),
            kWho + QStringLiteral("; EES Art. 18; SBC Annex V Part A 1(b)"));
    }
    if (!entry && f.decision == Decision::Refuse)
        return none(EesReason::NoMovement,
            QStringLiteral("No EES record: the traveller was not let exit, so there is no exit to record."),
            QStringLiteral("EES Art. 16(3) [R]"));
    return manual(EesReason::DecisionNotForDirection,
        QStringLiteral("Record the EES movement manually: the decision does not fit the direction of the check."),
        kWho);
}

} // namespace bd::results
