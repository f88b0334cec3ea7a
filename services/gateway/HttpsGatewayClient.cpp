#include "services/gateway/HttpsGatewayClient.h"

#include "services/core/LogCategories.h"
#include "services/gateway/GatewayErrors.h"
#include "services/gateway/GatewayJson.h"
#include "services/gateway/HttpsGatewayExchange.h"
#include "services/gateway/SearchStream.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace bd::gateway {
using namespace bd::model;

using bd::core::Error;
using bd::core::Result;

using exchange::cancelledError;
using exchange::shutDownError;

namespace {

Error configFailure(const QString& detail)
{
    return Error { QString::fromLatin1(errors::kConfig), detail, {} };
}

QByteArray readFile(const QString& path, QString* problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    return f.read(1024 * 1024);
}

// Runs `f` on the next event-loop turn, so a handle returned to the caller never finishes before the
// caller could connect to it.
template <typename F> void later(QObject* context, F f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

std::optional<Error> checkMode(GatewayMode mode, const HealthReport& report)
{
    if (mode == GatewayMode::Live && report.training)
        return Error { QString::fromLatin1(errors::kTrainingGatewayInLiveMode),
            QStringLiteral("the gateway is a training gateway; a live workstation does not use it"), {} };
    if (mode != GatewayMode::Live && !report.training)
        return Error { QString::fromLatin1(errors::kLiveGatewayInTrainingMode),
            QStringLiteral("the gateway is not a training gateway; training and demo mode never use a live one"), {} };
    return std::nullopt;
}

bool isMismatch(const Error& error)
{
    return error.code == QLatin1String(errors::kTrainingGatewayInLiveMode)
        || error.code == QLatin1String(errors::kLiveGatewayInTrainingMode);
}

// Ends a search that never went out: every asked system `error` with the reason.
void failUnsent(SearchHandle* handle, const QList<SystemId>& expected, const Error& error)
{
    QPointer<SearchHandle> guard(handle);
    SearchStream stream(handle->searchId(), expected, 1);
    for (const SystemEvent& e : stream.failPending(error.detail)) {
        if (!guard)
            return;
        guard->deliver(e);
    }
    if (guard)
        guard->finish(stream.outcome(error));
}

} // namespace

HttpsGatewayClient::HttpsGatewayClient(QNetworkAccessManager& network, GatewayClientConfig config, QObject* parent)
    : GatewayClient(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    m_configError = validateConfig(m_config);
    if (m_configError)
        return;
    QString problem;
    const QByteArray caPem = readFile(m_config.caFile, &problem);
    const QList<QSslCertificate> ca = QSslCertificate::fromData(caPem, QSsl::Pem);
    if (ca.isEmpty()) {
        m_configError
            = configFailure(problem.isEmpty() ? QStringLiteral("no PEM certificate in the CA file") : problem);
        return;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(ca); // replaces the system store: the pinned CA is the only trust anchor
    applyTlsPolicy(m_ssl); // TLS 1.2+, ECDHE with AEAD ciphers or TLS 1.3 suites only
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_config.certFile.isEmpty()) {
        if (auto loose = checkPrivateKeyPermissions(m_config.keyFile)) {
            qCWarning(lcGateway) << loose->code << loose->detail;
            m_configError = std::move(loose);
            return;
        }
        const QList<QSslCertificate> cert = QSslCertificate::fromData(readFile(m_config.certFile, &problem), QSsl::Pem);
        const QByteArray keyPem = readFile(m_config.keyFile, &problem);
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (cert.isEmpty() || key.isNull()) {
            m_configError = configFailure(
                problem.isEmpty() ? QStringLiteral("the client certificate or key file holds no usable PEM") : problem);
            return;
        }
        m_ssl.setLocalCertificate(cert.first());
        m_ssl.setPrivateKey(key);
        m_hasClientCertificate = true;
    }
    if (!m_config.requireHealthCheck) {
        m_verification = Verification::Verified;
        return;
    }
    // The mode check starts on the next turn (after setTimerSource), or at the first call.
    QMetaObject::invokeMethod(
        this, [this]() { ensureVerification(); }, Qt::QueuedConnection);
}

// ---- the client -------------------------------------------------------------------------------

HttpsGatewayClient::~HttpsGatewayClient()
{
    // Before any member goes: no reply may call back into a client that is being destroyed, and
    // no handle is left waiting forever.
    m_shuttingDown = true;
    while (!m_exchanges.isEmpty()) {
        Exchange* exchange = *m_exchanges.cbegin();
        exchange->shutDown();
        delete exchange; // removes itself from m_exchanges
    }
    releaseWaiting(shutDownError());
}

void HttpsGatewayClient::setTimerSource(TimerSource source)
{
    m_timers = std::move(source);
}

void HttpsGatewayClient::schedule(int ms, QObject* context, std::function<void()> f)
{
    if (m_timers)
        m_timers(ms, context, std::move(f));
    else
        QTimer::singleShot(ms, context, std::move(f));
}

QNetworkRequest HttpsGatewayClient::makeRequest(const QString& pathAndQuery) const
{
    QUrl url = m_config.baseUrl;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setRawHeader("Accept", "application/json, application/x-ndjson");
    return request;
}

void HttpsGatewayClient::call(CallHandle* handle, CallSpec spec, Done done)
{
    auto* pending = new PendingCall(this, handle, std::move(spec), std::move(done));
    pending->attempt();
}

// ---- the gateway's mode, checked in the background ---------------------------------------------
//
// A `proceed` given to whenVerified must not touch the client when it is called with an error: it
// may then run while the client is being destroyed.

void HttpsGatewayClient::whenVerified(CallHandle* handle, Proceed proceed)
{
    if (m_shuttingDown) {
        later(handle, [guard = QPointer<CallHandle>(handle), proceed]() {
            if (guard && !guard->isFinished())
                proceed(shutDownError());
        });
        return;
    }
    m_waiting.append(Waiting { handle, std::move(proceed) });
    connect(handle, &CallHandle::cancelRequested, this,
        [this, guard = QPointer<CallHandle>(handle)]() { cancelWaiting(guard); });
    if (m_configError || m_verification == Verification::Verified || m_verification == Verification::Refused) {
        // On the next turn, so the caller can connect to the handle first.
        if (!std::exchange(m_releaseQueued, true))
            QMetaObject::invokeMethod(
                this,
                [this]() {
                    m_releaseQueued = false;
                    releaseWaiting(m_configError ? m_configError : m_mismatch);
                },
                Qt::QueuedConnection);
        return;
    }
    ensureVerification();
}

void HttpsGatewayClient::ensureVerification()
{
    if (!m_configError && !m_shuttingDown && m_verification == Verification::Unverified)
        startVerification();
}

void HttpsGatewayClient::startVerification()
{
    m_verification = Verification::Running;
    ++m_verifyRound;
    CallSpec spec { "GET", QStringLiteral("/v1/health"), {}, {}, true, m_config.healthTimeoutMs, 1 };
    call(nullptr, std::move(spec), [this, round = m_verifyRound](const Result<Body>& r) {
        // Runs from the health call, a child of this client: the client is alive, but it may be
        // shutting down, or another health answer may have settled the mode meanwhile.
        if (m_shuttingDown || round != m_verifyRound)
            return;
        const Result<HealthReport> health = healthOf(r);
        if (health || isMismatch(health.error()))
            noteHealth(health);
        else
            verificationFailed(health.error());
    });
}

Result<HealthReport> HttpsGatewayClient::healthOf(const Result<Body>& r) const
{
    if (!r)
        return r.error();
    const auto object = json::parseObject(r->bytes);
    const auto report = object ? json::decodeHealthReport(*object) : Result<HealthReport>(object.error());
    if (!report)
        return Error { QString::fromLatin1(errors::kSchema),
            QStringLiteral("health report: %1").arg(report.error().detail), {} };
    if (auto modeError = checkMode(m_config.mode, *report))
        return *modeError;
    return report;
}

void HttpsGatewayClient::noteHealth(const Result<HealthReport>& health)
{
    if (m_shuttingDown || m_verification == Verification::Refused || !m_config.requireHealthCheck)
        return;
    if (!health) {
        if (isMismatch(health.error()))
            modeRefused(health.error());
        return;
    }
    if (m_verification != Verification::Verified)
        modeVerified();
}

void HttpsGatewayClient::modeVerified()
{
    qCInfo(lcGateway) << "gateway mode confirmed";
    m_verification = Verification::Verified;
    m_verifyFailures = 0;
    ++m_verifyRound; // a scheduled retry is no longer needed
    releaseHeld(std::nullopt);
}

void HttpsGatewayClient::modeRefused(const Error& mismatch)
{
    qCInfo(lcGateway) << "gateway mode refused:" << mismatch.code;
    m_verification = Verification::Refused;
    m_mismatch = mismatch;
    ++m_verifyRound;
    releaseHeld(mismatch);
}

void HttpsGatewayClient::releaseHeld(const std::optional<Error>& mismatch)
{
    QList<QPointer<PendingSearch>> held;
    for (PendingSearch* search : std::exchange(m_held, {}))
        held.append(search);
    QPointer<HttpsGatewayClient> self(this);
    for (const QPointer<PendingSearch>& search : held) {
        if (!self)
            return; // a caller deleted the client from a handle's slot: its destructor ended the rest
        if (search)
            search->release(mismatch);
    }
    if (self)
        releaseWaiting(mismatch);
}

void HttpsGatewayClient::verificationFailed(const Error& error)
{
    // Not remembered: searches stay possible, the check runs again after a backoff.
    m_verification = Verification::Unverified;
    ++m_verifyFailures;
    const qint64 delay
        = qMin<qint64>(qint64(m_config.verifyRetryBaseMs) << qMin(m_verifyFailures - 1, 20), m_config.verifyRetryMaxMs);
    qCInfo(lcGateway) << "gateway mode check failed:" << error.code << "- again in" << delay << "ms";
    schedule(int(delay), this, [this, round = m_verifyRound]() {
        if (round == m_verifyRound)
            ensureVerification();
    });
    releaseWaiting(error); // records and hotlist fail as before; their callers retry
}

void HttpsGatewayClient::releaseWaiting(std::optional<Error> error)
{
    if (m_shuttingDown)
        error = shutDownError();
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    QPointer<HttpsGatewayClient> self(this);
    for (const Waiting& w : waiting) {
        if (!w.handle || w.handle->isFinished())
            continue;
        // A caller that deleted the client from a handle's slot: the rest only hear why.
        w.proceed(self ? error : std::optional<Error>(shutDownError()));
    }
}

void HttpsGatewayClient::cancelWaiting(CallHandle* handle)
{
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting[i].handle == handle) {
            const Waiting w = m_waiting.takeAt(i);
            w.proceed(cancelledError());
            return;
        }
    }
}

