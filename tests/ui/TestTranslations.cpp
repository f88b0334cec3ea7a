// The German catalogue is built into the UI library and its contexts match the classes that use it.
#include "ui/DecisionPage.h"
#include "ui/MainWindow.h"
#include "ui/PlaceholderPage.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTranslator>

using bd::ui::MainWindow;
using bd::ui::PlaceholderPage;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
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
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("notAvailableLabel"))->text(),
            QStringLiteral("In dieser Version noch nicht verfügbar."));
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
        result.requiredAction.code = QStringLiteral("refuse-entry-sis");
        result.requiredAction.decision = QStringLiteral("refuse");
        result.requiredAction.refusalReason = QStringLiteral("H");
        result.complete = true;
        page.setResult(result);
        QCOMPARE(page.findChild<QRadioButton*>(QStringLiteral("admitChoice"))->text(), QStringLiteral("&Einreise gestatten"));
        QCOMPARE(page.findChild<QRadioButton*>(QStringLiteral("refuseChoice"))->text(), QStringLiteral("Einreise &verweigern"));
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
