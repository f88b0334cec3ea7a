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
    static QDate expiry(QStringView yymmdd, const QDate& today);
    // "YYMMDD" for a date (used by the generator); empty for a null date.
    static QString toZone(const QDate& date);
    static constexpr int expiryWindowYears = 20;
};

} // namespace bd::document
