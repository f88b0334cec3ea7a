#pragma once

#include "services/gateway/Protocol.h"
#include "services/training/CaseFile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace bd::training {

class HttpConnection;
class TrainingGatewayServer;

// One streamed search of the training gateway: a timer per system, the events in the order they
// fire, then the summary. Systems outside `profile` (the client certificate's) answer
// not-authorised at once. Owned by its connection; deletes itself when the summary is sent.
class SearchSession : public QObject
{
public:
    SearchSession(HttpConnection* connection,
        const TrainingGatewayServer& server,
        const bd::gateway::SearchRequest& request,
        bd::gateway::UserProfile profile,
        CaseFile c);

private:
    QList<bd::gateway::SystemId> requestedSystems(const bd::gateway::SearchRequest& request) const;
    QByteArray schedule(bd::gateway::SystemId s, const Fault& gatewayFault, int baseLatencyMs);
    void addVisibleLinks();
    QByteArray systemLine(bd::gateway::SystemEvent e) const;
    QByteArray answer(bd::gateway::SystemId s, FaultKind kind);
    QByteArray faultLine(bd::gateway::SystemId s, FaultKind kind, int elapsed) const;
    void deliver(bd::gateway::SystemId s, FaultKind kind);
    void closeIfDone();

    QPointer<HttpConnection> m_connection;
    CaseFile m_case;
    bd::gateway::UserProfile m_profile;
    QList<bd::gateway::SystemId> m_allowed;
    qsizetype m_oversized;
    QElapsedTimer m_clock;
    bd::gateway::SearchSummary m_summary;
    int m_pending = 0;
    bool m_stalled = false;
};

} // namespace bd::training
