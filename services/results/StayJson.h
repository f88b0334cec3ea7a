#pragma once

#include "services/core/Result.h"
#include "services/results/StayCalculator.h"

#include <QJsonObject>

namespace bd::results {

// The JSON form of a stay calculation (borderdesk-cli stay, docs/cli.md):
// in  {"controlDate":"YYYY-MM-DD","stays":[{"entry":"YYYY-MM-DD","exit":"YYYY-MM-DD"|null}],
//      "plannedEntry":"YYYY-MM-DD" (optional)}
// out {"controlDate", "windowStart", "daysUsed", "daysRemaining", "overstayDays", "overstay",
//      "present", "latestExit", "daysAllowedFromControl", "nextPossibleEntry",
//      "planned": {"entry", "days", "lastDay"} (when plannedEntry was given)}
struct StayQuery
{
    QDate controlDate;
    QList<Stay> stays;
    QDate plannedEntry;
};

bd::core::Result<StayQuery> stayQueryFromJson(const QByteArray& json);
QJsonObject stayAssessmentToJson(const StayAssessment& assessment);

} // namespace bd::results
