#pragma once

// Shared by every Qt Test class under tests/: a warning the test did not announce fails it.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

namespace bd::testsupport {

// Every qWarning (and QWARN) that reaches Qt Test from now on fails the running test function,
// unless the test announced exactly that message first with QTest::ignoreMessage (Qt Test matches
// ignored messages before these patterns). Debug, info and critical messages are not affected.
//
// Three messages are exempt, because they are the test platform's and say nothing about our code:
// the offscreen platform plugin the tests run on (QT_QPA_PLATFORM=offscreen) leaves some window
// operations to Qt's default, which only warns "This plugin does not support propagateSizeHints()"
// (a shown top-level widget's minimum or maximum size changed), "... raise()" or "... lower()"
// (e.g. a tool tip is raised). A fourth is Qt 6.4's HTTP backend: when the gateway's port refuses
// while several requests wait for the same host (a health check and an outbox record, say), its
// network thread can post the refusal to one reply twice, and the second delivery warns
// "QNetworkReplyImplPrivate::error: Internal problem, this method must only be called once." from
// Qt's own queued slot, with none of our code on the stack (seen in ui.OfflineResult, 2026-12-02;
// the reply still finishes once, with the first error). They are still printed (QWARN); only those
// exact texts are exempt.
//
// Qt 6.4 forgets failOnWarning patterns when a test function (each data row) ends and when
// initTestCase() ends, so a call in initTestCase() covers initTestCase() only. Call this first in
// init() — once per test function and data row — and also first in initTestCase() where a class
// has one. Warnings from cleanup() and cleanupTestCase() are not covered.
inline void failOnAnyWarning()
{
    QTest::failOnWarning( // clang-format off
        QRegularExpression(QStringLiteral("^(?!This plugin does not support (propagateSizeHints|raise|lower)\\(\\)$"
                           "|QNetworkReplyImplPrivate::error: Internal problem, this method must only be "
                           "called once\\.$)"),
            QRegularExpression::DotMatchesEverythingOption)); // clang-format on
}

// Whether a thread of this process is still named `name` (Linux: /proc/self/task/*/comm, which
// keeps the first 15 bytes of the name).
inline bool threadAlive(const QByteArray& name)
{
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString& task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == name.left(15))
            return true;
    }
    return false;
}

// Before the process exits, the network threads of the QNetworkAccessManagers the test destroyed
// must have ended. Qt detaches them and only waits until their event loop has finished, so a test
// that destroyed its manager last could exit while the thread was still tearing down its
// thread-specific data: under AddressSanitizer that race was reported as a double free in
// __nptl_deallocate_tsd and then deadlocked LeakSanitizer's exit check (services.GatewayTls hung,
// 2026-12-01). Runs as a post routine of the application object, after the test object is gone;
// a manager that was never destroyed keeps its thread, so the wait ends after 10 s at most.
// The same holds for the threads of the loopback training gateway and of the store, which use
// OpenSSL (TLS, AES-GCM): OpenSSL frees a thread's state from thread-specific data as the thread
// exits, and a process that exits first reports that state as leaked (integration.OutboxCrash,
// 2026-12-02, under CI load). Both threads also free it themselves before they finish.
inline void waitForNetworkThreadsToEnd()
{
    const QDeadlineTimer deadline(10000);
    for (const QByteArray& name : { QByteArrayLiteral("QNetworkAccessManager thread"),
             QByteArrayLiteral("loopback-gateway"), QByteArrayLiteral("bd-store") }) {
        while (threadAlive(name) && !deadline.hasExpired())
            QThread::msleep(5);
    }
}

// Set for every test by the "asan" test preset: tests that sample many random inputs to check a
// statistical property sample fewer there, where the aim is memory errors, not statistics.
inline bool sanitized()
{
    return qEnvironmentVariableIntValue("BD_SANITIZED") == 1;
}

} // namespace bd::testsupport

// Every test that includes this header waits for the network threads before it exits.
namespace {
inline void bdRegisterTestExitHygiene()
{
    qAddPostRoutine(&bd::testsupport::waitForNetworkThreadsToEnd);
}
} // namespace
Q_COREAPP_STARTUP_FUNCTION(bdRegisterTestExitHygiene)
