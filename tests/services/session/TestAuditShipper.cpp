// The audit trail reaches the centre through the outbox: every record queued exactly once, in trail
// order, with a stable idempotency key; the position and the outbox rows move in one transaction (a
// round that fails queues nothing); a line still being written waits; an altered line is skipped;
// a store recovered with audit rows still unsent does not queue them twice; a trail that was
// replaced is read again from its start without repeating a record; and on the workstation every
// record the writer puts on disk is queued without anyone asking.
#include "services/gateway/GatewayJson.h"
#include "services/session/AuditShipper.h"
#include "services/storage/AuditWriter.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/Outbox.h"
#include "services/storage/StoreSchema.h"
#include "services/storage/StoreThread.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using bd::session::AuditShipped;
using bd::session::AuditShipper;
using bd::session::AuditShipping;
using bd::storage::AuditEvent;
using bd::storage::AuditTrail;
using bd::storage::Database;
using bd::storage::DataKeys;
using bd::storage::Outbox;

namespace {

const DataKeys kKeys { QByteArray(32, 'e'), QByteArray(32, 'l') };
const QString kStation = QStringLiteral("ws-berlin-07");

AuditEvent auditEvent(int n)
{
    return AuditEvent { n % 2 ? QStringLiteral("search") : QStringLiteral("hit.view"), QStringLiteral("officer-0042"),
        kStation, QStringLiteral("search-%1").arg(n), QJsonObject { { QStringLiteral("n"), n } }, {} };
}

} // namespace

class TestAuditShipper : public QObject
{
    Q_OBJECT

    bd::testsupport::FakeClock m_clock;
    bd::storage::FieldCipher m_cipher { kKeys };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditTrail> m_trail;

    void append(int from, int to)
    {
        for (int n = from; n <= to; ++n) {
            m_clock.advance(1000);
            QVERIFY(!m_trail->append(auditEvent(n)));
        }
    }

    AuditShipped ship(int limit = 500)
    {
        const auto round = AuditShipping(*m_db, m_cipher).ship(m_dir->path(), kKeys, limit);
        if (!round.ok())
            qFatal("ship failed: %s", qPrintable(round.error().detail));
        return round.value();
    }

    // The outbox's records in order, each decoded back from its sealed payload.
    QList<bd::model::RecordSubmission> queued()
    {
        Outbox outbox(*m_db, m_cipher, m_clock);
        QList<bd::model::RecordSubmission> out;
        while (true) {
            const auto head = outbox.head();
            if (!head.ok() || !head.value())
                break;
            const auto decoded
                = bd::gateway::json::decodeRecordSubmission(QJsonDocument::fromJson(head.value()->payload).object());
            if (!decoded.ok())
                qFatal("payload does not decode: %s", qPrintable(decoded.error().detail));
            out.append(decoded.value());
            if (outbox.markSent(head.value()->item.seq, QStringLiteral("rec")))
                break;
        }
        return out;
    }

