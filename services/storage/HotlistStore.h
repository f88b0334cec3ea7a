#pragma once

#include "services/core/Result.h"
#include "services/model/Records.h"
#include "services/storage/FieldCipher.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QSqlQuery;

namespace bd::storage {

class Database;

// What the offline hotlist says about a document: the alert's kind ("stolen-document", "arrest",
// ...) and the action it requires ("seize-document", ...). No personal data.
struct HotlistHit
{
    QString kind;
    QString action;
    bool operator==(const HotlistHit&) const = default;
};

// Which list the store holds: the gateway's version (0: none yet), the id of the hotlist key its
// entries are made with, how many entries, and when a gateway answer was last applied.
struct HotlistStatus
{
    qint64 version = 0;
    QString keyId;
    qint64 entries = 0;
    QDateTime syncedAt; // UTC; invalid: never synced
    bool operator==(const HotlistStatus&) const = default;
};

// The offline hotlist in the workstation's store (tables hotlist_state and hotlist): the gateway's
// /v1/hotlist answers applied one at a time, each in one transaction, so the list is always one
// the gateway sent, never half of one. Entries are the gateway's HMAC keys (32 bytes, no clear
// data) with their kind and action; the hotlist key they are made with is kept sealed
// (contexts::kHotlistKey) and, once opened, in memory, so a look-up is one HMAC and two prepared
// statements (the entry's SELECT, SQLite's data_version). A plain synchronous class over a
// Database& (the CLI and tests use it directly; the workstation through StoreThread): it belongs
// to the database's thread. A list and key replaced through another connection (the CLI's
// `hotlist sync` beside a running workstation) are seen at the next look-up.
class HotlistStore
{
public:
    HotlistStore(Database& database, FieldCipher cipher);
    ~HotlistStore();
    HotlistStore(const HotlistStore&) = delete;
    HotlistStore& operator=(const HotlistStore&) = delete;

    // Applies one gateway answer, stamped `at`. A full replace drops every entry and takes the new
    // key; a delta must follow the stored list exactly (its fromVersion the stored version, its key
    // id the stored one), else storage.hotlistGap: ask for the whole list (since=0). A malformed
    // answer is storage.hotlistInvalid. On any error the stored list is left as it was.
    std::optional<bd::core::Error> apply(const bd::model::HotlistDelta& delta, const QDateTime& at);

    // The entry for a document, if listed. Issuing state and number are normalised as an MRZ writes
    // them (model::hotlistMessage), so typed and read documents find the same entry. No list yet:
    // no hit.
    bd::core::Result<std::optional<HotlistHit>> lookup(const QString& issuingState, const QString& documentNumber);

    bd::core::Result<HotlistStatus> status() const;

private:
    struct Entry;
    struct State;
    static std::optional<bd::core::Error> convert(
        const bd::model::HotlistDelta& delta, std::vector<Entry>* added, QList<QByteArray>* removed);
    std::optional<bd::core::Error> loadKey();
    std::optional<bd::core::Error> prepareLookup();
    std::optional<bd::core::Error> refreshKey();
    std::optional<bd::core::Error> writeEntries(const std::vector<Entry>& entries, qint64* count);
    std::optional<bd::core::Error> removeEntries(const QList<QByteArray>& keys, qint64* count);
    std::optional<bd::core::Error> writeState(const State& state, bool replace);

    Database& m_db;
    FieldCipher m_cipher;
    bool m_keyLoaded = false;
    QByteArray m_key; // the opened hotlist key (empty: no list)
    std::unique_ptr<QSqlQuery> m_find; // prepared once, on first look-up
    std::unique_ptr<QSqlQuery> m_dataVersion; // PRAGMA data_version, prepared with m_find
    qint64 m_seenDataVersion = -1;
};

} // namespace bd::storage

Q_DECLARE_METATYPE(bd::storage::HotlistStatus)
