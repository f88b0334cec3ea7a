#include "services/storage/AuditTrail.h"

#include "services/storage/PosixFile.h"
#include "services/storage/StorageErrors.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace bd::storage {

using bd::core::Error;
using bd::core::Result;

namespace {

constexpr int kMacHex = 64;
const QByteArray kMacField = QByteArrayLiteral(",\"mac\":\"");
const QByteArray kGenesis(kMacHex, '0');

QByteArray hmacHex(const QByteArray& key, const QByteArray& message)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
        reinterpret_cast<const unsigned char*>(message.constData()), static_cast<size_t>(message.size()), digest,
        &length);
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex();
}

// A key of its own for the chain, derived from the store's look-up key (HMAC as the PRF).
QByteArray chainKey(const DataKeys& keys)
{
    return QByteArray::fromHex(hmacHex(keys.lookup, QByteArrayLiteral("borderdesk audit chain v1")));
}

QByteArray headCheck(const QByteArray& key, qint64 seq, const QByteArray& mac)
{
    return hmacHex(key, QByteArrayLiteral("head|") + QByteArray::number(seq) + '|' + mac);
}

QByteArray readAll(const QString& path, bool* exists)
{
    QFile file(path);
    *exists = file.exists();
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One line of the trail, split into the bytes the mac covers and the record they hold.
struct ParsedLine
{
    qint64 seq = 0;
    QByteArray prev;
    QByteArray mac;
    QByteArray body;
    QJsonObject record;
};

std::optional<ParsedLine> parseLine(const QByteArray& line)
{
    const qsizetype suffix = kMacField.size() + kMacHex + 2;
    if (line.size() <= suffix || !line.endsWith("\"}") || line.mid(line.size() - suffix, kMacField.size()) != kMacField)
        return std::nullopt;
    ParsedLine parsed;
    parsed.body = line.left(line.size() - suffix) + '}';
    parsed.mac = line.mid(line.size() - kMacHex - 2, kMacHex);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(parsed.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    parsed.record = object;
    parsed.seq = object.value(QLatin1String("seq")).toInteger(-1);
    parsed.prev = object.value(QLatin1String("prev")).toString().toLatin1();
    if (parsed.seq < 1 || parsed.prev.size() != kMacHex)
        return std::nullopt;
    return parsed;
}

AuditProblem problem(AuditProblem::Kind kind, qint64 line, qint64 seq, QString text)
{
    return AuditProblem { kind, line, seq, std::move(text) };
}

struct Head
{
    qint64 seq = 0;
    QByteArray mac;
};

// Walks the chain; `last` ends as the last record that was read whole and sealed right.
AuditVerification verifyLines(const QList<QByteArray>& lines, bool cutOff, const QByteArray& key, Head* last)
{
    AuditVerification result;
    const auto fail = [&result](AuditProblem found) {
        result.problem = std::move(found);
        return result;
    };
    // Each line parsed once; where each record number stands tells a moved record from a removed one.
    QList<std::optional<ParsedLine>> parsedLines;
    QHash<qint64, qint64> lineOfSeq;
    parsedLines.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        parsedLines.append(parseLine(lines[i]));
        if (parsedLines.constLast())
            lineOfSeq.insert(parsedLines.constLast()->seq, i + 1);
    }
    qint64 expected = 1;
    QByteArray prev = kGenesis;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qint64 lineNo = i + 1;
        const auto& parsed = parsedLines[i];
        const bool lastLine = i + 1 == lines.size();
        if (!parsed)
            return fail(problem(AuditProblem::Kind::NotARecord, lineNo, expected,
                lastLine && cutOff
                    ? QStringLiteral("line %1 is an incomplete record (cut off, e.g. power lost while writing)")
                          .arg(lineNo)
                    : QStringLiteral("line %1 is not an audit record (edited)").arg(lineNo)));
        if (hmacHex(key, parsed->body) != parsed->mac)
            return fail(problem(AuditProblem::Kind::Altered, lineNo, parsed->seq,
                QStringLiteral("the record at line %1 was altered after it was written (its seal does not match)")
                    .arg(lineNo)));
        if (parsed->seq != expected) {
            const bool later = lineOfSeq.contains(expected) && lineOfSeq.value(expected) > lineNo;
            const auto kind
                = parsed->seq > expected && !later ? AuditProblem::Kind::Missing : AuditProblem::Kind::OutOfOrder;
            const QString text = kind == AuditProblem::Kind::Missing
                ? QStringLiteral("record %1 is missing: line %2 holds record %3 (records removed)")
                      .arg(expected)
                      .arg(lineNo)
                      .arg(parsed->seq)
                : QStringLiteral("line %1 holds record %2 where record %3 belongs (records moved or repeated)")
                      .arg(lineNo)
                      .arg(parsed->seq)
                      .arg(expected);
            return fail(problem(kind, lineNo, expected, text));
        }
        if (parsed->prev != prev)
            return fail(problem(AuditProblem::Kind::Replaced, lineNo, parsed->seq,
                QStringLiteral("record %1 at line %2 does not follow record %3 (a record was replaced)")
                    .arg(parsed->seq)
                    .arg(lineNo)
                    .arg(parsed->seq - 1)));
        prev = parsed->mac;
        *last = Head { parsed->seq, parsed->mac };
        ++expected;
        ++result.records;
    }
    return result;
}

