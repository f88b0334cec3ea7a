// Rule R57 in the real workstation (`borderdesk --demo` as app/CompositionRoot builds it): the
// officer's decision and the EES record that follows it are written to the store's outbox in one
// transaction, sent in that order to the training gateway, and the decision page says what was
// queued — or that no EES record is due, and why.
#include "services/document/MrzGenerator.h"
#include "services/storage/Database.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/DemoWorkstation.h"
#include "tests/support/TestHygiene.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using bd::testsupport::DemoWorkstation;

namespace {

struct OutboxRow
{
    QString key;
    QString kind;
};

// The outbox of the store in `dataDir` without the audit trail's records (they go through it too),
// oldest first, read the way support would.
QList<OutboxRow> outboxRows(const QString& dataDir)
{
    QList<OutboxRow> rows;
    const bd::core::SystemClock clock;
    auto db = bd::storage::Database::open(QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)),
        bd::storage::storeMigrations(), clock);
    if (!db)
        return rows;
    QSqlQuery q(db.value()->connection());
    q.exec(QStringLiteral("SELECT idempotency_key, kind FROM outbox WHERE kind != 'audit' ORDER BY seq"));
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString() });
    return rows;
}

// Records the decision the page preselected (Enter on the Decision step).
void recordTheRequiredDecision(DemoWorkstation& workstation)
{
    auto& root = workstation.root();
    QTest::keyClick(&workstation.window(), Qt::Key_F4);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &root.decisionPage(), Qt::Key_Return);
}

} // namespace

class TestEesRecords : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void admittingAVisaExemptTravellerQueuesTheDecisionAndItsEesEntryRecord()
    {
        DemoWorkstation workstation;
        auto& root = workstation.root();
        QVERIFY(workstation.show(QSize(1440, 900)));
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        QVERIFY(root.runScenario(QStringLiteral("clean-visa-exempt")));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        const auto& result = *root.checkController().lastResult();
        QCOMPARE(result.requiredAction.decision, bd::model::Decision::Admit);
        QCOMPARE(result.traveller.regime, bd::results::VisaRegime::VisaExempt);

        recordTheRequiredDecision(workstation);
        QTRY_VERIFY(root.decisionPage().isRecorded());
        const QString queued = root.decisionPage().eesRecordText();
        QVERIFY2(
            queued == QStringLiteral("EES entry record queued.") || queued == QStringLiteral("EES entry record sent."),
            qPrintable(queued));
        const auto* label = root.decisionPage().findChild<QLabel*>(QStringLiteral("eesRecord"));
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->property("tone").toString(), QString()); // nothing for the officer to do

        const QList<OutboxRow> rows = outboxRows(workstation.dataPath());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].kind, QStringLiteral("decision"));
        QCOMPARE(rows[1].kind, QStringLiteral("ees-entry"));
        QCOMPARE(rows[1].key, rows[0].key + QStringLiteral("-ees"));
        // The outbox sends both; the page says so.
        QTRY_COMPARE_WITH_TIMEOUT(root.decisionPage().eesRecordText(), QStringLiteral("EES entry record sent."), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            root.decisionPage().confirmationText().contains(QStringLiteral("Sent to the central gateway.")), 20000);

        // BD_SCREENSHOT_DIR=<dir>: keeps the page as shown (docs/screenshots/decision-ees-entry-sent.png).
        const QString shots = qEnvironmentVariable("BD_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            workstation.window().grab().save(shots + QStringLiteral("/decision-ees-entry-sent.png"));
    }

    void anEuCitizenGetsNoEesRecord()
    {
        DemoWorkstation workstation;
        auto& root = workstation.root();
        QVERIFY(workstation.show(QSize(1440, 900)));
        bd::document::MrzDocumentData d;
        d.issuingState = QStringLiteral("FRA");
        d.nationality = QStringLiteral("FRA");
        d.surname = QStringLiteral("MARTIN");
        d.givenNames = QStringLiteral("ALEX");
        d.documentNumber = QStringLiteral("FR7654321");
        d.dateOfBirth = QDate(1980, 1, 2);
        d.sex = QLatin1Char('M');
        d.dateOfExpiry = QDate::currentDate().addYears(5);
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        root.documentPage().readMrzLines(
            bd::document::MrzGenerator::generate(d).value(), bd::ui::DocumentResultPanel::Source::Typed);
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        const auto& result = *root.checkController().lastResult();
        QCOMPARE(result.traveller.regime, bd::results::VisaRegime::FreeMovement);
        QCOMPARE(result.requiredAction.decision, bd::model::Decision::Admit);

        recordTheRequiredDecision(workstation);
        QTRY_VERIFY(root.decisionPage().isRecorded());
        QCOMPARE(root.decisionPage().eesRecordText(), QStringLiteral("No EES record: EU, EEA or Swiss citizen."));
        const QList<OutboxRow> rows = outboxRows(workstation.dataPath());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].kind, QStringLiteral("decision"));
    }
};

QTEST_MAIN(TestEesRecords)
#include "TestEesRecords.moc"
