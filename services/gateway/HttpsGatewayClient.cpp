#include "services/gateway/HttpsGatewayClient.h"

#include "services/core/LogCategories.h"
#include "services/gateway/GatewayErrors.h"
#include "services/gateway/GatewayJson.h"
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

Error cancelledError(const QString& detail = QStringLiteral("cancelled"))
{
    return Error { QString::fromLatin1(errors::kCancelled), detail, {} };
}

Error shutDownError()
{
    return cancelledError(QStringLiteral("the gateway client was shut down"));
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

ReplyFacts factsOf(QNetworkReply* reply)
{
    ReplyFacts f;
    f.networkError = reply->error();
    f.networkErrorText = reply->errorString();
    f.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return f;
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
}

// ---- requests in flight -----------------------------------------------------------------------
//
// One object per call or search, a child of the client, listening to its reply with itself as the
// context: when it goes, every connection and timer of that request goes with it. It never keeps a
// reference to itself; it ends by deleteLater() (or is deleted by the client's destructor), and it
// touches nothing of its own after telling the handle, because the caller may delete the client
// (and so this object) from the handle's slot.

class HttpsGatewayClient::Exchange : public QObject
{
public:
    explicit Exchange(HttpsGatewayClient* client)
        : QObject(client)
        , m_client(client)
    {
        m_client->m_exchanges.insert(this);
    }
    ~Exchange() override
    {
        dropReply();
        m_client->m_exchanges.remove(this);
    }
    // The client is being destroyed: the reply goes without a word, a live handle hears
    // gateway.cancelled. The client deletes this object right after.
    virtual void shutDown() = 0;

protected:
    // Stops listening to the reply, aborts it when still running and deletes it later.
    void dropReply()
    {
        QNetworkReply* reply = std::exchange(m_reply, nullptr).data();
        if (!reply)
            return;
        QObject::disconnect(reply, nullptr, this, nullptr);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    // Aborts the running reply for `reason`; its finished signal ends the request.
    void abortReply(ReplyFacts::AbortReason reason)
    {
        if (!m_reply || m_facts.abortReason != ReplyFacts::AbortReason::None)
            return;
        m_facts.abortReason = reason;
        if (m_reply->isRunning())
            m_reply->abort();
    }
    // Listens to a new reply.
    void watch(QNetworkReply* reply)
    {
        m_reply = reply;
        m_facts = ReplyFacts {};
        m_facts.clientCertificateConfigured = m_client->m_hasClientCertificate;
        connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& list) { m_facts.sslErrors += list; });
        connect(reply, &QNetworkReply::readyRead, this, [this, reply]() { onReadyRead(reply); });
        connect(reply, &QNetworkReply::finished, this, [this, reply]() { onReplyFinished(reply); });
    }
    ReplyFacts factsOfReply() const
    {
        ReplyFacts f = factsOf(m_reply);
        f.sslErrors = m_facts.sslErrors;
        f.abortReason = m_facts.abortReason;
        f.clientCertificateConfigured = m_facts.clientCertificateConfigured;
        return f;
    }
    virtual void onReadyRead(QNetworkReply* reply) = 0;
    virtual void onReplyFinished(QNetworkReply* reply) = 0;

    HttpsGatewayClient* m_client;
    QPointer<QNetworkReply> m_reply; // QPointer: the network manager may delete it first
    ReplyFacts m_facts;
    bool m_finished = false;
};

// Records, hotlist and health: one request, retried with exponential backoff on transient errors
// when idempotent. The retry is a timer on this object, not a closure that owns itself.
class HttpsGatewayClient::PendingCall final : public Exchange
{
public:
    PendingCall(HttpsGatewayClient* client, CallHandle* handle, CallSpec spec, Done done)
        : Exchange(client)
        , m_spec(std::move(spec))
        , m_done(std::move(done))
    {
        if (handle) {
            connect(handle, &CallHandle::cancelRequested, this, [this]() { finish(cancelledError()); });
            connect(handle, &QObject::destroyed, this, [this]() { abandon(); });
        }
    }

