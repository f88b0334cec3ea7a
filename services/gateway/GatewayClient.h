#pragma once

#include "services/core/Error.h"
#include "services/core/Result.h"
#include "services/model/Model.h"

#include <QList>
#include <QMetaType>
#include <QObject>

#include <optional>
#include <utility>

// The workstation's view of the central gateway (protocol v1, docs/gateway-protocol.md). The UI and
// the CLI use only this interface; app/ wires HttpsGatewayClient. Every call returns a handle that
// the caller owns (deleteLater it after finished); a handle emits finished exactly once.
namespace bd::gateway {

// Error codes of the client, mapped once at the network boundary (GatewayErrors.h).
namespace errors {
inline constexpr char kTls[] = "gateway.tls";
inline constexpr char kUntrustedServer[] = "gateway.untrustedServer";
inline constexpr char kClientCertificateRejected[] = "gateway.clientCertificateRejected";
inline constexpr char kTimeout[] = "gateway.timeout";
inline constexpr char kTooLarge[] = "gateway.tooLarge";
inline constexpr char kMalformed[] = "gateway.malformed";
inline constexpr char kSchema[] = "gateway.schema";
inline constexpr char kHttp[] = "gateway.http";
inline constexpr char kUnreachable[] = "gateway.unreachable";
inline constexpr char kCancelled[] = "gateway.cancelled";
inline constexpr char kTrainingGatewayInLiveMode[] = "gateway.trainingGatewayInLiveMode";
inline constexpr char kLiveGatewayInTrainingMode[] = "gateway.liveGatewayInTrainingMode";
// No health answer confirmed the gateway's mode (live/training) before the search's deadline.
inline constexpr char kModeUnconfirmed[] = "gateway.modeUnconfirmed";
inline constexpr char kConfig[] = "gateway.config";
inline constexpr char kKeyPermissions[] = "gateway.keyPermissions";
} // namespace errors

// The end of a search: the summary when the gateway sent one, else the error that ended it, and in
// both cases the final status of every asked system (a system that never answered is `timeout`,
// or `error` when the stream broke or carried an unreadable line — never `no-hit`).
struct SearchOutcome
{
    QString searchId;
    std::optional<model::SearchSummary> summary;
    std::optional<bd::core::Error> error;
    QList<model::SystemEvent> events; // one per system, last answer wins, in the order they arrived
    bool ok() const { return !error.has_value() && summary.has_value(); }
    bool operator==(const SearchOutcome&) const = default;
};

// What every handle shares: finished exactly once, cancel() before that, cancelRequested for the
// implementation. The typed `finished` signal lives in each subclass (moc cannot make a template).
class CallHandle : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isFinished() const { return m_finished; }
    // Stops the call: it finishes with gateway.cancelled (a search: pending systems end as `error`
    // "cancelled"). Harmless after finished.
    void cancel()
    {
        if (!m_finished)
            emit cancelRequested();
    }

signals:
    void cancelRequested();

protected:
    // True once: the caller then emits its finished signal.
    bool markFinished() { return !std::exchange(m_finished, true); }

private:
    bool m_finished = false;
};

class SearchHandle : public CallHandle
{
    Q_OBJECT
public:
    explicit SearchHandle(QString searchId, QObject* parent = nullptr)
        : CallHandle(parent)
        , m_searchId(std::move(searchId))
    {
    }
    QString searchId() const { return m_searchId; }
    // For implementations (and fakes): deliver one answer / the end.
    void deliver(const model::SystemEvent& e) { emit systemAnswered(e); }
    void finish(const SearchOutcome& o)
    {
        if (markFinished())
            emit finished(o);
    }

signals:
    void systemAnswered(const bd::model::SystemEvent& event);
    void finished(const bd::gateway::SearchOutcome& outcome);

private:
    QString m_searchId;
};

// One-shot calls (records, hotlist, health): a CallHandle plus their typed result.
class RecordHandle : public CallHandle
{
    Q_OBJECT
public:
    using CallHandle::CallHandle;
    void finish(const bd::core::Result<model::RecordReceipt>& result)
    {
        if (markFinished())
            emit finished(result);
    }

signals:
    void finished(const bd::core::Result<bd::model::RecordReceipt>& result);
};

class HotlistHandle : public CallHandle
{
    Q_OBJECT
public:
    using CallHandle::CallHandle;
    void finish(const bd::core::Result<model::HotlistDelta>& result)
    {
        if (markFinished())
            emit finished(result);
    }

signals:
    void finished(const bd::core::Result<bd::model::HotlistDelta>& result);
};

class HealthHandle : public CallHandle
{
    Q_OBJECT
public:
    using CallHandle::CallHandle;
    void finish(const bd::core::Result<model::HealthReport>& result)
    {
        if (markFinished())
            emit finished(result);
    }

signals:
    void finished(const bd::core::Result<bd::model::HealthReport>& result);
};

class GatewayClient : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~GatewayClient() override = default;

    virtual SearchHandle* search(const model::SearchRequest& request) = 0;
    virtual RecordHandle* submitRecord(const model::RecordSubmission& record) = 0;
    // The hotlist since `sinceVersion` (0: the whole list) for a client holding the key `keyId`
    // (empty: none); the gateway answers with a full replace under its current key when the client
    // holds another.
    virtual HotlistHandle* fetchHotlist(qint64 sinceVersion, const QString& keyId) = 0;
    virtual HealthHandle* checkHealth() = 0;

signals:
    // For observers of the link (ConnectivityMonitor), besides the handle's own signals: a search
    // went out, and how it ended (emitted just before the handle's finished).
    void searchStarted();
    void searchEnded(const bd::gateway::SearchOutcome& outcome);
};

} // namespace bd::gateway

Q_DECLARE_METATYPE(bd::model::SystemEvent)
Q_DECLARE_METATYPE(bd::gateway::SearchOutcome)
Q_DECLARE_METATYPE(bd::core::Result<bd::model::RecordReceipt>)
Q_DECLARE_METATYPE(bd::core::Result<bd::model::HotlistDelta>)
Q_DECLARE_METATYPE(bd::core::Result<bd::model::HealthReport>)
