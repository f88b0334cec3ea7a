#pragma once

#include "services/results/UnifiedResult.h"

#include <QString>

namespace bd::testsupport {

// A complete result of search "s-1" whose one required action is `code`, with the decision the
// action leads to and `reason` as its refusal letter (the screens' tests).
bd::results::UnifiedResult resultWithAction(bd::results::ActionCode code, const QString& reason = {});

} // namespace bd::testsupport
