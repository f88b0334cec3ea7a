#include "services/gateway/SearchStream.h"

#include "services/core/LogCategories.h"
#include "services/gateway/GatewayJson.h"

#include <QRegularExpression>

namespace bd::gateway {
using namespace bd::model;

namespace {

QByteArrayView prefix(QByteArrayView v, qsizetype n)
{
    return v.first(qMin(n, v.size()));
}

// The system a broken line was about, if it can be told from its first bytes.
std::optional<SystemId> systemNamedIn(QByteArrayView line)
{
    static const QRegularExpression re(QStringLiteral(R"re("system"\s*:\s*"([a-z-]{2,20})")re"));
    const QString head = QString::fromLatin1(prefix(line, 4096));
    const auto m = re.match(head);
    return m.hasMatch() ? systemFromKey(m.captured(1)) : std::nullopt;
}

// Two lines give the same answer when they say the same; the measured latency may differ.
bool sameAnswer(const SystemEvent& a, const SystemEvent& b)
{
    return a.status == b.status && a.hits == b.hits && a.detail == b.detail;
}

} // namespace

SearchStream::SearchStream(QString searchId, QList<SystemId> expected, qint64 maxLineBytes)
    : m_searchId(std::move(searchId))
    , m_expected(std::move(expected))
    , m_maxLineBytes(maxLineBytes)
{
}

QList<SystemId> SearchStream::pending() const
{
    QList<SystemId> out;
    for (SystemId s : m_expected)
        if (!m_index.contains(static_cast<int>(s)))
            out.append(s);
    return out;
}

void SearchStream::record(const SystemEvent& e, QList<SystemEvent>& out)
{
    const int key = static_cast<int>(e.system);
    const auto it = m_index.constFind(key);
    if (it == m_index.cend()) {
        m_index.insert(key, m_final.size());
        m_final.append(e);
        out.append(e);
        return;
    }
    if (m_rejected.contains(e.system))
        return; // nothing this system says is trusted any more
    if (m_expired.contains(e.system)) {
        // A late answer replaces the deadline status we made up.
        m_expired.removeAll(e.system);
        m_final[*it] = e;
        out.append(e);
        return;
    }
    // A system answers once: a repeat changes nothing, a different second answer leaves no answer
    // to trust (no-hit then hit must never stay no-hit).
    if (sameAnswer(m_final.at(*it), e))
        return;
    qCWarning(lcGateway) << "conflicting answers from" << systemKey(e.system);
    reject(e.system, QStringLiteral("conflicting answers from this system"), e.latencyMs, out);
}

void SearchStream::reject(SystemId system, const QString& detail, int latencyMs, QList<SystemEvent>& out)
{
    if (m_rejected.contains(system))
        return;
    m_rejected.append(system);
    m_expired.removeAll(system);
    SystemEvent e;
    e.searchId = m_searchId;
    e.system = system;
    e.status = SystemStatus::Error;
    e.latencyMs = latencyMs;
    e.detail = detail;
    if (const auto it = m_index.constFind(static_cast<int>(system)); it != m_index.cend()) {
        m_final[*it] = e;
    } else {
        m_index.insert(static_cast<int>(system), m_final.size());
        m_final.append(e);
    }
    out.append(e);
}

void SearchStream::badLine(const QString& reason, std::optional<SystemId> system, QList<SystemEvent>& out)
{
    qCWarning(lcGateway) << "search answer line rejected:" << reason;
    if (system) {
        SystemEvent e;
        e.searchId = m_searchId;
        e.system = *system;
        e.status = SystemStatus::Error;
        e.detail = reason;
        record(e, out);
        return;
    }
    m_unattributed = reason;
    // A line nobody can attribute might have been any system's (second) answer: the stream as a
    // whole can no longer be trusted, even when every system has answered.
    if (!m_streamError)
        m_streamError = bd::core::Error { QString::fromLatin1(errors::kMalformed),
            QStringLiteral("an answer line could not be read (%1)").arg(reason), {} };
    // One system still to answer: the line was most likely its answer, so it shows as error now
    // rather than "waiting" until the deadline. Only the client says so: a real answer from it
    // that still comes replaces this (and the stream error above stays).
    if (const QList<SystemId> waiting = pending(); waiting.size() == 1) {
        SystemEvent e;
        e.searchId = m_searchId;
        e.system = waiting.first();
        e.status = SystemStatus::Error;
        e.detail = reason;
        record(e, out);
        m_expired.append(e.system);
    }
}

void SearchStream::handleLine(QByteArrayView line, QList<SystemEvent>& out)
{
    if (line.trimmed().isEmpty())
        return;
    const auto object = json::parseObject(line.toByteArray());
    if (!object) {
        badLine(QStringLiteral("unreadable answer line (%1)").arg(object.error().detail), systemNamedIn(line), out);
        return;
    }
    const QString type = object->value(QStringLiteral("type")).toString();
    if (type == QLatin1String("system")) {
        auto event = json::decodeSystemEvent(*object);
        if (!event) {
            badLine(QStringLiteral("answer failed the schema check (%1)").arg(event.error().detail),
                systemFromKey(object->value(QStringLiteral("system")).toString()), out);
            return;
        }
        if (event->status == SystemStatus::Pending) {
            badLine(QStringLiteral("answer has the client-only status 'pending'"), event->system, out);
            return;
        }
        if (event->searchId != m_searchId) {
            // Never that system's answer: the stream mixes searches, so nothing on it is trustworthy.
            qCWarning(lcGateway) << "search answer line rejected: it belongs to another search";
            m_streamError = bd::core::Error { QString::fromLatin1(errors::kSchema),
                QStringLiteral("an answer line belongs to another search"), {} };
            reject(event->system, QStringLiteral("answer belongs to another search"), event->latencyMs, out);
            return;
        }
        record(*event, out);
        return;
    }
    if (type == QLatin1String("summary")) {
        auto summary = json::decodeSearchSummary(*object);
        if (!summary) {
            m_streamError = bd::core::Error { QString::fromLatin1(errors::kSchema),
                QStringLiteral("summary failed the schema check (%1)").arg(summary.error().detail), {} };
            return;
        }
        if (summary->searchId != m_searchId) {
            m_streamError = bd::core::Error { QString::fromLatin1(errors::kSchema),
                QStringLiteral("summary belongs to another search"), {} };
            return;
        }
        m_summary = *summary;
        return;
    }
    badLine(QStringLiteral("answer line of unknown type"), systemNamedIn(line), out);
}

QList<SystemEvent> SearchStream::feed(QByteArrayView bytes)
{
    QList<SystemEvent> out;
    while (!bytes.isEmpty()) {
        const qsizetype nl = bytes.indexOf('\n');
        const QByteArrayView chunk = nl < 0 ? bytes : bytes.first(nl);
        if (m_discarding) {
            if (nl >= 0)
                m_discarding = false;
        } else if (m_buffer.size() + chunk.size() > m_maxLineBytes) {
            const QByteArray head = m_buffer.left(4096) + prefix(chunk, 4096).toByteArray();
            badLine(QStringLiteral("answer line longer than %1 bytes").arg(m_maxLineBytes), systemNamedIn(head), out);
            m_buffer.clear();
            m_discarding = nl < 0;
        } else if (nl < 0) {
            m_buffer.append(chunk);
        } else if (m_buffer.isEmpty()) {
            handleLine(chunk, out);
        } else {
            m_buffer.append(chunk);
            const QByteArray line = std::exchange(m_buffer, {});
            handleLine(line, out);
        }
        bytes = nl < 0 ? QByteArrayView() : bytes.sliced(nl + 1);
    }
    return out;
}

QString SearchStream::maybeUnreadable() const
{
    return m_unattributed.isEmpty()
        ? QString()
        : QStringLiteral("; a line that could not be read may have been its answer (%1)").arg(m_unattributed);
}

QList<SystemEvent> SearchStream::endOfStream()
{
    QList<SystemEvent> out;
    if (!m_buffer.trimmed().isEmpty() || m_discarding) {
        const QByteArray rest = std::exchange(m_buffer, {});
        m_discarding = false;
        // A complete object without its newline is still a whole answer; anything else is truncated.
        if (const auto o = json::parseObject(rest); o.ok())
            handleLine(rest, out);
        else
            badLine(QStringLiteral("answer truncated: the stream ended inside a line"), systemNamedIn(rest), out);
    }
    if (!m_summary && !m_streamError)
        m_streamError = bd::core::Error { QString::fromLatin1(errors::kMalformed),
            QStringLiteral("the answer stream ended without its summary"), {} };
    const QList<SystemId> waiting = pending();
    for (SystemId s : waiting) {
        SystemEvent e;
        e.searchId = m_searchId;
        e.system = s;
        if (!m_unattributed.isEmpty() && (waiting.size() == 1 || (m_summary && m_summary->answered.contains(s)))) {
            // A line nobody could attribute came, and this is the one system without an answer (or
            // the gateway says it answered for it): that line was its answer.
            e.status = SystemStatus::Error;
            e.detail = m_unattributed;
        } else if (m_summary) {
            e.status = SystemStatus::Timeout;
            e.detail
                = QStringLiteral("no answer from this system before the gateway closed the search") + maybeUnreadable();
        } else {
            e.status = SystemStatus::Error;
            e.detail = QStringLiteral("the answer stream ended before this system answered") + maybeUnreadable();
        }
        record(e, out);
    }
    return out;
}

QList<SystemEvent> SearchStream::expirePending(int deadlineMs)
{
    QList<SystemEvent> out;
    const QList<SystemId> waiting = pending();
    for (SystemId s : waiting) {
        SystemEvent e;
        e.searchId = m_searchId;
        e.system = s;
        e.latencyMs = deadlineMs;
        if (!m_unattributed.isEmpty() && waiting.size() == 1) {
            // An unreadable line came and this is the one system without an answer: it was its answer.
            e.status = SystemStatus::Error;
            e.detail = m_unattributed;
        } else { // its own deadline passed; an unreadable line may have been any pending system's
            e.status = SystemStatus::Timeout;
            e.detail = QStringLiteral("no answer within %1 ms").arg(deadlineMs) + maybeUnreadable();
        }
        record(e, out);
        m_expired.append(s);
    }
    return out;
}

QList<SystemEvent> SearchStream::failPending(const QString& detail)
{
    QList<SystemEvent> out;
    for (SystemId s : pending()) {
        SystemEvent e;
        e.searchId = m_searchId;
        e.system = s;
        e.status = SystemStatus::Error;
        e.detail = detail;
        record(e, out);
    }
    return out;
}

SearchOutcome SearchStream::outcome(std::optional<bd::core::Error> error) const
{
    SearchOutcome o;
    o.searchId = m_searchId;
    o.summary = m_summary;
    o.error = error ? error : (m_summary ? std::nullopt : m_streamError);
    if (!o.error && m_streamError)
        o.error = m_streamError;
    o.events = m_final;
    // An unreadable line, and in the end one system that never answered: that line was its answer
    // (the others' answers came after their deadline had passed).
    if (!m_unattributed.isEmpty()) {
        QList<qsizetype> unanswered;
        for (qsizetype i = 0; i < o.events.size(); ++i)
            if (m_expired.contains(o.events[i].system) && o.events[i].status == SystemStatus::Timeout)
                unanswered.append(i);
        if (unanswered.size() == 1) {
            o.events[unanswered.first()].status = SystemStatus::Error;
            o.events[unanswered.first()].detail = m_unattributed;
        }
    }
    return o;
}

} // namespace bd::gateway
