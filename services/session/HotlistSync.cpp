#include "services/session/HotlistSync.h"

#include "services/gateway/GatewayErrors.h"

#include "services/core/Clock.h"
#include "services/core/LogCategories.h"
#include "services/gateway/GatewayClient.h"
#include "services/storage/Database.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreThread.h"

#include <algorithm>

namespace bd::session {

using bd::core::Error;
using bd::core::Result;
using bd::model::HotlistDelta;
using bd::storage::Database;
using bd::storage::HotlistHit;
using bd::storage::HotlistStatus;
using bd::storage::HotlistStore;

// The HotlistStore lives on the store's thread (its prepared statement belongs to the connection
// there): made by the first job that needs it, destroyed by the last one HotlistSync posts.
struct HotlistSync::Holder
{
    explicit Holder(bd::storage::FieldCipher c)
        : cipher(std::move(c))
    {
    }
    HotlistStore& in(Database& db)
    {
        if (!store)
            store = std::make_unique<HotlistStore>(db, cipher);
        return *store;
    }

    bd::storage::FieldCipher cipher;
    std::unique_ptr<HotlistStore> store;
};

HotlistSync::HotlistSync(bd::storage::StoreThread& store,
    bd::storage::FieldCipher cipher,
    bd::gateway::GatewayClient& client,
    const bd::core::Clock& clock,
    Options options,
    QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_clock(clock)
    , m_options(options)
    , m_holder(std::make_shared<Holder>(std::move(cipher)))
{
    qRegisterMetaType<HotlistSyncStatus>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HotlistSync::syncNow);
}

HotlistSync::~HotlistSync()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
        m_call->deleteLater();
    }
    if (m_store.isOpen())
        m_store.post([holder = m_holder](Database&) { holder->store.reset(); });
}

void HotlistSync::start()
{
    m_store.call<Result<HotlistStatus>>([holder = m_holder](Database& db) { return holder->in(db).status(); }, this,
        [this](const Result<HotlistStatus>& held) {
            if (held)
                m_status.list = *held;
            emit statusChanged(m_status);
            syncNow();
        });
}

void HotlistSync::syncNow()
{
    if (m_status.syncing)
        return;
    m_timer.stop();
    m_status.syncing = true;
    m_status.nextAttempt = {};
    emit statusChanged(m_status);
    if (!m_store.isOpen())
        return fail(Error { QString::fromLatin1(bd::storage::errors::kOpen),
            QStringLiteral("the store is not open: the offline hotlist cannot be kept"), {} });
    m_store.call<Result<HotlistStatus>>([holder = m_holder](Database& db) { return holder->in(db).status(); }, this,
        [this](const Result<HotlistStatus>& held) {
            if (!held)
                return fail(held.error());
            m_status.list = *held;
            fetch(held->version, held->keyId, false);
        });
}

void HotlistSync::fetch(qint64 sinceVersion, const QString& keyId, bool wholeList)
{
    m_call = m_client.fetchHotlist(sinceVersion, keyId);
    connect(m_call.data(), &bd::gateway::HotlistHandle::finished, this,
        [this, call = m_call.data(), wholeList](const Result<HotlistDelta>& answer) {
            call->deleteLater();
            m_call.clear();
            handleAnswer(answer, wholeList);
        });
}

void HotlistSync::handleAnswer(const Result<HotlistDelta>& answer, bool wholeList)
{
    if (!answer)
        return fail(answer.error());
    const QDateTime at = m_clock.now();
    m_store.call<Result<HotlistStatus>>(
        [holder = m_holder, delta = answer.value(), at](Database& db) -> Result<HotlistStatus> {
            HotlistStore& store = holder->in(db);
            if (auto failed = store.apply(delta, at))
                return *failed;
            return store.status();
        },
        this, [this, wholeList](const Result<HotlistStatus>& applied) { handleApplied(applied, wholeList); });
}

void HotlistSync::handleApplied(const Result<HotlistStatus>& applied, bool wholeList)
{
    if (!applied) {
        // The list held and the answer do not fit together (a version gap, a rotated key): the
        // whole list, once; a second refusal is a failure like any other.
        if (applied.error().code == QLatin1String(bd::storage::errors::kHotlistGap) && !wholeList) {
            qCInfo(lcStorage) << "hotlist delta refused, fetching the whole list:" << applied.error().detail;
            return fetch(0, QString(), true);
        }
        return fail(applied.error());
    }
    qCInfo(lcStorage) << "hotlist at version" << applied->version << "with" << applied->entries << "entries";
    m_status.list = *applied;
    m_status.syncing = false;
    m_status.lastError.reset();
    m_status.failures = 0;
    scheduleNext(m_options.intervalMs);
}

void HotlistSync::fail(const Error& error)
{
    m_status.syncing = false;
    m_status.lastError = error;
    ++m_status.failures;
    // The link down is the connectivity monitor's to report (the status bar says offline); anything
    // else (a refused or unreadable list, the store) is a warning.
    if (bd::gateway::isRetryable(error) || error.code == QLatin1String(bd::gateway::errors::kModeUnconfirmed))
        qCInfo(lcStorage) << "hotlist sync failed" << m_status.failures << "time(s) in a row:" << error.code;
    else
        qCWarning(lcStorage) << "hotlist sync failed" << m_status.failures << "time(s) in a row:" << error.code;
    const int doublings = std::min(m_status.failures - 1, 20);
    const qint64 delay = static_cast<qint64>(m_options.firstRetryMs) << doublings;
    scheduleNext(static_cast<int>(std::min<qint64>(delay, m_options.maxRetryMs)));
}

void HotlistSync::scheduleNext(int ms)
{
    m_status.nextAttempt = m_clock.now().addMSecs(ms);
    m_timer.start(ms);
    emit statusChanged(m_status);
}

void HotlistSync::lookup(const QString& issuingState, const QString& documentNumber, QObject* context, LookupDone done)
{
    using Answer = Result<std::optional<HotlistHit>>;
    m_store.call<Answer>([holder = m_holder, issuingState, documentNumber](
                             Database& db) { return holder->in(db).lookup(issuingState, documentNumber); },
        context, std::move(done));
}

} // namespace bd::session
