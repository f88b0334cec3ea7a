#pragma once

#include "services/model/Decision.h"
#include "services/model/Traveller.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// What the workstation writes (EES movements, decisions) and reads besides searches (hotlist,
// health).
namespace bd::model {

// One record of the workstation's audit trail as the centre receives it (kind "audit"): references
// and codes only, never personal data. `mac` is the record's seal on the workstation's trail, so a
// record held centrally can be matched with the one on the workstation.
struct AuditRecordPart
{
    qint64 seq = 0; // the record's number on the workstation's trail (from 1)
    QString event; // "search", "hit.view", "decision", "settings.change", "export", ...
    QString workstationId;
    QString reference; // a search id, record id or settings key
    QJsonObject details; // further references and codes
    QString mac; // 64 hex digits
    bool operator==(const AuditRecordPart&) const = default;
};

// A record the workstation sends (EES entry/exit/refusal, officer decision, audit record). The
// idempotency key makes a replay after a crash or a lost reply harmless.
struct RecordSubmission
{
    QString idempotencyKey;
    QString kind; // "ees-entry", "ees-exit", "ees-refusal", "decision", "audit"
    QString searchId;
    QString officerId;
    QDateTime at;
    DocumentData document;
    PersonData person;
    std::optional<Decision> decision; // kind "decision" only (none for the EES records)
    QStringList refusalReasons;
    QString crossingPoint;
    QString requiredAction; // kind "decision": the action the result required (its code)
    QString overrideReason; // kind "decision": the officer's written reason for departing from it
    std::optional<AuditRecordPart> audit; // kind "audit" only (and then no document, person or decision)
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
    QString key; // hex HMAC-SHA256 of "ISSUER|NUMBER" with the hotlist key (HotlistKey.h; no clear data)
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
    // The hotlist key is the deployment's and is rotated by the gateway: every answer names the key
    // its entries are made with, and a full replace carries the key itself (32 bytes), so a client
    // holding another key (or none) always gets the whole list under the new one.
    QString keyId;
    QByteArray key; // a full replace only
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

} // namespace bd::model
