#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of the BorderDesk gateway protocol v1 (docs/gateway-protocol.md). The training
// gateway server and the workstation client share them; GatewayJson converts them to and from JSON
// and checks everything received.
namespace bd::gateway {

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

struct PersonData
{
    QString surname;
    QString givenNames;
    QDate dateOfBirth;
    QString sex; // "M", "F", "X" or empty
    QString nationality; // ICAO code
    bool operator==(const PersonData&) const = default;
};

struct DocumentData
{
    QString documentCode; // "P", "I", "V", ...
    QString issuingState;
    QString number;
    QDate dateOfExpiry;
    bool operator==(const DocumentData&) const = default;
};

struct FingerprintSample
{
    int position = 0; // ISO/IEC 19794-4 finger position 1..10
    QByteArray image; // PNG or WSQ bytes
    int nfiq = 0; // NFIQ 2 quality 0..100
    bool operator==(const FingerprintSample&) const = default;
};

struct SearchRequest
{
    QString searchId; // client-generated UUID; the same id twice is the same search
    QString officerId;
    UserProfile profile = UserProfile::BorderFirstLine;
    Purpose purpose = Purpose::EntryCheck;
    DocumentData document;
    PersonData person;
    QByteArray faceImage; // JPEG/PNG, optional
    QList<FingerprintSample> fingerprints;
    QList<SystemId> systems; // empty: every system the profile may query
    bool operator==(const SearchRequest&) const = default;
};

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

// ---- writes, hotlist, health ------------------------------------------------------------------

// A record the workstation sends (EES entry/exit/refusal, officer decision). The idempotency key
// makes a replay after a crash or a lost reply harmless.
struct RecordSubmission
{
    QString idempotencyKey;
    QString kind; // "ees-entry", "ees-exit", "ees-refusal", "decision"
    QString searchId;
    QString officerId;
    QDateTime at;
    DocumentData document;
    PersonData person;
    QString decision; // "admit", "refuse", "second-line"
    QStringList refusalReasons;
    QString crossingPoint;
    QString requiredAction; // kind "decision": the action the result required (its code)
    QString overrideReason; // kind "decision": the officer's written reason for departing from it
    bool operator==(const RecordSubmission&) const = default;
};

struct RecordReceipt
{
    QString recordId;
    bool replayed = false; // true when the key had been seen: nothing new was stored
    bool operator==(const RecordReceipt&) const = default;
};

struct HotlistEntry
{
    QString key; // hex HMAC-SHA256 of "ISSUER|NUMBER" with the hotlist key (no clear data)
    QString kind; // "stolen-document", "lost-document", "refusal-of-entry", "arrest", ...
    QString action;
    bool operator==(const HotlistEntry&) const = default;
};

struct HotlistDelta
{
    qint64 fromVersion = 0;
    qint64 toVersion = 0;
    bool fullReplace = false; // the client was too far behind: drop everything first
    QList<HotlistEntry> added;
    QStringList removed; // keys
    bool operator==(const HotlistDelta&) const = default;
};

struct HealthReport
{
    QString status; // "ok", "degraded"
    QString version;
    bool training = false; // a training gateway says so; the client refuses a training gateway in live mode
    QList<QPair<SystemId, QString>> systems; // "up", "slow", "down"
    bool operator==(const HealthReport&) const = default;
};

} // namespace bd::gateway