std::optional<Head> parseHead(const QByteArray& bytes, const QByteArray& key)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const Head head { object.value(QLatin1String("seq")).toInteger(-1),
        object.value(QLatin1String("mac")).toString().toLatin1() };
    if (head.seq < 0
        || object.value(QLatin1String("check")).toString().toLatin1() != headCheck(key, head.seq, head.mac))
        return std::nullopt;
    return head;
}

// The end marker against the last record: it may lag one record (the workstation stopped between
// the record and the marker), never lead.
std::optional<AuditProblem> checkHead(
    const std::optional<QByteArray>& headBytes, const Head& last, qint64 lines, const QByteArray& key)
{
    if (!headBytes)
        return last.seq > 0 ? std::optional(problem(AuditProblem::Kind::HeadMissing, 0, last.seq,
                   QStringLiteral("the end marker %1 is missing").arg(QLatin1String(AuditTrail::kHeadName))))
                            : std::nullopt;
    const auto head = parseHead(*headBytes, key);
    if (!head)
        return problem(AuditProblem::Kind::HeadAltered, 0, last.seq,
            QStringLiteral("the end marker %1 was altered").arg(QLatin1String(AuditTrail::kHeadName)));
    if (head->seq > last.seq)
        return problem(AuditProblem::Kind::Missing, lines + 1, last.seq + 1,
            QStringLiteral("records %1 to %2 are missing at the end of the trail (removed)")
                .arg(last.seq + 1)
                .arg(head->seq));
    if (head->seq == last.seq ? head->mac != last.mac : head->seq + 1 != last.seq)
        return problem(AuditProblem::Kind::HeadAltered, 0, head->seq,
            QStringLiteral("the end marker names record %1, which the trail does not end with").arg(head->seq));
    return std::nullopt;
}

struct Reading
{
    AuditVerification verification;
    Head last;
    Head next; // what the next record chains to: the last record, or the marker when it is ahead
    bool needsNewline = false;
};

Reading read(const QString& dir, const QByteArray& key)
{
    Reading reading;
    bool logExists = false;
    bool headExists = false;
    QByteArray bytes = readAll(QDir(dir).filePath(QLatin1String(AuditTrail::kFileName)), &logExists);
    const QByteArray headBytes = readAll(QDir(dir).filePath(QLatin1String(AuditTrail::kHeadName)), &headExists);
    const bool cutOff = !bytes.isEmpty() && !bytes.endsWith('\n');
    reading.needsNewline = cutOff;
    QList<QByteArray> lines = bytes.split('\n');
    if (!cutOff)
        lines.removeLast(); // the empty piece after the final newline
    reading.verification = verifyLines(lines, cutOff, key, &reading.last);
    reading.next = reading.last;
    const auto head = headExists ? parseHead(headBytes, key) : std::nullopt;
    if (head && head->seq > reading.next.seq)
        reading.next = *head; // never number a record twice, even after records were removed
    if (!reading.verification.problem) {
        if (!logExists && head && head->seq > 0)
            reading.verification.problem = problem(AuditProblem::Kind::HeadMissing, 1, 1,
                QStringLiteral("the audit trail %1 is gone; its end marker names record %2")
                    .arg(QLatin1String(AuditTrail::kFileName))
                    .arg(head->seq));
        else
            reading.verification.problem
                = checkHead(headExists ? std::optional(headBytes) : std::nullopt, reading.last, lines.size(), key);
    }
    return reading;
}

bool appendSynced(const QString& path, const QByteArray& bytes)
{
    const int fd
        = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool ok = posix::writeAll(fd, bytes) && ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}

} // namespace

AuditTrail::AuditTrail(QString dataDir, QByteArray key, const bd::core::Clock& clock)
    : m_dir(std::move(dataDir))
    , m_key(std::move(key))
    , m_clock(clock)
{
}

AuditVerification AuditTrail::verify(const QString& dataDir, const DataKeys& keys)
{
    return read(dataDir, chainKey(keys)).verification;
}

