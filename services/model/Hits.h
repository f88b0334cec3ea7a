#pragma once

#include "services/model/Traveller.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the connected systems answer: hits with their system-specific content, per-system events,
// identity links and the closing summary of a search.
namespace bd::model {

// ---- system-specific hit content --------------------------------------------------------------

struct SisAlert
{
    QString category; // "refusal-of-entry", "return", "arrest", "missing-person", "judicial-procedure",
                      // "discreet-check", "inquiry-check", "specific-check", "object"
    QString action; // action to be taken on a hit, as issued
    QStringList warningMarkers; // "armed", "violent", "escaped", "suicide-risk", "public-health", "terrorism"
    QString issuingState;
    QString objectStatus; // objects: "stolen", "lost", "misappropriated", "invalidated", "false"
    bool operator==(const SisAlert&) const = default;
};

struct VisRecord
{
    QString applicationNumber;
    QString status; // "requested", "issued", "refused", "discontinued", "annulled", "revoked", "extended"
    QString visaType; // "A", "C", "LTV", "D"
    QString stickerNumber;
    QDate validFrom;
    QDate validUntil;
    int entriesAllowed = 0; // 0 = multiple
    int entriesUsed = 0;
    int durationOfStayDays = 0;
    bool operator==(const VisRecord&) const = default;
};

struct EesMovement
{
    QString kind; // "entry", "exit", "refusal"
    QDate date;
    QString crossingPoint;
    QStringList refusalReasons; // SBC Annex V letters for refusals
    bool operator==(const EesMovement&) const = default;
};

struct EesFile
{
    QList<EesMovement> movements;
    bool overstayFlag = false;
    bool operator==(const EesFile&) const = default;
};

struct EtiasAuthorisation
{
    QString status; // "valid", "refused", "annulled", "revoked", "pending"
    QDate validUntil;
    QStringList flags; // "second-line-check" (Art. 36(2)), "hit-checked-false" (Art. 36(3))
    QStringList limitedToStates;
    bool operator==(const EtiasAuthorisation&) const = default;
};

struct SimpleHit // Eurodac, ECRIS-TCN, Europol, Interpol
{
    QString category; // Eurodac "1"/"2"/"3"; Interpol "stolen"/"lost"/"revoked"/"notice"
    QStringList memberStates;
    QString note;
    bool operator==(const SimpleHit&) const = default;
};

struct Hit
{
    QString recordId; // unique within its system
    SystemId system = SystemId::Sis;
    PersonData person;
    DocumentData document;
    std::optional<SisAlert> sis;
    std::optional<VisRecord> vis;
    std::optional<EesFile> ees;
    std::optional<EtiasAuthorisation> etias;
    std::optional<SimpleHit> other;
    bool operator==(const Hit&) const = default;
};

// One event of the streamed search response: one connected system's answer.
struct SystemEvent
{
    QString searchId; // the search this line answers; the client rejects a line of another search
    SystemId system = SystemId::Sis;
    SystemStatus status = SystemStatus::NoHit;
    int latencyMs = 0;
    QList<Hit> hits;
    QString detail; // for unavailable/timeout/error: what happened (no personal data)
    bool operator==(const SystemEvent&) const = default;
};

struct RecordRef
{
    SystemId system = SystemId::Sis;
    QString recordId;
    bool operator==(const RecordRef&) const = default;
};

// A multiple-identity-detector link between records in different systems.
struct IdentityLink
{
    QString linkId;
    LinkColour colour = LinkColour::White;
    QList<RecordRef> records;
    QString verifyingAuthority;
    QDate updated;
    bool operator==(const IdentityLink&) const = default;
};

// The closing event of a search.
struct SearchSummary
{
    QString searchId;
    QList<IdentityLink> links;
    QList<SystemId> withheld; // not in the profile: answered not-authorised
    QList<SystemId> answered;
    int totalMs = 0;
    bool operator==(const SearchSummary&) const = default;
};

} // namespace bd::model
