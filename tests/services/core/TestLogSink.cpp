#include "services/core/LogCategories.h"
#include "services/core/LogSink.h"

#include <QTemporaryDir>
#include <QtTest>

using bd::core::LogSink;

class TestLogSink : public QObject
{
    Q_OBJECT
private slots:
    void writesRedactedCategorisedLines()
    {
        QTemporaryDir dir;
        QString path;
        {
            LogSink sink({dir.path(), QStringLiteral("t.log"), QtDebugMsg, false});
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

    void levelFiltersLowerMessages()
    {
        QTemporaryDir dir;
        QString path;
        {
            LogSink sink({dir.path(), QStringLiteral("t.log"), QtWarningMsg, false});
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
