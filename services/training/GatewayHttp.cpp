#include "services/training/GatewayHttp.h"

namespace bd::training {

namespace {

bd::core::Error headError(int status, const QString& message)
{
    return bd::core::Error { QStringLiteral("gateway.http"), message, { { QStringLiteral("status"), status } } };
}

} // namespace

bd::core::Result<HttpHead> parseHttpHead(const QByteArray& head)
{
    HttpHead h;
    HttpRequest& r = h.request;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1."))
        return headError(400, QStringLiteral("malformed request line"));
    r.method = first[0];
    const qsizetype q = first[1].indexOf('?');
    r.path = q < 0 ? first[1] : first[1].left(q);
    r.query = q < 0 ? QByteArray() : first[1].mid(q + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            return headError(400, QStringLiteral("malformed header line"));
        r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    h.closeAfter = r.headers.value("connection").toLower() == "close" || first[2] == "HTTP/1.0";
    if (r.headers.contains("transfer-encoding"))
        return headError(411, QStringLiteral("chunked request bodies are not accepted; send Content-Length"));
    bool ok = true;
    h.contentLength = r.headers.contains("content-length") ? r.headers.value("content-length").toLongLong(&ok) : 0;
    if (!ok || h.contentLength < 0)
        return headError(400, QStringLiteral("bad Content-Length"));
    return h;
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QJsonObject gatewayErrorBody(const QString& code, const QString& message)
{
    return QJsonObject { { QStringLiteral("error"),
        QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } } } };
}

} // namespace bd::training
