#include "services/session/OutboxSender.h"

#include "services/core/LogCategories.h"
#include "services/gateway/GatewayClient.h"
#include "services/gateway/GatewayErrors.h"
#include "services/gateway/GatewayJson.h"
#include "services/storage/StoreThread.h"

#include <algorithm>

namespace bd::session {

using bd::core::Error;
using bd::core::Result;
using bd::storage::Outbox;
using bd::storage::OutboxFailure;
using bd::storage::OutboxItem;
using bd::storage::OutboxState;

namespace {

// A storage failure of the sender's own steps: tried again after this long.
constexpr qint64 kStoreRetryMs = 5000;

// The workstation's link or set-up, not the record: waiting helps, quarantining would not.
bool isLinkProblem(const Error& error)
{
    namespace e = bd::gateway::errors;
    for (const char* code :
        { e::kTls, e::kUntrustedServer, e::kClientCertificateRejected, e::kCancelled, e::kModeUnconfirmed,
            e::kTrainingGatewayInLiveMode, e::kLiveGatewayInTrainingMode, e::kConfig, e::kKeyPermissions }) {
        if (error.code == QLatin1String(code))
            return true;
    }
    return false;
}

} // namespace

OutboxSender::OutboxSender(bd::storage::StoreThread& store,
    const bd::storage::FieldCipher& cipher,
    bd::gateway::GatewayClient& client,
    const bd::core::Clock& clock,
    bd::storage::OutboxPolicy policy,
    QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_cipher(cipher)
    , m_client(client)
    , m_clock(clock)
    , m_policy(policy)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OutboxSender::pump);
}

OutboxSender::~OutboxSender()
{
    delete m_inFlight.data(); // aborts the request; the record stays pending and goes out next time
}

OutboxFailure OutboxSender::classify(const Error& error)
{
    const int status = error.context.value(QStringLiteral("status")).toInt();
    const bool clientError = status >= 400 && status < 500;
    if (clientError && status != 401 && status != 403 && status != 408 && status != 429)
        return OutboxFailure::Refused;
    if (bd::gateway::isRetryable(error) || isLinkProblem(error) || status == 408)
        return OutboxFailure::Unreachable;
    return OutboxFailure::Failed;
}

void OutboxSender::start()
{
    m_started = true;
    pump();
}

void OutboxSender::wake()
{
    m_tryNow = true;
    if (!m_started)
        return;
    if (m_busy) {
        m_wokenWhileBusy = true;
        return;
    }
    pump();
}

void OutboxSender::retryQuarantined()
{
    if (!m_store.isOpen())
        return;
    const auto cipher = &m_cipher;
    const auto clock = &m_clock;
    const auto policy = m_policy;
    m_store.call<Result<int>>(
        [cipher, clock, policy](
            bd::storage::Database& db) { return Outbox(db, *cipher, *clock, policy).retryAllQuarantined(); },
        this,
        [this](const Result<int>& retried) {
            if (!retried)
                qCWarning(lcStorage, "outbox: retry failed: %s", qPrintable(retried.error().code));
            else
                qCInfo(lcStorage, "outbox: %d quarantined records back in the queue", retried.value());
            wake();
        });
}

void OutboxSender::pump()
{
    if (!m_started || m_busy || !m_store.isOpen())
        return;
    m_timer.stop();
    m_busy = true;
    m_wokenWhileBusy = false;
    const auto cipher = &m_cipher;
    const auto clock = &m_clock;
    const auto policy = m_policy;
    m_store.call<Head>(
        [cipher, clock, policy](bd::storage::Database& db) {
            const Outbox outbox(db, *cipher, *clock, policy);
            Head head;
            auto counts = outbox.counts();
            auto due = outbox.head();
            if (!counts)
                head.error = counts.error();
            else if (!due)
                head.error = due.error();
            else {
                head.counts = counts.value();
                head.due = due.value();
            }
            return head;
        },
        this, [this](const Head& head) { handleHead(head); });
}

