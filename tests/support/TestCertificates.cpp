#include "tests/support/TestCertificates.h"

#include "services/gateway/GatewayClientConfig.h"

#include <QFile>
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
    const auto made = bd::training::makeDevCertificates(dir.path());
    if (!made)
        qFatal("test certificates: %s", qPrintable(made.error().detail));
    // The client refuses a key readable by group or others (gateway.keyPermissions): the fixtures'
    // keys are 0600, like every key makeDevCertificates writes.
    for (const QString& key : { made->clientKey, made->serverKey })
        if (const auto loose = bd::gateway::checkPrivateKeyPermissions(key))
            qFatal("test certificates: %s", qPrintable(loose->detail));
    return *made;
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

QSslConfiguration clientTlsConfiguration(const bd::training::DevCertificatePaths& certs, bool withClientCertificate)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(readAll(certs.caCertificate), QSsl::Pem));
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (withClientCertificate) {
        tls.setLocalCertificateChain(QSslCertificate::fromData(readAll(certs.clientCertificate), QSsl::Pem));
        tls.setPrivateKey(QSslKey(readAll(certs.clientKey), QSsl::Ec, QSsl::Pem));
    }
    return tls;
}

} // namespace bd::testsupport
