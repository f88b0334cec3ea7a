#pragma once

#include "services/core/Result.h"
#include "services/session/OutboxSender.h"
#include "services/storage/AuditTrail.h"
#include "services/storage/DataKeys.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace bd::storage {
class Database;
class FieldCipher;
class StoreThread;
} // namespace bd::storage

namespace bd::session {

// What one round of shipping did.
struct AuditShipped
{
    int queued = 0; // records added to the outbox
    int unreadable = 0; // trail lines skipped (no record, or a seal that does not match)
    bool more = false; // the round stopped at its limit: records wait behind it
    bd::storage::AuditPosition position; // where the next round starts
};

// Puts the workstation's audit trail into the outbox, so every audit record reaches the centre
// (kind "audit", RecordSubmission::audit) in order, with its idempotency key. The trail file
// (AuditTrail) is the local state; the store remembers how far it has been queued (table
// audit_shipping: record number and byte offset). One round reads the records after that position
// and, in ONE transaction, adds each to the outbox and moves the position, so a crash leaves both or
// neither: a record is queued exactly once, and one written but not yet queued when the
// workstation stopped is queued at the next start. Synchronous over a Database& on its thread (the
// CLI and the tests call it directly). Error codes storage.query, storage.outboxDuplicate and the
// cipher's.
class AuditShipping
{
public:
    AuditShipping(bd::storage::Database& db, const bd::storage::FieldCipher& cipher);

    bd::core::Result<bd::storage::AuditPosition> position() const;
    bd::core::Result<AuditShipped> ship(const QString& dataDir, const bd::storage::DataKeys& keys, int limit);

    // "audit-<16 hex digits of SHA-256 of the workstation id>-<seq>": unique per workstation and
    // record, within the protocol's 64 characters, and the same every time the record is queued.
    static QString idempotencyKey(const QString& workstationId, qint64 seq);

private:
    bd::storage::Database& m_db;
    const bd::storage::FieldCipher& m_cipher;
};

// The workstation's shipping: ship() runs a round on the store's thread (after every record the
// AuditWriter writes, and at start), rounds never overlap, a request during a round runs one more
// round after it, and a round that stopped at its limit is followed by the next. The sender is woken
// when records were queued.
class AuditShipper : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRoundLimit = 500;
    AuditShipper(bd::storage::StoreThread& store,
        const bd::storage::FieldCipher& cipher,
        QString dataDir,
        bd::storage::DataKeys keys,
        QObject* parent = nullptr);
    ~AuditShipper() override;
    void setSender(OutboxSender* sender) { m_sender = sender; }

    // Records queued since start, and whether the last round failed (its error code).
    int queued() const { return m_queued; }
    QString lastError() const { return m_lastError; }

public slots:
    void ship();

signals:
    void shipped(int queued);
    void failed(const QString& errorCode);

private:
    void roundDone(const bd::core::Result<AuditShipped>& outcome);

    bd::storage::StoreThread& m_store;
    const bd::storage::FieldCipher& m_cipher;
    QString m_dir;
    bd::storage::DataKeys m_keys;
    QPointer<OutboxSender> m_sender;
    bool m_running = false;
    bool m_again = false;
    int m_queued = 0;
    QString m_lastError;
};

} // namespace bd::session
