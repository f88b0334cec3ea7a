#include "tests/support/TestHygiene.h"
#include "widgets/StepBar.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using bd::widgets::StepBar;

class TestStepBar : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void clickRequestsButOwnerDecides()
    {
        StepBar bar({ QStringLiteral("One"), QStringLiteral("Two") },
            { QStringLiteral("onePushButton"), QStringLiteral("twoPushButton") });
        auto* one = bar.findChild<QPushButton*>(QStringLiteral("onePushButton"));
        auto* two = bar.findChild<QPushButton*>(QStringLiteral("twoPushButton"));
        QVERIFY(one && two);
        QCOMPARE(two->text(), QStringLiteral("2  Two"));
        QSignalSpy requested(&bar, &StepBar::stepRequested);
        QTest::mouseClick(two, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toInt(), 1);
        QVERIFY(one->isChecked()); // not moved until the owner says so
        QCOMPARE(bar.currentStep(), 0);
        bar.setCurrentStep(1);
        QVERIFY(two->isChecked());
        QVERIFY(!one->isChecked());
        bar.setCurrentStep(7); // ignored
        QCOMPARE(bar.currentStep(), 1);
    }
};

QTEST_MAIN(TestStepBar)
#include "TestStepBar.moc"
