#include "services/gateway/GatewayClientConfig.h"

#include "services/gateway/GatewayClient.h"

#include <QFileInfo>
#include <QHostAddress>

namespace bd::gateway {
using namespace bd::model;

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<bd::core::Error> validateConfig(const GatewayClientConfig& config)
{
    auto fail = [](const QString& detail) {
        return bd::core::Error { QString::fromLatin1(errors::kConfig), detail, {} };
    };
    if (!config.baseUrl.isValid() || config.baseUrl.scheme() != QLatin1String("https")
        || config.baseUrl.host().isEmpty())
        return fail(QStringLiteral("the gateway URL must be https://host[:port]"));
    if (config.caFile.isEmpty())
        return fail(QStringLiteral("no CA certificate file: the gateway CA must be pinned"));
    if (config.certFile.isEmpty() != config.keyFile.isEmpty())
        return fail(QStringLiteral("client certificate and key must be given together"));
    if (config.mode == GatewayMode::Demo && !isLoopbackHost(config.baseUrl.host()))
        return fail(QStringLiteral("demo mode only reaches a loopback gateway"));
    if (config.transferTimeoutMs <= 0 || config.systemDeadlineMs <= 0 || config.searchDeadlineMs <= 0
        || config.maxResponseBytes <= 0 || config.maxLineBytes <= 0 || config.maxAttempts < 1
        || config.retryBaseDelayMs < 0 || config.healthTimeoutMs <= 0 || config.verifyRetryBaseMs <= 0
        || config.verifyRetryMaxMs < config.verifyRetryBaseMs)
        return fail(QStringLiteral("timeouts, limits and attempts must be positive"));
    return std::nullopt;
}

std::optional<bd::core::Error> checkPrivateKeyPermissions(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    const QFileDevice::Permissions p = info.permissions();
    const bool readable = p & (QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const bool otherwise
        = p & (QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::WriteOther | QFileDevice::ExeOther);
    if (!readable && !otherwise)
        return std::nullopt;
    return bd::core::Error { QString::fromLatin1(errors::kKeyPermissions),
        QStringLiteral("the client key %1 is %2 by group/others; chmod 600")
            .arg(path, readable ? QStringLiteral("readable") : QStringLiteral("accessible")),
        { { QStringLiteral("path"), path } } };
}

bool isAllowedTlsCipher(const QSslCipher& cipher)
{
    if (cipher.isNull())
        return false;
    if (cipher.protocol() == QSsl::TlsV1_3)
        return true; // TLS 1.3 suites are AEAD with ephemeral key exchange by definition
    const QString enc = cipher.encryptionMethod();
    const bool aead = enc.startsWith(QLatin1String("AESGCM")) || enc.startsWith(QLatin1String("CHACHA20/POLY1305"));
    const QString kx = cipher.keyExchangeMethod();
    const bool ecdhe = kx == QLatin1String("ECDH") || kx == QLatin1String("ECDHE");
    return aead && ecdhe && cipher.protocol() == QSsl::TlsV1_2;
}

QList<QSslCipher> allowedTlsCiphers()
{
    QList<QSslCipher> out;
    for (const QSslCipher& c : QSslConfiguration::supportedCiphers())
        if (isAllowedTlsCipher(c))
            out.append(c);
    return out;
}

void applyTlsPolicy(QSslConfiguration& tls)
{
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setCiphers(allowedTlsCiphers());
}

} // namespace bd::gateway
