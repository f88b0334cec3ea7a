#pragma once

#include "services/training/GatewayConfig.h"
#include "services/training/GatewayHttp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <utility>

class QSslSocket;

namespace bd::core {
class Clock;
} // namespace bd::core

namespace bd::training {

class TrainingGatewayServer;

// One HTTP/1.1 connection of the training gateway over TLS: parses requests one at a time
// (pipelined requests wait their turn), writes whole or chunked responses, keeps the connection
// alive until idle or asked to close. It enforces the per-connection GatewayLimits: unread input
// never exceeds one whole request (maxBufferedBytes; more while a request is answered closes the
// connection), a request must arrive completely within requestDeadlineMs (408; checked when the
// server calls checkDeadline), heads and bodies over their limits get 431 / 413. The client's
// identity comes from its certificate, once, when the connection is made.
class HttpConnection : public QObject
{
public:
    HttpConnection(
        QSslSocket* socket, TrainingGatewayServer* server, const GatewayLimits& limits, const bd::core::Clock& clock);
    ~HttpConnection() override;

    bool streaming() const { return m_streaming; }
    bool connected() const;
    qsizetype bufferedBytes() const { return m_in.size(); }

    void send(int status,
        const QJsonObject& body,
        const QList<std::pair<QByteArray, QByteArray>>& headers = {},
        bool close = false);
    void sendRaw(int status,
        const QByteArray& type,
        const QByteArray& body,
        const QList<std::pair<QByteArray, QByteArray>>& headers,
        bool close);
    void beginStream(int status, const QByteArray& type);
    void writeChunk(const QByteArray& data);
    void endStream();
    // Closes the connection in the middle of a response (the "truncated" fault).
    void cut();
    // Everything written since the last flush goes out in one TLS write.
    void flush();

    // A request that has been arriving for requestDeadlineMs or longer at `now` is answered 408
    // and the connection closed.
    void checkDeadline(const QDateTime& now);

private:
    enum class Parsed
    {
        NeedMore,
        Dispatched,
        Failed,
    };

    QByteArray head(int status, const QByteArray& type, bool close) const;
    void finish(bool close);
    void onReadyRead();
    bool readInput();
    Parsed parseNext();
    void dispatch(HttpRequest request);
    void fail(int status, const QString& message);
    void overflow();

    QSslSocket* m_socket;
    TrainingGatewayServer* m_server;
    GatewayLimits m_limits;
    const bd::core::Clock& m_clock;
    bd::core::Result<ClientIdentity> m_client;
    QByteArray m_in;
    QByteArray m_out;
    QTimer m_idle;
    QDateTime m_requestStarted; // first byte of the request now arriving; invalid: none
    bool m_busy = false;
    bool m_closing = false;
    bool m_streaming = false;
    bool m_closeAfter = false;
};

} // namespace bd::training
