#include "ui/MrzText.h"

#include "services/document/MrzRecord.h"

namespace bd::ui {

QString MrzText::unverifiedFields(const QStringList& fieldNames)
{
    QStringList fields;
    for (const QString& f : fieldNames)
        fields << (f == QLatin1String("name") ? tr("the name")
                : f == QLatin1String("zone")  ? tr("the zone")
                                              : fieldLabel(f));
    return fields.join(QStringLiteral(", "));
}

QString MrzText::fieldLabel(const QString& name)
{
    if (name == QLatin1String("documentCode"))
        return tr("Document type");
    if (name == QLatin1String("issuingState"))
        return tr("Issuing state");
    if (name == QLatin1String("surname"))
        return tr("Surname");
    if (name == QLatin1String("givenNames"))
        return tr("Given names");
    if (name == QLatin1String("documentNumber"))
        return tr("Document number");
    if (name == QLatin1String("nationality"))
        return tr("Nationality");
    if (name == QLatin1String("dateOfBirth"))
        return tr("Date of birth");
    if (name == QLatin1String("sex"))
        return tr("Sex");
    if (name == QLatin1String("dateOfExpiry"))
        return tr("Date of expiry");
    if (name == QLatin1String("personalNumber"))
        return tr("Personal number");
    if (name == QLatin1String("optionalData") || name == QLatin1String("optionalData1"))
        return tr("Optional data");
    if (name == QLatin1String("optionalData2"))
        return tr("Optional data (line 2)");
    if (name == QLatin1String("dateOfIssue"))
        return tr("Date of issue (month)");
    if (name == QLatin1String("administrativeCode"))
        return tr("Administrative code");
    if (name == QLatin1String("composite"))
        return tr("Composite check");
    return name;
}

QString MrzText::issueText(const bd::document::MrzIssue& issue)
{
    const QString& c = issue.code;
    const QString where = issue.span.line >= 0
        ? tr(" (line %1, position %2)").arg(issue.span.line + 1).arg(issue.span.column + 1)
        : QString();
    if (c == QLatin1String("length"))
        return tr("The zone does not have the length of a known document format.") + where;
    if (c == QLatin1String("format"))
        return tr("The zone does not match a known document format.");
    if (c == QLatin1String("character"))
        return tr("The zone contains a character that is not allowed in a machine-readable zone.") + where;
    if (c == QLatin1String("checkDigit"))
        return tr("A check digit does not match: the zone was misread or altered. Compare with the data page.") + where;
    if (c == QLatin1String("expired"))
        return tr("The document has expired.");
    if (c == QLatin1String("expiresSoon"))
        return tr("The document expires soon.");
    if (c == QLatin1String("minor"))
        return tr("The holder is a minor.");
    if (c == QLatin1String("unknownCountry"))
        return tr("The country code is not a known ICAO code.") + where;
    if (c == QLatin1String("birthAfterIssue") || c == QLatin1String("birthAfterExpiry"))
        return tr("The dates are inconsistent: birth is after the document dates.");
    if (c == QLatin1String("dateInvalid"))
        return tr("A date in the zone is not a valid calendar date.") + where;
    if (c == QLatin1String("dateOfBirthPartlyUnknown"))
        return tr("The date of birth is not fully known: the issuing state wrote the unknown part as fillers.");
    if (c == QLatin1String("sex"))
        return tr("The sex field holds a value other than M, F or <.") + where;
    if (c == QLatin1String("truncatedName"))
        return tr("The name may be truncated: it fills the whole name field.");
    if (c == QLatin1String("noExpiryInZone"))
        return tr("The zone of this French identity card has no expiry date: read the expiry date from the card.");
    if (c == QLatin1String("nationalityDerived"))
        return tr("Nationality FRA is derived: the French identity card has no nationality field.");
    if (c == QLatin1String("nationalVariant"))
        return tr("A national rule was applied to a check digit (older Belgian card): the zone is accepted.") + where;
    if (c == QLatin1String("repaired"))
        return tr("Characters were corrected so that the check digits pass; compare them with the data page.");
    if (c == QLatin1String("transliterated"))
        return tr("A letter with an accent or tilde (such as \u00D1) stands in the zone; it was read as its ICAO "
                  "transliteration (such as N).")
            + where;
    if (c == QLatin1String("unverifiedRepair"))
        return tr("UNVERIFIED: the check digits pass only after changing characters the reader was sure of, or two "
                  "different corrections both pass. Compare the zone with the data page and type it if it differs.")
            + where;
    if (c == QLatin1String("uncertainCharacters"))
        return tr("UNVERIFIED: several characters under one check digit were read with low confidence, so its pass "
                  "may be a coincidence. Compare the zone with the data page and type it if it differs.")
            + where;
    if (c == QLatin1String("notOcrB"))
        return tr("The zone is not printed in the MRZ font OCR-B; it was read by the fallback recogniser. Some "
                  "issuers print it so, but check the document's print and security features.");
    if (c == QLatin1String("verifyVisualZone"))
        return tr("Characters were read with low confidence where a misreading may go unnoticed: verify them against "
                  "the visual zone.")
            + where;
    return tr("Remark on the zone (%1).").arg(c) + where;
}

} // namespace bd::ui
