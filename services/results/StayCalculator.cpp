#include "services/results/StayCalculator.h"

#include <algorithm>
#include <vector>

namespace bd::results {
namespace {

using bd::core::Error;

// Presence as a day bitmap from `first`, with prefix sums so a 180-day window costs O(1).
class Presence
{
public:
    Presence(const QList<Stay>& stays, const QDate& controlDate, int extraDays)
    {
        m_first = controlDate.toJulianDay() - StayCalculator::kWindowDays;
        for (const Stay& s : stays)
            m_first = std::min(m_first, s.entry.toJulianDay());
        const qint64 last = controlDate.toJulianDay() + extraDays + StayCalculator::kWindowDays;
        m_days.assign(static_cast<size_t>(last - m_first + 1), 0);
        for (const Stay& s : stays) {
            const qint64 end = (s.exit.isValid() ? s.exit : controlDate).toJulianDay();
            for (qint64 d = s.entry.toJulianDay(); d <= end; ++d)
                m_days[index(d)] = 1;
        }
        rebuild();
    }
    void setPresent(qint64 julian) { m_days[index(julian)] = 1; }
    bool present(qint64 julian) const { return m_days[index(julian)] != 0; }
    void rebuild()
    {
        m_prefix.assign(m_days.size() + 1, 0);
        for (size_t i = 0; i < m_days.size(); ++i)
            m_prefix[i + 1] = m_prefix[i] + m_days[i];
    }
    // Days present in [julian - 179, julian]; assumes rebuild() after the last change.
    int used(qint64 julian) const
    {
        const qint64 lo = std::max(m_first, julian - StayCalculator::kWindowDays + 1);
        return m_prefix[index(julian) + 1] - m_prefix[index(lo)];
    }

private:
    size_t index(qint64 julian) const { return static_cast<size_t>(julian - m_first); }
    qint64 m_first = 0;
    std::vector<int> m_days;
    std::vector<int> m_prefix;
};

// Longest run of consecutive days from `start` (inclusive) that can be added to the presence
// while every day of it keeps used(d) <= 90. Adding day d only raises used() on d and later days,
// and later days of the run are checked in turn, so a greedy extension is exact.
int extendFrom(Presence presence, qint64 start)
{
    int days = 0;
    for (qint64 d = start; days <= StayCalculator::kMaxDays; ++d) {
        presence.setPresent(d);
        presence.rebuild();
        if (presence.used(d) > StayCalculator::kMaxDays)
            break;
        ++days;
    }
    return days;
}

std::optional<Error> validate(const QList<Stay>& stays, const QDate& controlDate)
{
    if (!controlDate.isValid())
        return Error { QStringLiteral("stay.invalidDate"), QStringLiteral("the control date is not a valid date"), {} };
    QList<Stay> sorted = stays;
    for (qsizetype i = 0; i < stays.size(); ++i) {
        const Stay& s = stays.at(i);
        if (!s.entry.isValid())
            return Error { QStringLiteral("stay.invalidDate"),
                QStringLiteral("stay %1: the entry date is not valid").arg(i + 1),
                { { QStringLiteral("stay"), static_cast<int>(i + 1) } } };
        if (s.exit.isValid() && s.exit < s.entry)
            return Error { QStringLiteral("stay.exitBeforeEntry"),
                QStringLiteral("stay %1: exit %2 is before entry %3")
                    .arg(i + 1)
                    .arg(s.exit.toString(Qt::ISODate), s.entry.toString(Qt::ISODate)),
                { { QStringLiteral("stay"), static_cast<int>(i + 1) }, { QStringLiteral("exit"), s.exit },
                    { QStringLiteral("entry"), s.entry } } };
        if (s.entry > controlDate || (s.exit.isValid() && s.exit > controlDate))
            return Error { QStringLiteral("stay.afterControl"),
                QStringLiteral("stay %1 ends after the control date %2")
                    .arg(i + 1)
                    .arg(controlDate.toString(Qt::ISODate)),
                { { QStringLiteral("stay"), static_cast<int>(i + 1) },
                    { QStringLiteral("controlDate"), controlDate } } };
        if (!s.exit.isValid() && i != stays.size() - 1
            && std::any_of(stays.cbegin(), stays.cend(), [&](const Stay& o) { return o.entry > s.entry; }))
            return Error { QStringLiteral("stay.openNotLast"),
                QStringLiteral("stay %1 has no exit but a later stay follows").arg(i + 1),
                { { QStringLiteral("stay"), static_cast<int>(i + 1) } } };
    }
    std::sort(sorted.begin(), sorted.end(), [](const Stay& a, const Stay& b) { return a.entry < b.entry; });
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        const QDate prevEnd = sorted.at(i - 1).exit.isValid() ? sorted.at(i - 1).exit : controlDate;
        if (sorted.at(i).entry <= prevEnd)
            return Error { QStringLiteral("stay.overlap"),
                QStringLiteral("the stays entering on %1 and %2 overlap")
                    .arg(sorted.at(i - 1).entry.toString(Qt::ISODate), sorted.at(i).entry.toString(Qt::ISODate)),
                { { QStringLiteral("entry"), sorted.at(i - 1).entry },
                    { QStringLiteral("otherEntry"), sorted.at(i).entry } } };
    }
    return std::nullopt;
}

} // namespace

