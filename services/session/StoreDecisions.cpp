#include "services/session/StoreDecisions.h"

#include "services/core/LogCategories.h"
#include "services/gateway/GatewayJson.h"
#include "services/session/DecisionJournal.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/Outbox.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace bd::session {

using bd::core::Error;
using bd::core::Result;

namespace {

Error invalid(const QString& detail)
{
    return Error { QString::fromLatin1(bd::storage::errors::kInvalidRecord), detail, {} };
}

std::optional<Error> insertDecision(
    QSqlDatabase& db, const bd::storage::FieldCipher& cipher, const DecisionEntry& entry)
{
    // The journal's line format: one encoding of a decision for the file and the store alike.
    auto sealed = cipher.seal(DecisionJournal::encode(entry), bd::storage::contexts::kDecisionEntry);
    if (!sealed)
        return sealed.error();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO decisions (search_id, at, entry) VALUES (?, ?, ?)"));
    query.addBindValue(entry.searchId);
    query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(sealed.value());
    if (query.exec())
        return std::nullopt;
    return Error { QString::fromLatin1(bd::storage::errors::kQuery),
        QStringLiteral("cannot record a decision: %1").arg(query.lastError().text()), {} };
}

} // namespace

StoreDecisions::StoreDecisions(bd::storage::Database& db, const bd::storage::FieldCipher& cipher)
    : m_db(db)
    , m_cipher(cipher)
{
}

Result<qint64> StoreDecisions::enqueue(
    QSqlDatabase& db, const bd::storage::FieldCipher& cipher, const bd::model::RecordSubmission& submission)
{
    if (submission.idempotencyKey.isEmpty())
        return invalid(QStringLiteral("a record for the outbox needs its idempotency key"));
    bd::storage::OutboxRecord record;
    record.idempotencyKey = submission.idempotencyKey;
    record.kind = submission.kind;
    record.createdAt = submission.at;
    record.payload = QJsonDocument(bd::gateway::json::encode(submission)).toJson(QJsonDocument::Compact);
    return bd::storage::Outbox::enqueue(db, cipher, record);
}

Result<qint64> StoreDecisions::enqueue(const bd::model::RecordSubmission& submission)
{
    qint64 seq = 0;
    const auto failed = m_db.transaction([&](QSqlDatabase& db) -> std::optional<Error> {
        auto added = enqueue(db, m_cipher, submission);
        if (!added)
            return added.error();
        seq = added.value();
        return std::nullopt;
    });
    if (failed)
        return *failed;
    qCInfo(lcStorage, "outbox: record %lld queued, kind %s", static_cast<long long>(seq), qPrintable(submission.kind));
    return seq;
}

Result<QList<qint64>> StoreDecisions::recordDecision(
    const DecisionEntry& entry, const QList<bd::model::RecordSubmission>& submissions)
{
    QSet<QString> keys;
    for (const auto& s : submissions) {
        if (s.kind == QLatin1String("decision") && s.idempotencyKey != entry.idempotencyKey)
            return invalid(QStringLiteral("the decision's idempotency key is not its submission's"));
        if (!s.idempotencyKey.isEmpty() && keys.contains(s.idempotencyKey))
            return invalid(QStringLiteral("two records of one decision share an idempotency key"));
        keys.insert(s.idempotencyKey);
    }
    QList<qint64> seqs;
    const auto failed = m_db.transaction([&](QSqlDatabase& db) -> std::optional<Error> {
        seqs.clear(); // a retried transaction starts afresh
        if (auto bad = insertDecision(db, m_cipher, entry))
            return bad;
        for (const auto& submission : submissions) {
            auto added = enqueue(db, m_cipher, submission);
            if (!added)
                return added.error();
            seqs.append(added.value());
        }
        return std::nullopt;
    });
    if (failed)
        return *failed;
    qCInfo(lcStorage, "decision recorded in the store with %lld outbox record(s)", static_cast<long long>(seqs.size()));
    return seqs;
}

Result<int> StoreDecisions::decisionCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM decisions")) || !query.next())
        return Error { QString::fromLatin1(bd::storage::errors::kQuery),
            QStringLiteral("cannot count decisions: %1").arg(query.lastError().text()), {} };
    return query.value(0).toInt();
}

} // namespace bd::session
