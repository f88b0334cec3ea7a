// borderdesk-cli: scriptable diagnostics with JSON output (see docs/cli.md).
#include "app/cli/CliCommands.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("borderdesk-cli"));
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return bd::app::cli::runUsage(stderr);
    return bd::app::cli::runUsage(stderr);
}
