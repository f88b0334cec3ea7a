#pragma once

#include "services/core/Result.h"
#include "services/training/ClientIdentity.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace bd::training {

// One HTTP/1.1 request as the training gateway's connection parsed it, with the identity of the
// client certificate it arrived on.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bd::core::Result<ClientIdentity> client = ClientIdentity {};
};

// The request line and headers of one request (everything before the blank line), parsed.
struct HttpHead
{
    HttpRequest request;
    qint64 contentLength = 0;
    bool closeAfter = false; // "Connection: close" or HTTP/1.0
};

// Parses the head; an error carries the HTTP status in its context ("status") and the message.
bd::core::Result<HttpHead> parseHttpHead(const QByteArray& head);

QByteArray httpReasonPhrase(int status);
// {"error":{"code":..,"message":..}} (docs/gateway-protocol.md, "Status codes and errors").
QJsonObject gatewayErrorBody(const QString& code, const QString& message);

} // namespace bd::training
