#pragma once

#include "services/document/MrzRecord.h"

#include <QList>
#include <QStringList>

namespace bd::document {

// What a position of the zone may hold; drives validation and confusable repair.
enum class MrzCharClass
{
    Alpha, // letters and '<' (codes, names, sex)
    Digit, // digits only (dates, check digits; '<' only where the layout allows an empty digit)
    AlphaNum, // letters, digits and '<' (document number, optional data)
};

enum class MrzFieldKind
{
    DocumentCode,
    Country,
    Name, // primary and secondary identifier in one field, "<<" between them (ICAO 9303)
    Surname, // primary identifier alone (FRA-ID line 1)
    GivenNames, // secondary identifier alone (FRA-ID line 2, given names separated by "<<")
    DocumentNumber,
    Date, // YYMMDD
    YearMonth, // YYMM, a month in the past (FRA-ID date of issue)
    Sex,
    OptionalData,
};

struct MrzFieldSpec
{
    QString name; // "documentCode", "issuingState", "name", "documentNumber", "nationality", ...
    MrzFieldKind kind = MrzFieldKind::OptionalData;
    MrzSpan span;
};

// One check digit: the characters it protects (in order) and where the digit sits.
struct MrzCheckSpec
{
    QString field; // "documentNumber", "dateOfBirth", "dateOfExpiry", "optionalData", "composite"
    QList<MrzSpan> covered;
    MrzSpan digit;
    bool emptyWhenFillers = false; // '<' (or '0') accepted when every covered character is '<'
};

// The fixed geometry of one format, adjusted to the content where ICAO lets the content decide
// (TD1/TD2 document numbers longer than 9 characters continue in the optional data).
struct MrzLayout
{
    MrzFormat format = MrzFormat::Unknown;
    int lineCount = 0;
    int lineLength = 0;
    QList<MrzFieldSpec> fields;
    QList<MrzCheckSpec> checks;
    MrzSpan numberContinuation; // TD1/TD2 long numbers: the extra characters in the optional data
    MrzSpan numberCheckDigit; // where the document-number check digit actually sits
    // A national rule that replaced an ICAO 9303 check on these lines (MrzRecord::variant), e.g.
    // "BEL-TD1-long-number"; empty for plain ICAO 9303 (docs/document-reading.md).
    QString variant;
    QString variantDetail; // English: which rule was applied, for the "nationalVariant" warning

    // Character class of a position; Alpha for positions outside every field (never happens for
    // complete zones).
    MrzCharClass charClassAt(int line, int column) const;
    // A check digit protects the character at (line, column): a repair there is proven by it.
    bool protectedByCheckDigit(int line, int column) const;
    // (line, column) is itself a check digit (a passing one is proven by the data it covers).
    bool isCheckDigit(int line, int column) const;
    const MrzFieldSpec* field(const QString& name) const;
};

int mrzLineCount(MrzFormat format);
int mrzLineLength(MrzFormat format);

// Format from the shape of the lines: 3 lines -> TD1; 2 lines -> TD3/MRV-A when the longer line has
// 40 or more characters, else TD2/MRV-B; 'V' as first character selects the visa formats. Two
// short lines whose first starts "IDFRA" are the French identity card issued before 2021
// (FrenchId): an ICAO TD2 from France starts "I<FRA" and the card issued since 2021 is a TD1.
MrzFormat detectMrzFormat(const QStringList& lines);

// Layout for format; lines (complete, correct length) decide the long-number layout and national
// check variants (Belgian TD1 long numbers, see MrzLayout::variant).
MrzLayout mrzLayout(MrzFormat format, const QStringList& lines);

// The characters under span, or an empty string when the lines do not reach that far.
QString mrzSlice(const QStringList& lines, const MrzSpan& span);
bool mrzCovers(const QStringList& lines, const MrzSpan& span);

// Evaluates one check digit on lines. Returns false (and leaves check untouched) when a covered
// position lies outside the lines.
bool evaluateMrzCheck(const QStringList& lines, const MrzCheckSpec& spec, MrzCheck* check);

} // namespace bd::document
