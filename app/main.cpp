// borderdesk: the officer workstation. Parses options, sets up logging, hands over to the
// composition root.
#include "app/CommandLine.h"
#include "app/CompositionRoot.h"
#include "app/StartupProbe.h"
#include "services/core/LogCategories.h"
#include "services/core/LogSink.h"
#include "services/core/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("BorderDesk"));
    QApplication::setOrganizationName(QStringLiteral("BorderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    const auto options = bd::app::parseWorkstationOptions(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "borderdesk: %s\n", qPrintable(options.error().detail));
        return 2;
    }
    if (options->showHelp) {
        std::fputs(qPrintable(options->helpText), stdout);
        return 0;
    }
    if (options->showVersion) {
        std::printf("borderdesk %s\n", PROJECT_VERSION_STRING);
        return 0;
    }
    const auto settings = bd::core::Settings::load(options->configFile);
    if (!settings) {
        std::fprintf(stderr, "borderdesk: %s\n", qPrintable(settings.error().detail));
        return 2;
    }
    QtMsgType level = QtInfoMsg;
    bd::core::LogSink::parseLevel(options->logLevel.isEmpty() ? settings->logLevel : options->logLevel, &level);
    bd::core::LogSink logSink({ options->dataDir, QStringLiteral("borderdesk.log"), level, true });

    bd::app::CompositionRoot root(*options, *settings);
    bd::app::StartupProbe probe(root.mainWindow(), startup, qEnvironmentVariableIntValue("BD_EXIT_WHEN_USABLE") == 1);
    root.mainWindow().show();
    return QApplication::exec();
}
