#include "services/document/MrzLogTokens.h"

#include "services/core/Redaction.h"

namespace bd::document {

QStringList sensitiveLogTokens(const MrzRecord& record)
{
    QStringList values;
    for (const MrzField& field : record.fields) {
        const QString& name = field.name;
        if (name == QLatin1String("surname") || name == QLatin1String("givenNames")
            || name == QLatin1String("documentNumber") || name.startsWith(QLatin1String("optionalData"))
            || name == QLatin1String("personalNumber")) {
            values << field.value << field.raw;
        }
    }
    return bd::core::sensitiveTokensOf(values);
}

} // namespace bd::document