int StayCalculator::daysUsedOn(const QList<Stay>& stays, const QDate& day)
{
    const Presence presence(stays, day, 0);
    return presence.used(day.toJulianDay());
}

bd::core::Result<StayAssessment> StayCalculator::assess(const QList<Stay>& stays, const QDate& controlDate)
{
    if (const auto error = validate(stays, controlDate))
        return *error;
    const Presence presence(stays, controlDate, kMaxDays + 1);
    const qint64 c = controlDate.toJulianDay();
    StayAssessment a;
    a.controlDate = controlDate;
    a.windowStart = controlDate.addDays(-(kWindowDays - 1));
    a.daysUsed = presence.used(c);
    a.daysRemaining = std::max(0, kMaxDays - a.daysUsed);
    a.overstayDays = std::max(0, a.daysUsed - kMaxDays);
    a.present = presence.present(c);
    if (a.present) {
        // Presence continues from the control date: count the days c, c+1, ... that stay legal.
        int days = 0;
        if (a.daysUsed <= kMaxDays) {
            Presence extended = presence;
            days = 1;
            for (qint64 d = c + 1; days <= kMaxDays; ++d) {
                extended.setPresent(d);
                extended.rebuild();
                if (extended.used(d) > kMaxDays)
                    break;
                ++days;
            }
        }
        a.daysAllowedFromControl = days;
        a.latestExit = days > 0 ? controlDate.addDays(days - 1) : QDate();
    } else {
        a.daysAllowedFromControl = extendFrom(presence, c);
        a.latestExit = a.daysAllowedFromControl > 0 ? controlDate.addDays(a.daysAllowedFromControl - 1) : QDate();
    }
    // The first later day on which a new stay could begin (after leaving, if present): a day outside
    // the history whose window holds at most 89 days, so that one more day is legal.
    for (qint64 d = c + 1; d <= c + kWindowDays; ++d) {
        if (!presence.present(d) && presence.used(d) + 1 <= kMaxDays) {
            a.nextPossibleEntry = QDate::fromJulianDay(d);
            break;
        }
    }
    return a;
}

bd::core::Result<int> StayCalculator::plannedStayLength(const QList<Stay>& stays, const QDate& entry)
{
    const QDate lastHistoryDay = entry.addDays(-1);
    if (const auto error = validate(stays, lastHistoryDay))
        return *error;
    for (const Stay& s : stays) {
        if (!s.exit.isValid())
            return Error { QStringLiteral("stay.openStay"),
                QStringLiteral("planning needs every earlier stay to have an exit date"), {} };
    }
    const Presence presence(stays, entry, kMaxDays + 1);
    return extendFrom(presence, entry.toJulianDay());
}

} // namespace bd::results