    void attempt()
    {
        if (m_finished)
            return;
        ++m_attempt;
        m_body.clear();
        QNetworkRequest request = m_client->makeRequest(m_spec.path);
        for (const auto& [name, value] : m_spec.headers)
            request.setRawHeader(name, value);
        if (!m_spec.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        watch(m_client->m_network.sendCustomRequest(request, m_spec.verb, m_spec.body));
        m_client->schedule(m_client->m_config.searchDeadlineMs, this, [this, n = m_attempt]() {
            if (n == m_attempt && !m_finished)
                abortReply(ReplyFacts::AbortReason::Timeout);
        });
    }

    void shutDown() override
    {
        if (!m_finished)
            finish(shutDownError());
    }

private:
    QString pathForLog() const { return m_spec.path.section(QLatin1Char('?'), 0, 0); }

    void onReadyRead(QNetworkReply* reply) override
    {
        // A reply Qt closed itself (transfer timeout, abort) is not readable, and readAll() on a
        // reply with nothing buffered reads on past its end: either would warn "QIODevice::read
        // (QNetworkReplyHttpImpl): device not open" on stderr and in the log. Read what is there.
        if (reply != m_reply || m_facts.abortReason != ReplyFacts::AbortReason::None || !reply->isReadable()
            || reply->bytesAvailable() <= 0)
            return;
        if (m_body.size() + reply->bytesAvailable() > m_client->m_config.maxResponseBytes) {
            abortReply(ReplyFacts::AbortReason::TooLarge);
            return;
        }
        m_body.append(reply->read(reply->bytesAvailable()));
    }

    void onReplyFinished(QNetworkReply* reply) override
    {
        if (reply != m_reply || m_finished)
            return;
        onReadyRead(reply);
        if (reply != m_reply || m_finished) // an abort above ended the reply already
            return;
        ReplyFacts f = factsOfReply();
        f.body = m_body.left(64 * 1024);
        dropReply();
        const auto error = mapReplyError(f);
        if (!error) {
            finish(Body { f.httpStatus, std::exchange(m_body, {}) });
            return;
        }
        const GatewayClientConfig& config = m_client->m_config;
        if (m_spec.idempotent && m_attempt < config.maxAttempts && isRetryable(*error)) {
            // base, 2*base, 4*base, ... capped at a minute (and no shift past 2^20)
            const qint64 delay = qMin<qint64>(qint64(config.retryBaseDelayMs) << qMin(m_attempt - 1, 20), 60000);
            qCInfo(lcGateway) << "retrying" << pathForLog() << "after" << error->code << "in" << delay << "ms, attempt"
                              << m_attempt + 1;
            m_client->schedule(int(delay), this, [this]() { attempt(); });
            return;
        }
        qCInfo(lcGateway) << "call" << pathForLog() << "failed:" << error->code;
        finish(*error);
    }

    void abandon() // the handle is gone: nobody to tell
    {
        m_finished = true;
        dropReply();
        deleteLater();
    }

    void finish(const Result<Body>& result)
    {
        if (m_finished)
            return;
        m_finished = true;
        dropReply();
        Done done = std::exchange(m_done, nullptr);
        m_spec = {}; // the request body (names) is not kept once the call is over
        m_body.clear();
        deleteLater();
        done(result); // last: the caller may delete the client, and this object with it
    }

    CallSpec m_spec;
    Done m_done;
    QByteArray m_body;
    int m_attempt = 0;
};

// A streamed search: never retried; events go to the handle as each line completes.
class HttpsGatewayClient::PendingSearch final : public Exchange
{
public:
    PendingSearch(
        HttpsGatewayClient* client, SearchHandle* handle, const SearchRequest& request, const QList<SystemId>& expected)
        : Exchange(client)
        , m_handle(handle)
        , m_stream(request.searchId, expected, client->m_config.maxLineBytes)
    {
        connect(handle, &CallHandle::cancelRequested, this,
            [this]() { end(cancelledError(), QStringLiteral("cancelled")); });
        connect(handle, &QObject::destroyed, this, [this]() { abandon(); });
    }

