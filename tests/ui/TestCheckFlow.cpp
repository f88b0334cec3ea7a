// A check end to end in the real main window as `borderdesk --demo` builds it: the in-process
// training gateway on loopback (fresh certificates, real HTTPS + mutual TLS through
// HttpsGatewayClient), a scenario's printed document read by the real OCR, the live results, the
// action-first result, the decision journalled (without personal data) and sent to the gateway.
#include "app/DemoGateway.h"
#include "services/session/DecisionJournal.h"
#include "tests/support/DemoWorkstation.h"
#include "tests/support/ExpectedWarnings.h"
#include "tests/support/FileProbe.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/StoredDecisions.h"
#include "tests/support/TestHygiene.h"
#include "ui/BiometricsPage.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/DocumentPage.h"
#include "ui/HitListModel.h"
#include "ui/MainWindow.h"
#include "ui/ResultsPage.h"
#include "ui/ScenarioPicker.h"
#include "ui/WedgeEventFilter.h"
#include "widgets/StatusChip.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPixmap>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using bd::model::SystemId;
using bd::model::SystemStatus;
using bd::testsupport::DemoWorkstation;

class TestCheckFlow : public QObject
{
    Q_OBJECT

private:
    // The debrief of an admission decided on a screen without SIS's answer: what the screen showed
    // and why come first, the scenario's story (`scenarioDebrief`) after, the trainee's reason quoted.
    static void verifyOverrideDebrief(const QString& text, const QString& scenarioDebrief)
    {
        QVERIFY2(text.startsWith(QStringLiteral("TRAINING DEBRIEF — Your decision DIFFERS")), qPrintable(text));
        const qsizetype screen = text.indexOf(QStringLiteral("The screen showed: "));
        const qsizetype story = text.indexOf(QStringLiteral("With every system answering, this scenario is:"));
        QVERIFY2(screen > 0 && story > screen, qPrintable(text));
        QVERIFY2(text.indexOf(QStringLiteral("because SIS did not answer")) > screen, qPrintable(text));
        QVERIFY2(text.indexOf(QStringLiteral("the right decision on what you saw was: Refer to second line")) > screen,
            qPrintable(text));
        // The arrest story comes only after what the screen showed.
        QVERIFY(!text.left(story).contains(QStringLiteral("arrest"), Qt::CaseInsensitive));
        QVERIFY(text.indexOf(scenarioDebrief.left(30)) > story);
        QVERIFY(text.contains(QStringLiteral("\u201cchecked SIS by phone with SPOC\u201d")));
    }

