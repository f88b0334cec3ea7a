// The SQLite store: made 0600 with its WAL, migrated step by step (each step all or nothing), a
// store from a newer BorderDesk refused and left byte for byte, a damaged file moved aside with its
// time and a fresh store made, a failed transaction rolled back, and personal data sealed so that
// neither the database nor its write-ahead log holds a known name or document number in clear.
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/StorageErrors.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FileProbe.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using bd::core::Error;
using bd::storage::Database;
using bd::storage::Migration;
using bd::storage::OpenReport;
namespace errors = bd::storage::errors;

using bd::testsupport::contentOf;
using bd::testsupport::modeOf;

namespace {

const Migration kV1 { 1, { QStringLiteral("CREATE TABLE person (id INTEGER PRIMARY KEY, doc_key BLOB, name BLOB)") } };
const Migration kV2 { 2,
    { QStringLiteral("CREATE TABLE visit (id INTEGER PRIMARY KEY, person INTEGER REFERENCES person(id))") } };
const Migration kV3 { 3, { QStringLiteral("ALTER TABLE visit ADD COLUMN at TEXT") } };

QVariant scalar(Database& store, const QString& sql)
{
    QSqlQuery query(store.connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

std::optional<Error> execIn(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return std::nullopt;
    return Error { QStringLiteral("test.sql"), sql, {} };
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

    bd::testsupport::FakeClock m_clock;

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void aNewStoreIsPrivateWithAWriteAheadLogAndMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        OpenReport report;
        auto store = Database::open(path, { kV1, kV2 }, m_clock, &report);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(report.fromVersion, 0);
        QCOMPARE(report.toVersion, 2);
        QVERIFY(report.movedAside.isEmpty());
        Database& db = *store.value();
        QCOMPARE(db.schemaVersion(), 2);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
        QVERIFY(!db.transaction(
            [](QSqlDatabase& c) { return execIn(c, QStringLiteral("INSERT INTO person (id) VALUES (1)")); }));
        QCOMPARE(modeOf(path), 0600);
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
        QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
    }

    void reopeningRunsOnlyTheNewSteps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        {
            auto store = Database::open(path, { kV1 }, m_clock);
            QVERIFY(store.ok());
            QVERIFY(!store.value()->transaction(
                [](QSqlDatabase& c) { return execIn(c, QStringLiteral("INSERT INTO person (id) VALUES (7)")); }));
        }
        OpenReport report;
        auto store = Database::open(path, { kV1, kV2, kV3 }, m_clock, &report); // kV1 again would fail: table exists
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(report.fromVersion, 1);
        QCOMPARE(report.toVersion, 3);
        QCOMPARE(scalar(*store.value(), QStringLiteral("SELECT id FROM person")).toInt(), 7);
        QCOMPARE(
            scalar(*store.value(), QStringLiteral("SELECT count(*) FROM pragma_table_info('visit') WHERE name = 'at'"))
                .toInt(),
            1);
    }

    void aFailingStepLeavesTheStoreAtItsLastVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QVERIFY(Database::open(path, { kV1 }, m_clock).ok());
        const Migration broken { 2,
            { QStringLiteral("CREATE TABLE half (id INTEGER)"), QStringLiteral("ALTER TABLE nowhere ADD COLUMN x") } };
        auto failed = Database::open(path, { kV1, broken }, m_clock);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QString::fromLatin1(errors::kMigration));
        QVERIFY(failed.error().detail.contains(QLatin1String("nowhere")));
        OpenReport report;
        auto store = Database::open(path, { kV1 }, m_clock, &report);
        QVERIFY(store.ok());
        QCOMPARE(report.fromVersion, 1);
        QCOMPARE(
            scalar(*store.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'")).toInt(),
            0);
    }

    void aStoreFromANewerVersionIsRefusedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QVERIFY(Database::open(path, { kV1, kV2, kV3 }, m_clock).ok());
        const QByteArray before = contentOf(path);
        QVERIFY(!before.isEmpty());
        auto refused = Database::open(path, { kV1, kV2 }, m_clock);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QString::fromLatin1(errors::kNewerSchema));
        QVERIFY(refused.error().detail.contains(QLatin1String("schema 3")));
        QVERIFY(refused.error().detail.contains(QLatin1String("up to 2")));
        QCOMPARE(contentOf(path), before);
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("damaged")), QStringList());
    }

    void aFileThatIsNoDatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const QByteArray garbage = QByteArray(8192, 'Z');
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        OpenReport report;
        auto store = Database::open(path, { kV1 }, m_clock, &report);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(report.movedAside, path + QStringLiteral(".damaged-20261128T090000Z"));
        QCOMPARE(contentOf(report.movedAside), garbage); // kept for support, not deleted
        QCOMPARE(report.toVersion, 1);
        QCOMPARE(store.value()->schemaVersion(), 1);
    }

    void aStoreWithADamagedPageIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        {
            auto store = Database::open(path, { kV1 }, m_clock);
            QVERIFY(store.ok());
            QVERIFY(!store.value()->transaction([](QSqlDatabase& c) -> std::optional<Error> {
                for (int i = 0; i < 400; ++i) {
                    if (auto bad = execIn(c, QStringLiteral("INSERT INTO person (name) VALUES (randomblob(200))")))
                        return bad;
                }
                return std::nullopt;
            }));
        }
        QByteArray bytes = contentOf(path);
        QVERIFY(bytes.size() > 8 * 4096);
        for (qsizetype i = 2 * 4096; i < 4 * 4096; ++i)
            bytes[i] = char(0xA5);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        m_clock.advance(1000);
        OpenReport report;
        auto store = Database::open(path, { kV1 }, m_clock, &report);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().detail));
        QCOMPARE(report.movedAside, path + QStringLiteral(".damaged-20261128T090001Z"));
        QCOMPARE(scalar(*store.value(), QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
    }

    void aFailedTransactionIsRolledBack()
    {
        QTemporaryDir dir;
        auto store = Database::open(dir.filePath(QStringLiteral("store.db")), { kV1 }, m_clock);
        QVERIFY(store.ok());
        const auto failed = store.value()->transaction([](QSqlDatabase& c) -> std::optional<Error> {
            if (auto bad = execIn(c, QStringLiteral("INSERT INTO person (id) VALUES (1)")))
                return bad;
            return Error { QStringLiteral("test.stop"), QStringLiteral("stopped on purpose"), {} };
        });
        QVERIFY(failed);
        QCOMPARE(failed->code, QStringLiteral("test.stop"));
        QCOMPARE(scalar(*store.value(), QStringLiteral("SELECT count(*) FROM person")).toInt(), 0);
    }

    void noKnownPlaintextReachesTheDiskOrTheLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        const auto keys = bd::storage::loadOrCreateDataKeys(dir.path());
        QVERIFY(keys.ok());
        const bd::storage::FieldCipher cipher(*keys);
        const QList<QByteArray> known { QByteArrayLiteral("ERIKSSON"), QByteArrayLiteral("L898902C3"),
            QByteArrayLiteral("740812"), QByteArrayLiteral("1974-08-12") };
        auto store = Database::open(path, { kV1 }, m_clock);
        QVERIFY(store.ok());
        const QByteArray name
            = cipher.seal(QByteArrayLiteral("ERIKSSON<<ANNA<MARIA 1974-08-12 740812"), "person.name").value();
        const QByteArray key = cipher.documentLookupKey(QStringLiteral("L898902C3"), QStringLiteral("UTO"));
        QVERIFY(!store.value()->transaction([&](QSqlDatabase& c) -> std::optional<Error> {
            QSqlQuery insert(c);
            insert.prepare(QStringLiteral("INSERT INTO person (doc_key, name) VALUES (?, ?)"));
            insert.addBindValue(key);
            insert.addBindValue(name);
            return insert.exec() ? std::nullopt : std::optional<Error>(Error { QStringLiteral("test.sql"), {}, {} });
        }));
        QSqlQuery find(store.value()->connection());
        find.prepare(QStringLiteral("SELECT name FROM person WHERE doc_key = ?"));
        find.addBindValue(cipher.documentLookupKey(QStringLiteral("l898902c3<"), QStringLiteral("UTO")));
        QVERIFY(find.exec() && find.next());
        QVERIFY(cipher.open(find.value(0).toByteArray(), "person.name").value().startsWith("ERIKSSON"));
        find.finish();

        const QByteArray onDisk = contentOf(path) + contentOf(path + QStringLiteral("-wal"));
        QVERIFY(onDisk.size() > 4096);
        for (const QByteArray& value : known)
            QVERIFY2(!onDisk.contains(value), value.constData());
        store = Error { QStringLiteral("closed"), {}, {} }; // close: the WAL is checkpointed into the file
        const QByteArray closed = contentOf(path);
        for (const QByteArray& value : known)
            QVERIFY2(!closed.contains(value), value.constData());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
