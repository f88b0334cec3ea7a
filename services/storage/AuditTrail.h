#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/storage/AuditSink.h"
#include "services/storage/DataKeys.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace bd::storage {

// The first thing wrong with a trail, with its place.
struct AuditProblem
{
    enum class Kind
    {
        NotARecord, // a line that is not a complete record (edited, or cut off)
        Missing, // records removed (inside the trail or at its end)
        OutOfOrder, // a record where another was expected (moved or repeated)
        Altered, // a record changed after it was written
        Replaced, // a valid-looking record that does not follow its predecessor
        HeadMissing, // the end marker is gone while records exist (or the trail is gone, marker left)
        HeadAltered, // the end marker was changed
    } kind;
    qint64 line = 0; // 1-based line of the trail file (0: the end marker)
    qint64 seq = 0; // the record number concerned
    QString text; // English, with the position: for the CLI, the log and the officer
};

struct AuditVerification
{
    qint64 records = 0; // records read and checked in order before the first problem (all when none)
    std::optional<AuditProblem> problem;
    bool ok() const { return !problem.has_value(); }
};

// Where reading the trail back stands: the last record number read and the byte just after its line.
struct AuditPosition
{
    qint64 seq = 0;
    qint64 offset = 0;
    bool operator==(const AuditPosition&) const = default;
};

// One record read back from the trail, its own seal checked.
struct AuditRecord
{
    qint64 seq = 0;
    QDateTime at;
    AuditEvent event; // workstationId as written; `at` as above
    QString mac; // hex
};

struct AuditBatch
{
    QList<AuditRecord> records; // in trail order, each numbered above the position read from
    AuditPosition next; // where the next read starts
    int unreadable = 0; // lines skipped: not a record, or a seal that does not match
    bool restarted = false; // the file was shorter than the position: read from its beginning
};

// The append-only audit trail of a workstation: <dataDir>/audit.jsonl, one JSON object a line, each
// record numbered (`seq` from 1) and chained: its `mac` is HMAC-SHA-256, under a key derived from
// the store's look-up key, over the record's bytes, which include the previous record's mac
// (`prev`). A small end marker, <dataDir>/audit.head (the last seq and mac, itself authenticated),
// is replaced atomically after every record, so records cut off at the end are detected too. Each
// append is written with O_APPEND and fsynced (file, then marker) before it returns: run it off the
// GUI thread. Files are 0600. Who can change these files AND read the key can rewrite history; the
// trail detects changes by anyone else (docs/security.md).
class AuditTrail
{
public:
    static constexpr char kFileName[] = "audit.jsonl";
    static constexpr char kHeadName[] = "audit.head";

    // Opens the trail in `dataDir` (a private directory, see makePrivateDirectory) and checks it
    // whole. A trail with a problem is still opened — the workstation must go on recording, chained
    // to the last record on file — and the problem is returned in `verification` for the officer.
    static bd::core::Result<std::unique_ptr<AuditTrail>> open(
        const QString& dataDir, const DataKeys& keys, const bd::core::Clock& clock, AuditVerification* verification);

    // Checks the trail in `dataDir` without changing anything.
    static AuditVerification verify(const QString& dataDir, const DataKeys& keys);

    // Reads up to `limit` records after `from`, for shipping them to the centre: each record is
    // checked against its own seal; a line that is no record or whose seal does not match is skipped
    // and counted (the chain check at start reports it to the officer); a line still being written
    // (no newline yet) is left for the next read. When the file is shorter than `from.offset` (it
    // was replaced) reading starts again at its beginning, and only records numbered above
    // `from.seq` are returned, so none is returned twice. Read-only; any thread.
    static AuditBatch readAfter(const QString& dataDir, const DataKeys& keys, const AuditPosition& from, int limit);

    // Writes one record (fsynced, marker updated); audit.write when the disk refuses.
    std::optional<bd::core::Error> append(const AuditEvent& event);

    qint64 lastSeq() const { return m_seq; }
    const bd::core::Clock& clock() const { return m_clock; }

private:
    AuditTrail(QString dataDir, QByteArray key, const bd::core::Clock& clock);

    QString m_dir;
    QByteArray m_key;
    const bd::core::Clock& m_clock;
    qint64 m_seq = 0;
    QByteArray m_lastMac; // hex
    bool m_needsNewline = false; // the file ends inside a line (cut off): start the next record anew
};

} // namespace bd::storage
