#pragma once

#include "services/core/Result.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/TrainingGatewayServer.h"

#include <QJsonObject>

#include <QStringList>

namespace bd::app {

// borderdesk-gateway's command line, parsed and checked.
struct GatewayOptions
{
    bd::training::GatewayConfig config;
    QString certsDirectory;
    quint32 population = 100000;
    quint64 seed = 1;
    QString scenarios = QString::fromLatin1(bd::training::ScenarioDeck::kEmbedded);
    QJsonObject admin; // from --config, applied like POST /v1/admin/faults
    bool help = false;
    QString helpText;
};

// Error code "options": detail is the message for the user (exit code 2).
bd::core::Result<GatewayOptions> parseGatewayOptions(const QStringList& arguments);

} // namespace bd::app
