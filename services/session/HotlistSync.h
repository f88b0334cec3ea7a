#pragma once

#include "services/core/Result.h"
#include "services/model/Records.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/HotlistStore.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace bd::core {
class Clock;
}

namespace bd::gateway {
class GatewayClient;
class HotlistHandle;
} // namespace bd::gateway

namespace bd::storage {
class StoreThread;
}

namespace bd::session {

// Where the offline hotlist stands, for the status bar: the list held, whether a sync is running,
// and how the last attempt ended (nullopt: it worked).
struct HotlistSyncStatus
{
    bd::storage::HotlistStatus list;
    bool syncing = false;
    std::optional<bd::core::Error> lastError;
    int failures = 0; // attempts failed in a row
    QDateTime nextAttempt; // when the next sync is due (invalid: none planned)
};

// Keeps the offline hotlist current: asks the gateway for the delta since the version held (with
// the id of the key it is made with), applies the answer in one transaction on the store's thread
// (HotlistStore), and does so again every `intervalMs`, and at once on syncNow(). A failed attempt
// is retried after firstRetryMs, doubled each time up to maxRetryMs. A delta that does not follow
// the list held (a version gap, a rotated key) is answered by asking for the whole list (since=0)
// once. The StoreThread, the client and the clock must outlive it; the store must be open.
class HotlistSync : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int intervalMs = 5 * 60 * 1000;
        int firstRetryMs = 15 * 1000;
        int maxRetryMs = 5 * 60 * 1000;
    };

    HotlistSync(bd::storage::StoreThread& store,
        bd::storage::FieldCipher cipher,
        bd::gateway::GatewayClient& client,
        const bd::core::Clock& clock,
        Options options,
        QObject* parent = nullptr);
    ~HotlistSync() override;
    HotlistSync(const HotlistSync&) = delete;
    HotlistSync& operator=(const HotlistSync&) = delete;

    // Reads what the store holds, then syncs now and on schedule from then on.
    void start();
    // Syncs now (nothing when a sync is running already).
    void syncNow();
    const HotlistSyncStatus& status() const { return m_status; }

    // The offline hotlist's answer for a document, on `context`'s thread (not at all when it is gone).
    using LookupDone = std::function<void(bd::core::Result<std::optional<bd::storage::HotlistHit>>)>;
    void lookup(const QString& issuingState, const QString& documentNumber, QObject* context, LookupDone done);

signals:
    void statusChanged(const bd::session::HotlistSyncStatus& status);

private:
    struct Holder;
    void fetch(qint64 sinceVersion, const QString& keyId, bool wholeList);
    void handleAnswer(const bd::core::Result<bd::model::HotlistDelta>& answer, bool wholeList);
    void handleApplied(const bd::core::Result<bd::storage::HotlistStatus>& applied, bool wholeList);
    void fail(const bd::core::Error& error);
    void scheduleNext(int ms);

    bd::storage::StoreThread& m_store;
    bd::gateway::GatewayClient& m_client;
    const bd::core::Clock& m_clock;
    Options m_options;
    std::shared_ptr<Holder> m_holder; // the HotlistStore, created and used on the store's thread
    QPointer<bd::gateway::HotlistHandle> m_call;
    QTimer m_timer;
    HotlistSyncStatus m_status;
};

} // namespace bd::session

Q_DECLARE_METATYPE(bd::session::HotlistSyncStatus)
