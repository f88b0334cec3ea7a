// The real executables at start-up: options are parsed before any GUI exists (so --help works on a
// machine without a display), an unwritable --data-dir is a message and exit code 2 instead of an
// uncaught spdlog exception (exit 134), and core dumps are off in the workstation and the CLI.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "services/core/ProcessHardening.h"
#include "tests/support/TestHygiene.h"

#include <sys/prctl.h>
#include <sys/resource.h>

class TestStartupSafety : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QByteArray out;
        QByteArray err;
    };

    // No display at all: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset (the xcb plugin is the default).
    static QProcessEnvironment headless()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    static Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.status = p.exitStatus();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // "Max core file size  <soft>  <hard>  bytes" of a running process.
    static QByteArray coreLimits(qint64 pid)
    {
        QFile f(QStringLiteral("/proc/%1/limits").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("Max core file size"))
                return line.mid(18).simplified();
        }
        return {};
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        // Give the children a core limit to lose: raise the soft limit to the hard one.
        rlimit limit {};
        QVERIFY(getrlimit(RLIMIT_CORE, &limit) == 0);
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_CORE, &limit);
    }

    void optionsWorkWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stdoutPart");
        QTest::addColumn<QByteArray>("stderrPart");
        QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << 0 << QByteArray("--data-dir")
                                << QByteArray();
        QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << 0 << QByteArray("--demo") << QByteArray();
        QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0
                                   << QByteArray("borderdesk " PROJECT_VERSION_STRING) << QByteArray();
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--demoo") } << 2 << QByteArray()
                                        << QByteArray("borderdesk: Unknown option 'demoo'");
        QTest::newRow("bad language") << QStringList { QStringLiteral("--lang"), QStringLiteral("xx") } << 2
                                      << QByteArray() << QByteArray("--lang 'xx' is not supported");
        // Toolkit options are left to QApplication, not refused as unknown.
        QTest::newRow("toolkit option and --help")
            << QStringList { QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--help") } << 0
            << QByteArray("--demo") << QByteArray();
    }
    void optionsWorkWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stdoutPart);
        QFETCH(QByteArray, stderrPart);
        const Run r = run(QStringLiteral(BD_APP_PATH), arguments, headless());
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        QVERIFY2(r.out.contains(stdoutPart), r.out.constData());
        QVERIFY2(r.err.contains(stderrPart), r.err.constData());
        QVERIFY2(!r.err.contains("xcb"), r.err.constData());
    }

    void unwritableDataDirIsAMessage_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::newRow("/proc/1") << QStringLiteral("/proc/1");
        QTest::newRow("/sys/kernel") << QStringLiteral("/sys/kernel");
        QTest::newRow("below /proc") << QStringLiteral("/proc/1/borderdesk");
    }
    void unwritableDataDirIsAMessage()
    {
        QFETCH(QString, dir);
        QProcessEnvironment env = headless();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run r
            = run(QStringLiteral(BD_APP_PATH), { QStringLiteral("--demo"), QStringLiteral("--data-dir"), dir }, env);
        QCOMPARE(r.status, QProcess::NormalExit); // not abort() from an uncaught spdlog::spdlog_ex
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains(QStringLiteral("borderdesk: --data-dir '%1' cannot be used").arg(dir).toUtf8()),
            r.err.constData());
        QVERIFY2(!r.err.contains("spdlog") && !r.err.contains("terminate"), r.err.constData());
        // Without a display too: the directory is checked before the GUI starts.
        const Run headlessRun = run(QStringLiteral(BD_APP_PATH), { QStringLiteral("--data-dir"), dir }, headless());
        QCOMPARE(headlessRun.status, QProcess::NormalExit);
        QCOMPARE(headlessRun.exitCode, 2);
    }

    void cliHasNoCoreDumps()
    {
        QProcess p;
        p.start(QStringLiteral(BD_CLI_PATH), { QStringLiteral("stay") }); // waits for JSON on stdin
        QVERIFY(p.waitForStarted());
        QByteArray limits;
        QDeadlineTimer deadline(10000);
        while (limits != "0 0 bytes" && !deadline.hasExpired()) {
            QTest::qWait(20);
            limits = coreLimits(p.processId());
        }
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(limits, QByteArray("0 0 bytes"));
    }

    void workstationHasNoCoreDumps()
    {
        QTemporaryDir dir;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BD_APP_PATH), { QStringLiteral("--demo"), QStringLiteral("--data-dir"), dir.path() });
        QVERIFY(p.waitForStarted());
        QByteArray limits;
        QDeadlineTimer deadline(20000);
        while (limits != "0 0 bytes" && !deadline.hasExpired() && p.state() == QProcess::Running) {
            QTest::qWait(20);
            limits = coreLimits(p.processId());
        }
        p.terminate();
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished();
        }
        QCOMPARE(limits, QByteArray("0 0 bytes"));
    }

    // Last: it hardens this test process too (children started after it would inherit the limit).
    void disableCoreDumpsTurnsThemOff()
    {
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
        QVERIFY(!bd::core::coreDumpsDisabled());
        QCOMPARE(bd::core::disableCoreDumps(), QString());
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit limit {};
        QVERIFY(getrlimit(RLIMIT_CORE, &limit) == 0);
        QCOMPARE(quint64(limit.rlim_cur), quint64(0));
        QCOMPARE(quint64(limit.rlim_max), quint64(0));
        QVERIFY(bd::core::coreDumpsDisabled());
    }
};

QTEST_GUILESS_MAIN(TestStartupSafety)
#include "TestStartupSafety.moc"
