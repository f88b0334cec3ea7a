// Keeping the offline hotlist current against a scripted gateway: the first sync asks for the whole
// list and the next for the delta since the version held, with the key id held; a refused delta
// (a version gap) is followed by one request for the whole list; a failed request is retried with
// a growing delay and the status says so; syncNow() while a sync runs does nothing more; the
// look-up answers from the store's thread.
#include "services/gateway/GatewayClient.h"
#include "services/model/HotlistKey.h"
#include "services/session/HotlistSync.h"
#include "services/storage/DataKeys.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"
#include "services/storage/StoreThread.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestHygiene.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using bd::core::Error;
using bd::core::Result;
using bd::gateway::HotlistHandle;
using bd::model::HotlistDelta;
using bd::model::HotlistEntry;
using bd::session::HotlistSync;
using bd::session::HotlistSyncStatus;

namespace {

const QByteArray kKey(32, 'K');

HotlistEntry stolen(const char* state, const char* number)
{
    return { QString::fromLatin1(
                 bd::model::hotlistDigest(kKey, QString::fromLatin1(state), QString::fromLatin1(number)).toHex()),
        QStringLiteral("stolen-document"), QStringLiteral("seize-document") };
}

// Answers each hotlist request with the next scripted answer on the next event-loop turn (the
// gateway unreachable when none is left), and remembers what was asked.
class FakeHotlistClient final : public bd::gateway::GatewayClient
{
public:
    using GatewayClient::GatewayClient;

    bd::gateway::SearchHandle* search(const bd::model::SearchRequest& r) override
    {
        return new bd::gateway::SearchHandle(r.searchId, this);
    }
    bd::gateway::RecordHandle* submitRecord(const bd::model::RecordSubmission&) override
    {
        return new bd::gateway::RecordHandle(this);
    }
    bd::gateway::HealthHandle* checkHealth() override { return new bd::gateway::HealthHandle(this); }
    HotlistHandle* fetchHotlist(qint64 sinceVersion, const QString& keyId) override
    {
        asked.append({ sinceVersion, keyId });
        auto* handle = new HotlistHandle(); // the caller owns it, as with the real client
        Result<HotlistDelta> answer = answers.isEmpty()
            ? Result<HotlistDelta>(
                Error { QString::fromLatin1(bd::gateway::errors::kUnreachable), QStringLiteral("scripted"), {} })
            : answers.takeFirst();
        QMetaObject::invokeMethod(
            handle, [handle, answer]() { handle->finish(answer); }, Qt::QueuedConnection);
        return handle;
    }

    QList<QPair<qint64, QString>> asked;
    QList<Result<HotlistDelta>> answers;
};

} // namespace

class TestHotlistSync : public QObject
{
    Q_OBJECT

    bd::testsupport::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bd::storage::StoreThread> m_store;
    std::unique_ptr<FakeHotlistClient> m_client;
    std::unique_ptr<HotlistSync> m_sync;

    void makeSync(HotlistSync::Options options = {})
    {
        auto keys = bd::storage::loadOrCreateDataKeys(m_dir->path());
        QVERIFY(keys.ok());
        m_sync = std::make_unique<HotlistSync>(*m_store, bd::storage::FieldCipher(*keys), *m_client, m_clock, options);
    }

    // Waits until a sync has ended and the next one is planned.
    bool settled()
    {
        return QTest::qWaitFor(
            [&]() { return !m_sync->status().syncing && m_sync->status().nextAttempt.isValid(); }, 5000);
    }

    std::optional<bd::storage::HotlistHit> find(const char* state, const char* number)
    {
        std::optional<Result<std::optional<bd::storage::HotlistHit>>> answer;
        m_sync->lookup(QString::fromLatin1(state), QString::fromLatin1(number), this,
            [&answer](Result<std::optional<bd::storage::HotlistHit>> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&]() { return answer.has_value(); }, 5000) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<bd::storage::StoreThread>();
        const auto opened = m_store->open(
            m_dir->filePath(QString::fromLatin1(bd::storage::kStoreFileName)), bd::storage::storeMigrations(), m_clock);
        QVERIFY(opened.ok());
        m_client = std::make_unique<FakeHotlistClient>();
    }
    void cleanup()
    {
        m_sync.reset();
        m_client.reset();
        m_store.reset();
        m_dir.reset();
    }

