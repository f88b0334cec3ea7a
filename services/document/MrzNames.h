#pragma once

#include <QString>
#include <QStringView>

namespace bd::document {

// Names in the zone: primary identifier (surname), "<<", secondary identifier (given names),
// components separated by '<', unused positions filled with '<' (ICAO 9303-3 §4.6). Pure.
class MrzNames
{
public:
    struct Split
    {
        QString surnameRaw; // characters before the first "<<" (the whole field when there is none)
        QString givenNamesRaw; // characters after the first "<<", fillers included
        int givenOffset = -1; // column offset of givenNamesRaw inside the field, -1 when absent
        QString surname; // components joined with single spaces
        QString givenNames;
    };

    static Split split(QStringView field);
    // "ANNA<MARIA<<<<" -> "ANNA MARIA".
    static QString readable(QStringView raw);
    // A last position holding a letter means the issuer may have cut the name.
    static bool possiblyTruncated(QStringView field);

    // Doc 9303-3 §6 transliteration of Latin text for the zone: upper case, Ä->AE, Ö->OE, Ü->UE,
    // ß->SS, Å->AA, Æ->AE, Ø->OE, Þ->TH, Ĳ->IJ, Œ->OE, other diacritics dropped; apostrophes and
    // other punctuation omitted; spaces and hyphens become '<'. Characters it cannot map (e.g.
    // Cyrillic) are reported through unmapped (first one found) and left out.
    static QString transliterate(QStringView text, QChar* unmapped = nullptr);

    // Builds the name field of width characters, shortening given names to initials from the last
    // one and then cutting, as the issuer would. truncated is set when information was lost.
    static QString field(const QString& surname, const QString& givenNames, int width, bool* truncated = nullptr);
};

} // namespace bd::document
