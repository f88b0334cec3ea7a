#include "app/cli/QueryStore.h"

#include "services/storage/DataKeys.h"
#include "services/storage/StoreSchema.h"

#include <QDir>
#include <QSysInfo>

#include <cstdio>

namespace bd::app::cli {

namespace {

void say(const QString& text)
{
    std::fprintf(stderr, "borderdesk-cli query: %s\n", qPrintable(text));
}

} // namespace

QueryStore::QueryStore(const bd::storage::DataKeys& keys, const bd::core::Clock& clock)
    : m_cipher(keys)
    , m_cache(m_cipher, clock)
    , m_retro(m_cipher, clock)
{
}

bd::core::Result<std::unique_ptr<QueryStore>> QueryStore::open(const QString& dataDir, const bd::core::Clock& clock)
{
    const auto keys = bd::storage::loadOrCreateDataKeys(dataDir);
    if (!keys)
        return keys.error();
    std::unique_ptr<QueryStore> store(new QueryStore(keys.value(), clock));
    auto trail = bd::storage::AuditTrail::open(dataDir, keys.value(), clock, nullptr);
    if (!trail)
        return trail.error();
    store->m_trail = std::move(trail.value());
    auto db = bd::storage::Database::open(QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)),
        bd::storage::storeMigrations(), clock);
    if (!db)
        return db.error();
    store->m_db = std::move(db.value());
    return store;
}

void QueryStore::record(const bd::storage::AuditEvent& event)
{
    bd::storage::AuditEvent stamped = event;
    if (stamped.workstationId.isEmpty())
        stamped.workstationId = QSysInfo::machineHostName();
    stamped.details.insert(QStringLiteral("tool"), QStringLiteral("borderdesk-cli"));
    if (const auto failed = m_trail->append(stamped))
        say(QStringLiteral("the %1 could not be put on the audit trail: %2").arg(event.kind, failed->detail));
}

void QueryStore::keep(const bd::results::SearchAnswers& answers)
{
    if (const auto failed = m_cache.keep(*m_db, answers))
        say(QStringLiteral("the answers could not be cached: %1").arg(failed->detail));
}

std::optional<bd::results::SearchAnswers> QueryStore::offline(const bd::model::SearchRequest& request)
{
    if (const auto failed = m_retro.remember(*m_db, request))
        say(QStringLiteral("the check could not be kept for its re-check: %1").arg(failed->detail));
    auto cached = m_cache.lastFor(*m_db, request.document);
    if (!cached) {
        say(QStringLiteral("the cached answers cannot be read: %1").arg(cached.error().detail));
        return std::nullopt;
    }
    return cached.value();
}

} // namespace bd::app::cli
