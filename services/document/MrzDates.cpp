#include "services/document/MrzDates.h"

namespace bd::document {

namespace {

bool split(QStringView text, int* yy, int* mm, int* dd)
{
    if (text.size() != 6)
        return false;
    int v[3] = { 0, 0, 0 };
    for (int i = 0; i < 6; ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return false;
        v[i / 2] = v[i / 2] * 10 + (c.unicode() - u'0');
    }
    *yy = v[0];
    *mm = v[1];
    *dd = v[2];
    return true;
}

} // namespace

QDate MrzDates::birth(QStringView yymmdd, const QDate& today)
{
    int yy = 0, mm = 0, dd = 0;
    if (!split(yymmdd, &yy, &mm, &dd) || !today.isValid())
        return {};
    const int centuryBase = (today.year() / 100) * 100;
    const QDate recent(centuryBase + yy, mm, dd);
    if (recent.isValid() && recent <= today)
        return recent;
    if (!recent.isValid() && centuryBase + yy <= today.year()) {
        // Not a real date in this century although the year fits (29 February of a non-leap year).
        return {};
    }
    return QDate(centuryBase - 100 + yy, mm, dd); // null when not a real date
}

QString MrzDates::partialBirth(QStringView yymmdd, const QDate& today)
{
    if (yymmdd.size() != 6 || !today.isValid())
        return {};
    if (yymmdd == u"<<<<<<")
        return QStringLiteral("");
    const bool dayUnknown = yymmdd.sliced(4) == u"<<";
    const bool monthUnknown = yymmdd.sliced(2, 2) == u"<<";
    if (!dayUnknown)
        return {};
    // The known digits as a date on the earliest possible day: the latest year not after today.
    QString probe = yymmdd.left(monthUnknown ? 2 : 4).toString();
    probe += monthUnknown ? QStringLiteral("0101") : QStringLiteral("01");
    const QDate earliest = birth(probe, today);
    if (!earliest.isValid())
        return {};
    return monthUnknown ? QString::number(earliest.year()) : earliest.toString(QStringLiteral("yyyy-MM"));
}

QDate MrzDates::expiry(QStringView yymmdd, const QDate& today)
{
    int yy = 0, mm = 0, dd = 0;
    if (!split(yymmdd, &yy, &mm, &dd) || !today.isValid())
        return {};
    const int centuryBase = (today.year() / 100) * 100;
    int year = centuryBase + yy;
    if (year > today.year() + expiryWindowYears)
        year -= 100;
    else if (year + 100 <= today.year() + expiryWindowYears)
        year += 100;
    return QDate(year, mm, dd);
}

QString MrzDates::toZone(const QDate& date)
{
    if (!date.isValid())
        return {};
    return date.toString(QStringLiteral("yyMMdd"));
}

} // namespace bd::document
