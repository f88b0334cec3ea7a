// Drives the real borderdesk-cli binary: `outbox list` prints the queue as JSON (counts, then each
// record's number, kind, state, tries, error and key: never its payload), `outbox retry --seq N`
// and `--all` put quarantined records back (exit 1 for a number that is not quarantined), a retry
// without --seq or --all is a usage error, and a directory without a store is refused (exit 2) with
// nothing created in it.
#include "services/storage/DataKeys.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/Outbox.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/CliRun.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestHygiene.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using bd::storage::OutboxFailure;

namespace {

using Run = bd::testsupport::CliRun;

Run cli(const QStringList& args)
{
    return bd::testsupport::runCli(QStringList { QStringLiteral("outbox") } + args);
}

constexpr char kName[] = "ERIKSSON";

// A store with three records: the first sent, the second quarantined (refused), the third pending.
bool makeStore(const QString& dir)
{
    const bd::testsupport::FakeClock clock;
    const auto keys = bd::storage::loadOrCreateDataKeys(dir);
    if (!keys)
        return false;
    const bd::storage::FieldCipher cipher(keys.value());
    auto db = bd::storage::Database::open(
        QDir(dir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)), bd::storage::storeMigrations(), clock);
    if (!db)
        return false;
    bd::storage::Outbox outbox(*db.value(), cipher, clock);
    for (int n = 1; n <= 3; ++n) {
        if (!outbox.enqueue({ QStringLiteral("key-%1").arg(n), QStringLiteral("ees-entry"), clock.now(),
                QByteArray("{\"surname\":\"") + kName + "\"}" }))
            return false;
    }
    return !outbox.markSent(1, QStringLiteral("rec-1"))
        && outbox.markFailed(2, QStringLiteral("gateway.schema"), OutboxFailure::Refused).ok();
}

QJsonObject listed(const QString& dir)
{
    const Run r = cli({ QStringLiteral("list"), QStringLiteral("--data-dir"), dir });
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out).object();
}

} // namespace

class TestCliOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void listShowsTheQueueWithoutPersonalData()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path()));
        const Run r = cli({ QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(kName));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("pending")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("quarantined")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("sent")).toInt(), 1);
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        const QJsonObject second = items.at(1).toObject();
        QCOMPARE(second.value(QStringLiteral("seq")).toInt(), 2);
        QCOMPARE(second.value(QStringLiteral("kind")).toString(), QStringLiteral("ees-entry"));
        QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("quarantined"));
        QCOMPARE(second.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("lastError")).toString(), QStringLiteral("gateway.schema"));
        QCOMPARE(second.value(QStringLiteral("idempotencyKey")).toString(), QStringLiteral("key-2"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("recordId")).toString(), QStringLiteral("rec-1"));
    }

    void retryPutsQuarantinedRecordsBack()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path()));
        Run r = cli({ QStringLiteral("retry"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--seq"),
            QStringLiteral("2") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("1 quarantined record(s) back in the queue"));
        QCOMPARE(listed(dir.path()).value(QStringLiteral("pending")).toInt(), 2);
        r = cli({ QStringLiteral("retry"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--seq"),
            QStringLiteral("2") });
        QCOMPARE(r.exitCode, 1); // no longer quarantined
        r = cli({ QStringLiteral("retry"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--all") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("0 quarantined record(s)"));
    }

    void usageErrorsAndAMissingStore()
    {
        QTemporaryDir dir;
        QCOMPARE(cli({ QStringLiteral("retry"), QStringLiteral("--data-dir"), dir.path() }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("retry"), QStringLiteral("--all"), QStringLiteral("--seq"), QStringLiteral("1") })
                     .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("purge") }).exitCode, 2);
        const Run r = cli({ QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliOutbox)
#include "TestCliOutbox.moc"
