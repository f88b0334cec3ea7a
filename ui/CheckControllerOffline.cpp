// CheckController, when the gateway cannot be reached and no system answered: the traveller's
// last answers from the local cache under the offline banner (never an admit: rule R55), or the
// search's own unanswered systems; the check is remembered for its retro-check either way.
#include "services/core/LogCategories.h"
#include "ui/CheckController.h"

namespace bd::ui {

void CheckController::showOffline(quint64 check, bd::results::SearchAnswers unanswered)
{
    const QString searchId = m_open.request.searchId;
    qCInfo(lcUi, "offline: no system answered; looking for the traveller's cached answers");
    m_archive->offlineCheck(m_open.request, this,
        [this, check, searchId, unanswered = std::move(unanswered)](bd::session::CheckArchive::OfflineFindings found) {
            // Another check, or this one answered or shown since: the late look-up changes nothing.
            if (check != m_open.id || m_open.request.searchId != searchId || m_open.outcomeShown || m_handle)
                return;
            qCInfo(lcUi, "offline: %s%s",
                found.cached ? "showing the cached answers under the offline banner" : "nothing cached",
                found.hotlist ? "; the document is on the offline hotlist" : "");
            m_open.answers = found.cached ? std::move(*found.cached) : unanswered;
            m_open.offlineHotlist = std::move(found.hotlist);
            m_open.problem.reset();
            showVerdict();
        });
}
} // namespace bd::ui
