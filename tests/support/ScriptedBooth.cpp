#include "tests/support/ScriptedBooth.h"

#include "services/document/MrzGenerator.h"
#include "services/results/UnifiedResult.h"
#include "tests/support/PlaceholderPage.h"
#include "tests/support/TestHygiene.h"

#include <QLabel>
#include <QTest>

using namespace bd::model;
using bd::gateway::SearchOutcome;
using bd::ui::MainWindow;

namespace bd::testsupport {

namespace scripted {

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

SystemEvent sisDown(const QString& searchId)
{
    SystemEvent e;
    e.searchId = searchId;
    e.system = SystemId::Sis;
    e.status = SystemStatus::Unavailable;
    e.detail = QStringLiteral("down");
    return e;
}

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

} // namespace scripted

void ScriptedBoothTest::initTestCase()
{
    bd::testsupport::failOnAnyWarning();
    loadVisaList();
}

void ScriptedBoothTest::init()
{
    bd::testsupport::failOnAnyWarning();
    build(&*m_visaList);
}

void ScriptedBoothTest::loadVisaList()
{
    const auto list = bd::results::VisaList::builtIn();
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().detail));
    m_visaList = list.value();
}

void ScriptedBoothTest::build(const bd::results::VisaList* visaList)
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<bd::session::DecisionJournal>(m_dir->filePath(QStringLiteral("decisions.jsonl")));
    m_client = std::make_unique<bd::testsupport::ScriptedGatewayClient>();
    m_wedge = std::make_unique<bd::ui::WedgeEventFilter>(bd::input::KeyboardWedgeDecoder::Config {});
    m_wedge->setToday(kBoothToday);
    // Key times from a counter, not the wall clock: every key 8 ms after the last (a reader).
    m_wedge->setTimeSource([this](const QKeyEvent&) { return m_fakeMs += 8; });
    m_document = new bd::ui::DocumentPage(m_clock, m_dialogs, &m_reader, QString());
    m_results = new bd::ui::ResultsPage;
    m_decision = new bd::ui::DecisionPage;
    m_window = std::make_unique<MainWindow>(
        MainWindow::Pages { m_document, bd::testsupport::PlaceholderPage::biometrics(), m_results, m_decision },
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
    connect(m_document, &bd::ui::DocumentPage::documentRead, m_controller.get(), &bd::ui::CheckController::startCheck);
    qApp->installEventFilter(m_wedge.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void ScriptedBoothTest::tearDown()
{
    qApp->removeEventFilter(m_wedge.get());
    m_controller.reset();
    m_window.reset();
    m_wedge.reset();
    m_client.reset();
    m_reader.holdCalls(false);
}

void ScriptedBoothTest::readerTypes(const QStringList& lines)
{
    QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    for (const QString& line : lines) {
        QTest::keyClicks(focus, line);
        QTest::keyClick(focus, Qt::Key_Return);
    }
}

void ScriptedBoothTest::typeZone(const QStringList& lines)
{
    m_document->readMrzLines(lines, bd::ui::DocumentResultPanel::Source::Typed);
}

int ScriptedBoothTest::journalled() const
{
    const auto entries = m_journal->readAll();
    return entries ? static_cast<int>(entries->size()) : -1;
}

QList<bd::session::DecisionEntry> ScriptedBoothTest::entries() const
{
    const auto e = m_journal->readAll();
    return e ? e.value() : QList<bd::session::DecisionEntry> {};
}

SearchRequest ScriptedBoothTest::arrestOnTheDecisionStep(const QString& surname, const QString& number)
{
    typeZone(scripted::zone(QStringLiteral("FRA"), surname, number));
    const SearchRequest request = m_client->requests.last();
    m_client->lastHandle()->finish(scripted::withSis(request, scripted::sisArrest(request.searchId)));
    if (!m_controller->lastResult()
        || m_controller->lastResult()->requiredAction.code != bd::results::ActionCode::Arrest)
        qWarning("the arrest alert did not require the arrest");
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_F4);
    return request;
}

QString ScriptedBoothTest::purposeLabel() const
{
    const auto* label = m_window->findChild<QLabel*>(QStringLiteral("checkPurposeLabel"));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace bd::testsupport
