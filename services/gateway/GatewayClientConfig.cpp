#include "services/gateway/GatewayClientConfig.h"

#include "services/gateway/GatewayClient.h"

#include <QHostAddress>

namespace bd::gateway {

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
        return bd::core::Error {QString::fromLatin1(errors::kConfig), detail, {}};
    };
    if (!config.baseUrl.isValid() || config.baseUrl.scheme() != QLatin1String("https") || config.baseUrl.host().isEmpty())
        return fail(QStringLiteral("the gateway URL must be https://host[:port]"));
    if (config.caFile.isEmpty())
        return fail(QStringLiteral("no CA certificate file: the gateway CA must be pinned"));
    if (config.certFile.isEmpty() != config.keyFile.isEmpty())
        return fail(QStringLiteral("client certificate and key must be given together"));
    if (config.mode == GatewayMode::Demo && !isLoopbackHost(config.baseUrl.host()))
        return fail(QStringLiteral("demo mode only reaches a loopback gateway"));
    if (config.transferTimeoutMs <= 0 || config.systemDeadlineMs <= 0 || config.searchDeadlineMs <= 0
        || config.maxResponseBytes <= 0 || config.maxLineBytes <= 0 || config.maxAttempts < 1
        || config.retryBaseDelayMs < 0)
        return fail(QStringLiteral("timeouts, limits and attempts must be positive"));
    return std::nullopt;
}

} // namespace bd::gateway
