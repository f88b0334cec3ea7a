#include "services/training/GatewayHttp.h"

#include <algorithm>

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
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        // Two different lengths would let a proxy and this server split the stream differently
        // (request smuggling, RFC 9112 section 6.3): refused.
        if (name == "content-length" && r.headers.contains(name) && r.headers.value(name) != value)
            return headError(400, QStringLiteral("conflicting Content-Length headers"));
        r.headers.insert(name, value);
    }
    h.closeAfter = r.headers.value("connection").toLower() == "close" || first[2] == "HTTP/1.0";
    if (r.headers.contains("transfer-encoding"))
        return headError(411, QStringLiteral("chunked request bodies are not accepted; send Content-Length"));
    if (r.headers.contains("content-length")) {
        // 1*DIGIT only (no sign, no spaces inside), at most 18 digits so it fits a qint64.
        const QByteArray digits = r.headers.value("content-length");
        const bool allDigits = !digits.isEmpty() && digits.size() <= 18
            && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!allDigits)
            return headError(400, QStringLiteral("bad Content-Length"));
        h.contentLength = digits.toLongLong();
    }
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
