// A damaged store does not take the records it still had to send with it: the store is filled
// (unsent and sent records, then enough cached results to fill later pages), closed, and a page
// near its end overwritten with garbage; opening it moves it aside (quick_check), and
// recoverOutbox copies every unsent record that can still be read into the fresh store — same
// order, keys, states and sealed payloads (they open with the same key) — and never a sent one.
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/Outbox.h"
#include "services/storage/OutboxRecovery.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FileProbe.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using bd::storage::Database;
using bd::storage::FieldCipher;
using bd::storage::Outbox;
using bd::storage::OutboxRecord;
using bd::storage::OutboxState;

namespace {

OutboxRecord record(int n)
{
    return { QStringLiteral("key-%1").arg(n), QStringLiteral("decision"),
        QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC).addSecs(n),
        QByteArray("{\"n\":") + QByteArray::number(n) + '}' };
}

} // namespace

class TestOutboxRecovery : public QObject
{
    Q_OBJECT

    bd::testsupport::FakeClock m_clock;
    FieldCipher m_cipher { { QByteArray(32, '\x11'), QByteArray(32, '\x22') } };

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void unsentRecordsOfADamagedStoreAreCarriedOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QString::fromLatin1(bd::storage::kStoreFileName));
        {
            auto db = Database::open(path, bd::storage::storeMigrations(), m_clock);
            QVERIFY(db);
            Outbox box(*db.value(), m_cipher, m_clock);
            for (int n = 1; n <= 5; ++n)
                QVERIFY(box.enqueue(record(n)).ok());
            QVERIFY(!box.markSent(1, QStringLiteral("rec-1"))); // sent: not carried over
            QVERIFY(box.markFailed(2, QStringLiteral("gateway.http"), bd::storage::OutboxFailure::Refused).ok());
            // Later pages: a few hundred kilobytes of cached results.
            QSqlQuery q(db.value()->connection());
            q.prepare(QStringLiteral(
                "INSERT INTO result_cache (lookup_key, cached_at, search_id, payload) VALUES (?, ?, ?, ?)"));
            for (int i = 0; i < 200; ++i) {
                q.addBindValue(QByteArray::number(i));
                q.addBindValue(QStringLiteral("2026-11-28T09:00:00.000Z"));
                q.addBindValue(QStringLiteral("s-%1").arg(i));
                q.addBindValue(QByteArray(2000, char('a' + i % 26)));
                QVERIFY(q.exec());
            }
        } // closed: the write-ahead log is checkpointed into the file
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 100 * 1024);
        file.seek(size - 3 * 4096); // a page of cached results, far from the outbox's
        file.write(QByteArray(4096, '\xA5'));
        file.close();

        bd::storage::OpenReport report;
        auto fresh = Database::open(path, bd::storage::storeMigrations(), m_clock, &report);
        QVERIFY(fresh);
        QVERIFY2(!report.movedAside.isEmpty(), "the damage was not found");
        const QByteArray damagedBefore = bd::testsupport::contentOf(report.movedAside);

        const auto recovered = bd::storage::recoverOutbox(report.movedAside, *fresh.value());
        QVERIFY(recovered);
        QCOMPARE(recovered->records, 4);
        Outbox box(*fresh.value(), m_cipher, m_clock);
        const auto items = box.list();
        QVERIFY(items);
        QStringList keys;
        for (const auto& item : items.value())
            keys << item.idempotencyKey;
        QCOMPARE(keys, QStringLiteral("key-2 key-3 key-4 key-5").split(QLatin1Char(' ')));
        QCOMPARE(items->at(0).state, OutboxState::Quarantined); // as it was: someone must look at it
        QCOMPARE(items->at(1).state, OutboxState::Pending);
        const auto head = box.head();
        QVERIFY(head && head.value());
        QCOMPARE(head.value()->item.idempotencyKey, QStringLiteral("key-3"));
        QCOMPARE(head.value()->payload, record(3).payload); // still opens with the same key
        // Again: nothing twice; the damaged file left as it was.
        QCOMPARE(bd::storage::recoverOutbox(report.movedAside, *fresh.value())->records, 0);
        QCOMPARE(bd::testsupport::contentOf(report.movedAside), damagedBefore);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRecovery)
#include "TestOutboxRecovery.moc"
