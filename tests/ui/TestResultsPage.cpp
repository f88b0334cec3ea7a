// The results screen: live status chips, the action-first banner and its words, identity link
// badges, notes and integrity problems, excluded identities and the hit list model with 1,000 hits.
// The decision screen: TestDecisionPage.
#include "services/document/MrzGenerator.h"
#include "services/document/MrzParser.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"
#include "services/session/DecisionJournal.h"
#include "tests/support/FakeClock.h"
#include "tests/support/PlaceholderPage.h"
#include "tests/support/ResultSamples.h"
#include "tests/support/ScriptedGatewayClient.h"
#include "tests/support/TestHygiene.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/HitListModel.h"
#include "ui/MainWindow.h"
#include "ui/NoticeText.h"
#include "ui/ResultText.h"
#include "ui/ResultsPage.h"
#include "widgets/LinkBadge.h"
#include "widgets/StatusChip.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using bd::gateway::SearchHandle;
using bd::gateway::SearchOutcome;
using namespace bd::gateway;
using namespace bd::model;
using bd::results::ActionCode;
using bd::results::UnifiedResult;
using bd::testsupport::resultWithAction;
using bd::ui::ResultsPage;
using bd::widgets::StatusChip;

namespace {

SystemEvent answer(SystemId s, SystemStatus st, QList<Hit> hits = {}, QString detail = {})
{
    SystemEvent e;
    e.system = s;
    e.status = st;
    e.latencyMs = 40;
    e.hits = std::move(hits);
    e.detail = std::move(detail);
    return e;
}

Hit sisHit(const QString& id, const QString& category)
{
    Hit h;
    h.recordId = id;
    h.system = SystemId::Sis;
    h.person = PersonData { QStringLiteral("TESTER"), QStringLiteral("ALEX"), QDate(1980, 1, 2), QStringLiteral("M"),
        QStringLiteral("MAR") };
    h.sis = SisAlert { category, QStringLiteral("as issued"), { QStringLiteral("armed") }, QStringLiteral("BEL"), {} };
    return h;
}

// A clean read of a valid document on a fixed day.
bd::results::CheckContext checkContext(const bd::results::VisaList* visaList)
{
    bd::results::CheckContext ctx;
    ctx.today = QDate(2026, 11, 28);
    ctx.document.read = true;
    ctx.document.zoneValid = true;
    ctx.document.dateOfExpiry = QDate(2031, 5, 6);
    ctx.visaList = visaList;
    return ctx;
}

bd::results::RankedHit rankedHit(const Hit& hit, std::optional<ActionCode> action, bool excluded = false)
{
    bd::results::RankedHit h;
    h.hit = hit;
    h.actionCode = action;
    h.rank = bd::results::actionRank(action);
    h.excluded = excluded;
    return h;
}

bd::document::MrzRecord travellerRecord()
{
    bd::document::MrzDocumentData d;
    d.issuingState = QStringLiteral("MAR");
    d.surname = QStringLiteral("TESTER");
    d.givenNames = QStringLiteral("ALEX");
    d.documentNumber = QStringLiteral("T1234567");
    d.nationality = QStringLiteral("MAR");
    d.dateOfBirth = QDate(1980, 1, 2);
    d.sex = QLatin1Char('M');
    d.dateOfExpiry = QDate(2031, 5, 6);
    const auto lines = bd::document::MrzGenerator::generate(d);
    return bd::document::MrzParser::parse(lines.value(), { QDate(2026, 11, 28), true });
}

// A system's status chip, found as the officer's tools find it: by its object name.
StatusChip* chipOf(const QWidget& page, SystemId system)
{
    return page.findChild<StatusChip*>(QStringLiteral("chip-") + systemKey(system));
}

// The booth wired live: a results and a decision page in the main window, a controller against a
// scripted gateway, a fixed clock and an empty journal. Built without a visa list on purpose (the
// controller says so).
struct LiveBooth
{
    static bool expectNoVisaListWarning()
    {
        QTest::ignoreMessage(QtWarningMsg, "no visa list: every traveller's visa requirement is verified by hand");
        return true;
    }

