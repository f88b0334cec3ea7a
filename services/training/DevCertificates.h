#pragma once

#include "services/core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd::training {

// Where a development PKI lives: a CA, the server certificate and the client certificates it
// signed. A client certificate's subject names its role in OU and the officer in CN
// (docs/gateway-protocol.md, "Authority from the certificate"; ClientIdentity).
struct DevCertificatePaths
{
    QString caCertificate; // ca.pem
    QString serverCertificate; // server.pem
    QString serverKey; // server.key
    QString clientCertificate; // client.pem: a border guard's workstation, OU=border-first-line
    QString clientKey; // client.key
    QString trainerCertificate; // trainer.pem: a training workstation, OU=trainer (sees every system)
    QString trainerKey; // trainer.key
    QString adminCertificate; // admin.pem: the trainer's fault console, OU=admin (/v1/admin/faults)
    QString adminKey; // admin.key

    static DevCertificatePaths in(const QString& directory);
    bool complete() const; // every file exists
    QList<QString> certificates() const; // the leaf certificates (server and clients), PEM paths
};

// One client certificate of a development PKI: <fileStem>.pem and <fileStem>.key, subject
// O=BorderDesk training, OU=<role>, CN=<commonName>.
struct DevClientSpec
{
    QString fileStem;
    QString role; // a profile key or "admin"
    QString commonName;
};

// Makes a development CA, one server certificate (localhost, 127.0.0.1, ::1) and the client
// certificates client (border-first-line), trainer and admin, plus `extraClients` (e.g. a consular
// workstation for tests), ECDSA P-256 / SHA-256, with the OpenSSL API; the same layout as
// scripts/make-dev-certs. The CA key is not kept. Keys are created 0600 (owner read/write only).
// For training and tests only.
bd::core::Result<DevCertificatePaths> makeDevCertificates(
    const QString& directory, int validDays = 825, const QList<DevClientSpec>& extraClients = {});

// A PKI is renewed when any of its certificates expires within this many days.
constexpr int kDevCertificateRenewDays = 30;

// Why the PKI in `paths` must be made again at `now`: a file missing or unreadable, a leaf that
// does not verify against ca.pem (expired, not yet valid, another CA), or a certificate that
// expires within `renewWithinDays`. Empty: it is fine.
QString devCertificatesRenewalReason(
    const DevCertificatePaths& paths, const QDateTime& now, int renewWithinDays = kDevCertificateRenewDays);

// The PKI in `directory`, made anew (every file replaced) when devCertificatesRenewalReason says
// so; `renewedBecause` (optional) receives the reason, empty when the existing PKI was kept.
// Error codes as makeDevCertificates ("certs.*").
bd::core::Result<DevCertificatePaths> ensureDevCertificates(const QString& directory,
    const QDateTime& now,
    QString* renewedBecause = nullptr,
    int renewWithinDays = kDevCertificateRenewDays,
    int validDays = 825);

} // namespace bd::training
