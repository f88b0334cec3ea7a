#include "services/model/Decision.h"

#include <array>
#include <utility>

namespace bd::model {
namespace {

constexpr std::array<std::pair<Decision, const char*>, 4> kDecisions { {
    { Decision::Admit, decision_keys::kAdmit },
    { Decision::Refuse, decision_keys::kRefuse },
    { Decision::SecondLine, decision_keys::kSecondLine },
    { Decision::LetExit, decision_keys::kLetExit },
} };

} // namespace

QList<Decision> allDecisions()
{
    QList<Decision> out;
    for (const auto& [d, k] : kDecisions)
        out.append(d);
    return out;
}

QString decisionKey(Decision d)
{
    for (const auto& [e, k] : kDecisions) {
        if (e == d)
            return QString::fromLatin1(k);
    }
    return {};
}

std::optional<Decision> decisionFromKey(const QString& key)
{
    for (const auto& [e, k] : kDecisions) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

} // namespace bd::model
