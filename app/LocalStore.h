#pragma once

#include "services/core/Clock.h"
#include "services/gateway/ConnectivityMonitor.h"
#include "services/session/AuditShipper.h"
#include "services/session/HotlistSync.h"
#include "services/session/OutboxSender.h"
#include "services/session/ResultCache.h"
#include "services/session/RetroChecker.h"
#include "services/session/RetroChecks.h"
#include "services/session/StoreCheckArchive.h"
#include "services/session/StoreDecisionQueue.h"
#include "services/storage/AuditWriter.h"
#include "services/storage/DataKeys.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/StoreThread.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace bd::app {

// The workstation's encrypted store (store.sqlite in the data directory) and the services over it,
// wired: the store's own thread, the result cache and offline checks behind the CheckArchive the
// check flow uses, and the retention purge (at start, then hourly). open() says in `warning` what
// the officer must be told (a damaged store moved aside, a store of a newer version left alone);
// null when the store cannot be used at all — the workstation then runs without offline functions.
class LocalStore
{
public:
    ~LocalStore();
    static std::unique_ptr<LocalStore> open(const QString& dataDir,
        const bd::storage::DataKeys& keys,
        const bd::core::Clock& clock,
        int retentionHours,
        QString* warning);

    bd::session::CheckArchive& archive() { return m_archive; }
    // Decisions with their outbox records, written on the store's thread.
    bd::session::DecisionStore& decisions() { return m_decisions; }
    bd::storage::StoreThread& thread() { return m_thread; }
    const bd::storage::FieldCipher& cipher() const { return m_cipher; }
    const bd::session::RetroChecks& retroChecks() const { return m_retro; }
    // Runs the retention purge now (on the store's thread).
    void purgeExpired();
    // The retro-check: every time the link is back (online: every system up), the offline checks are made
    // again. Stopped before the client goes.
    bd::session::RetroChecker& startRetroChecks(
        bd::gateway::GatewayClient& client, bd::gateway::ConnectivityMonitor& monitor, bd::storage::AuditSink* audit);
    void stopRetroChecks() { m_retroChecker.reset(); }
    // The outbox's sender on the gateway client: started at once (what waits from before a restart
    // goes out), woken by every new decision and whenever the link is back. Stopped before the
    // client goes.
    bd::session::OutboxSender& startOutbox(
        bd::gateway::GatewayClient& client, bd::gateway::ConnectivityMonitor& monitor);
    void stopOutbox();
    // The offline hotlist kept current from the gateway (every 5 minutes, and when the link is back),
    // and looked up by the check when offline. Stopped before the client goes.
    bd::session::HotlistSync& startHotlist(
        bd::gateway::GatewayClient& client, bd::gateway::ConnectivityMonitor& monitor);
    void stopHotlist();
    // The audit trail into the outbox: what is on the trail and not yet queued goes now, then every
    // record as soon as the writer has it on disk. Independent of the gateway (records wait in the
    // outbox); stopped before the writer goes.
    bd::session::AuditShipper& startAuditShipping(
        const QString& dataDir, const bd::storage::DataKeys& keys, bd::storage::AuditWriter& writer);
    void stopAuditShipping() { m_auditShipper.reset(); }

private:
    LocalStore(const bd::storage::DataKeys& keys, const bd::core::Clock& clock, int retentionHours);

    const bd::core::Clock& m_clock;
    qint64 m_retentionSeconds;
    bd::storage::FieldCipher m_cipher;
    bd::session::ResultCache m_cache;
    bd::session::RetroChecks m_retro;
    bd::storage::StoreThread m_thread; // after what its jobs use: joined first on destruction
    bd::session::StoreCheckArchive m_archive;
    bd::session::StoreDecisionQueue m_decisions;
    QTimer m_purgeTimer;
    std::unique_ptr<bd::session::RetroChecker> m_retroChecker; // null until started
    std::unique_ptr<bd::session::OutboxSender> m_outbox; // null until started
    std::unique_ptr<bd::session::HotlistSync> m_hotlist; // null until started
    std::unique_ptr<bd::session::AuditShipper> m_auditShipper; // null until started
};

} // namespace bd::app