    // The journal of injectedFaultRepeatQueryAndDebrief(): the first check as required, the second
    // admitted as an override of `overriddenAction`, with the trainee's reason.
    static void verifyStoreOfBothChecks(
        const QString& dataDir, const QString& firstSearchId, const QString& overriddenAction)
    {
        const auto entries = bd::testsupport::storedDecisions(dataDir);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).searchId, firstSearchId);
        QVERIFY(entries.at(0).overrideReason.isEmpty());
        QCOMPARE(entries.at(1).decision, bd::model::Decision::Admit);
        QCOMPARE(entries.at(1).requiredAction, overriddenAction);
        QCOMPARE(entries.at(1).overrideReason, QStringLiteral("checked SIS by phone with SPOC"));
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void scenarioEndToEnd_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("discreet check") << "sis-discreet-check";
        QTest::newRow("red link") << "red-link";
        QTest::newRow("verify manually: SIS down") << "sis-unavailable";
        QTest::newRow("exit with overstay") << "exit-overstay"; // the scenario switches to an exit check
        QTest::newRow("passport valid under 3 months") << "passport-expires-soon";
    }

    void scenarioEndToEnd()
    {
        QFETCH(QString, scenario);
        DemoWorkstation workstation;
        auto& root = workstation.root();
        QVERIFY2(root.demoGateway(), "the in-process training gateway did not start");
        auto& window = workstation.window();
        QCOMPARE(window.mode(), bd::ui::MainWindow::Mode::Training);
        const auto* hint = window.findChild<QLabel*>(QStringLiteral("statusHintLabel"));
        QVERIFY(hint && hint->text().startsWith(QStringLiteral("F9")) && !hint->isHidden());
        QVERIFY(workstation.show(QSize(1440, 900)));

        const auto* c = root.demoGateway()->deck().findById(scenario);
        QVERIFY(c && c->expected);
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        QVERIFY(root.runScenario(scenario));
        // The printed document is read by the OCR (the real image path), then the search runs.
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        QCOMPARE(window.currentStep(), int(bd::ui::MainWindow::ResultsStep));
        const auto& request = root.checkController().currentRequest();
        QCOMPARE(request.document.number, c->document.number);
        QCOMPARE(request.person.surname, c->person.surname);
        const auto& result = *root.checkController().lastResult();
        QCOMPARE(bd::results::actionKey(result.requiredAction.code), c->expected->requiredAction);
        QCOMPARE(bd::model::decisionKey(result.requiredAction.decision), c->expected->decision);
        auto& page = root.resultsPage();
        QVERIFY(page.hasResult());
        for (const auto& line : result.systems)
            QCOMPARE(page.chipStatus(line.system), line.status);

        // BD_SCREENSHOT_DIR=<dir>: docs/screenshots/make-results-screenshots keeps the window as shown.
        const QString shots = qEnvironmentVariable("BD_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(QStringLiteral("%1/results-%2.png").arg(shots, scenario));

        // The officer decides with the keyboard: F4, then Enter takes the preselected choice.
        QTest::keyClick(&window, Qt::Key_F4);
        QCOMPARE(window.currentStep(), int(bd::ui::MainWindow::DecisionStep));
        auto& decision = root.decisionPage();
        QCOMPARE(decision.selectedDecision(), c->expected->decision);
        if (!c->expected->refusalReason.isEmpty())
            QCOMPARE(decision.selectedReason(), c->expected->refusalReason);
        QSignalSpy submitted(&root.checkController(), &bd::ui::CheckController::decisionSubmitted);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &decision, Qt::Key_Return);
        QTRY_VERIFY(decision.isRecorded()); // written on the store's thread
        QVERIFY2(decision.debriefText().contains(QStringLiteral("Your decision matches")),
            qPrintable(decision.debriefText()));
        QVERIFY(decision.debriefText().contains(c->expected->debrief.left(30)));
        QTRY_VERIFY_WITH_TIMEOUT(submitted.size() == 1, 20000);
        QVERIFY2(submitted.first().at(1).toBool(), "the decision was not accepted by the gateway");
        if (!shots.isEmpty())
            window.grab().save(QStringLiteral("%1/decision-%2.png").arg(shots, scenario));

        // The store holds the decision (sealed: nothing personal in the file) and no journal is written.
        const auto stored = bd::testsupport::storedDecisions(workstation.dataPath());
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).searchId, request.searchId);
        QCOMPARE(bd::model::decisionKey(stored.at(0).decision), c->expected->decision);
        QCOMPARE(stored.at(0).requiredAction, c->expected->requiredAction);
        QVERIFY(!QFile::exists(root.decisionJournal().filePath()));
        const QByteArray text = bd::testsupport::contentOf(workstation.dataPath() + QStringLiteral("/store.sqlite"))
            + bd::testsupport::contentOf(workstation.dataPath() + QStringLiteral("/store.sqlite-wal"));
        for (const QString& personal :
            { c->person.surname, c->person.givenNames, c->document.number, c->person.dateOfBirth.toString(Qt::ISODate),
                c->person.dateOfBirth.toString(QStringLiteral("yyMMdd")) })
            if (!personal.isEmpty())
                QVERIFY2(
                    !text.contains(personal.toUtf8()), qPrintable(QStringLiteral("the store holds personal data")));

        // Esc: a new check.
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.currentStep(), int(bd::ui::MainWindow::DocumentStep));
        QVERIFY(!page.hasResult());
    }

    // F9 opens the picker with the whole deck; the trainer moves to a scenario with the keyboard
    // and presses Enter: that scenario's document is read and searched.
    void pickerRunsTheChosenScenario()
    {
        DemoWorkstation workstation;
        auto& root = workstation.root();
        QVERIFY(root.demoGateway());
        auto& window = workstation.window();
        QVERIFY(workstation.show());
        const QString wanted = QStringLiteral("stolen-passport-sltd");
        const auto* c = root.demoGateway()->deck().findById(wanted);
        QVERIFY2(c, "scenario missing from the deck");

        int listed = -1;
        bool chosen = false;
        QTimer::singleShot(0, &window, [&] {
            auto* picker = qobject_cast<bd::ui::ScenarioPicker*>(QApplication::activeModalWidget());
            if (!picker)
                return;
            auto* list = picker->findChild<QListWidget*>();
            listed = list ? list->count() : -1;
            picker->selectId(wanted);
            chosen = picker->selectedId() == wanted;
            QTest::keyClick(list ? static_cast<QWidget*>(list) : picker, Qt::Key_Return);
        });
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        QTest::keyClick(&window, Qt::Key_F9); // the picker's action; exec() returns after Enter
        QCOMPARE(listed, int(root.demoGateway()->deck().cases().size()));
        QVERIFY(chosen);
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        QCOMPARE(root.checkController().currentRequest().document.number, c->document.number);
    }

    // A parked check brought back (F8) is the whole check again: its document on the Document
    // page, its traveller on the Biometrics page with the faces of its records, its result.
    void parkedCheckComesBackWhole()
    {
        DemoWorkstation workstation;
        auto& root = workstation.root();
        QVERIFY(root.demoGateway());
        QVERIFY(workstation.show());
        auto& controller = root.checkController();
        QSignalSpy results(&controller, &bd::ui::CheckController::resultReady);

        QVERIFY(root.runScenario(QStringLiteral("red-link")));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        const QString firstId = controller.currentRequest().searchId;
        const QString firstNumber = controller.currentRequest().document.number;
        const QImage firstPortrait = root.biometricsPage().portrait();
        const qsizetype firstFaces = root.biometricsPage().facesOnFile().size();
        QVERIFY(!firstPortrait.isNull());
        QVERIFY2(firstFaces > 0, "the red-link scenario has faces on file");

        // The next traveller parks the undecided first check.
        QVERIFY(root.runScenario(QStringLiteral("clean-visa-exempt")));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 2, 60000);
        QCOMPARE(controller.parkedSearchIds(), QStringList { firstId });
        QVERIFY(root.documentPage().currentRecord().value(QStringLiteral("documentNumber")) != firstNumber);
        QVERIFY(root.biometricsPage().portrait() != firstPortrait);

        QVERIFY(controller.restoreParked(firstId));
        QCOMPARE(controller.currentRequest().searchId, firstId);
        QCOMPARE(root.documentPage().currentRecord().value(QStringLiteral("documentNumber")), firstNumber);
        QCOMPARE(root.biometricsPage().portrait(), firstPortrait);
        QCOMPARE(root.biometricsPage().facesOnFile().size(), firstFaces);
        QCOMPARE(results.size(), 3); // the restored result is the one shown
        QCOMPARE(results.last().first().value<bd::results::UnifiedResult>().searchId, firstId);
        // Restoring does not start a check: the second one is parked, nothing was searched again.
        QCOMPARE(controller.parkedSearchIds().size(), 1);
    }

    // An exit check end to end: F6 before the traveller's document is read; the search goes out
    // as exit-check and the verdict applies the exit rules (overstay at exit is no refusal).
    void exitScenarioAfterF6()
    {
        DemoWorkstation workstation;
        auto& root = workstation.root();
        QVERIFY(root.demoGateway());
        auto& window = workstation.window();
        QVERIFY(workstation.show());
        const auto* label = window.findChild<QLabel*>(QStringLiteral("checkPurposeLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("ENTRY check"));
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(label->text(), QStringLiteral("EXIT check"));

        const QString scenario = QStringLiteral("exit-overstay");
        const auto* c = root.demoGateway()->deck().findById(scenario);
        QVERIFY(c && c->expected);
        QCOMPARE(c->purpose, bd::model::Purpose::ExitCheck);
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        QVERIFY(root.runScenario(scenario));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        QCOMPARE(root.checkController().currentRequest().purpose, bd::model::Purpose::ExitCheck);
        const auto& result = *root.checkController().lastResult();
        QCOMPARE(result.purpose, bd::model::Purpose::ExitCheck);
        QCOMPARE(bd::results::actionKey(result.requiredAction.code), c->expected->requiredAction);
        QCOMPARE(bd::model::decisionKey(result.requiredAction.decision), c->expected->decision);
        QCOMPARE(label->text(), QStringLiteral("EXIT check"));
    }

    // The site settings choose the purpose a workstation starts with; the built-in visa list loads.
    void exitPurposeFromTheSiteSettings()
    {
        bd::core::Settings settings;
        settings.checkPurpose = QStringLiteral("exit-check");
        settings.borderState = QStringLiteral("DEU");
        DemoWorkstation workstation(DemoWorkstation::live(settings));
        auto& root = workstation.root();
        auto& window = workstation.window();
        QVERIFY(workstation.show());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("checkPurposeLabel"))->text(), QStringLiteral("EXIT check"));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusWarningLabel"))->isHidden()); // the visa list loaded
        root.documentPage().readMrzLines({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                                             QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") },
            bd::ui::DocumentResultPanel::Source::Typed);
        QCOMPARE(root.checkController().currentRequest().purpose, bd::model::Purpose::ExitCheck);
        // F6 back to entry: a live workstation sends entry-check (training sends "training").
        QTest::keyClick(&window, Qt::Key_F6);
        QCOMPARE(root.checkController().nextPurpose(), bd::model::Purpose::EntryCheck);
    }

    void liveWithoutGatewaySaysSo()
    {
        DemoWorkstation workstation(DemoWorkstation::live());
        auto& root = workstation.root();
        QVERIFY(!root.demoGateway());
        QVERIFY(!root.runScenario(QStringLiteral("sis-discreet-check"))); // training only
        auto& window = workstation.window();
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("statusHintLabel"))->isHidden()); // no scenario key live
        window.show();
        // ICAO 9303 specimen zone (public test data).
        root.documentPage().readMrzLines({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                                             QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") },
            bd::ui::DocumentResultPanel::Source::Typed);
        QCOMPARE(window.currentStep(), int(bd::ui::MainWindow::ResultsStep));
        auto& page = root.resultsPage();
        QVERIFY(!page.hasResult());
        QVERIFY2(page.bannerText().contains(QStringLiteral("not configured")), qPrintable(page.bannerText()));
        QCOMPARE(page.hitModel() ? page.hitModel()->rowCount() : 0, 0);
        for (SystemId s : bd::model::allSystems())
            QVERIFY(page.chip(s)->isHidden()); // no system shown as answered
        QCOMPARE(root.decisionPage().selectedDecision(), QStringLiteral("second-line"));
    }

    // A classroom: the workstation in training mode points at the trainer's gateway (here the real
    // training gateway on loopback with its own certificates); no gateway runs in the workstation,
    // and the scenario picker, printed documents and debrief still come from the deck.
    void classroomGatewayInsteadOfTheInProcessOne()
    {
        bd::testsupport::LoopbackGateway trainer;
        QVERIFY2(trainer.isRunning(), qPrintable(trainer.errorString()));
        DemoWorkstation workstation(DemoWorkstation::classroom(trainer));
        auto& root = workstation.root();
        QVERIFY(root.demoGateway());
        QVERIFY(!root.demoGateway()->isServing());
        QVERIFY(!QFileInfo::exists(QDir(workstation.dataPath()).filePath(QStringLiteral("demo-pki"))));
        auto& window = workstation.window();
        QCOMPARE(window.mode(), bd::ui::MainWindow::Mode::Training);
        window.show();

        const QString scenario = QStringLiteral("sis-refusal-of-entry");
        const auto* c = root.demoGateway()->deck().findById(scenario);
        QVERIFY(c && c->expected);
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        QVERIFY(root.runScenario(scenario));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        const auto& result = *root.checkController().lastResult();
        QCOMPARE(bd::results::actionKey(result.requiredAction.code), c->expected->requiredAction);
        QCOMPARE(bd::model::decisionKey(result.requiredAction.decision), c->expected->decision);
    }

    // A classroom gateway with SIS down (a fault the trainer injected) on the arrest scenario: the
    // screen shows an incomplete check; the fault clears and Ctrl+R asks SIS again: the merged
    // answers show the arrest, and the debrief is the scenario's. The same scenario with SIS down
    // decided on what the screen showed: the debrief talks about the incomplete check first and
    // quotes the trainee's override reason.
    void injectedFaultRepeatQueryAndDebrief()
    {
        bd::testsupport::LoopbackGateway trainer;
        QVERIFY2(trainer.isRunning(), qPrintable(trainer.errorString()));
        trainer.setFault(SystemId::Sis, bd::training::FaultKind::Down);
        DemoWorkstation workstation(DemoWorkstation::classroom(trainer));
        auto& root = workstation.root();
        QVERIFY(root.demoGateway());
        auto& window = workstation.window();
        QVERIFY(workstation.show());
        root.wedgeFilter().setEnabled(false); // the test types at machine speed
        auto& controller = root.checkController();
        auto& decision = root.decisionPage();
        const QString scenario = QStringLiteral("sis-arrest");
        const auto* c = root.demoGateway()->deck().findById(scenario);
        QVERIFY(c && c->expected);
        QCOMPARE(c->expected->requiredAction, QStringLiteral("arrest"));

        // 1. SIS down, then the fault clears and the query is repeated for SIS only.
        QSignalSpy results(&controller, &bd::ui::CheckController::resultReady);
        QVERIFY(root.runScenario(scenario));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        const QString searchId = controller.currentRequest().searchId;
        // Incomplete, and no arrest on screen (the visa condition of the passport is verified by
        // hand as well: with these site settings it ranks above "complete the checks manually").
        QVERIFY(!controller.lastResult()->complete);
        QVERIFY(controller.lastResult()->requiredAction.code != bd::results::ActionCode::Arrest);
        QCOMPARE(controller.lastResult()->requiredAction.decision, bd::model::Decision::SecondLine);
        QCOMPARE(controller.lastResult()->unanswered, QList<SystemId> { SystemId::Sis });
        QVERIFY(decision.isRepeatOffered());
        trainer.clearFaults();
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(controller.isRepeating());
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 2, 30000);
        const auto& merged = *controller.lastResult();
        QVERIFY2(merged.integrityProblems.isEmpty(),
            qPrintable(bd::results::noticeTexts(merged.integrityProblems).join(QLatin1Char(';'))));
        QVERIFY(merged.complete);
        QCOMPARE(merged.requiredAction.code, bd::results::ActionCode::Arrest);
        QCOMPARE(merged.searchId, searchId);
        QCOMPARE(root.resultsPage().chipStatus(SystemId::Sis), SystemStatus::Hit);
        QTest::keyClick(&window, Qt::Key_F4);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &decision, Qt::Key_Return);
        QTRY_VERIFY(decision.isRecorded());
        QVERIFY2(
            decision.debriefText().startsWith(QStringLiteral("TRAINING DEBRIEF — Your decision matches. Expected")),
            qPrintable(decision.debriefText()));
        const auto* debrief = window.findChild<QLabel*>(QStringLiteral("trainingDebrief"));
        QCOMPARE(debrief->property("tone").toString(), QStringLiteral("matches"));

        // 2. SIS down again; the trainee admits (an override of "complete the checks manually").
        trainer.setFault(SystemId::Sis, bd::training::FaultKind::Down);
        QVERIFY(root.runScenario(scenario));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 3, 60000);
        const QString shownAction = bd::results::actionKey(controller.lastResult()->requiredAction.code);
        QVERIFY(!controller.lastResult()->complete);
        QVERIFY(shownAction != QLatin1String("arrest"));
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_F4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(window.findChild<QRadioButton*>(QStringLiteral("admitChoice"))->isChecked());
        auto* reason = window.findChild<QLineEdit*>(QStringLiteral("overrideReasonEdit"));
        QVERIFY(reason && reason->isVisible());
        QTest::keyClicks(reason, QStringLiteral("checked SIS by phone with SPOC"));
        QTest::keyClick(reason, Qt::Key_Return); // confirm step
        QVERIFY(!decision.isRecorded());
        bd::testsupport::expectOverrideRecorded(QStringLiteral("admit"), shownAction);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(decision.isRecorded());
        verifyOverrideDebrief(decision.debriefText(), c->expected->debrief);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(debrief->property("tone").toString(), QStringLiteral("differs"));
        QVERIFY(debrief->styleSheet().contains(QStringLiteral("#b3261e")));

        // The journal: one line per check, the override's reason on the second.
        verifyStoreOfBothChecks(workstation.dataPath(), searchId, shownAction);
    }

    void classroomWithoutCertificatesSaysSo()
    {
        DemoWorkstation::Setup setup;
        setup.trainingGateway = QUrl(QStringLiteral("https://trainer-pc.invalid:8443"));
        DemoWorkstation workstation(setup);
        auto& root = workstation.root();
        QVERIFY(root.demoGateway() && !root.demoGateway()->isServing());
        root.documentPage().readMrzLines({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                                             QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") },
            bd::ui::DocumentResultPanel::Source::Typed);
        auto& page = root.resultsPage();
        QVERIFY(!page.hasResult());
        QVERIFY2(page.bannerText().contains(QStringLiteral("not configured")), qPrintable(page.bannerText()));
        QVERIFY2(page.explanationText().contains(QStringLiteral("training/clientCertFile")),
            qPrintable(page.explanationText()));
    }
};

QTEST_MAIN(TestCheckFlow)
#include "TestCheckFlow.moc"
