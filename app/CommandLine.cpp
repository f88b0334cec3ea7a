#include "app/CommandLine.h"

#include "services/core/LogSink.h"
#include "services/core/Settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <optional>
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

namespace {

bd::core::Error invalid(const QString& message)
{
    return bd::core::Error { QStringLiteral("options.invalid"), message, {} };
}

// The workstation's options, in the order --help lists them.
struct OptionSet
{
    QCommandLineOption help;
    QCommandLineOption version;
    QCommandLineOption demo;
    QCommandLineOption dataDir;
    QCommandLineOption config;
    QCommandLineOption siteConfig;
    QCommandLineOption lang;
    QCommandLineOption logLevel;
    QCommandLineOption trainingGateway;
};

OptionSet workstationOptionSet()
{
    return OptionSet {
        QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help.")),
        QCommandLineOption(QStringLiteral("version"), QStringLiteral("Show the version.")),
        QCommandLineOption(
            QStringLiteral("demo"), QStringLiteral("Training mode: built-in training gateway, synthetic travellers.")),
        QCommandLineOption(QStringLiteral("data-dir"),
            QStringLiteral("Directory for the log, settings and local data."), QStringLiteral("dir")),
        QCommandLineOption(QStringLiteral("config"),
            QStringLiteral("This workstation's settings file (INI); default <data-dir>/borderdesk.ini."),
            QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("site-config"),
            QStringLiteral("The administrator's site configuration (INI, owned by root, writable by nobody else); "
                           "default %1.")
                .arg(QLatin1String(kDefaultSiteConfig)),
            QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("lang"),
            QStringLiteral("Interface language: %1.")
                .arg(bd::core::Settings::supportedLanguages().join(QStringLiteral(", "))),
            QStringLiteral("code")),
        QCommandLineOption(QStringLiteral("log-level"), QStringLiteral("Log level: debug, info, warning or critical."),
            QStringLiteral("level")),
        QCommandLineOption(QStringLiteral("training-gateway"),
            QStringLiteral("Classroom: training mode against the trainer's borderdesk-gateway at this https:// URL "
                           "(certificates from the training/* site settings). Implies --demo."),
            QStringLiteral("url")),
    };
}

// --help, --version, --demo and --training-gateway (which implies --demo).
std::optional<bd::core::Error> readMode(const QCommandLineParser& parser, const OptionSet& opt, AppOptions& out)
{
    out.showHelp = parser.isSet(opt.help);
    out.showVersion = parser.isSet(opt.version);
    out.demo = parser.isSet(opt.demo);
    if (parser.isSet(opt.trainingGateway)) {
        out.trainingGateway = bd::core::Settings::parseHttpsUrl(parser.value(opt.trainingGateway));
        if (out.trainingGateway.isEmpty())
            return invalid(QStringLiteral("--training-gateway '%1' is not an https:// URL")
                               .arg(parser.value(opt.trainingGateway)));
        out.demo = true; // a classroom is always training mode
    }
    return std::nullopt;
}

// The data directory and the two settings files.
std::optional<bd::core::Error> readFiles(const QCommandLineParser& parser, const OptionSet& opt, AppOptions& out)
{
    out.dataDir = parser.isSet(opt.dataDir) ? parser.value(opt.dataDir)
                                            : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (out.dataDir.isEmpty())
        return invalid(QStringLiteral("--data-dir must not be empty"));
    const QFileInfo dirInfo(out.dataDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return invalid(QStringLiteral("--data-dir '%1' exists and is not a directory").arg(out.dataDir));
    out.configFile = parser.isSet(opt.config) ? parser.value(opt.config)
                                              : QDir(out.dataDir).filePath(QStringLiteral("borderdesk.ini"));
    out.siteConfigFile
        = parser.isSet(opt.siteConfig) ? parser.value(opt.siteConfig) : QLatin1String(kDefaultSiteConfig);
    for (const auto& [option, file] :
        { std::pair { &opt.config, out.configFile }, std::pair { &opt.siteConfig, out.siteConfigFile } }) {
        if (parser.isSet(*option) && !QFileInfo(file).isReadable())
            return invalid(QStringLiteral("--%1 '%2' is not a readable file").arg(option->names().constFirst(), file));
    }
    return std::nullopt;
}

// --lang and --log-level.
std::optional<bd::core::Error> readLanguageAndLog(
    const QCommandLineParser& parser, const OptionSet& opt, AppOptions& out)
{
    if (parser.isSet(opt.lang)) {
        out.language = parser.value(opt.lang);
        if (!bd::core::Settings::supportedLanguages().contains(out.language))
            return invalid(QStringLiteral("--lang '%1' is not supported; use one of %2")
                               .arg(out.language, bd::core::Settings::supportedLanguages().join(QStringLiteral(", "))));
    }
    if (parser.isSet(opt.logLevel)) {
        out.logLevel = parser.value(opt.logLevel);
        QtMsgType unused;
        if (!bd::core::LogSink::parseLevel(out.logLevel, &unused))
            return invalid(
                QStringLiteral("--log-level '%1' is not one of debug, info, warning, critical").arg(out.logLevel));
    }
    return std::nullopt;
}

} // namespace

bd::core::Result<AppOptions> parseWorkstationOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("BorderDesk: border and visa officer workstation."));
    const OptionSet opt = workstationOptionSet();
    parser.addOptions({ opt.help, opt.version, opt.demo, opt.dataDir, opt.config, opt.siteConfig, opt.lang,
        opt.logLevel, opt.trainingGateway });

    AppOptions out;
    out.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return invalid(parser.errorText() + QStringLiteral(" (see --help)"));
    if (!parser.positionalArguments().isEmpty())
        return invalid(
            QStringLiteral("Unexpected argument '%1' (see --help)").arg(parser.positionalArguments().first()));
    if (auto error = readMode(parser, opt, out))
        return *error;
    if (auto error = readFiles(parser, opt, out))
        return *error;
    if (auto error = readLanguageAndLog(parser, opt, out))
        return *error;
    return out;
}

} // namespace bd::app
