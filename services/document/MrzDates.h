#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace bd::document {

// YYMMDD dates of the zone. The century is not written: a date of birth is the most recent one
// not after today; an expiry (or "valid until") date lies in 20xx up to today + 20 years, else
// 19xx. Invalid dates (990231, letters, fillers) give a null QDate. Pure.
class MrzDates
{
public:
    static QDate birth(QStringView yymmdd, const QDate& today);
    // ICAO 9303 part 3: an unknown part of a date of birth is written with fillers: "YY<<<<"
    // (day and month unknown), "YYMM<<" (day unknown) or "<<<<<<" (all unknown). Gives the known
    // part in ISO 8601 reduced precision ("1983", "1983-07") or "" when all is unknown; a null
    // QString when the text is not such a partial date (a full date or garbage).
    static QString partialBirth(QStringView yymmdd, const QDate& today);
    static QDate expiry(QStringView yymmdd, const QDate& today);
    // "YYMMDD" for a date (used by the generator); empty for a null date.
    static QString toZone(const QDate& date);
    static constexpr int expiryWindowYears = 20;
};

} // namespace bd::document