// ---- search -----------------------------------------------------------------------------------

SearchHandle* HttpsGatewayClient::search(const SearchRequest& request)
{
    auto* handle = new SearchHandle(request.searchId);
    const QList<SystemId> expected = request.systems.isEmpty() ? allSystems() : request.systems;
    const std::optional<Error> refused = m_configError ? m_configError
        : m_shuttingDown                               ? std::optional<Error>(shutDownError())
                                                       : m_mismatch;
    if (refused) {
        // On the next turn, so the caller can connect to the handle first.
        later(handle, [guard = QPointer<SearchHandle>(handle), expected, error = *refused]() {
            if (guard && !guard->isFinished())
                failUnsent(guard, expected, error);
        });
        return handle;
    }
    // Sent now: the deadlines run from this moment, whatever the mode check is doing.
    const QByteArray body = QJsonDocument(json::encode(request)).toJson(QJsonDocument::Compact);
    const bool held = m_verification != Verification::Verified;
    qCInfo(lcGateway) << "search sent:" << expected.size() << "systems," << body.size() << "bytes"
                      << (held ? "(answers held until the gateway's mode is confirmed)" : "");
    auto* pending = new PendingSearch(this, handle, request, expected);
    pending->start(body, held);
    if (held) {
        m_held.insert(pending);
        ensureVerification();
    }
    emit searchStarted();
    return handle;
}

