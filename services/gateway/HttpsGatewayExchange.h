#pragma once

#include "services/gateway/GatewayErrors.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "services/gateway/SearchStream.h"

#include <QByteArray>
#include <QPointer>

class QNetworkReply;

// Private to services/gateway: the requests in flight of HttpsGatewayClient.
//
// One object per call or search, a child of the client, listening to its reply with itself as the
// context: when it goes, every connection and timer of that request goes with it. It never keeps a
// reference to itself; it ends by deleteLater() (or is deleted by the client's destructor), and it
// touches nothing of its own after telling the handle, because the caller may delete the client
// (and so this object) from the handle's slot.
namespace bd::gateway {

namespace exchange {
// gateway.cancelled, for a cancel or for a client that is being destroyed.
bd::core::Error cancelledError(const QString& detail = QStringLiteral("cancelled"));
bd::core::Error shutDownError();
} // namespace exchange

class HttpsGatewayClient::Exchange : public QObject
{
public:
    explicit Exchange(HttpsGatewayClient* client);
    ~Exchange() override;
    // The client is being destroyed: the reply goes without a word, a live handle hears
    // gateway.cancelled. The client deletes this object right after.
    virtual void shutDown() = 0;

protected:
    // Stops listening to the reply, aborts it when still running and deletes it later.
    void dropReply();
    // Aborts the running reply for `reason`; its finished signal ends the request.
    void abortReply(ReplyFacts::AbortReason reason);
    // Listens to a new reply.
    void watch(QNetworkReply* reply);
    ReplyFacts factsOfReply() const;
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
    PendingCall(HttpsGatewayClient* client, CallHandle* handle, CallSpec spec, Done done);

    void attempt();
    void shutDown() override;

private:
    QString pathForLog() const;
    void onReadyRead(QNetworkReply* reply) override;
    void onReplyFinished(QNetworkReply* reply) override;
    void abandon(); // the handle is gone: nobody to tell
    void finish(const bd::core::Result<Body>& result);

    CallSpec m_spec;
    Done m_done;
    QByteArray m_body;
    int m_attempt = 0;
};

// A streamed search: never retried; events go to the handle as each line completes. Held (the
// gateway's mode not yet confirmed): events and the end are kept back; an end that carries no answer
// at all (only failures) is told at once, since it claims nothing.
class HttpsGatewayClient::PendingSearch final : public Exchange
{
public:
    PendingSearch(HttpsGatewayClient* client,
        SearchHandle* handle,
        const model::SearchRequest& request,
        const QList<model::SystemId>& expected);
    ~PendingSearch() override;

    void start(const QByteArray& body, bool held);
    void shutDown() override;
    // The mode check settled while this search was held: nullopt shows what was kept back (and the
    // end if it came); a mismatch ends the search with it, nothing the gateway said shown.
    void release(const std::optional<bd::core::Error>& mismatch);

private:
    // False when the search ended or this object went away while the handle was told.
    bool deliver(const QList<model::SystemEvent>& events);
    void onReadyRead(QNetworkReply* reply) override;
    void onReplyFinished(QNetworkReply* reply) override;
    // Cancel or shut down: the reply goes, pending systems end as `error`.
    void end(const bd::core::Error& error, const QString& pendingDetail);
    void complete(const SearchOutcome& outcome);
    // The per-system deadline: systems still pending become `timeout` and the search ends now, the
    // reply dropped (error gateway.timeout unless everything, summary included, had come).
    void endAtDeadline(int deadlineMs);
    // Held and never confirmed: ends with `error`; pending systems `timeout` (at `deadlineMs`) or
    // `error`, every answer of the gateway turned `error` without being shown.
    void endUnconfirmed(const bd::core::Error& error, std::optional<int> deadlineMs);
    void abandon(); // the handle is gone: nobody to tell

    QPointer<SearchHandle> m_handle;
    SearchStream m_stream;
    qint64 m_received = 0;
    QByteArray m_errorBody;
    bool m_held = false;
    QList<model::SystemEvent> m_heldEvents;
    std::optional<SearchOutcome> m_heldOutcome; // the reply ended while held
};

} // namespace bd::gateway
