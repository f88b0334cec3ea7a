#include "app/cli/CliCommands.h"

namespace bd::app::cli {

int runUsage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli <command> [options]\n"
               "commands:\n"
               "  mrz [LINE...]        parse and check MRZ lines (stdin when no lines are given)\n"
               "  mrz-ocr IMAGE...     read the MRZ from document images\n"
               "  mrz-scan SOURCE      read zones from a camera, video or image folder (device:N, video:P, folder:P)\n"
               "  stay [FILE|-]        90/180-day stay calculation from JSON (stdin by default)\n"
               "  query [OPTIONS]      search the gateway and print the unified, action-first result\n"
               "  unify [OPTIONS]      the unified result of a recorded answer stream (NDJSON on stdin)\n"
               "  audit verify|export  check the workstation's audit trail, or write it out as JSON lines\n"
               "  outbox list|retry    the records waiting for the gateway, or put quarantined ones back in the queue\n"
               "  cache stats|purge    the store's cached results (for offline use): how many, or delete them\n"
               "  hotlist status|sync  the offline hotlist held, or bring it up to date from the gateway\n"
               "see docs/cli.md for the JSON output\n",
        out);
    return 0;
}

} // namespace bd::app::cli
