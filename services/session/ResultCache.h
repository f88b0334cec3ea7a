#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/results/CheckFacts.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"

#include <QDateTime>

#include <optional>

namespace bd::session {

struct CacheStats
{
    int entries = 0;
    QDateTime oldest; // invalid when empty
    QDateTime newest;
};

// The last answers per traveller, for when the gateway cannot be reached (table result_cache).
// Kept are the gateway's answers as they arrived (the protocol's own messages, sealed with
// AES-256-GCM), not a finished result: shown offline they are unified again with today's facts and
// marked as the cache's (SearchAnswers::cachedAt), which never admits (rule R55). Found by the keyed
// hash of the document number and issuing state; one entry per document, the newest replacing the
// one before. Synchronous: the workstation runs it on the store's thread (StoreThread).
class ResultCache
{
public:
    ResultCache(const bd::storage::FieldCipher& cipher, const bd::core::Clock& clock);

    // Keeps `answers` as the document's last. Not kept: answers that came from the cache, and answers
    // in which no system said hit or no hit (they would replace real answers with none).
    std::optional<bd::core::Error> keep(bd::storage::Database& db, const bd::results::SearchAnswers& answers) const;
    // The document's last answers with cachedAt set, or none. storage.tampered when the entry does
    // not open (changed on disk, or another key).
    bd::core::Result<std::optional<bd::results::SearchAnswers>> lastFor(
        bd::storage::Database& db, const bd::model::DocumentData& document) const;

    // Retention: drops entries kept more than `maxAgeSeconds` ago; returns how many.
    bd::core::Result<int> purgeOlderThan(bd::storage::Database& db, qint64 maxAgeSeconds) const;
    bd::core::Result<int> purgeAll(bd::storage::Database& db) const;
    bd::core::Result<CacheStats> stats(bd::storage::Database& db) const;

private:
    const bd::storage::FieldCipher& m_cipher;
    const bd::core::Clock& m_clock;
};

} // namespace bd::session
