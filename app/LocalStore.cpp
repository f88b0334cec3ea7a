#include "app/LocalStore.h"

#include "services/core/LogCategories.h"
#include "services/storage/OutboxRecovery.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"

#include <QDir>

namespace bd::app {

LocalStore::LocalStore(const bd::storage::DataKeys& keys, const bd::core::Clock& clock, int retentionHours)
    : m_clock(clock)
    , m_retentionSeconds(qint64(retentionHours) * 3600)
    , m_cipher(keys)
    , m_cache(m_cipher, clock)
    , m_retro(m_cipher, clock)
    , m_archive(m_thread, m_cache, m_retro)
    , m_decisions(m_thread, m_cipher)
{
    m_purgeTimer.setInterval(3600 * 1000);
    QObject::connect(&m_purgeTimer, &QTimer::timeout, [this]() { purgeExpired(); });
}

LocalStore::~LocalStore() = default;

std::unique_ptr<LocalStore> LocalStore::open(const QString& dataDir,
    const bd::storage::DataKeys& keys,
    const bd::core::Clock& clock,
    int retentionHours,
    QString* warning)
{
    std::unique_ptr<LocalStore> store(new LocalStore(keys, clock, retentionHours));
    bd::storage::OpenReport report;
    const auto opened = store->m_thread.open(QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)),
        bd::storage::storeMigrations(), clock);
    if (!opened) {
        qCWarning(lcApp, "local store unavailable (%s): %s", qPrintable(opened.error().code),
            qPrintable(opened.error().detail));
        *warning = opened.error().code == QLatin1String(bd::storage::errors::kNewerSchema)
            ? QObject::tr("The local store was written by a newer BorderDesk and is left untouched: no offline "
                          "results, tell support.")
            : QObject::tr("Local store unavailable \u2014 no offline results; tell support. %1")
                  .arg(opened.error().detail);
        return nullptr;
    }
    report = opened.value();
    if (!report.movedAside.isEmpty()) {
        // The records it still had to send are copied over before anything else runs.
        std::optional<bd::storage::OutboxRecovered> recovered;
        store->m_thread.post([&](bd::storage::Database& db) {
            auto r = bd::storage::recoverOutbox(report.movedAside, db);
            if (r)
                recovered = r.value();
            else
                qCWarning(lcApp, "outbox recovery failed: %s", qPrintable(r.error().code));
        });
        store->m_thread.waitForIdle();
        qCWarning(lcApp, "local store was damaged: moved aside, a fresh one made");
        *warning = QObject::tr("The local store was damaged and moved aside (%1); a fresh one was made, cached "
                               "results are gone. %2 Tell support.")
                       .arg(QDir::toNativeSeparators(report.movedAside),
                           !recovered ? QObject::tr("Records not yet sent could NOT be recovered.")
                               : recovered->complete
                               ? QObject::tr("%1 records not yet sent were recovered.").arg(recovered->records)
                               : QObject::tr("%1 records not yet sent were recovered; more may be lost.")
                                     .arg(recovered->records));
    }
    qCInfo(lcApp, "local store open: schema %d (was %d)", report.toVersion, report.fromVersion);
    store->purgeExpired();
    store->m_purgeTimer.start();
    return store;
}

bd::session::RetroChecker& LocalStore::startRetroChecks(
    bd::gateway::GatewayClient& client, bd::gateway::ConnectivityMonitor& monitor, bd::storage::AuditSink* audit)
{
    using State = bd::gateway::ConnectivityMonitor::State;
    m_retroChecker = std::make_unique<bd::session::RetroChecker>(m_thread, m_retro, client, m_clock);
    m_retroChecker->setArchive(&m_archive);
    m_retroChecker->setAuditSink(audit);
    QObject::connect(&monitor, &bd::gateway::ConnectivityMonitor::stateChanged, m_retroChecker.get(),
        [checker = m_retroChecker.get()](State state) {
            if (state == State::Online) // degraded: a re-check would miss the systems that are down
                checker->run();
        });
    return *m_retroChecker;
}

bd::session::OutboxSender& LocalStore::startOutbox(
    bd::gateway::GatewayClient& client, bd::gateway::ConnectivityMonitor& monitor)
{
    using State = bd::gateway::ConnectivityMonitor::State;
    m_outbox = std::make_unique<bd::session::OutboxSender>(m_thread, m_cipher, client, m_clock);
    m_decisions.setSender(m_outbox.get());
    if (m_auditShipper)
        m_auditShipper->setSender(m_outbox.get());
    QObject::connect(&monitor, &bd::gateway::ConnectivityMonitor::stateChanged, m_outbox.get(),
        [sender = m_outbox.get()](State state) {
            if (state == State::Online || state == State::Degraded)
                sender->wake(); // the link is back: what waits for its retry goes now
        });
    m_outbox->start();
    return *m_outbox;
}

void LocalStore::stopOutbox()
{
    m_decisions.setSender(nullptr);
    if (m_auditShipper)
        m_auditShipper->setSender(nullptr);
    m_outbox.reset();
}

bd::session::HotlistSync& LocalStore::startHotlist(
    bd::gateway::GatewayClient& client, bd::gateway::ConnectivityMonitor& monitor)
{
    using State = bd::gateway::ConnectivityMonitor::State;
    m_hotlist = std::make_unique<bd::session::HotlistSync>(
        m_thread, m_cipher, client, m_clock, bd::session::HotlistSync::Options {});
    m_archive.setHotlist(m_hotlist.get());
    QObject::connect(&monitor, &bd::gateway::ConnectivityMonitor::stateChanged, m_hotlist.get(),
        [hotlist = m_hotlist.get()](State state) {
            if (state == State::Online && hotlist->status().lastError)
                hotlist->syncNow(); // the link is back after a failed sync: do not wait for the retry
        });
    m_hotlist->start();
    return *m_hotlist;
}

void LocalStore::stopHotlist()
{
    m_archive.setHotlist(nullptr);
    m_hotlist.reset();
}

bd::session::AuditShipper& LocalStore::startAuditShipping(
    const QString& dataDir, const bd::storage::DataKeys& keys, bd::storage::AuditWriter& writer)
{
    m_auditShipper = std::make_unique<bd::session::AuditShipper>(m_thread, m_cipher, dataDir, keys);
    m_auditShipper->setSender(m_outbox.get());
    QObject::connect(
        &writer, &bd::storage::AuditWriter::written, m_auditShipper.get(), &bd::session::AuditShipper::ship);
    m_auditShipper->ship(); // what was written before this start (or before a crash) and not yet queued
    return *m_auditShipper;
}

void LocalStore::purgeExpired()
{
    m_thread.post([cache = &m_cache, retro = &m_retro, age = m_retentionSeconds](bd::storage::Database& db) {
        const auto cached = cache->purgeOlderThan(db, age);
        const auto rechecked = retro->purgeRecheckedOlderThan(db, age);
        if (!cached || !rechecked)
            qCWarning(lcStorage, "retention purge failed: %s",
                qPrintable(!cached ? cached.error().code : rechecked.error().code));
        else if (cached.value() + rechecked.value() > 0)
            qCInfo(
                lcStorage, "retention purge: %d cached results, %d offline checks", cached.value(), rechecked.value());
    });
}

} // namespace bd::app
