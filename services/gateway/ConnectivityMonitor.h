#pragma once

#include "services/core/Result.h"
#include "services/gateway/GatewayClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace bd::gateway {

// The link to the gateway as the officer should see it, from real answers only: periodic health
// probes (GatewayClient::checkHealth) and the outcome of every search. Nothing is claimed before an
// answer: the state starts Unknown ("checking"), is Online only after a good health answer or a
// search the gateway answered, Degraded when the gateway answers but some systems did not (in the
// last search) or its health report says some are down, and Offline when a probe gets no good answer
// within probeTimeoutMs or a search gets no answer at all (at once). While a search runs the link is
// probed every searchProbeMs, so a gateway that fails then is seen within searchProbeMs +
// probeTimeoutMs. Offline, probes come faster than online and back off (offlineProbeMs doubling up
// to offlineProbeMaxMs); the first good answer brings the state back. Timers go through an
// injectable TimerSource, so tests run in virtual time.
class ConnectivityMonitor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
public:
    enum class State
    {
        Unknown,
        Online,
        Degraded,
        Offline
    };
    Q_ENUM(State)

    struct Config
    {
        int probeIntervalMs = 30000; // online or degraded, no search running
        int searchProbeMs = 500; // while a search runs
        int searchWindowMs = 10000; // a search counts as running this long unless it ends earlier
        int probeTimeoutMs = 1000; // no health answer within this: offline
        int offlineProbeMs = 1000; // offline: the next probe after this, doubling ...
        int offlineProbeMaxMs = 10000; // ... up to this
    };

    // Same shape as HttpsGatewayClient::TimerSource: run `f` once after `ms` unless `context` went.
    using TimerSource = std::function<void(int ms, QObject* context, std::function<void()> f)>;

    ConnectivityMonitor(GatewayClient& client, Config config, QObject* parent = nullptr);
    explicit ConnectivityMonitor(GatewayClient& client, QObject* parent = nullptr);
    ~ConnectivityMonitor() override;

    void setTimerSource(TimerSource source); // before start()
    void start(); // the first probe, now

    State state() const { return m_state; }
    // Why, in words without personal data: the systems not answering, or the error of the link.
    QString detail() const { return m_detail; }

signals:
    void stateChanged(bd::gateway::ConnectivityMonitor::State state);

private:
    void probe();
    void probeAnswered(const bd::core::Result<model::HealthReport>& health);
    void probeFailed(const QString& why);
    void onSearchStarted();
    void onSearchEnded(const SearchOutcome& outcome);
    void gatewayAnswered(); // Online or Degraded, from what is known of the systems
    void setState(State state, const QString& detail);
    void scheduleProbe(int ms);
    void dropProbe();
    int nextProbeMs() const;
    void schedule(int ms, std::function<void()> f);

    GatewayClient& m_client;
    Config m_config;
    TimerSource m_timers;
    State m_state = State::Unknown;
    QString m_detail;
    QPointer<HealthHandle> m_probe; // the probe in flight
    int m_probeRound = 0; // a timer of an older probe or schedule does nothing
    int m_scheduleRound = 0;
    int m_searchRound = 0;
    bool m_searchRunning = false;
    int m_offlineProbes = 0; // failed probes in a row
    QStringList m_healthDown; // systems the last health report gave as down
    QStringList m_searchFailed; // systems that timed out or failed in the last search
};

} // namespace bd::gateway
