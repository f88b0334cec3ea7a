#include "app/cli/CliCommands.h"

namespace bd::app::cli {

int runMrzOcr(const QStringList& arguments)
{
    Q_UNUSED(arguments);
    std::fputs("borderdesk-cli: this command is being built\n", stderr);
    return 2;
}

} // namespace bd::app::cli
