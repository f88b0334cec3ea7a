#pragma once

#include "services/core/Result.h"

#include <QDate>
#include <QList>

namespace bd::results {

// One short stay in the Schengen area: entry and exit are both days of stay. A null exit means
// "still present" and is counted up to the control date.
struct Stay
{
    QDate entry;
    QDate exit;
    bool operator==(const Stay&) const = default;
};

// The 90/180 rule on a control date (SBC Art. 6(1)): days used in the 180-day window that ends on
// the control date, what is left, any overstay, and how long the traveller may still stay.
struct StayAssessment
{
    QDate controlDate;
    QDate windowStart; // controlDate - 179
    int daysUsed = 0; // days of stay inside [windowStart, controlDate]
    int daysRemaining = 0; // max(0, 90 - daysUsed)
    int overstayDays = 0; // max(0, daysUsed - 90)
    bool present = false; // the history places the traveller in the area on the control date
    // Present: the last day the traveller may stay without interruption from the control date
    // (null when already over the limit). Absent: the last day of a stay that starts on the control
    // date (null when entry that day is not possible).
    QDate latestExit;
    int daysAllowedFromControl = 0; // days of stay available from the control date on, inclusive
    QDate nextPossibleEntry; // first day >= control date + 1 on which a new stay may begin
    bool operator==(const StayAssessment&) const = default;
};

// Pure calendar-day arithmetic; no time zones, no hours.
class StayCalculator
{
public:
    static constexpr int kWindowDays = 180;
    static constexpr int kMaxDays = 90;

    // Checks the history (entry <= exit, no overlaps, nothing after the control date) and assesses it.
    static bd::core::Result<StayAssessment> assess(const QList<Stay>& stays, const QDate& controlDate);
    // Days of stay in the 180-day window that ends on `day`.
    static int daysUsedOn(const QList<Stay>& stays, const QDate& day);
    // Planning: how many days a stay entering on `entry` may last (0 = entry not possible).
    static bd::core::Result<int> plannedStayLength(const QList<Stay>& stays, const QDate& entry);
};

} // namespace bd::results
