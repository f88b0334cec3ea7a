#pragma once

#include "services/gateway/Protocol.h"
#include "services/results/UnifiedResult.h"

#include <QDate>
#include <QList>

namespace bd::results {

// Pure functions that turn the per-system answers of one search into the UnifiedResult.
//
// Ranking (most severe first): arrest, protect-person, refuse-entry-sis, seize-document,
// second-line-identity, second-line-discreet, second-line-specific, second-line-inquiry,
// second-line-etias-flag, refuse-no-visa, refuse-no-etias, refuse-overstay,
// complete-checks-manually, admit. A system that did not answer is never treated as "no hit":
// it makes the check incomplete. Entry conditions (visa, ETIAS, 90/180) are checked on entry and
// training checks only.
class Unifier
{
public:
    // `summary` may be null (the stream broke off); `events` are the final per-system answers.
    static UnifiedResult unify(const bd::gateway::SearchRequest& request, const QList<bd::gateway::SystemEvent>& events,
                               const bd::gateway::SearchSummary* summary, const QDate& today,
                               const TravellerContext& traveller);

    // What one hit alone requires (empty: informational), with English text.
    static RequiredAction actionForHit(const bd::gateway::Hit& hit);
    // Groups hits into identities: union-find over the record refs of every non-green identity
    // link, plus matching keys (issuing state + document number; surname + given names + date of
    // birth) unless a green link says the records are different persons.
    static QList<QList<int>> groupIdentities(const QList<bd::gateway::Hit>& hits,
                                             const QList<bd::gateway::IdentityLink>& links);
    static VisaSummary summariseVisa(const QList<bd::gateway::Hit>& visHits, const QDate& today);
    static EtiasSummary summariseEtias(const QList<bd::gateway::Hit>& etiasHits, const QDate& today);
    // EES movements (entry/exit pairs) → stays; an entry without exit is an open stay.
    static QList<Stay> staysFromMovements(const QList<bd::gateway::EesMovement>& movements, const QDate& today);
};

} // namespace bd::results
