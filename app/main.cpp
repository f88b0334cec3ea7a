// borderdesk: the officer workstation. Parses options, sets up logging, hands over to the
// composition root.
#include "app/CommandLine.h"
#include "app/CompositionRoot.h"
#include "app/StartupProbe.h"
#include "services/capture/OpenCvFrameSource.h"
#include "services/core/LogCategories.h"
#include "services/core/LogSink.h"
#include "services/core/ProcessHardening.h"
#include "services/core/Settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    // No core files with traveller data in them, from the first instruction on.
    const QString hardening = bd::core::disableCoreDumps();
    bd::core::restrictNewFiles(); // logs, journals, the store and exports: the owner's only
    QApplication::setApplicationName(QStringLiteral("BorderDesk"));
    QApplication::setOrganizationName(QStringLiteral("BorderDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    // Options before the GUI: --help, --version and mistakes work without a display.
    const auto options = bd::app::parseWorkstationOptions(bd::app::workstationArguments(argc, argv));
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
    if (const QString why = bd::app::checkDataDirectory(options->dataDir); !why.isEmpty()) {
        std::fprintf(stderr, "borderdesk: --data-dir '%s' cannot be used: %s. Choose a writable directory.\n",
            qPrintable(options->dataDir), qPrintable(why));
        return 2;
    }
    bd::core::Settings::ValueChecks checks;
    checks.captureSource = &bd::capture::OpenCvFrameSource::checkSpec;
    const auto settings = bd::core::Settings::load({ options->siteConfigFile, options->configFile }, checks);
    if (!settings) {
        std::fprintf(stderr, "borderdesk: %s\n", qPrintable(settings.error().detail));
        return 2;
    }
    QtMsgType level = QtInfoMsg;
    bd::core::LogSink::parseLevel(options->logLevel.isEmpty() ? settings->logLevel : options->logLevel, &level);
    bd::core::LogSink logSink({ options->dataDir, QStringLiteral("borderdesk.log"), level, true });
    if (!logSink.fileError().isEmpty()) {
        std::fprintf(stderr, "borderdesk: %s. Choose a writable --data-dir.\n", qPrintable(logSink.fileError()));
        return 2;
    }
    if (!hardening.isEmpty())
        qCWarning(lcApp, "core dumps could not be turned off: %s", qPrintable(hardening));

    QApplication app(argc, argv);
    bd::app::CompositionRoot root(*options, *settings, &logSink);
    bd::app::StartupProbe probe(root.mainWindow(), startup, qEnvironmentVariableIntValue("BD_EXIT_WHEN_USABLE") == 1);
    root.mainWindow().show();
    return QApplication::exec();
}
