#include "services/core/LogCategories.h"
#include "services/core/LogSink.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using bd::core::LogSink;

class TestLogSink : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void writesRedactedCategorisedLines()
    {
        QTemporaryDir dir;
        QString path;
        {
            LogSink sink({ dir.path(), QStringLiteral("t.log"), QtDebugMsg, false });
            path = sink.filePath();
            qCInfo(lcDocument) << "parsed" << QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
            qCWarning(lcGateway, "timeout after %d ms", 8000);
            qCDebug(lcOcr, "debug line");
            qCInfo(lcSecure, "never shown");
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY2(log.contains(QStringLiteral("[bd.services.document] parsed")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("[bd.services.gateway] timeout after 8000 ms")));
        QVERIFY(log.contains(QStringLiteral("debug line")));
        QVERIFY(!log.contains(QStringLiteral("ERIKSSON")));
        QVERIFY(!log.contains(QStringLiteral("never shown")));
    }

    // The log is the owner's only whatever the umask, and an older file open to others is narrowed.
    void logFileIsOwnerOnly()
    {
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString older = dir.filePath(QStringLiteral("older.log"));
        {
            QFile f(older);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("2026-11-01 an older line\n");
        }
        QVERIFY(QFile::setPermissions(
            older, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        for (const QString& name : { QStringLiteral("new.log"), QStringLiteral("older.log") }) {
            {
                LogSink sink({ dir.path(), name, QtInfoMsg, false });
                qCInfo(lcApp, "a line");
            }
            struct stat st
            {
            };
            QCOMPARE(::stat(QFile::encodeName(dir.filePath(name)).constData(), &st), 0);
            QCOMPARE(int(st.st_mode & 0777), 0600);
        }
        ::umask(previous);
    }

    void levelFiltersLowerMessages()
    {
        QTemporaryDir dir;
        QString path;
        {
            LogSink sink({ dir.path(), QStringLiteral("t.log"), QtWarningMsg, false });
            path = sink.filePath();
            qCInfo(lcDocument, "info hidden");
            qCWarning(lcDocument, "warning shown");
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY(!log.contains(QStringLiteral("info hidden")));
        QVERIFY(log.contains(QStringLiteral("warning shown")));
    }

    // An unwritable directory is reported, never thrown (spdlog throws spdlog_ex: exit 134 before).
    void unwritableDirectoryIsReportedNotThrown_data()
    {
        QTest::addColumn<QString>("directory");
        QTest::newRow("/proc/1") << QStringLiteral("/proc/1");
        QTest::newRow("/sys/kernel") << QStringLiteral("/sys/kernel");
        QTest::newRow("below /proc") << QStringLiteral("/proc/1/borderdesk");
    }
    void unwritableDirectoryIsReportedNotThrown()
    {
        QFETCH(QString, directory);
        try {
            LogSink sink({ directory, QStringLiteral("t.log"), QtInfoMsg, false });
            QVERIFY2(!sink.fileError().isEmpty(), "an unwritable directory must be reported");
            QVERIFY2(sink.fileError().contains(directory), qPrintable(sink.fileError()));
            QCOMPARE(sink.filePath(), QString());
            qCInfo(lcApp, "still logs to the console, without a file");
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
    }

    void masksTheRegisteredTokensUntilCleared()
    {
        QTemporaryDir dir;
        QString path;
        {
            LogSink sink({ dir.path(), QStringLiteral("t.log"), QtDebugMsg, false });
            QVERIFY(sink.fileError().isEmpty());
            path = sink.filePath();
            bd::core::SensitiveTokenRegistry& registry = sink;
            registry.setSensitiveTokens(bd::core::sensitiveTokensOf(
                { QStringLiteral("QUENTINOVSKA"), QStringLiteral("ZELMIRA"), QStringLiteral("XK4471Q93") }));
            qCInfo(lcUi, "decision for Zelmira Quentinovska, xk4471q93, born 23.06.1987");
            registry.clearSensitiveTokens();
            qCInfo(lcUi, "next traveller Zelmira"); // no longer the current record: patterns only
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY2(log.contains(QStringLiteral("decision for [personal] [personal], [personal], born [date]")),
            qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("next traveller Zelmira")), qPrintable(log));
        QVERIFY(!log.contains(QStringLiteral("quentinovska"), Qt::CaseInsensitive));
        QVERIFY(!log.contains(QStringLiteral("4471")));
    }

    void parsesLevels()
    {
        QtMsgType t;
        QVERIFY(LogSink::parseLevel(QStringLiteral("Debug"), &t));
        QCOMPARE(t, QtDebugMsg);
        QVERIFY(!LogSink::parseLevel(QStringLiteral("verbose"), &t));
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "TestLogSink.moc"
