// The German catalogue is built into the UI library and its contexts match the classes that use it.
#include "ui/MainWindow.h"
#include "ui/PlaceholderPage.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPushButton>
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
