// borderdesk-cli: scriptable diagnostics with JSON output (see docs/cli.md).
#include "app/cli/CliCommands.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("borderdesk-cli"));
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
    std::fprintf(stderr, "borderdesk-cli: unknown command '%s'\n", qPrintable(command));
    bd::app::cli::runUsage(stderr);
    return 2;
}
