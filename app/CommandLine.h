#pragma once

#include "services/core/Result.h"

#include <QString>
#include <QUrl>
#include <QStringList>

namespace bd::app {

// The workstation's options after parsing and checking. Parsing never exits the process itself:
// main() decides, so tests can drive every error path.
struct AppOptions
{
    bool demo = false;
    bool showHelp = false;
    bool showVersion = false;
    QString dataDir;    // where the log, cache and settings live
    QString configFile; // site settings (INI); default <dataDir>/borderdesk.ini
    QString language;   // empty: from settings
    QString logLevel;   // empty: from settings
    QUrl trainingGateway; // --training-gateway: classroom mode (implies demo); empty: from settings
    QString helpText;
};

bd::core::Result<AppOptions> parseWorkstationOptions(const QStringList& arguments);

} // namespace bd::app
