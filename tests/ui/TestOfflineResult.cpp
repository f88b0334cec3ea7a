// Offline in the real workstation (`borderdesk` in a classroom, the trainer's gateway on loopback,
// real HTTPS): a traveller checked while online is checked again after the gateway has gone; the
// result is the cached one under the offline banner (its time, every system stale) and requires the
// checks to be completed by hand — never "admit" from the cache (rule R55). A traveller never seen
// before gets the search's own result: every system unanswered, complete the checks by hand.
#include "app/CompositionRoot.h"
#include "services/results/UnifiedResult.h"
#include "services/session/CheckService.h"
#include "services/session/StoreDecisions.h"
#include "services/storage/DataKeys.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/DemoWorkstation.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/TestHygiene.h"
#include "ui/CheckController.h"
#include "ui/MainWindow.h"
#include "ui/ResultsPage.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using bd::results::ActionCode;
using bd::results::UnifiedResult;
using bd::testsupport::DemoWorkstation;

namespace {

// How many outbox records of the store in `dataDir` the gateway has taken.
// Sent decisions (the audit trail's records go through the same outbox).
int sentRecords(const QString& dataDir)
{
    const bd::core::SystemClock clock;
    auto db = bd::storage::Database::open(QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)),
        bd::storage::storeMigrations(), clock);
    QSqlQuery q(db.value()->connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'sent' AND kind = 'decision'")) && q.next()
        ? q.value(0).toInt()
        : -1;
}

// A store with two unsent decisions (valid records for the gateway) and cached results filling the
// later pages, closed, then a page near its end overwritten: the next start finds it damaged.
void leaveADamagedStoreWithTwoUnsentDecisions(const QString& dataDir)
{
    const auto keys = bd::storage::loadOrCreateDataKeys(dataDir);
    const bd::storage::FieldCipher cipher(keys.value());
    const bd::core::SystemClock clock;
    const QString path = QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName));
    {
        auto db = bd::storage::Database::open(path, bd::storage::storeMigrations(), clock);
        for (int n = 1; n <= 2; ++n) {
            bd::session::DecisionEntry entry;
            entry.searchId = bd::session::CheckService::newId();
            entry.at = clock.now().toUTC();
            entry.decision = bd::model::Decision::SecondLine;
            entry.requiredAction = QStringLiteral("complete-checks-manually");
            entry.idempotencyKey = bd::session::CheckService::newId();
            entry.training = true;
            bd::model::SearchRequest request;
            request.searchId = entry.searchId;
            request.officerId = QStringLiteral("demo-officer");
            request.document
                = { QStringLiteral("P"), QStringLiteral("FRA"), QStringLiteral("ZZ%1").arg(n), QDate(2031, 1, 1) };
            request.person = { QStringLiteral("DOE"), QStringLiteral("JO"), QDate(1980, 1, 1), QStringLiteral("M"),
                QStringLiteral("FRA") };
            bd::session::StoreDecisions(*db.value(), cipher)
                .recordDecision(entry, { bd::session::CheckService::submissionFor(entry, request) });
        }
        QSqlQuery q(db.value()->connection());
        q.prepare(
            QStringLiteral("INSERT INTO result_cache (lookup_key, cached_at, search_id, payload) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < 200; ++i) {
            q.addBindValue(QByteArray::number(i));
            q.addBindValue(QStringLiteral("2026-11-28T09:00:00.000Z"));
            q.addBindValue(QStringLiteral("s-%1").arg(i));
            q.addBindValue(QByteArray(2000, 'x'));
            q.exec();
        }
    }
    QFile file(path);
    file.open(QIODevice::ReadWrite);
    file.seek(file.size() - 3 * 4096);
    file.write(QByteArray(4096, '\xA5'));
}

} // namespace

class TestOfflineResult : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void anOfflineCheckShowsTheCachedResultUnderTheBanner()
    {
        std::optional<bd::testsupport::LoopbackGateway> trainer;
        trainer.emplace();
        QVERIFY2(trainer->isRunning(), qPrintable(trainer->errorString()));
        DemoWorkstation workstation(DemoWorkstation::classroom(*trainer));
        QVERIFY(workstation.show(QSize(1440, 900)));
        auto& root = workstation.root();
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);

        QVERIFY(root.runScenario(QStringLiteral("clean-visa-exempt")));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        const auto online = results.at(0).at(0).value<UnifiedResult>();
        QVERIFY(!online.cachedAt.isValid());
        QVERIFY(root.resultsPage().offlineText().isEmpty());

        trainer.reset(); // the link is gone: the port refuses
        QVERIFY(root.runScenario(QStringLiteral("clean-visa-exempt")));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 2, 60000);
        const auto offline = results.at(1).at(0).value<UnifiedResult>();
        QVERIFY(offline.cachedAt.isValid());
        QCOMPARE(offline.searchId, online.searchId); // the answers of the first search
        QCOMPARE(offline.requiredAction.code, ActionCode::CompleteChecksManually);
        QVERIFY(!offline.complete);
        const QString banner = root.resultsPage().offlineText();
        QVERIFY2(banner.startsWith(QStringLiteral("OFFLINE")), qPrintable(banner));
        QVERIFY2(banner.contains(offline.cachedAt.toLocalTime().toString(QStringLiteral("HH:mm"))), qPrintable(banner));
        QVERIFY2(banner.contains(QStringLiteral("Stale: SIS")), qPrintable(banner));
        QVERIFY2(root.resultsPage().bannerText().startsWith(QStringLiteral("Check incomplete")),
            qPrintable(root.resultsPage().bannerText()));

        // BD_SCREENSHOT_DIR=<dir>: keeps the window as shown (docs/screenshots/offline-cached-result.png).
        const QString shots = qEnvironmentVariable("BD_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            workstation.window().grab().save(shots + QStringLiteral("/offline-cached-result.png"));
    }

    void aTravellerNeverSeenIsUnansweredOffline()
    {
        std::optional<bd::testsupport::LoopbackGateway> trainer;
        trainer.emplace();
        const DemoWorkstation::Setup setup = DemoWorkstation::classroom(*trainer);
        trainer.reset();
        DemoWorkstation workstation(setup);
        QVERIFY(workstation.show(QSize(1440, 900)));
        auto& root = workstation.root();
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        QVERIFY(root.runScenario(QStringLiteral("clean-visa-exempt")));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        const auto result = results.at(0).at(0).value<UnifiedResult>();
        QVERIFY(!result.cachedAt.isValid());
        QCOMPARE(result.requiredAction.code, ActionCode::CompleteChecksManually);
        QCOMPARE(result.unanswered.size(), result.systems.size()); // every system: unknown, never "no hit"
        QVERIFY(root.resultsPage().offlineText().isEmpty());
    }

    void aDamagedStoreIsMovedAsideAndItsUnsentRecordsAreSent()
    {
        DemoWorkstation::Setup setup;
        setup.prepareDataDir = leaveADamagedStoreWithTwoUnsentDecisions;
        QTest::ignoreMessage(QtWarningMsg, "local store was damaged: moved aside, a fresh one made");
        DemoWorkstation workstation(setup);
        const QString warning = workstation.window().warningText();
        QVERIFY2(warning.contains(QStringLiteral("The local store was damaged and moved aside")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("2 records not yet sent were recovered")), qPrintable(warning));
        // The demo gateway takes them: nothing waits any more.
        QTRY_COMPARE_WITH_TIMEOUT(sentRecords(workstation.dataPath()), 2, 20000);
        QTRY_VERIFY(workstation.window().outboxText().isEmpty());
    }
};

QTEST_MAIN(TestOfflineResult)
#include "TestOfflineResult.moc"
