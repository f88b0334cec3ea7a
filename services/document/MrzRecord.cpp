#include "services/document/MrzRecord.h"

#include <algorithm>

namespace bd::document {

QString formatName(MrzFormat format)
{
    switch (format) {
    case MrzFormat::TD1:
        return QStringLiteral("TD1");
    case MrzFormat::TD2:
        return QStringLiteral("TD2");
    case MrzFormat::TD3:
        return QStringLiteral("TD3");
    case MrzFormat::MRVA:
        return QStringLiteral("MRV-A");
    case MrzFormat::MRVB:
        return QStringLiteral("MRV-B");
    case MrzFormat::FrenchId:
        return QStringLiteral("FRA-ID");
    case MrzFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

const MrzField* MrzRecord::field(const QString& name) const
{
    const auto it = std::find_if(fields.cbegin(), fields.cend(), [&](const MrzField& f) { return f.name == name; });
    return it == fields.cend() ? nullptr : &*it;
}

QString MrzRecord::value(const QString& name) const
{
    const MrzField* f = field(name);
    return f ? f->value : QString();
}

bool MrzRecord::checksPass() const
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const MrzCheck& c) { return c.ok; });
}

bool MrzRecord::hasErrors() const
{
    return std::any_of(
        issues.cbegin(), issues.cend(), [](const MrzIssue& i) { return i.severity == MrzIssue::Severity::Error; });
}

} // namespace bd::document
