#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/model/Model.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace bd::session {

// A search that ended without any answer (the gateway unreachable), to be made again when the
// link returns.
struct OfflineCheck
{
    bd::model::SearchRequest request; // as sent at the time (its search id names the check)
    QDateTime checkedAt;
};

// The offline checks waiting for their retro-check (table offline_checks). The request holds the
// traveller's personal data, so it is sealed (AES-256-GCM); a check is found by its search id.
// Synchronous: the workstation runs it on the store's thread (StoreThread).
class RetroChecks
{
public:
    RetroChecks(const bd::storage::FieldCipher& cipher, const bd::core::Clock& clock);

    std::optional<bd::core::Error> remember(bd::storage::Database& db, const bd::model::SearchRequest& request) const;
    // Oldest first. An entry that does not open (changed on disk) is an error, not skipped.
    bd::core::Result<QList<OfflineCheck>> waiting(bd::storage::Database& db) const;
    // The check was made again: `outcome` is a code ("no-hit", "hit", "incomplete"), no personal data.
    std::optional<bd::core::Error> markRechecked(
        bd::storage::Database& db, const QString& searchId, const QString& outcome) const;
    // Retention: re-checked entries older than `maxAgeSeconds` go; waiting ones stay until re-checked.
    bd::core::Result<int> purgeRecheckedOlderThan(bd::storage::Database& db, qint64 maxAgeSeconds) const;
    bd::core::Result<int> waitingCount(bd::storage::Database& db) const;

private:
    const bd::storage::FieldCipher& m_cipher;
    const bd::core::Clock& m_clock;
};

} // namespace bd::session
