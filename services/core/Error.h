#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace bd::core {

// One error value for every service area: a machine-readable code (area-qualified, e.g.
// "mrz.length"), a precise detail for logs and diagnostics (never personal data), and context.
struct Error
{
    QString code;
    QString detail;
    QVariantMap context;

    bool operator==(const Error&) const = default;
};

} // namespace bd::core

Q_DECLARE_METATYPE(bd::core::Error)
