#pragma once

#include "services/core/Result.h"
#include "services/document/MrzRecord.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace bd::document {

// What goes into a machine-readable zone, in readable form.
struct MrzDocumentData
{
    MrzFormat format = MrzFormat::TD3;
    QString documentCode; // "P", "PD", "I", "ID", "AC", "V", "VB"...; empty: P, I or V by format
    QString issuingState; // "UTO", "D", "DEU"
    QString surname; // any Latin spelling: "Müller-Lüdenscheidt" -> MUELLER<LUEDENSCHEIDT
    QString givenNames; // "Anna Maria"
    QString documentNumber; // up to 9 characters; TD1/TD2 also longer (continued in the optional data)
    QString nationality;
    QDate dateOfBirth;
    QChar sex = QLatin1Char('<'); // 'M', 'F' or '<' (never 'X')
    QDate dateOfExpiry;
    QString optionalData; // personal number (TD3), optional data (line 1 for TD1)
    QString optionalData2; // TD1 line 2 only
    // FRA-ID: documentNumber is the 12-character card number (YYMM of issue, department, sequence),
    // optionalData the administrative code (6), givenNames separated by commas (else by spaces);
    // documentCode, issuingState and nationality may be empty or "ID"/"FRA"; no dateOfExpiry.
};

// Builds valid ICAO 9303 zones (TD1, TD2, TD3, MRV-A, MRV-B) and the French identity card issued
// before 2021 (FRA-ID, docs/document-reading.md) with every check digit; names are
// transliterated (Doc 9303-3 §6) and truncated to fit. Pure; used by the training gateway and tests.
class MrzGenerator
{
public:
    // Error codes: "mrz.generate.format", ".documentCode", ".country", ".name", ".number", ".date",
    // ".sex", ".optionalData"; detail names the field and the rule.
    static bd::core::Result<QStringList> generate(const MrzDocumentData& data);
};

} // namespace bd::document
