#pragma once

#include "services/core/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace bd::app {

inline constexpr char kDefaultSiteConfig[] = "/etc/borderdesk/borderdesk.ini";

// The workstation's options after parsing and checking. Parsing never exits the process itself:
// main() decides, so tests can drive every error path.
struct AppOptions
{
    bool demo = false;
    bool showHelp = false;
    bool showVersion = false;
    QString dataDir; // where the log, cache and settings live
    QString configFile; // this workstation's settings (INI); default <dataDir>/borderdesk.ini
    QString siteConfigFile; // the administrator's site configuration; default kDefaultSiteConfig
    QString language; // empty: from settings
    QString logLevel; // empty: from settings
    QUrl trainingGateway; // --training-gateway: classroom mode (implies demo); empty: from settings
    QString helpText;
};

bd::core::Result<AppOptions> parseWorkstationOptions(const QStringList& arguments);

// The command line as a list, before any QApplication exists (so --help, --version and mistakes
// need no display), without the toolkit options QGuiApplication consumes itself (-platform X,
// -display X, -style X, -reverse, ... also with two dashes); those stay in argv for QApplication.
QStringList workstationArguments(int argc, const char* const* argv);

// Empty when `dir` exists or can be created and a file can be written in it; otherwise why not
// (/proc/1, /sys/kernel, a read-only mount, a file). Creates the directory.
QString checkDataDirectory(const QString& dir);

} // namespace bd::app
