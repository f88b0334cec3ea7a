// The results and decision screens: live status chips, the action-first banner, identity link
// badges, the hit list model with 1,000 hits, and the decision page's preselection.
#include "services/document/MrzGenerator.h"
#include "services/document/MrzParser.h"
#include "services/results/Unifier.h"
#include "services/session/DecisionJournal.h"
#include "tests/support/FakeClock.h"
#include "tests/support/ScriptedGatewayClient.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/HitListModel.h"
#include "ui/MainWindow.h"
#include "ui/PlaceholderPage.h"
#include "ui/ResultText.h"
#include "ui/ResultsPage.h"
#include "widgets/LinkBadge.h"
#include "widgets/StatusChip.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bd::gateway;
using bd::results::UnifiedResult;
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
    h.person = PersonData { QStringLiteral("TESTER"), QStringLiteral("ALEX"), QDate(1980, 1, 2), QStringLiteral("M"), QStringLiteral("MAR") };
    h.sis = SisAlert { category, QStringLiteral("as issued"), { QStringLiteral("armed") }, QStringLiteral("BEL"), {} };
    return h;
}

UnifiedResult resultWithAction(const QString& code, const QString& decision, const QString& reason = {})
{
    UnifiedResult r;
    r.searchId = QStringLiteral("s-1");
    r.requiredAction.code = code;
    r.requiredAction.decision = decision;
    r.requiredAction.refusalReason = reason;
    r.complete = true;
    return r;
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

} // namespace

class TestResultsPage : public QObject
{
    Q_OBJECT

private slots:
    void chipsUpdateLiveInOrder()
    {
        bd::testsupport::FakeClock clock { QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC) };
        QTemporaryDir dir;
        bd::session::DecisionJournal journal(dir.filePath(QStringLiteral("decisions.jsonl")));
        bd::testsupport::ScriptedGatewayClient client;
        auto* results = new ResultsPage;
        auto* decision = new bd::ui::DecisionPage;
        bd::ui::MainWindow window({ new bd::ui::PlaceholderPage(QStringLiteral("Document"), QString()),
                                      bd::ui::PlaceholderPage::biometrics(), results, decision },
            bd::ui::MainWindow::Mode::Live);
        bd::ui::CheckController controller(window, *results, *decision, clock, journal, &client,
            { QStringLiteral("officer-7"), UserProfile::BorderFirstLine, Purpose::EntryCheck, false, {} });

        controller.startCheck(travellerRecord());
        QCOMPARE(window.currentStep(), int(bd::ui::MainWindow::ResultsStep));
        QCOMPARE(client.requests.size(), 1);
        const SearchRequest& req = client.requests.first();
        QCOMPARE(req.document.number, QStringLiteral("T1234567"));
        QCOMPARE(req.person.surname, QStringLiteral("TESTER"));
        QCOMPARE(req.person.dateOfBirth, QDate(1980, 1, 2));
        QCOMPARE(req.officerId, QStringLiteral("officer-7"));
        for (SystemId s : allSystems())
            QCOMPARE(results->chipStatus(s), SystemStatus::Pending);

        SearchHandle* h = client.lastHandle();
        QVERIFY(h);
        // Every answer shows at once, the others stay waiting.
        h->deliver(answer(SystemId::Vis, SystemStatus::NoHit));
        QCOMPARE(results->chipStatus(SystemId::Vis), SystemStatus::NoHit);
        QCOMPARE(results->chip(SystemId::Vis)->kind(), StatusChip::Kind::Clear);
        QCOMPARE(results->chipStatus(SystemId::Sis), SystemStatus::Pending);
        QCOMPARE(results->chip(SystemId::Sis)->kind(), StatusChip::Kind::Waiting);
        h->deliver(answer(SystemId::Sis, SystemStatus::Hit, { sisHit(QStringLiteral("sis-1"), QStringLiteral("discreet-check")) }));
        QCOMPARE(results->chip(SystemId::Sis)->kind(), StatusChip::Kind::Alarm);
        QCOMPARE(results->chipStatus(SystemId::Ees), SystemStatus::Pending);
        QVERIFY(!results->hasResult());
        QVERIFY(results->bannerText().contains(QStringLiteral("waiting")));

