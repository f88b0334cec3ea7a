#pragma once

#include "services/model/Model.h"
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
        const bd::model::SearchRequest& request,
        bd::model::UserProfile profile,
        CaseFile c);

private:
    QList<bd::model::SystemId> requestedSystems(const bd::model::SearchRequest& request) const;
    QByteArray schedule(bd::model::SystemId s, const Fault& gatewayFault, int baseLatencyMs);
    void addVisibleLinks();
    QByteArray systemLine(bd::model::SystemEvent e) const;
    QByteArray answer(bd::model::SystemId s, FaultKind kind);
    QByteArray faultLine(bd::model::SystemId s, FaultKind kind, int elapsed) const;
    void deliver(bd::model::SystemId s, FaultKind kind);
    void closeIfDone();

    QPointer<HttpConnection> m_connection;
    CaseFile m_case;
    bd::model::UserProfile m_profile;
    QList<bd::model::SystemId> m_allowed;
    qsizetype m_oversized;
    QElapsedTimer m_clock;
    bd::model::SearchSummary m_summary;
    int m_pending = 0;
    bool m_stalled = false;
};

} // namespace bd::training
