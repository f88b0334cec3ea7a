// The check flow's timing and purpose in the real booth window (DocumentPage, ResultsPage,
// DecisionPage, MainWindow, CheckController) against a scripted gateway: exit checks (F6), a
// stale image reading that finishes after the desk reader read the next traveller, one decision
// per check and none before the result, a stream that ends without its summary, and the officer's
// declarations (F7) re-running the verdict on the stored answers; deciding a check: an override of
// the required action needs a reason and a confirmation, a refusal needs its letter, no undecided
// check is lost (Esc and a new read park it, F8 restores it), and the repeat query (Ctrl+R)
// for the systems that did not answer.
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
#include "ui/ParkedChecksDialog.h"
#include "ui/PlaceholderPage.h"
#include "ui/ResultsPage.h"
#include "ui/ScreenPrivacyGuard.h"
#include "ui/WedgeEventFilter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace bd::gateway;

using namespace bd::model;
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
    bool confirm(QWidget* parent, const bd::ui::ConfirmQuestion& question) override
    {
        Q_UNUSED(parent);
        questions.append(question);
        return answer;
    }
    QString path;
    bool answer = false;
    QList<bd::ui::ConfirmQuestion> questions;
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

// SIS: an arrest alert for the traveller.
SystemEvent sisArrest(const QString& searchId)
{
    SystemEvent e;
    e.searchId = searchId;
    e.system = SystemId::Sis;
    e.status = SystemStatus::Hit;
    Hit h;
    h.system = SystemId::Sis;
    h.recordId = QStringLiteral("sis-9");
    h.sis
        = SisAlert { QStringLiteral("arrest"), QStringLiteral("Arrest for surrender"), {}, QStringLiteral("POL"), {} };
    e.hits = { h };
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

// Every system answered no hit except SIS, which answers `sis`.
SearchOutcome withSis(const SearchRequest& request, const SystemEvent& sis)
{
    SearchOutcome o = allClear(request, true);
    for (SystemEvent& e : o.events)
        if (e.system == SystemId::Sis)
            e = sis;
    o.summary->answered.removeAll(SystemId::Sis);
    if (sis.status == SystemStatus::Hit || sis.status == SystemStatus::NoHit)
        o.summary->answered.append(SystemId::Sis);
    return o;
}

SystemEvent sisDown(const QString& searchId)
{
    SystemEvent e;
    e.searchId = searchId;
    e.system = SystemId::Sis;
    e.status = SystemStatus::Unavailable;
    e.detail = QStringLiteral("down");
    return e;
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
        m_window->setDialogService(&m_dialogs);
        m_dialogs.answer = false;
        m_dialogs.questions.clear();
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

    QList<bd::session::DecisionEntry> entries() const
    {
        const auto e = m_journal->readAll();
        return e ? e.value() : QList<bd::session::DecisionEntry> {};
    }

    template <typename T> T* find(const char* name) const
    {
        T* w = m_window->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    // The keyboard focus, or the window.
    QWidget* focus() const { return QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(); }

    // A traveller with an arrest alert, shown on the Decision step (F4).
    SearchRequest arrestOnTheDecisionStep(
        const QString& surname = QStringLiteral("MARTIN"), const QString& number = QStringLiteral("FR1234567"))
    {
        typeZone(zone(QStringLiteral("FRA"), surname, number));
        const SearchRequest request = m_client->requests.last();
        m_client->lastHandle()->finish(withSis(request, sisArrest(request.searchId)));
        if (!m_controller->lastResult()
            || m_controller->lastResult()->requiredAction.code != QLatin1String(actions::kArrest))
            qWarning("the arrest alert did not require the arrest");
        m_window->activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        return request;
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
        QCOMPARE(m_controller->currentRequest().searchId, first.searchId);
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kArrest));
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
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kAdmit));
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
        QVERIFY(!m_window->close());
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_dialogs.questions.size(), 1);
        QVERIFY2(m_dialogs.questions.first().text.startsWith(QStringLiteral("2 checks have no recorded decision")),
            qPrintable(m_dialogs.questions.first().text));
        m_dialogs.answer = true;
        QVERIFY(m_window->close());
    }

    // Ctrl+R asks again only SIS, which did not answer, and merges: the check keeps its search id.
    void repeatQueryForTheSystemsThatDidNotAnswer()
    {
        typeZone(zone(QStringLiteral("FRA"), QStringLiteral("MARTIN"), QStringLiteral("FR1234567")));
        const SearchRequest request = m_client->requests.first();
        m_client->lastHandle()->finish(withSis(request, sisDown(request.searchId)));
        QCOMPARE(
            m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kCompleteChecksManually));
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
        QCOMPARE(
            m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kCompleteChecksManually));
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
        QCOMPARE(result.requiredAction.code, QString::fromLatin1(actions::kAdmit));
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
        m_client->lastHandle()->finish(broken);
        QVERIFY(!m_controller->lastResult()->complete);
        m_decision->repeatQueryRequested();
        QCOMPARE(m_client->requests.size(), 2);
        const SearchRequest again = m_client->requests.last();
        QVERIFY(again.systems.isEmpty());
        m_client->lastHandle()->finish(allClear(again, true));
        QCOMPARE(m_controller->lastResult()->requiredAction.code, QString::fromLatin1(actions::kAdmit));
        QCOMPARE(m_controller->currentRequest().searchId, again.searchId);
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