        QList<SystemEvent> all;
        for (SystemId s : allSystems())
            all << (s == SystemId::Sis ? answer(s, SystemStatus::Hit, { sisHit(QStringLiteral("sis-1"), QStringLiteral("discreet-check")) })
                                       : answer(s, SystemStatus::NoHit));
        for (const auto& e : all)
            if (e.system != SystemId::Sis && e.system != SystemId::Vis)
                h->deliver(e);
        SearchOutcome outcome;
        outcome.searchId = req.searchId;
        outcome.events = all;
        outcome.summary = SearchSummary { req.searchId, {}, {}, allSystems(), 90 };
        h->finish(outcome);
        QVERIFY(results->hasResult());
        QVERIFY(controller.lastResult());
        QCOMPARE(controller.lastResult()->requiredAction.code, QString::fromLatin1(bd::results::actions::kSecondLineDiscreet));
        QCOMPARE(results->bannerText(), QStringLiteral("Refer to second line — SIS alert: discreet check. Do not inform the traveller."));
        QCOMPARE(results->hitModel()->rowCount(), 1);
        QCOMPARE(decision->selectedDecision(), QStringLiteral("second-line"));

        // Recording: journalled with no personal data, submitted once with an idempotency key.
        decision->record();
        QVERIFY(decision->isRecorded());
        QTRY_VERIFY(decision->confirmationText().contains(QStringLiteral("Sent to the central gateway")));
        QCOMPARE(client.records.size(), 1);
        QCOMPARE(client.records.first().kind, QStringLiteral("decision"));
        QCOMPARE(client.records.first().decision, QStringLiteral("second-line"));
        QVERIFY(!client.records.first().idempotencyKey.isEmpty());
        const auto entries = journal.readAll();
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().searchId, req.searchId);
        QCOMPARE(entries->first().idempotencyKey, client.records.first().idempotencyKey);
        QCOMPARE(entries->first().requiredAction, QString::fromLatin1(bd::results::actions::kSecondLineDiscreet));

        // Esc: a new check; the old handle is cancelled and the pages are empty again.
        window.restartCheck();
        QVERIFY(!results->hasResult());
        QVERIFY(!decision->isRecorded());
        QCOMPARE(window.currentStep(), int(bd::ui::MainWindow::DocumentStep));
    }

    void withheldAndTimeoutAreDistinct()
    {
        ResultsPage page;
        page.startSearch({ SystemId::Sis, SystemId::Europol, SystemId::Vis });
        QVERIFY(page.chip(SystemId::Ees)->isHidden()); // not asked
        page.applyEvent(answer(SystemId::Europol, SystemStatus::NotAuthorised));
        page.applyEvent(answer(SystemId::Sis, SystemStatus::Timeout, {}, QStringLiteral("no answer within 8000 ms")));
        page.applyEvent(answer(SystemId::Vis, SystemStatus::Unavailable));
        QCOMPARE(page.chip(SystemId::Europol)->kind(), StatusChip::Kind::Withheld);
        QCOMPARE(page.chip(SystemId::Sis)->kind(), StatusChip::Kind::Warning);
        QVERIFY(page.chip(SystemId::Europol)->text() != page.chip(SystemId::Sis)->text());
        for (SystemId s : { SystemId::Sis, SystemId::Europol, SystemId::Vis })
            QVERIFY2(!page.chip(s)->text().contains(QStringLiteral("no hit")), qPrintable(page.chip(s)->text()));

        SearchRequest req;
        req.searchId = QStringLiteral("s-2");
        req.purpose = Purpose::EntryCheck;
        req.person.nationality = QStringLiteral("MAR");
        const QList<SystemEvent> events { answer(SystemId::Sis, SystemStatus::Timeout), answer(SystemId::Europol, SystemStatus::NotAuthorised),
            answer(SystemId::Vis, SystemStatus::Unavailable) };
        const SearchSummary summary { req.searchId, {}, { SystemId::Europol }, { SystemId::Vis }, 9000 };
        const auto unified = bd::results::Unifier::unify(req, events, &summary, QDate(2026, 11, 28), bd::results::contextFor(req));
        page.showResult(unified);
        QCOMPARE(page.chip(SystemId::Europol)->kind(), StatusChip::Kind::Withheld);
        QCOMPARE(page.chip(SystemId::Sis)->kind(), StatusChip::Kind::Warning);
        QVERIFY2(page.withheldText().contains(QStringLiteral("Europol")), qPrintable(page.withheldText()));
        QVERIFY(!page.withheldText().contains(QStringLiteral("SIS")));
        QVERIFY2(page.unansweredText().contains(QStringLiteral("SIS")), qPrintable(page.unansweredText()));
        QVERIFY(page.unansweredText().contains(QStringLiteral("VIS")));
        QVERIFY(!page.unansweredText().contains(QStringLiteral("Europol")));
        QCOMPARE(unified.requiredAction.code, QString::fromLatin1(bd::results::actions::kCompleteChecksManually));
        QVERIFY(page.bannerText().startsWith(QStringLiteral("Check incomplete")));
    }

    void actionBanner_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("expected");
        QTest::newRow("discreet") << "second-line-discreet" << "second-line"
                                  << "Refer to second line — SIS alert: discreet check. Do not inform the traveller.";
        QTest::newRow("arrest") << "arrest" << "second-line" << "Arrest — SIS alert for arrest. Secure the person, call second line now.";
        QTest::newRow("refuse H") << "refuse-entry-sis" << "refuse" << "Refuse entry — SIS alert for refusal of entry (reason H).";
        QTest::newRow("overstay") << "refuse-overstay" << "refuse" << "Refuse entry — 90 days in the last 180 already used (reason F).";
        QTest::newRow("admit") << "admit" << "admit" << "Admit — no hit in any system, entry conditions met.";
        QTest::newRow("unknown") << "new-code" << "second-line" << "Unknown result (new-code) — refer to second line.";
    }

    void actionBanner()
    {
        QFETCH(QString, code);
        QFETCH(QString, decision);
        QFETCH(QString, expected);
        ResultsPage page;
        page.showResult(resultWithAction(code, decision));
        QCOMPARE(page.bannerText(), expected);
        // Every code the unifier can produce has its own words (no fallback text).
        for (const QString& c : bd::results::actionCodesBySeverity())
            QVERIFY2(!bd::ui::ResultText::actionHeadline(c).startsWith(QStringLiteral("Unknown")), qPrintable(c));
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
        UnifiedResult r = resultWithAction(QStringLiteral("second-line-identity"), QStringLiteral("second-line"));
        bd::results::Identity id;
        id.identityId = QStringLiteral("identity-1");
        id.person.surname = QStringLiteral("TESTER");
        id.hits << bd::results::RankedHit { sisHit(QStringLiteral("sis-9"), QStringLiteral("inquiry-check")), QString(), 99, QString() };
        id.linkPresentations << bd::results::presentLink(LinkColour(colour));
        r.identities << id;
        ResultsPage page;
        page.showResult(r);
        const auto badges = page.linkBadges();
        QCOMPARE(badges.size(), 1);
        QCOMPARE(int(badges.first()->shape()), shape);
        QVERIFY2(badges.first()->text().startsWith(word), qPrintable(badges.first()->text()));
        QCOMPARE(badges.first()->colour(), QColor(bd::results::presentLink(LinkColour(colour)).rgb));
    }

    void thousandHitsLoadIntoTheModel()
    {
        UnifiedResult r = resultWithAction(QStringLiteral("second-line-inquiry"), QStringLiteral("second-line"));
        for (int i = 0; i < 100; ++i) {
            bd::results::Identity id;
            id.identityId = QStringLiteral("identity-%1").arg(i + 1);
            for (int k = 0; k < 10; ++k)
                id.hits << bd::results::RankedHit { sisHit(QStringLiteral("sis-%1-%2").arg(i).arg(k), QStringLiteral("inquiry-check")),
                    QStringLiteral("second-line-inquiry"), 7, QString() };
            r.identities << id;
        }
        ResultsPage page;
        QAbstractItemModelTester tester(page.hitModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1440, 900);
        page.show();
        page.showResult(r);
        QCOMPARE(page.hitModel()->rowCount(), 1000);
        QCOMPARE(page.hitView()->model()->rowCount(), 1000);
        QCOMPARE(page.hitModel()->index(999, bd::ui::HitListModel::RecordColumn).data().toString(), QStringLiteral("sis-99-9"));
        QCOMPARE(page.hitModel()->index(0, bd::ui::HitListModel::IdentityColumn).data().toString(), QStringLiteral("Identity 1"));
        QVERIFY(page.hitModel()->index(0, bd::ui::HitListModel::DetailColumn).data().toString().contains(QStringLiteral("WARNING: armed")));
        // Cards are capped; the rest is in the list and said so.
        QVERIFY(page.findChildren<QFrame*>(QStringLiteral("identityCard")).size() <= 12);
        page.restart();
        QCOMPARE(page.hitModel()->rowCount(), 0);
    }

    void decisionPreselectsFromTheRequiredAction()
    {
        bd::ui::DecisionPage page;
        page.setResult(resultWithAction(QStringLiteral("refuse-entry-sis"), QStringLiteral("refuse"), QStringLiteral("H")));
        QCOMPARE(page.selectedDecision(), QStringLiteral("refuse"));
        QCOMPARE(page.selectedReason(), QStringLiteral("H"));
        QVERIFY(page.canRecord());
        QSignalSpy taken(&page, &bd::ui::DecisionPage::decisionTaken);
        // Keyboard: Space on "Admit" admits; the reason list is then disabled and Enter records.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* admit = page.findChild<QRadioButton*>(QStringLiteral("admitChoice"));
        admit->setFocus();
        QTest::keyClick(admit, Qt::Key_Space);
        QCOMPARE(page.selectedDecision(), QStringLiteral("admit"));
        QCOMPARE(page.selectedReason(), QString());
        QVERIFY(!page.findChild<QListWidget*>(QStringLiteral("refusalReasons"))->isEnabled());
        QTest::keyClick(page.focusWidget() ? page.focusWidget() : &page, Qt::Key_Return);
        QCOMPARE(taken.size(), 1);
        const auto d = taken.first().first().value<bd::ui::OfficerDecision>();
        QCOMPARE(d.decision, QStringLiteral("admit"));
        QCOMPARE(d.requiredAction, QStringLiteral("refuse-entry-sis"));

        // Refusing needs a reason.
        page.setResult(resultWithAction(QStringLiteral("second-line-discreet"), QStringLiteral("second-line")));
        auto* refuse = page.findChild<QRadioButton*>(QStringLiteral("refuseChoice"));
        refuse->setFocus();
        QTest::keyClick(refuse, Qt::Key_Space);
        QCOMPARE(page.selectedDecision(), QStringLiteral("refuse"));
        QVERIFY(!page.canRecord());
        page.findChild<QListWidget*>(QStringLiteral("refusalReasons"))->setCurrentRow(8);
        QCOMPARE(page.selectedReason(), QStringLiteral("I"));
        QVERIFY(page.canRecord());
    }
};

QTEST_MAIN(TestResultsPage)
#include "TestResultsPage.moc"
