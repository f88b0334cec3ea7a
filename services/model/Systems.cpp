#include "services/model/Systems.h"

#include <array>
#include <utility>

namespace bd::model {
namespace {

template <typename E, std::size_t N> QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, k] : table) {
        if (e == value)
            return QString::fromLatin1(k);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& key)
{
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<SystemId, const char*>, 9> kSystems { {
    { SystemId::Sis, "sis" },
    { SystemId::Vis, "vis" },
    { SystemId::Ees, "ees" },
    { SystemId::Etias, "etias" },
    { SystemId::Eurodac, "eurodac" },
    { SystemId::EcrisTcn, "ecris-tcn" },
    { SystemId::Europol, "europol" },
    { SystemId::InterpolSltd, "interpol-sltd" },
    { SystemId::InterpolTdawn, "interpol-tdawn" },
} };
constexpr std::array<std::pair<UserProfile, const char*>, 4> kProfiles { {
    { UserProfile::BorderFirstLine, "border-first-line" },
    { UserProfile::BorderSecondLine, "border-second-line" },
    { UserProfile::Consular, "consular" },
    { UserProfile::Trainer, "trainer" },
} };
constexpr std::array<std::pair<Purpose, const char*>, 4> kPurposes { {
    { Purpose::EntryCheck, "entry-check" },
    { Purpose::ExitCheck, "exit-check" },
    { Purpose::VisaApplication, "visa-application" },
    { Purpose::Training, "training" },
} };
constexpr std::array<std::pair<SystemStatus, const char*>, 7> kStatuses { {
    { SystemStatus::Pending, "pending" },
    { SystemStatus::Hit, "hit" },
    { SystemStatus::NoHit, "no-hit" },
    { SystemStatus::Unavailable, "unavailable" },
    { SystemStatus::Timeout, "timeout" },
    { SystemStatus::NotAuthorised, "not-authorised" },
    { SystemStatus::Error, "error" },
} };
constexpr std::array<std::pair<LinkColour, const char*>, 4> kColours { {
    { LinkColour::White, "white" },
    { LinkColour::Yellow, "yellow" },
    { LinkColour::Green, "green" },
    { LinkColour::Red, "red" },
} };

} // namespace

QList<SystemId> allSystems()
{
    QList<SystemId> out;
    for (const auto& [e, k] : kSystems)
        out.append(e);
    return out;
}
QString systemKey(SystemId id)
{
    return keyOf(kSystems, id);
}
std::optional<SystemId> systemFromKey(const QString& key)
{
    return valueOf(kSystems, key);
}
QString profileKey(UserProfile p)
{
    return keyOf(kProfiles, p);
}
std::optional<UserProfile> profileFromKey(const QString& key)
{
    return valueOf(kProfiles, key);
}
QString purposeKey(Purpose p)
{
    return keyOf(kPurposes, p);
}
std::optional<Purpose> purposeFromKey(const QString& key)
{
    return valueOf(kPurposes, key);
}
QString statusKey(SystemStatus s)
{
    return keyOf(kStatuses, s);
}
std::optional<SystemStatus> statusFromKey(const QString& key)
{
    return valueOf(kStatuses, key);
}
QString linkColourKey(LinkColour c)
{
    return keyOf(kColours, c);
}
std::optional<LinkColour> linkColourFromKey(const QString& key)
{
    return valueOf(kColours, key);
}

} // namespace bd::model
