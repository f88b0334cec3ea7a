#include "services/storage/OutboxRecovery.h"

#include "services/core/LogCategories.h"
#include "services/storage/StorageErrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace bd::storage {

namespace {

struct Row
{
    QVariantList values; // idempotency_key, kind, created_at, payload, state, attempts, failures, last_error
};

// What can be read of the damaged file's unsent rows, oldest first, until a damaged page stops it.
QList<Row> readUnsent(const QString& damagedPath, bool* complete)
{
    QList<Row> rows;
    const QString name = QStringLiteral("bd-recovery-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(damagedPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *complete = false;
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT idempotency_key, kind, created_at, payload, state, attempts, failures, "
                                       "last_error FROM outbox WHERE state != 'sent' ORDER BY seq"))) {
                *complete = false;
            } else {
                while (q.next()) {
                    Row r;
                    for (int i = 0; i < 8; ++i)
                        r.values << q.value(i);
                    rows.append(r);
                }
                if (q.lastError().isValid())
                    *complete = false; // SQLITE_CORRUPT part way: keep what came before
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

bd::core::Result<OutboxRecovered> recoverOutbox(const QString& damagedPath, Database& fresh)
{
    OutboxRecovered out;
    const QList<Row> rows = readUnsent(damagedPath, &out.complete);
    const auto failed = fresh.transaction([&](QSqlDatabase& db) -> std::optional<bd::core::Error> {
        for (const Row& r : rows) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO outbox (idempotency_key, kind, created_at, payload, state, "
                                     "attempts, failures, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v : r.values)
                q.addBindValue(v);
            if (!q.exec())
                return bd::core::Error { QString::fromLatin1(errors::kQuery),
                    QStringLiteral("recovering the outbox failed: %1").arg(q.lastError().text()), {} };
            out.records += q.numRowsAffected() > 0 ? 1 : 0;
        }
        return std::nullopt;
    });
    if (failed)
        return *failed;
    qCInfo(lcStorage, "outbox recovery: %d unsent records copied from the damaged store%s", out.records,
        out.complete ? "" : " (reading stopped at a damaged part)");
    return out;
}

} // namespace bd::storage
