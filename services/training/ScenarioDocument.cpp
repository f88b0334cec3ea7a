#include "services/training/ScenarioDocument.h"

#include "services/document/MrzGenerator.h"

#include <QHash>

namespace bd::training {

bd::core::Result<QStringList> scenarioZone(const CaseFile& c)
{
    bd::document::MrzDocumentData d;
    d.format = bd::document::MrzFormat::TD3;
    d.documentCode = c.document.documentCode.isEmpty() ? QStringLiteral("P") : c.document.documentCode;
    d.issuingState = c.document.issuingState;
    d.surname = c.person.surname;
    d.givenNames = c.person.givenNames;
    d.documentNumber = c.document.number;
    d.nationality = c.person.nationality.isEmpty() ? c.document.issuingState : c.person.nationality;
    d.dateOfBirth = c.person.dateOfBirth;
    d.sex = c.person.sex.isEmpty() ? QLatin1Char('<') : c.person.sex.at(0);
    d.dateOfExpiry = c.document.dateOfExpiry;
    return bd::document::MrzGenerator::generate(d);
}

bd::core::Result<SyntheticDocumentSpec> scenarioDocumentSpec(const CaseFile& c)
{
    const auto lines = scenarioZone(c);
    if (!lines)
        return lines.error();
    SyntheticDocumentSpec spec;
    spec.mrzLines = lines.value();
    spec.visualFields = {
        QStringLiteral("SURNAME=%1").arg(c.person.surname), QStringLiteral("GIVEN NAMES=%1").arg(c.person.givenNames),
        QStringLiteral("NATIONALITY=%1")
            .arg(c.person.nationality.isEmpty() ? c.document.issuingState : c.person.nationality),
        QStringLiteral("DATE OF BIRTH=%1").arg(c.person.dateOfBirth.toString(QStringLiteral("dd MMM yyyy")).toUpper())
    };
    spec.layout = DocumentLayout::PassportPage;
    spec.dpi = 300;
    spec.seed = static_cast<quint64>(qHash(c.id));
    return spec;
}

} // namespace bd::training
