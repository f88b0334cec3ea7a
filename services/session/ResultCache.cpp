#include "services/session/ResultCache.h"

#include "services/results/StreamReplay.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bd::session {

using bd::core::Error;
namespace errors = bd::storage::errors;

namespace {

// Times are stored as ISO 8601 UTC with milliseconds: text that sorts in time order.
QString storedTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Error queryError(const QSqlQuery& query, const char* what)
{
    return Error { QString::fromLatin1(errors::kQuery),
        QStringLiteral("result cache: %1 failed: %2").arg(QLatin1String(what), query.lastError().text()), {} };
}

// What is sealed: the protocol's messages as NDJSON (what StreamReplay reads) and the stream error
// the client saw, if any, so the answers replay as they were.
QByteArray payloadFor(const bd::results::SearchAnswers& answers)
{
    QJsonObject o { { QStringLiteral("v"), 1 },
        { QStringLiteral("answers"),
            QString::fromUtf8(bd::results::searchAnswersToNdjson(answers.request, answers.events, answers.summary)) } };
    if (answers.streamError)
        o.insert(QStringLiteral("streamError"),
            QJsonObject { { QStringLiteral("code"), answers.streamError->code },
                { QStringLiteral("detail"), answers.streamError->detail } });
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bd::core::Result<bd::results::SearchAnswers> answersFrom(const QByteArray& payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    if (o.value(QStringLiteral("v")).toInt() != 1)
        return Error { QString::fromLatin1(errors::kQuery), QStringLiteral("result cache: unknown entry format"), {} };
    auto replayed = bd::results::replaySearchAnswers(o.value(QStringLiteral("answers")).toString().toUtf8());
    if (!replayed)
        return replayed.error();
    bd::results::SearchAnswers answers = std::move(replayed.value());
    const QJsonObject stream = o.value(QStringLiteral("streamError")).toObject();
    if (!stream.isEmpty() && !answers.streamError)
        answers.streamError = Error { stream.value(QStringLiteral("code")).toString(),
            stream.value(QStringLiteral("detail")).toString(), {} };
    return answers;
}

} // namespace

ResultCache::ResultCache(const bd::storage::FieldCipher& cipher, const bd::core::Clock& clock)
    : m_cipher(cipher)
    , m_clock(clock)
{
}

std::optional<Error> ResultCache::keep(bd::storage::Database& db, const bd::results::SearchAnswers& answers) const
{
    if (answers.cachedAt.isValid())
        return std::nullopt; // already the cache's: keeping it again would make it look newer
    const bool anyAnswer = std::any_of(answers.events.cbegin(), answers.events.cend(), [](const auto& e) {
        return e.status == bd::model::SystemStatus::Hit || e.status == bd::model::SystemStatus::NoHit;
    });
    if (!anyAnswer)
        return std::nullopt; // no system answered: the last real answers are worth more than none
    const auto& document = answers.request.document;
    auto sealed = m_cipher.seal(payloadFor(answers), bd::storage::contexts::kCacheResult);
    if (!sealed)
        return sealed.error();
    return db.transaction([&](QSqlDatabase& c) -> std::optional<Error> {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO result_cache (lookup_key, cached_at, search_id, payload) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(m_cipher.documentLookupKey(document.number, document.issuingState));
        q.addBindValue(storedTime(m_clock.now()));
        q.addBindValue(answers.request.searchId);
        q.addBindValue(sealed.value());
        if (!q.exec())
            return queryError(q, "keep");
        return std::nullopt;
    });
}

bd::core::Result<std::optional<bd::results::SearchAnswers>> ResultCache::lastFor(
    bd::storage::Database& db, const bd::model::DocumentData& document) const
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT cached_at, payload FROM result_cache WHERE lookup_key = ?"));
    q.addBindValue(m_cipher.documentLookupKey(document.number, document.issuingState));
    if (!q.exec())
        return queryError(q, "look-up");
    if (!q.next())
        return std::optional<bd::results::SearchAnswers>();
    const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    auto opened = m_cipher.open(q.value(1).toByteArray(), bd::storage::contexts::kCacheResult);
    if (!opened)
        return opened.error();
    auto answers = answersFrom(opened.value());
    if (!answers)
        return answers.error();
    answers.value().cachedAt = at.isValid() ? at : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    return std::optional(std::move(answers.value()));
}

bd::core::Result<int> ResultCache::purgeOlderThan(bd::storage::Database& db, qint64 maxAgeSeconds) const
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM result_cache WHERE cached_at < ?"));
    q.addBindValue(storedTime(m_clock.now().addSecs(-maxAgeSeconds)));
    if (!q.exec())
        return queryError(q, "purge");
    return q.numRowsAffected();
}

bd::core::Result<int> ResultCache::purgeAll(bd::storage::Database& db) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("DELETE FROM result_cache")))
        return queryError(q, "purge");
    return q.numRowsAffected();
}

bd::core::Result<CacheStats> ResultCache::stats(bd::storage::Database& db) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*), MIN(cached_at), MAX(cached_at) FROM result_cache")) || !q.next())
        return queryError(q, "statistics");
    CacheStats s;
    s.entries = q.value(0).toInt();
    s.oldest = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    s.newest = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    return s;
}

} // namespace bd::session
