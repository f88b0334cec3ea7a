#pragma once

#include "services/core/Clock.h"
#include "services/gateway/GatewayClient.h"
#include "services/session/CheckArchive.h"
#include "services/session/CheckService.h"
#include "services/session/RetroChecks.h"
#include "services/session/RetroHit.h"
#include "services/storage/StoreThread.h"

#include <QList>
#include <QObject>

namespace bd::session {

// The retro-check (issue 9 §5): when the link returns, every search that ended without an answer
// is made again, one at a time, oldest first, under a new search id (on the audit trail as a
// "search", then "retro-check" with the outcome). A re-check that hits raises retroHit(); one that
// fails for want of the link stops the round and leaves the rest waiting for the next; any other
// outcome marks the check re-checked ("hit", "no-hit", "incomplete"). The new answers are cached.
class RetroChecker : public QObject
{
    Q_OBJECT
public:
    RetroChecker(bd::storage::StoreThread& store,
        const RetroChecks& checks,
        bd::gateway::GatewayClient& client,
        const bd::core::Clock& clock,
        QObject* parent = nullptr);

    void setArchive(CheckArchive* archive) { m_archive = archive; }
    void setAuditSink(bd::storage::AuditSink* sink) { m_service.setAuditSink(sink); }
    bool isRunning() const { return m_running; }

public slots:
    // One round over the waiting checks; a call while a round runs changes nothing.
    void run();

signals:
    void retroHit(const bd::session::RetroHit& hit);
    // The round ended: how many checks were re-checked, and whether the link failed on the way.
    void roundFinished(int rechecked, bool linkFailed);

private:
    void next();
    void finishRound(bool linkFailed);
    void recheck(
        const OfflineCheck& check, const bd::gateway::SearchOutcome& outcome, const bd::model::SearchRequest& request);

    bd::storage::StoreThread& m_store;
    const RetroChecks& m_checks;
    CheckService m_service;
    CheckArchive* m_archive = nullptr;
    QList<OfflineCheck> m_queue;
    int m_rechecked = 0;
    bool m_running = false;
};

} // namespace bd::session
