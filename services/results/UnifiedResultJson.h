#pragma once

#include "services/results/UnifiedResult.h"

#include <QJsonObject>

namespace bd::results {

// The UnifiedResult as JSON (borderdesk-cli query and unify; docs/cli.md). Hits are encoded with
// the gateway codec, so the same field names as protocol v1. Every member is always present (an
// absent text, date or count is null), so scripts can rely on the shape:
//   searchId, requiredAction {code, decision, reason, text, system?, recordId?}, otherActions,
//   complete, withheld, unanswered, systems, identities [{identityId, traveller, excluded,
//   exclusionReason, hits [... + action, summary, excluded], links, linkColours}], visa {...,
//   visaType, validFrom, durationOfStayDays, transitOnly, limitedTerritorial}, etias {..., flags},
//   stay {..., inferred, visaDaysLeft, latestDepartureForDocument}, regime, purpose,
//   traveller {nationality, regime, finding {regime, listedAs, listEntry, condition,
//   conditionText, basis, note}, residence, ageYears}, document {read, zoneValid, dateOfExpiry,
//   unverifiedFields, problems, warnings}, declarations {residence, familyMemberOfEuCitizen,
//   asylumRequest, unaccompaniedMinor, faceMismatch, confirmedConditions}, notes,
//   integrityProblems.
QJsonObject unifiedResultToJson(const UnifiedResult& result);
QJsonObject requiredActionToJson(const RequiredAction& action);

} // namespace bd::results
