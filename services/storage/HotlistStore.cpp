#include "services/storage/HotlistStore.h"

#include "services/model/HotlistKey.h"
#include "services/storage/Database.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bd::storage {

using bd::core::Error;
using bd::core::Result;
using bd::model::HotlistDelta;

struct HotlistStore::Entry
{
    QByteArray key; // 32 bytes
    QString kind;
    QString action;
};

struct HotlistStore::State
{
    qint64 version = 0;
    QString keyId;
    QByteArray sealedKey;
    qint64 entries = 0;
    QDateTime syncedAt;
};

namespace {

Error hotlistError(const char* code, const QString& detail)
{
    return Error { QString::fromLatin1(code), detail, {} };
}

Error sqlError(const QString& what, const QSqlQuery& query)
{
    return hotlistError(errors::kHotlist, QStringLiteral("%1: %2").arg(what, query.lastError().text()));
}

// The 32-byte key an entry is stored under, from the protocol's 64 lower-case hex digits; empty
// when the text is anything else (so a key is stored one way only).
QByteArray binaryKey(const QString& hex)
{
    const QByteArray text = hex.toLatin1();
    QByteArray key = QByteArray::fromHex(text);
    return key.size() == 32 && key.toHex() == text ? key : QByteArray();
}

// Why a delta cannot be applied to the stored list; nullopt when it follows it.
std::optional<Error> gapBetween(const HotlistStatus& held, const HotlistDelta& delta)
{
    QString why;
    if (held.version == 0)
        why = QStringLiteral("no hotlist is held yet");
    else if (delta.keyId != held.keyId)
        why = QStringLiteral("the delta is made with hotlist key %1, the list held with %2")
                  .arg(delta.keyId, held.keyId);
    else if (delta.fromVersion != held.version)
        why = QStringLiteral("the delta starts at version %1, the list held is at %2")
                  .arg(delta.fromVersion)
                  .arg(held.version);
    if (why.isEmpty())
        return std::nullopt;
    return hotlistError(errors::kHotlistGap, why + QStringLiteral(": fetch the whole list"));
}

// SQLite's NOT NULL: an entry without an action is stored with an empty one.
QString orEmpty(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace

// The answer's entries and removals as stored, checked before anything is written. Both are
// sorted by key: writing in key order touches each B-tree page once, which is what makes a large
// list fast to load and a large delta fast to apply.
std::optional<Error> HotlistStore::convert(
    const HotlistDelta& delta, std::vector<Entry>* added, QList<QByteArray>* removed)
{
    if (delta.keyId.isEmpty())
        return hotlistError(errors::kHotlistInvalid, QStringLiteral("the hotlist answer names no key id"));
    if (delta.fullReplace && delta.key.size() != bd::model::kHotlistKeyBytes)
        return hotlistError(errors::kHotlistInvalid, QStringLiteral("a full hotlist needs a 32-byte key"));
    if (delta.toVersion < delta.fromVersion)
        return hotlistError(errors::kHotlistInvalid, QStringLiteral("the hotlist answer goes back in version"));
    added->reserve(static_cast<std::size_t>(delta.added.size()));
    for (const auto& e : delta.added) {
        QByteArray key = binaryKey(e.key);
        if (key.isEmpty())
            return hotlistError(errors::kHotlistInvalid, QStringLiteral("a hotlist entry key is not 64 hex digits"));
        added->push_back({ std::move(key), e.kind, e.action });
    }
    std::sort(added->begin(), added->end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    for (const QString& hex : delta.removed) {
        QByteArray key = binaryKey(hex);
        if (key.isEmpty())
            return hotlistError(errors::kHotlistInvalid, QStringLiteral("a removed hotlist key is not 64 hex digits"));
        removed->append(std::move(key));
    }
    std::sort(removed->begin(), removed->end());
    return std::nullopt;
}

HotlistStore::HotlistStore(Database& database, FieldCipher cipher)
    : m_db(database)
    , m_cipher(std::move(cipher))
{
}

HotlistStore::~HotlistStore() = default;

Result<HotlistStatus> HotlistStore::status() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT version, key_id, entries, synced_at FROM hotlist_state WHERE id = 1")))
        return sqlError(QStringLiteral("cannot read the hotlist state"), query);
    HotlistStatus s;
    if (query.next()) {
        s.version = query.value(0).toLongLong();
        s.keyId = query.value(1).toString();
        s.entries = query.value(2).toLongLong();
        s.syncedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    }
    return s;
}

std::optional<Error> HotlistStore::apply(const HotlistDelta& delta, const QDateTime& at)
{
    std::vector<Entry> added;
    QList<QByteArray> removed;
    if (auto invalid = convert(delta, &added, &removed))
        return invalid;
    const auto held = status();
    if (!held)
        return held.error();
    if (!delta.fullReplace)
        if (auto gap = gapBetween(*held, delta))
            return gap;
    State next { delta.toVersion, delta.keyId, {}, delta.fullReplace ? 0 : held->entries, at.toUTC() };
    if (delta.fullReplace) {
        auto sealed = m_cipher.seal(delta.key, contexts::kHotlistKey);
        if (!sealed)
            return sealed.error();
        next.sealedKey = sealed.value();
    }
    auto failed = m_db.transaction([&](QSqlDatabase& db) -> std::optional<Error> {
        if (delta.fullReplace) {
            QSqlQuery clear(db);
            if (!clear.exec(QStringLiteral("DELETE FROM hotlist")))
                return sqlError(QStringLiteral("cannot clear the hotlist"), clear);
        } else if (auto notRemoved = removeEntries(removed, &next.entries)) {
            return notRemoved;
        }
        if (auto notWritten = writeEntries(added, &next.entries))
            return notWritten;
        return writeState(next, delta.fullReplace);
    });
    if (failed)
        return failed; // rolled back: the list held is unchanged
    if (delta.fullReplace) {
        m_key = delta.key;
        m_keyLoaded = true;
    }
    return std::nullopt;
}

std::optional<Error> HotlistStore::removeEntries(const QList<QByteArray>& keys, qint64* count)
{
    QSqlQuery remove(m_db.connection());
    if (!remove.prepare(QStringLiteral("DELETE FROM hotlist WHERE key = ?")))
        return sqlError(QStringLiteral("cannot prepare the hotlist removal"), remove);
    for (const QByteArray& key : keys) {
        remove.bindValue(0, key);
        if (!remove.exec())
            return sqlError(QStringLiteral("cannot remove a hotlist entry"), remove);
        *count -= remove.numRowsAffected();
    }
    return std::nullopt;
}

// New keys are inserted and counted; a key already listed (a delta may list again what it
// changes) gets the new kind and action.
std::optional<Error> HotlistStore::writeEntries(const std::vector<Entry>& entries, qint64* count)
{
    QSqlQuery insert(m_db.connection());
    QSqlQuery update(m_db.connection());
    if (!insert.prepare(QStringLiteral("INSERT OR IGNORE INTO hotlist (key, kind, action) VALUES (?, ?, ?)"))
        || !update.prepare(QStringLiteral("UPDATE hotlist SET kind = ?, action = ? WHERE key = ?")))
        return sqlError(QStringLiteral("cannot prepare the hotlist insert"), insert);
    for (const Entry& e : entries) {
        insert.bindValue(0, e.key);
        insert.bindValue(1, e.kind);
        insert.bindValue(2, orEmpty(e.action));
        if (!insert.exec())
            return sqlError(QStringLiteral("cannot add a hotlist entry"), insert);
        if (insert.numRowsAffected() > 0) {
            ++*count;
            continue;
        }
        update.bindValue(0, e.kind);
        update.bindValue(1, orEmpty(e.action));
        update.bindValue(2, e.key);
        if (!update.exec())
            return sqlError(QStringLiteral("cannot change a hotlist entry"), update);
    }
    return std::nullopt;
}

std::optional<Error> HotlistStore::writeState(const State& state, bool replace)
{
    QSqlQuery query(m_db.connection());
    const bool prepared = replace
        ? query.prepare(QStringLiteral("INSERT OR REPLACE INTO hotlist_state (id, version, key_id, entries, synced_at,"
                                       " key) VALUES (1, ?, ?, ?, ?, ?)"))
        : query.prepare(QStringLiteral(
            "UPDATE hotlist_state SET version = ?, key_id = ?, entries = ?, synced_at = ? WHERE id = 1"));
    if (!prepared)
        return sqlError(QStringLiteral("cannot prepare the hotlist state"), query);
    query.bindValue(0, state.version);
    query.bindValue(1, state.keyId);
    query.bindValue(2, state.entries);
    query.bindValue(3, state.syncedAt.toString(Qt::ISODateWithMs));
    if (replace)
        query.bindValue(4, state.sealedKey);
    if (!query.exec())
        return sqlError(QStringLiteral("cannot write the hotlist state"), query);
    return std::nullopt;
}

std::optional<Error> HotlistStore::loadKey()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT key FROM hotlist_state WHERE id = 1")))
        return sqlError(QStringLiteral("cannot read the hotlist key"), query);
    QByteArray key;
    if (query.next()) {
        auto opened = m_cipher.open(query.value(0).toByteArray(), contexts::kHotlistKey);
        if (!opened)
            return opened.error();
        key = opened.value();
    }
    m_key = key;
    m_keyLoaded = true;
    return std::nullopt;
}

std::optional<Error> HotlistStore::prepareLookup()
{
    if (m_find)
        return std::nullopt;
    auto find = std::make_unique<QSqlQuery>(m_db.connection());
    auto dataVersion = std::make_unique<QSqlQuery>(m_db.connection());
    find->setForwardOnly(true);
    dataVersion->setForwardOnly(true);
    if (!find->prepare(QStringLiteral("SELECT kind, action FROM hotlist WHERE key = ?")))
        return sqlError(QStringLiteral("cannot prepare the hotlist look-up"), *find);
    if (!dataVersion->prepare(QStringLiteral("PRAGMA data_version")))
        return sqlError(QStringLiteral("cannot prepare the hotlist look-up"), *dataVersion);
    m_find = std::move(find);
    m_dataVersion = std::move(dataVersion);
    return std::nullopt;
}

// SQLite's data_version changes when another connection commits: the list (and perhaps its key)
// may have been replaced there, so the key is read again. Commits of this connection do not change
// it; apply() keeps the key itself.
std::optional<Error> HotlistStore::refreshKey()
{
    if (!m_dataVersion->exec() || !m_dataVersion->next())
        return sqlError(QStringLiteral("cannot read the store's data version"), *m_dataVersion);
    const qint64 version = m_dataVersion->value(0).toLongLong();
    m_dataVersion->finish();
    if (m_keyLoaded && version == m_seenDataVersion)
        return std::nullopt;
    m_seenDataVersion = version;
    return loadKey();
}

Result<std::optional<HotlistHit>> HotlistStore::lookup(const QString& issuingState, const QString& documentNumber)
{
    if (auto failed = prepareLookup())
        return *failed;
    if (auto failed = refreshKey())
        return *failed;
    if (m_key.isEmpty())
        return std::optional<HotlistHit>();
    m_find->bindValue(0, bd::model::hotlistDigest(m_key, issuingState, documentNumber));
    if (!m_find->exec())
        return sqlError(QStringLiteral("cannot look up the hotlist"), *m_find);
    std::optional<HotlistHit> hit;
    if (m_find->next())
        hit = HotlistHit { m_find->value(0).toString(), m_find->value(1).toString() };
    m_find->finish();
    return hit;
}

} // namespace bd::storage
