#include "ui/ErrorText.h"

#include "services/core/Error.h"

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
    return { tr("Unexpected error (%1).").arg(code), tr("Try again; if it persists, call support.") };
}

ErrorText::Text ErrorText::forError(const bd::core::Error& error)
{
    return forCode(error.code);
}

} // namespace bd::ui
