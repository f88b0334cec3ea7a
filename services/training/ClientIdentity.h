#pragma once

#include "services/core/Result.h"
#include "services/model/Model.h"

#include <QSslCertificate>
#include <QString>

namespace bd::training {

// Who is on the other end of a mutual-TLS connection, from the client certificate the gateway
// verified (docs/gateway-protocol.md, "Authority from the certificate"): the subject's
// organizational unit (OU) names the role, the common name (CN) the officer. The request body's
// `profile` and `officerId` are claims; the certificate is the authority.
struct ClientIdentity
{
    enum class Role
    {
        Officer, // searches, records, hotlist with the profile of the certificate
        Admin, // the training admin endpoint (/v1/admin/faults) only
    };
    static constexpr const char* kAdminRole = "admin";

    Role role = Role::Officer;
    bd::model::UserProfile profile = bd::model::UserProfile::BorderFirstLine; // Officer only
    QString officerId; // the subject CN

    // Error code "gateway.identity": no certificate, not exactly one OU, an OU that is neither a
    // profile key (border-first-line, border-second-line, consular, trainer) nor "admin", or no CN
    // (or one over 64 characters).
    static bd::core::Result<ClientIdentity> fromCertificate(const QSslCertificate& certificate);
};

} // namespace bd::training
