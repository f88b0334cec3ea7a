// The check flow's timing and purpose in the real booth window (DocumentPage, ResultsPage,
// DecisionPage, MainWindow, CheckController) against a scripted gateway: exit checks (F6), a
// stale image reading that finishes after the desk reader read the next traveller, one decision
// per check and none before the result, a stream that ends without its summary, and the officer's
// declarations (F7) re-running the verdict on the stored answers.
#include "services/document/MrzGenerator.h"
#include "services/document/MrzParser.h"
#include "services/results/VisaList.h"
#include "services/session/DecisionJournal.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FakeMrzImageReader.h"
#include "tests/support/ScriptedGatewayClient.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/DeclarationsDialog.h"
#include "ui/DialogService.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"
#include "ui/PlaceholderPage.h"
#include "ui/ResultsPage.h"
#include "ui/WedgeEventFilter.h"

#include <QApplication>
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
using bd::ui::MainWindow;
namespace actions = bd::results::actions;

namespace {

const QDate kToday(2026, 11, 28);

class FakeDialogService final : public bd::ui::DialogService
{
public:
    QString openImageFile(QWidget* parent) override
    {
        Q_UNUSED(parent);
        return path;
    }
    QString path;
};

// A synthetic traveller's zone (no real person).
QStringList zone(const QString& state, const QString& surname, const QString& number)
{
    bd::document::MrzDocumentData d;
    d.issuingState = state;
    d.nationality = state;
    d.surname = surname;
    d.givenNames = QStringLiteral("ALEX");
    d.documentNumber = number;
    d.dateOfBirth = QDate(1980, 1, 2);
    d.sex = QLatin1Char('M');
    d.dateOfExpiry = QDate(2031, 5, 6);
    return bd::document::MrzGenerator::generate(d).value();
}

SystemEvent noHit(const QString& searchId, SystemId s)
{
    SystemEvent e;
    e.searchId = searchId;
    e.system = s;
    e.status = SystemStatus::NoHit;
    e.latencyMs = 30;
    return e;
}

// Every system answered no hit for `request`, with or without the summary.
SearchOutcome allClear(const SearchRequest& request, bool withSummary)
{
    SearchOutcome o;
    o.searchId = request.searchId;
    for (SystemId s : allSystems())
        o.events.append(noHit(request.searchId, s));
    if (withSummary)
        o.summary = SearchSummary { request.searchId, {}, {}, allSystems(), 120 };
    return o;
}

} // namespace

class TestExitAndRace : public QObject
{
    Q_OBJECT

private:
    bd::testsupport::FakeClock m_clock { QDateTime(kToday, QTime(9, 0), Qt::UTC) };
    FakeDialogService m_dialogs;
    bd::testsupport::FakeMrzImageReader m_reader;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bd::session::DecisionJournal> m_journal;
    std::unique_ptr<bd::testsupport::ScriptedGatewayClient> m_client;
    std::unique_ptr<bd::ui::WedgeEventFilter> m_wedge;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<bd::ui::CheckController> m_controller;
    std::optional<bd::results::VisaList> m_visaList;
    bd::ui::DocumentPage* m_document = nullptr;
    bd::ui::ResultsPage* m_results = nullptr;
    bd::ui::DecisionPage* m_decision = nullptr;
    qint64 m_fakeMs = 1000;

