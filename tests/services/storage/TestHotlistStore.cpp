// The offline hotlist in the store: a full list then a delta applied, a delta that does not follow
// the list held (a version gap, another key) refused with the old list intact, a failure in the
// middle of an answer rolled back, a rotated key replacing the whole list, look-ups normalised as
// an MRZ writes documents, the hotlist key never on disk in clear, the list surviving a reopen, and
// a list replaced through another connection seen at the next look-up.
#include "services/model/HotlistKey.h"
#include "services/storage/DataKeys.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/HotlistStore.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FileProbe.h"
#include "tests/support/TestHygiene.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using bd::model::HotlistDelta;
using bd::model::HotlistEntry;
using bd::storage::Database;
using bd::storage::HotlistHit;
using bd::storage::HotlistStore;
namespace errors = bd::storage::errors;

namespace {

const QByteArray kKeyA(32, 'A');
const QByteArray kKeyB(32, 'B');

QString keyOf(const QByteArray& key, const char* state, const char* number)
{
    return QString::fromLatin1(
        bd::model::hotlistDigest(key, QString::fromLatin1(state), QString::fromLatin1(number)).toHex());
}

HotlistEntry stolen(const QByteArray& key, const char* state, const char* number)
{
    return { keyOf(key, state, number), QStringLiteral("stolen-document"), QStringLiteral("seize-document") };
}

HotlistDelta fullList(qint64 version, const QString& keyId, const QByteArray& key, QList<HotlistEntry> entries)
{
    return { 0, version, true, std::move(entries), {}, keyId, key };
}

HotlistDelta delta(qint64 from, qint64 to, const QString& keyId, QList<HotlistEntry> added, QStringList removed)
{
    return { from, to, false, std::move(added), std::move(removed), keyId, {} };
}

} // namespace

class TestHotlistStore : public QObject
{
    Q_OBJECT

    bd::testsupport::FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HotlistStore> m_store;

    QString storePath() const { return m_dir->filePath(QString::fromLatin1(bd::storage::kStoreFileName)); }

