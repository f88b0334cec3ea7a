#include "services/training/DevCertificates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace bd::training {
namespace {

using bd::core::Error;

struct Free
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
    void operator()(BIGNUM* p) const { BN_free(p); }
    void operator()(X509_STORE* p) const { X509_STORE_free(p); }
    void operator()(X509_STORE_CTX* p) const { X509_STORE_CTX_free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Free>;
using Cert = std::unique_ptr<X509, Free>;

Key makeKey()
{
    return Key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", const_cast<char*>("P-256")));
}

bool addExtension(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, Free> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// issuer == nullptr: self-signed CA.
Cert makeCertificate(EVP_PKEY* key,
    const char* unit, // subject OU, nullptr: none
    const char* commonName,
    X509* issuer,
    EVP_PKEY* issuerKey,
    int days,
    const QList<std::pair<int, const char*>>& extensions)
{
    Cert cert(X509_new());
    std::unique_ptr<BIGNUM, Free> serial(BN_new());
    if (!cert || !serial || X509_set_version(cert.get(), 2) != 1
        || BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return nullptr;
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 86400L);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("BorderDesk training"), -1, -1, 0);
    if (unit)
        X509_NAME_add_entry_by_txt(name, "OU", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(unit), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    X509* signer = issuer ? issuer : cert.get();
    for (const auto& [nid, value] : extensions) {
        if (!addExtension(cert.get(), signer, nid, value))
            return nullptr;
    }
    if (X509_sign(cert.get(), issuer ? issuerKey : key, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

bool writePem(const QString& path, bool privateKey, EVP_PKEY* key, X509* cert)
{
    std::unique_ptr<BIO, Free> bio(BIO_new(BIO_s_mem()));
    const int ok = privateKey ? PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr)
                              : PEM_write_bio_X509(bio.get(), cert);
    if (ok != 1)
        return false;
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QFile f(path);
    f.remove();
    // A key is created 0600 (owner read/write only) from the start, never widened then narrowed; a
    // client refuses a key readable by group or others (gateway.keyPermissions).
    const QFileDevice::Permissions mode = privateKey
        ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode))
        return false;
    if (privateKey
        && (f.permissions()
            & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser)))
        return false;
    return f.write(data, size) == size;
}

struct Issued
{
    DevClientSpec spec;
    Key key;
    Cert cert;
};

const QList<std::pair<int, const char*>>& clientExtensions()
{
    static const QList<std::pair<int, const char*>> extensions { { NID_basic_constraints, "critical,CA:FALSE" },
        { NID_key_usage, "critical,digitalSignature" }, { NID_ext_key_usage, "clientAuth" },
        { NID_subject_key_identifier, "hash" }, { NID_authority_key_identifier, "keyid:always" } };
    return extensions;
}

QList<DevClientSpec> standardClients()
{
    return { { QStringLiteral("client"), QStringLiteral("border-first-line"),
                 QStringLiteral("borderdesk-workstation") },
        { QStringLiteral("trainer"), QStringLiteral("trainer"), QStringLiteral("trainer") },
        { QStringLiteral("admin"), QStringLiteral("admin"), QStringLiteral("gateway-admin") } };
}

Cert readCertificate(const QString& path)
{
    std::unique_ptr<BIO, Free> bio(BIO_new_file(QFile::encodeName(path).constData(), "r"));
    return Cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

// Empty when `leaf` verifies against `ca` alone at `at` (the time given, not the wall clock).
QString verifyAt(X509* ca, X509* leaf, time_t at)
{
    std::unique_ptr<X509_STORE, Free> store(X509_STORE_new());
    std::unique_ptr<X509_STORE_CTX, Free> ctx(X509_STORE_CTX_new());
    if (!store || !ctx || X509_STORE_add_cert(store.get(), ca) != 1
        || X509_STORE_CTX_init(ctx.get(), store.get(), leaf, nullptr) != 1)
        return QStringLiteral("cannot set up verification");
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(ctx.get()), at);
    if (X509_verify_cert(ctx.get()) == 1)
        return {};
    return QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
}

} // namespace

DevCertificatePaths DevCertificatePaths::in(const QString& directory)
{
    const QDir d(directory);
    DevCertificatePaths p;
    p.caCertificate = d.filePath(QStringLiteral("ca.pem"));
    p.serverCertificate = d.filePath(QStringLiteral("server.pem"));
    p.serverKey = d.filePath(QStringLiteral("server.key"));
    p.clientCertificate = d.filePath(QStringLiteral("client.pem"));
    p.clientKey = d.filePath(QStringLiteral("client.key"));
    p.trainerCertificate = d.filePath(QStringLiteral("trainer.pem"));
    p.trainerKey = d.filePath(QStringLiteral("trainer.key"));
    p.adminCertificate = d.filePath(QStringLiteral("admin.pem"));
    p.adminKey = d.filePath(QStringLiteral("admin.key"));
    return p;
}

bool DevCertificatePaths::complete() const
{
    for (const QString& p : { caCertificate, serverCertificate, serverKey, clientCertificate, clientKey,
             trainerCertificate, trainerKey, adminCertificate, adminKey }) {
        if (!QFileInfo::exists(p))
            return false;
    }
    return true;
}

QList<QString> DevCertificatePaths::certificates() const
{
    return { serverCertificate, clientCertificate, trainerCertificate, adminCertificate };
}

bd::core::Result<DevCertificatePaths> makeDevCertificates(
    const QString& directory, int validDays, const QList<DevClientSpec>& extraClients)
{
    if (!QDir().mkpath(directory))
        return Error { QStringLiteral("certs.directory"), QStringLiteral("cannot create '%1'").arg(directory), {} };
    const Key caKey = makeKey(), serverKey = makeKey();
    if (!caKey || !serverKey)
        return Error { QStringLiteral("certs.key"), QStringLiteral("ECDSA P-256 key generation failed"), {} };
    const Cert ca = makeCertificate(caKey.get(), nullptr, "BorderDesk development CA", nullptr, nullptr, validDays + 1,
        { { NID_basic_constraints, "critical,CA:TRUE,pathlen:0" }, { NID_key_usage, "critical,keyCertSign,cRLSign" },
            { NID_subject_key_identifier, "hash" } });
    if (!ca)
        return Error { QStringLiteral("certs.sign"), QStringLiteral("the CA certificate could not be made"), {} };
    const Cert server = makeCertificate(serverKey.get(), nullptr, "localhost", ca.get(), caKey.get(), validDays,
        { { NID_basic_constraints, "critical,CA:FALSE" }, { NID_key_usage, "critical,digitalSignature" },
            { NID_ext_key_usage, "serverAuth" }, { NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1" },
            { NID_subject_key_identifier, "hash" }, { NID_authority_key_identifier, "keyid:always" } });
    std::vector<Issued> clients;
    for (const DevClientSpec& spec : standardClients() + extraClients) {
        Issued issued { spec, makeKey(), nullptr };
        if (issued.key)
            issued.cert = makeCertificate(issued.key.get(), spec.role.toUtf8().constData(),
                spec.commonName.toUtf8().constData(), ca.get(), caKey.get(), validDays, clientExtensions());
        if (!issued.cert)
            return Error { QStringLiteral("certs.sign"),
                QStringLiteral("the client certificate '%1' could not be made").arg(spec.fileStem), {} };
        clients.push_back(std::move(issued));
    }
    if (!server)
        return Error { QStringLiteral("certs.sign"), QStringLiteral("a leaf certificate could not be made"), {} };
    const DevCertificatePaths p = DevCertificatePaths::in(directory);
    bool written = writePem(p.caCertificate, false, nullptr, ca.get())
        && writePem(p.serverCertificate, false, nullptr, server.get())
        && writePem(p.serverKey, true, serverKey.get(), nullptr);
    const QDir d(directory);
    for (const Issued& c : clients)
        written = written
            && writePem(d.filePath(c.spec.fileStem + QStringLiteral(".pem")), false, nullptr, c.cert.get())
            && writePem(d.filePath(c.spec.fileStem + QStringLiteral(".key")), true, c.key.get(), nullptr);
    if (!written)
        return Error { QStringLiteral("certs.write"),
            QStringLiteral("cannot write the certificates into '%1'").arg(directory), {} };
    return p;
}

QString devCertificatesRenewalReason(const DevCertificatePaths& paths, const QDateTime& now, int renewWithinDays)
{
    if (!paths.complete())
        return QStringLiteral("a file of the development PKI is missing");
    const Cert ca = readCertificate(paths.caCertificate);
    if (!ca)
        return QStringLiteral("ca.pem is unreadable");
    const time_t at = static_cast<time_t>(now.toSecsSinceEpoch());
    time_t renewBy = static_cast<time_t>(now.addDays(renewWithinDays).toSecsSinceEpoch());
    if (X509_cmp_time(X509_get0_notAfter(ca.get()), &renewBy) <= 0)
        return QStringLiteral("ca.pem expires within %1 days").arg(renewWithinDays);
    for (const QString& path : paths.certificates()) {
        const QString name = QFileInfo(path).fileName();
        const Cert leaf = readCertificate(path);
        if (!leaf)
            return QStringLiteral("%1 is unreadable").arg(name);
        if (const QString why = verifyAt(ca.get(), leaf.get(), at); !why.isEmpty())
            return QStringLiteral("%1 does not verify: %2").arg(name, why);
        if (X509_cmp_time(X509_get0_notAfter(leaf.get()), &renewBy) <= 0)
            return QStringLiteral("%1 expires within %2 days").arg(name).arg(renewWithinDays);
    }
    return {};
}

bd::core::Result<DevCertificatePaths> ensureDevCertificates(
    const QString& directory, const QDateTime& now, QString* renewedBecause, int renewWithinDays, int validDays)
{
    const DevCertificatePaths existing = DevCertificatePaths::in(directory);
    const QString reason = devCertificatesRenewalReason(existing, now, renewWithinDays);
    if (renewedBecause)
        *renewedBecause = reason;
    if (reason.isEmpty())
        return existing;
    return makeDevCertificates(directory, validDays);
}

} // namespace bd::training
