#include "services/core/Settings.h"

namespace bd::core {

namespace {

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QMap<QString, QString> Settings::values() const
{
    const QMap<QString, QString> out {
        { QStringLiteral("ui/language"), language },
        { QStringLiteral("log/level"), logLevel },
        { QStringLiteral("gateway/url"), gatewayUrl.toString() },
        { QStringLiteral("gateway/caFile"), gatewayCaFile },
        { QStringLiteral("gateway/clientCertFile"), clientCertFile },
        { QStringLiteral("gateway/clientKeyFile"), clientKeyFile },
        { QStringLiteral("gateway/timeoutMs"), QString::number(requestTimeoutMs) },
        { QStringLiteral("wedge/maxKeyIntervalMs"), QString::number(wedgeMaxKeyIntervalMs) },
        { QStringLiteral("wedge/minLineLength"), QString::number(wedgeMinLineLength) },
        { QStringLiteral("capture/source"), captureSource },
        { QStringLiteral("training/gatewayUrl"), trainingGatewayUrl.toString() },
        { QStringLiteral("training/caFile"), trainingCaFile },
        { QStringLiteral("training/clientCertFile"), trainingClientCertFile },
        { QStringLiteral("training/clientKeyFile"), trainingClientKeyFile },
        { QStringLiteral("etias/operationsStart"), date(etiasOperationsStart) },
        { QStringLiteral("etias/transitionalEnd"), date(etiasTransitionalEnd) },
        { QStringLiteral("etias/graceEnd"), date(etiasGraceEnd) },
        { QStringLiteral("border/state"), borderState },
        { QStringLiteral("check/purpose"), checkPurpose },
        { QStringLiteral("privacy/clearAfterDecisionSeconds"), QString::number(clearAfterDecisionSeconds) },
        { QStringLiteral("privacy/idleClearSeconds"), QString::number(idleClearSeconds) },
        { QStringLiteral("privacy/cacheRetentionHours"), QString::number(cacheRetentionHours) },
    };
    return out;
}

} // namespace bd::core