    void theWholeListFirstThenDeltasWithTheKeyHeld()
    {
        makeSync();
        m_client->answers << Result<HotlistDelta>(
            HotlistDelta { 0, 4, true, { stolen("GBR", "S1") }, {}, QStringLiteral("hk-1"), kKey })
                          << Result<HotlistDelta>(
                                 HotlistDelta { 4, 5, false, { stolen("FRA", "X2") }, {}, QStringLiteral("hk-1"), {} });
        QSignalSpy changed(m_sync.get(), &HotlistSync::statusChanged);
        m_sync->start();
        QVERIFY(settled());
        QCOMPARE(m_client->asked.first(), (QPair<qint64, QString>(0, QString())));
        QCOMPARE(m_sync->status().list.version, 4);
        QVERIFY(find("GBR", "S1"));
        QVERIFY(!m_sync->status().lastError);
        QCOMPARE(m_sync->status().nextAttempt, m_clock.now().addMSecs(HotlistSync::Options().intervalMs));
        QVERIFY(!changed.isEmpty());

        m_sync->syncNow();
        QVERIFY(settled());
        QCOMPARE(m_client->asked.last(), (QPair<qint64, QString>(4, QStringLiteral("hk-1"))));
        QCOMPARE(m_sync->status().list.version, 5);
        QCOMPARE(m_sync->status().list.entries, 2);
        QVERIFY(find("FRA", "X2"));
        QVERIFY(!find("ITA", "Y3"));
    }

    void aRefusedDeltaAsksForTheWholeListOnce()
    {
        makeSync();
        m_client->answers << Result<HotlistDelta>(
            HotlistDelta { 0, 4, true, { stolen("GBR", "S1") }, {}, QStringLiteral("hk-1"), kKey })
                          << Result<HotlistDelta>(
                                 HotlistDelta { 6, 7, false, { stolen("FRA", "X2") }, {}, QStringLiteral("hk-1"), {} })
                          << Result<HotlistDelta>(HotlistDelta {
                                 0, 7, true, { stolen("FRA", "X2") }, {}, QStringLiteral("hk-1"), kKey });
        m_sync->start();
        QVERIFY(settled());
        m_sync->syncNow();
        QVERIFY(settled());
        QCOMPARE(m_client->asked.size(), 3);
        QCOMPARE(m_client->asked.at(2), (QPair<qint64, QString>(0, QString())));
        QCOMPARE(m_sync->status().list.version, 7);
        QVERIFY(!m_sync->status().lastError);
        QVERIFY(!find("GBR", "S1"));
        QVERIFY(find("FRA", "X2"));
    }

    void failuresAreRetriedWithAGrowingDelay()
    {
        makeSync({ 60000, 20, 50 });
        // A link that fails is no warning (the status bar says offline): any warning fails the test.
        m_client->answers << Result<HotlistDelta>(Error { QStringLiteral("gateway.timeout"), QStringLiteral("x"), {} });
        QList<qint64> delays; // after each failure, when the next attempt is due
        connect(m_sync.get(), &HotlistSync::statusChanged, this, [&](const HotlistSyncStatus& s) {
            if (s.lastError && s.nextAttempt.isValid())
                delays.append(m_clock.now().msecsTo(s.nextAttempt));
        });
        m_sync->start();
        // Unreachable after the scripted timeout: retried after 20, 40, then 50 ms (the ceiling).
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->status().failures >= 3, 5000);
        QCOMPARE(delays.mid(0, 3), (QList<qint64> { 20, 40, 50 }));
        QCOMPARE(m_sync->status().lastError->code, QString::fromLatin1(bd::gateway::errors::kUnreachable));
        m_client->answers << Result<HotlistDelta>(
            HotlistDelta { 0, 2, true, { stolen("GBR", "S1") }, {}, QStringLiteral("hk-1"), kKey });
        QTRY_VERIFY_WITH_TIMEOUT(m_sync->status().list.version == 2, 5000);
        QCOMPARE(m_sync->status().failures, 0);
        QVERIFY(!m_sync->status().lastError);
        QCOMPARE(m_sync->status().nextAttempt, m_clock.now().addMSecs(60000));
    }

    void syncNowDuringASyncDoesNothingMore()
    {
        makeSync();
        m_client->answers << Result<HotlistDelta>(
            HotlistDelta { 0, 1, true, { stolen("GBR", "S1") }, {}, QStringLiteral("hk-1"), kKey });
        m_sync->start();
        QTest::qWait(0);
        m_sync->syncNow();
        m_sync->syncNow();
        QVERIFY(settled());
        QCOMPARE(m_client->asked.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHotlistSync)
#include "TestHotlistSync.moc"
