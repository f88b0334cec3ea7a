#include "app/CommandLine.h"

#include "services/core/LogSink.h"
#include "services/core/Settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <utility>

namespace bd::app {

QStringList workstationArguments(int argc, const char* const* argv)
{
    // QGuiApplication/QApplication options (qguiapplication.cpp, qapplication.cpp), with a value or without.
    static const QStringList withValue = { QStringLiteral("platform"), QStringLiteral("platformpluginpath"),
        QStringLiteral("platformtheme"), QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"),
        QStringLiteral("geometry"), QStringLiteral("qwindowtitle"), QStringLiteral("title"),
        QStringLiteral("qwindowicon"), QStringLiteral("icon"), QStringLiteral("display"), QStringLiteral("style"),
        QStringLiteral("stylesheet"), QStringLiteral("session"), QStringLiteral("name"), QStringLiteral("visual"),
        QStringLiteral("ncols"), QStringLiteral("cmap") };
    static const QStringList flags = { QStringLiteral("reverse"), QStringLiteral("widgetcount"),
        QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync"), QStringLiteral("testability") };
    QStringList out;
    for (int i = 0; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (i > 0 && arg.startsWith(QLatin1Char('-'))) {
            QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
            if (flags.contains(name) || name.startsWith(QLatin1String("qmljsdebugger=")))
                continue;
            if (withValue.contains(name)) {
                ++i; // and its value
                continue;
            }
        }
        out << arg;
    }
    return out;
}

QString checkDataDirectory(const QString& dir)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return QStringLiteral("it exists and is not a directory");
    if (!QDir().mkpath(dir))
        return QStringLiteral("the directory cannot be created");
    // access(2) says yes to root on /proc and read-only mounts: only writing a file tells.
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".borderdesk-write-test-XXXXXX")));
    if (!probe.open())
        return QStringLiteral("no file can be written in it (%1)").arg(probe.errorString());
    return {};
}

bd::core::Result<AppOptions> parseWorkstationOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("BorderDesk: border and visa officer workstation."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QStringLiteral("Training mode: built-in training gateway, synthetic travellers."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Directory for the log, settings and local data."), QStringLiteral("dir"));
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("This workstation's settings file (INI); default <data-dir>/borderdesk.ini."),
        QStringLiteral("file"));
    const QCommandLineOption siteConfig(QStringLiteral("site-config"),
        QStringLiteral("The administrator's site configuration (INI, owned by root, writable by nobody else); "
                       "default %1.")
            .arg(QLatin1String(kDefaultSiteConfig)),
        QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("Interface language: %1.")
            .arg(bd::core::Settings::supportedLanguages().join(QStringLiteral(", "))),
        QStringLiteral("code"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
        QStringLiteral("Log level: debug, info, warning or critical."), QStringLiteral("level"));
    const QCommandLineOption trainingGateway(QStringLiteral("training-gateway"),
        QStringLiteral("Classroom: training mode against the trainer's borderdesk-gateway at this https:// URL "
                       "(certificates from the training/* site settings). Implies --demo."),
        QStringLiteral("url"));
    parser.addOptions({ help, version, demo, dataDir, config, siteConfig, lang, logLevel, trainingGateway });

    AppOptions out;
    out.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return bd::core::Error { QStringLiteral("options.invalid"),
            parser.errorText() + QStringLiteral(" (see --help)"), {} };
    if (!parser.positionalArguments().isEmpty())
        return bd::core::Error { QStringLiteral("options.invalid"),
            QStringLiteral("Unexpected argument '%1' (see --help)").arg(parser.positionalArguments().first()), {} };
    out.showHelp = parser.isSet(help);
    out.showVersion = parser.isSet(version);
    out.demo = parser.isSet(demo);
    if (parser.isSet(trainingGateway)) {
        out.trainingGateway = bd::core::Settings::parseHttpsUrl(parser.value(trainingGateway));
        if (out.trainingGateway.isEmpty())
            return bd::core::Error { QStringLiteral("options.invalid"),
                QStringLiteral("--training-gateway '%1' is not an https:// URL").arg(parser.value(trainingGateway)),
                {} };
        out.demo = true; // a classroom is always training mode
    }
    out.dataDir = parser.isSet(dataDir) ? parser.value(dataDir)
                                        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (out.dataDir.isEmpty())
        return bd::core::Error { QStringLiteral("options.invalid"), QStringLiteral("--data-dir must not be empty"),
            {} };
    const QFileInfo dirInfo(out.dataDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return bd::core::Error { QStringLiteral("options.invalid"),
            QStringLiteral("--data-dir '%1' exists and is not a directory").arg(out.dataDir), {} };
    out.configFile
        = parser.isSet(config) ? parser.value(config) : QDir(out.dataDir).filePath(QStringLiteral("borderdesk.ini"));
    out.siteConfigFile = parser.isSet(siteConfig) ? parser.value(siteConfig) : QLatin1String(kDefaultSiteConfig);
    for (const auto& [option, file] :
        { std::pair { &config, out.configFile }, std::pair { &siteConfig, out.siteConfigFile } }) {
        if (parser.isSet(*option) && !QFileInfo(file).isReadable())
            return bd::core::Error { QStringLiteral("options.invalid"),
                QStringLiteral("--%1 '%2' is not a readable file").arg(option->names().constFirst(), file), {} };
    }
    if (parser.isSet(lang)) {
        out.language = parser.value(lang);
        if (!bd::core::Settings::supportedLanguages().contains(out.language))
            return bd::core::Error { QStringLiteral("options.invalid"),
                QStringLiteral("--lang '%1' is not supported; use one of %2")
                    .arg(out.language, bd::core::Settings::supportedLanguages().join(QStringLiteral(", "))),
                {} };
    }
    if (parser.isSet(logLevel)) {
        out.logLevel = parser.value(logLevel);
        QtMsgType unused;
        if (!bd::core::LogSink::parseLevel(out.logLevel, &unused))
            return bd::core::Error { QStringLiteral("options.invalid"),
                QStringLiteral("--log-level '%1' is not one of debug, info, warning, critical").arg(out.logLevel), {} };
    }
    return out;
}

} // namespace bd::app
