#include "services/gateway/HttpsGatewayExchange.h"

#include "services/core/LogCategories.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace bd::gateway {
using namespace bd::model;

using bd::core::Error;
using bd::core::Result;

namespace exchange {

Error cancelledError(const QString& detail)
{
    return Error { QString::fromLatin1(errors::kCancelled), detail, {} };
}

Error shutDownError()
{
    return cancelledError(QStringLiteral("the gateway client was shut down"));
}

} // namespace exchange

using exchange::cancelledError;
using exchange::shutDownError;

namespace {

ReplyFacts factsOf(QNetworkReply* reply)
{
    ReplyFacts f;
    f.networkError = reply->error();
    f.networkErrorText = reply->errorString();
    f.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return f;
}

} // namespace

// ---- Exchange ---------------------------------------------------------------------------------

HttpsGatewayClient::Exchange::Exchange(HttpsGatewayClient* client)
    : QObject(client)
    , m_client(client)
{
    m_client->m_exchanges.insert(this);
}

HttpsGatewayClient::Exchange::~Exchange()
{
    dropReply();
    m_client->m_exchanges.remove(this);
}

void HttpsGatewayClient::Exchange::dropReply()
{
    QNetworkReply* reply = std::exchange(m_reply, nullptr).data();
    if (!reply)
        return;
    QObject::disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void HttpsGatewayClient::Exchange::abortReply(ReplyFacts::AbortReason reason)
{
    if (!m_reply || m_facts.abortReason != ReplyFacts::AbortReason::None)
        return;
    m_facts.abortReason = reason;
    if (m_reply->isRunning())
        m_reply->abort();
}

void HttpsGatewayClient::Exchange::watch(QNetworkReply* reply)
{
    m_reply = reply;
    m_facts = ReplyFacts {};
    m_facts.clientCertificateConfigured = m_client->m_hasClientCertificate;
    connect(
        reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& list) { m_facts.sslErrors += list; });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply]() { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply]() { onReplyFinished(reply); });
}

ReplyFacts HttpsGatewayClient::Exchange::factsOfReply() const
{
    ReplyFacts f = factsOf(m_reply);
    f.sslErrors = m_facts.sslErrors;
    f.abortReason = m_facts.abortReason;
    f.clientCertificateConfigured = m_facts.clientCertificateConfigured;
    return f;
}

// ---- PendingCall ------------------------------------------------------------------------------

HttpsGatewayClient::PendingCall::PendingCall(HttpsGatewayClient* client, CallHandle* handle, CallSpec spec, Done done)
    : Exchange(client)
    , m_spec(std::move(spec))
    , m_done(std::move(done))
{
    if (handle) {
        connect(handle, &CallHandle::cancelRequested, this, [this]() { finish(cancelledError()); });
        connect(handle, &QObject::destroyed, this, [this]() { abandon(); });
    }
}

void HttpsGatewayClient::PendingCall::attempt()
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

void HttpsGatewayClient::PendingCall::shutDown()
{
    if (!m_finished)
        finish(shutDownError());
}

QString HttpsGatewayClient::PendingCall::pathForLog() const
{
    return m_spec.path.section(QLatin1Char('?'), 0, 0);
}

void HttpsGatewayClient::PendingCall::onReadyRead(QNetworkReply* reply)
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

void HttpsGatewayClient::PendingCall::onReplyFinished(QNetworkReply* reply)
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

void HttpsGatewayClient::PendingCall::abandon()
{
    m_finished = true;
    dropReply();
    deleteLater();
}

void HttpsGatewayClient::PendingCall::finish(const Result<Body>& result)
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

// ---- PendingSearch ----------------------------------------------------------------------------

HttpsGatewayClient::PendingSearch::PendingSearch(
    HttpsGatewayClient* client, SearchHandle* handle, const SearchRequest& request, const QList<SystemId>& expected)
    : Exchange(client)
    , m_handle(handle)
    , m_stream(request.searchId, expected, client->m_config.maxLineBytes)
{
    connect(
        handle, &CallHandle::cancelRequested, this, [this]() { end(cancelledError(), QStringLiteral("cancelled")); });
    connect(handle, &QObject::destroyed, this, [this]() { abandon(); });
}

void HttpsGatewayClient::PendingSearch::start(const QByteArray& body)
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

void HttpsGatewayClient::PendingSearch::shutDown()
{
    if (!m_finished)
        end(shutDownError(), QStringLiteral("cancelled"));
}

bool HttpsGatewayClient::PendingSearch::deliver(const QList<SystemEvent>& events)
{
    QPointer<PendingSearch> self(this);
    for (const SystemEvent& e : events) {
        if (!self || m_finished || !m_handle)
            return false;
        m_handle->deliver(e);
    }
    return self && !m_finished && m_handle;
}

void HttpsGatewayClient::PendingSearch::onReadyRead(QNetworkReply* reply)
{
    if (reply != m_reply || m_finished || m_facts.abortReason != ReplyFacts::AbortReason::None || !reply->isReadable())
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

void HttpsGatewayClient::PendingSearch::onReplyFinished(QNetworkReply* reply)
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

void HttpsGatewayClient::PendingSearch::end(const Error& error, const QString& pendingDetail)
{
    if (m_finished)
        return;
    dropReply();
    if (!deliver(m_stream.failPending(pendingDetail)))
        return;
    qCInfo(lcGateway) << "search ended:" << error.code;
    complete(m_stream.outcome(error));
}

void HttpsGatewayClient::PendingSearch::complete(const SearchOutcome& outcome)
{
    m_finished = true;
    dropReply();
    const QPointer<SearchHandle> handle = m_handle;
    deleteLater();
    if (handle)
        handle->finish(outcome); // last: the caller may delete the client, and this object with it
}

void HttpsGatewayClient::PendingSearch::abandon()
{
    m_finished = true;
    dropReply();
    deleteLater();
}

} // namespace bd::gateway
