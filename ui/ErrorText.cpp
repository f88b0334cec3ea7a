#include "ui/ErrorText.h"

#include "services/core/Error.h"
#include "services/gateway/GatewayClient.h"

namespace bd::ui {

ErrorText::Text ErrorText::forCode(const QString& code)
{
    if (code == QLatin1String("settings.invalid") || code == QLatin1String("settings.unknownKey")
        || code == QLatin1String("settings.unreadable"))
        return { tr("The workstation configuration is not valid."), tr("Call the site administrator.") };
    if (code == QLatin1String("ocr.unreadableImage"))
        return { tr("The file could not be opened as an image."),
            tr("Choose a PNG or JPEG photo or scan of the data page.") };
    if (code == QLatin1String("ocr.noMrz"))
        return { tr("No machine-readable zone was found in the image."),
            tr("Use a sharp, evenly lit image of the whole data page, or type the zone.") };
    if (code == QLatin1String("capture.open"))
        return { tr("The camera could not be opened."),
            tr("Check that it is connected and not in use by another program, or read the document another way.") };
    if (code == QLatin1String("capture.read"))
        return { tr("The camera stopped delivering pictures."),
            tr("Check its cable and press Camera again, or read the document another way.") };
    // The central gateway (services/gateway/GatewayClient.h errors::).
    namespace errors = bd::gateway::errors;
    if (code == QLatin1String(errors::kUntrustedServer) || code == QLatin1String(errors::kTls))
        return { tr("The gateway could not be trusted (TLS)."), tr("Check the gateway CA in the site settings.") };
    if (code == QLatin1String(errors::kClientCertificateRejected))
        return { tr("The gateway refused this workstation's certificate."),
            tr("Call the site administrator: the workstation certificate may have expired or been revoked.") };
    if (code == QLatin1String(errors::kKeyPermissions))
        return { tr("The workstation's private key can be read by other users, so it is not used."),
            tr("Call the site administrator: the key file must be readable by this user only (mode 0600).") };
    if (code == QLatin1String(errors::kUnreachable))
        return { tr("The gateway cannot be reached."), tr("Check the network; repeat the query when it is back.") };
    if (code == QLatin1String(errors::kTimeout))
        return { tr("The gateway did not answer in time."), tr("Repeat the query; if it persists, call support.") };
    if (code == QLatin1String(errors::kTooLarge) || code == QLatin1String(errors::kMalformed)
        || code == QLatin1String(errors::kSchema) || code == QLatin1String(errors::kHttp))
        return { tr("The gateway's answer could not be understood."),
            tr("Repeat the query; if it persists, call support.") };
    if (code == QLatin1String(errors::kTrainingGatewayInLiveMode))
        return { tr("The configured gateway is a TRAINING gateway; a live workstation refuses it."),
            tr("Call the site administrator: the live gateway URL points to a training gateway.") };
    if (code == QLatin1String(errors::kLiveGatewayInTrainingMode))
        return { tr("The configured gateway is a LIVE gateway; a training workstation refuses it."),
            tr("Call the trainer: the classroom gateway URL points to a live gateway.") };
    if (code == QLatin1String(errors::kModeUnconfirmed))
        return { tr("The gateway did not confirm in time that it is the right gateway (live or training); its "
                    "answers are not shown."),
            tr("Repeat the query; if it persists, check the network and call support.") };
    if (code == QLatin1String(errors::kConfig))
        return { tr("The gateway settings are incomplete or invalid."), tr("Call the site administrator.") };
    return { tr("Unexpected error (%1).").arg(code), tr("Try again; if it persists, call support.") };
}

ErrorText::Text ErrorText::forError(const bd::core::Error& error)
{
    return forCode(error.code);
}

} // namespace bd::ui
