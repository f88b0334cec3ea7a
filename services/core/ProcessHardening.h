#pragma once

#include <QString>

namespace bd::core {

// Keeps the traveller data in memory out of core files: the process is marked not dumpable
// (prctl PR_SET_DUMPABLE 0, which also stops other processes of the same user from attaching to it
// or reading its /proc memory) and the core size limit is set to 0. Called first thing in main() of
// the workstation and the CLI. Returns why it failed, empty on success (Linux only; elsewhere a no-op).
QString disableCoreDumps();

// True when the process is not dumpable and its core size limit is 0.
bool coreDumpsDisabled();

// Every file and folder the process creates from now on is its owner's only (umask 077): logs as
// they rotate, journals, the store, exports. Called first thing in main() beside disableCoreDumps.
void restrictNewFiles();

} // namespace bd::core