void OutboxSender::handleHead(const Head& head)
{
    if (head.error) {
        qCWarning(lcStorage, "outbox: cannot read the queue: %s", qPrintable(head.error->code));
        return pause(kStoreRetryMs);
    }
    updateCounts(head.counts);
    if (!head.due) {
        m_tryNow = false;
        if (!m_wokenWhileBusy)
            emit drained();
        return pause(-1);
    }
    const bd::storage::OutboxDue& due = *head.due;
    const qint64 seq = due.item.seq;
    if (due.openError)
        return writeFailure(seq, due.openError->code, OutboxFailure::Refused);
    const QDateTime now = m_clock.now();
    if (!m_tryNow && due.item.nextAttemptAt.isValid() && due.item.nextAttemptAt > now)
        return pause(std::max<qint64>(1, now.msecsTo(due.item.nextAttemptAt)));
    m_tryNow = false;
    send(seq, due.payload);
}

void OutboxSender::send(qint64 seq, const QByteArray& payload)
{
    const auto object = bd::gateway::json::parseObject(payload);
    const auto record = object ? bd::gateway::json::decodeRecordSubmission(*object)
                               : Result<bd::model::RecordSubmission>(object.error());
    if (!record)
        return writeFailure(seq, record.error().code, OutboxFailure::Refused);
    bd::gateway::RecordHandle* handle = m_client.submitRecord(record.value());
    m_inFlight = handle;
    connect(handle, &bd::gateway::RecordHandle::finished, this,
        [this, seq, handle](const Result<bd::model::RecordReceipt>& result) {
            handle->deleteLater();
            m_inFlight = nullptr;
            handleReceipt(seq, result);
        });
}

void OutboxSender::handleReceipt(qint64 seq, const Result<bd::model::RecordReceipt>& result)
{
    if (!result) {
        const OutboxFailure failure = classify(result.error());
        qCInfo(lcStorage, "outbox: record %lld not accepted: %s", static_cast<long long>(seq),
            qPrintable(result.error().code));
        return writeFailure(seq, result.error().code, failure);
    }
    const auto cipher = &m_cipher;
    const auto clock = &m_clock;
    const auto policy = m_policy;
    const QString recordId = result->recordId;
    const bool replayed = result->replayed;
    m_store.call<std::optional<Error>>(
        [cipher, clock, policy, seq, recordId](
            bd::storage::Database& db) { return Outbox(db, *cipher, *clock, policy).markSent(seq, recordId); },
        this,
        [this, seq, replayed](const std::optional<Error>& failed) {
            if (failed)
                qCWarning(lcStorage, "outbox: record %lld sent but not marked: %s", static_cast<long long>(seq),
                    qPrintable(failed->code));
            else
                emit recordSent(seq, replayed);
            finishStep();
        });
}

void OutboxSender::writeFailure(qint64 seq, const QString& errorCode, OutboxFailure failure)
{
    const auto cipher = &m_cipher;
    const auto clock = &m_clock;
    const auto policy = m_policy;
    m_store.call<Result<OutboxItem>>(
        [cipher, clock, policy, seq, errorCode, failure](bd::storage::Database& db) {
            return Outbox(db, *cipher, *clock, policy).markFailed(seq, errorCode, failure);
        },
        this,
        [this, seq](const Result<OutboxItem>& item) {
            if (!item)
                qCWarning(lcStorage, "outbox: cannot record a failed try: %s", qPrintable(item.error().code));
            else if (item->state == OutboxState::Quarantined) {
                qCWarning(lcStorage, "outbox: record %lld quarantined after %d tries: %s", static_cast<long long>(seq),
                    item->attempts, qPrintable(item->lastError));
                emit recordQuarantined(seq, item->lastError);
            }
            finishStep();
        });
}

void OutboxSender::finishStep()
{
    m_busy = false;
    pump();
}

void OutboxSender::pause(qint64 ms)
{
    m_busy = false;
    if (m_wokenWhileBusy) {
        m_wokenWhileBusy = false;
        return pump();
    }
    if (ms >= 0)
        m_timer.start(static_cast<int>(std::min<qint64>(ms, 2 * m_policy.maxDelayMs)));
}

void OutboxSender::updateCounts(const bd::storage::OutboxCounts& counts)
{
    const bool changed = counts.pending != m_counts.pending || counts.quarantined != m_counts.quarantined;
    m_counts = counts;
    if (changed)
        emit countsChanged(counts.pending, counts.quarantined);
}

} // namespace bd::session
