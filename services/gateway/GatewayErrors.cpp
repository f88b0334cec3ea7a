#include "services/gateway/GatewayErrors.h"

#include "services/gateway/GatewayClient.h"
#include "services/gateway/GatewayJson.h"

namespace bd::gateway {
using namespace bd::model;

namespace {

bd::core::Error make(const char* code, const QString& detail, QVariantMap context = {})
{
    return bd::core::Error { QString::fromLatin1(code), detail, std::move(context) };
}

bool isVerificationError(const QSslError& e)
{
    switch (e.error()) {
    case QSslError::NoError:
        return false;
    default:
        return true;
    }
}

// A generic handshake_failure alert, while this side presented a certificate, is what a server sends
// when no cipher suite or protocol version is shared (a rejected certificate gets "unknown ca",
// "bad certificate", ...): a TLS problem, not a certificate one.
bool looksLikeNoSharedCipher(const QString& text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("handshake failure")) || t.contains(QLatin1String("no shared cipher"))
        || t.contains(QLatin1String("no cipher")) || t.contains(QLatin1String("protocol version"))
        || t.contains(QLatin1String("unsupported protocol"));
}

bool looksLikeCertificateAlert(const QString& text)
{
    const QString t = text.toLower();
    if (looksLikeNoSharedCipher(t))
        return false;
    return t.contains(QLatin1String("certificate required")) || t.contains(QLatin1String("bad certificate"))
        || t.contains(QLatin1String("unknown ca")) || t.contains(QLatin1String("certificate unknown"))
        || t.contains(QLatin1String("handshake failure")) || t.contains(QLatin1String("alert"));
}

} // namespace

namespace {

// The reply was aborted on this side (timeout, size limit, cancel).
std::optional<bd::core::Error> abortError(const ReplyFacts& f)
{
    using AR = ReplyFacts::AbortReason;
    switch (f.abortReason) {
    case AR::Timeout:
        return make(errors::kTimeout, QStringLiteral("the gateway did not answer in time"));
    case AR::TooLarge:
        return make(errors::kTooLarge, QStringLiteral("the answer exceeded the size limit and was aborted"));
    case AR::Cancelled:
        return make(errors::kCancelled, QStringLiteral("cancelled"));
    case AR::None:
        break;
    }
    return std::nullopt;
}

// The server certificate failed verification against the pinned CA.
std::optional<bd::core::Error> untrustedServerError(const ReplyFacts& f)
{
    QList<QString> sslTexts;
    for (const QSslError& e : f.sslErrors)
        if (isVerificationError(e))
            sslTexts.append(e.errorString());
    if (!sslTexts.isEmpty())
        return make(errors::kUntrustedServer,
            QStringLiteral("the gateway's certificate is not trusted by the pinned CA: %1")
                .arg(sslTexts.join(QStringLiteral("; "))));
    return std::nullopt;
}

// A network-level failure; none for an HTTP error status, which httpError() maps.
std::optional<bd::core::Error> networkError(const ReplyFacts& f)
{
    const QString text = f.networkErrorText;
    switch (f.networkError) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::SslHandshakeFailedError:
        if (!f.clientCertificateConfigured)
            return make(errors::kClientCertificateRejected,
                QStringLiteral("the gateway refused the connection: no client certificate was presented"));
        if (looksLikeCertificateAlert(text))
            return make(errors::kClientCertificateRejected,
                QStringLiteral("the gateway rejected the client certificate: %1").arg(text));
        if (looksLikeNoSharedCipher(text))
            return make(errors::kTls,
                QStringLiteral("TLS handshake failed: no cipher suite or protocol version in common "
                               "(the client accepts TLS 1.2+ with ECDHE and AEAD only): %1")
                    .arg(text));
        return make(errors::kTls, QStringLiteral("TLS handshake failed: %1").arg(text));
    case QNetworkReply::RemoteHostClosedError:
        if (!f.clientCertificateConfigured && f.httpStatus == 0)
            return make(errors::kClientCertificateRejected,
                QStringLiteral("the gateway closed the connection: no client certificate was presented"));
        if (f.httpStatus == 0 && looksLikeCertificateAlert(text))
            return make(errors::kClientCertificateRejected,
                QStringLiteral("the gateway rejected the client certificate: %1").arg(text));
        return make(errors::kUnreachable, QStringLiteral("the gateway closed the connection: %1").arg(text));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // transfer timeout (setTransferTimeout) aborts this way
        return make(errors::kTimeout, QStringLiteral("the gateway did not answer in time"));
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return make(errors::kUnreachable, QStringLiteral("cannot reach the gateway: %1").arg(text));
    default:
        if (f.httpStatus == 0) {
            if (text.contains(QLatin1String("SSL"), Qt::CaseInsensitive)
                || text.contains(QLatin1String("TLS"), Qt::CaseInsensitive))
                return f.clientCertificateConfigured
                    ? make(errors::kTls, QStringLiteral("TLS failure: %1").arg(text))
                    : make(errors::kClientCertificateRejected,
                        QStringLiteral("the gateway refused the connection: no client certificate was presented"));
            return make(errors::kUnreachable, QStringLiteral("network error: %1").arg(text));
        }
        break; // an HTTP error status: below
    }
    return std::nullopt;
}

bd::core::Error httpError(const ReplyFacts& f)
{
    QVariantMap context { { QStringLiteral("status"), f.httpStatus } };
    QString serverCode;
    QString serverMessage;
    if (const auto body = json::parseObject(f.body); body.ok()) {
        const QJsonObject err = body->value(QStringLiteral("error")).toObject();
        serverCode = err.value(QStringLiteral("code")).toString().left(80);
        serverMessage = err.value(QStringLiteral("message")).toString().left(300);
        if (!serverCode.isEmpty())
            context.insert(QStringLiteral("serverCode"), serverCode);
    }
    const QString suffix
        = serverCode.isEmpty() ? QString() : QStringLiteral(" (%1: %2)").arg(serverCode, serverMessage);
    if (f.httpStatus == 401 || f.httpStatus == 403)
        return make(errors::kClientCertificateRejected,
            QStringLiteral("the gateway refused the client (HTTP %1)%2").arg(f.httpStatus).arg(suffix), context);
    if (f.httpStatus == 400)
        return make(
            errors::kSchema, QStringLiteral("the gateway rejected the request (HTTP 400)%1").arg(suffix), context);
    if (f.httpStatus == 413)
        return make(errors::kTooLarge, QStringLiteral("the request was too large (HTTP 413)%1").arg(suffix), context);
    return make(errors::kHttp, QStringLiteral("HTTP %1%2").arg(f.httpStatus).arg(suffix), context);
}

} // namespace

std::optional<bd::core::Error> mapReplyError(const ReplyFacts& f)
{
    if (auto error = abortError(f))
        return error;
    if (auto error = untrustedServerError(f))
        return error;
    if (f.httpStatus == 0 || f.networkError != QNetworkReply::NoError) {
        if (auto error = networkError(f))
            return error;
    }
    if (f.httpStatus >= 200 && f.httpStatus < 300)
        return std::nullopt;
    return httpError(f);
}

bool isRetryable(const bd::core::Error& error)
{
    if (error.code == QLatin1String(errors::kUnreachable) || error.code == QLatin1String(errors::kTimeout))
        return true;
    if (error.code == QLatin1String(errors::kHttp)) {
        const int status = error.context.value(QStringLiteral("status")).toInt();
        return status == 429 || status == 502 || status == 503 || status == 504;
    }
    return false;
}

} // namespace bd::gateway
