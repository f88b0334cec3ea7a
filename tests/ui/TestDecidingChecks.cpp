// Deciding a check in the real booth window (DocumentPage, ResultsPage, DecisionPage, MainWindow,
// CheckController) against a scripted gateway (ScriptedBooth.h): an override of the required
// action needs a reason and a confirmation, a refusal needs its letter, the screen is cleared for
// privacy, no undecided check is lost (Esc and a new read park it, F8 restores it), and the repeat
// query (Ctrl+R) for the systems that did not answer. Timing and purpose: TestExitAndRace.
#include "tests/support/ExpectedWarnings.h"
#include "tests/support/ScriptedBooth.h"
#include "tests/support/TestHygiene.h"
#include "ui/ParkedChecksDialog.h"
#include "ui/ScreenPrivacyGuard.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTest>

using namespace bd::gateway;
using namespace bd::model;
using namespace bd::testsupport::scripted;
using bd::ui::MainWindow;
namespace actions = bd::results::actions;

class TestDecidingChecks : public bd::testsupport::ScriptedBoothTest
{
    Q_OBJECT

private:
    // F8 with two parked checks, the arrest (MARTIN FR1234567) second in the list and an
    // interrupted check first: the list shows both; Down and Enter restore the arrest.
    void restoreTheSecondRowWithTheKeyboard()
    {
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        bd::ui::ParkedChecksDialog* list = m_controller->parkedChecksDialog();
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->list()->count(), 2);
        QVERIFY2(list->list()->item(1)->text().contains(QStringLiteral("MARTIN FR1234567")),
            qPrintable(list->list()->item(1)->text()));
        QVERIFY(list->list()->item(1)->text().contains(QStringLiteral("Required:")));
        QVERIFY(list->list()->item(0)->text().contains(QStringLiteral("no result")));
        list->list()->setFocus();
        QTest::keyClick(list->list(), Qt::Key_Down);
        QTest::keyClick(list->list(), Qt::Key_Return);
        QTRY_VERIFY(!m_controller->parkedChecksDialog());
    }