// ---- records, hotlist, health -----------------------------------------------------------------

namespace {

template <typename T, typename Handle, typename Decode>
void finishDecoded(
    const QPointer<Handle>& handle, const Result<HttpsGatewayClient::Body>& r, Decode decode, const char* what)
{
    if (!handle)
        return;
    if (!r) {
        handle->finish(Result<T>(r.error()));
        return;
    }
    const auto object = json::parseObject(r->bytes);
    if (!object) {
        handle->finish(Result<T>(object.error()));
        return;
    }
    auto value = decode(*object);
    if (!value) {
        handle->finish(Result<T>(Error { QString::fromLatin1(errors::kSchema),
            QStringLiteral("%1: %2").arg(QLatin1String(what), value.error().detail), {} }));
        return;
    }
    handle->finish(Result<T>(std::move(value).value()));
}

} // namespace

RecordHandle* HttpsGatewayClient::submitRecord(const RecordSubmission& record)
{
    auto* handle = new RecordHandle();
    if (record.idempotencyKey.isEmpty()) {
        later(handle, [handle]() {
            handle->finish(Error {
                QString::fromLatin1(errors::kConfig), QStringLiteral("a record needs an idempotency key"), {} });
        });
        return handle;
    }
    whenVerified(handle, [this, handle, record](std::optional<Error> error) {
        if (error) {
            handle->finish(*error);
            return;
        }
        CallSpec spec { "POST", QStringLiteral("/v1/records"),
            QJsonDocument(json::encode(record)).toJson(QJsonDocument::Compact),
            { { QByteArrayLiteral("Idempotency-Key"), record.idempotencyKey.toUtf8() } }, true };
        call(handle, std::move(spec), [h = QPointer<RecordHandle>(handle)](const Result<Body>& r) {
            finishDecoded<RecordReceipt>(h, r, &json::decodeRecordReceipt, "record receipt");
        });
    });
    return handle;
}

