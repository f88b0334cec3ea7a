#include "services/capture/OpenCvFrameSource.h"
#include "services/core/Settings.h"
#include "tests/support/TestHygiene.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using bd::core::Settings;

class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString write(const QByteArray& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("site%1.ini").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write temp file");
        f.write(content);
        return path;
    }

    // A site file in its own folder that only its owner (this test's user) may write.
    QString siteFile(const QByteArray& content)
    {
        const QString dir = m_dir.filePath(QStringLiteral("etc%1").arg(++m_counter));
        QDir().mkpath(dir);
        QFile::setPermissions(dir,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther);
        const QString path = dir + QStringLiteral("/borderdesk.ini");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write temp file");
        f.write(content);
        f.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        return path;
    }
    static uint ownUid() { return ::getuid(); }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void missingFileGivesDefaults()
    {
        const auto s = Settings::load(m_dir.filePath(QStringLiteral("absent.ini")));
        QVERIFY(s.ok());
        QCOMPARE(s->language, QStringLiteral("en"));
        QCOMPARE(s->requestTimeoutMs, 8000);
        QVERIFY(!s->etiasOperationsStart.isValid()); // ETIAS not in operation
        QVERIFY(s->borderState.isEmpty());
        QCOMPARE(s->checkPurpose, QStringLiteral("entry-check"));
    }

    void readsVerdictSettings()
    {
        const auto s = Settings::load(write("[etias]\noperationsStart=2026-10-01\ngraceEnd=2027-12-31\n"
                                            "[border]\nstate=DEU\n[check]\npurpose=exit-check\n"));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(s->etiasOperationsStart, QDate(2026, 10, 1));
        QVERIFY(!s->etiasTransitionalEnd.isValid()); // the default applies (start + 6 months - 1 day)
        QCOMPARE(s->etiasGraceEnd, QDate(2027, 12, 31));
        QCOMPARE(s->borderState, QStringLiteral("DEU"));
        QCOMPARE(s->checkPurpose, QStringLiteral("exit-check"));

        const auto empty = Settings::load(write("[etias]\noperationsStart=\n[border]\nstate=\n"));
        QVERIFY2(empty.ok(), qPrintable(empty.ok() ? QString() : empty.error().detail));
        QVERIFY(!empty->etiasOperationsStart.isValid());
    }

    void readsValidFile()
    {
        const auto s = Settings::load(write("[ui]\nlanguage=de\n[log]\nlevel=debug\n[gateway]\ntimeoutMs=2500\n"
                                            "url=https://esp.example.eu/v1\n[capture]\nsource=device:1\n"));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(s->language, QStringLiteral("de"));
        QCOMPARE(s->logLevel, QStringLiteral("debug"));
        QCOMPARE(s->requestTimeoutMs, 2500);
        QCOMPARE(s->gatewayUrl.host(), QStringLiteral("esp.example.eu"));
        QCOMPARE(s->captureSource, QStringLiteral("device:1"));
        QVERIFY(s->trainingGatewayUrl.isEmpty()); // no classroom: the in-process gateway
    }

    void readsClassroomGateway()
    {
        const QString pem = write("-----BEGIN CERTIFICATE-----\n");
        const auto s = Settings::load(write(QByteArray("[training]\ngatewayUrl=https://trainer-pc.local:8443\ncaFile=")
            + pem.toUtf8() + "\nclientCertFile=" + pem.toUtf8() + "\nclientKeyFile=" + pem.toUtf8() + "\n"));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(s->trainingGatewayUrl, QUrl(QStringLiteral("https://trainer-pc.local:8443")));
        QCOMPARE(s->trainingCaFile, pem);
        QCOMPARE(s->trainingClientKeyFile, pem);
        QVERIFY(s->gatewayUrl.isEmpty()); // the live gateway is a different key
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::newRow("timeout text") << QByteArray("[gateway]\ntimeoutMs=soon\n")
                                      << QStringLiteral("gateway/timeoutMs");
        QTest::newRow("timeout range") << QByteArray("[gateway]\ntimeoutMs=5\n") << QStringLiteral("gateway/timeoutMs");
        QTest::newRow("http url") << QByteArray("[gateway]\nurl=http://esp.example.eu\n")
                                  << QStringLiteral("gateway/url");
        QTest::newRow("classroom http url")
            << QByteArray("[training]\ngatewayUrl=http://trainer-pc:8443\n") << QStringLiteral("training/gatewayUrl");
        QTest::newRow("classroom missing key") << QByteArray("[training]\nclientKeyFile=/nonexistent/client.key\n")
                                               << QStringLiteral("training/clientKeyFile");
        QTest::newRow("language") << QByteArray("[ui]\nlanguage=xx\n") << QStringLiteral("ui/language");
        QTest::newRow("log level") << QByteArray("[log]\nlevel=loud\n") << QStringLiteral("log/level");
        QTest::newRow("missing pem") << QByteArray("[gateway]\ncaFile=/nonexistent/ca.pem\n")
                                     << QStringLiteral("gateway/caFile");
        QTest::newRow("capture source") << QByteArray("[capture]\nsource=webcam\n") << QStringLiteral("capture/source");
        QTest::newRow("etias start text")
            << QByteArray("[etias]\noperationsStart=soon\n") << QStringLiteral("etias/operationsStart");
        QTest::newRow("etias start not iso")
            << QByteArray("[etias]\noperationsStart=01.10.2026\n") << QStringLiteral("etias/operationsStart");
        QTest::newRow("etias start no date")
            << QByteArray("[etias]\noperationsStart=2026-02-30\n") << QStringLiteral("etias/operationsStart");
        QTest::newRow("etias end without start")
            << QByteArray("[etias]\ntransitionalEnd=2027-03-31\n") << QStringLiteral("etias/transitionalEnd");
        QTest::newRow("etias end before start")
            << QByteArray("[etias]\noperationsStart=2026-10-01\ntransitionalEnd=2026-09-30\n")
            << QStringLiteral("etias/transitionalEnd");
        QTest::newRow("etias grace before transitional")
            << QByteArray("[etias]\noperationsStart=2026-10-01\ntransitionalEnd=2027-06-30\ngraceEnd=2027-01-31\n")
            << QStringLiteral("etias/graceEnd");
        QTest::newRow("etias transitional past default grace")
            << QByteArray("[etias]\noperationsStart=2026-10-01\ntransitionalEnd=2027-12-31\n")
            << QStringLiteral("etias/graceEnd");
        QTest::newRow("border state") << QByteArray("[border]\nstate=deu\n") << QStringLiteral("border/state");
        QTest::newRow("border state long") << QByteArray("[border]\nstate=GERMANY\n") << QStringLiteral("border/state");
        QTest::newRow("check purpose") << QByteArray("[check]\npurpose=transit\n") << QStringLiteral("check/purpose");
        QTest::newRow("unknown key") << QByteArray("[gateway]\ntimeout=5\n") << QStringLiteral("gateway/timeout");
    }
    void rejectsBadValues()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        Settings::ValueChecks checks; // as the workstation passes it
        checks.captureSource = &bd::capture::OpenCvFrameSource::checkSpec;
        const auto s = Settings::load(write(content), checks);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().detail.contains(key), qPrintable(s.error().detail));
        QVERIFY2(s.error().detail.contains(QStringLiteral(".ini")), qPrintable(s.error().detail));
    }
    // The live gateway, the verdict's context and the privacy timers come only from the
    // administrator's site file; the officer's own file cannot set or override them.
    void siteOnlyKeysAreRefusedInTheUserFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("key");
        QTest::newRow("gateway url") << QByteArray("[gateway]\nurl=https://evil.example/v1\n") << "gateway/url";
        QTest::newRow("gateway CA") << QByteArray("[gateway]\ncaFile=/etc/hostname\n") << "gateway/caFile";
        QTest::newRow("client cert") << QByteArray("[gateway]\nclientCertFile=/etc/hostname\n")
                                     << "gateway/clientCertFile";
        QTest::newRow("client key") << QByteArray("[gateway]\nclientKeyFile=/etc/hostname\n")
                                    << "gateway/clientKeyFile";
        QTest::newRow("etias") << QByteArray("[etias]\noperationsStart=2030-01-01\n") << "etias/operationsStart";
        QTest::newRow("border") << QByteArray("[border]\nstate=FRA\n") << "border/state";
        QTest::newRow("privacy") << QByteArray("[privacy]\nidleClearSeconds=0\n") << "privacy/idleClearSeconds";
    }
    void siteOnlyKeysAreRefusedInTheUserFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        const QString site = siteFile("[gateway]\nurl=https://esp.example.eu/v1\n[border]\nstate=DEU\n");
        const auto s = Settings::load(Settings::Sources { site, write(content), ownUid() });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("settings.siteOnlyKey"));
        QVERIFY2(s.error().detail.contains(key) && s.error().detail.contains(site), qPrintable(s.error().detail));
    }

    void userFileWinsForItsOwnKeys()
    {
        const QString site = siteFile("[gateway]\nurl=https://esp.example.eu/v1\ntimeoutMs=4000\n[ui]\nlanguage=de\n"
                                      "[privacy]\nidleClearSeconds=120\n");
        const auto s = Settings::load(Settings::Sources { site, write("[ui]\nlanguage=en\n"), ownUid() });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(s->gatewayUrl, QUrl(QStringLiteral("https://esp.example.eu/v1")));
        QCOMPARE(s->requestTimeoutMs, 4000);
        QCOMPARE(s->language, QStringLiteral("en"));
        QCOMPARE(s->idleClearSeconds, 120); // the privacy keys are known (they were refused as unknown before)
    }

    void unprotectedSiteFileIsRefused()
    {
        const QString site = siteFile("[gateway]\nurl=https://esp.example.eu/v1\n");
        QVERIFY(Settings::load(Settings::Sources { site, {}, ownUid() }).ok());
        QFile::setPermissions(site, QFile::permissions(site) | QFile::WriteOther);
        const auto worldWritable = Settings::load(Settings::Sources { site, {}, ownUid() });
        QVERIFY(!worldWritable.ok());
        QCOMPARE(worldWritable.error().code, QStringLiteral("settings.siteUnprotected"));
        QVERIFY(worldWritable.error().detail.contains(QStringLiteral("written by group or others")));
        // Owned by somebody else than the administrator the workstation expects.
        const auto foreign = Settings::load(Settings::Sources { siteFile("[ui]\nlanguage=de\n"), {}, ownUid() + 1 });
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.error().code, QStringLiteral("settings.siteUnprotected"));
        QVERIFY(foreign.error().detail.contains(QStringLiteral("is owned by user")));
    }

    void missingFilesGiveDefaults()
    {
        const auto s = Settings::load(Settings::Sources {
            m_dir.filePath(QStringLiteral("no-site.ini")), m_dir.filePath(QStringLiteral("no-user.ini")), ownUid() });
        QVERIFY(s.ok());
        QVERIFY(s->gatewayUrl.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestSettings)
#include "TestSettings.moc"
