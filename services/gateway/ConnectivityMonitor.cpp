#include "services/gateway/ConnectivityMonitor.h"

#include "services/core/LogCategories.h"

#include <QMetaEnum>
#include <QTimer>

#include <algorithm>

namespace bd::gateway {
using namespace bd::model;

using bd::core::Result;

namespace {

// What the gateway said about a system (as opposed to a status the client made up).
bool isAnswer(const SystemEvent& e)
{
    return e.status == SystemStatus::Hit || e.status == SystemStatus::NoHit || e.status == SystemStatus::Unavailable
        || e.status == SystemStatus::NotAuthorised;
}

// Errors that say the gateway could not be reached or did not answer (rather than answered badly).
bool isLinkFailure(const QString& code)
{
    static const QStringList codes { QString::fromLatin1(errors::kTimeout), QString::fromLatin1(errors::kUnreachable),
        QString::fromLatin1(errors::kTls), QString::fromLatin1(errors::kUntrustedServer),
        QString::fromLatin1(errors::kClientCertificateRejected), QString::fromLatin1(errors::kModeUnconfirmed) };
    return codes.contains(code);
}

// Errors that say nothing about the link: the search was stopped here, or never went out.
bool saysNothingOfTheLink(const QString& code)
{
    static const QStringList codes { QString::fromLatin1(errors::kCancelled), QString::fromLatin1(errors::kConfig),
        QString::fromLatin1(errors::kKeyPermissions), QString::fromLatin1(errors::kTrainingGatewayInLiveMode),
        QString::fromLatin1(errors::kLiveGatewayInTrainingMode) };
    return codes.contains(code);
}

} // namespace

ConnectivityMonitor::ConnectivityMonitor(GatewayClient& client, Config config, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_config(config)
{
    connect(&m_client, &GatewayClient::searchStarted, this, &ConnectivityMonitor::onSearchStarted);
    connect(&m_client, &GatewayClient::searchEnded, this, &ConnectivityMonitor::onSearchEnded);
}

ConnectivityMonitor::ConnectivityMonitor(GatewayClient& client, QObject* parent)
    : ConnectivityMonitor(client, Config {}, parent)
{
}

ConnectivityMonitor::~ConnectivityMonitor()
{
    delete m_probe.data(); // aborts its request
}

void ConnectivityMonitor::setTimerSource(TimerSource source)
{
    m_timers = std::move(source);
}

void ConnectivityMonitor::schedule(int ms, std::function<void()> f)
{
    if (m_timers)
        m_timers(ms, this, std::move(f));
    else
        QTimer::singleShot(ms, this, std::move(f));
}

void ConnectivityMonitor::start()
{
    probe();
}

void ConnectivityMonitor::probe()
{
    ++m_scheduleRound; // this probe replaces the one scheduled
    if (m_probe)
        return; // one at a time: its answer or its timeout schedules the next
    const int round = ++m_probeRound;
    m_probe = m_client.checkHealth();
    connect(m_probe.data(), &HealthHandle::finished, this, [this, round](const Result<HealthReport>& health) {
        if (round != m_probeRound)
            return;
        dropProbe();
        if (health)
            probeAnswered(health);
        else
            probeFailed(QStringLiteral("%1: %2").arg(health.error().code, health.error().detail));
    });
    schedule(m_config.probeTimeoutMs, [this, round]() {
        if (round != m_probeRound || !m_probe)
            return;
        dropProbe();
        probeFailed(QStringLiteral("no health answer within %1 ms").arg(m_config.probeTimeoutMs));
    });
}

void ConnectivityMonitor::dropProbe()
{
    ++m_probeRound;
    if (HealthHandle* handle = m_probe.data()) {
        m_probe = nullptr;
        handle->disconnect(this);
        handle->deleteLater(); // a handle deleted before it finished aborts its request
    }
}

void ConnectivityMonitor::probeAnswered(const Result<HealthReport>& health)
{
    m_offlineProbes = 0;
    m_healthDown.clear();
    for (const auto& [system, status] : health->systems)
        if (status == QLatin1String("down"))
            m_healthDown << systemKey(system);
    gatewayAnswered();
    scheduleProbe(nextProbeMs());
}

void ConnectivityMonitor::probeFailed(const QString& why)
{
    ++m_offlineProbes;
    setState(State::Offline, why);
    scheduleProbe(nextProbeMs());
}

int ConnectivityMonitor::nextProbeMs() const
{
    if (m_state == State::Offline || m_state == State::Unknown) {
        const qint64 backoff = qint64(m_config.offlineProbeMs) << qMin(qMax(m_offlineProbes - 1, 0), 20);
        return int(qMin<qint64>(backoff, m_config.offlineProbeMaxMs));
    }
    return m_searchRunning ? m_config.searchProbeMs : m_config.probeIntervalMs;
}

void ConnectivityMonitor::scheduleProbe(int ms)
{
    const int round = ++m_scheduleRound;
    schedule(ms, [this, round]() {
        if (round == m_scheduleRound)
            probe();
    });
}

void ConnectivityMonitor::onSearchStarted()
{
    m_searchRunning = true;
    const int round = ++m_searchRound;
    schedule(m_config.searchWindowMs, [this, round]() {
        if (round == m_searchRound)
            m_searchRunning = false;
    });
    if (m_probe)
        return;
    if (m_state == State::Offline)
        probe(); // the officer is waiting: look again now, not after the backoff
    else
        scheduleProbe(m_config.searchProbeMs);
}

void ConnectivityMonitor::onSearchEnded(const SearchOutcome& outcome)
{
    ++m_searchRound;
    m_searchRunning = false;
    const QString code = outcome.error ? outcome.error->code : QString();
    if (saysNothingOfTheLink(code))
        return;
    const bool anyAnswer = std::any_of(outcome.events.cbegin(), outcome.events.cend(), isAnswer);
    if (!anyAnswer && (isLinkFailure(code) || !outcome.summary)) {
        // No answer at all: offline now; the next probe says when it is back.
        m_offlineProbes = 1;
        setState(State::Offline, QStringLiteral("the last search got no answer (%1)").arg(code));
        if (!m_probe)
            scheduleProbe(nextProbeMs());
        return;
    }
    m_searchFailed.clear();
    for (const SystemEvent& e : outcome.events)
        if (!isAnswer(e) || e.status == SystemStatus::Unavailable)
            m_searchFailed << systemKey(e.system);
    gatewayAnswered();
    if (!m_probe)
        scheduleProbe(nextProbeMs());
}

void ConnectivityMonitor::gatewayAnswered()
{
    QStringList down = m_healthDown;
    for (const QString& s : m_searchFailed)
        if (!down.contains(s))
            down << s;
    if (down.isEmpty())
        setState(State::Online, {});
    else
        setState(State::Degraded, QStringLiteral("not answering: %1").arg(down.join(QStringLiteral(", "))));
}

void ConnectivityMonitor::setState(State state, const QString& detail)
{
    m_detail = detail;
    if (state == m_state)
        return;
    const QMetaEnum names = QMetaEnum::fromType<State>();
    qCInfo(lcGateway) << "connectivity:" << names.valueToKey(int(m_state)) << "->" << names.valueToKey(int(state))
                      << detail;
    m_state = state;
    emit stateChanged(state);
}

} // namespace bd::gateway
