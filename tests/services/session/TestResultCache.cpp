// The result cache and the offline checks in the real store (store.sqlite, its migrations): the
// traveller's last answers come back as they were, marked as the cache's and never admitting (R55)
// while a hit in them still counts; found by document number and country as typed or as read; the
// newest replaces the one before; retention purges by age; a changed entry is an error, not a
// result; and neither the database nor its write-ahead log holds the name or number in clear.
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"
#include "services/session/ResultCache.h"
#include "services/session/RetroChecks.h"
#include "services/storage/StorageErrors.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FileProbe.h"
#include "tests/support/TestHygiene.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd::model;
using bd::results::ActionCode;
using bd::results::SearchAnswers;
using bd::session::ResultCache;
using bd::session::RetroChecks;
using bd::storage::Database;

namespace {

const QString kSurname = QStringLiteral("QUIXOTEVAN");
const QString kNumber = QStringLiteral("ZK7715298");

SearchRequest request(const QString& searchId)
{
    SearchRequest r;
    r.searchId = searchId;
    r.officerId = QStringLiteral("officer-1");
    r.purpose = Purpose::EntryCheck;
    r.person = { kSurname, QStringLiteral("ANNA"), QDate(1985, 3, 4), QStringLiteral("F"), QStringLiteral("FRA") };
    r.document = { QStringLiteral("P"), QStringLiteral("FRA"), kNumber, QDate(2030, 1, 1) };
    r.systems = allSystems();
    return r;
}

// Every system answers no hit, or SIS an arrest alert on the traveller.
SearchAnswers answers(const QString& searchId, bool arrest)
{
    SearchAnswers a;
    a.request = request(searchId);
    for (SystemId s : allSystems())
        a.events.append(SystemEvent { searchId, s, SystemStatus::NoHit, 5, {}, {} });
    if (arrest) {
        Hit h;
        h.recordId = QStringLiteral("SIS-1");
        h.system = SystemId::Sis;
        h.person = a.request.person;
        h.document = a.request.document;
        h.sis = SisAlert { QStringLiteral("arrest"), QStringLiteral("arrest"), {}, QStringLiteral("DEU"), {} };
        a.events[0] = SystemEvent { searchId, SystemId::Sis, SystemStatus::Hit, 5, { h }, {} };
    }
    a.summary = SearchSummary { searchId, {}, {}, allSystems(), 50 };
    return a;
}

bd::results::CheckContext context()
{
    bd::results::CheckContext c;
    c.today = QDate(2026, 11, 28);
    c.document.read = true;
    c.document.zoneValid = true;
    c.document.dateOfExpiry = QDate(2030, 1, 1);
    static const bd::results::VisaList visaList = *bd::results::VisaList::builtIn();
    c.visaList = &visaList; // a French citizen: no visa, no stay limit
    return c;
}

} // namespace

class TestResultCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bd::testsupport::FakeClock m_clock;
    std::optional<bd::storage::FieldCipher> m_cipher;
    std::unique_ptr<Database> m_db;

    QString storePath() const { return m_dir.filePath(QString::fromLatin1(bd::storage::kStoreFileName)); }

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        QVERIFY(m_dir.isValid());
        QFile::remove(storePath());
        const auto keys = bd::storage::loadOrCreateDataKeys(m_dir.path());
        QVERIFY(keys);
        m_cipher.emplace(keys.value());
        auto db = Database::open(storePath(), bd::storage::storeMigrations(), m_clock);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().detail));
        m_db = std::move(db.value());
    }
    void cleanup() { m_db.reset(); }

    void theLastAnswersComeBackMarkedAsTheCaches()
    {
        const ResultCache cache(*m_cipher, m_clock);
        const SearchAnswers kept = answers(QStringLiteral("s-1"), false);
        QVERIFY(!cache.keep(*m_db, kept));
        m_clock.advance(3600 * 1000);
        // Found as an officer types it: lower case, the zone's filler.
        DocumentData typed = kept.request.document;
        typed.number = kNumber.toLower() + QStringLiteral("<");
        const auto found = cache.lastFor(*m_db, typed);
        QVERIFY(found && found.value().has_value());
        const SearchAnswers& back = **found;
        QCOMPARE(back.request, kept.request);
        QCOMPARE(back.events, kept.events);
        QCOMPARE(back.summary, kept.summary);
        QCOMPARE(back.cachedAt, m_clock.now().addSecs(-3600));

        // Unified today, a clean answer from the cache is no admit: complete the checks (R55).
        const auto result = bd::results::Unifier::unify(back, context());
        QCOMPARE(result.requiredAction.code, ActionCode::CompleteChecksManually);
        QVERIFY(!result.complete);
        QCOMPARE(result.cachedAt, back.cachedAt);
        // The same answers current would admit: the cache is what stops it.
        QCOMPARE(bd::results::Unifier::unify(kept, context()).requiredAction.code, ActionCode::Admit);
        // Another document has no entry.
        DocumentData other = typed;
        other.issuingState = QStringLiteral("DEU");
        QVERIFY(!cache.lastFor(*m_db, other).value().has_value());
    }

    void aHitInTheCachedAnswersStillCounts()
    {
        const ResultCache cache(*m_cipher, m_clock);
        QVERIFY(!cache.keep(*m_db, answers(QStringLiteral("s-1"), true)));
        const auto found = cache.lastFor(*m_db, request(QStringLiteral("x")).document);
        QVERIFY(found && found.value().has_value());
        QCOMPARE(bd::results::Unifier::unify(**found, context()).requiredAction.code, ActionCode::Arrest);
    }

    void theNewestReplacesAndCachedAnswersAreNotKeptAgain()
    {
        const ResultCache cache(*m_cipher, m_clock);
        QVERIFY(!cache.keep(*m_db, answers(QStringLiteral("s-1"), true)));
        m_clock.advance(60 * 1000);
        QVERIFY(!cache.keep(*m_db, answers(QStringLiteral("s-2"), false)));
        auto found = cache.lastFor(*m_db, request(QStringLiteral("x")).document);
        QCOMPARE(found.value()->request.searchId, QStringLiteral("s-2"));
        SearchAnswers fromCache = **found;
        m_clock.advance(60 * 1000);
        QVERIFY(!cache.keep(*m_db, fromCache)); // ignored: it would look newer than it is
        SearchAnswers none = answers(QStringLiteral("s-3"), false);
        for (SystemEvent& e : none.events)
            e.status = SystemStatus::Unavailable;
        QVERIFY(!cache.keep(*m_db, none)); // ignored: no system answered
        QCOMPARE(cache.lastFor(*m_db, fromCache.request.document).value()->cachedAt, fromCache.cachedAt);
        QCOMPARE(cache.stats(*m_db).value().entries, 1);
    }

    void retentionPurgesByAge()
    {
        const ResultCache cache(*m_cipher, m_clock);
        QVERIFY(!cache.keep(*m_db, answers(QStringLiteral("s-old"), false)));
        m_clock.advance(23 * 3600 * 1000);
        SearchAnswers other = answers(QStringLiteral("s-new"), false);
        other.request.document.number = QStringLiteral("AB1234567");
        QVERIFY(!cache.keep(*m_db, other));
        m_clock.advance(2 * 3600 * 1000); // the first is 25 h old, the second 2 h
        QCOMPARE(cache.purgeOlderThan(*m_db, 24 * 3600).value(), 1);
        QVERIFY(!cache.lastFor(*m_db, request(QStringLiteral("x")).document).value().has_value());
        QVERIFY(cache.lastFor(*m_db, other.request.document).value().has_value());
        QCOMPARE(cache.purgeAll(*m_db).value(), 1);
        QCOMPARE(cache.stats(*m_db).value().entries, 0);
    }

    void aChangedEntryIsAnErrorNotAResult()
    {
        const ResultCache cache(*m_cipher, m_clock);
        QVERIFY(!cache.keep(*m_db, answers(QStringLiteral("s-1"), true)));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE result_cache SET payload = "
                                      "substr(payload, 1, 20) || x'00' || substr(payload, 22)")));
        const auto found = cache.lastFor(*m_db, request(QStringLiteral("x")).document);
        QVERIFY(!found);
        QCOMPARE(found.error().code, QString::fromLatin1(bd::storage::errors::kTampered));
    }

    void offlineChecksWaitForTheirRetroCheck()
    {
        const RetroChecks retro(*m_cipher, m_clock);
        QVERIFY(!retro.remember(*m_db, request(QStringLiteral("s-1"))));
        m_clock.advance(1000);
        QVERIFY(!retro.remember(*m_db, request(QStringLiteral("s-2"))));
        QVERIFY(!retro.remember(*m_db, request(QStringLiteral("s-1")))); // the same check once
        auto waiting = retro.waiting(*m_db);
        QVERIFY(waiting);
        QCOMPARE(waiting->size(), 2);
        QCOMPARE(waiting->at(0).request, request(QStringLiteral("s-1")));
        QCOMPARE(waiting->at(1).checkedAt, m_clock.now());
        QVERIFY(!retro.markRechecked(*m_db, QStringLiteral("s-1"), QStringLiteral("no-hit")));
        QCOMPARE(retro.waitingCount(*m_db).value(), 1);
        m_clock.advance(25 * 3600 * 1000);
        QCOMPARE(retro.purgeRecheckedOlderThan(*m_db, 24 * 3600).value(), 1); // the waiting one stays
        QCOMPARE(retro.waitingCount(*m_db).value(), 1);
    }

    void noPlaintextReachesTheDisk()
    {
        const ResultCache cache(*m_cipher, m_clock);
        const RetroChecks retro(*m_cipher, m_clock);
        QVERIFY(!cache.keep(*m_db, answers(QStringLiteral("s-1"), true)));
        QVERIFY(!retro.remember(*m_db, request(QStringLiteral("s-2"))));
        const QByteArray disk = bd::testsupport::contentOf(storePath())
            + bd::testsupport::contentOf(storePath() + QStringLiteral("-wal"));
        QVERIFY(!disk.isEmpty());
        for (const QString& secret : { kSurname, kNumber, QStringLiteral("1985-03-04") })
            QVERIFY2(!disk.contains(secret.toUtf8()), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestResultCache)
#include "TestResultCache.moc"
