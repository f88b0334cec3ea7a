#pragma once

#include "services/core/Clock.h"
#include "services/core/Error.h"
#include "services/core/Result.h"
#include "services/model/Records.h"
#include "services/storage/Outbox.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace bd::gateway {
class GatewayClient;
class RecordHandle;
} // namespace bd::gateway

namespace bd::storage {
class FieldCipher;
class StoreThread;
} // namespace bd::storage

namespace bd::session {

// Sends the outbox to the gateway: the oldest pending record first, one at a time, each with its
// idempotency key (a record sent again after a crash or a lost answer is stored once). Every store
// read and write runs on the StoreThread, so the GUI thread never waits on the disk. A sent record
// is marked sent; a failed try is written with its backoff (OutboxPolicy) and the sender waits for
// it (a QTimer, the time from the Clock), then tries the same record again: nothing overtakes it.
// What a failure counts as (classify()):
// - the link or the workstation's own setup (unreachable, timeout, HTTP 408/429/502/503/504, TLS,
//   certificates, the gateway's mode unconfirmed, cancelled): Unreachable, retried with backoff for
//   as long as it takes, never quarantined for it (an hour offline must not quarantine the queue);
// - the gateway refused this record (any other HTTP 4xx, e.g. 400 schema, 409 idempotency
//   conflict, 413): Refused, quarantined at once with its error, never dropped (sending it again
//   unchanged cannot succeed; an operator looks and retries);
// - anything else (HTTP 500, an unreadable answer): Failed, retried with backoff and quarantined
//   after OutboxPolicy::maxFailures.
// A payload that does not open (storage.tampered) or decode back to a RecordSubmission is
// quarantined with that error. start() picks up what is pending, with its stored next-try time, so
// backoff holds across restarts; wake() tries the oldest pending record now (a new record, the link
// back). The cipher, the clock, the client and the store thread must outlive the sender.
class OutboxSender : public QObject
{
    Q_OBJECT
public:
    OutboxSender(bd::storage::StoreThread& store,
        const bd::storage::FieldCipher& cipher,
        bd::gateway::GatewayClient& client,
        const bd::core::Clock& clock,
        bd::storage::OutboxPolicy policy = {},
        QObject* parent = nullptr);
    ~OutboxSender() override;
    OutboxSender(const OutboxSender&) = delete;
    OutboxSender& operator=(const OutboxSender&) = delete;

    void start();
    bd::storage::OutboxCounts counts() const { return m_counts; }
    // Nothing in flight and nothing due: waiting for a timer, a wake() or a new record.
    bool isWaiting() const { return m_started && !m_busy; }

    static bd::storage::OutboxFailure classify(const bd::core::Error& error);

public slots:
    void wake();
    void retryQuarantined();

signals:
    void countsChanged(int pending, int quarantined);
    // replayed: the gateway had it already (sent before a crash or a lost answer), stored once.
    void recordSent(qint64 seq, bool replayed);
    void recordQuarantined(qint64 seq, const QString& errorCode);
    // Nothing is pending any more (everything sent or quarantined).
    void drained();

private:
    struct Head
    {
        std::optional<bd::core::Error> error;
        std::optional<bd::storage::OutboxDue> due;
        bd::storage::OutboxCounts counts;
    };

    void pump();
    void handleHead(const Head& head);
    void send(qint64 seq, const QByteArray& payload);
    void handleReceipt(qint64 seq, const bd::core::Result<bd::model::RecordReceipt>& result);
    void writeFailure(qint64 seq, const QString& errorCode, bd::storage::OutboxFailure failure);
    void finishStep(); // a store write ended: read the head again
    void pause(qint64 ms); // idle until the timer, a wake() or a new record
    void updateCounts(const bd::storage::OutboxCounts& counts);

    bd::storage::StoreThread& m_store;
    const bd::storage::FieldCipher& m_cipher;
    bd::gateway::GatewayClient& m_client;
    const bd::core::Clock& m_clock;
    bd::storage::OutboxPolicy m_policy;
    QTimer m_timer;
    QPointer<bd::gateway::RecordHandle> m_inFlight;
    bd::storage::OutboxCounts m_counts { -1, -1, -1 }; // unknown until the first read
    bool m_started = false;
    bool m_busy = false; // a store step or a send is under way
    bool m_tryNow = false; // wake(): the head goes out now, whatever its backoff says
    bool m_wokenWhileBusy = false;
};

} // namespace bd::session
