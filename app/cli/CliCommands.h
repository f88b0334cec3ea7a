#pragma once

#include <QStringList>

#include <cstdio>

namespace bd::app::cli {

// One function per borderdesk-cli sub-command. Each returns the process exit code:
// 0 success/valid, 1 checked and invalid, 2 usage error.
int runUsage(std::FILE* out);

} // namespace bd::app::cli