    // The window as the composition root wires it: the desk reader starts a new check on any step.
    void build(const bd::results::VisaList* visaList)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<bd::session::DecisionJournal>(m_dir->filePath(QStringLiteral("decisions.jsonl")));
        m_client = std::make_unique<bd::testsupport::ScriptedGatewayClient>();
        m_wedge = std::make_unique<bd::ui::WedgeEventFilter>(bd::input::KeyboardWedgeDecoder::Config {});
        m_wedge->setToday(kToday);
        // Key times from a counter, not the wall clock: every key 8 ms after the last (a reader).
        m_wedge->setTimeSource([this](const QKeyEvent&) { return m_fakeMs += 8; });
        m_document = new bd::ui::DocumentPage(m_clock, m_dialogs, &m_reader, QString());
        m_results = new bd::ui::ResultsPage;
        m_decision = new bd::ui::DecisionPage;
        m_window = std::make_unique<MainWindow>(
            MainWindow::Pages { m_document, bd::ui::PlaceholderPage::biometrics(), m_results, m_decision },
            MainWindow::Mode::Live);
        bd::ui::CheckController::Config config;
        config.officerId = QStringLiteral("officer-7");
        config.visaList = visaList;
        config.borderState = QStringLiteral("DEU");
        m_controller = std::make_unique<bd::ui::CheckController>(
            *m_window, *m_results, *m_decision, m_clock, *m_journal, m_client.get(), config);
        connect(m_wedge.get(), &bd::ui::WedgeEventFilter::mrzLinesRead, m_document, [this](const QStringList& lines) {
            m_window->restartCheck();
            m_document->readFromReader(lines);
        });
        connect(
            m_document, &bd::ui::DocumentPage::documentRead, m_controller.get(), &bd::ui::CheckController::startCheck);
        qApp->installEventFilter(m_wedge.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void readerTypes(const QStringList& lines)
    {
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        for (const QString& line : lines) {
            QTest::keyClicks(focus, line);
            QTest::keyClick(focus, Qt::Key_Return);
        }
    }

    // Types a traveller's zone into the Document page (a new check).
    void typeZone(const QStringList& lines)
    {
        m_document->readMrzLines(lines, bd::ui::DocumentResultPanel::Source::Typed);
    }

    int journalled() const
    {
        const auto entries = m_journal->readAll();
        return entries ? static_cast<int>(entries->size()) : -1;
    }

    QString purposeLabel() const
    {
        const auto* label = m_window->findChild<QLabel*>(QStringLiteral("checkPurposeLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        const auto list = bd::results::VisaList::builtIn();
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().detail));
        m_visaList = list.value();
    }

    void init() { build(&*m_visaList); }

    void cleanup()
    {
        qApp->removeEventFilter(m_wedge.get());
        m_controller.reset();
        m_window.reset();
        m_wedge.reset();
        m_client.reset();
        m_reader.holdCalls(false);
    }

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
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kAdmit));
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
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kLetExit));
        QCOMPARE(m_decision->selectedDecision(), QString::fromLatin1(bd::results::decisions::kLetExit));
        m_decision->record();
        QCOMPARE(journalled(), 1);
        QCOMPARE(m_journal->readAll()->first().decision, QString::fromLatin1(bd::results::decisions::kLetExit));

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
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kAdmit));
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
        m_controller->recordDecision(bd::ui::OfficerDecision {
            QStringLiteral("refuse"), QStringLiteral("C"), QString::fromLatin1(actions::kAdmit) });
        m_controller->recordDecision(
            bd::ui::OfficerDecision { QStringLiteral("admit"), QString(), QString::fromLatin1(actions::kAdmit) });
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(journalled(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(m_client->records.size(), 1);
        QCOMPARE(m_journal->readAll()->first().decision, QStringLiteral("admit"));
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
        if (!error.isEmpty())
            outcome.error = bd::core::Error { error, QStringLiteral("the stream broke off"), {} };
        m_client->lastHandle()->finish(outcome);
        QVERIFY(m_controller->lastResult());
        const auto& result = *m_controller->lastResult();
        QCOMPARE(result.requiredAction.code, QString::fromLatin1(actions::kCompleteChecksManually));
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
        QCOMPARE(
            m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kCompleteChecksManually));
    }

    void declarationsRerunTheVerdict()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kAdmit));
        const QString admitBanner = m_results->bannerText();

        QSignalSpy results(m_controller.get(), &bd::ui::CheckController::resultReady);
        bd::results::OfficerDeclarations asylum;
        asylum.asylumRequest = true;
        m_controller->setDeclarations(asylum);
        QCOMPARE(results.size(), 1);
        QCOMPARE(m_client->requests.size(), 1); // no new search
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kSecondLineAsylum));
        QVERIFY(m_controller->lastResult()->declarations.asylumRequest);
        QVERIFY(m_results->bannerText() != admitBanner);
        QCOMPARE(m_decision->selectedDecision(), QStringLiteral("second-line"));

        // Taken back: admitted again.
        m_controller->setDeclarations({});
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kAdmit));

        // Declarations belong to their check.
        m_controller->setDeclarations(asylum);
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("DUBOIS"), QStringLiteral("FR7654321")));
        QVERIFY(m_controller->declarations().isEmpty());
        m_client->lastHandle()->finish(allClear(m_client->requests.last(), true));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kAdmit));
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
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kSecondLineIdentity));
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
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kVerifyVisaRequirement));
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
        QVERIFY2(result.requiredAction.code != QLatin1String(actions::kVerifyVisaRequirement),
            qPrintable(result.requiredAction.text));
        for (const auto& other : result.otherActions)
            QVERIFY2(other.code != QLatin1String(actions::kVerifyVisaRequirement), qPrintable(other.text));
    }

    void declarationsAfterTheDecisionAreRefused()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        m_decision->record();
        QVERIFY(m_controller->isDecided());
        bd::results::OfficerDeclarations asylum;
        asylum.asylumRequest = true;
        m_controller->setDeclarations(asylum);
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kAdmit));
        QVERIFY(m_decision->isRecorded());
        QTest::keyClick(m_window.get(), Qt::Key_F7);
        QVERIFY(!m_controller->declarationsDialog());
    }

    void withoutVisaListTheStatusBarSaysSo()
    {
        cleanup();
        build(nullptr);
        const auto* warning = m_window->findChild<QLabel*>(QStringLiteral("statusWarningLabel"));
        QVERIFY(warning && !warning->isHidden());
        QVERIFY2(warning->text().contains(QStringLiteral("Visa list not loaded")), qPrintable(warning->text()));
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        m_client->lastHandle()->finish(allClear(m_client->requests.first(), true));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kVerifyVisaRequirement));
    }
};

QTEST_MAIN(TestExitAndRace)
#include "TestExitAndRace.moc"
