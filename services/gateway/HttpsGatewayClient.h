#pragma once

#include "services/gateway/GatewayClient.h"
#include "services/gateway/GatewayClientConfig.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace bd::gateway {

// GatewayClient over HTTPS with mutual TLS (protocol v1). The gateway CA given in the config is the
// only trust anchor; the workstation presents its client certificate. Searches stream: each NDJSON
// line is checked and emitted as soon as it is complete, unanswered systems turn `timeout` at the
// per-system deadline while the others stay shown, and the whole search is abandoned at its
// deadline. Records, hotlist and health are retried with exponential backoff on transient errors
// (they are idempotent); a search never is.
// The gateway's mode (a live workstation refuses a training gateway, a training/demo one a live
// gateway) is checked in the background, from construction on, never in front of a search: a
// search is sent at once and its deadlines run from that moment, but its answers are held until a
// health answer confirms the mode. Not confirmed by the per-system deadline: the search ends with
// gateway.modeUnconfirmed (pending systems `timeout`, answers not shown). A mismatch ends it with
// the mismatch error and is remembered for good; any other health failure is retried with backoff
// (verifyRetryBaseMs doubling up to verifyRetryMaxMs) and never disables searching. Every health
// answer (checkHealth() too) counts. Records and hotlist wait for the check as before.
// Lifetime: handles belong to the caller and may be deleted at any time (the request is aborted,
// nothing is delivered to a handle that is gone). Each request in flight is a small object owned by
// the client; destroying the client aborts them all first and finishes the live handles with
// gateway.cancelled, so no callback ever runs on a client that is being destroyed.
class HttpsGatewayClient : public GatewayClient
{
    Q_OBJECT
public:
    HttpsGatewayClient(QNetworkAccessManager& network, GatewayClientConfig config, QObject* parent = nullptr);
    ~HttpsGatewayClient() override;

    // Set when the config or its certificate files are unusable; every call then fails with it.
    const std::optional<bd::core::Error>& configError() const { return m_configError; }
    const GatewayClientConfig& config() const { return m_config; }

    SearchHandle* search(const model::SearchRequest& request) override;
    RecordHandle* submitRecord(const model::RecordSubmission& record) override;
    HotlistHandle* fetchHotlist(qint64 sinceVersion, const QString& keyId) override;
    HealthHandle* checkHealth() override;

    // The request the client sends for a path (TLS configuration, timeouts); public for tests.
    QNetworkRequest makeRequest(const QString& pathAndQuery) const;

    // Every deadline and retry delay goes through this: run `f` once after `ms` milliseconds unless
    // `context` is destroyed first. The default is QTimer::singleShot; tests install a manual timer
    // so deadlines never depend on real time. Set it before the first call.
    using TimerSource = std::function<void(int ms, QObject* context, std::function<void()> f)>;
    void setTimerSource(TimerSource source);

    struct Body
    {
        int status = 0;
        QByteArray bytes;
    };
    struct CallSpec
    {
        QByteArray verb;
        QString path;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool idempotent = false;
        int timeoutMs = 0; // one attempt; 0: the search deadline
        int maxAttempts = 0; // 0: the config's
    };

private:
    class Exchange;
    class PendingCall;
    class PendingSearch;

    using Done = std::function<void(const bd::core::Result<Body>&)>;
    using Proceed = std::function<void(std::optional<bd::core::Error>)>;
    // `handle` may be null (the client's own health check).
    void call(CallHandle* handle, CallSpec spec, Done done);
    // Runs `proceed` once the gateway's mode is verified (or with the error that stops the call);
    // never when the handle is gone. A cancel before that runs it with gateway.cancelled.
    void whenVerified(CallHandle* handle, Proceed proceed);
    // The background mode check: one health call now unless one runs or the mode is settled.
    void ensureVerification();
    void startVerification();
    // A health answer decoded, with the mode checked (a mismatch is an error).
    bd::core::Result<model::HealthReport> healthOf(const bd::core::Result<Body>& r) const;
    // Any health answer (the background check's or checkHealth()'s): a confirmed mode or a
    // mismatch settles the check; other failures are the background check's business.
    void noteHealth(const bd::core::Result<model::HealthReport>& health);
    void modeVerified();
    void modeRefused(const bd::core::Error& mismatch);
    void verificationFailed(const bd::core::Error& error);
    // Tells every held search (and the waiting records) that the mode is settled.
    void releaseHeld(const std::optional<bd::core::Error>& mismatch);
    void releaseWaiting(std::optional<bd::core::Error> error);
    void cancelWaiting(CallHandle* handle);
    void schedule(int ms, QObject* context, std::function<void()> f);

    QNetworkAccessManager& m_network;
    GatewayClientConfig m_config;
    std::optional<bd::core::Error> m_configError;
    QSslConfiguration m_ssl;
    bool m_hasClientCertificate = false;
    bool m_shuttingDown = false;
    TimerSource m_timers;

    enum class Verification
    {
        Unverified, // no check running (none yet, or the last one failed and a retry is scheduled)
        Running,
        Verified, // the mode matches (or no check is required)
        Refused // a live/training mismatch: remembered for good
    } m_verification
        = Verification::Unverified;
    std::optional<bd::core::Error> m_mismatch;
    int m_verifyFailures = 0;
    int m_verifyRound = 0; // a retry scheduled for an older round does nothing
    struct Waiting
    {
        QPointer<CallHandle> handle;
        Proceed proceed;
    };
    QList<Waiting> m_waiting;
    bool m_releaseQueued = false;
    QSet<PendingSearch*> m_held; // searches whose answers wait for the mode check
    QSet<Exchange*> m_exchanges; // requests in flight, children of this client
};

} // namespace bd::gateway