private slots:
    // Admitting on an arrest alert is an override: it needs a reason, a second Enter to confirm,
    // and is recorded with the reason, in amber.
    void overrideNeedsReasonAndConfirmation()
    {
        const SearchRequest request = arrestOnTheDecisionStep();
        QCOMPARE(m_decision->selectedDecision(), QStringLiteral("second-line"));
        auto* admit = find<QRadioButton>("admitChoice");
        auto* panel = find<QWidget>("overridePanel");
        auto* button = find<QPushButton>("recordDecisionButton");
        auto* reason = find<QLineEdit>("overrideReasonEdit");
        QVERIFY(panel->isHidden());
        QTest::keyClick(focus(), Qt::Key_A, Qt::AltModifier); // the officer picks Admit (Alt+A)
        QTRY_VERIFY(admit->isChecked());
        QVERIFY(m_decision->isOverride());
        QVERIFY(!panel->isHidden());
        QVERIFY2(button->text().startsWith(QStringLiteral("Record override")), qPrintable(button->text()));
        QVERIFY2(m_decision->recordHintText().contains(QStringLiteral("Write why")),
            qPrintable(m_decision->recordHintText()));
        QVERIFY(find<QLabel>("overridePrivacyHint")->text().contains(QStringLiteral("names or document numbers")));

        // Enter without a reason records nothing and leads to the reason field.
        QTest::keyClick(focus(), Qt::Key_Return);
        QCOMPARE(journalled(), 0);
        QTRY_VERIFY(reason->hasFocus());
        m_wedge->setEnabled(false); // a person types the reason (the test's keys are reader-fast)
        QTest::keyClicks(reason, QStringLiteral("n/a ..."));
        QTest::keyClick(reason, Qt::Key_Return);
        QCOMPARE(journalled(), 0);
        QVERIFY(!m_decision->isOverrideArmed());
        reason->clear();
        const QString why = QStringLiteral("  SIRENE confirmed by phone: alert withdrawn  ");
        QTest::keyClicks(reason, why);
        QVERIFY(m_decision->recordHintText().isEmpty());

        // The first Enter asks for the confirmation on the page; the second records.
        QTest::keyClick(focus(), Qt::Key_Return);
        QCOMPARE(journalled(), 0);
        QVERIFY(m_decision->isOverrideArmed());
        QVERIFY(!find<QLabel>("overrideConfirmation")->isHidden());
        QVERIFY2(button->text().startsWith(QStringLiteral("Confirm override")), qPrintable(button->text()));
        bd::testsupport::expectOverrideRecorded(QStringLiteral("admit"), QString::fromLatin1(actions::kArrest));
        QTest::keyClick(focus(), Qt::Key_Return);
        QCOMPARE(journalled(), 1);
        const auto entry = entries().first();
        QCOMPARE(entry.searchId, request.searchId);
        QCOMPARE(entry.decision, Decision::Admit);
        QCOMPARE(entry.requiredAction, QString::fromLatin1(actions::kArrest));
        QCOMPARE(entry.overrideReason, why.simplified());
        QVERIFY2(m_decision->confirmationText().startsWith(
                     QStringLiteral("Override recorded: Admit although the required action was")),
            qPrintable(m_decision->confirmationText()));
        QVERIFY(m_decision->confirmationText().contains(why.simplified()));
        const auto* confirmation = find<QLabel>("decisionConfirmation");
        QCOMPARE(confirmation->property("tone").toString(), QStringLiteral("override"));
        QVERIFY(!confirmation->styleSheet().contains(QStringLiteral("#2e7d32"))); // not the green of a match
        QTRY_COMPARE(m_client->records.size(), 1);
        // The gateway's record carries the override and its reason, as the journal does.
        QCOMPARE(m_client->records.first().decision, Decision::Admit);
        QCOMPARE(m_client->records.first().requiredAction, QString::fromLatin1(actions::kArrest));
        QCOMPARE(m_client->records.first().overrideReason, why.simplified());
        QTRY_VERIFY(m_decision->confirmationText().contains(QStringLiteral("Sent to the central gateway")));
        QCOMPARE(confirmation->property("tone").toString(), QStringLiteral("override"));
    }

    // Rule R57 without an outbox (the journal and a direct send): the EES entry record follows the
    // decision once the gateway took it; when the decision is not sent, neither is the EES record
    // and the officer is told to record the movement by hand.
    void theEesRecordFollowsADirectlySentDecision()
    {
        typeZone(zone(QStringLiteral("USA"), QStringLiteral("HARRIS"), QStringLiteral("US1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QCOMPARE(m_controller->lastResult()->requiredAction.decision, Decision::Admit);
        m_decision->record();
        QVERIFY(m_decision->isRecorded());
        QTRY_COMPARE(m_client->records.size(), 2);
        QCOMPARE(m_client->records[0].kind, QStringLiteral("decision"));
        QCOMPARE(m_client->records[1].kind, QStringLiteral("ees-entry"));
        QCOMPARE(m_client->records[1].idempotencyKey, m_client->records[0].idempotencyKey + QStringLiteral("-ees"));
        QTRY_COMPARE(m_decision->eesRecordText(), QStringLiteral("EES entry record sent."));

        m_client->failRecords = true;
        typeZone(zone(QStringLiteral("USA"), QStringLiteral("MILLER"), QStringLiteral("US7654321")));
        m_client->lastHandle()->finish(allClear(m_client->requests.last(), true));
        m_decision->record();
        QTRY_VERIFY(m_decision->confirmationText().contains(QStringLiteral("NOT sent to the central gateway")));
        QVERIFY2(m_decision->eesRecordText().startsWith(QStringLiteral("EES entry record NOT sent (")),
            qPrintable(m_decision->eesRecordText()));
        QVERIFY(m_decision->eesRecordText().endsWith(QStringLiteral("record the EES movement manually.")));
        QCOMPARE(find<QLabel>("eesRecord")->property("tone").toString(), QStringLiteral("manual"));
        QCOMPARE(m_client->records.size(), 3); // the second decision only
    }

    // Without the visa list the regime is unknown: nothing is queued for the EES and the officer
    // is told, in words, to record the movement by hand (never silently nothing).
    void anUnknownRegimeAsksForAManualEesRecord()
    {
        tearDown();
        bd::testsupport::expectNoVisaList();
        build(nullptr);
        typeZone(zone(QStringLiteral("USA"), QStringLiteral("HARRIS"), QStringLiteral("US1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        const auto required = m_controller->lastResult()->requiredAction;
        QCOMPARE(required.decision, Decision::SecondLine);
        QCOMPARE(m_controller->lastResult()->traveller.regime, bd::results::VisaRegime::Unknown);
        find<QRadioButton>("admitChoice")->setChecked(true);
        m_wedge->setEnabled(false);
        QTest::keyClicks(find<QLineEdit>("overrideReasonEdit"), QStringLiteral("visa exemption checked by hand"));
        m_decision->record(); // arms the override
        bd::testsupport::expectOverrideRecorded(QStringLiteral("admit"), bd::results::actionKey(required.code));
        m_decision->record();
        QVERIFY(m_decision->isRecorded());
        QCOMPARE(m_decision->eesRecordText(),
            QStringLiteral("Record the EES movement manually: nationality unknown or not on the visa list."));
        QCOMPARE(find<QLabel>("eesRecord")->property("tone").toString(), QStringLiteral("manual"));
        QTRY_VERIFY(m_decision->confirmationText().contains(QStringLiteral("Sent to the central gateway")));
        QCOMPARE(m_client->records.size(), 1); // the decision only
    }

    // An EU citizen admitted: the decision only, and the page says why there is no EES record.
    void anEuCitizenHasNoEesRecord()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        m_decision->record();
        QCOMPARE(m_decision->eesRecordText(), QStringLiteral("No EES record: EU, EEA or Swiss citizen."));
        QTRY_VERIFY(m_decision->confirmationText().contains(QStringLiteral("Sent to the central gateway")));
        QCOMPARE(m_client->records.size(), 1);
    }

    // Changing the choice or the reason takes back an armed confirmation.
    void overrideConfirmationIsTakenBackByAChange()
    {
        arrestOnTheDecisionStep();
        find<QRadioButton>("admitChoice")->setChecked(true);
        m_wedge->setEnabled(false);
        QTest::keyClicks(find<QLineEdit>("overrideReasonEdit"), QStringLiteral("officer verified identity"));
        m_decision->record();
        QVERIFY(m_decision->isOverrideArmed());
        QTest::keyClicks(find<QLineEdit>("overrideReasonEdit"), QStringLiteral(" again"));
        QVERIFY(!m_decision->isOverrideArmed());
        m_decision->record();
        QVERIFY(m_decision->isOverrideArmed());
        find<QRadioButton>("secondLineChoice")->setChecked(true);
        QVERIFY(!m_decision->isOverrideArmed());
        QVERIFY(find<QWidget>("overridePanel")->isHidden());
        QCOMPARE(journalled(), 0);
        // A scripted override without a reason is refused by the controller as well.
        bd::testsupport::expectOverrideWithoutReason(QStringLiteral("admit"), QStringLiteral("second-line"));
        m_controller->recordDecision(bd::ui::OfficerDecision {
            Decision::Admit, QString(), QString::fromLatin1(actions::kArrest), QStringLiteral("ok") });
        QCOMPARE(journalled(), 0);
        QVERIFY(!m_controller->isDecided());
    }

    // Second line is the more cautious step: never an override, recorded at once, green.
    void secondLineNeedsNoReason()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QCOMPARE(m_decision->selectedDecision(), QStringLiteral("admit"));
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QTest::keyClick(focus(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(find<QRadioButton>("secondLineChoice")->isChecked());
        QVERIFY(!m_decision->isOverride());
        QVERIFY(find<QWidget>("overridePanel")->isHidden());
        QTest::keyClick(focus(), Qt::Key_Return);
        QCOMPARE(journalled(), 1);
        QCOMPARE(entries().first().decision, Decision::SecondLine);
        QVERIFY(entries().first().overrideReason.isEmpty());
        QCOMPARE(find<QLabel>("decisionConfirmation")->property("tone").toString(), QStringLiteral("recorded"));
        QVERIFY(m_decision->confirmationText().startsWith(QStringLiteral("Recorded: ")));
    }

    // Refuse without a letter: the page says why nothing can be recorded.
    void refuseWithoutLetterSaysSo()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        auto* hint = find<QLabel>("recordHint");
        QVERIFY(hint->isHidden());
        QTest::keyClick(focus(), Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(find<QRadioButton>("refuseChoice")->isChecked());
        QVERIFY(m_decision->selectedReason().isEmpty());
        QVERIFY(!hint->isHidden() && hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("Choose the refusal reason (A\u2013I) before recording."));
        QVERIFY(!find<QPushButton>("recordDecisionButton")->isEnabled());
        QTest::keyClick(focus(), Qt::Key_Return);
        QCOMPARE(journalled(), 0);
        QTRY_VERIFY(find<QListWidget>("refusalReasons")->hasFocus()); // Enter leads to what is missing
        find<QListWidget>("refusalReasons")->setCurrentRow(2); // C
        // Refusing a traveller the result admits is an override: now the reason is asked for.
        QVERIFY2(hint->text().contains(QStringLiteral("Write why")), qPrintable(hint->text()));
    }

    // The traveller's data leaves the screen when the officer has moved on: after a decision and
    // after a time without input; an undecided check is parked on the way, never discarded. The
    // timers are not waited for: the test calls what they call and checks they run.
    void screenIsClearedForPrivacy()
    {
        bd::ui::ScreenPrivacyGuard guard(*m_window, 60, 300);
        connect(m_controller.get(), &bd::ui::CheckController::decisionRecorded, &guard,
            &bd::ui::ScreenPrivacyGuard::decisionRecorded);
        qApp->installEventFilter(&guard);
        QVERIFY(guard.idleTimer().isActive());
        QCOMPARE(guard.idleTimer().interval(), 300000);
        QVERIFY(!guard.decisionTimer().isActive());

        // Idle with an undecided arrest alert on screen: cleared, the check parked.
        const SearchRequest first = arrestOnTheDecisionStep();
        guard.clearAfterIdle();
        QCOMPARE(m_window->currentStep(), int(MainWindow::DocumentStep));
        QVERIFY(m_controller->currentRequest().searchId.isEmpty());
        QVERIFY(!m_results->hasResult());
        QCOMPARE(m_controller->parkedSearchIds(), QStringList { first.searchId });
        const QString idleMessage = m_window->statusBar()->currentMessage();
        QVERIFY2(
            idleMessage.contains(QStringLiteral("no input for 5 min")) && idleMessage.contains(QStringLiteral("F8")),
            qPrintable(idleMessage));
        QVERIFY(!guard.idleTimer().isActive()); // nothing more to clear until someone works again
        QTest::keyClick(m_window.get(), Qt::Key_Shift);
        QVERIFY(guard.idleTimer().isActive());

        // A decision recorded: the wait after the decision runs; clearing leaves nothing parked.
        QVERIFY(m_controller->restoreParked(first.searchId));
        QVERIFY(!guard.decisionTimer().isActive());
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QTest::keyClick(focus(), Qt::Key_Return); // second line, as required
        QVERIFY(m_controller->isDecided());
        QVERIFY(guard.decisionTimer().isActive());
        QCOMPARE(guard.decisionTimer().interval(), 60000);
        guard.clearAfterDecision();
        QCOMPARE(m_window->currentStep(), int(MainWindow::DocumentStep));
        QVERIFY(m_controller->currentRequest().searchId.isEmpty());
        QCOMPARE(m_controller->parkedCount(), 0);
        QCOMPARE(journalled(), 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("60 s after the decision")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!guard.decisionTimer().isActive());
        qApp->removeEventFilter(&guard);
    }

    // Zero switches clearing off: no timer runs, input or decision.
    void screenClearingCanBeSwitchedOff()
    {
        bd::ui::ScreenPrivacyGuard guard(*m_window, 0, 0);
        guard.decisionRecorded();
        QTest::keyClick(m_window.get(), Qt::Key_Shift);
        QVERIFY(!guard.idleTimer().isActive());
        QVERIFY(!guard.decisionTimer().isActive());
    }

    // Esc and a new read park an undecided check without asking; F8 restores a parked check fully
    // and deciding it journals exactly one decision for its search.
    void undecidedChecksAreParkedAndRestored()
    {
        const SearchRequest first = arrestOnTheDecisionStep();
        auto* parkedLabel = find<QLabel>("parkedChecksLabel");
        QVERIFY(parkedLabel->isHidden());
        bd::results::OfficerDeclarations declared;
        declared.faceMismatch = true;
        m_controller->setDeclarations(declared);

        // Esc: no question in the way of the next traveller; the check is parked, not thrown away.
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(m_dialogs.questions.isEmpty());
        QCOMPARE(m_window->currentStep(), int(MainWindow::DocumentStep));
        QVERIFY(m_controller->currentRequest().searchId.isEmpty());
        QVERIFY(!m_controller->lastResult());
        QCOMPARE(m_controller->parkedCount(), 1);
        QVERIFY(!parkedLabel->isHidden());
        QCOMPARE(parkedLabel->text(), QStringLiteral("1 parked check (F8)"));
        // ... and says so at the moment it happens, with the key that brings it back.
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("parked: F8 brings it back")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(journalled(), 0);

        // The next traveller's search runs when the desk reader reads a third document: parked
        // without a question, its search cancelled.
        typeZone(zone(QStringLiteral("ITA"), QStringLiteral("ROSSI"), QStringLiteral("IT7654321")));
        const SearchRequest second = m_client->requests.last();
        QPointer<SearchHandle> secondHandle = m_client->lastHandle();
        QVERIFY(m_controller->isSearching());
        readerTypes(zone(QStringLiteral("ESP"), QStringLiteral("GARCIA"), QStringLiteral("ES1111111")));
        QTRY_COMPARE(m_client->requests.size(), 3);
        const SearchRequest third = m_client->requests.last();
        QVERIFY(m_dialogs.questions.isEmpty()); // the traveller's next document is never blocked
        QTRY_VERIFY(!secondHandle || secondHandle->isFinished());
        QCOMPARE(m_controller->parkedCount(), 2);
        QCOMPARE(parkedLabel->text(), QStringLiteral("2 parked checks (F8)"));
        QCOMPARE(m_controller->parkedSearchIds(), (QStringList { first.searchId, second.searchId }));

        // F8: the list; the first check is chosen with the keyboard and restored with Enter.
        restoreTheSecondRowWithTheKeyboard();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_controller->currentRequest().searchId, first.searchId);
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::Arrest);
        QVERIFY(m_controller->declarations().faceMismatch); // the declarations came back with it
        QVERIFY(m_results->hasResult());
        QCOMPARE(m_window->currentStep(), int(MainWindow::ResultsStep));
        QVERIFY(m_decision->requiredText().contains(QStringLiteral("Required")));
        QCOMPARE(m_decision->selectedDecision(), QStringLiteral("second-line"));
        // The third traveller's running check took its place in the list.
        QCOMPARE(m_controller->parkedSearchIds(), (QStringList { second.searchId, third.searchId }));

        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QTest::keyClick(focus(), Qt::Key_Return);
        QVERIFY(m_controller->isDecided());
        QCOMPARE(journalled(), 1);
        QCOMPARE(entries().first().searchId, first.searchId);
        QCOMPARE(m_controller->parkedCount(), 2);
        QVERIFY(!m_controller->parkedSearchIds().contains(first.searchId));

        // The interrupted second check: restored with the repeat query offered, which asks again.
        QVERIFY(m_controller->restoreParked(second.searchId));
        QCOMPARE(m_controller->parkedCount(), 2 - 1); // the decided check is not parked
        QVERIFY(!m_results->hasResult());
        QVERIFY2(m_results->bannerText().contains(QStringLiteral("interrupted")), qPrintable(m_results->bannerText()));
        QVERIFY(m_decision->isRepeatOffered());
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_client->requests.size(), 4);
        const SearchRequest again = m_client->requests.last();
        QVERIFY(again.searchId != second.searchId);
        QVERIFY(again.systems.isEmpty()); // the whole search
        QCOMPARE(again.document, second.document);
        m_client->lastHandle()->finish(allClear(again, true));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::Admit);
        m_decision->record();
        QCOMPARE(journalled(), 2);
        QCOMPARE(entries().last().searchId, again.searchId);
        QCOMPARE(m_controller->parkedSearchIds(), QStringList { third.searchId });
    }

    // Closing the window with undecided checks asks first; staying keeps the window open.
    void closingWithUndecidedChecksWarns()
    {
        arrestOnTheDecisionStep();
        m_controller->reset(); // parked
        typeZone(zone(QStringLiteral("ITA"), QStringLiteral("ROSSI"), QStringLiteral("IT7654321")));
        QVERIFY(m_window->isOpenCheckUndecided());
        m_dialogs.answer = false;
        bd::testsupport::expectClosingWithUndecidedChecks(2);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_dialogs.questions.size(), 1);
        QVERIFY2(m_dialogs.questions.first().text.startsWith(QStringLiteral("2 checks have no recorded decision")),
            qPrintable(m_dialogs.questions.first().text));
        m_dialogs.answer = true;
        bd::testsupport::expectClosingWithUndecidedChecks(2);
        QVERIFY(m_window->close());
    }

    // Ctrl+R asks again only SIS, which did not answer, and merges: the check keeps its search id.
    void repeatQueryForTheSystemsThatDidNotAnswer()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        const SearchRequest request = m_client->requests.first();
        m_client->lastHandle()->finish(withSis(request, sisDown(request.searchId)));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::CompleteChecksManually);
        QVERIFY(m_decision->isRepeatOffered());
        QVERIFY2(find<QPushButton>("repeatQueryButton")->text().contains(QStringLiteral("SIS")),
            qPrintable(find<QPushButton>("repeatQueryButton")->text()));

        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_client->requests.size(), 2);
        const SearchRequest repeat = m_client->requests.last();
        QVERIFY(repeat.searchId != request.searchId);
        QCOMPARE(repeat.systems, QList<SystemId> { SystemId::Sis });
        QVERIFY(!m_controller->isOutcomeShown()); // no decision before the new answers
        m_decision->record();
        QCOMPARE(journalled(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier); // a second Ctrl+R while it runs: nothing
        QCOMPARE(m_client->requests.size(), 2);

        // SIS still down: still incomplete; then it answers.
        SearchOutcome still;
        still.searchId = repeat.searchId;
        still.events = { sisDown(repeat.searchId) };
        still.summary = SearchSummary { repeat.searchId, {}, {}, {}, 30 };
        m_client->lastHandle()->finish(still);
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::CompleteChecksManually);
        QCOMPARE(m_controller->lastResult()->searchId, request.searchId);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_client->requests.size(), 3);
        const SearchRequest third = m_client->requests.last();
        QCOMPARE(third.systems, QList<SystemId> { SystemId::Sis });
        SearchOutcome answered;
        answered.searchId = third.searchId;
        answered.events = { noHit(third.searchId, SystemId::Sis) };
        answered.summary = SearchSummary { third.searchId, {}, {}, { SystemId::Sis }, 30 };
        m_client->lastHandle()->finish(answered);
        const auto& result = *m_controller->lastResult();
        QVERIFY2(result.integrityProblems.isEmpty(),
            qPrintable(bd::results::noticeTexts(result.integrityProblems).join(QLatin1Char(';'))));
        QVERIFY(result.complete);
        QCOMPARE(result.requiredAction.code, bd::results::ActionCode::Admit);
        QCOMPARE(result.searchId, request.searchId);
        QVERIFY(!m_decision->isRepeatOffered());
        QVERIFY2(m_decision->repeatStatusText().contains(QStringLiteral("repeated")),
            qPrintable(m_decision->repeatStatusText()));
        m_decision->record();
        QCOMPARE(journalled(), 1);
        QCOMPARE(entries().first().searchId, request.searchId);
        // After the decision: no more repeats.
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(m_client->requests.size(), 3);
    }

    // A broken stream: the whole search is asked again and stands on its own.
    void repeatAfterABrokenStreamAsksEverything()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        SearchOutcome broken = allClear(m_client->requests.first(), false);
        broken.error = bd::core::Error { QStringLiteral("gateway.protocol"), QStringLiteral("broke off"), {} };
        bd::testsupport::expectSearchEndedWithError(QStringLiteral("gateway.protocol"));
        m_client->lastHandle()->finish(broken);
        QVERIFY(!m_controller->lastResult()->complete);
        m_decision->repeatQueryRequested();
        QCOMPARE(m_client->requests.size(), 2);
        const SearchRequest again = m_client->requests.last();
        QVERIFY(again.systems.isEmpty());
        m_client->lastHandle()->finish(allClear(again, true));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, bd::results::ActionCode::Admit);
        QCOMPARE(m_controller->currentRequest().searchId, again.searchId);
    }
};

QTEST_MAIN(TestDecidingChecks)
#include "TestDecidingChecks.moc"
