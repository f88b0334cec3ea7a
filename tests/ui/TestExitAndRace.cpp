// The check flow's timing and purpose in the real booth window (DocumentPage, ResultsPage,
// DecisionPage, MainWindow, CheckController) against a scripted gateway (ScriptedBooth.h): exit
// checks (F6), a stale image reading that finishes after the desk reader read the next traveller,
// one decision per check and none before the result, a stream that ends without its summary, and
// the officer's declarations (F7) re-running the verdict on the stored answers. Deciding a check
// (overrides, refusals, parked checks, the repeat query): TestDecidingChecks.
#include "services/document/MrzParser.h"
#include "tests/support/ExpectedWarnings.h"
#include "tests/support/ScriptedBooth.h"
#include "tests/support/TestHygiene.h"
#include "ui/DeclarationsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bd::gateway;
using namespace bd::model;
using namespace bd::testsupport::scripted;
using bd::ui::MainWindow;
namespace actions = bd::results::actions;

namespace {
const QDate kToday = bd::testsupport::kBoothToday;
} // namespace

class TestExitAndRace : public bd::testsupport::ScriptedBoothTest
{
    Q_OBJECT

private slots:
    // The baseline of the tests below: this traveller, all systems clear, is admitted.
    void clearEntryCheckAdmits()
    {
        QCOMPARE(purposeLabel(), QStringLiteral("ENTRY check"));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusWarningLabel"))->isHidden()); // visa list loaded
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        QCOMPARE(m_client->requests.size(), 1);
        QCOMPARE(m_client->requests.first().purpose, Purpose::EntryCheck);
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QVERIFY(m_controller->lastResult());
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::Admit);
        QVERIFY(m_results->hasResult());
    }

    void exitModeSendsExitCheckAndShowsIt()
    {
        QSignalSpy changed(m_window.get(), &MainWindow::checkPurposeChanged);
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_window->checkPurpose(), MainWindow::CheckPurpose::Exit);
        QCOMPARE(purposeLabel(), QStringLiteral("EXIT check"));
        QCOMPARE(m_controller->nextPurpose(), Purpose::ExitCheck);

        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        QCOMPARE(m_client->requests.size(), 1);
        QCOMPARE(m_client->requests.first().purpose, Purpose::ExitCheck);
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QCOMPARE(m_controller->lastResult()->purpose, Purpose::ExitCheck);
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::LetExit);
        QCOMPARE(m_decision->selectedDecision(), QString::fromLatin1(bd::results::decisions::kLetExit));
        m_decision->record();
        QCOMPARE(journalled(), 1);
        QCOMPARE(m_journal->readAll()->first().decision, Decision::LetExit);

        // Switching back while this check is open: the open check stays an exit check, the
        // status bar says the entry check starts with the next traveller.
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QVERIFY2(
            purposeLabel().startsWith(QStringLiteral("ENTRY check")) && purposeLabel().contains(QStringLiteral("next")),
            qPrintable(purposeLabel()));
        QCOMPARE(m_controller->currentRequest().purpose, Purpose::ExitCheck);
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("DUBOIS"), QStringLiteral("FR7654321")));
        QCOMPARE(m_client->requests.size(), 2);
        QCOMPARE(m_client->requests.last().purpose, Purpose::EntryCheck);
        QCOMPARE(purposeLabel(), QStringLiteral("ENTRY check"));
    }

    void staleImageReadingAfterAWedgeReadIsDropped()
    {
        QTemporaryDir dir;
        QImage page(400, 280, QImage::Format_RGB32);
        page.fill(Qt::white);
        m_dialogs.path = dir.filePath(QStringLiteral("page.png"));
        QVERIFY(page.save(m_dialogs.path));
        const QStringList first = zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567"));
        const QStringList next = zone(QStringLiteral("ITA"), QStringLiteral("ROSSI"), QStringLiteral("IT7654321"));
        bd::ocr::MrzReading reading;
        reading.found = true;
        reading.record = bd::document::MrzParser::parse(first, { kToday, true });
        m_reader.setReading(reading);
        m_reader.holdCalls(true);

        // The officer opens a scan of the first traveller's page; the OCR is still running when
        // the desk reader reads the next traveller's document.
        QSignalSpy read(m_document, &bd::ui::DocumentPage::documentRead);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("openImagePushButton")), Qt::LeftButton);
        QVERIFY(m_document->isReadingImage());
        readerTypes(next);
        QTRY_COMPARE(m_client->requests.size(), 1);
        const SearchRequest request = m_client->requests.first();
        QCOMPARE(request.document.number, QStringLiteral("IT7654321"));
        QCOMPARE(read.size(), 1);
        QPointer<SearchHandle> handle = m_client->lastHandle();

        // The image reading finishes late: dropped, the next traveller's search runs on.
        m_reader.release();
        QTRY_VERIFY(!m_document->isReadingImage());
        QCOMPARE(m_reader.calls(), 1);
        QCOMPARE(read.size(), 1);
        QCOMPARE(m_client->requests.size(), 1);
        QVERIFY(handle && !handle->isFinished()); // not cancelled
        QCOMPARE(m_controller->currentRequest().searchId, request.searchId);
        QCOMPARE(m_document->currentRecord().value(QStringLiteral("documentNumber")), QStringLiteral("IT7654321"));
        QVERIFY(m_controller->isSearching());
        handle->finish(allClear(request, true));
        QCOMPARE(m_controller->lastResult()->searchId, request.searchId);
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::Admit);
    }

    void staleImageReadingAfterEscapeIsDropped()
    {
        QTemporaryDir dir;
        QImage page(400, 280, QImage::Format_RGB32);
        page.fill(Qt::white);
        m_dialogs.path = dir.filePath(QStringLiteral("page.png"));
        QVERIFY(page.save(m_dialogs.path));
        bd::ocr::MrzReading reading;
        reading.found = true;
        reading.record = bd::document::MrzParser::parse(
            zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")), { kToday, true });
        m_reader.setReading(reading);
        m_reader.holdCalls(true);
        QSignalSpy read(m_document, &bd::ui::DocumentPage::documentRead);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("openImagePushButton")), Qt::LeftButton);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        m_reader.release();
        QTRY_VERIFY(!m_document->isReadingImage());
        QCOMPARE(read.size(), 0);
        QCOMPARE(m_client->requests.size(), 0);
        QVERIFY(m_document->currentRecord().lines.isEmpty());
    }

    void decisionBeforeTheResultIsRefused()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        QVERIFY(m_controller->isSearching());
        QVERIFY(!m_controller->isOutcomeShown());
        // The officer jumps to the decision (F4) and admits while the systems are still answering.
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QCOMPARE(m_window->currentStep(), int(MainWindow::DecisionStep));
        m_window->findChild<QRadioButton*>(QStringLiteral("admitChoice"))->setChecked(true);
        QSignalSpy recorded(m_controller.get(), &bd::ui::CheckController::decisionRecorded);
        bd::testsupport::expectDecisionRefused("the result of this check is not shown yet");
        m_decision->record();
        QCOMPARE(recorded.size(), 0);
        QVERIFY(!m_decision->isRecorded());
        QVERIFY2(m_decision->confirmationText().contains(QStringLiteral("not shown yet")),
            qPrintable(m_decision->confirmationText()));
        QCOMPARE(journalled(), 0);
        QVERIFY(m_client->records.isEmpty());
        QVERIFY(!m_controller->isDecided());

        // Once the result is shown the decision is taken.
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QVERIFY(m_controller->isOutcomeShown());
        m_decision->record();
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(journalled(), 1);
    }

    void secondDecisionForTheSameCheckIsNotJournalled()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QSignalSpy recorded(m_controller.get(), &bd::ui::CheckController::decisionRecorded);
        m_decision->record();
        QVERIFY(m_decision->isRecorded());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(journalled(), 1);
        QTRY_COMPARE(m_client->records.size(), 1);
        QTRY_VERIFY(m_decision->confirmationText().contains(QStringLiteral("Sent to the central gateway")));
        const QString confirmation = m_decision->confirmationText();

        // Any second decision for this check (another signal, a scripted call) is refused.
        bd::testsupport::expectDecisionRefused("this check's decision is already recorded");
        bd::testsupport::expectDecisionRefused("this check's decision is already recorded");
        m_controller->recordDecision(
            bd::ui::OfficerDecision { Decision::Refuse, QStringLiteral("C"), QString::fromLatin1(actions::kAdmit) });
        m_controller->recordDecision(
            bd::ui::OfficerDecision { Decision::Admit, QString(), QString::fromLatin1(actions::kAdmit) });
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(journalled(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(m_client->records.size(), 1);
        QCOMPARE(m_journal->readAll()->first().decision, Decision::Admit);
        QCOMPARE(m_decision->confirmationText(), confirmation);

        // The next traveller's check takes its own decision.
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("DUBOIS"), QStringLiteral("FR7654321")));
        QVERIFY(!m_controller->isDecided());
        m_client->lastHandle()->finish(allClear(m_client->requests.last(), true));
        m_decision->record();
        QCOMPARE(journalled(), 2);
    }

    void streamWithoutSummaryDoesNotAdmit_data()
    {
        QTest::addColumn<bool>("withSummary");
        QTest::addColumn<QString>("error");
        QTest::newRow("no summary") << false << QString();
        QTest::newRow("broken stream, no summary") << false << QStringLiteral("gateway.protocol");
        QTest::newRow("error after the summary") << true << QStringLiteral("gateway.protocol");
    }
    void streamWithoutSummaryDoesNotAdmit()
    {
        QFETCH(bool, withSummary);
        QFETCH(QString, error);
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        SearchOutcome outcome = allClear(m_client->requests.first(), withSummary);
        if (!error.isEmpty()) {
            outcome.error = bd::core::Error { error, QStringLiteral("the stream broke off"), {} };
            bd::testsupport::expectSearchEndedWithError(error);
        }
        m_client->lastHandle()->finish(outcome);
        QVERIFY(m_controller->lastResult());
        const auto& result = *m_controller->lastResult();
        QCOMPARE(result.requiredAction.code, bd::results::ActionCode::CompleteChecksManually);
        QVERIFY(!result.complete);
        QVERIFY(!result.integrityProblems.isEmpty());
        QVERIFY(m_controller->answers());
        QCOMPARE(m_controller->answers()->streamError.has_value(), !error.isEmpty());
        QVERIFY(m_results->hasResult());
        QCOMPARE(m_decision->selectedDecision(), QStringLiteral("second-line"));
    }

    void summaryOfAnotherSearchDoesNotAdmit()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        SearchOutcome outcome = allClear(m_client->requests.first(), true);
        outcome.summary->searchId = QStringLiteral("another-search");
        m_client->lastHandle()->finish(outcome);
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::CompleteChecksManually);
    }

    void declarationsRerunTheVerdict()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::Admit);
        const QString admitBanner = m_results->bannerText();

        QSignalSpy results(m_controller.get(), &bd::ui::CheckController::resultReady);
        bd::results::OfficerDeclarations asylum;
        asylum.asylumRequest = true;
        m_controller->setDeclarations(asylum);
        QCOMPARE(results.size(), 1);
        QCOMPARE(m_client->requests.size(), 1); // no new search
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::SecondLineAsylum);
        QVERIFY(m_controller->lastResult()->declarations.asylumRequest);
        QVERIFY(m_results->bannerText() != admitBanner);
        QCOMPARE(m_decision->selectedDecision(), QStringLiteral("second-line"));

        // Taken back: admitted again.
        m_controller->setDeclarations({});
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::Admit);

        // Declarations belong to their check.
        m_controller->setDeclarations(asylum);
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("DUBOIS"), QStringLiteral("FR7654321")));
        QVERIFY(m_controller->declarations().isEmpty());
        m_client->lastHandle()->finish(allClear(m_client->requests.last(), true));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::Admit);
    }

    void declarationsDialogFromTheResultsStep()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QCOMPARE(m_window->currentStep(), int(MainWindow::ResultsStep));
        QTest::keyClick(m_window.get(), Qt::Key_F7);
        bd::ui::DeclarationsDialog* dialog = m_controller->declarationsDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        for (QWidget* w : dialog->findChildren<QWidget*>()) {
            if (w->objectName().startsWith(QLatin1String("qt_"))) // Qt's own parts of a control
                continue;
            if (qobject_cast<QCheckBox*>(w) || qobject_cast<QPushButton*>(w) || qobject_cast<QLineEdit*>(w)
                || qobject_cast<QComboBox*>(w) || qobject_cast<QDateEdit*>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(dialog->conditionCheckBox()->isHidden()); // a French passport: no condition on the list
        dialog->faceMismatchCheckBox()->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyDeclarationsButton")), Qt::LeftButton);
        QTRY_VERIFY(!m_controller->declarationsDialog());
        QVERIFY(m_controller->declarations().faceMismatch);
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::SecondLineIdentity);
        QCOMPARE(m_window->currentStep(), int(MainWindow::ResultsStep));

        // A residence title needs its issuing state before it can be applied.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F7);
        dialog = m_controller->declarationsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->faceMismatchCheckBox()->isChecked()); // the current declarations
        auto* apply = dialog->findChild<QPushButton*>(QStringLiteral("applyDeclarationsButton"));
        dialog->residenceCheckBox()->setChecked(true);
        QVERIFY(!apply->isEnabled());
        QTest::keyClicks(dialog->residenceStateLineEdit(), QStringLiteral("deu"));
        QCOMPARE(dialog->residenceStateLineEdit()->text(), QStringLiteral("DEU"));
        QVERIFY(apply->isEnabled());
        QCOMPARE(dialog->declarations().residence->issuingState, QStringLiteral("DEU"));
        QCOMPARE(dialog->declarations().residence->validUntil, kToday);

        // A new traveller closes the dialog: nothing of it applies to the new check.
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("DUBOIS"), QStringLiteral("FR7654321")));
        QTRY_VERIFY(!m_controller->declarationsDialog());
        QVERIFY(m_controller->declarations().isEmpty());
    }

    void declarationsDialogOffersTheListCondition()
    {
        // A list condition the zone cannot prove (here: a biometric passport), confirmed by the officer.
        typeZone(zone(QStringLiteral("ALB"), QStringLiteral("HOXHA"), QStringLiteral("AL1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        const auto finding = m_controller->lastResult()->traveller.finding;
        QCOMPARE(finding.condition, QStringLiteral("biometric-passport"));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::VerifyVisaRequirement);
        QTest::keyClick(m_window.get(), Qt::Key_F7);
        bd::ui::DeclarationsDialog* dialog = m_controller->declarationsDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->conditionCheckBox()->isHidden());
        QVERIFY2(dialog->conditionCheckBox()->text().contains(finding.conditionText),
            qPrintable(dialog->conditionCheckBox()->text()));
        dialog->conditionCheckBox()->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyDeclarationsButton")), Qt::LeftButton);
        QTRY_VERIFY(!m_controller->declarationsDialog());
        QCOMPARE(m_controller->declarations().confirmedConditions, QStringList { finding.condition });
        const auto& result = *m_controller->lastResult();
        QVERIFY(result.declarations.confirmedConditions.contains(finding.condition));
        QVERIFY2(result.requiredAction.code != bd::results::ActionCode::VerifyVisaRequirement,
            qPrintable(result.requiredAction.text));
        for (const auto& other : result.otherActions)
            QVERIFY2(other.code != bd::results::ActionCode::VerifyVisaRequirement, qPrintable(other.text));
    }

    void declarationsAfterTheDecisionAreRefused()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        m_decision->record();
        QVERIFY(m_controller->isDecided());
        bd::results::OfficerDeclarations asylum;
        asylum.asylumRequest = true;
        bd::testsupport::expectDeclarationsRefusedAfterTheDecision();
        m_controller->setDeclarations(asylum);
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::Admit);
        QVERIFY(m_decision->isRecorded());
        QTest::keyClick(m_window.get(), Qt::Key_F7);
        QVERIFY(!m_controller->declarationsDialog());
    }

    void withoutVisaListTheStatusBarSaysSo()
    {
        tearDown();
        bd::testsupport::expectNoVisaList();
        build(nullptr);
        const auto* warning = m_window->findChild<QLabel*>(QStringLiteral("statusWarningLabel"));
        QVERIFY(warning && !warning->isHidden());
        QVERIFY2(warning->text().contains(QStringLiteral("Visa list not loaded")), qPrintable(warning->text()));
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::VerifyVisaRequirement);
    }
};

QTEST_MAIN(TestExitAndRace)
#include "TestExitAndRace.moc"
