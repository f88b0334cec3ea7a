#pragma once

#include "services/training/DevCertificates.h"

#include <QSslConfiguration>

namespace bd::testsupport {

// Development certificates for tests, made once per test process (ECDSA P-256, in a temporary
// directory removed at exit): the trusted set the loopback gateway uses, and a second,
// independent set whose client certificate the gateway must reject. Keys are 0600 (checked).
const bd::training::DevCertificatePaths& testCertificates();
const bd::training::DevCertificatePaths& untrustedCertificates();

// A client TLS configuration: trusts the set's CA only and presents the set's client certificate
// (withClientCertificate = false: none at all).
QSslConfiguration clientTlsConfiguration(
    const bd::training::DevCertificatePaths& certs, bool withClientCertificate = true);

} // namespace bd::testsupport
