// The German catalogue is built into the UI library and its contexts match the classes that use it.
#include "tests/support/PlaceholderPage.h"
#include "tests/support/TestHygiene.h"
#include "ui/DecisionPage.h"
#include "ui/MainWindow.h"
#include "ui/ResultText.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTranslator>

using bd::testsupport::PlaceholderPage;
using bd::ui::MainWindow;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void germanCatalogueIsEmbeddedAndUsed()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/bd_de.qm")));
        QCoreApplication::installTranslator(&translator);
        MainWindow::Pages pages { PlaceholderPage::biometrics(), PlaceholderPage::biometrics(),
            PlaceholderPage::results(), PlaceholderPage::decision() };
        MainWindow window(pages, MainWindow::Mode::Live);
        QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("documentStepPushButton"))->text(),
            QStringLiteral("1  Dokument"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("modeLabel"))->text(), QStringLiteral("ECHTBETRIEB"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("checkPurposeLabel"))->toolTip(),
            QStringLiteral("F6 wechselt zwischen Einreise- und Ausreisekontrolle."));
        QCoreApplication::removeTranslator(&translator);
    }

    void decisionPageInGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/bd_de.qm")));
        QCoreApplication::installTranslator(&translator);
        bd::ui::DecisionPage page;
        bd::results::UnifiedResult result;
        result.searchId = QStringLiteral("s-1");
        result.requiredAction.code = bd::results::ActionCode::RefuseEntrySis;
        result.requiredAction.decision = bd::model::Decision::Refuse;
        result.requiredAction.refusalReason = QStringLiteral("H");
        result.complete = true;
        page.setResult(result);
        QCOMPARE(page.findChild<QRadioButton*>(QStringLiteral("admitChoice"))->text(),
            QStringLiteral("&Einreise gestatten"));
        QCOMPARE(page.findChild<QRadioButton*>(QStringLiteral("refuseChoice"))->text(),
            QStringLiteral("Einreise &verweigern"));
        QCOMPARE(page.findChild<QRadioButton*>(QStringLiteral("secondLineChoice"))->text(),
            QStringLiteral("An die &zweite Kontrolllinie verweisen"));
        QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("recordDecisionButton"))->text(),
            QStringLiteral("Entscheidung erfassen (Enter)"));
        QCOMPARE(page.findChild<QLabel*>(QStringLiteral("requiredActionLabel"))->text(),
            QStringLiteral("Gefordert: Einreise verweigern — SIS-Ausschreibung zur Einreiseverweigerung (Grund H)."));
        QCOMPARE(page.findChild<QListWidget*>(QStringLiteral("refusalReasons"))->item(7)->text(),
            QStringLiteral("H — SIS- oder nationale Ausschreibung zur Einreiseverweigerung"));
        QCOMPARE(page.selectedReason(), QStringLiteral("H"));
        QCoreApplication::removeTranslator(&translator);
    }

    void exitDecisionPageInGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/bd_de.qm")));
        QCoreApplication::installTranslator(&translator);
        bd::ui::DecisionPage page;
        bd::results::UnifiedResult result;
        result.searchId = QStringLiteral("s-2");
        result.purpose = bd::model::Purpose::ExitCheck;
        result.requiredAction.code = bd::results::ActionCode::LetExit;
        result.requiredAction.decision = bd::model::Decision::LetExit;
        result.notes << bd::results::ResultNotice { bd::results::NoticeCode::DocumentExpiredAtExit,
            { QDate(2026, 1, 1) } };
        result.complete = true;
        page.setResult(result);
        QCOMPARE(page.findChild<QRadioButton*>(QStringLiteral("letExitChoice"))->text(),
            QStringLiteral("&Ausreise gestatten"));
        QVERIFY(page.findChild<QRadioButton*>(QStringLiteral("admitChoice"))->isHidden());
        QVERIFY(page.findChild<QRadioButton*>(QStringLiteral("refuseChoice"))->isHidden());
        QCOMPARE(page.requiredText(),
            QStringLiteral("Gefordert: Ausreise gestatten — alle Systeme haben geantwortet, nichts steht entgegen."));
        QVERIFY2(page.findChild<QLabel*>(QStringLiteral("decisionNotes"))
                     ->text()
                     .startsWith(QStringLiteral("Vor dem Erfassen außerdem:")),
            qPrintable(page.findChild<QLabel*>(QStringLiteral("decisionNotes"))->text()));
        QCOMPARE(page.selectedDecision(), QStringLiteral("let-exit"));
        QCoreApplication::removeTranslator(&translator);
    }

    void refusalWithoutLetterInGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/bd_de.qm")));
        QCoreApplication::installTranslator(&translator);
        bd::ui::DecisionPage page;
        bd::results::UnifiedResult result;
        result.requiredAction.code = bd::results::ActionCode::RefuseNoEtias;
        result.requiredAction.decision = bd::model::Decision::Refuse;
        page.setResult(result);
        QCOMPARE(page.requiredText(),
            QStringLiteral(
                "Gefordert: Einreise verweigern — keine gültige Reisegenehmigung (ETIAS). Den Verweigerungsgrund "
                "aus dem verwendeten Formblatt wählen."));
        QVERIFY(!page.requiredText().contains(QStringLiteral("Grund J")));
        QVERIFY2(page.letterHintText().startsWith(QStringLiteral("Kein Verweigerungsgrund vorausgewählt")),
            qPrintable(page.letterHintText()));
        QCOMPARE(page.selectedReason(), QString());
        QCOMPARE(page.findChild<QListWidget*>(QStringLiteral("refusalReasons"))->count(), 9);
        QCoreApplication::removeTranslator(&translator);
    }

    void everyActionAndDecisionIsTranslated()
    {
        using bd::ui::ResultText;
        const QStringList codes = bd::results::actionCodesBySeverity();
        const QStringList decisions { QStringLiteral("admit"), QStringLiteral("refuse"), QStringLiteral("second-line"),
            QStringLiteral("let-exit") };
        QStringList english;
        for (const QString& c : codes)
            english << ResultText::actionHeadline(c);
        for (const QString& d : decisions)
            english << ResultText::decisionText(d);
        for (const QString& l : ResultText::refusalLetters())
            english << ResultText::refusalReasonText(l);

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/bd_de.qm")));
        QCoreApplication::installTranslator(&translator);
        QStringList german;
        for (const QString& c : codes)
            german << ResultText::actionHeadline(c);
        for (const QString& d : decisions)
            german << ResultText::decisionText(d);
        for (const QString& l : ResultText::refusalLetters())
            german << ResultText::refusalReasonText(l);
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(german.size(), english.size());
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(!german.at(i).isEmpty(), qPrintable(english.at(i)));
            QVERIFY2(german.at(i) != english.at(i), qPrintable(QStringLiteral("not translated: ") + english.at(i)));
        }
        QVERIFY(german.join(QLatin1Char('\n')).contains(QStringLiteral("Dokument einbehalten")));
        QVERIFY(!german.join(QLatin1Char('\n')).contains(QStringLiteral("Grund J")));
    }

    void englishWithoutCatalogue()
    {
        MainWindow::Pages pages { PlaceholderPage::biometrics(), PlaceholderPage::biometrics(),
            PlaceholderPage::results(), PlaceholderPage::decision() };
        MainWindow window(pages, MainWindow::Mode::Training);
        QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("documentStepPushButton"))->text(),
            QStringLiteral("1  Document"));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