HotlistHandle* HttpsGatewayClient::fetchHotlist(qint64 sinceVersion, const QString& keyId)
{
    auto* handle = new HotlistHandle();
    QString path = QStringLiteral("/v1/hotlist?since=%1").arg(sinceVersion);
    if (!keyId.isEmpty())
        path += QStringLiteral("&keyId=") + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
    whenVerified(handle, [this, handle, path](std::optional<Error> error) {
        if (error) {
            handle->finish(*error);
            return;
        }
        call(handle, CallSpec { "GET", path, {}, {}, true },
            [h = QPointer<HotlistHandle>(handle)](const Result<Body>& r) {
                finishDecoded<HotlistDelta>(h, r, &json::decodeHotlistDelta, "hotlist delta");
            });
    });
    return handle;
}

HealthHandle* HttpsGatewayClient::checkHealth()
{
    auto* handle = new HealthHandle();
    const std::optional<Error> refused = m_configError ? m_configError
        : m_shuttingDown                               ? std::optional<Error>(shutDownError())
                                                       : m_mismatch;
    if (refused) {
        later(handle, [handle, e = *refused]() { handle->finish(e); });
        return handle;
    }
    CallSpec spec { "GET", QStringLiteral("/v1/health"), {}, {}, true, m_config.healthTimeoutMs, 0 };
    call(handle, std::move(spec), [this, h = QPointer<HealthHandle>(handle)](const Result<Body>& r) {
        // Runs from the call, a child of this client: the client is alive (maybe shutting down).
        const Result<HealthReport> health = healthOf(r);
        noteHealth(health);
        if (h)
            h->finish(health);
    });
    return handle;
}

} // namespace bd::gateway
