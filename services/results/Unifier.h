#pragma once

#include "services/model/Model.h"
#include "services/results/CheckFacts.h"
#include "services/results/UnifiedResult.h"

#include <QDate>
#include <QList>

namespace bd::results {

// Pure functions that turn the answers to one search, the document and the officer's declarations
// into the UnifiedResult. The rules and their legal basis are in docs/decision-rules.md; its
// invariants hold for every input: "admit" (or "let exit") only when the zone is valid, the
// document in date, every asked system answered this search once and consistently with a
// recognised status, every hit maps to a known action, and the entry conditions are positively
// established. Anything else goes to the officer with the reason in words.
class Unifier
{
public:
    static UnifiedResult unify(const SearchAnswers& answers, const CheckContext& context);

    // What one hit alone requires on `purpose` (nullopt: informational), with English text.
    static std::optional<RequiredAction> actionForHit(
        const bd::model::Hit& hit, bd::model::Purpose purpose = bd::model::Purpose::EntryCheck);
    static VisaSummary summariseVisa(const QList<bd::model::Hit>& visHits, const QDate& today);
    static EtiasSummary summariseEtias(const QList<bd::model::Hit>& etiasHits, const QDate& today);
    // EES movements (entry/exit pairs) → stays; an entry without exit is an open stay. With
    // `recordedOnly`, an entry whose exit is missing before a later entry is dropped instead of
    // being counted up to that entry (what is proven vs what is inferred).
    static QList<Stay> staysFromMovements(const QList<bd::model::EesMovement>& movements,
        const QDate& today,
        bool recordedOnly = false,
        bool* inferred = nullptr);
};

} // namespace bd::results
