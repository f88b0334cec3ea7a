#pragma once

// Runs the built borderdesk-cli (BD_CLI_PATH, defined by the test's CMake) the way a support
// engineer would, and keeps what it said: the app tests' one way to drive it.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace bd::testsupport {

struct CliRun
{
    int exitCode = -1; // -1: it did not finish in time
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    p.start(QStringLiteral(BD_CLI_PATH), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        return {};
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace bd::testsupport
