#include "services/gateway/HttpsGatewayClient.h"

#include "services/core/LogCategories.h"
#include "services/gateway/GatewayErrors.h"
#include "services/gateway/GatewayJson.h"
#include "services/gateway/SearchStream.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace bd::gateway {

using bd::core::Error;
using bd::core::Result;

namespace {

Error configFailure(const QString& detail)
{
    return Error {QString::fromLatin1(errors::kConfig), detail, {}};
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
template <typename F>
void later(QObject* context, F f)
{
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
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
        m_configError = configFailure(problem.isEmpty() ? QStringLiteral("no PEM certificate in the CA file") : problem);
        return;
    }
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(ca); // replaces the system store: the pinned CA is the only trust anchor
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_config.certFile.isEmpty()) {
        const QList<QSslCertificate> cert = QSslCertificate::fromData(readFile(m_config.certFile, &problem), QSsl::Pem);
        const QByteArray keyPem = readFile(m_config.keyFile, &problem);
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (cert.isEmpty() || key.isNull()) {
            m_configError = configFailure(problem.isEmpty()
                                              ? QStringLiteral("the client certificate or key file holds no usable PEM")
                                              : problem);
            return;
        }
        m_ssl.setLocalCertificate(cert.first());
        m_ssl.setPrivateKey(key);
        m_hasClientCertificate = true;
    }
}

HttpsGatewayClient::~HttpsGatewayClient() = default;

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

// ---- one-shot calls with retries --------------------------------------------------------------

void HttpsGatewayClient::call(QObject* handle, CallSpec spec, Done done)
{
    struct State
    {
        QPointer<QNetworkReply> reply;
        bool cancelled = false;
        bool finished = false;
        int attempt = 0;
    };
    auto state = std::make_shared<State>();
    auto finish = [state, done](const Result<Body>& r) {
        if (state->finished)
            return;
        state->finished = true;
        done(r);
    };
    auto attempt = std::make_shared<std::function<void()>>();
    *attempt = [this, handle, spec, state, finish, attempt]() {
        if (state->finished)
            return;
        ++state->attempt;
        QNetworkRequest request = makeRequest(spec.path);
        for (const auto& [name, value] : spec.headers)
            request.setRawHeader(name, value);
        if (!spec.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, spec.verb, spec.body);
        state->reply = reply;
        auto facts = std::make_shared<ReplyFacts>();
        facts->clientCertificateConfigured = m_hasClientCertificate;
        auto body = std::make_shared<QByteArray>();
        const qint64 limit = m_config.maxResponseBytes;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [facts](const QList<QSslError>& list) { facts->sslErrors += list; });
        auto drain = [reply, facts, body, limit]() {
            if (facts->abortReason != ReplyFacts::AbortReason::None)
                return;
            if (body->size() + reply->bytesAvailable() > limit) {
                facts->abortReason = ReplyFacts::AbortReason::TooLarge;
                reply->abort();
                return;
            }
            body->append(reply->readAll());
        };
        QObject::connect(reply, &QNetworkReply::readyRead, reply, drain);
        QTimer::singleShot(m_config.searchDeadlineMs, reply, [reply, facts]() {
            if (facts->abortReason == ReplyFacts::AbortReason::None && reply->isRunning()) {
                facts->abortReason = ReplyFacts::AbortReason::Timeout;
                reply->abort();
            }
        });
        QObject::connect(reply, &QNetworkReply::finished, handle, [this, reply, facts, body, drain, state, finish, attempt, spec]() {
            drain();
            reply->deleteLater();
            if (state->reply == reply)
                state->reply = nullptr;
            ReplyFacts f = factsOf(reply);
            f.sslErrors = facts->sslErrors;
            f.abortReason = state->cancelled ? ReplyFacts::AbortReason::Cancelled : facts->abortReason;
            f.clientCertificateConfigured = facts->clientCertificateConfigured;
            f.body = body->left(64 * 1024);
            const auto error = mapReplyError(f);
            if (!error) {
                finish(Body {f.httpStatus, *body});
                return;
            }
            if (spec.idempotent && !state->cancelled && state->attempt < m_config.maxAttempts && isRetryable(*error)) {
                const int delay = m_config.retryBaseDelayMs * (1 << (state->attempt - 1));
                qCInfo(lcGateway) << "retrying" << spec.path.section(QLatin1Char('?'), 0, 0) << "after" << error->code
                                  << "in" << delay << "ms, attempt" << state->attempt + 1;
                QTimer::singleShot(delay, this, [attempt]() { (*attempt)(); });
                return;
            }
            qCInfo(lcGateway) << "call" << spec.path.section(QLatin1Char('?'), 0, 0) << "failed:" << error->code;
            finish(*error);
        });
    };
    auto onCancel = [state, finish]() {
        state->cancelled = true;
        if (state->reply)
            state->reply->abort(); // finished → gateway.cancelled
        else
            finish(Error {QString::fromLatin1(errors::kCancelled), QStringLiteral("cancelled"), {}});
    };
    if (auto* h = qobject_cast<RecordHandle*>(handle))
        QObject::connect(h, &RecordHandle::cancelRequested, h, onCancel);
    else if (auto* hl = qobject_cast<HotlistHandle*>(handle))
        QObject::connect(hl, &HotlistHandle::cancelRequested, hl, onCancel);
    else if (auto* hh = qobject_cast<HealthHandle*>(handle))
        QObject::connect(hh, &HealthHandle::cancelRequested, hh, onCancel);
    QObject::connect(handle, &QObject::destroyed, &m_network, [state]() {
        state->finished = true;
        if (state->reply)
            state->reply->abort();
    });
    (*attempt)();
}

