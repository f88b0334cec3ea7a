#include "services/storage/Outbox.h"

#include "services/storage/FieldCipher.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace bd::storage {

using bd::core::Error;
using bd::core::Result;

namespace {

constexpr char kColumns[] = "seq, idempotency_key, kind, state, created_at, attempts, failures, next_attempt_at, "
                            "last_error, sent_at, record_id";

// Times are stored as UTC ISO text with milliseconds, so text order is time order.
QString timeText(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    when.setTimeSpec(Qt::UTC);
    return when;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

Error queryError(const QSqlQuery& query, const QString& what)
{
    return Error { QString::fromLatin1(errors::kQuery),
        QStringLiteral("outbox: cannot %1: %2").arg(what, query.lastError().text()), {} };
}

Error unknownItem(qint64 seq)
{
    return Error { QString::fromLatin1(errors::kOutboxUnknown),
        QStringLiteral("outbox: no item %1 in the state this needs").arg(seq), { { QStringLiteral("seq"), seq } } };
}

OutboxState stateFrom(const QString& key)
{
    if (key == QLatin1String("sent"))
        return OutboxState::Sent;
    if (key == QLatin1String("quarantined"))
        return OutboxState::Quarantined;
    return OutboxState::Pending;
}

// Reads a row selected with kColumns.
OutboxItem itemFrom(const QSqlQuery& q)
{
    OutboxItem item;
    item.seq = q.value(0).toLongLong();
    item.idempotencyKey = q.value(1).toString();
    item.kind = q.value(2).toString();
    item.state = stateFrom(q.value(3).toString());
    item.createdAt = parseTime(q.value(4));
    item.attempts = q.value(5).toInt();
    item.failures = q.value(6).toInt();
    item.nextAttemptAt = parseTime(q.value(7));
    item.lastError = q.value(8).toString();
    item.sentAt = parseTime(q.value(9));
    item.recordId = q.value(10).toString();
    return item;
}

QString select(const char* tail)
{
    return QStringLiteral("SELECT %1, payload FROM outbox %2").arg(QLatin1String(kColumns), QLatin1String(tail));
}

} // namespace

QString outboxStateKey(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return QStringLiteral("pending");
    case OutboxState::Sent:
        return QStringLiteral("sent");
    case OutboxState::Quarantined:
        return QStringLiteral("quarantined");
    }
    return QStringLiteral("pending");
}

Outbox::Outbox(
    Database& db, const FieldCipher& cipher, const bd::core::Clock& clock, OutboxPolicy policy, Random random)
    : m_db(db)
    , m_cipher(cipher)
    , m_clock(clock)
    , m_policy(policy)
    , m_random(random ? std::move(random) : Random([] { return QRandomGenerator::global()->generateDouble(); }))
{
}

Result<qint64> Outbox::enqueue(QSqlDatabase& db, const FieldCipher& cipher, const OutboxRecord& record)
{
    auto sealed = cipher.seal(record.payload, contexts::kOutboxRecord);
    if (!sealed)
        return sealed.error();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO outbox (idempotency_key, kind, created_at, payload) VALUES (?, ?, ?, ?)"));
    query.addBindValue(record.idempotencyKey);
    query.addBindValue(record.kind);
    query.addBindValue(timeText(record.createdAt));
    query.addBindValue(sealed.value());
    if (!query.exec()) {
        QSqlQuery probe(db);
        probe.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE idempotency_key = ?"));
        probe.addBindValue(record.idempotencyKey);
        if (probe.exec() && probe.next())
            return Error { QString::fromLatin1(errors::kOutboxDuplicate),
                QStringLiteral("outbox: this idempotency key is already queued"), {} };
        return queryError(query, QStringLiteral("queue a record"));
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> Outbox::enqueue(const OutboxRecord& record)
{
    qint64 seq = 0;
    const auto failed = m_db.transaction([&](QSqlDatabase& db) -> std::optional<Error> {
        auto added = enqueue(db, m_cipher, record);
        if (!added)
            return added.error();
        seq = added.value();
        return std::nullopt;
    });
    if (failed)
        return *failed;
    return seq;
}

Result<std::optional<OutboxDue>> Outbox::head() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(select("WHERE state = 'pending' ORDER BY seq LIMIT 1")))
        return queryError(query, QStringLiteral("read the queue"));
    if (!query.next())
        return std::optional<OutboxDue>();
    OutboxDue due;
    due.item = itemFrom(query);
    auto opened = m_cipher.open(query.value(11).toByteArray(), contexts::kOutboxRecord);
    if (opened)
        due.payload = opened.value();
    else
        due.openError = opened.error();
    return std::optional<OutboxDue>(std::move(due));
}

