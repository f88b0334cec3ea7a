#include "services/session/AuditShipper.h"

#include "services/core/LogCategories.h"
#include "services/model/Records.h"
#include "services/session/OutboxSender.h"
#include "services/session/StoreDecisions.h"
#include "services/storage/Database.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreThread.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace bd::session {

using bd::core::Error;
using bd::core::Result;
using bd::storage::AuditPosition;

namespace {

Error queryError(const QString& what, const QSqlQuery& query)
{
    return Error { QString::fromLatin1(bd::storage::errors::kQuery),
        QStringLiteral("%1: %2").arg(what, query.lastError().text()), {} };
}

Result<AuditPosition> readPosition(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, byte_offset FROM audit_shipping WHERE id = 1")))
        return queryError(QStringLiteral("cannot read how far the audit trail was queued"), query);
    if (!query.next())
        return AuditPosition {};
    return AuditPosition { query.value(0).toLongLong(), query.value(1).toLongLong() };
}

// Already in the outbox: a store recovered from a damaged one keeps the records it had not sent,
// while its position starts again at the trail's beginning.
Result<bool> alreadyQueued(QSqlDatabase& db, const QString& key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE idempotency_key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return queryError(QStringLiteral("cannot look up an outbox record"), query);
    return query.next();
}

bd::model::RecordSubmission submissionOf(const bd::storage::AuditRecord& record)
{
    bd::model::RecordSubmission s;
    s.idempotencyKey = AuditShipping::idempotencyKey(record.event.workstationId, record.seq);
    s.kind = QStringLiteral("audit");
    s.officerId = record.event.officerId;
    s.at = record.at;
    if (record.event.kind == QLatin1String("search"))
        s.searchId = record.event.reference;
    s.audit = bd::model::AuditRecordPart { record.seq, record.event.kind, record.event.workstationId,
        record.event.reference, record.event.details, record.mac };
    return s;
}

} // namespace

AuditShipping::AuditShipping(bd::storage::Database& db, const bd::storage::FieldCipher& cipher)
    : m_db(db)
    , m_cipher(cipher)
{
}

QString AuditShipping::idempotencyKey(const QString& workstationId, qint64 seq)
{
    const QByteArray station = QCryptographicHash::hash(workstationId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("audit-%1-%2").arg(QString::fromLatin1(station.left(16))).arg(seq);
}

Result<AuditPosition> AuditShipping::position() const
{
    return readPosition(m_db.connection());
}

Result<AuditShipped> AuditShipping::ship(const QString& dataDir, const bd::storage::DataKeys& keys, int limit)
{
    const auto from = position();
    if (!from)
        return from.error();
    const bd::storage::AuditBatch batch = bd::storage::AuditTrail::readAfter(dataDir, keys, from.value(), limit);
    AuditShipped shipped;
    shipped.unreadable = batch.unreadable;
    shipped.more = batch.records.size() >= limit;
    shipped.position = batch.next;
    if (batch.next == from.value())
        return shipped;
    const auto failed = m_db.transaction([&](QSqlDatabase& db) -> std::optional<Error> {
        for (const bd::storage::AuditRecord& record : batch.records) {
            const bd::model::RecordSubmission submission = submissionOf(record);
            const auto queued = alreadyQueued(db, submission.idempotencyKey);
            if (!queued)
                return queued.error();
            if (queued.value())
                continue;
            if (auto added = StoreDecisions::enqueue(db, m_cipher, submission); !added)
                return added.error();
            ++shipped.queued;
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO audit_shipping (id, seq, byte_offset, updated_at) VALUES (1, ?, ?, "
                                     "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (id) DO UPDATE SET "
                                     "seq = excluded.seq, byte_offset = excluded.byte_offset, "
                                     "updated_at = excluded.updated_at"));
        query.addBindValue(batch.next.seq);
        query.addBindValue(batch.next.offset);
        if (!query.exec())
            return queryError(QStringLiteral("cannot record how far the audit trail was queued"), query);
        return std::nullopt;
    });
    if (failed)
        return *failed;
    return shipped;
}

AuditShipper::AuditShipper(bd::storage::StoreThread& store,
    const bd::storage::FieldCipher& cipher,
    QString dataDir,
    bd::storage::DataKeys keys,
    QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_cipher(cipher)
    , m_dir(std::move(dataDir))
    , m_keys(std::move(keys))
{
}

AuditShipper::~AuditShipper() = default;

void AuditShipper::ship()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_store.isOpen())
        return;
    m_running = true;
    m_again = false;
    using Outcome = Result<AuditShipped>;
    m_store.call<Outcome>(
        [cipher = &m_cipher, dir = m_dir, keys = m_keys](
            bd::storage::Database& db) -> Outcome { return AuditShipping(db, *cipher).ship(dir, keys, kRoundLimit); },
        this, [this](Outcome outcome) { roundDone(outcome); });
}

void AuditShipper::roundDone(const Result<AuditShipped>& outcome)
{
    m_running = false;
    if (!outcome) {
        // Nothing was queued and the position did not move: the next round tries the same records.
        m_lastError = outcome.error().code;
        qCWarning(lcStorage, "audit shipping failed: %s", qPrintable(outcome.error().code));
        emit failed(outcome.error().code);
    } else {
        m_lastError.clear();
        const AuditShipped& round = outcome.value();
        if (round.unreadable > 0)
            qCWarning(lcStorage, "audit shipping: %d trail lines skipped (not a record, or altered)", round.unreadable);
        if (round.queued > 0) {
            m_queued += round.queued;
            qCInfo(lcStorage, "audit shipping: %d records queued, up to record %lld", round.queued,
                static_cast<long long>(round.position.seq));
            if (m_sender)
                m_sender->wake();
            emit shipped(round.queued);
        }
        if (round.more)
            m_again = true;
    }
    if (m_again)
        ship();
}

} // namespace bd::session
