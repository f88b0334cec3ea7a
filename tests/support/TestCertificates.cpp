#include "tests/support/TestCertificates.h"

#include "services/gateway/GatewayClientConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QTemporaryDir>

namespace bd::testsupport {
namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bd::training::DevCertificatePaths make(QTemporaryDir& dir)
{
    const auto made = bd::training::makeDevCertificates(dir.path(), 825,
        { { QStringLiteral("second-line"), QStringLiteral("border-second-line"), QStringLiteral("officer-2nd") },
            { QStringLiteral("consular"), QStringLiteral("consular"), QStringLiteral("consul-1") } });
    if (!made)
        qFatal("test certificates: %s", qPrintable(made.error().detail));
    // The client refuses a key readable by group or others (gateway.keyPermissions): the fixtures'
    // keys are 0600, like every key makeDevCertificates writes.
    for (const QString& key : { made->clientKey, made->serverKey, made->trainerKey, made->adminKey })
        if (const auto loose = bd::gateway::checkPrivateKeyPermissions(key))
            qFatal("test certificates: %s", qPrintable(loose->detail));
    return *made;
}

QString stemOf(TestClient who)
{
    switch (who) {
    case TestClient::BorderGuard:
        return QStringLiteral("client");
    case TestClient::SecondLine:
        return QStringLiteral("second-line");
    case TestClient::Consular:
        return QStringLiteral("consular");
    case TestClient::Trainer:
        return QStringLiteral("trainer");
    case TestClient::Admin:
        break;
    }
    return QStringLiteral("admin");
}

} // namespace

const bd::training::DevCertificatePaths& testCertificates()
{
    static QTemporaryDir dir; // cached for the test process; removed at exit
    static const bd::training::DevCertificatePaths paths = make(dir);
    return paths;
}

const bd::training::DevCertificatePaths& untrustedCertificates()
{
    static QTemporaryDir dir;
    static const bd::training::DevCertificatePaths paths = make(dir);
    return paths;
}

QString certificatePath(const bd::training::DevCertificatePaths& certs, TestClient who)
{
    return QFileInfo(certs.caCertificate).dir().filePath(stemOf(who) + QStringLiteral(".pem"));
}

QString keyPath(const bd::training::DevCertificatePaths& certs, TestClient who)
{
    return QFileInfo(certs.caCertificate).dir().filePath(stemOf(who) + QStringLiteral(".key"));
}

QSslConfiguration clientTlsConfiguration(const bd::training::DevCertificatePaths& certs, bool withClientCertificate)
{
    QSslConfiguration tls = clientTlsConfiguration(certs, TestClient::BorderGuard);
    if (!withClientCertificate) {
        tls.setLocalCertificateChain({});
        tls.setPrivateKey(QSslKey());
    }
    return tls;
}

QSslConfiguration clientTlsConfiguration(const bd::training::DevCertificatePaths& certs, TestClient who)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(readAll(certs.caCertificate), QSsl::Pem));
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setLocalCertificateChain(QSslCertificate::fromData(readAll(certificatePath(certs, who)), QSsl::Pem));
    tls.setPrivateKey(QSslKey(readAll(keyPath(certs, who)), QSsl::Ec, QSsl::Pem));
    return tls;
}

} // namespace bd::testsupport
