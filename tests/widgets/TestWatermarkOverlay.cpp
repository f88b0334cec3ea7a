#include "tests/support/TestHygiene.h"
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
    void init() { bd::testsupport::failOnAnyWarning(); }

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

    // The click is delivered as the window system would: to the window at the button's position,
    // and Qt picks the widget under that point. The overlay covers the button there; it must let
    // the click through.
    void clicksPassThroughToWidgetsBelow()
    {
        QWidget parent;
        auto* layout = new QVBoxLayout(&parent);
        auto* button = new QPushButton(QStringLiteral("Go"), &parent);
        button->setObjectName(QStringLiteral("goButton"));
        layout->addWidget(button);
        auto* overlay = new WatermarkOverlay(QStringLiteral("TRAINING"), &parent);
        parent.resize(300, 200);
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        auto* go = parent.findChild<QPushButton*>(QStringLiteral("goButton"));
        QVERIFY(go);
        const QPoint at = go->mapTo(&parent, go->rect().center());
        QVERIFY(overlay->geometry().contains(at)); // the overlay is on top of the button there
        QVERIFY(overlay->isVisible());
        QSignalSpy clicked(go, &QPushButton::clicked);
        QTest::mouseClick(parent.windowHandle(), Qt::LeftButton, {}, at);
        QCOMPARE(clicked.size(), 1);

        // The same click with the overlay taking mouse events stops at the overlay: the check above
        // would catch an overlay that swallows clicks.
        overlay->setAttribute(Qt::WA_TransparentForMouseEvents, false);
        QTest::mouseClick(parent.windowHandle(), Qt::LeftButton, {}, at);
        QCOMPARE(clicked.size(), 1);
        overlay->setAttribute(Qt::WA_TransparentForMouseEvents, true);
        QTest::mouseClick(parent.windowHandle(), Qt::LeftButton, {}, at);
        QCOMPARE(clicked.size(), 2);
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
