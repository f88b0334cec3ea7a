#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace bd::storage {

class FieldCipher;

// How the outbox retries. The delay after the n-th failed try is firstDelayMs * 2^(n-1), capped at
// maxDelayMs, then spread by ±jitter (so workstations that lost the link together do not all come
// back in the same second).
struct OutboxPolicy
{
    int maxFailures = 8; // failures (OutboxFailure::Failed) before an item is quarantined
    qint64 firstDelayMs = 1000;
    qint64 maxDelayMs = 5 * 60 * 1000;
    double jitter = 0.2;
};

// Why a try failed; the sender decides (it knows the gateway's error codes, the store does not).
enum class OutboxFailure
{
    Unreachable, // the link (no answer, timeout, 429, 502-504): backoff, never quarantined for it
    Failed, // the gateway answered but did not take the record: backoff, counts toward quarantine
    Refused // the record itself was refused, or cannot be read here: quarantined at once
};

enum class OutboxState
{
    Pending,
    Sent,
    Quarantined
};
QString outboxStateKey(OutboxState state); // "pending", "sent", "quarantined"

// One row as the CLI and the status bar may see it: no payload, so no personal data.
struct OutboxItem
{
    qint64 seq = 0;
    QString idempotencyKey;
    QString kind;
    OutboxState state = OutboxState::Pending;
    QDateTime createdAt;
    int attempts = 0; // failed tries since it was queued or retried (sets the backoff)
    int failures = 0; // of those, the ones that count toward quarantine
    QDateTime nextAttemptAt; // invalid: at once
    QString lastError; // error code only
    QDateTime sentAt;
    QString recordId; // the gateway's, once accepted
};

// The head of the queue with its payload opened (or why it could not be).
struct OutboxDue
{
    OutboxItem item;
    QByteArray payload;
    std::optional<bd::core::Error> openError; // storage.tampered / storage.crypto: quarantine it
};

struct OutboxCounts
{
    int pending = 0;
    int quarantined = 0;
    int sent = 0;
    bool operator==(const OutboxCounts&) const = default;
};

struct OutboxRecord
{
    QString idempotencyKey;
    QString kind;
    QDateTime createdAt;
    QByteArray payload; // plaintext: sealed (contexts::kOutboxRecord) before it reaches the disk
};

// The outbox table of the store (StoreSchema.h): every record the centre must receive, in creation
// order, sent strictly in that order: only the oldest pending item is ever handed out, so a record
// never overtakes an earlier one that waits for its retry. A quarantined item no longer holds the
// queue (one unreadable or refused record must not stop every record behind it); it stays, with its
// error, until someone retries it. Nothing is deleted except by purgeSent(), which never touches an
// unsent row. Synchronous, on the thread that owns the Database (StoreThread in the workstation).
// Error codes storage.query, storage.outboxUnknown, storage.outboxDuplicate, and the cipher's.
class Outbox
{
public:
    using Random = std::function<double()>; // uniform in [0, 1); default QRandomGenerator
    Outbox(Database& db,
        const FieldCipher& cipher,
        const bd::core::Clock& clock,
        OutboxPolicy policy = {},
        Random random = {});

    // Adds a record inside the caller's transaction (`db` is the connection Database::transaction
    // hands its work), so the local state and its outbox row commit together or not at all.
    // storage.outboxDuplicate when the idempotency key is already queued.
    static bd::core::Result<qint64> enqueue(QSqlDatabase& db, const FieldCipher& cipher, const OutboxRecord& record);
    bd::core::Result<qint64> enqueue(const OutboxRecord& record); // in a transaction of its own

    // The oldest pending item, due or not (nextAttemptAt says when); nullopt when none is pending.
    bd::core::Result<std::optional<OutboxDue>> head() const;
    std::optional<bd::core::Error> markSent(qint64 seq, const QString& recordId);
    // Records a failed try of a pending item; returns the item as it is now (state, next attempt).
    bd::core::Result<OutboxItem> markFailed(qint64 seq, const QString& errorCode, OutboxFailure failure);
    // Puts a quarantined item back to pending, due at once, its count of tries started afresh (the
    // last error stays until the next try).
    bd::core::Result<int> retry(qint64 seq);
    bd::core::Result<int> retryAllQuarantined();

    bd::core::Result<OutboxCounts> counts() const;
    bd::core::Result<QList<OutboxItem>> list() const; // oldest first
    // Deletes sent rows sent before `cutoff` (retention); pending and quarantined rows stay.
    bd::core::Result<int> purgeSent(const QDateTime& cutoff);

    // The delay after `failures` failed tries, before jitter (public for tests and docs).
    qint64 baseDelayMs(int failures) const;

private:
    bd::core::Result<OutboxItem> item(qint64 seq) const;

    Database& m_db;
    const FieldCipher& m_cipher;
    const bd::core::Clock& m_clock;
    OutboxPolicy m_policy;
    Random m_random;
};

} // namespace bd::storage
