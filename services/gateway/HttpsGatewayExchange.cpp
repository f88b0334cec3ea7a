#include "services/gateway/HttpsGatewayExchange.h"

#include "services/core/LogCategories.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

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

// What the gateway said about a system (as opposed to a status the client made up).
bool isAnswer(const SystemEvent& e)
{
    return e.status == SystemStatus::Hit || e.status == SystemStatus::NoHit || e.status == SystemStatus::Unavailable
        || e.status == SystemStatus::NotAuthorised;
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
    // A reply that already failed (e.g. connection refused) but has not yet said it finished must
    // not be aborted: Qt would report a second error ("this method must only be called once").
    if (reply->isRunning() && reply->error() == QNetworkReply::NoError)
        reply->abort();
    reply->deleteLater();
}

void HttpsGatewayClient::Exchange::abortReply(ReplyFacts::AbortReason reason)
{
    if (!m_reply || m_facts.abortReason != ReplyFacts::AbortReason::None)
        return;
    m_facts.abortReason = reason;
    if (m_reply->isRunning() && m_reply->error() == QNetworkReply::NoError) // see dropReply()
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
    const int timeoutMs = m_spec.timeoutMs > 0 ? m_spec.timeoutMs : m_client->m_config.searchDeadlineMs;
    m_client->schedule(timeoutMs, this, [this, n = m_attempt]() {
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
    const int maxAttempts = m_spec.maxAttempts > 0 ? m_spec.maxAttempts : config.maxAttempts;
    if (m_spec.idempotent && m_attempt < maxAttempts && isRetryable(*error)) {
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

HttpsGatewayClient::PendingSearch::~PendingSearch()
{
    m_client->m_held.remove(this);
}

void HttpsGatewayClient::PendingSearch::start(const QByteArray& body, bool held)
{
    m_held = held;
    QNetworkRequest http = m_client->makeRequest(QStringLiteral("/v1/search"));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    watch(m_client->m_network.post(http, body));
    const int systemDeadline = m_client->m_config.systemDeadlineMs;
    m_client->schedule(systemDeadline, this, [this, systemDeadline]() {
        if (m_finished)
            return;
        if (m_held) { // fail closed, within the same deadline
            endUnconfirmed(Error { QString::fromLatin1(errors::kModeUnconfirmed),
                               QStringLiteral("the gateway's mode (live or training) could not be confirmed "
                                              "within %1 ms")
                                   .arg(systemDeadline),
                               {} },
                systemDeadline);
            return;
        }
        endAtDeadline(systemDeadline);
    });
    m_client->schedule(m_client->m_config.searchDeadlineMs, this, [this]() {
        if (!m_finished)
            abortReply(ReplyFacts::AbortReason::Timeout);
    });
}

void HttpsGatewayClient::PendingSearch::endAtDeadline(int deadlineMs)
{
    QPointer<PendingSearch> self(this);
    if (m_reply)
        onReadyRead(m_reply); // what already came counts
    if (!self || m_finished)
        return;
    const QList<SystemEvent> expired = m_stream.expirePending(deadlineMs);
    if (!deliver(expired))
        return;
    // Every system now has its status: a stalled one must not hold the others' verdict. What the
    // gateway might still send (a late answer, the summary with the identity links) is not waited
    // for; without the summary the result is incomplete and never "admit".
    dropReply();
    if (m_stream.hasSummary() && expired.isEmpty()) {
        // Complete but the stream not yet closed: the answer is whole.
        qCInfo(lcGateway) << "search finished at its deadline with its summary";
        complete(m_stream.outcome(std::nullopt));
        return;
    }
    QStringList late;
    for (const SystemEvent& e : expired)
        late << systemKey(e.system);
    const QString detail = late.isEmpty()
        ? QStringLiteral("the gateway did not close the search within %1 ms; its summary did not come").arg(deadlineMs)
        : QStringLiteral("no answer from %1 within %2 ms: the search was closed at the deadline, without "
                         "the gateway's summary")
              .arg(late.join(QStringLiteral(", ")))
              .arg(deadlineMs);
    qCInfo(lcGateway) << "search closed at its deadline:" << late.size() << "systems without an answer";
    complete(m_stream.outcome(Error { QString::fromLatin1(errors::kTimeout), detail, {} }));
}

void HttpsGatewayClient::PendingSearch::shutDown()
{
    if (!m_finished)
        end(shutDownError(), QStringLiteral("cancelled"));
}

void HttpsGatewayClient::PendingSearch::release(const std::optional<Error>& mismatch)
{
    if (m_finished || !m_held)
        return;
    if (mismatch) {
        endUnconfirmed(*mismatch, std::nullopt);
        return;
    }
    m_held = false;
    if (!deliver(std::exchange(m_heldEvents, {})))
        return;
    if (m_heldOutcome)
        complete(*std::exchange(m_heldOutcome, std::nullopt));
}

bool HttpsGatewayClient::PendingSearch::deliver(const QList<SystemEvent>& events)
{
    if (m_held) {
        m_heldEvents += events;
        return !m_finished && m_handle;
    }
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
    if (m_held) {
        m_stream.failPending(pendingDetail);
        endUnconfirmed(error, std::nullopt);
        return;
    }
    if (!deliver(m_stream.failPending(pendingDetail)))
        return;
    qCInfo(lcGateway) << "search ended:" << error.code;
    complete(m_stream.outcome(error));
}

void HttpsGatewayClient::PendingSearch::complete(const SearchOutcome& outcome)
{
    if (m_held) {
        dropReply();
        if (std::any_of(outcome.events.cbegin(), outcome.events.cend(), isAnswer)) {
            m_heldOutcome = outcome; // told once the mode is confirmed, or ended at the deadline
            return;
        }
        // Nothing but failures: no answer to confirm, so the officer hears it now.
        m_held = false;
        m_client->m_held.remove(this);
        QList<SystemEvent> failures = std::exchange(m_heldEvents, {});
        failures.removeIf(isAnswer);
        if (!deliver(failures))
            return;
    }
    m_finished = true;
    dropReply();
    const QPointer<SearchHandle> handle = m_handle;
    deleteLater();
    QPointer<HttpsGatewayClient> client(m_client);
    if (!m_client->m_shuttingDown)
        emit m_client->searchEnded(outcome);
    if (handle && client)
        handle->finish(outcome); // last: the caller may delete the client, and this object with it
}

void HttpsGatewayClient::PendingSearch::endUnconfirmed(const Error& error, std::optional<int> deadlineMs)
{
    m_held = false;
    m_client->m_held.remove(this);
    dropReply();
    if (!m_heldOutcome) {
        if (deadlineMs)
            m_stream.expirePending(*deadlineMs);
        m_stream.failPending(error.detail);
    }
    SearchOutcome outcome = m_heldOutcome ? *m_heldOutcome : m_stream.outcome(error);
    outcome.summary.reset();
    outcome.error = error;
    for (SystemEvent& e : outcome.events) {
        if (!isAnswer(e))
            continue;
        e.status = SystemStatus::Error;
        e.hits.clear();
        e.detail = QStringLiteral("answer not used: %1").arg(error.detail);
    }
    m_heldEvents.clear();
    m_heldOutcome.reset();
    qCInfo(lcGateway) << "search ended unconfirmed:" << error.code;
    if (!deliver(outcome.events))
        return;
    complete(outcome);
}

void HttpsGatewayClient::PendingSearch::abandon()
{
    m_finished = true;
    dropReply();
    deleteLater();
}

} // namespace bd::gateway
