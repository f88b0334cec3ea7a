#pragma once

#include "services/core/Result.h"

#include <QString>

namespace bd::training {

// Where a development PKI lives: a CA and the server and client certificates it signed.
struct DevCertificatePaths
{
    QString caCertificate; // ca.pem
    QString serverCertificate; // server.pem
    QString serverKey; // server.key
    QString clientCertificate; // client.pem
    QString clientKey; // client.key

    static DevCertificatePaths in(const QString& directory);
    bool complete() const; // every file exists
};

// Makes a development CA and one server (localhost, 127.0.0.1, ::1) and one client certificate,
// ECDSA P-256 / SHA-256, with the OpenSSL API; the same layout as scripts/make-dev-certs. The CA
// key is not kept. Keys are created 0600 (owner read/write only). For training and tests only.
bd::core::Result<DevCertificatePaths> makeDevCertificates(const QString& directory, int validDays = 825);

} // namespace bd::training
