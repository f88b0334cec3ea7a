#include "services/training/HttpConnection.h"

#include "services/core/Clock.h"
#include "services/training/TrainingGatewayServer.h"

#include <QJsonDocument>
#include <QSslSocket>

namespace bd::training {

HttpConnection::HttpConnection(
    QSslSocket* socket, TrainingGatewayServer* server, const GatewayLimits& limits, const bd::core::Clock& clock)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
    , m_limits(limits)
    , m_clock(clock)
    , m_client(ClientIdentity::fromCertificate(socket->peerCertificate()))
{
    m_socket->setParent(this);
    m_server->connectionOpened(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_limits.idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_busy)
            m_socket->disconnectFromHost();
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] { onReadyRead(); });
    connect(m_socket, &QSslSocket::disconnected, this, [this] { deleteLater(); });
    m_idle.start();
    if (m_socket->peerCertificate().isNull()) { // VerifyPeer makes this unreachable; kept as a second lock
        m_busy = true;
        send(401,
            gatewayErrorBody(
                QStringLiteral("gateway.unauthorised"), QStringLiteral("a client certificate is required")),
            {}, true);
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

HttpConnection::~HttpConnection()
{
    m_server->connectionClosed(this);
}

bool HttpConnection::connected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState && !m_closing;
}

void HttpConnection::send(
    int status, const QJsonObject& body, const QList<std::pair<QByteArray, QByteArray>>& headers, bool close)
{
    sendRaw(status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), headers, close);
}

void HttpConnection::sendRaw(int status,
    const QByteArray& type,
    const QByteArray& body,
    const QList<std::pair<QByteArray, QByteArray>>& headers,
    bool close)
{
    QByteArray out = head(status, type, close || m_closeAfter);
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [k, v] : headers)
        out += k + ": " + v + "\r\n";
    out += "\r\n";
    out += body;
    m_out += out;
    finish(close || m_closeAfter);
}

void HttpConnection::beginStream(int status, const QByteArray& type)
{
    m_streaming = true;
    m_out += head(status, type, m_closeAfter) + "Transfer-Encoding: chunked\r\nCache-Control: no-store\r\n\r\n";
}

void HttpConnection::writeChunk(const QByteArray& data)
{
    if (data.isEmpty())
        return;
    m_out += QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

void HttpConnection::endStream()
{
    m_streaming = false;
    m_out += "0\r\n\r\n";
    finish(m_closeAfter);
}

void HttpConnection::cut()
{
    m_streaming = false;
    m_closing = true;
    flush();
    m_socket->disconnectFromHost();
}

void HttpConnection::flush()
{
    if (!m_out.isEmpty())
        m_socket->write(m_out);
    m_out.clear();
}

void HttpConnection::checkDeadline(const QDateTime& now)
{
    if (m_busy || m_closing || !m_requestStarted.isValid())
        return;
    if (m_requestStarted.msecsTo(now) < m_limits.requestDeadlineMs)
        return;
    m_server->count(GatewayEvent::RequestTimeout);
    fail(408, QStringLiteral("the request did not arrive completely within %1 ms").arg(m_limits.requestDeadlineMs));
}

QByteArray HttpConnection::head(int status, const QByteArray& type, bool close) const
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\nContent-Type: " + type
        + "\r\nServer: borderdesk-gateway\r\nConnection: " + (close ? "close" : "keep-alive") + "\r\n";
}

void HttpConnection::finish(bool close)
{
    m_busy = false;
    if (close) {
        m_closing = true;
        m_in.clear();
        flush();
        m_socket->disconnectFromHost();
        return;
    }
    m_idle.start();
    if (!m_in.isEmpty()) {
        m_requestStarted = m_clock.now(); // the next (pipelined) request's time starts now
        QMetaObject::invokeMethod(
            this, [this] { onReadyRead(); }, Qt::QueuedConnection);
    }
}

void HttpConnection::onReadyRead()
{
    while (!m_closing) {
        if (!readInput())
            return;
        if (m_busy || m_in.isEmpty())
            return;
        if (!m_requestStarted.isValid())
            m_requestStarted = m_clock.now();
        const Parsed parsed = parseNext();
        if (parsed == Parsed::Failed)
            return;
        if (parsed == Parsed::NeedMore && m_socket->bytesAvailable() == 0)
            return;
    }
}

// Moves the socket's input into m_in, never beyond maxBufferedBytes. False when the connection
// was closed because more arrived than fits while a request is being answered.
bool HttpConnection::readInput()
{
    const qsizetype cap = m_limits.maxBufferedBytes();
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0)
        return true;
    const qsizetype room = cap - m_in.size();
    if (room > 0)
        m_in += m_socket->read(std::min<qint64>(room, available));
    m_server->noteBuffered(m_in.size());
    if (m_socket->bytesAvailable() > 0 && m_in.size() >= cap && m_busy) {
        overflow();
        return false;
    }
    return true;
}

HttpConnection::Parsed HttpConnection::parseNext()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if ((end < 0 && m_in.size() > m_limits.maxHeaderBytes) || end > m_limits.maxHeaderBytes) {
        m_server->count(GatewayEvent::RequestTooLarge);
        fail(431, QStringLiteral("request header larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        return Parsed::Failed;
    }
    if (end < 0)
        return Parsed::NeedMore;
    auto parsed = parseHttpHead(m_in.left(end));
    if (!parsed) {
        fail(parsed.error().context.value(QStringLiteral("status")).toInt(), parsed.error().detail);
        return Parsed::Failed;
    }
    m_closeAfter = parsed->closeAfter;
    const qint64 length = parsed->contentLength;
    if (length > m_limits.maxBodyBytes) {
        m_server->count(GatewayEvent::RequestTooLarge);
        fail(413, QStringLiteral("request body larger than %1 bytes").arg(m_limits.maxBodyBytes));
        return Parsed::Failed;
    }
    if (m_in.size() < end + 4 + length)
        return Parsed::NeedMore; // wait for the rest of the body
    HttpRequest request = std::move(parsed).value().request;
    request.body = m_in.mid(end + 4, length);
    m_in.remove(0, end + 4 + length);
    dispatch(std::move(request));
    return Parsed::Dispatched;
}

void HttpConnection::dispatch(HttpRequest request)
{
    request.client = m_client;
    m_requestStarted = QDateTime();
    m_busy = true;
    m_idle.stop();
    m_server->handle(this, request);
    flush();
}

void HttpConnection::fail(int status, const QString& message)
{
    m_in.clear();
    m_busy = true;
    send(status, gatewayErrorBody(QStringLiteral("gateway.http"), message), {}, true);
}

// More input than one whole request while a request is being answered: nothing can be answered
// on this connection any more (a response may be streaming), so it is closed at once.
void HttpConnection::overflow()
{
    m_server->count(GatewayEvent::InputOverflow);
    m_in.clear();
    m_closing = true;
    m_streaming = false;
    m_socket->abort();
}

} // namespace bd::training
