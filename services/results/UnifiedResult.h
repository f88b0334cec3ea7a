#pragma once

#include "services/gateway/Protocol.h"
#include "services/results/StayCalculator.h"

#include <QMetaType>

#include <optional>

// The one result the officer sees for a search: the required action first, then identities (hits
// grouped by identity links and matching keys), per-system statuses, visa / travel authorisation /
// stay summaries. Value types only; the UI translates the codes.
namespace bd::results {

// Required action codes, most severe first (docs/gateway-protocol.md, issue 3).
namespace actions {
inline constexpr char kArrest[] = "arrest";
inline constexpr char kProtectPerson[] = "protect-person";
inline constexpr char kRefuseEntrySis[] = "refuse-entry-sis";
inline constexpr char kSeizeDocument[] = "seize-document";
inline constexpr char kSecondLineIdentity[] = "second-line-identity";
inline constexpr char kSecondLineDiscreet[] = "second-line-discreet";
inline constexpr char kSecondLineSpecific[] = "second-line-specific";
inline constexpr char kSecondLineInquiry[] = "second-line-inquiry";
inline constexpr char kSecondLineEtiasFlag[] = "second-line-etias-flag";
inline constexpr char kRefuseNoVisa[] = "refuse-no-visa";
inline constexpr char kRefuseNoEtias[] = "refuse-no-etias";
inline constexpr char kRefuseOverstay[] = "refuse-overstay";
inline constexpr char kCompleteChecksManually[] = "complete-checks-manually";
inline constexpr char kAdmit[] = "admit";
} // namespace actions

// Every code in severity order (index 0 = most severe).
QStringList actionCodesBySeverity();
// Lower is more severe; unknown codes rank after admit.
int actionRank(const QString& code);

// Entry conditions depend on the traveller's nationality (Reg. (EU) 2018/1806 Annexes I/II).
enum class VisaRegime
{
    Unknown,        // decided from the answers: a VIS file → visa required, an ETIAS file → exempt
    VisaRequired,   // Annex I: needs a valid visa (VIS)
    VisaExempt,     // Annex II: needs a valid ETIAS travel authorisation
    FreeMovement    // EU/EEA/CH citizen: no visa, ETIAS or 90/180 rule
};

struct TravellerContext
{
    QString nationality; // ICAO code
    VisaRegime regime = VisaRegime::Unknown;
    bool operator==(const TravellerContext&) const = default;
};
// The regime for an ICAO nationality code ("D" and "DEU" are Germany); Unknown when not listed.
VisaRegime regimeForNationality(const QString& icaoCode);
TravellerContext contextFor(const bd::gateway::SearchRequest& request);

struct RequiredAction
{
    QString code;          // actions::k*
    QString decision;      // "admit", "refuse" or "second-line" (an incomplete check goes to second line)
    QString refusalReason; // SBC Annex V Part B letter (A, C, F, H, J) for refusals, else empty
    QString text;          // plain English diagnostic text (the UI translates the code)
    std::optional<bd::gateway::SystemId> source; // system whose answer requires it
    QString recordId;                            // the record behind it, when one
    bool operator==(const RequiredAction&) const = default;
};

// How an identity link is shown: colour AND text AND shape (colour-blind safe).
struct LinkPresentation
{
    bd::gateway::LinkColour colour = bd::gateway::LinkColour::White;
    QString colourKey; // "white", "yellow", "green", "red"
    QString rgb;       // "#rrggbb" suggestion for the UI
    QString shape;     // "circle", "triangle", "square", "octagon"
    QString text;      // "Same person", "Unverified link — check identity", ...
    bool operator==(const LinkPresentation&) const = default;
};
LinkPresentation presentLink(bd::gateway::LinkColour colour);

struct RankedHit
{
    bd::gateway::Hit hit;
    QString actionCode; // what this hit alone requires (empty: informational)
    int rank = 0;       // actionRank(actionCode); informational hits rank last
    QString summary;    // short English description, no personal data
    bool operator==(const RankedHit&) const = default;
};

struct Identity
{
    QString identityId;               // "identity-1", ... in rank order
    bd::gateway::PersonData person;   // from the most severe hit that carries a name
    bd::gateway::DocumentData document;
    QList<RankedHit> hits;            // most severe first
    QList<bd::gateway::IdentityLink> links; // links touching this identity's records
    QList<LinkPresentation> linkPresentations; // one per distinct colour, most alarming first
    int rank = 0;                     // of its most severe hit
    bool operator==(const Identity&) const = default;
};

struct SystemLine
{
    bd::gateway::SystemId system = bd::gateway::SystemId::Sis;
    bd::gateway::SystemStatus status = bd::gateway::SystemStatus::Pending;
    int latencyMs = 0;
    int hitCount = 0;
    QString detail;
    bool operator==(const SystemLine&) const = default;
};

struct VisaSummary
{
    bool present = false;      // a VIS file was found
    QString status;            // of the best record
    QString visaType;
    QDate validFrom;
    QDate validUntil;
    int entriesAllowed = 0;    // 0 = multiple
    int entriesUsed = 0;
    bool valid = false;        // issued/extended, in its validity period and entries left
    bool expired = false;
    bool exhausted = false;
    QString text;
    bool operator==(const VisaSummary&) const = default;
};

struct EtiasSummary
{
    bool present = false;
    QString status;
    QDate validUntil;
    QStringList flags;
    bool valid = false;
    bool secondLineFlag = false; // Art. 36(2)
    QString text;
    bool operator==(const EtiasSummary&) const = default;
};

struct StaySummary
{
    bool applicable = false;             // a third-country national with EES movements
    std::optional<StayAssessment> assessment;
    int daysAllowedFromToday = 0;        // a stay starting today: how many days (0 = exhausted)
    QString problem;                     // the EES history could not be assessed (why)
    bool operator==(const StaySummary&) const = default;
};

struct UnifiedResult
{
    QString searchId;
    RequiredAction requiredAction;       // the one action first
    QList<RequiredAction> otherActions;  // everything else that applies, most severe first
    QList<Identity> identities;          // most severe first
    QList<SystemLine> systems;           // every asked system, in protocol order
    QList<bd::gateway::SystemId> withheld;   // the profile may not see them (never "no hit")
    QList<bd::gateway::SystemId> unanswered; // timeout / unavailable / error / still pending
    bool complete = false;               // every required system answered
    VisaSummary visa;
    EtiasSummary etias;
    StaySummary stay;
    TravellerContext traveller;
    bool operator==(const UnifiedResult&) const = default;
};

} // namespace bd::results

Q_DECLARE_METATYPE(bd::results::UnifiedResult)
