#pragma once

#include "services/model/Model.h"
#include "services/results/CheckFacts.h"

#include <QList>
#include <QString>

// Repeating a search for the systems that did not answer (the fallback the decision rules and the
// training debriefs ask for: "repeat the query"). Pure functions: what to ask again, the request
// that asks it, and the answers of the check once the repeat has answered.
namespace bd::results {

struct RepeatPlan
{
    // The whole search again: the first answers cannot be trusted as a whole (the stream broke
    // off, the summary is missing or of another search, an answer of another search arrived) or
    // there are none.
    bool whole = false;
    // A partial repeat: the systems that did not answer (unavailable, timeout, error, no answer,
    // conflicting answers), in protocol order. Empty with `whole`.
    QList<bd::model::SystemId> systems;
    bool isEmpty() const { return !whole && systems.isEmpty(); }
    bool operator==(const RepeatPlan&) const = default;
};

// What to ask again after `first`; empty when every asked system answered (hit, no hit or
// withheld for the profile).
RepeatPlan planRepeat(const SearchAnswers& first);
// The whole search again (no answers at all, e.g. the gateway could not be reached).
RepeatPlan wholeRepeat();

// The repeat's request: the original one with a new search id, asking `plan.systems` only (or,
// for a whole repeat, what the original asked).
bd::model::SearchRequest repeatRequest(
    const bd::model::SearchRequest& original, const RepeatPlan& plan, const QString& newSearchId);

// The answers of the check after a PARTIAL repeat (repeat.request.systems = the systems asked
// again): the first search's answers of the systems that were not asked again, and every answer
// of the repeat. The merged answers keep the original request and its search id, so the verdict's
// integrity checks stay meaningful:
//  - the repeat's events and summary of the repeat's own search id are rewritten to the original
//    id; anything of yet another search keeps its id and stays an integrity problem;
//  - the summary unites links (by link id, the repeat's version wins), withheld and answered
//    systems; a repeat without a summary (or with one of another search) leaves the merged
//    answers without a valid summary, and a repeat's stream error is kept: still incomplete.
// A whole repeat (empty repeat.request.systems) is returned unchanged: it stands on its own id.
SearchAnswers mergeRepeat(const SearchAnswers& first, const SearchAnswers& repeat);

} // namespace bd::results