    void start(const QByteArray& body)
    {
        QNetworkRequest http = m_client->makeRequest(QStringLiteral("/v1/search"));
        http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        watch(m_client->m_network.post(http, body));
        const int systemDeadline = m_client->m_config.systemDeadlineMs;
        m_client->schedule(systemDeadline, this, [this, systemDeadline]() {
            if (!m_finished)
                deliver(m_stream.expirePending(systemDeadline));
        });
        m_client->schedule(m_client->m_config.searchDeadlineMs, this, [this]() {
            if (!m_finished)
                abortReply(ReplyFacts::AbortReason::Timeout);
        });
    }

    void shutDown() override
    {
        if (!m_finished)
            end(shutDownError(), QStringLiteral("cancelled"));
    }

private:
    // False when the search ended or this object went away while the handle was told.
    bool deliver(const QList<SystemEvent>& events)
    {
        QPointer<PendingSearch> self(this);
        for (const SystemEvent& e : events) {
            if (!self || m_finished || !m_handle)
                return false;
            m_handle->deliver(e);
        }
        return self && !m_finished && m_handle;
    }

    void onReadyRead(QNetworkReply* reply) override
    {
        if (reply != m_reply || m_finished || m_facts.abortReason != ReplyFacts::AbortReason::None
            || !reply->isReadable())
            return; // not readable: closed by Qt (transfer timeout, abort), see PendingCall::onReadyRead
        if (reply->bytesAvailable() <= 0)
            return; // nothing buffered: see PendingCall::onReadyRead
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->read(reply->bytesAvailable());
        m_received += bytes.size();
        if (m_received > m_client->m_config.maxResponseBytes) {
            abortReply(ReplyFacts::AbortReason::TooLarge);
            return;
        }
        if (status != 200) {
            m_errorBody.append(bytes.left(64 * 1024 - m_errorBody.size()));
            return;
        }
        deliver(m_stream.feed(bytes));
    }

    void onReplyFinished(QNetworkReply* reply) override
    {
        if (reply != m_reply || m_finished)
            return;
        QPointer<PendingSearch> self(this);
        onReadyRead(reply);
        if (!self || m_finished || reply != m_reply)
            return;
        ReplyFacts f = factsOfReply();
        f.body = m_errorBody;
        dropReply();
        const auto error = mapReplyError(f);
        if (!error) {
            if (!deliver(m_stream.endOfStream()))
                return;
            const SearchOutcome outcome = m_stream.outcome(std::nullopt);
            qCInfo(lcGateway) << "search finished:" << outcome.events.size() << "systems,"
                              << (outcome.error ? outcome.error->code : QStringLiteral("ok"));
            complete(outcome);
            return;
        }
        const bool delivered = error->code == QLatin1String(errors::kTimeout)
            ? deliver(m_stream.expirePending(0))
            : deliver(m_stream.failPending(error->code == QLatin1String(errors::kCancelled)
                    ? QStringLiteral("cancelled")
                    : QStringLiteral("%1: %2").arg(error->code, error->detail)));
        if (!delivered)
            return;
        qCInfo(lcGateway) << "search failed:" << error->code;
        complete(m_stream.outcome(*error));
    }

    // Cancel or shut down: the reply goes, pending systems end as `error`.
    void end(const Error& error, const QString& pendingDetail)
    {
        if (m_finished)
            return;
        dropReply();
        if (!deliver(m_stream.failPending(pendingDetail)))
            return;
        qCInfo(lcGateway) << "search ended:" << error.code;
        complete(m_stream.outcome(error));
    }

    void complete(const SearchOutcome& outcome)
    {
        m_finished = true;
        dropReply();
        const QPointer<SearchHandle> handle = m_handle;
        deleteLater();
        if (handle)
            handle->finish(outcome); // last: the caller may delete the client, and this object with it
    }

    void abandon() // the handle is gone: nobody to tell
    {
        m_finished = true;
        dropReply();
        deleteLater();
    }