std::optional<Error> HttpsGatewayClient::checkMode(const HealthReport& report) const
{
    if (m_config.mode == GatewayMode::Live && report.training)
        return Error {QString::fromLatin1(errors::kTrainingGatewayInLiveMode),
                      QStringLiteral("the gateway is a training gateway; a live workstation does not use it"), {}};
    if (m_config.mode != GatewayMode::Live && !report.training)
        return Error {QString::fromLatin1(errors::kLiveGatewayInTrainingMode),
                      QStringLiteral("the gateway is not a training gateway; training and demo mode never use a live one"), {}};
    return std::nullopt;
}

void HttpsGatewayClient::whenVerified(QObject* handle, std::function<void(std::optional<Error>)> proceed)
{
    QPointer<QObject> guard(handle);
    auto run = [this, guard, proceed]() {
        if (guard)
            proceed(m_verificationError);
    };
    if (m_configError) {
        later(handle, [guard, proceed, e = *m_configError]() {
            if (guard)
                proceed(e);
        });
        return;
    }
    if (!m_config.requireHealthCheck || m_verification == Verification::Done) {
        later(handle, run);
        return;
    }
    m_waiting.append(run);
    if (m_verification == Verification::Running)
        return;
    m_verification = Verification::Running;
    auto* probe = new HealthHandle(this);
    call(probe, CallSpec {"GET", QStringLiteral("/v1/health"), {}, {}, true}, [this, probe](const Result<Body>& r) {
        std::optional<Error> error;
        if (!r) {
            error = r.error();
        } else {
            const auto object = json::parseObject(r->bytes);
            const auto report = object ? json::decodeHealthReport(*object) : Result<HealthReport>(object.error());
            if (!report)
                error = Error {QString::fromLatin1(errors::kSchema),
                               QStringLiteral("health report: %1").arg(report.error().detail), {}};
            else
                error = checkMode(*report);
        }
        // A transient failure is not remembered: the next call checks again.
        const bool transient = error && isRetryable(*error);
        m_verification = transient ? Verification::NotStarted : Verification::Done;
        m_verificationError = error;
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto& w : waiting)
            w();
        if (transient)
            m_verificationError.reset();
        probe->deleteLater();
    });
}