    bool warned = expectNoVisaListWarning();
    bd::testsupport::FakeClock clock { QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC) };
    QTemporaryDir dir;
    bd::session::DecisionJournal journal { dir.filePath(QStringLiteral("decisions.jsonl")) };
    bd::testsupport::ScriptedGatewayClient client;
    ResultsPage* results = new ResultsPage; // owned by the window
    bd::ui::DecisionPage* decision = new bd::ui::DecisionPage; // owned by the window
    bd::ui::MainWindow window { { new bd::testsupport::PlaceholderPage(QStringLiteral("Document"), QString()),
                                    bd::testsupport::PlaceholderPage::biometrics(), results, decision },
        bd::ui::MainWindow::Mode::Live };
    bd::ui::CheckController controller { window, *results, *decision, clock, journal, &client,
        { QStringLiteral("officer-7"), UserProfile::BorderFirstLine, Purpose::EntryCheck, false, {} } };
};

// The search carries the document and the officer (travellerRecord()).
void expectSearchForTheDocument(const SearchRequest& req)
{
    QCOMPARE(req.document.number, QStringLiteral("T1234567"));
    QCOMPARE(req.person.surname, QStringLiteral("TESTER"));
    QCOMPARE(req.person.dateOfBirth, QDate(1980, 1, 2));
    QCOMPARE(req.officerId, QStringLiteral("officer-7"));
}

// Every system answers searchId: an SIS discreet check, no hit elsewhere; then the stream ends.
void finishWithDiscreetCheck(SearchHandle& h, const QString& searchId)
{
    QList<SystemEvent> all;
    for (SystemId s : allSystems())
        all << (s == SystemId::Sis
                ? answer(s, SystemStatus::Hit, { sisHit(QStringLiteral("sis-1"), QStringLiteral("discreet-check")) })
                : answer(s, SystemStatus::NoHit));
    for (auto& e : all)
        e.searchId = searchId; // the unifier rejects an answer of another search
    for (const auto& e : all)
        h.deliver(e);
    SearchOutcome outcome;
    outcome.searchId = searchId;
    outcome.events = all;
    outcome.summary = SearchSummary { searchId, {}, {}, allSystems(), 90 };
    h.finish(outcome);
}

// Recording: journalled with no personal data, submitted once with an idempotency key.
void expectRecordedOnce(LiveBooth& booth, const QString& searchId)
{
    booth.decision->record();
    QVERIFY(booth.decision->isRecorded());
    QTRY_VERIFY(booth.decision->confirmationText().contains(QStringLiteral("Sent to the central gateway")));
    QCOMPARE(booth.client.records.size(), 1);
    QCOMPARE(booth.client.records.first().kind, QStringLiteral("decision"));
    QCOMPARE(booth.client.records.first().decision, Decision::SecondLine);
    QVERIFY(!booth.client.records.first().idempotencyKey.isEmpty());
    const auto entries = booth.journal.readAll();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().searchId, searchId);
    QCOMPARE(entries->first().idempotencyKey, booth.client.records.first().idempotencyKey);
    QCOMPARE(entries->first().requiredAction, QString::fromLatin1(bd::results::actions::kSecondLineDiscreet));
}

} // namespace

