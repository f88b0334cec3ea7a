// Drives the real borderdesk-cli binary: `hotlist status` on a new store says no list is held;
// `hotlist sync --demo` fetches the training gateway's whole list into the store and prints it;
// `status` then reads the same; a second `sync --demo` (a new gateway, so a new hotlist key)
// replaces the list under the new key id; a directory without a store key is refused (exit 2) and
// nothing is created in it; a missing sub-command is a usage error.
#include "services/core/Clock.h"
#include "services/storage/DataKeys.h"
#include "services/storage/Database.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestHygiene.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = bd::testsupport::CliRun;

Run cli(const QStringList& args)
{
    return bd::testsupport::runCli(QStringList { QStringLiteral("hotlist") } + args);
}

QJsonObject json(const Run& run)
{
    return QJsonDocument::fromJson(run.out).object();
}

// A data directory as the workstation leaves it after its first start: the key and the store.
bool makeStore(const QString& dir)
{
    const bd::core::SystemClock clock;
    if (!bd::storage::loadOrCreateDataKeys(dir))
        return false;
    return bd::storage::Database::open(
        QDir(dir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)), bd::storage::storeMigrations(), clock)
        .ok();
}

} // namespace

class TestCliHotlist : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void syncFetchesTheListAndStatusShowsIt()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path()));
        const QString dataDir = QStringLiteral("--data-dir=") + dir.path();

        const Run empty = cli({ QStringLiteral("status"), dataDir });
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(json(empty).value(QStringLiteral("version")).toInt(), 0);
        QVERIFY(json(empty).value(QStringLiteral("syncedAt")).isNull());

        const Run first = cli({ QStringLiteral("sync"), QStringLiteral("--demo"), dataDir });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject synced = json(first);
        QCOMPARE(synced.value(QStringLiteral("version")).toInt(), 12); // the training gateway's versions
        QVERIFY(synced.value(QStringLiteral("entries")).toInt() > 1);
        QVERIFY(synced.value(QStringLiteral("keyId")).toString().startsWith(QLatin1String("hk-")));
        QVERIFY(!synced.value(QStringLiteral("syncedAt")).toString().isEmpty());

        const Run status = cli({ QStringLiteral("status"), dataDir });
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(json(status), synced);

        const Run second = cli({ QStringLiteral("sync"), QStringLiteral("--demo"), dataDir });
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY(json(second).value(QStringLiteral("keyId")) != synced.value(QStringLiteral("keyId")));
        QCOMPARE(json(second).value(QStringLiteral("entries")), synced.value(QStringLiteral("entries")));
    }

    void aDirectoryWithoutAStoreIsRefusedAndLeftEmpty()
    {
        QTemporaryDir dir;
        const Run status = cli({ QStringLiteral("status"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(status.exitCode, 2);
        QVERIFY(status.err.contains("borderdesk-cli hotlist status:"));
        const Run sync
            = cli({ QStringLiteral("sync"), QStringLiteral("--demo"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(sync.exitCode, 2);
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("sync"), QStringLiteral("--data-dir"), QStringLiteral("/nonexistent") }).exitCode,
            2); // neither --gateway nor --demo
        QCOMPARE(cli({ QStringLiteral("status"), QStringLiteral("--demo") }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliHotlist)
#include "TestCliHotlist.moc"
