#pragma once

#include "services/session/CheckArchive.h"
#include "services/session/HotlistSync.h"
#include "services/session/ResultCache.h"
#include "services/session/RetroChecks.h"
#include "services/storage/StoreThread.h"

#include <QPointer>

namespace bd::session {

// The CheckArchive of a workstation: the result cache and the offline checks in the encrypted
// store, every read and write on the store's thread. A failure to keep is logged (by code, never
// the traveller) and costs only the offline fallback; a cache entry that cannot be read is none.
class StoreCheckArchive : public CheckArchive
{
public:
    StoreCheckArchive(bd::storage::StoreThread& store, const ResultCache& cache, const RetroChecks& retro);

    // The offline hotlist to look a document up in when offline (null: none).
    void setHotlist(HotlistSync* hotlist) { m_hotlist = hotlist; }

    void keep(const bd::results::SearchAnswers& answers) override;
    void offlineCheck(const bd::model::SearchRequest& request, QObject* context, Found found) override;

private:
    bd::storage::StoreThread& m_store;
    const ResultCache& m_cache;
    const RetroChecks& m_retro;
    QPointer<HotlistSync> m_hotlist;
};

} // namespace bd::session
