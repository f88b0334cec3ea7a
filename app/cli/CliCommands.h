#pragma once

#include <QStringList>

#include <cstdio>

namespace bd::app::cli {

// One function per borderdesk-cli sub-command (arguments after the command name). Each returns
// the process exit code: 0 success/valid, 1 checked and invalid, 2 usage error.
int runUsage(std::FILE* out);
int runMrz(const QStringList& arguments); // MrzCommand.cpp
int runMrzOcr(const QStringList& arguments); // MrzOcrCommand.cpp
int runStay(const QStringList& arguments); // StayCommand.cpp
int runMrzScan(const QStringList& arguments); // MrzScanCommand.cpp
int runQuery(const QStringList& arguments); // QueryCommand.cpp
int runUnify(const QStringList& arguments); // UnifyCommand.cpp
int runAudit(const QStringList& arguments); // AuditCommand.cpp
int runOutbox(const QStringList& arguments); // OutboxCommand.cpp
int runCache(const QStringList& arguments); // CacheCommand.cpp
int runHotlist(const QStringList& arguments); // HotlistCommand.cpp

} // namespace bd::app::cli
