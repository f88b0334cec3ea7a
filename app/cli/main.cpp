// borderdesk-cli: scriptable diagnostics with JSON output (see docs/cli.md).
#include "app/cli/CliCommands.h"
#include "services/core/LogSink.h"
#include "services/core/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    // No core files with traveller data (query answers, MRZ lines) in them.
    bd::core::restrictNewFiles(); // the store, the audit trail and exports: the owner's only
    if (const QString why = bd::core::disableCoreDumps(); !why.isEmpty())
        std::fprintf(stderr, "borderdesk-cli: core dumps could not be turned off: %s\n", qPrintable(why));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("borderdesk-cli"));
    // Diagnostics go to stderr through the same redacting sink as the workstation's log (no file).
    const bd::core::LogSink logSink({ QString(), QString(), QtInfoMsg, true });
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        bd::app::cli::runUsage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("mrz"))
        return bd::app::cli::runMrz(rest);
    if (command == QLatin1String("mrz-ocr"))
        return bd::app::cli::runMrzOcr(rest);
    if (command == QLatin1String("mrz-scan"))
        return bd::app::cli::runMrzScan(rest);
    if (command == QLatin1String("stay"))
        return bd::app::cli::runStay(rest);
    if (command == QLatin1String("query"))
        return bd::app::cli::runQuery(rest);
    if (command == QLatin1String("unify"))
        return bd::app::cli::runUnify(rest);
    if (command == QLatin1String("audit"))
        return bd::app::cli::runAudit(rest);
    if (command == QLatin1String("outbox"))
        return bd::app::cli::runOutbox(rest);
    if (command == QLatin1String("hotlist"))
        return bd::app::cli::runHotlist(rest);
    if (command == QLatin1String("cache"))
        return bd::app::cli::runCache(rest);
    std::fprintf(stderr, "borderdesk-cli: unknown command '%s'\n", qPrintable(command));
    bd::app::cli::runUsage(stderr);
    return 2;
}
