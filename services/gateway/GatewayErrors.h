#pragma once

#include "services/core/Error.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace bd::gateway {

// What the client itself knew when a reply ended: the one place where Qt network errors and HTTP
// statuses become gateway error codes (GatewayClient.h, errors::).
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int httpStatus = 0; // 0: no HTTP response
    QByteArray body; // error body (bounded), for {"error":{"code","message"}}
    QList<QSslError> sslErrors; // verification errors seen on the way
    bool clientCertificateConfigured = true;
    enum class AbortReason
    {
        None,
        Timeout,
        TooLarge,
        Cancelled
    } abortReason
        = AbortReason::None;
};

// nullopt: success (2xx, no network error).
std::optional<bd::core::Error> mapReplyError(const ReplyFacts& facts);
// Transient failures worth retrying for an idempotent call: unreachable, timeout, 429, 5xx.
bool isRetryable(const bd::core::Error& error);

} // namespace bd::gateway
