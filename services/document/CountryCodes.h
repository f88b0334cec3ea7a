#pragma once

#include <QString>
#include <QStringView>

namespace bd::document {

// ICAO 9303 codes for issuing States, organisations and nationalities: ISO 3166-1 alpha-3 plus the
// ICAO additions (D for Germany, UTO, EUE, UNO, UNA, UNK, XPO, XOM, XBA, XCC, XEC, XIM, XXA, XXB,
// XXC, XXX, GBD, GBN, GBO, GBP, GBS, RKS). Pure and thread-safe.
class CountryCodes
{
public:
    // code as written in the zone (3 characters, "D<<" allowed) or trimmed ("D", "UTO").
    static bool isKnown(QStringView code);
    // Trims trailing fillers: "D<<" -> "D", "UTO" -> "UTO".
    static QString normalized(QStringView code);
    // The 3-character zone form: "D" -> "D<<". Empty when the code is longer than 3 characters.
    static QString zoneForm(QStringView code);
};

} // namespace bd::document
