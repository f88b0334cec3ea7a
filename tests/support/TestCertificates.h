#pragma once

#include "services/training/DevCertificates.h"

#include <QSslConfiguration>

namespace bd::testsupport {

// The client certificates of the test PKI, by who presents them (the subject OU is the role).
enum class TestClient
{
    BorderGuard, // client.pem, OU=border-first-line
    SecondLine, // second-line.pem, OU=border-second-line
    Consular, // consular.pem, OU=consular
    Trainer, // trainer.pem, OU=trainer
    Admin, // admin.pem, OU=admin
};

// Development certificates for tests, made once per test process (ECDSA P-256, in a temporary
// directory removed at exit): the trusted set the loopback gateway uses, and a second,
// independent set whose client certificates the gateway must reject. Keys are 0600 (checked).
const bd::training::DevCertificatePaths& testCertificates();
const bd::training::DevCertificatePaths& untrustedCertificates();

QString certificatePath(const bd::training::DevCertificatePaths& certs, TestClient who);
QString keyPath(const bd::training::DevCertificatePaths& certs, TestClient who);

// A client TLS configuration: trusts the set's CA only and presents the set's border-guard client
// certificate (withClientCertificate = false: none at all).
QSslConfiguration clientTlsConfiguration(
    const bd::training::DevCertificatePaths& certs, bool withClientCertificate = true);
// The same, presenting the certificate of `who`.
QSslConfiguration clientTlsConfiguration(const bd::training::DevCertificatePaths& certs, TestClient who);

} // namespace bd::testsupport