    void openStore()
    {
        m_store.reset();
        m_db.reset();
        auto keys = bd::storage::loadOrCreateDataKeys(m_dir->path());
        QVERIFY(keys.ok());
        auto opened = Database::open(storePath(), bd::storage::storeMigrations(), m_clock);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().detail));
        m_db = std::move(opened).value();
        m_store = std::make_unique<HotlistStore>(*m_db, bd::storage::FieldCipher(*keys));
    }

    std::optional<HotlistHit> find(const char* state, const char* number)
    {
        const auto hit = m_store->lookup(QString::fromLatin1(state), QString::fromLatin1(number));
        if (!hit.ok())
            qWarning("look-up failed: %s", qPrintable(hit.error().detail));
        return hit.ok() ? *hit : std::nullopt;
    }

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        m_dir = std::make_unique<QTemporaryDir>();
        openStore();
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void aFullListThenADeltaAreApplied()
    {
        QVERIFY(!find("GBR", "S10000007")); // no list yet: no hit, no error
        QCOMPARE(m_store->status()->version, 0);
        const auto full = fullList(10, QStringLiteral("hk-1"), kKeyA,
            { stolen(kKeyA, "GBR", "S10000007"), stolen(kKeyA, "UTO", "L898902C3") });
        QVERIFY(!m_store->apply(full, m_clock.now()));
        QCOMPARE(*find("GBR", "S10000007"),
            (HotlistHit { QStringLiteral("stolen-document"), QStringLiteral("seize-document") }));
        QVERIFY(find("UTO", "L898902C3"));
        QVERIFY(!find("GBR", "S10000008"));

        m_clock.advance(60000);
        const HotlistEntry arrest { keyOf(kKeyA, "D", "C01X00T47"), QStringLiteral("arrest"),
            QStringLiteral("arrest") };
        QVERIFY(!m_store->apply(
            delta(10, 11, QStringLiteral("hk-1"), { arrest }, { keyOf(kKeyA, "UTO", "L898902C3") }), m_clock.now()));
        QVERIFY(find("GBR", "S10000007"));
        QVERIFY(!find("UTO", "L898902C3"));
        QCOMPARE(find("D", "C01X00T47")->kind, QStringLiteral("arrest"));
        const auto status = m_store->status();
        QCOMPARE(status->version, 11);
        QCOMPARE(status->keyId, QStringLiteral("hk-1"));
        QCOMPARE(status->entries, 2);
        QCOMPARE(status->syncedAt, m_clock.now());

        // A key listed again changes its entry without counting it twice; an empty delta only
        // records the sync.
        HotlistEntry changed = stolen(kKeyA, "GBR", "S10000007");
        changed.kind = QStringLiteral("lost-document");
        QVERIFY(!m_store->apply(delta(11, 12, QStringLiteral("hk-1"), { changed }, {}), m_clock.now()));
        QCOMPARE(find("GBR", "S10000007")->kind, QStringLiteral("lost-document"));
        QCOMPARE(m_store->status()->entries, 2);
        m_clock.advance(1000);
        QVERIFY(!m_store->apply(delta(12, 12, QStringLiteral("hk-1"), {}, {}), m_clock.now()));
        QCOMPARE(m_store->status()->syncedAt, m_clock.now());
    }

    void aDeltaThatDoesNotFollowIsRefusedAndTheListKept()
    {
        QVERIFY(
            !m_store->apply(fullList(5, QStringLiteral("hk-1"), kKeyA, { stolen(kKeyA, "GBR", "S1") }), m_clock.now()));
        const auto before = *m_store->status();
        const HotlistEntry other = stolen(kKeyA, "FRA", "X2");
        for (const HotlistDelta& d : { delta(6, 7, QStringLiteral("hk-1"), { other }, {}), // a gap
                 delta(4, 7, QStringLiteral("hk-1"), { other }, {}), // behind
                 delta(5, 6, QStringLiteral("hk-2"), { other }, {}) }) { // another key
            const auto refused = m_store->apply(d, m_clock.now());
            QVERIFY(refused);
            QCOMPARE(refused->code, QString::fromLatin1(errors::kHotlistGap));
            QVERIFY(!find("FRA", "X2"));
            QVERIFY(find("GBR", "S1"));
            QCOMPARE(*m_store->status(), before);
        }
        // No list yet: a delta is refused the same way.
        openStoreFresh();
        QCOMPARE(m_store->apply(delta(0, 1, QStringLiteral("hk-1"), { other }, {}), m_clock.now())->code,
            QString::fromLatin1(errors::kHotlistGap));
    }

    void aMalformedAnswerIsRefused()
    {
        QVERIFY(
            !m_store->apply(fullList(5, QStringLiteral("hk-1"), kKeyA, { stolen(kKeyA, "GBR", "S1") }), m_clock.now()));
        HotlistEntry bad = stolen(kKeyA, "FRA", "X2");
        bad.key = bad.key.toUpper();
        QCOMPARE(m_store->apply(fullList(6, QStringLiteral("hk-1"), kKeyA, { bad }), m_clock.now())->code,
            QString::fromLatin1(errors::kHotlistInvalid));
        QCOMPARE(m_store->apply(fullList(6, QStringLiteral("hk-1"), QByteArray(31, 'k'), {}), m_clock.now())->code,
            QString::fromLatin1(errors::kHotlistInvalid));
        QVERIFY(find("GBR", "S1"));
        QCOMPARE(m_store->status()->version, 5);
    }

    void aFailureInTheMiddleRollsBackTheWholeAnswer()
    {
        QVERIFY(
            !m_store->apply(fullList(5, QStringLiteral("hk-1"), kKeyA, { stolen(kKeyA, "GBR", "S1") }), m_clock.now()));
        // The list is cleared and the first entries written before SQLite refuses the poisoned one
        // (a trigger of this connection stands in for a full disk): nothing of it may remain.
        QSqlQuery trigger(m_db->connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER poison BEFORE INSERT ON hotlist"
                                            " WHEN NEW.kind = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned'); END")));
        HotlistEntry poisoned = stolen(kKeyB, "FRA", "X2");
        poisoned.kind = QStringLiteral("poison");
        const auto failed = m_store->apply(
            fullList(9, QStringLiteral("hk-2"), kKeyB, { stolen(kKeyB, "ITA", "Y3"), poisoned }), m_clock.now());
        QVERIFY(failed);
        QCOMPARE(failed->code, QString::fromLatin1(errors::kHotlist));
        QCOMPARE(m_store->status()->version, 5);
        QCOMPARE(m_store->status()->keyId, QStringLiteral("hk-1"));
        QVERIFY(find("GBR", "S1")); // still under the old key
        QVERIFY(!find("ITA", "Y3"));
    }

    void aRotatedKeyReplacesTheWholeList()
    {
        QVERIFY(
            !m_store->apply(fullList(5, QStringLiteral("hk-1"), kKeyA, { stolen(kKeyA, "GBR", "S1") }), m_clock.now()));
        QVERIFY(!m_store->apply(
            fullList(5, QStringLiteral("hk-2"), kKeyB, { stolen(kKeyB, "GBR", "S1"), stolen(kKeyB, "FRA", "X2") }),
            m_clock.now()));
        QVERIFY(find("GBR", "S1"));
        QVERIFY(find("FRA", "X2"));
        QCOMPARE(m_store->status()->keyId, QStringLiteral("hk-2"));
        QCOMPARE(m_store->status()->entries, 2);
        QSqlQuery count(m_db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM hotlist")) && count.next());
        QCOMPARE(count.value(0).toInt(), 2); // nothing of the old list left
    }

    void lookUpsAreNormalisedAsAnMrzWritesThem()
    {
        QVERIFY(!m_store->apply(
            fullList(1, QStringLiteral("hk-1"), kKeyA, { stolen(kKeyA, "D", "C01X00T47") }), m_clock.now()));
        QVERIFY(find("D<<", "C01X00T47<"));
        QVERIFY(find("d", "c01x00t47"));
        QVERIFY(find(" D ", "C01X 00T47"));
        QVERIFY(!find("DE", "C01X00T47"));
    }

    void theHotlistKeyIsNeverOnDiskInClear()
    {
        const QByteArray key = QByteArrayLiteral("0123456789abcdefFEDCBA9876543210");
        QVERIFY(!m_store->apply(fullList(1, QStringLiteral("hk-1"), key, { stolen(key, "GBR", "S1") }), m_clock.now()));
        QVERIFY(find("GBR", "S1"));
        QByteArray disk;
        for (const char* suffix : { "", "-wal", "-shm" })
            disk += bd::testsupport::contentOf(storePath() + QLatin1String(suffix));
        QVERIFY(disk.size() > 4096);
        QVERIFY(!disk.contains(key));
        QVERIFY(!disk.contains(key.toBase64()));
        QVERIFY(!disk.contains(key.toHex()));
        QVERIFY(!disk.contains("S1|") && !disk.contains("GBR|S1")); // and no document in clear
    }

    void theListSurvivesAReopen()
    {
        QVERIFY(!m_store->apply(
            fullList(7, QStringLiteral("hk-9"), kKeyA, { stolen(kKeyA, "GBR", "S1"), stolen(kKeyA, "FRA", "X2") }),
            m_clock.now()));
        openStore();
        QVERIFY(find("GBR", "S1"));
        const auto status = m_store->status();
        QCOMPARE(status->version, 7);
        QCOMPARE(status->keyId, QStringLiteral("hk-9"));
        QCOMPARE(status->entries, 2);
        QCOMPARE(status->syncedAt, m_clock.now());
        QVERIFY(!m_store->apply(delta(7, 8, QStringLiteral("hk-9"), {}, { keyOf(kKeyA, "FRA", "X2") }), m_clock.now()));
        QVERIFY(!find("FRA", "X2"));
    }

    // The CLI's `hotlist sync` beside a running workstation: another connection replaces the list
    // under a new key, and this store's next look-up uses the new key.
    void aListReplacedThroughAnotherConnectionIsSeen()
    {
        QVERIFY(
            !m_store->apply(fullList(5, QStringLiteral("hk-1"), kKeyA, { stolen(kKeyA, "GBR", "S1") }), m_clock.now()));
        QVERIFY(find("GBR", "S1"));
        auto keys = bd::storage::loadDataKeys(m_dir->path());
        QVERIFY(keys.ok());
        auto other = Database::open(storePath(), bd::storage::storeMigrations(), m_clock);
        QVERIFY(other.ok());
        HotlistStore cli(*other.value(), bd::storage::FieldCipher(*keys));
        QVERIFY(!cli.apply(fullList(5, QStringLiteral("hk-2"), kKeyB, { stolen(kKeyB, "FRA", "X2") }), m_clock.now()));
        QVERIFY(find("FRA", "X2"));
        QVERIFY(!find("GBR", "S1"));
        QCOMPARE(m_store->status()->keyId, QStringLiteral("hk-2"));
    }

private:
    void openStoreFresh()
    {
        m_store.reset();
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        openStore();
    }
};

QTEST_GUILESS_MAIN(TestHotlistStore)
#include "TestHotlistStore.moc"
