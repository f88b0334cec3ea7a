// The outbox: records handed out strictly in creation order (a record waiting for its retry holds
// the ones behind it), backoff doubling from 1 s to its cap with its jitter inside ±20 % (a scripted
// random source), quarantine after N failures or at once for a refused record, never for the link,
// retry, the queue as it was after reopening the store, a caller's rolled-back transaction leaving
// no row, retention that spares unsent rows, a damaged payload reported, and no known plaintext in
// the database or its write-ahead log.
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/Outbox.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FileProbe.h"
#include "tests/support/TestHygiene.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using bd::core::Error;
using bd::storage::Database;
using bd::storage::FieldCipher;
using bd::storage::Outbox;
using bd::storage::OutboxFailure;
using bd::storage::OutboxPolicy;
using bd::storage::OutboxRecord;
using bd::storage::OutboxState;
namespace errors = bd::storage::errors;

namespace {

bd::storage::DataKeys testKeys()
{
    return { QByteArray(32, '\x11'), QByteArray(32, '\x22') };
}

OutboxRecord record(int n, QByteArray payload = {})
{
    return { QStringLiteral("key-%1").arg(n), QStringLiteral("decision"),
        QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC).addSecs(n),
        payload.isEmpty() ? QByteArray("{\"n\":") + QByteArray::number(n) + '}' : payload };
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

    bd::testsupport::FakeClock m_clock;
    FieldCipher m_cipher { testKeys() };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    double m_random = 0.5; // the scripted random source: 0.5 is no jitter

    QString path() const { return m_dir->filePath(QString::fromLatin1(bd::storage::kStoreFileName)); }

