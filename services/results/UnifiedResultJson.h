#pragma once

#include "services/results/UnifiedResult.h"

#include <QJsonObject>

namespace bd::results {

// The UnifiedResult as JSON (borderdesk-cli query; docs/cli.md). Hits are encoded with the gateway
// codec, so the same field names as protocol v1.
QJsonObject unifiedResultToJson(const UnifiedResult& result);
QJsonObject requiredActionToJson(const RequiredAction& action);

} // namespace bd::results