class TestResultsPage : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void chipsUpdateLiveInOrder()
    {
        LiveBooth booth;
        booth.controller.startCheck(travellerRecord());
        QCOMPARE(booth.window.currentStep(), int(bd::ui::MainWindow::ResultsStep));
        QCOMPARE(booth.client.requests.size(), 1);
        expectSearchForTheDocument(booth.client.requests.first());
        if (QTest::currentTestFailed())
            return;
        for (SystemId s : allSystems())
            QCOMPARE(booth.results->chipStatus(s), SystemStatus::Pending);

        SearchHandle* h = booth.client.lastHandle();
        QVERIFY(h);
        // Every answer shows at once, the others stay waiting.
        h->deliver(answer(SystemId::Vis, SystemStatus::NoHit));
        QCOMPARE(booth.results->chipStatus(SystemId::Vis), SystemStatus::NoHit);
        QCOMPARE(chipOf(*booth.results, SystemId::Vis)->kind(), StatusChip::Kind::Clear);
        QCOMPARE(booth.results->chipStatus(SystemId::Sis), SystemStatus::Pending);
        QCOMPARE(chipOf(*booth.results, SystemId::Sis)->kind(), StatusChip::Kind::Waiting);
        h->deliver(answer(
            SystemId::Sis, SystemStatus::Hit, { sisHit(QStringLiteral("sis-1"), QStringLiteral("discreet-check")) }));
        QCOMPARE(chipOf(*booth.results, SystemId::Sis)->kind(), StatusChip::Kind::Alarm);
        QCOMPARE(booth.results->chipStatus(SystemId::Ees), SystemStatus::Pending);
        QVERIFY(!booth.results->hasResult());
        QVERIFY(booth.results->bannerText().contains(QStringLiteral("waiting")));
    }

    void liveResultIsShownRecordedAndCleared()
    {
        LiveBooth booth;
        booth.controller.startCheck(travellerRecord());
        QCOMPARE(booth.client.requests.size(), 1);
        const SearchRequest req = booth.client.requests.first();
        SearchHandle* h = booth.client.lastHandle();
        QVERIFY(h);
        finishWithDiscreetCheck(*h, req.searchId);
        QVERIFY(booth.results->hasResult());
        QVERIFY(booth.controller.lastResult());
        QCOMPARE(booth.controller.lastResult()->requiredAction.code, ActionCode::SecondLineDiscreet);
        QCOMPARE(booth.results->bannerText(),
            QStringLiteral("Refer to second line — SIS alert: discreet check. Do not inform the traveller."));
        QCOMPARE(booth.results->hitModel()->rowCount(), 1);
        QCOMPARE(booth.decision->selectedDecision(), QStringLiteral("second-line"));

        expectRecordedOnce(booth, req.searchId);
        if (QTest::currentTestFailed())
            return;

        // Esc: a new check; the old handle is cancelled and the pages are empty again.
        booth.window.restartCheck();
        QVERIFY(!booth.results->hasResult());
        QVERIFY(!booth.decision->isRecorded());
        QCOMPARE(booth.window.currentStep(), int(bd::ui::MainWindow::DocumentStep));
    }

    void withheldAndTimeoutAreDistinct()
    {
        ResultsPage page;
        page.startSearch({ SystemId::Sis, SystemId::Europol, SystemId::Vis });
        QVERIFY(chipOf(page, SystemId::Ees)->isHidden()); // not asked
        page.applyEvent(answer(SystemId::Europol, SystemStatus::NotAuthorised));
        page.applyEvent(answer(SystemId::Sis, SystemStatus::Timeout, {}, QStringLiteral("no answer within 8000 ms")));
        page.applyEvent(answer(SystemId::Vis, SystemStatus::Unavailable));
        QCOMPARE(chipOf(page, SystemId::Europol)->kind(), StatusChip::Kind::Withheld);
        QCOMPARE(chipOf(page, SystemId::Sis)->kind(), StatusChip::Kind::Warning);
        QVERIFY(chipOf(page, SystemId::Europol)->text() != chipOf(page, SystemId::Sis)->text());
        for (SystemId s : { SystemId::Sis, SystemId::Europol, SystemId::Vis })
            QVERIFY2(!chipOf(page, s)->text().contains(QStringLiteral("no hit")), qPrintable(chipOf(page, s)->text()));

        SearchRequest req;
        req.searchId = QStringLiteral("s-2");
        req.purpose = Purpose::EntryCheck;
        req.person.nationality = QStringLiteral("MAR");
        QList<SystemEvent> events { answer(SystemId::Sis, SystemStatus::Timeout),
            answer(SystemId::Europol, SystemStatus::NotAuthorised), answer(SystemId::Vis, SystemStatus::Unavailable) };
        for (auto& e : events)
            e.searchId = req.searchId;
        const SearchSummary summary { req.searchId, {}, { SystemId::Europol }, { SystemId::Vis }, 9000 };
        const auto visaList = bd::results::VisaList::builtIn();
        QVERIFY2(visaList.ok(), "the built-in visa list loads");
        const auto unified = bd::results::Unifier::unify(
            bd::results::SearchAnswers { req, events, summary, std::nullopt, {} }, checkContext(&*visaList));
        page.showResult(unified);
        QCOMPARE(chipOf(page, SystemId::Europol)->kind(), StatusChip::Kind::Withheld);
        QCOMPARE(chipOf(page, SystemId::Sis)->kind(), StatusChip::Kind::Warning);
        QVERIFY2(page.withheldText().contains(QStringLiteral("Europol")), qPrintable(page.withheldText()));
        QVERIFY(!page.withheldText().contains(QStringLiteral("SIS")));
        QVERIFY2(page.unansweredText().contains(QStringLiteral("SIS")), qPrintable(page.unansweredText()));
        QVERIFY(page.unansweredText().contains(QStringLiteral("VIS")));
        QVERIFY(!page.unansweredText().contains(QStringLiteral("Europol")));
        QCOMPARE(unified.requiredAction.code, ActionCode::CompleteChecksManually);
        QVERIFY(page.bannerText().startsWith(QStringLiteral("Check incomplete")));
    }

    void actionBanner_data()
    {
        QTest::addColumn<int>("code"); // ActionCode
        QTest::addColumn<QString>("expected");
        QTest::newRow("discreet") << int(ActionCode::SecondLineDiscreet)
                                  << "Refer to second line — SIS alert: discreet check. Do not inform the traveller.";
        QTest::newRow("arrest") << int(ActionCode::Arrest)
                                << "Arrest — SIS alert for arrest. Secure the person, call second line now.";
        QTest::newRow("refuse H") << int(ActionCode::RefuseEntrySis)
                                  << "Refuse entry — SIS alert for refusal of entry (reason H).";
        QTest::newRow("overstay") << int(ActionCode::RefuseOverstay)
                                  << "Refuse entry — 90 days in the last 180 already used (reason F).";
        QTest::newRow("admit") << int(ActionCode::Admit) << "Admit — no hit in any system, entry conditions met.";
    }

    void actionBanner()
    {
        QFETCH(int, code);
        QFETCH(QString, expected);
        ResultsPage page;
        page.showResult(resultWithAction(ActionCode(code)));
        QCOMPARE(page.bannerText(), expected);
        // Every code the unifier can produce has its own words (no fallback text).
        for (const QString& c : bd::results::actionCodesBySeverity())
            QVERIFY2(!bd::ui::ResultText::actionHeadline(c).startsWith(QStringLiteral("Unknown")), qPrintable(c));
        // A code read from elsewhere that is none of them is said to be unknown, never admitted.
        QCOMPARE(bd::ui::ResultText::actionHeadline(QStringLiteral("new-code")),
            QStringLiteral("Unknown result (new-code) — refer to second line."));
    }

    void linkBadgeTextAndShape_data()
    {
        QTest::addColumn<int>("colour");
        QTest::addColumn<int>("shape");
        QTest::addColumn<QString>("word");
        QTest::newRow("red") << int(LinkColour::Red) << int(bd::widgets::LinkBadge::Shape::Octagon) << "RED";
        QTest::newRow("yellow") << int(LinkColour::Yellow) << int(bd::widgets::LinkBadge::Shape::Triangle) << "YELLOW";
        QTest::newRow("green") << int(LinkColour::Green) << int(bd::widgets::LinkBadge::Shape::Square) << "GREEN";
        QTest::newRow("white") << int(LinkColour::White) << int(bd::widgets::LinkBadge::Shape::Circle) << "WHITE";
    }

    void linkBadgeTextAndShape()
    {
        QFETCH(int, colour);
        QFETCH(int, shape);
        QFETCH(QString, word);
        UnifiedResult r = resultWithAction(ActionCode::SecondLineIdentity);
        bd::results::Identity id;
        id.identityId = QStringLiteral("identity-1");
        id.person.surname = QStringLiteral("TESTER");
        id.hits << bd::results::RankedHit { sisHit(QStringLiteral("sis-9"), QStringLiteral("inquiry-check")),
            std::nullopt, 99, QString() };
        id.linkPresentations << bd::results::presentLink(LinkColour(colour));
        r.identities << id;
        ResultsPage page;
        page.showResult(r);
        const auto badges = page.findChildren<bd::widgets::LinkBadge*>(QStringLiteral("linkBadge"));
        QCOMPARE(badges.size(), 1);
        QCOMPARE(int(badges.first()->shape()), shape);
        QVERIFY2(badges.first()->text().startsWith(word), qPrintable(badges.first()->text()));
        QCOMPARE(badges.first()->colour(), QColor(bd::results::presentLink(LinkColour(colour)).rgb));
    }

    void thousandHitsLoadIntoTheModel()
    {
        UnifiedResult r = resultWithAction(ActionCode::SecondLineInquiry);
        for (int i = 0; i < 100; ++i) {
            bd::results::Identity id;
            id.identityId = QStringLiteral("identity-%1").arg(i + 1);
            for (int k = 0; k < 10; ++k)
                id.hits << bd::results::RankedHit { sisHit(QStringLiteral("sis-%1-%2").arg(i).arg(k),
                                                        QStringLiteral("inquiry-check")),
                    ActionCode::SecondLineInquiry, 7, QString() };
            r.identities << id;
        }
        ResultsPage page;
        QAbstractItemModelTester tester(page.hitModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1440, 900);
        page.show();
        page.showResult(r);
        QCOMPARE(page.hitModel()->rowCount(), 1000);
        QCOMPARE(page.findChild<QTableView*>(QStringLiteral("hitView"))->model()->rowCount(), 1000);
        QCOMPARE(page.hitModel()->index(999, bd::ui::HitListModel::RecordColumn).data().toString(),
            QStringLiteral("sis-99-9"));
        QCOMPARE(page.hitModel()->index(0, bd::ui::HitListModel::IdentityColumn).data().toString(),
            QStringLiteral("Identity 1"));
        QVERIFY(page.hitModel()
                    ->index(0, bd::ui::HitListModel::DetailColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("WARNING: armed")));
        // Cards are capped; the rest is in the list and said so.
        QVERIFY(page.findChildren<QFrame*>(QStringLiteral("identityCard")).size() <= 12);
        page.restart();
        QCOMPARE(page.hitModel()->rowCount(), 0);
    }

    void headlinesSayWhatTheOfficerDoes()
    {
        using bd::ui::ResultText;
        // Seizing a document is second line first: refusal only once the hit is confirmed.
        const QString seize = ResultText::actionHeadline(ActionCode::SeizeDocument);
        QVERIFY2(
            seize.startsWith(QStringLiteral("Hold (seize) the document and refer to second line")), qPrintable(seize));
        QVERIFY(seize.contains(QStringLiteral("only once the hit is confirmed")));
        const QString identity = ResultText::actionHeadline(ActionCode::SecondLineIdentity);
        QVERIFY(identity.contains(QStringLiteral("red or yellow identity link")));
        QVERIFY(identity.contains(QStringLiteral("face")));
        // Every code has its own words, and each one's words are distinct.
        QSet<QString> seen;
        for (const QString& c : bd::results::actionCodesBySeverity()) {
            const QString h = ResultText::actionHeadline(c);
            QVERIFY2(!h.startsWith(QStringLiteral("Unknown")), qPrintable(c));
            QVERIFY2(!seen.contains(h), qPrintable(c));
            seen.insert(h);
        }
        for (const char* c :
            { "second-line-interpol-notice", "second-line-return", "second-line-record", "second-line-asylum",
                "second-line-minor", "second-line-exit-overstay", "verify-document", "refuse-no-valid-document",
                "verify-visa-requirement", "verify-free-movement", "verify-stay", "let-exit" })
            QVERIFY2(!ResultText::actionHeadline(QLatin1String(c)).startsWith(QStringLiteral("Unknown")), c);
    }

    void notesAndIntegrityProblemsAreShown()
    {
        UnifiedResult r = resultWithAction(ActionCode::CompleteChecksManually);
        r.complete = false;
        using bd::results::NoticeCode;
        r.notes << bd::results::ResultNotice { NoticeCode::EtiasGraceFirstCrossing, { QDate(2026, 5, 31) } }
                << bd::results::ResultNotice { NoticeCode::MinorCheckConsent, { 12 } };
        r.integrityProblems << bd::results::ResultNotice { NoticeCode::SummaryMissing, {} };
        const QStringList shown = bd::ui::NoticeText::texts(r.notes);
        ResultsPage page;
        page.showResult(r);
        for (const QString& n : shown)
            QVERIFY2(page.notesText().contains(n), qPrintable(page.notesText()));
        // In English the screen says what the JSON says (the date in the English format).
        QVERIFY2(page.notesText().contains(bd::results::noticeText(r.notes.first())), qPrintable(page.notesText()));
        QVERIFY2(page.notesText().contains(QStringLiteral("Minor (12 year(s)): check who accompanies the minor")),
            qPrintable(page.notesText()));
        QVERIFY2(page.integrityText().contains(QStringLiteral("CANNOT BE TRUSTED AS A WHOLE")),
            qPrintable(page.integrityText()));
        QVERIFY(page.integrityText().contains(QStringLiteral("the answer stream ended without its summary")));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("integrityProblems"))->isVisibleTo(&page));

        bd::ui::DecisionPage decision;
        decision.setResult(r);
        QCOMPARE(decision.notes(), shown);
        const auto* notes = decision.findChild<QLabel*>(QStringLiteral("decisionNotes"));
        QVERIFY(notes->isVisibleTo(&decision));
        for (const QString& n : shown)
            QVERIFY2(notes->text().contains(n), qPrintable(notes->text()));

        // None: nothing shown.
        page.showResult(resultWithAction(ActionCode::Admit));
        QVERIFY(page.notesText().isEmpty());
        QVERIFY(page.integrityText().isEmpty());
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("resultNotes"))->isVisibleTo(&page));
        decision.setResult(resultWithAction(ActionCode::Admit));
        QVERIFY(decision.notes().isEmpty());
        QVERIFY(!notes->isVisibleTo(&decision));
    }

    void excludedIdentityIsLabelledAndNotActedOn()
    {
        UnifiedResult r = resultWithAction(ActionCode::Admit);
        bd::results::Identity traveller;
        traveller.identityId = QStringLiteral("identity-1");
        traveller.traveller = true;
        traveller.person = PersonData { QStringLiteral("TESTER"), QStringLiteral("ALEX"), QDate(1980, 1, 2),
            QStringLiteral("M"), QStringLiteral("MAR") };
        traveller.document.issuingState = QStringLiteral("MAR");
        traveller.document.number = QStringLiteral("T1234567");
        r.identities << traveller;
        bd::results::Identity other;
        other.identityId = QStringLiteral("identity-2");
        other.excluded = true;
        other.exclusionReason = bd::results::ResultNotice { bd::results::NoticeCode::DifferentPersonGreenLink,
            { QStringLiteral("L-1"), QString() } };
        other.person.surname = QStringLiteral("TESTER");
        other.person.givenNames = QStringLiteral("ALEXANDRA");
        other.hits << rankedHit(sisHit(QStringLiteral("sis-7"), QStringLiteral("arrest")), ActionCode::Arrest, true);
        other.linkPresentations << bd::results::presentLink(LinkColour::Green);
        r.identities << other;

        ResultsPage page;
        page.showResult(r);
        const QStringList titles = page.identityTitles();
        QCOMPARE(titles.size(), 2);
        QVERIFY2(titles.at(0).contains(QStringLiteral("the traveller: TESTER, ALEX (name from the document)")),
            qPrintable(titles.at(0)));
        QVERIFY2(!titles.at(1).contains(QStringLiteral("traveller")), qPrintable(titles.at(1)));
        const auto exclusions = page.findChildren<QLabel*>(QStringLiteral("exclusionLabel"));
        QCOMPARE(exclusions.size(), 1);
        QVERIFY2(exclusions.first()->text().startsWith(
                     QStringLiteral("Verified different person (green link) — not acted on")),
            qPrintable(exclusions.first()->text()));
        QVERIFY2(exclusions.first()->text().contains(
                     QStringLiteral("verified a different person from the traveller (green link L-1)")),
            qPrintable(exclusions.first()->text()));

        auto* model = page.hitModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, bd::ui::HitListModel::IdentityColumn).data().toString(), QStringLiteral("Identity 2"));
        QCOMPARE(model->index(0, bd::ui::HitListModel::ActionColumn).data().toString(),
            QStringLiteral("not acted on (different person)"));
        QVERIFY(model->index(0, 0).data(bd::ui::HitListModel::ExcludedRole).toBool());
        QVERIFY(!model->index(0, 0).data(Qt::FontRole).isValid()); // not in bold

        // The traveller's own hits say so in the list.
        r.identities[0].hits << rankedHit(
            sisHit(QStringLiteral("sis-1"), QStringLiteral("inquiry-check")), ActionCode::SecondLineInquiry);
        page.showResult(r);
        QCOMPARE(model->index(0, bd::ui::HitListModel::IdentityColumn).data().toString(),
            QStringLiteral("Identity 1 (traveller)"));
        QVERIFY(!model->index(0, 0).data(bd::ui::HitListModel::ExcludedRole).toBool());
    }

    void emptyResultsDoNotCrash()
    {
        ResultsPage page;
        page.resize(1200, 800);
        page.show();
        UnifiedResult empty; // no identities, no hits, no systems, no action
        page.showResult(empty);
        QCOMPARE(page.hitModel()->rowCount(), 0);
        QVERIFY(page.identityTitles().isEmpty());
        QVERIFY(page.findChildren<bd::widgets::LinkBadge*>(QStringLiteral("linkBadge")).isEmpty());
        page.showResult(resultWithAction(ActionCode::LetExit));
        QCOMPARE(page.bannerText(), QStringLiteral("Let exit — every system answered and nothing stands in the way."));
        page.restart();
        bd::ui::DecisionPage decision;
        decision.setResult(empty);
        QCOMPARE(decision.selectedDecision(), QStringLiteral("second-line"));
    }
};

QTEST_MAIN(TestResultsPage)
#include "TestResultsPage.moc"
