#pragma once

#include "services/model/Model.h"
#include "services/model/Records.h"
#include "services/results/CheckFacts.h"

#include <QObject>

#include <functional>
#include <optional>

namespace bd::session {

// What the check flow keeps of a check beyond the screen, and finds again when the gateway cannot
// be reached: the workstation's encrypted store (StoreCheckArchive). Both calls return at once; the
// work runs on the store's thread.
class CheckArchive
{
public:
    virtual ~CheckArchive() = default;

    // A search was answered: its answers become the traveller's last (the result cache).
    virtual void keep(const bd::results::SearchAnswers& answers) = 0;

    // What the store knows of a traveller when the gateway cannot be reached.
    struct OfflineFindings
    {
        std::optional<bd::results::SearchAnswers> cached; // the last answers (cachedAt set)
        std::optional<bd::model::HotlistEntry> hotlist; // the document on the offline hotlist
    };
    // A search ended without any answer (offline): it is remembered for the retro-check, and the
    // traveller's last cached answers and the offline hotlist's entry for the document, each or
    // none, are given to `found` on `context`'s thread (not at all when `context` is gone). What
    // cannot be read is none (and logged).
    using Found = std::function<void(OfflineFindings)>;
    virtual void offlineCheck(const bd::model::SearchRequest& request, QObject* context, Found found) = 0;
};

} // namespace bd::session
