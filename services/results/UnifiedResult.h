#pragma once

#include "services/model/Model.h"
#include "services/results/CheckFacts.h"
#include "services/results/ResultNotice.h"
#include "services/results/StayCalculator.h"
#include "services/results/VisaList.h"

#include <QDateTime>
#include <QMetaType>

#include <optional>

// The one result the officer sees for a search: the required action first, then identities (hits
// grouped by identity links and matching keys), per-system statuses, visa / travel authorisation /
// stay summaries. Value types only; the UI translates the codes.
namespace bd::results {

// Required action codes, most severe first (docs/decision-rules.md lists the rule behind each).
namespace actions {
inline constexpr char kArrest[] = "arrest";
inline constexpr char kProtectPerson[] = "protect-person";
inline constexpr char kRefuseEntrySis[] = "refuse-entry-sis";
inline constexpr char kSeizeDocument[] = "seize-document";
inline constexpr char kSecondLineInterpolNotice[] = "second-line-interpol-notice";
inline constexpr char kSecondLineIdentity[] = "second-line-identity";
inline constexpr char kSecondLineDiscreet[] = "second-line-discreet";
inline constexpr char kSecondLineSpecific[] = "second-line-specific";
inline constexpr char kSecondLineInquiry[] = "second-line-inquiry";
inline constexpr char kSecondLineReturn[] = "second-line-return";
inline constexpr char kSecondLineRecord[] = "second-line-record";
inline constexpr char kSecondLineEtiasFlag[] = "second-line-etias-flag";
inline constexpr char kSecondLineAsylum[] = "second-line-asylum";
inline constexpr char kSecondLineMinor[] = "second-line-minor";
inline constexpr char kSecondLineExitOverstay[] = "second-line-exit-overstay";
inline constexpr char kVerifyDocument[] = "verify-document";
inline constexpr char kRefuseNoValidDocument[] = "refuse-no-valid-document";
inline constexpr char kRefuseNoVisa[] = "refuse-no-visa";
inline constexpr char kRefuseNoEtias[] = "refuse-no-etias";
inline constexpr char kRefuseOverstay[] = "refuse-overstay";
inline constexpr char kVerifyVisaRequirement[] = "verify-visa-requirement";
inline constexpr char kVerifyFreeMovement[] = "verify-free-movement";
inline constexpr char kVerifyStay[] = "verify-stay";
inline constexpr char kCompleteChecksManually[] = "complete-checks-manually";
inline constexpr char kAdmit[] = "admit";
inline constexpr char kLetExit[] = "let-exit";
} // namespace actions

// Decision codes (what the officer records): the keys of bd::model::Decision (Decision.h).
namespace decisions = bd::model::decision_keys;

// The required actions as the code compares them, most severe first (the order is the rank). One
// table (ActionCodes.cpp) maps each to its code above, its decision and its refusal letter; the
// code appears as text only where it is read or written (JSON, the journal, the CLI).
enum class ActionCode
{
    Arrest,
    ProtectPerson,
    RefuseEntrySis,
    SeizeDocument,
    SecondLineInterpolNotice,
    SecondLineIdentity,
    SecondLineDiscreet,
    SecondLineSpecific,
    SecondLineInquiry,
    SecondLineReturn,
    SecondLineRecord,
    SecondLineEtiasFlag,
    SecondLineAsylum,
    SecondLineMinor,
    SecondLineExitOverstay,
    VerifyDocument,
    RefuseNoValidDocument,
    RefuseNoVisa,
    RefuseNoEtias,
    RefuseOverstay,
    VerifyVisaRequirement,
    VerifyFreeMovement,
    VerifyStay,
    CompleteChecksManually,
    Admit,
    LetExit
};
QString actionKey(ActionCode action); // actions::k*
std::optional<ActionCode> actionFromKey(const QString& code);
// The decision an action leads to.
bd::model::Decision decisionFor(ActionCode action);

// Every code in severity order (index 0 = most severe).
QStringList actionCodesBySeverity();
// Lower is more severe (the enum order).
int actionRank(ActionCode action);
// The rank of a hit's action: an informational hit (nullopt) ranks after let-exit.
int actionRank(std::optional<ActionCode> action);
// The decision an action leads to (decisionFor).
bd::model::Decision decisionForAction(ActionCode action);
// The SBC Annex V Part B letter printed for an action, or empty (no letter, or the letter is not
// confirmed in law: the officer chooses it from the form in use).
QString refusalLetterForAction(ActionCode action);

struct TravellerContext
{
    QString nationality; // ICAO code from the document
    VisaRegime regime = VisaRegime::Unknown;
    RegimeFinding finding; // what the visa list says, with its condition and basis
    std::optional<ResidenceTitle> residence; // declared and valid on the day of the check
    int ageYears = -1; // from the date of birth; -1 unknown
    bool operator==(const TravellerContext&) const = default;
};

struct RequiredAction
{
    ActionCode code = ActionCode::CompleteChecksManually; // as text (JSON, journal, CLI): actionKey()
    bd::model::Decision decision = bd::model::Decision::SecondLine; // decisionFor(code); incomplete: second line
    QString refusalReason; // SBC Annex V Part B letter for refusals when confirmed in law, else empty
    QString text; // plain English diagnostic text (the UI translates the code)
    std::optional<bd::model::SystemId> source; // system whose answer requires it
    QString recordId; // the record behind it, when one
    bool operator==(const RequiredAction&) const = default;
};

// How an identity link is shown: colour AND text AND shape (colour-blind safe).
struct LinkPresentation
{
    bd::model::LinkColour colour = bd::model::LinkColour::White;
    QString colourKey; // "white", "yellow", "green", "red"
    QString rgb; // "#rrggbb" suggestion for the UI
    QString shape; // "circle", "triangle", "square", "octagon"
    QString text; // "Same person", "Unverified link — check identity", ...
    bool operator==(const LinkPresentation&) const = default;
};
LinkPresentation presentLink(bd::model::LinkColour colour);

struct RankedHit
{
    bd::model::Hit hit;
    std::optional<ActionCode> actionCode; // what this hit alone requires (nullopt: informational)
    int rank = 0; // actionRank(actionCode); informational hits rank last
    QString summary; // short English description, no personal data
    bool excluded = false; // a green link shows the record belongs to another person: not acted on
    bool operator==(const RankedHit&) const = default;
};

struct Identity
{
    QString identityId; // "identity-1" is always the traveller; others in rank order
    bool traveller = false; // the person in front of the officer (data from the document)
    bool excluded = false; // verified a different person (green link): shown, not acted on
    std::optional<ResultNotice> exclusionReason; // why (NoticeCode::DifferentPersonGreenLink)
    bd::model::PersonData person; // the traveller: from the document; others: from their records
    bd::model::DocumentData document;
    QList<RankedHit> hits; // most severe first
    QList<bd::model::IdentityLink> links; // links touching this identity's records
    QList<LinkPresentation> linkPresentations; // one per distinct colour, most alarming first
    int rank = 0; // of its most severe hit
    bool operator==(const Identity&) const = default;
};

struct SystemLine
{
    bd::model::SystemId system = bd::model::SystemId::Sis;
    bd::model::SystemStatus status = bd::model::SystemStatus::Pending;
    int latencyMs = 0;
    int hitCount = 0;
    QString detail; // the gateway's own words for the answer (English, as sent), may be empty
    std::optional<ResultNotice> rejection; // why the answer was not accepted (then status Error)
    bool operator==(const SystemLine&) const = default;
};
// In English: why the answer was rejected, else the gateway's own words (JSON "detail", diagnostics).
QString systemLineDetail(const SystemLine& line);

struct VisaSummary
{
    bool present = false; // a VIS file was found
    QString status; // of the best record
    QString visaType;
    QDate validFrom;
    QDate validUntil;
    int entriesAllowed = 0; // 0 = multiple
    int entriesUsed = 0;
    int durationOfStayDays = 0; // as issued (0: not stated)
    bool valid = false; // issued/extended, in its validity period and entries left
    bool expired = false;
    bool exhausted = false;
    bool transitOnly = false; // type A: airport transit, not an entry visa (Visa Code Art. 2(5))
    bool limitedTerritorial = false; // LTV: valid only for the Member States named on the sticker
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
    bool applicable = false; // a third-country national with EES movements
    std::optional<StayAssessment> assessment;
    int daysAllowedFromToday = 0; // a stay starting today: how many days (0 = exhausted)
    std::optional<ResultNotice> problem; // the EES history could not be assessed (NoticeCode::StayHistoryInvalid)
    bool inferred = false; // an entry without a recorded exit was counted (EES Art. 20/21)
    int visaDaysLeft = -1; // the visa's own duration of stay left, -1 when not limiting
    QDate latestDepartureForDocument; // the travel document must stay valid 3 months after departure
    bool operator==(const StaySummary&) const = default;
};

struct UnifiedResult
{
    QString searchId;
    RequiredAction requiredAction; // the one action first
    QList<RequiredAction> otherActions; // everything else that applies, most severe first
    QList<Identity> identities; // most severe first
    QList<SystemLine> systems; // every asked system, in protocol order
    QList<bd::model::SystemId> withheld; // the profile may not see them (never "no hit")
    QList<bd::model::SystemId> unanswered; // timeout / unavailable / error / still pending
    bool complete = false; // every asked system answered, for this search, consistently
    VisaSummary visa;
    EtiasSummary etias;
    StaySummary stay;
    TravellerContext traveller;
    bd::model::Purpose purpose = bd::model::Purpose::EntryCheck;
    DocumentFacts document; // the document as read (validity, repairs, warnings)
    OfficerDeclarations declarations; // what the officer declared
    QList<ResultNotice> notes; // what the officer must also do or tell (leaflet, ...); noticeTexts() in English
    QList<ResultNotice> integrityProblems; // why the answers cannot be trusted as a whole (stream error, ...)
    // Valid: the answers are the local cache's of that time (offline), not a current check: the
    // result is never complete and never admits (R55); the screen says so above everything else.
    QDateTime cachedAt;
    bool operator==(const UnifiedResult&) const = default;
};

} // namespace bd::results

Q_DECLARE_METATYPE(bd::results::UnifiedResult)
