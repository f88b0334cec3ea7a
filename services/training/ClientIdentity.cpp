#include "services/training/ClientIdentity.h"

namespace bd::training {

namespace {

bd::core::Error identityError(const QString& detail)
{
    return bd::core::Error { QStringLiteral("gateway.identity"), detail, {} };
}

} // namespace

bd::core::Result<ClientIdentity> ClientIdentity::fromCertificate(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return identityError(QStringLiteral("a client certificate is required"));
    const QStringList units = certificate.subjectInfo(QSslCertificate::OrganizationalUnitName);
    if (units.size() != 1)
        return identityError(QStringLiteral("the client certificate must name exactly one role in its subject OU "
                                            "(a profile or 'admin'); make new development certificates"));
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    if (names.size() != 1 || names.first().isEmpty() || names.first().size() > 64)
        return identityError(QStringLiteral("the client certificate must name the officer in its subject CN "
                                            "(1 to 64 characters)"));
    ClientIdentity identity;
    identity.officerId = names.first();
    const QString& unit = units.first();
    if (unit == QLatin1String(kAdminRole)) {
        identity.role = Role::Admin;
        return identity;
    }
    const auto profile = bd::model::profileFromKey(unit);
    if (!profile)
        return identityError(
            QStringLiteral("the client certificate's role '%1' is neither a profile nor 'admin'").arg(unit.left(40)));
    identity.profile = *profile;
    return identity;
}

} // namespace bd::training