    QPointer<SearchHandle> m_handle;
    SearchStream m_stream;
    qint64 m_received = 0;
    QByteArray m_errorBody;
};

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

// ---- the gateway's mode, checked once before the first call ------------------------------------
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
    if (m_configError || !m_config.requireHealthCheck || m_verification == Verification::Done) {
        // On the next turn, so the caller can connect to the handle first.
        if (!std::exchange(m_releaseQueued, true))
            QMetaObject::invokeMethod(
                this,
                [this]() {
                    m_releaseQueued = false;
                    releaseWaiting(m_configError ? m_configError : m_verificationError);
                },
                Qt::QueuedConnection);
        return;
    }
    if (m_verification == Verification::NotStarted)
        startVerification();
}

void HttpsGatewayClient::startVerification()
{
    m_verification = Verification::Running;
    const GatewayMode mode = m_config.mode;
    call(nullptr, CallSpec { "GET", QStringLiteral("/v1/health"), {}, {}, true }, [this, mode](const Result<Body>& r) {
        // Runs from the health call, a child of this client: the client is alive.
        std::optional<Error> error;
        if (!r) {
            error = r.error();
        } else {
            const auto object = json::parseObject(r->bytes);
            const auto report = object ? json::decodeHealthReport(*object) : Result<HealthReport>(object.error());
            if (!report)
                error = Error { QString::fromLatin1(errors::kSchema),
                    QStringLiteral("health report: %1").arg(report.error().detail), {} };
            else
                error = checkMode(mode, *report);
        }
        // A transient failure is not remembered: the next call checks again.
        const bool transient = error && isRetryable(*error);
        m_verification = transient ? Verification::NotStarted : Verification::Done;
        m_verificationError = transient ? std::nullopt : error;
        releaseWaiting(error);
    });
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
    whenVerified(handle, [this, handle, request, expected](std::optional<Error> error) {
        if (error) {
            failUnsent(handle, expected, *error);
            return;
        }
        startSearch(handle, request);
    });
    return handle;
}

void HttpsGatewayClient::startSearch(SearchHandle* handle, const SearchRequest& request)
{
    const QList<SystemId> expected = request.systems.isEmpty() ? allSystems() : request.systems;
    const QByteArray body = QJsonDocument(json::encode(request)).toJson(QJsonDocument::Compact);
    qCInfo(lcGateway) << "search sent:" << expected.size() << "systems," << body.size() << "bytes";
    auto* pending = new PendingSearch(this, handle, request, expected);
    pending->start(body);
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

HotlistHandle* HttpsGatewayClient::fetchHotlist(qint64 sinceVersion)
{
    auto* handle = new HotlistHandle();
    whenVerified(handle, [this, handle, sinceVersion](std::optional<Error> error) {
        if (error) {
            handle->finish(*error);
            return;
        }
        call(handle, CallSpec { "GET", QStringLiteral("/v1/hotlist?since=%1").arg(sinceVersion), {}, {}, true },
            [h = QPointer<HotlistHandle>(handle)](const Result<Body>& r) {
                finishDecoded<HotlistDelta>(h, r, &json::decodeHotlistDelta, "hotlist delta");
            });
    });
    return handle;
}

HealthHandle* HttpsGatewayClient::checkHealth()
{
    auto* handle = new HealthHandle();
    if (m_configError || m_shuttingDown) {
        later(handle, [handle, e = m_configError ? *m_configError : shutDownError()]() { handle->finish(e); });
        return handle;
    }
    call(handle, CallSpec { "GET", QStringLiteral("/v1/health"), {}, {}, true },
        [h = QPointer<HealthHandle>(handle), mode = m_config.mode](const Result<Body>& r) {
            if (!h)
                return;
            if (!r) {
                h->finish(r.error());
                return;
            }
            const auto object = json::parseObject(r->bytes);
            const auto report = object ? json::decodeHealthReport(*object) : Result<HealthReport>(object.error());
            if (!report) {
                h->finish(Error { QString::fromLatin1(errors::kSchema),
                    QStringLiteral("health report: %1").arg(report.error().detail), {} });
                return;
            }
            if (const auto modeError = checkMode(mode, *report)) {
                h->finish(*modeError);
                return;
            }
            h->finish(*report);
        });
    return handle;
}

} // namespace bd::gateway
