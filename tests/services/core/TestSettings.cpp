#include "services/core/Settings.h"

#include <QTemporaryDir>
#include <QtTest>

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

private slots:
    void missingFileGivesDefaults()
    {
        const auto s = Settings::load(m_dir.filePath(QStringLiteral("absent.ini")));
        QVERIFY(s.ok());
        QCOMPARE(s->language, QStringLiteral("en"));
        QCOMPARE(s->requestTimeoutMs, 8000);
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
        QTest::newRow("timeout text") << QByteArray("[gateway]\ntimeoutMs=soon\n") << QStringLiteral("gateway/timeoutMs");
        QTest::newRow("timeout range") << QByteArray("[gateway]\ntimeoutMs=5\n") << QStringLiteral("gateway/timeoutMs");
        QTest::newRow("http url") << QByteArray("[gateway]\nurl=http://esp.example.eu\n") << QStringLiteral("gateway/url");
        QTest::newRow("classroom http url") << QByteArray("[training]\ngatewayUrl=http://trainer-pc:8443\n")
                                            << QStringLiteral("training/gatewayUrl");
        QTest::newRow("classroom missing key") << QByteArray("[training]\nclientKeyFile=/nonexistent/client.key\n")
                                               << QStringLiteral("training/clientKeyFile");
        QTest::newRow("language") << QByteArray("[ui]\nlanguage=xx\n") << QStringLiteral("ui/language");
        QTest::newRow("log level") << QByteArray("[log]\nlevel=loud\n") << QStringLiteral("log/level");
        QTest::newRow("missing pem") << QByteArray("[gateway]\ncaFile=/nonexistent/ca.pem\n")
                                     << QStringLiteral("gateway/caFile");
        QTest::newRow("capture source") << QByteArray("[capture]\nsource=webcam\n") << QStringLiteral("capture/source");
        QTest::newRow("unknown key") << QByteArray("[gateway]\ntimeout=5\n") << QStringLiteral("gateway/timeout");
    }
    void rejectsBadValues()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, key);
        const auto s = Settings::load(write(content));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().detail.contains(key), qPrintable(s.error().detail));
        QVERIFY2(s.error().detail.contains(QStringLiteral(".ini")), qPrintable(s.error().detail));
    }
};

QTEST_APPLESS_MAIN(TestSettings)
#include "TestSettings.moc"
