#include "services/results/RepeatQuery.h"

#include <algorithm>

namespace bd::results {

using namespace bd::model;

namespace {

bool answeredStatus(SystemStatus s)
{
    return s == SystemStatus::Hit || s == SystemStatus::NoHit || s == SystemStatus::NotAuthorised;
}

QList<SystemId> askedSystems(const SearchRequest& request)
{
    return request.systems.isEmpty() ? allSystems() : request.systems;
}

template <typename T> void uniteInto(QList<T>& into, const QList<T>& more)
{
    for (const T& v : more)
        if (!into.contains(v))
            into.append(v);
}

} // namespace

RepeatPlan wholeRepeat()
{
    RepeatPlan p;
    p.whole = true;
    return p;
}

RepeatPlan planRepeat(const SearchAnswers& first)
{
    const QString id = first.request.searchId;
    // Stream-level integrity problems: nothing of this stream can be kept.
    if (first.streamError || !first.summary || first.summary->searchId != id)
        return wholeRepeat();
    for (const SystemEvent& e : first.events)
        if (e.searchId != id)
            return wholeRepeat();

    RepeatPlan plan;
    QList<SystemId> asked = askedSystems(first.request);
    for (const SystemEvent& e : first.events)
        if (!asked.contains(e.system))
            asked.append(e.system);
    std::sort(asked.begin(), asked.end());
    for (SystemId s : asked) {
        QList<SystemEvent> got;
        for (const SystemEvent& e : first.events)
            if (e.system == s)
                got.append(e);
        if (got.isEmpty()) {
            if (!first.summary->withheld.contains(s))
                plan.systems.append(s); // asked and never answered
            continue;
        }
        const bool consistent
            = std::all_of(got.cbegin(), got.cend(), [&](const SystemEvent& e) { return e == got.first(); });
        if (!consistent || !answeredStatus(got.first().status))
            plan.systems.append(s);
    }
    return plan;
}

SearchRequest repeatRequest(const SearchRequest& original, const RepeatPlan& plan, const QString& newSearchId)
{
    SearchRequest r = original;
    r.searchId = newSearchId;
    if (!plan.whole)
        r.systems = plan.systems;
    return r;
}

SearchAnswers mergeRepeat(const SearchAnswers& first, const SearchAnswers& repeat)
{
    if (repeat.request.systems.isEmpty())
        return repeat; // a whole repeat: its own search
    const QString originalId = first.request.searchId;
    const QString repeatId = repeat.request.searchId;
    const QList<SystemId>& reasked = repeat.request.systems;

    SearchAnswers merged;
    merged.request = first.request;
    for (const SystemEvent& e : first.events)
        if (!reasked.contains(e.system))
            merged.events.append(e);
    for (SystemEvent e : repeat.events) {
        if (e.searchId == repeatId)
            e.searchId = originalId;
        merged.events.append(e);
    }

    if (repeat.summary && repeat.summary->searchId == repeatId && first.summary
        && first.summary->searchId == originalId) {
        SearchSummary s = *first.summary;
        for (const IdentityLink& link : repeat.summary->links) {
            const auto same = std::find_if(
                s.links.begin(), s.links.end(), [&](const IdentityLink& l) { return l.linkId == link.linkId; });
            if (same != s.links.end())
                *same = link;
            else
                s.links.append(link);
        }
        uniteInto(s.withheld, repeat.summary->withheld);
        s.answered.removeIf([&](SystemId id) { return reasked.contains(id); });
        uniteInto(s.answered, repeat.summary->answered);
        std::sort(s.answered.begin(), s.answered.end());
        std::sort(s.withheld.begin(), s.withheld.end());
        s.totalMs = first.summary->totalMs + repeat.summary->totalMs;
        merged.summary = s;
    } else if (repeat.summary) {
        merged.summary = repeat.summary; // of another search (or the first had none): stays a problem
    } // no summary of the repeat: the merged answers have none either

    merged.streamError = repeat.streamError ? repeat.streamError : first.streamError;
    return merged;
}

} // namespace bd::results