// ---- search -----------------------------------------------------------------------------------

SearchHandle* HttpsGatewayClient::search(const SearchRequest& request)
{
    auto* handle = new SearchHandle(request.searchId);
    const QList<SystemId> expected = request.systems.isEmpty() ? allSystems() : request.systems;
    auto cancelledEarly = std::make_shared<bool>(false);
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = QObject::connect(handle, &SearchHandle::cancelRequested, handle, [handle, expected, cancelledEarly]() {
        *cancelledEarly = true;
        SearchStream stream(handle->searchId(), expected, 1);
        for (const SystemEvent& e : stream.failPending(QStringLiteral("cancelled")))
            handle->deliver(e);
        handle->finish(stream.outcome(Error {QString::fromLatin1(errors::kCancelled), QStringLiteral("cancelled"), {}}));
    });
    whenVerified(handle, [this, handle, request, expected, cancelledEarly, conn](std::optional<Error> error) {
        if (*cancelledEarly || handle->isFinished())
            return;
        QObject::disconnect(*conn);
        if (error) {
            SearchStream stream(request.searchId, expected, 1);
            for (const SystemEvent& e : stream.failPending(error->detail))
                handle->deliver(e);
            handle->finish(stream.outcome(*error));
            return;
        }
        startSearch(handle, request);
    });
    return handle;
}

void HttpsGatewayClient::startSearch(SearchHandle* handle, const SearchRequest& request)
{
    const QList<SystemId> expected = request.systems.isEmpty() ? allSystems() : request.systems;
    auto stream = std::make_shared<SearchStream>(request.searchId, expected, m_config.maxLineBytes);
    auto facts = std::make_shared<ReplyFacts>();
    facts->clientCertificateConfigured = m_hasClientCertificate;
    auto received = std::make_shared<qint64>(0);
    auto errorBody = std::make_shared<QByteArray>();

    QNetworkRequest http = makeRequest(QStringLiteral("/v1/search"));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(json::encode(request)).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = m_network.post(http, body);
    qCInfo(lcGateway) << "search sent:" << expected.size() << "systems," << body.size() << "bytes";
    const qint64 limit = m_config.maxResponseBytes;

    auto deliver = [handle](const QList<SystemEvent>& events) {
        for (const SystemEvent& e : events)
            handle->deliver(e);
    };
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [facts](const QList<QSslError>& list) { facts->sslErrors += list; });
    auto drain = [reply, stream, facts, received, errorBody, limit, deliver]() {
        if (facts->abortReason != ReplyFacts::AbortReason::None)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        *received += bytes.size();
        if (*received > limit) {
            facts->abortReason = ReplyFacts::AbortReason::TooLarge;
            reply->abort();
            return;
        }
        if (status != 200) {
            errorBody->append(bytes.left(64 * 1024 - errorBody->size()));
            return;
        }
        deliver(stream->feed(bytes));
    };
    QObject::connect(reply, &QNetworkReply::readyRead, handle, drain);

    const int systemDeadline = m_config.systemDeadlineMs;
    QTimer::singleShot(systemDeadline, handle, [stream, handle, deliver, systemDeadline]() {
        if (!handle->isFinished())
            deliver(stream->expirePending(systemDeadline));
    });
    QTimer::singleShot(m_config.searchDeadlineMs, handle, [reply = QPointer<QNetworkReply>(reply), facts]() {
        if (reply && reply->isRunning() && facts->abortReason == ReplyFacts::AbortReason::None) {
            facts->abortReason = ReplyFacts::AbortReason::Timeout;
            reply->abort();
        }
    });
    QObject::connect(handle, &SearchHandle::cancelRequested, reply, [reply, facts]() {
        if (facts->abortReason == ReplyFacts::AbortReason::None)
            facts->abortReason = ReplyFacts::AbortReason::Cancelled;
        reply->abort();
    });
    QObject::connect(handle, &QObject::destroyed, reply, [reply]() {
        reply->abort();
        reply->deleteLater();
    });
    QObject::connect(reply, &QNetworkReply::finished, handle, [reply, handle, stream, facts, errorBody, drain, deliver]() {
        drain();
        reply->deleteLater();
        ReplyFacts f = factsOf(reply);
        f.sslErrors = facts->sslErrors;
        f.abortReason = facts->abortReason;
        f.clientCertificateConfigured = facts->clientCertificateConfigured;
        f.body = *errorBody;
        const auto error = mapReplyError(f);
        if (!error) {
            deliver(stream->endOfStream());
            const SearchOutcome outcome = stream->outcome(std::nullopt);
            qCInfo(lcGateway) << "search finished:" << outcome.events.size() << "systems,"
                              << (outcome.error ? outcome.error->code : QStringLiteral("ok"));
            handle->finish(outcome);
            return;
        }
        if (error->code == QLatin1String(errors::kTimeout))
            deliver(stream->expirePending(0));
        else
            deliver(stream->failPending(error->code == QLatin1String(errors::kCancelled)
                                            ? QStringLiteral("cancelled")
                                            : QStringLiteral("%1: %2").arg(error->code, error->detail)));
        qCInfo(lcGateway) << "search failed:" << error->code;
        handle->finish(stream->outcome(*error));
    });
}

