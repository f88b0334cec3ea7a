#include "services/storage/StoreSchema.h"

namespace bd::storage {

QList<Migration> storeMigrations()
{
    Migration v1;
    v1.version = 1;
    v1.statements = {
        QStringLiteral("CREATE TABLE decisions ("
                       " id INTEGER PRIMARY KEY,"
                       " search_id TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " entry BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE outbox ("
                       " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " idempotency_key TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " payload BLOB NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'quarantined')),"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " failures INTEGER NOT NULL DEFAULT 0,"
                       " next_attempt_at TEXT,"
                       " last_error TEXT,"
                       " sent_at TEXT,"
                       " record_id TEXT)"),
        QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, seq)"),
        QStringLiteral("CREATE TABLE result_cache ("
                       " lookup_key BLOB PRIMARY KEY,"
                       " cached_at TEXT NOT NULL,"
                       " search_id TEXT NOT NULL,"
                       " payload BLOB NOT NULL)"),
        QStringLiteral("CREATE INDEX result_cache_by_time ON result_cache (cached_at)"),
        QStringLiteral("CREATE TABLE offline_checks ("
                       " search_id TEXT PRIMARY KEY,"
                       " lookup_key BLOB NOT NULL,"
                       " checked_at TEXT NOT NULL,"
                       " request BLOB NOT NULL,"
                       " state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'rechecked')),"
                       " rechecked_at TEXT,"
                       " outcome TEXT)"),
        QStringLiteral("CREATE TABLE hotlist_state ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " version INTEGER NOT NULL,"
                       " key_id TEXT NOT NULL,"
                       " key BLOB NOT NULL,"
                       " entries INTEGER NOT NULL,"
                       " synced_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE hotlist ("
                       " key BLOB PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " action TEXT NOT NULL) WITHOUT ROWID"),
    };
    Migration v2;
    v2.version = 2;
    v2.statements = {
        QStringLiteral("CREATE TABLE audit_shipping ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " seq INTEGER NOT NULL,"
                       " byte_offset INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
    };
    return { v1, v2 };
}

} // namespace bd::storage
