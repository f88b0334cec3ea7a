#include "app/cli/CliCommands.h"

namespace bd::app::cli {

int runUsage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli <command> [options]\n"
               "commands:\n"
               "  mrz [LINE...]        parse and check MRZ lines (stdin when no lines are given)\n"
               "  mrz-ocr IMAGE...     read the MRZ from document images\n",
               out);
    return 2;
}

} // namespace bd::app::cli