    void openStore()
    {
        auto opened = Database::open(path(), bd::storage::storeMigrations(), m_clock);
        QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.error().detail));
        m_db = std::move(opened).value();
    }

    Outbox outbox(OutboxPolicy policy = {})
    {
        return Outbox(*m_db, m_cipher, m_clock, policy, [this] { return m_random; });
    }

    qint64 headSeq()
    {
        const auto head = outbox().head();
        return head.ok() && head.value() ? head.value()->item.seq : -1;
    }

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        m_dir = std::make_unique<QTemporaryDir>();
        m_random = 0.5;
        openStore();
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void recordsGoOutInCreationOrderAndAFailedOneHoldsTheRest()
    {
        Outbox box = outbox();
        for (int n = 1; n <= 3; ++n)
            QCOMPARE(box.enqueue(record(n)).value(), qint64(n));
        const auto head = box.head();
        QVERIFY(head.ok() && head.value());
        QCOMPARE(head.value()->item.idempotencyKey, QStringLiteral("key-1"));
        QCOMPARE(head.value()->payload, QByteArray("{\"n\":1}"));
        QVERIFY(!head.value()->openError);

        const auto failed = box.markFailed(1, QStringLiteral("gateway.unreachable"), OutboxFailure::Unreachable);
        QVERIFY(failed.ok());
        QCOMPARE(failed->state, OutboxState::Pending);
        QCOMPARE(headSeq(), qint64(1)); // waits for its retry; 2 and 3 wait behind it
        QVERIFY(!box.markSent(1, QStringLiteral("rec-1")));
        QCOMPARE(headSeq(), qint64(2));
        QVERIFY(!box.markSent(2, QStringLiteral("rec-2")));
        QCOMPARE(box.markSent(2, QStringLiteral("again")).value().code, QString::fromLatin1(errors::kOutboxUnknown));
        QCOMPARE(box.counts().value(), (bd::storage::OutboxCounts { 1, 0, 2 }));
        QVERIFY(!box.markSent(3, QStringLiteral("rec-3")));
        QVERIFY(!box.head().value());
    }

    void backoffDoublesToItsCapWithinTheJitter_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<double>("factor");
        QTest::newRow("lowest") << 0.0 << 0.8;
        QTest::newRow("none") << 0.5 << 1.0;
        QTest::newRow("highest") << 1.0 << 1.2;
    }
    void backoffDoublesToItsCapWithinTheJitter()
    {
        QFETCH(double, random);
        QFETCH(double, factor);
        m_random = random;
        Outbox box = outbox();
        QVERIFY(box.enqueue(record(1)).ok());
        const qint64 expected[] = { 1000, 2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000 };
        for (int tries = 1; tries <= 11; ++tries) {
            const qint64 base = expected[tries - 1];
            QCOMPARE(box.baseDelayMs(tries), base);
            const auto item = box.markFailed(1, QStringLiteral("gateway.timeout"), OutboxFailure::Unreachable);
            QVERIFY(item.ok());
            QCOMPARE(item->state, OutboxState::Pending); // the link never quarantines
            QCOMPARE(m_clock.now().msecsTo(item->nextAttemptAt), qRound64(double(base) * factor));
        }
        QCOMPARE(box.list().value().first().attempts, 11);
        QCOMPARE(box.list().value().first().failures, 0);
    }

    void quarantinedAfterNFailuresThenRetried()
    {
        OutboxPolicy policy;
        policy.maxFailures = 3;
        Outbox box = outbox(policy);
        QVERIFY(box.enqueue(record(1)).ok());
        QVERIFY(box.enqueue(record(2)).ok());
        QVERIFY(box.markFailed(1, QStringLiteral("gateway.timeout"), OutboxFailure::Unreachable).ok());
        for (int n = 1; n <= 2; ++n)
            QCOMPARE(
                box.markFailed(1, QStringLiteral("gateway.http"), OutboxFailure::Failed)->state, OutboxState::Pending);
        const auto third = box.markFailed(1, QStringLiteral("gateway.http"), OutboxFailure::Failed);
        QCOMPARE(third->state, OutboxState::Quarantined);
        QCOMPARE(third->attempts, 4);
        QCOMPARE(third->failures, 3);
        QCOMPARE(headSeq(), qint64(2)); // a quarantined record no longer holds the queue
        QCOMPARE(box.counts().value(), (bd::storage::OutboxCounts { 1, 1, 0 }));
        const auto listed = box.list().value();
        QCOMPARE(listed.first().lastError, QStringLiteral("gateway.http"));
        QCOMPARE(listed.first().state, OutboxState::Quarantined);

        QCOMPARE(box.retry(2).error().code, QString::fromLatin1(errors::kOutboxUnknown)); // not quarantined
        QCOMPARE(box.retry(1).value(), 1);
        QCOMPARE(headSeq(), qint64(1));
        const auto back = box.list().value().first();
        QCOMPARE(back.state, OutboxState::Pending);
        QCOMPARE(back.attempts, 0);
        QVERIFY(!back.nextAttemptAt.isValid());
    }

    void aRefusedRecordIsQuarantinedAtOnceAndAllCanBeRetried()
    {
        Outbox box = outbox();
        QVERIFY(box.enqueue(record(1)).ok());
        QVERIFY(box.enqueue(record(2)).ok());
        QCOMPARE(box.markFailed(1, QStringLiteral("gateway.schema"), OutboxFailure::Refused)->state,
            OutboxState::Quarantined);
        QCOMPARE(box.markFailed(2, QStringLiteral("storage.tampered"), OutboxFailure::Refused)->state,
            OutboxState::Quarantined);
        QVERIFY(!box.head().value());
        QCOMPARE(box.retryAllQuarantined().value(), 2);
        QCOMPARE(box.counts().value(), (bd::storage::OutboxCounts { 2, 0, 0 }));
        QCOMPARE(headSeq(), qint64(1));
    }

    void theQueueIsAsItWasAfterReopening()
    {
        {
            Outbox box = outbox();
            QVERIFY(box.enqueue(record(1)).ok());
            QVERIFY(box.enqueue(record(2)).ok());
            QVERIFY(box.markFailed(1, QStringLiteral("gateway.timeout"), OutboxFailure::Unreachable).ok());
        }
        const QDateTime due = m_clock.now().addMSecs(1000);
        m_db.reset();
        openStore();
        const auto head = outbox().head();
        QVERIFY(head.ok() && head.value());
        QCOMPARE(head.value()->item.seq, qint64(1));
        QCOMPARE(head.value()->item.nextAttemptAt, due);
        QCOMPARE(head.value()->item.attempts, 1);
        QCOMPARE(head.value()->payload, QByteArray("{\"n\":1}"));
        QCOMPARE(outbox().enqueue(record(3)).value(), qint64(3));
    }

    void aRolledBackTransactionQueuesNothingAndAKeyIsQueuedOnce()
    {
        const auto failed = m_db->transaction([&](QSqlDatabase& db) -> std::optional<Error> {
            if (!Outbox::enqueue(db, m_cipher, record(1)).ok())
                return Error { QStringLiteral("test.enqueue"), {}, {} };
            return Error { QStringLiteral("test.localStateFailed"), {}, {} };
        });
        QCOMPARE(failed->code, QStringLiteral("test.localStateFailed"));
        QCOMPARE(outbox().counts().value(), (bd::storage::OutboxCounts {}));
        QVERIFY(outbox().enqueue(record(1)).ok());
        QCOMPARE(outbox().enqueue(record(1)).error().code, QString::fromLatin1(errors::kOutboxDuplicate));
        QCOMPARE(outbox().list().value().size(), 1);
    }

    void retentionPurgesOnlySentRows()
    {
        Outbox box = outbox();
        for (int n = 1; n <= 3; ++n)
            QVERIFY(box.enqueue(record(n)).ok());
        QVERIFY(!box.markSent(1, QStringLiteral("rec-1")));
        QVERIFY(box.markFailed(2, QStringLiteral("gateway.schema"), OutboxFailure::Refused).ok());
        m_clock.advance(1000);
        QCOMPARE(box.purgeSent(m_clock.now()).value(), 1);
        const auto left = box.list().value();
        QCOMPARE(left.size(), 2);
        QCOMPARE(left.at(0).state, OutboxState::Quarantined);
        QCOMPARE(left.at(1).state, OutboxState::Pending);
    }

    void aDamagedPayloadIsReportedNotDropped()
    {
        QVERIFY(outbox().enqueue(record(1)).ok());
        QSqlQuery damage(m_db->connection());
        QVERIFY(damage.exec(QStringLiteral("UPDATE outbox SET payload = X'0100' WHERE seq = 1")));
        const auto head = outbox().head();
        QVERIFY(head.ok() && head.value());
        QVERIFY(head.value()->openError);
        QCOMPARE(head.value()->openError->code, QString::fromLatin1(errors::kTampered));
    }

    void noPlaintextReachesTheDisk()
    {
        const QByteArray marker = "ERIKSSON<<ANNA<MARIA L898902C3 740812";
        QVERIFY(outbox().enqueue(record(1, "{\"person\":\"" + marker + "\"}")).ok());
        QVERIFY(outbox().head().value()->payload.contains(marker));
        const QByteArray onDisk
            = bd::testsupport::contentOf(path()) + bd::testsupport::contentOf(path() + QStringLiteral("-wal"));
        QVERIFY(onDisk.contains("key-1")); // the key is there in clear, so the probe reads the right files
        QVERIFY(!onDisk.contains(marker));
        QVERIFY(!onDisk.contains("ERIKSSON"));
        m_db.reset();
        QVERIFY(!bd::testsupport::contentOf(path()).contains("ERIKSSON"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "TestOutbox.moc"
