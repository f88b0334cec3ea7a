#pragma once

#include "services/document/MrzRecord.h"

#include <QDate>
#include <QStringList>

namespace bd::document {

// ICAO 9303 check digit over A-Z, 0-9 and '<' (weights 7,3,1). Returns -1 for a character outside
// the MRZ alphabet.
int mrzCheckDigit(QStringView text);

// Parses and validates a machine-readable zone (TD1, TD2, TD3, MRV-A, MRV-B). Pure and thread-safe;
// "today" decides date centuries and the expiry/age warnings.
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
};

} // namespace bd::document
