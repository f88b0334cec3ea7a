// The retro-check over the real store on its thread: offline checks are made again oldest first
// under new search ids; a hit raises retroHit with the original check's time and traveller; a
// re-check the link fails stops the round and leaves the rest waiting; what was re-checked is not
// made again; and the round goes on the audit trail by reference.
#include "services/session/RetroChecker.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedGatewayClient.h"
#include "tests/support/TestHygiene.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd::model;
using bd::session::RetroChecker;
using bd::session::RetroChecks;
using bd::session::RetroHit;

namespace {

SearchRequest offlineRequest(const QString& id, const QString& number)
{
    SearchRequest r;
    r.searchId = id;
    r.officerId = QStringLiteral("officer-1");
    r.purpose = Purpose::EntryCheck;
    r.person = { QStringLiteral("DOE"), QStringLiteral("JANE"), QDate(1980, 1, 1), QStringLiteral("F"),
        QStringLiteral("USA") };
    r.document = { QStringLiteral("P"), QStringLiteral("USA"), number, QDate(2031, 1, 1) };
    r.systems = { SystemId::Sis, SystemId::Vis };
    return r;
}

// The gateway's answer to `request`: SIS `sis`, VIS no hit, with the summary.
bd::gateway::SearchOutcome answered(const SearchRequest& request, SystemStatus sis)
{
    bd::gateway::SearchOutcome o;
    o.searchId = request.searchId;
    o.events = { SystemEvent { request.searchId, SystemId::Sis, sis, 5, {}, {} },
        SystemEvent { request.searchId, SystemId::Vis, SystemStatus::NoHit, 5, {}, {} } };
    o.summary = SearchSummary { request.searchId, {}, {}, request.systems, 10 };
    return o;
}

bd::gateway::SearchOutcome unreachable(const SearchRequest& request)
{
    bd::gateway::SearchOutcome o;
    o.searchId = request.searchId;
    o.error = bd::core::Error { QString::fromLatin1(bd::gateway::errors::kUnreachable), QStringLiteral("refused"), {} };
    for (SystemId s : request.systems)
        o.events.append(SystemEvent { request.searchId, s, SystemStatus::Error, 0, {}, QStringLiteral("refused") });
    return o;
}

class RecordingSink : public bd::storage::AuditSink
{
public:
    void record(const bd::storage::AuditEvent& event) override { events.append(event); }
    QList<bd::storage::AuditEvent> events;
};

} // namespace

class TestRetroChecker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bd::testsupport::FakeClock m_clock;

    // Three offline checks a minute apart, the oldest first.
    void rememberThree(bd::storage::StoreThread& store, const RetroChecks& checks)
    {
        for (int i = 1; i <= 3; ++i) {
            store.post([&checks, i](bd::storage::Database& db) {
                QVERIFY(!checks.remember(
                    db, offlineRequest(QStringLiteral("off-%1").arg(i), QStringLiteral("N%1").arg(i))));
            });
            store.waitForIdle();
            m_clock.advance(60 * 1000);
        }
    }

    int waiting(bd::storage::StoreThread& store, const RetroChecks& checks)
    {
        int n = -1;
        store.post([&](bd::storage::Database& db) { n = checks.waitingCount(db).value(); });
        store.waitForIdle();
        return n;
    }

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
    }

    void aHitIsRaisedAndALinkFailureStopsTheRound()
    {
        const auto keys = bd::storage::loadOrCreateDataKeys(m_dir.path());
        const bd::storage::FieldCipher cipher(keys.value());
        const RetroChecks checks(cipher, m_clock);
        bd::storage::StoreThread store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("store.sqlite")), bd::storage::storeMigrations(), m_clock));
        const QDateTime firstCheck = m_clock.now();
        rememberThree(store, checks);

        bd::testsupport::ScriptedGatewayClient client;
        RecordingSink audit;
        RetroChecker checker(store, checks, client, m_clock);
        checker.setAuditSink(&audit);
        QSignalSpy hits(&checker, &RetroChecker::retroHit);
        QSignalSpy rounds(&checker, &RetroChecker::roundFinished);

        checker.run();
        QTRY_COMPARE(client.requests.size(), 1);
        const SearchRequest first = client.requests.at(0);
        QVERIFY(first.searchId != QStringLiteral("off-1")); // a new search of the same traveller
        QCOMPARE(first.document.number, QStringLiteral("N1"));
        checker.run(); // while a round runs: nothing more
        client.lastHandle()->finish(answered(first, SystemStatus::Hit));
        QTRY_COMPARE(client.requests.size(), 2);
        QCOMPARE(hits.size(), 1);
        const auto hit = hits.at(0).at(0).value<RetroHit>();
        QCOMPARE(hit.original.searchId, QStringLiteral("off-1"));
        QCOMPARE(hit.checkedAt, firstCheck);
        QCOMPARE(hit.recheckId, first.searchId);
        QCOMPARE(hit.systems, QList<SystemId> { SystemId::Sis });

        // The second re-check finds the link gone again: the round stops, two checks wait.
        QCOMPARE(client.requests.at(1).document.number, QStringLiteral("N2"));
        client.lastHandle()->finish(unreachable(client.requests.at(1)));
        QTRY_COMPARE(rounds.size(), 1);
        QCOMPARE(rounds.at(0).at(0).toInt(), 1);
        QCOMPARE(rounds.at(0).at(1).toBool(), true);
        QCOMPARE(client.requests.size(), 2);
        QCOMPARE(waiting(store, checks), 2);

        // The link is back: the two left, no hit; nothing is waiting afterwards.
        checker.run();
        QTRY_COMPARE(client.requests.size(), 3);
        QCOMPARE(client.requests.at(2).document.number, QStringLiteral("N2"));
        client.lastHandle()->finish(answered(client.requests.at(2), SystemStatus::NoHit));
        QTRY_COMPARE(client.requests.size(), 4);
        client.lastHandle()->finish(answered(client.requests.at(3), SystemStatus::NoHit));
        QTRY_COMPARE(rounds.size(), 2);
        QCOMPARE(rounds.at(1).at(0).toInt(), 2);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(waiting(store, checks), 0);

        // On the trail: each re-check's search and its outcome, by reference.
        QStringList outcomes;
        for (const auto& e : audit.events)
            if (e.kind == QLatin1String("retro-check"))
                outcomes << e.reference + QLatin1Char(':') + e.details.value(QStringLiteral("outcome")).toString();
        QCOMPARE(outcomes,
            (QStringList {
                QStringLiteral("off-1:hit"), QStringLiteral("off-2:no-hit"), QStringLiteral("off-3:no-hit") }));
        QCOMPARE(audit.events.size(), 4 + 3); // four searches, three outcomes
    }
};

QTEST_GUILESS_MAIN(TestRetroChecker)
#include "TestRetroChecker.moc"
