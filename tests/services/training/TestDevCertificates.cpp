// The development PKI: the roles its client certificates carry (what the gateway takes as its
// authority, ClientIdentity) and its renewal when a certificate is invalid or close to expiry.
#include "services/training/ClientIdentity.h"
#include "services/training/DevCertificates.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace bd::training;
using bd::model::UserProfile;

namespace {

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bd::core::Result<ClientIdentity> identityOf(const QString& path)
{
    const auto certificates = QSslCertificate::fromPath(path);
    return ClientIdentity::fromCertificate(certificates.isEmpty() ? QSslCertificate() : certificates.first());
}

} // namespace

class TestDevCertificates : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void clientCertificatesCarryTheirRoles()
    {
        QTemporaryDir dir;
        const auto made = makeDevCertificates(dir.path(), 825,
            { { QStringLiteral("consular"), QStringLiteral("consular"), QStringLiteral("consul-1") } });
        QVERIFY(made.ok());
        QVERIFY(made->complete());
        const auto client = identityOf(made->clientCertificate);
        QVERIFY(client.ok());
        QCOMPARE(client->role, ClientIdentity::Role::Officer);
        QCOMPARE(client->profile, UserProfile::BorderFirstLine);
        QCOMPARE(client->officerId, QStringLiteral("borderdesk-workstation"));
        const auto trainer = identityOf(made->trainerCertificate);
        QVERIFY(trainer.ok());
        QCOMPARE(trainer->profile, UserProfile::Trainer);
        const auto admin = identityOf(made->adminCertificate);
        QVERIFY(admin.ok());
        QCOMPARE(admin->role, ClientIdentity::Role::Admin);
        QCOMPARE(admin->officerId, QStringLiteral("gateway-admin"));
        const auto consular = identityOf(dir.filePath(QStringLiteral("consular.pem")));
        QVERIFY(consular.ok());
        QCOMPARE(consular->profile, UserProfile::Consular);
        QCOMPARE(consular->officerId, QStringLiteral("consul-1"));
        // The server's certificate names no role: it could not act as a client.
        const auto server = identityOf(made->serverCertificate);
        QVERIFY(!server.ok());
        QCOMPARE(server.error().code, QStringLiteral("gateway.identity"));
        QCOMPARE(identityOf(QString()).error().code, QStringLiteral("gateway.identity"));
    }

    void unknownRoleIsNoIdentity()
    {
        QTemporaryDir dir;
        const auto made = makeDevCertificates(
            dir.path(), 825, { { QStringLiteral("boss"), QStringLiteral("boss"), QStringLiteral("someone") } });
        QVERIFY(made.ok());
        const auto boss = identityOf(dir.filePath(QStringLiteral("boss.pem")));
        QVERIFY(!boss.ok());
        QVERIFY(boss.error().detail.contains(QStringLiteral("boss")));
    }

    void aValidPkiIsKept()
    {
        QTemporaryDir dir;
        QVERIFY(makeDevCertificates(dir.path()).ok());
        const QByteArray ca = contents(DevCertificatePaths::in(dir.path()).caCertificate);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(devCertificatesRenewalReason(DevCertificatePaths::in(dir.path()), now), QString());
        QString reason = QStringLiteral("not set");
        QVERIFY(ensureDevCertificates(dir.path(), now, &reason).ok());
        QCOMPARE(reason, QString());
        QCOMPARE(contents(DevCertificatePaths::in(dir.path()).caCertificate), ca);
    }

    // Every way a kept PKI goes bad: close to expiry (by the time given, not the wall clock),
    // expired, made with a short life, a certificate corrupted or of another CA, a file missing
    // (a PKI from before the trainer and admin certificates).
    void aPkiCloseToExpiryOrInvalidIsRenewed_data()
    {
        QTest::addColumn<int>("validDays");
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("expires within 30 days") << 825 << 800 << QString() << QStringLiteral("expires within 30");
        QTest::newRow("expired") << 825 << 900 << QString() << QStringLiteral("expire");
        QTest::newRow("short-lived") << 10 << 0 << QString() << QStringLiteral("expires within 30");
        QTest::newRow("corrupt") << 825 << 0 << QStringLiteral("corrupt") << QStringLiteral("client.pem");
        QTest::newRow("another CA") << 825 << 0 << QStringLiteral("foreign") << QStringLiteral("does not verify");
        QTest::newRow("missing") << 825 << 0 << QStringLiteral("missing") << QStringLiteral("missing");
    }
    void aPkiCloseToExpiryOrInvalidIsRenewed()
    {
        QFETCH(int, validDays);
        QFETCH(int, daysLater);
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        QTemporaryDir dir, other;
        const auto made = makeDevCertificates(dir.path(), validDays);
        QVERIFY(made.ok());
        if (damage == QLatin1String("corrupt")) {
            QFile f(made->clientCertificate);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----\n");
        } else if (damage == QLatin1String("foreign")) {
            const auto foreign = makeDevCertificates(other.path());
            QVERIFY(foreign.ok());
            QVERIFY(QFile::remove(made->trainerCertificate));
            QVERIFY(QFile::copy(foreign->trainerCertificate, made->trainerCertificate));
        } else if (damage == QLatin1String("missing")) {
            QVERIFY(QFile::remove(made->adminCertificate));
        }
        const QByteArray oldCa = contents(made->caCertificate);
        const QDateTime now = QDateTime::currentDateTimeUtc().addDays(daysLater);
        QString why;
        const auto renewed = ensureDevCertificates(dir.path(), now, &why);
        QVERIFY(renewed.ok());
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY(contents(renewed->caCertificate) != oldCa);
        QVERIFY(renewed->complete());
        // The new PKI is good for its full life from now.
        QCOMPARE(devCertificatesRenewalReason(*renewed, QDateTime::currentDateTimeUtc()), QString());
        QCOMPARE(identityOf(renewed->trainerCertificate)->profile, UserProfile::Trainer);
    }
};

QTEST_GUILESS_MAIN(TestDevCertificates)
#include "TestDevCertificates.moc"