AuditBatch AuditTrail::readAfter(const QString& dataDir, const DataKeys& keys, const AuditPosition& from, int limit)
{
    constexpr qint64 kMaxRead = 4 * 1024 * 1024; // a batch never needs more (a record is well under 1 KiB)
    AuditBatch batch;
    batch.next = from;
    QFile file(QDir(dataDir).filePath(QLatin1String(kFileName)));
    if (!file.open(QIODevice::ReadOnly))
        return batch; // no trail (yet): nothing to read
    if (file.size() < from.offset) {
        batch.restarted = true;
        batch.next.offset = 0;
    }
    if (!file.seek(batch.next.offset))
        return batch;
    const QByteArray bytes = file.read(kMaxRead);
    const QByteArray key = chainKey(keys);
    qsizetype start = 0;
    while (batch.records.size() < limit) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            break; // being written, or beyond this read: the next read takes it
        const QByteArray line = bytes.mid(start, end - start);
        start = end + 1;
        batch.next.offset += line.size() + 1;
        if (line.isEmpty())
            continue;
        const auto parsed = parseLine(line);
        if (!parsed || hmacHex(key, parsed->body) != parsed->mac) {
            ++batch.unreadable;
            continue;
        }
        if (parsed->seq <= batch.next.seq)
            continue; // read before (the file was replaced, or a record repeated)
        const QJsonObject& r = parsed->record;
        AuditRecord record;
        record.seq = parsed->seq;
        record.at = QDateTime::fromString(r.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        record.event = AuditEvent { r.value(QLatin1String("kind")).toString(),
            r.value(QLatin1String("officer")).toString(), r.value(QLatin1String("workstation")).toString(),
            r.value(QLatin1String("reference")).toString(), r.value(QLatin1String("details")).toObject(), record.at };
        record.mac = QString::fromLatin1(parsed->mac);
        batch.records.append(record);
        batch.next.seq = parsed->seq;
    }
    return batch;
}

Result<std::unique_ptr<AuditTrail>> AuditTrail::open(
    const QString& dataDir, const DataKeys& keys, const bd::core::Clock& clock, AuditVerification* verification)
{
    if (auto failed = makePrivateDirectory(dataDir))
        return *failed;
    std::unique_ptr<AuditTrail> trail(new AuditTrail(dataDir, chainKey(keys), clock));
    const Reading reading = read(dataDir, trail->m_key);
    trail->m_seq = reading.next.seq;
    trail->m_lastMac = reading.next.seq > 0 ? reading.next.mac : kGenesis;
    trail->m_needsNewline = reading.needsNewline;
    if (verification)
        *verification = reading.verification;
    return trail;
}

std::optional<Error> AuditTrail::append(const AuditEvent& event)
{
    const qint64 seq = m_seq + 1;
    QJsonObject record { { QStringLiteral("seq"), seq },
        { QStringLiteral("at"), (event.at.isValid() ? event.at : m_clock.now()).toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("kind"), event.kind }, { QStringLiteral("officer"), event.officerId },
        { QStringLiteral("workstation"), event.workstationId }, { QStringLiteral("reference"), event.reference },
        { QStringLiteral("details"), event.details }, { QStringLiteral("prev"), QString::fromLatin1(m_lastMac) } };
    QByteArray body = QJsonDocument(record).toJson(QJsonDocument::Compact);
    const QByteArray mac = hmacHex(m_key, body);
    body.chop(1);
    const QByteArray line
        = (m_needsNewline ? QByteArrayLiteral("\n") : QByteArray()) + body + kMacField + mac + "\"}\n";
    const QString path = QDir(m_dir).filePath(QLatin1String(kFileName));
    if (!appendSynced(path, line)) {
        m_needsNewline = true; // a part may have reached the file: the next record starts a new line
        return Error { QString::fromLatin1(errors::kAuditWrite),
            QStringLiteral("cannot write audit record %1 to %2 (%3)")
                .arg(seq)
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))),
            { { QStringLiteral("path"), path } } };
    }
    m_needsNewline = false;
    m_seq = seq;
    m_lastMac = mac;
    const QByteArray head = QJsonDocument(
        QJsonObject { { QStringLiteral("seq"), seq }, { QStringLiteral("mac"), QString::fromLatin1(mac) },
            { QStringLiteral("check"), QString::fromLatin1(headCheck(m_key, seq, mac)) } })
                                .toJson(QJsonDocument::Compact);
    if (!posix::replaceSynced(m_dir, QDir(m_dir).filePath(QLatin1String(kHeadName)), head))
        return Error { QString::fromLatin1(errors::kAuditWrite),
            QStringLiteral("audit record %1 was written but its end marker could not be updated in %2")
                .arg(seq)
                .arg(m_dir),
            { { QStringLiteral("path"), m_dir } } };
    return std::nullopt;
}

} // namespace bd::storage
