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

} // namespace

DevCertificatePaths DevCertificatePaths::in(const QString& directory)
{
    const QDir d(directory);
    return { d.filePath(QStringLiteral("ca.pem")), d.filePath(QStringLiteral("server.pem")),
        d.filePath(QStringLiteral("server.key")), d.filePath(QStringLiteral("client.pem")),
        d.filePath(QStringLiteral("client.key")) };
}

bool DevCertificatePaths::complete() const
{
    for (const QString& p : { caCertificate, serverCertificate, serverKey, clientCertificate, clientKey }) {
        if (!QFileInfo::exists(p))
            return false;
    }
    return true;
}

bd::core::Result<DevCertificatePaths> makeDevCertificates(const QString& directory, int validDays)
{
    if (!QDir().mkpath(directory))
        return Error { QStringLiteral("certs.directory"), QStringLiteral("cannot create '%1'").arg(directory), {} };
    const Key caKey = makeKey(), serverKey = makeKey(), clientKey = makeKey();
    if (!caKey || !serverKey || !clientKey)
        return Error { QStringLiteral("certs.key"), QStringLiteral("ECDSA P-256 key generation failed"), {} };
    const Cert ca = makeCertificate(caKey.get(), "BorderDesk development CA", nullptr, nullptr, validDays + 1,
        { { NID_basic_constraints, "critical,CA:TRUE,pathlen:0" }, { NID_key_usage, "critical,keyCertSign,cRLSign" },
            { NID_subject_key_identifier, "hash" } });
    if (!ca)
        return Error { QStringLiteral("certs.sign"), QStringLiteral("the CA certificate could not be made"), {} };
    const Cert server = makeCertificate(serverKey.get(), "localhost", ca.get(), caKey.get(), validDays,
        { { NID_basic_constraints, "critical,CA:FALSE" }, { NID_key_usage, "critical,digitalSignature" },
            { NID_ext_key_usage, "serverAuth" }, { NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1" },
            { NID_subject_key_identifier, "hash" }, { NID_authority_key_identifier, "keyid:always" } });
    const Cert client = makeCertificate(clientKey.get(), "borderdesk-workstation", ca.get(), caKey.get(), validDays,
        { { NID_basic_constraints, "critical,CA:FALSE" }, { NID_key_usage, "critical,digitalSignature" },
            { NID_ext_key_usage, "clientAuth" }, { NID_subject_key_identifier, "hash" },
            { NID_authority_key_identifier, "keyid:always" } });
    if (!server || !client)
        return Error { QStringLiteral("certs.sign"), QStringLiteral("a leaf certificate could not be made"), {} };
    const DevCertificatePaths p = DevCertificatePaths::in(directory);
    if (!writePem(p.caCertificate, false, nullptr, ca.get())
        || !writePem(p.serverCertificate, false, nullptr, server.get())
        || !writePem(p.serverKey, true, serverKey.get(), nullptr)
        || !writePem(p.clientCertificate, false, nullptr, client.get())
        || !writePem(p.clientKey, true, clientKey.get(), nullptr))
        return Error { QStringLiteral("certs.write"),
            QStringLiteral("cannot write the certificates into '%1'").arg(directory), {} };
    return p;
}

} // namespace bd::training
