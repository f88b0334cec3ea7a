// The required action codes: one table from the enum to the code, the decision and the refusal
// letter, in severity order (UnifiedResult.h).
#include "services/results/UnifiedResult.h"

#include <array>

namespace bd::results {
namespace {

using bd::model::Decision;

struct ActionEntry
{
    ActionCode action;
    const char* key;
    Decision decision;
    const char* letter; // SBC Annex V Part B, "" when none is printed
};

// Most severe first: the index is the rank.
constexpr std::array<ActionEntry, 26> kActions { {
    { ActionCode::Arrest, actions::kArrest, Decision::SecondLine, "" },
    { ActionCode::ProtectPerson, actions::kProtectPerson, Decision::SecondLine, "" },
    { ActionCode::RefuseEntrySis, actions::kRefuseEntrySis, Decision::Refuse, "H" },
    { ActionCode::SeizeDocument, actions::kSeizeDocument, Decision::SecondLine, "" },
    { ActionCode::SecondLineInterpolNotice, actions::kSecondLineInterpolNotice, Decision::SecondLine, "" },
    { ActionCode::SecondLineIdentity, actions::kSecondLineIdentity, Decision::SecondLine, "" },
    { ActionCode::SecondLineDiscreet, actions::kSecondLineDiscreet, Decision::SecondLine, "" },
    { ActionCode::SecondLineSpecific, actions::kSecondLineSpecific, Decision::SecondLine, "" },
    { ActionCode::SecondLineInquiry, actions::kSecondLineInquiry, Decision::SecondLine, "" },
    { ActionCode::SecondLineReturn, actions::kSecondLineReturn, Decision::SecondLine, "" },
    { ActionCode::SecondLineRecord, actions::kSecondLineRecord, Decision::SecondLine, "" },
    { ActionCode::SecondLineEtiasFlag, actions::kSecondLineEtiasFlag, Decision::SecondLine, "" },
    { ActionCode::SecondLineAsylum, actions::kSecondLineAsylum, Decision::SecondLine, "" },
    { ActionCode::SecondLineMinor, actions::kSecondLineMinor, Decision::SecondLine, "" },
    { ActionCode::SecondLineExitOverstay, actions::kSecondLineExitOverstay, Decision::SecondLine, "" },
    { ActionCode::VerifyDocument, actions::kVerifyDocument, Decision::SecondLine, "" },
    { ActionCode::RefuseNoValidDocument, actions::kRefuseNoValidDocument, Decision::Refuse, "A" },
    { ActionCode::RefuseNoVisa, actions::kRefuseNoVisa, Decision::Refuse, "C" },
    // The Part B form as changed by the ETIAS Regulation was not read; the letter (most likely C
    // as re-worded) is the officer's to choose from the form in use.
    { ActionCode::RefuseNoEtias, actions::kRefuseNoEtias, Decision::Refuse, "" },
    { ActionCode::RefuseOverstay, actions::kRefuseOverstay, Decision::Refuse, "F" },
    { ActionCode::VerifyVisaRequirement, actions::kVerifyVisaRequirement, Decision::SecondLine, "" },
    { ActionCode::VerifyFreeMovement, actions::kVerifyFreeMovement, Decision::SecondLine, "" },
    { ActionCode::VerifyStay, actions::kVerifyStay, Decision::SecondLine, "" },
    { ActionCode::CompleteChecksManually, actions::kCompleteChecksManually, Decision::SecondLine, "" },
    { ActionCode::Admit, actions::kAdmit, Decision::Admit, "" },
    { ActionCode::LetExit, actions::kLetExit, Decision::LetExit, "" },
} };

const ActionEntry* entryFor(ActionCode action)
{
    for (const ActionEntry& e : kActions) {
        if (e.action == action)
            return &e;
    }
    return nullptr;
}

const ActionEntry* entryFor(const QString& code)
{
    for (const ActionEntry& e : kActions) {
        if (code == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}

} // namespace

QString actionKey(ActionCode action)
{
    const ActionEntry* e = entryFor(action);
    return e ? QString::fromLatin1(e->key) : QString();
}

std::optional<ActionCode> actionFromKey(const QString& code)
{
    const ActionEntry* e = entryFor(code);
    return e ? std::optional<ActionCode>(e->action) : std::nullopt;
}

bd::model::Decision decisionFor(ActionCode action)
{
    const ActionEntry* e = entryFor(action);
    return e ? e->decision : Decision::SecondLine;
}

QStringList actionCodesBySeverity()
{
    QStringList out;
    for (const ActionEntry& e : kActions)
        out.append(QLatin1String(e.key));
    return out;
}

int actionRank(ActionCode action)
{
    const ActionEntry* e = entryFor(action);
    return e ? static_cast<int>(e - kActions.data()) : static_cast<int>(kActions.size());
}

int actionRank(std::optional<ActionCode> action)
{
    return action ? actionRank(*action) : static_cast<int>(kActions.size());
}

bd::model::Decision decisionForAction(ActionCode action)
{
    return decisionFor(action);
}

QString refusalLetterForAction(ActionCode action)
{
    const ActionEntry* e = entryFor(action);
    return e ? QString::fromLatin1(e->letter) : QString();
}

} // namespace bd::results
