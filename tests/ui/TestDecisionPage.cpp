// The decision screen: the preselection from the required action, keyboard use, overrides and their
// reasons, exit checks (let exit or second line only), and the refusal letters of the form in use.
// The results screen: TestResultsPage.
#include "services/results/UnifiedResult.h"
#include "tests/support/ResultSamples.h"
#include "tests/support/TestHygiene.h"
#include "ui/DecisionPage.h"
#include "ui/ResultText.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace bd::model;
using bd::results::ActionCode;
using bd::results::UnifiedResult;
using bd::testsupport::resultWithAction;

namespace {

bool shown(const QWidget* w, const QWidget* page)
{
    return w && w->isVisibleTo(page);
}

} // namespace

class TestDecisionPage : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void decisionPreselectsFromTheRequiredAction()
    {
        bd::ui::DecisionPage page;
        page.setResult(resultWithAction(ActionCode::RefuseEntrySis, QStringLiteral("H")));
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
        // Admitting against a required refusal is an override: the reason, then Enter twice.
        QVERIFY(page.isOverride());
        QVERIFY(!page.canRecord());
        QTest::keyClick(page.focusWidget() ? page.focusWidget() : &page, Qt::Key_Return);
        QCOMPARE(taken.size(), 0);
        auto* why = page.findChild<QLineEdit*>(QStringLiteral("overrideReasonEdit"));
        QVERIFY(why);
        why->setText(QStringLiteral("alert deleted, confirmed by SIRENE"));
        Q_EMIT why->textEdited(why->text());
        QTest::keyClick(page.focusWidget() ? page.focusWidget() : &page, Qt::Key_Return);
        QCOMPARE(taken.size(), 0);
        QVERIFY(page.isOverrideArmed());
        QTest::keyClick(page.focusWidget() ? page.focusWidget() : &page, Qt::Key_Return);
        QCOMPARE(taken.size(), 1);
        const auto d = taken.first().first().value<bd::ui::OfficerDecision>();
        QCOMPARE(d.decision, Decision::Admit);
        QCOMPARE(d.requiredAction, QStringLiteral("refuse-entry-sis"));
        QCOMPARE(d.overrideReason, QStringLiteral("alert deleted, confirmed by SIRENE"));

        // Refusing needs a reason.
        page.setResult(resultWithAction(ActionCode::SecondLineDiscreet));
        auto* refuse = page.findChild<QRadioButton*>(QStringLiteral("refuseChoice"));
        refuse->setFocus();
        QTest::keyClick(refuse, Qt::Key_Space);
        QCOMPARE(page.selectedDecision(), QStringLiteral("refuse"));
        QVERIFY(!page.canRecord());
        page.findChild<QListWidget*>(QStringLiteral("refusalReasons"))->setCurrentRow(8);
        QCOMPARE(page.selectedReason(), QStringLiteral("I"));
        QVERIFY(!page.canRecord()); // refusing where second line is required: an override, with a reason
        why->setText(QStringLiteral("threat confirmed by the national contact point"));
        QVERIFY(page.canRecord());
    }

    void exitDecisionOffersLetExitOrSecondLineOnly()
    {
        bd::ui::DecisionPage page;
        auto* letExit = page.findChild<QRadioButton*>(QStringLiteral("letExitChoice"));
        auto* admit = page.findChild<QRadioButton*>(QStringLiteral("admitChoice"));
        auto* refuse = page.findChild<QRadioButton*>(QStringLiteral("refuseChoice"));
        auto* secondLine = page.findChild<QRadioButton*>(QStringLiteral("secondLineChoice"));
        auto* reasons = page.findChild<QListWidget*>(QStringLiteral("refusalReasons"));
        QVERIFY(letExit && admit && refuse && secondLine && reasons);

        UnifiedResult r = resultWithAction(ActionCode::LetExit);
        r.purpose = Purpose::ExitCheck;
        page.setResult(r);
        QVERIFY(page.isExitCheck());
        QVERIFY(shown(letExit, &page));
        QVERIFY(shown(secondLine, &page));
        QVERIFY(!shown(admit, &page));
        QVERIFY(!shown(refuse, &page));
        QVERIFY(!shown(reasons, &page));
        QCOMPARE(letExit->text(), QStringLiteral("&Let exit"));
        QCOMPARE(page.selectedDecision(), QStringLiteral("let-exit"));
        QCOMPARE(page.requiredText(),
            QStringLiteral("Required: Let exit — every system answered and nothing stands in the way."));
        QVERIFY(page.canRecord());
        QSignalSpy taken(&page, &bd::ui::DecisionPage::decisionTaken);
        page.record();
        QCOMPARE(taken.size(), 1);
        QCOMPARE(taken.first().first().value<bd::ui::OfficerDecision>().decision, Decision::LetExit);
        QCOMPARE(bd::ui::ResultText::decisionText(QStringLiteral("let-exit")), QStringLiteral("Let exit"));

        // An overstay found at exit goes to second line; a decision that does not fit an exit
        // (admit / refuse) is never offered and falls back to second line.
        r = resultWithAction(ActionCode::SecondLineExitOverstay);
        r.purpose = Purpose::ExitCheck;
        page.setResult(r);
        QCOMPARE(page.selectedDecision(), QStringLiteral("second-line"));
        QVERIFY(page.requiredText().contains(QStringLiteral("overstay found at exit")));
        r = resultWithAction(ActionCode::RefuseEntrySis, QStringLiteral("H"));
        r.purpose = Purpose::ExitCheck;
        page.setResult(r);
        QCOMPARE(page.selectedDecision(), QStringLiteral("second-line"));
        QCOMPARE(page.selectedReason(), QString());
        page.setNoResult(QStringLiteral("the gateway did not answer."), Purpose::ExitCheck);
        QVERIFY(!shown(admit, &page));
        QVERIFY(shown(letExit, &page));
        QCOMPARE(page.selectedDecision(), QStringLiteral("second-line"));

        // Back at entry: admit / refuse / second line, no "let exit"; a stray let-exit goes to second line.
        page.setResult(resultWithAction(ActionCode::Admit));
        QVERIFY(!page.isExitCheck());
        QVERIFY(!shown(letExit, &page));
        QVERIFY(shown(admit, &page));
        QVERIFY(shown(refuse, &page));
        QVERIFY(shown(reasons, &page));
        QCOMPARE(page.selectedDecision(), QStringLiteral("admit"));
        page.setResult(resultWithAction(ActionCode::LetExit));
        QCOMPARE(page.selectedDecision(), QStringLiteral("second-line"));
        page.setNoResult(QStringLiteral("the gateway did not answer."));
        QVERIFY(shown(admit, &page));
        QVERIFY(!shown(letExit, &page));
    }

    void refusalWithoutConfirmedLetterLeavesTheLetterToTheOfficer()
    {
        bd::ui::DecisionPage page;
        auto* reasons = page.findChild<QListWidget*>(QStringLiteral("refusalReasons"));
        page.setResult(resultWithAction(ActionCode::RefuseNoEtias));
        QCOMPARE(page.selectedDecision(), QStringLiteral("refuse"));
        QCOMPARE(page.selectedReason(), QString());
        QCOMPARE(reasons->currentRow(), -1);
        QVERIFY(!page.canRecord()); // the officer must choose the letter
        QVERIFY2(page.letterHintText().contains(QStringLiteral("Choose it from the refusal form in use")),
            qPrintable(page.letterHintText()));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("refusalLetterHint"))->isVisibleTo(&page));
        QVERIFY(!page.requiredText().contains(QStringLiteral("reason J")));
        QVERIFY(page.requiredText().contains(QStringLiteral("Choose the refusal letter from the form in use")));
        reasons->setCurrentRow(2);
        QCOMPARE(page.selectedReason(), QStringLiteral("C"));
        QVERIFY(page.canRecord());

        // With a confirmed letter there is no such hint.
        page.setResult(resultWithAction(ActionCode::RefuseNoVisa, QStringLiteral("C")));
        QCOMPARE(page.selectedReason(), QStringLiteral("C"));
        QVERIFY(page.letterHintText().isEmpty());
        QVERIFY(!page.findChild<QLabel*>(QStringLiteral("refusalLetterHint"))->isVisibleTo(&page));
        // A letter outside the form (an old "J") is not taken over: the officer chooses.
        page.setResult(resultWithAction(ActionCode::RefuseNoEtias, QStringLiteral("J")));
        QCOMPARE(page.selectedReason(), QString());
        QVERIFY(!page.letterHintText().isEmpty());
    }

    void letterJIsGone()
    {
        using bd::ui::ResultText;
        QCOMPARE(ResultText::refusalLetters().join(QString()), QStringLiteral("ABCDEFGHI"));
        QVERIFY(ResultText::refusalReasonText(QStringLiteral("J")).isEmpty());
        for (const QString& letter : ResultText::refusalLetters())
            QVERIFY2(!ResultText::refusalReasonText(letter).isEmpty(), qPrintable(letter));
        bd::ui::DecisionPage page;
        auto* reasons = page.findChild<QListWidget*>(QStringLiteral("refusalReasons"));
        QCOMPARE(reasons->count(), 9);
        for (int i = 0; i < reasons->count(); ++i)
            QVERIFY(!reasons->item(i)->text().startsWith(QLatin1Char('J')));
        for (const QString& c : bd::results::actionCodesBySeverity())
            QVERIFY2(!ResultText::actionHeadline(c).contains(QStringLiteral("reason J")), qPrintable(c));
    }
};

QTEST_MAIN(TestDecisionPage)
#include "TestDecisionPage.moc"
