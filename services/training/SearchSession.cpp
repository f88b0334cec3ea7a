#include "services/training/SearchSession.h"

#include "services/gateway/GatewayJson.h"
#include "services/training/HttpConnection.h"
#include "services/training/TrainingGatewayServer.h"

#include <QTimer>

namespace bd::training {

using namespace bd::gateway;

using namespace bd::model;

namespace {

bool isPoliceCategory(const QString& category)
{
    return category != QLatin1String("refusal-of-entry") && category != QLatin1String("return")
        && category != QLatin1String("object");
}

} // namespace

SearchSession::SearchSession(HttpConnection* connection,
    const TrainingGatewayServer& server,
    const SearchRequest& request,
    UserProfile profile,
    CaseFile c)
    : QObject(connection)
    , m_connection(connection)
    , m_case(std::move(c))
    , m_profile(profile)
    , m_allowed(profileSystems(profile))
    , m_oversized(server.config().oversizedLineBytes)
{
    m_clock.start();
    m_summary.searchId = request.searchId;
    const auto faults = server.faults();
    const auto latency = server.latencies();
    QByteArray immediate;
    for (SystemId s : requestedSystems(request)) {
        if (!m_allowed.contains(s)) {
            m_summary.withheld.append(s);
            immediate += systemLine(SystemEvent { {}, s, SystemStatus::NotAuthorised, 0, {},
                QStringLiteral("not in the profile '%1'").arg(profileKey(m_profile)) });
            continue;
        }
        immediate += schedule(s, faults.value(s), latency.value(s));
    }
    addVisibleLinks();
    connection->beginStream(200, "application/x-ndjson");
    connection->writeChunk(immediate);
    if (m_pending == 0)
        closeIfDone();
}

QList<SystemId> SearchSession::requestedSystems(const SearchRequest& request) const
{
    QList<SystemId> systems;
    for (SystemId s : request.systems.isEmpty() ? allSystems() : request.systems) {
        if (!systems.contains(s))
            systems.append(s);
    }
    return systems;
}

// Starts the system's timer, or returns its line when it answers at once. A fault set on the
// gateway wins over the case's own fault for that system.
QByteArray SearchSession::schedule(SystemId s, const Fault& gatewayFault, int baseLatencyMs)
{
    Fault f = gatewayFault;
    if (f.kind == FaultKind::None)
        f = m_case.faults.value(s);
    int ms = baseLatencyMs;
    if (f.kind == FaultKind::Latency)
        ms += f.ms;
    else if (f.kind != FaultKind::None)
        ms = f.ms > 0 ? f.ms : ms;
    if (f.kind == FaultKind::Stalled) {
        m_stalled = true;
        return {};
    }
    if (ms <= 0 && f.kind != FaultKind::Truncated)
        return answer(s, f.kind);
    ++m_pending;
    QTimer::singleShot(ms, this, [this, s, kind = f.kind] { deliver(s, kind); });
    return {};
}

// A link is sent only when at least two of its records are in systems the profile may see.
void SearchSession::addVisibleLinks()
{
    for (const IdentityLink& l : m_case.links) {
        int visible = 0;
        for (const RecordRef& r : l.records)
            visible += m_allowed.contains(r.system) ? 1 : 0;
        if (visible >= 2)
            m_summary.links.append(l);
    }
}

// Every well-formed line carries the request's searchId: the client rejects a line of another search.
QByteArray SearchSession::systemLine(SystemEvent e) const
{
    e.searchId = m_summary.searchId;
    return json::toNdjsonLine(json::encode(e));
}

QByteArray SearchSession::faultLine(SystemId s, FaultKind kind, int elapsed) const
{
    switch (kind) {
    case FaultKind::Down:
        return systemLine(SystemEvent {
            {}, s, SystemStatus::Unavailable, elapsed, {}, QStringLiteral("system unavailable (training fault)") });
    case FaultKind::Error:
        return systemLine(SystemEvent {
            {}, s, SystemStatus::Error, elapsed, {}, QStringLiteral("internal error in the system (training fault)") });
    case FaultKind::Garbage:
        return QByteArrayLiteral("<html><body>502 Bad Gateway</body></html> (training fault: not JSON)\n");
    case FaultKind::Oversized: {
        QByteArray line = "{\"type\":\"system\",\"system\":\"" + systemKey(s).toLatin1() + "\",\"padding\":\"";
        line += QByteArray(std::max<qsizetype>(0, m_oversized - line.size() - 3), 'x');
        return line + "\"}\n";
    }
    default:
        return {};
    }
}

QByteArray SearchSession::answer(SystemId s, FaultKind kind)
{
    const int elapsed = static_cast<int>(m_clock.elapsed());
    if (const QByteArray fault = faultLine(s, kind, elapsed); !fault.isEmpty())
        return fault;
    m_summary.answered.append(s);
    SystemEvent e = m_case.answers.value(s, SystemEvent { {}, s, SystemStatus::NoHit, 0, {}, {} });
    e.system = s;
    if (s == SystemId::Sis && m_profile == UserProfile::Consular) {
        e.hits.removeIf([](const Hit& h) { return h.sis && isPoliceCategory(h.sis->category); });
        if (e.status == SystemStatus::Hit && e.hits.isEmpty())
            e.status = SystemStatus::NoHit;
    }
    e.latencyMs = elapsed;
    return systemLine(e);
}

void SearchSession::deliver(SystemId s, FaultKind kind)
{
    if (!m_connection || !m_connection->connected())
        return;
    if (kind == FaultKind::Truncated) {
        const QByteArray line = answer(s, FaultKind::None);
        m_connection->writeChunk(line.left(line.size() / 2));
        m_connection->cut();
        return;
    }
    m_connection->writeChunk(answer(s, kind));
    --m_pending;
    closeIfDone();
    if (m_connection)
        m_connection->flush();
}

void SearchSession::closeIfDone()
{
    if (m_pending > 0 || m_stalled)
        return; // a stalled system never answers: the stream stays open until the client gives up
    m_summary.totalMs = static_cast<int>(m_clock.elapsed());
    m_connection->writeChunk(json::toNdjsonLine(json::encode(m_summary)));
    m_connection->endStream();
    deleteLater();
}

} // namespace bd::training