    QList<qint64> seqsOf(const QList<bd::model::RecordSubmission>& records)
    {
        QList<qint64> seqs;
        for (const auto& r : records)
            seqs.append(r.audit ? r.audit->seq : -1);
        return seqs;
    }

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        m_dir = std::make_unique<QTemporaryDir>();
        auto db
            = Database::open(m_dir->filePath(QStringLiteral("store.sqlite")), bd::storage::storeMigrations(), m_clock);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        auto trail = AuditTrail::open(m_dir->path(), kKeys, m_clock, nullptr);
        QVERIFY(trail.ok());
        m_trail = std::move(trail.value());
    }
    void cleanup()
    {
        m_trail.reset();
        m_db.reset();
        m_dir.reset();
    }

    void everyRecordIsQueuedOnceInTrailOrder()
    {
        append(1, 5);
        QCOMPARE(ship().queued, 5);
        QCOMPARE(ship().queued, 0); // nothing new: nothing queued twice
        append(6, 8);
        const AuditShipped round = ship();
        QCOMPARE(round.queued, 3);
        QCOMPARE(round.position.seq, 8);
        QCOMPARE(round.position.offset, QFileInfo(m_dir->filePath(QLatin1String(AuditTrail::kFileName))).size());

        const auto records = queued();
        QCOMPARE(seqsOf(records), (QList<qint64> { 1, 2, 3, 4, 5, 6, 7, 8 }));
        const auto& first = records.first();
        QCOMPARE(first.kind, QStringLiteral("audit"));
        QCOMPARE(first.idempotencyKey, AuditShipping::idempotencyKey(kStation, 1));
        QVERIFY(first.idempotencyKey.startsWith(QStringLiteral("audit-")));
        QVERIFY(first.idempotencyKey.size() <= 64);
        QCOMPARE(first.officerId, QStringLiteral("officer-0042"));
        QCOMPARE(first.searchId, QStringLiteral("search-1")); // a search record names its search
        QCOMPARE(first.audit->event, QStringLiteral("search"));
        QCOMPARE(first.audit->workstationId, kStation);
        QCOMPARE(first.audit->reference, QStringLiteral("search-1"));
        QCOMPARE(first.audit->details.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(first.audit->mac.size(), 64);
        QCOMPARE(first.at, QDateTime(QDate(2026, 11, 28), QTime(9, 0, 1), Qt::UTC));
        QVERIFY(records.at(1).searchId.isEmpty()); // a hit view's reference stays in the audit part
        QVERIFY(first.document == bd::model::DocumentData {});
        QVERIFY(first.person == bd::model::PersonData {});
        // The key depends on the workstation and the record only: the same every time.
        QCOMPARE(AuditShipping::idempotencyKey(kStation, 1), first.idempotencyKey);
        QVERIFY(AuditShipping::idempotencyKey(QStringLiteral("ws-other"), 1) != first.idempotencyKey);
    }

    void aRoundStopsAtItsLimitAndTheNextGoesOn()
    {
        append(1, 7);
        AuditShipped round = ship(3);
        QCOMPARE(round.queued, 3);
        QVERIFY(round.more);
        round = ship(3);
        QCOMPARE(round.queued, 3);
        round = ship(3);
        QCOMPARE(round.queued, 1);
        QVERIFY(!round.more);
        QCOMPARE(seqsOf(queued()), (QList<qint64> { 1, 2, 3, 4, 5, 6, 7 }));
    }

    // The position and the outbox rows commit together: a round that fails part-way queues nothing
    // and keeps its place, and the next round queues everything once.
    void aFailedRoundQueuesNothingAndKeepsItsPlace()
    {
        append(1, 4);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("CREATE TRIGGER full_disk BEFORE INSERT ON outbox WHEN "
                           "(SELECT COUNT(*) FROM outbox) >= 2 BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const auto failed = AuditShipping(*m_db, m_cipher).ship(m_dir->path(), kKeys, 500);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("storage.query"));
        QCOMPARE(Outbox(*m_db, m_cipher, m_clock).counts().value().pending, 0);
        QCOMPARE(AuditShipping(*m_db, m_cipher).position().value(), bd::storage::AuditPosition {});
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER full_disk")));
        QCOMPARE(ship().queued, 4);
        QCOMPARE(seqsOf(queued()), (QList<qint64> { 1, 2, 3, 4 }));
    }

    // A record still being written (no newline yet) waits for the next round; a line that is no
    // record, or whose seal does not match, is skipped and counted, never sent.
    void aLineBeingWrittenWaitsAndAnAlteredOneIsSkipped()
    {
        append(1, 3);
        const QString path = m_dir->filePath(QLatin1String(AuditTrail::kFileName));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        lines.removeLast();
        lines[1].replace("search-2", "search-X"); // altered after it was written
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n') + "\n{\"seq\":4,\"at\"");
        file.close();
        const AuditShipped round = ship();
        QCOMPARE(round.queued, 2);
        QCOMPARE(round.unreadable, 1);
        QCOMPARE(round.position.seq, 3);
        QCOMPARE(round.position.offset, QFileInfo(path).size() - qsizetype(sizeof("{\"seq\":4,\"at\"") - 1));
        QCOMPARE(seqsOf(queued()), (QList<qint64> { 1, 3 }));
    }

    // A store made fresh after damage keeps the unsent rows of the old one (OutboxRecovery) but
    // starts reading the trail from its beginning: what is already queued is not queued again.
    void aRecoveredStoreDoesNotQueueARecordTwice()
    {
        append(1, 3);
        Outbox outbox(*m_db, m_cipher, m_clock);
        QVERIFY(outbox
                    .enqueue({ AuditShipping::idempotencyKey(kStation, 2), QStringLiteral("audit"), m_clock.now(),
                        QByteArrayLiteral("{}") })
                    .ok());
        QCOMPARE(ship().queued, 2);
        QCOMPARE(outbox.counts().value().pending, 3);
    }

    // The trail file replaced (removed, the workstation went on numbering after the end marker):
    // read again from its start, and only records not read before are queued.
    void aReplacedTrailIsReadFromItsStart()
    {
        append(1, 3);
        QCOMPARE(ship().queued, 3);
        m_trail.reset();
        QVERIFY(QFile::remove(m_dir->filePath(QLatin1String(AuditTrail::kFileName))));
        auto reopened = AuditTrail::open(m_dir->path(), kKeys, m_clock, nullptr);
        QVERIFY(reopened.ok());
        m_trail = std::move(reopened.value());
        append(4, 5);
        const AuditShipped round = ship();
        QCOMPARE(round.queued, 2);
        QCOMPARE(seqsOf(queued()), (QList<qint64> { 1, 2, 3, 4, 5 }));
    }

    // On the workstation: every record the writer puts on disk is queued, in order, with no one asking.
    void theWritersRecordsAreQueuedAsTheyAreWritten()
    {
        m_db.reset();
        bd::storage::StoreThread store;
        QVERIFY(
            store.open(m_dir->filePath(QStringLiteral("store.sqlite")), bd::storage::storeMigrations(), m_clock).ok());
        bd::storage::AuditWriter writer(std::move(m_trail), kStation);
        AuditShipper shipper(store, m_cipher, m_dir->path(), kKeys);
        QObject::connect(&writer, &bd::storage::AuditWriter::written, &shipper, &AuditShipper::ship);
        for (int n = 1; n <= 6; ++n)
            writer.record(auditEvent(n));
        QTRY_COMPARE(shipper.queued(), 6);
        store.waitForIdle();
        std::optional<bd::storage::OutboxCounts> counts;
        store.post([&](Database& db) { counts = Outbox(db, m_cipher, m_clock).counts().value(); });
        store.waitForIdle();
        QCOMPARE(counts->pending, 6);
        QVERIFY(shipper.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditShipper)
#include "TestAuditShipper.moc"