// ---- records, hotlist, health -----------------------------------------------------------------

namespace {

template <typename T, typename Handle, typename Decode>
void finishDecoded(Handle* handle, const Result<HttpsGatewayClient::Body>& r, Decode decode, const char* what)
{
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
        handle->finish(Result<T>(Error {QString::fromLatin1(errors::kSchema),
                                        QStringLiteral("%1: %2").arg(QLatin1String(what), value.error().detail), {}}));
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
            handle->finish(Error {QString::fromLatin1(errors::kConfig), QStringLiteral("a record needs an idempotency key"), {}});
        });
        return handle;
    }
    whenVerified(handle, [this, handle, record](std::optional<Error> error) {
        if (error) {
            handle->finish(*error);
            return;
        }
        CallSpec spec {"POST", QStringLiteral("/v1/records"),
                       QJsonDocument(json::encode(record)).toJson(QJsonDocument::Compact),
                       {{QByteArrayLiteral("Idempotency-Key"), record.idempotencyKey.toUtf8()}},
                       true};
        call(handle, spec, [handle](const Result<Body>& r) {
            finishDecoded<RecordReceipt>(handle, r, &json::decodeRecordReceipt, "record receipt");
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
        call(handle, CallSpec {"GET", QStringLiteral("/v1/hotlist?since=%1").arg(sinceVersion), {}, {}, true},
             [handle](const Result<Body>& r) {
                 finishDecoded<HotlistDelta>(handle, r, &json::decodeHotlistDelta, "hotlist delta");
             });
    });
    return handle;
}

HealthHandle* HttpsGatewayClient::checkHealth()
{
    auto* handle = new HealthHandle();
    if (m_configError) {
        later(handle, [handle, e = *m_configError]() { handle->finish(e); });
        return handle;
    }
    call(handle, CallSpec {"GET", QStringLiteral("/v1/health"), {}, {}, true}, [this, handle](const Result<Body>& r) {
        if (!r) {
            handle->finish(r.error());
            return;
        }
        const auto object = json::parseObject(r->bytes);
        const auto report = object ? json::decodeHealthReport(*object) : Result<HealthReport>(object.error());
        if (!report) {
            handle->finish(Error {QString::fromLatin1(errors::kSchema),
                                  QStringLiteral("health report: %1").arg(report.error().detail), {}});
            return;
        }
        if (const auto modeError = checkMode(*report)) {
            handle->finish(*modeError);
            return;
        }
        handle->finish(*report);
    });
    return handle;
}

} // namespace bd::gateway
