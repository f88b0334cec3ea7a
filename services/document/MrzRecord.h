#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd::document {

enum class MrzFormat
{
    Unknown,
    TD1, // ID card, 3 x 30
    TD2, // 2 x 36
    TD3, // passport, 2 x 44
    MRVA, // visa, 2 x 44
    MRVB, // visa, 2 x 36
    FrenchId // French national identity card issued before 2021: 2 x 36, "IDFRA", its own layout
};

// "TD1", "TD2", "TD3", "MRV-A", "MRV-B", "FRA-ID", "unknown"
QString formatName(MrzFormat format);

// Where a piece of the MRZ sits: 0-based line and column, length in characters.
struct MrzSpan
{
    int line = -1;
    int column = -1;
    int length = 0;
    bool contains(int atLine, int atColumn) const
    {
        return atLine == line && atColumn >= column && atColumn < column + length;
    }
    bool operator==(const MrzSpan&) const = default;
};

// One field of the zone, e.g. "documentNumber", "dateOfBirth", "surname".
struct MrzField
{
    QString name; // stable identifier (camelCase), used in JSON and by the UI
    QString raw; // exactly as in the zone, fillers included
    QString value; // interpreted: fillers removed/spaces, dates as YYYY-MM-DD, codes trimmed
    MrzSpan span;
    bool operator==(const MrzField&) const = default;
};

// One check digit: which field it protects, what the zone says and what it should say.
struct MrzCheck
{
    QString field; // "documentNumber", "dateOfBirth", "dateOfExpiry", "optionalData", "composite"
    QChar found; // the character in the zone ('<' where empty is allowed)
    QChar expected; // computed from the protected characters
    bool ok = false;
    MrzSpan span; // position of the check digit itself
    bool operator==(const MrzCheck&) const = default;
};

// A problem or remark. Errors make the document invalid; warnings are shown to the officer.
struct MrzIssue
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Error;
    QString code; // stable, e.g. "length", "character", "checkDigit", "expired", "expiresSoon", "minor",
                  // "unknownCountry", "birthAfterIssue", "dateInvalid", "sex", "truncatedName"
    QString detail; // precise English text for CLI/diagnostics, e.g. "line 2 has 43 characters, TD3 needs 44"
    MrzSpan span; // where, when it points at characters
    bool operator==(const MrzIssue&) const = default;
};

// A character changed by confusable repair (OCR or hand-typed input).
struct MrzRepair
{
    int line = -1;
    int column = -1;
    QChar from;
    QChar to;
    bool operator==(const MrzRepair&) const = default;
};

// The result of reading one machine-readable zone. Always filled as far as the input allows:
// bad input gives a partial record with issues, never an exception.
struct MrzRecord
{
    MrzFormat format = MrzFormat::Unknown;
    QStringList lines; // as read, after any repair (upper case, trimmed)
    QList<MrzField> fields;
    QList<MrzCheck> checks;
    QList<MrzIssue> issues;
    QList<MrzRepair> repairs;
    bool valid = false; // structure OK and every check digit passes (warnings do not invalidate)
    // A national rule applied where ICAO 9303 alone would call the zone invalid, e.g.
    // "BEL-TD1-long-number" (docs/document-reading.md lists them); empty for plain ICAO 9303.
    QString variant;
    // Read from an image: per line, per character, the recogniser's probability for the character
    // that stands in `lines` (0..1). Empty for typed and desk-reader input.
    QList<QList<float>> confidence;
    // Read from an image: the characters below MrzRecord::weakConfidence (the fillers that end a
    // field: below ocr::MrzConfidenceRules::trailingFillerWeak), in reading order.
    QList<MrzSpan> weakCharacters;
    static constexpr float weakConfidence = 0.80f;

    const MrzField* field(const QString& name) const;
    QString value(const QString& name) const; // empty when absent
    bool checksPass() const; // all present check digits ok
    bool hasErrors() const;
};

} // namespace bd::document
