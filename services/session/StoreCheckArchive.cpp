#include "services/session/StoreCheckArchive.h"

#include "services/core/LogCategories.h"

namespace bd::session {

StoreCheckArchive::StoreCheckArchive(
    bd::storage::StoreThread& store, const ResultCache& cache, const RetroChecks& retro)
    : m_store(store)
    , m_cache(cache)
    , m_retro(retro)
{
}

void StoreCheckArchive::keep(const bd::results::SearchAnswers& answers)
{
    if (!m_store.isOpen())
        return;
    m_store.post([cache = &m_cache, answers](bd::storage::Database& db) {
        if (const auto failed = cache->keep(db, answers))
            qCWarning(lcStorage, "answers not cached: %s", qPrintable(failed->code));
    });
}

void StoreCheckArchive::offlineCheck(const bd::model::SearchRequest& request, QObject* context, Found found)
{
    if (!m_store.isOpen()) {
        found({});
        return;
    }
    using Cached = std::optional<bd::results::SearchAnswers>;
    m_store.call<Cached>(
        [cache = &m_cache, retro = &m_retro, request](bd::storage::Database& db) -> Cached {
            if (const auto failed = retro->remember(db, request))
                qCWarning(lcStorage, "offline check not kept for the retro-check: %s", qPrintable(failed->code));
            auto last = cache->lastFor(db, request.document);
            if (!last) {
                qCWarning(lcStorage, "cached answers unreadable: %s", qPrintable(last.error().code));
                return std::nullopt;
            }
            return last.value();
        },
        context,
        [hotlist = m_hotlist, document = request.document, context, found = std::move(found)](Cached cached) {
            if (!hotlist) {
                found({ std::move(cached), std::nullopt });
                return;
            }
            hotlist->lookup(document.issuingState, document.number, context,
                [cached = std::move(cached), found](bd::core::Result<std::optional<bd::storage::HotlistHit>> hit) {
                    OfflineFindings findings { cached, std::nullopt };
                    if (!hit)
                        qCWarning(lcStorage, "offline hotlist unreadable: %s", qPrintable(hit.error().code));
                    else if (hit.value())
                        findings.hotlist = bd::model::HotlistEntry { {}, hit.value()->kind, hit.value()->action };
                    found(std::move(findings));
                });
        });
}

} // namespace bd::session
