#include "widgets/WatermarkOverlay.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using bd::widgets::WatermarkOverlay;

class TestWatermarkOverlay : public QObject
{
    Q_OBJECT

private slots:
    void coversParentAndFollowsResize()
    {
        QWidget parent;
        parent.resize(400, 300);
        auto* overlay = new WatermarkOverlay(QStringLiteral("TRAINING"), &parent);
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        QCOMPARE(overlay->geometry(), parent.rect());
        parent.resize(800, 500);
        QTRY_COMPARE(overlay->geometry(), QRect(0, 0, 800, 500));
    }

    void clicksPassThroughToWidgetsBelow()
    {
        QWidget parent;
        auto* layout = new QVBoxLayout(&parent);
        auto* button = new QPushButton(QStringLiteral("Go"), &parent);
        layout->addWidget(button);
        new WatermarkOverlay(QStringLiteral("TRAINING"), &parent);
        parent.resize(300, 200);
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        QSignalSpy clicked(button, &QPushButton::clicked);
        // Click where the button is: the overlay is on top but transparent for the mouse.
        const QPoint at = button->mapTo(&parent, button->rect().center());
        QCOMPARE(parent.childAt(at), button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);
    }

    void staysOnTopOfLaterChildren()
    {
        QWidget parent;
        parent.resize(300, 200);
        auto* overlay = new WatermarkOverlay(QStringLiteral("TRAINING"), &parent);
        auto* late = new QWidget(&parent);
        late->setGeometry(parent.rect());
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        QTRY_COMPARE(parent.children().last(), static_cast<QObject*>(overlay));
    }

    void paintsTheText()
    {
        QWidget parent;
        parent.resize(600, 400);
        parent.setAutoFillBackground(true);
        parent.setPalette(QPalette(Qt::white));
        auto* overlay = new WatermarkOverlay(QStringLiteral("TRAINING"), &parent);
        const QImage with = parent.grab().toImage();
        overlay->setText(QString());
        const QImage without = parent.grab().toImage();
        QVERIFY(with != without);
        QCOMPARE(overlay->text(), QString());
    }
};

QTEST_MAIN(TestWatermarkOverlay)
#include "TestWatermarkOverlay.moc"
