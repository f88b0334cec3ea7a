#pragma once

#include "services/document/MrzRecord.h"

#include <QDate>
#include <QStringList>

namespace bd::document {

// ICAO 9303 check digit over A-Z, 0-9 and '<' (weights 7,3,1). Returns -1 for a character outside
// the MRZ alphabet.
int mrzCheckDigit(QStringView text);

// Parses and validates a machine-readable zone (TD1, TD2, TD3, MRV-A, MRV-B). Pure and thread-safe;
// "today" decides date centuries and the expiry/age warnings (an invalid today means the system
// date). Bad input never throws: it gives a record with error issues. When check digits fail and
// repairConfusables is on, OCR confusions (O/0, I/1, B/8, S/5, Z/2, G/6, '<' read as K or C) are
// repaired where the field type allows and only when every check digit then passes; each changed
// character is listed in MrzRecord::repairs. A valid zone is never repaired.
class MrzParser
{
public:
    struct Options
    {
        QDate today;
        bool repairConfusables = true; // try O/0, I/1, ... repairs when check digits fail
    };

    static MrzRecord parse(const QStringList& lines, const Options& options);
    // Splits text on newlines (CR, LF, CRLF) and parses it.
    static MrzRecord parseText(const QString& text, const Options& options);

    // Trims every line, upper-cases a-z and drops empty lines (what parse() does first).
    static QStringList normalizeLines(const QStringList& lines);
    // Splits on CR, LF and CRLF (empty lines kept; parse() drops them).
    static QStringList splitText(const QString& text);
};

} // namespace bd::document
