#include "app/CommandLine.h"
#include "tests/support/TestHygiene.h"

#include <QTemporaryDir>
#include <QtTest>

using bd::app::parseWorkstationOptions;

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    static QStringList args(std::initializer_list<const char*> list)
    {
        QStringList out { QStringLiteral("borderdesk") };
        for (const char* a : list)
            out << QString::fromLatin1(a);
        return out;
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void parsesValidOptions()
    {
        QTemporaryDir dir;
        QStringList a = args({ "--demo", "--lang", "de", "--log-level", "debug", "--data-dir" });
        a << dir.path();
        const auto o = parseWorkstationOptions(a);
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().detail));
        QVERIFY(o->demo);
        QCOMPARE(o->language, QStringLiteral("de"));
        QCOMPARE(o->logLevel, QStringLiteral("debug"));
        QCOMPARE(o->configFile, QDir(dir.path()).filePath(QStringLiteral("borderdesk.ini")));
        QCOMPARE(o->siteConfigFile, QStringLiteral("/etc/borderdesk/borderdesk.ini"));
    }

    void classroomGatewayImpliesTraining()
    {
        QTemporaryDir dir;
        const auto o = parseWorkstationOptions(
            args({ "--training-gateway", "https://trainer-pc:8443", "--data-dir" }) << dir.path());
        QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().detail));
        QVERIFY(o->demo);
        QCOMPARE(o->trainingGateway, QUrl(QStringLiteral("https://trainer-pc:8443")));
        const auto plain = parseWorkstationOptions(args({ "--demo", "--data-dir" }) << dir.path());
        QVERIFY(plain.ok() && plain->trainingGateway.isEmpty());
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown option") << args({ "--demoo" }) << QStringLiteral("demoo");
        QTest::newRow("bad language") << args({ "--lang", "xx" }) << QStringLiteral("--lang 'xx'");
        QTest::newRow("bad level") << args({ "--log-level", "loud" }) << QStringLiteral("--log-level 'loud'");
        QTest::newRow("missing value") << args({ "--data-dir" }) << QStringLiteral("data-dir");
        QTest::newRow("stray argument") << args({ "extra" }) << QStringLiteral("'extra'");
        QTest::newRow("unreadable site configuration")
            << args({ "--site-config", "/nonexistent/borderdesk.ini" })
            << QStringLiteral("--site-config '/nonexistent/borderdesk.ini' is not a readable file");
        QTest::newRow("classroom not https")
            << args({ "--training-gateway", "http://trainer-pc:8443" })
            << QStringLiteral("--training-gateway 'http://trainer-pc:8443' is not an https:// URL");
        QTest::newRow("config missing") << args({ "--config", "/nonexistent/x.ini" }) << QStringLiteral("--config");
    }
    void rejectsBadOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const auto o = parseWorkstationOptions(arguments);
        QVERIFY(!o.ok());
        QVERIFY2(o.error().detail.contains(expected), qPrintable(o.error().detail));
    }

    // Toolkit options stay for QApplication; ours are parsed before it exists.
    void toolkitOptionsAreLeftToQApplication()
    {
        const char* argv[] = { "borderdesk", "-platform", "offscreen", "--demo", "--style", "fusion", "-reverse",
            "--data-dir", "/tmp/x", "-qmljsdebugger=port:1234" };
        const QStringList a = bd::app::workstationArguments(int(std::size(argv)), argv);
        QCOMPARE(a,
            QStringList({ QStringLiteral("borderdesk"), QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                QStringLiteral("/tmp/x") }));
        QVERIFY(parseWorkstationOptions(a).ok());
    }

    void dataDirectoryMustBeWritable()
    {
        QTemporaryDir dir;
        QCOMPARE(bd::app::checkDataDirectory(dir.path()), QString());
        const QString fresh = QDir(dir.path()).filePath(QStringLiteral("a/b"));
        QCOMPARE(bd::app::checkDataDirectory(fresh), QString()); // created
        QVERIFY(QFileInfo(fresh).isDir());
        QVERIFY(
            QDir(fresh).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty()); // probe removed
        QVERIFY(!bd::app::checkDataDirectory(QStringLiteral("/proc/1")).isEmpty());
        QVERIFY(!bd::app::checkDataDirectory(QStringLiteral("/sys/kernel")).isEmpty());
        QVERIFY(!bd::app::checkDataDirectory(QStringLiteral("/proc/1/borderdesk")).isEmpty());
        QFile file(QDir(dir.path()).filePath(QStringLiteral("plain")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(bd::app::checkDataDirectory(file.fileName()).contains(QStringLiteral("not a directory")));
    }

    void helpIsRecognised()
    {
        const auto o = parseWorkstationOptions(args({ "--help" }));
        QVERIFY(o.ok());
        QVERIFY(o->showHelp);
        QVERIFY(o->helpText.contains(QStringLiteral("--demo")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
