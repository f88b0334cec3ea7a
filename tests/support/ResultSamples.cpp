#include "tests/support/ResultSamples.h"

namespace bd::testsupport {

bd::results::UnifiedResult resultWithAction(bd::results::ActionCode code, const QString& reason)
{
    bd::results::UnifiedResult r;
    r.searchId = QStringLiteral("s-1");
    r.requiredAction.code = code;
    r.requiredAction.decision = bd::results::decisionForAction(code);
    r.requiredAction.refusalReason = reason;
    r.complete = true;
    return r;
}

} // namespace bd::testsupport