std::optional<Error> Outbox::markSent(qint64 seq, const QString& recordId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ?, record_id = ?, next_attempt_at = NULL "
                                 "WHERE seq = ? AND state = 'pending'"));
    query.addBindValue(timeText(m_clock.now()));
    query.addBindValue(recordId);
    query.addBindValue(seq);
    if (!query.exec())
        return queryError(query, QStringLiteral("mark an item sent"));
    if (query.numRowsAffected() != 1)
        return unknownItem(seq);
    return std::nullopt;
}

qint64 Outbox::baseDelayMs(int failures) const
{
    if (failures <= 0)
        return 0;
    const int doublings = std::min(failures - 1, 40);
    const double delay = static_cast<double>(m_policy.firstDelayMs) * std::pow(2.0, doublings);
    return static_cast<qint64>(std::min(delay, static_cast<double>(m_policy.maxDelayMs)));
}

Result<OutboxItem> Outbox::markFailed(qint64 seq, const QString& errorCode, OutboxFailure failure)
{
    auto current = item(seq);
    if (!current)
        return current.error();
    OutboxItem next = current.value();
    if (next.state != OutboxState::Pending)
        return unknownItem(seq);
    next.attempts += 1;
    next.lastError = errorCode;
    if (failure != OutboxFailure::Unreachable)
        next.failures += 1;
    const bool quarantine = failure == OutboxFailure::Refused || next.failures >= m_policy.maxFailures;
    if (quarantine) {
        next.state = OutboxState::Quarantined;
        next.nextAttemptAt = QDateTime();
    } else {
        const double spread = 1.0 + m_policy.jitter * (2.0 * m_random() - 1.0);
        const auto delay = static_cast<qint64>(std::llround(static_cast<double>(baseDelayMs(next.attempts)) * spread));
        next.nextAttemptAt = m_clock.now().toUTC().addMSecs(delay);
    }
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = ?, failures = ?, next_attempt_at = ?, "
                                 "last_error = ? WHERE seq = ? AND state = 'pending'"));
    query.addBindValue(outboxStateKey(next.state));
    query.addBindValue(next.attempts);
    query.addBindValue(next.failures);
    query.addBindValue(nullable(timeText(next.nextAttemptAt)));
    query.addBindValue(nullable(next.lastError));
    query.addBindValue(seq);
    if (!query.exec())
        return queryError(query, QStringLiteral("record a failed try"));
    if (query.numRowsAffected() != 1)
        return unknownItem(seq);
    return next;
}

Result<int> Outbox::retry(qint64 seq)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0, failures = 0, "
                                 "next_attempt_at = NULL WHERE seq = ? AND state = 'quarantined'"));
    query.addBindValue(seq);
    if (!query.exec())
        return queryError(query, QStringLiteral("retry an item"));
    if (query.numRowsAffected() != 1)
        return unknownItem(seq);
    return 1;
}

Result<int> Outbox::retryAllQuarantined()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0, failures = 0, "
                                   "next_attempt_at = NULL WHERE state = 'quarantined'")))
        return queryError(query, QStringLiteral("retry the quarantined items"));
    return query.numRowsAffected();
}

Result<OutboxCounts> Outbox::counts() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state")))
        return queryError(query, QStringLiteral("count the queue"));
    OutboxCounts counts;
    while (query.next()) {
        const int n = query.value(1).toInt();
        switch (stateFrom(query.value(0).toString())) {
        case OutboxState::Pending:
            counts.pending = n;
            break;
        case OutboxState::Sent:
            counts.sent = n;
            break;
        case OutboxState::Quarantined:
            counts.quarantined = n;
            break;
        }
    }
    return counts;
}

Result<QList<OutboxItem>> Outbox::list() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(QLatin1String(kColumns))))
        return queryError(query, QStringLiteral("list the queue"));
    QList<OutboxItem> items;
    while (query.next())
        items.append(itemFrom(query));
    return items;
}

Result<int> Outbox::purgeSent(const QDateTime& cutoff)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE state = 'sent' AND sent_at < ?"));
    query.addBindValue(timeText(cutoff));
    if (!query.exec())
        return queryError(query, QStringLiteral("purge sent items"));
    return query.numRowsAffected();
}

Result<OutboxItem> Outbox::item(qint64 seq) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(seq);
    if (!query.exec())
        return queryError(query, QStringLiteral("read an item"));
    if (!query.next())
        return unknownItem(seq);
    return itemFrom(query);
}

} // namespace bd::storage
