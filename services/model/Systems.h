#pragma once

#include <QList>
#include <QString>

#include <optional>

// The connected systems, user profiles, purposes, per-system outcomes and identity-link colours,
// with their protocol keys (docs/gateway-protocol.md). Shared by the gateway codec, results, UI and
// training gateway.
namespace bd::model {

enum class SystemId
{
    Sis,
    Vis,
    Ees,
    Etias,
    Eurodac,
    EcrisTcn,
    Europol,
    InterpolSltd,
    InterpolTdawn
};
QList<SystemId> allSystems();
QString systemKey(SystemId id); // "sis", "vis", "ees", "etias", "eurodac", "ecris-tcn", ...
std::optional<SystemId> systemFromKey(const QString& key);

enum class UserProfile
{
    BorderFirstLine,
    BorderSecondLine,
    Consular,
    Trainer
};
QString profileKey(UserProfile p); // "border-first-line", "border-second-line", "consular", "trainer"
std::optional<UserProfile> profileFromKey(const QString& key);

enum class Purpose
{
    EntryCheck,
    ExitCheck,
    VisaApplication,
    Training
};
QString purposeKey(Purpose p); // "entry-check", "exit-check", "visa-application", "training"
std::optional<Purpose> purposeFromKey(const QString& key);

// Per-system outcome of a search.
enum class SystemStatus
{
    Pending, // client side only: asked, no answer yet
    Hit,
    NoHit,
    Unavailable,
    Timeout,
    NotAuthorised, // withheld: the profile may not see this system
    Error
};
QString statusKey(SystemStatus s); // "pending", "hit", "no-hit", "unavailable", "timeout", "not-authorised", "error"
std::optional<SystemStatus> statusFromKey(const QString& key);

enum class LinkColour
{
    White,
    Yellow,
    Green,
    Red
};
QString linkColourKey(LinkColour c);
std::optional<LinkColour> linkColourFromKey(const QString& key);

} // namespace bd::model
