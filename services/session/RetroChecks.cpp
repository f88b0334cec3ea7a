#include "services/session/RetroChecks.h"

#include "services/gateway/GatewayJson.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bd::session {

using bd::core::Error;

namespace {

QString storedTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Error queryError(const QSqlQuery& query, const char* what)
{
    return Error { QString::fromLatin1(bd::storage::errors::kQuery),
        QStringLiteral("offline checks: %1 failed: %2").arg(QLatin1String(what), query.lastError().text()), {} };
}

} // namespace

RetroChecks::RetroChecks(const bd::storage::FieldCipher& cipher, const bd::core::Clock& clock)
    : m_cipher(cipher)
    , m_clock(clock)
{
}

std::optional<Error> RetroChecks::remember(bd::storage::Database& db, const bd::model::SearchRequest& request) const
{
    const QByteArray plain = QJsonDocument(bd::gateway::json::encode(request)).toJson(QJsonDocument::Compact);
    auto sealed = m_cipher.seal(plain, bd::storage::contexts::kRetroRequest);
    if (!sealed)
        return sealed.error();
    return db.transaction([&](QSqlDatabase& c) -> std::optional<Error> {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO offline_checks (search_id, lookup_key, checked_at, request) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(request.searchId);
        q.addBindValue(m_cipher.documentLookupKey(request.document.number, request.document.issuingState));
        q.addBindValue(storedTime(m_clock.now()));
        q.addBindValue(sealed.value());
        if (!q.exec())
            return queryError(q, "remember");
        return std::nullopt;
    });
}

bd::core::Result<QList<OfflineCheck>> RetroChecks::waiting(bd::storage::Database& db) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT checked_at, request FROM offline_checks WHERE state = 'waiting' ORDER BY checked_at, search_id")))
        return queryError(q, "list");
    QList<OfflineCheck> out;
    while (q.next()) {
        auto opened = m_cipher.open(q.value(1).toByteArray(), bd::storage::contexts::kRetroRequest);
        if (!opened)
            return opened.error();
        auto object = bd::gateway::json::parseObject(opened.value());
        if (!object)
            return object.error();
        auto request = bd::gateway::json::decodeSearchRequest(object.value());
        if (!request)
            return request.error();
        out.append({ std::move(request.value()), QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs) });
    }
    return out;
}

std::optional<Error> RetroChecks::markRechecked(
    bd::storage::Database& db, const QString& searchId, const QString& outcome) const
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "UPDATE offline_checks SET state = 'rechecked', rechecked_at = ?, outcome = ? WHERE search_id = ?"));
    q.addBindValue(storedTime(m_clock.now()));
    q.addBindValue(outcome);
    q.addBindValue(searchId);
    if (!q.exec())
        return queryError(q, "mark");
    return std::nullopt;
}

bd::core::Result<int> RetroChecks::purgeRecheckedOlderThan(bd::storage::Database& db, qint64 maxAgeSeconds) const
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM offline_checks WHERE state = 'rechecked' AND rechecked_at < ?"));
    q.addBindValue(storedTime(m_clock.now().addSecs(-maxAgeSeconds)));
    if (!q.exec())
        return queryError(q, "purge");
    return q.numRowsAffected();
}

bd::core::Result<int> RetroChecks::waitingCount(bd::storage::Database& db) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM offline_checks WHERE state = 'waiting'")) || !q.next())
        return queryError(q, "count");
    return q.value(0).toInt();
}

} // namespace bd::session
