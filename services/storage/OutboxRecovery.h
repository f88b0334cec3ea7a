#pragma once

#include "services/core/Result.h"
#include "services/storage/Database.h"

#include <QString>

namespace bd::storage {

struct OutboxRecovered
{
    int records = 0; // unsent records copied into the fresh store
    bool complete = true; // false: reading stopped at a damaged part; what came before is kept
};

// After a damaged store was moved aside (Database::open), the records it still had to send are
// not lost with it: every unsent outbox row (pending or quarantined) that can still be read from
// the damaged file is copied into the fresh store's outbox, in its order, with its idempotency key,
// its state and its payload as sealed (the data key is the same), so it is sent once — the gateway
// stores a record it already had once. Reading is best effort and read-only (the damaged file is
// evidence and is left as it is); a row whose key is already queued is skipped.
bd::core::Result<OutboxRecovered> recoverOutbox(const QString& damagedPath, Database& fresh);

} // namespace bd::storage
