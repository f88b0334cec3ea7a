// FlowLayout puts items left to right at their size hints and starts a new row when the next item
// does not fit: nothing is squeezed, cut off or laid over another item; hidden items take no room.
#include "tests/support/TestHygiene.h"
#include "widgets/FlowLayout.h"

#include <QPointer>
#include <QVBoxLayout>
#include <QtTest>

using bd::widgets::FlowLayout;

namespace {

// A box of a fixed size (its size hint), named box-<n>.
QWidget* box(QWidget* parent, int n, QSize size = QSize(100, 20))
{
    auto* w = new QWidget(parent);
    w->setObjectName(QStringLiteral("box-%1").arg(n));
    w->setFixedSize(size);
    return w;
}

} // namespace

class TestFlowLayout : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void oneRowWhenThereIsRoom()
    {
        QWidget host;
        auto* flow = new FlowLayout(&host, 6);
        for (int i = 0; i < 3; ++i)
            flow->addWidget(box(&host, i));
        QCOMPARE(flow->count(), 3);
        QCOMPARE(flow->sizeHint(), QSize(3 * 100 + 2 * 6, 20)); // one row of every item and the spacing
        QCOMPARE(flow->heightForWidth(400), 20);
        flow->setGeometry(QRect(0, 0, 400, 20));
        QCOMPARE(flow->rowCount(), 1);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(host.findChild<QWidget*>(QStringLiteral("box-%1").arg(i))->geometry(), QRect(i * 106, 0, 100, 20));
    }

    void wrapsToANewRowInsteadOfSqueezing_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("rows");
        QTest::newRow("exactly one row") << 312 << 1; // 100 + 6 + 100 + 6 + 100
        QTest::newRow("one pixel short") << 311 << 2;
        QTest::newRow("two per row") << 250 << 2;
        QTest::newRow("one per row") << 150 << 3;
        QTest::newRow("narrower than an item") << 60 << 3;
    }
    void wrapsToANewRowInsteadOfSqueezing()
    {
        QFETCH(int, width);
        QFETCH(int, rows);
        QWidget host;
        auto* flow = new FlowLayout(&host, 6);
        for (int i = 0; i < 3; ++i)
            flow->addWidget(box(&host, i));
        const int height = flow->heightForWidth(width);
        QCOMPARE(height, rows * 20 + (rows - 1) * 6);
        flow->setGeometry(QRect(0, 0, width, height));
        QCOMPARE(flow->rowCount(), rows);
        QList<QRect> placed;
        for (int i = 0; i < 3; ++i) {
            const QRect g = host.findChild<QWidget*>(QStringLiteral("box-%1").arg(i))->geometry();
            QCOMPARE(g.size(), QSize(100, 20)); // never squeezed
            QVERIFY2(g.bottom() < height, qPrintable(QStringLiteral("box-%1 below the height").arg(i)));
            // Within the width, unless a single item is wider than the row (then it starts the row).
            QVERIFY(g.right() < width || g.left() == 0);
            for (const QRect& other : std::as_const(placed))
                QVERIFY2(!g.intersects(other), qPrintable(QStringLiteral("box-%1 overlaps").arg(i)));
            placed << g;
        }
        // Reading order: left to right, then top to bottom.
        for (int i = 1; i < 3; ++i)
            QVERIFY(placed[i].top() > placed[i - 1].top()
                || (placed[i].top() == placed[i - 1].top() && placed[i].left() > placed[i - 1].right()));
    }

    void hiddenItemsTakeNoRoom()
    {
        QWidget host;
        auto* flow = new FlowLayout(&host, 6);
        for (int i = 0; i < 3; ++i)
            flow->addWidget(box(&host, i));
        host.findChild<QWidget*>(QStringLiteral("box-1"))->hide();
        QCOMPARE(flow->sizeHint(), QSize(2 * 100 + 6, 20));
        QCOMPARE(flow->heightForWidth(206), 20);
        flow->setGeometry(QRect(0, 0, 206, 20));
        QCOMPARE(flow->rowCount(), 1);
        QCOMPARE(host.findChild<QWidget*>(QStringLiteral("box-2"))->geometry(), QRect(106, 0, 100, 20));
    }

    void marginsAndMinimumSize()
    {
        QWidget host;
        auto* flow = new FlowLayout(&host, 4);
        flow->setContentsMargins(5, 7, 11, 13);
        flow->addWidget(box(&host, 0, QSize(50, 10)));
        flow->addWidget(box(&host, 1, QSize(80, 30)));
        // The minimum is the largest item (each can be on a row of its own), plus the margins.
        QCOMPARE(flow->minimumSize(), QSize(80 + 5 + 11, 30 + 7 + 13));
        QCOMPARE(flow->sizeHint(), QSize(50 + 4 + 80 + 5 + 11, 30 + 7 + 13));
        flow->setGeometry(QRect(0, 0, 100, flow->heightForWidth(100)));
        QCOMPARE(flow->rowCount(), 2);
        QCOMPARE(host.findChild<QWidget*>(QStringLiteral("box-0"))->geometry(), QRect(5, 7, 50, 10));
        QCOMPARE(host.findChild<QWidget*>(QStringLiteral("box-1"))->geometry(), QRect(5, 7 + 10 + 4, 80, 30));
        QCOMPARE(flow->heightForWidth(100), 7 + 10 + 4 + 30 + 13);
    }

    // In a window, the flow asks its parent layout for the height its rows need at the window's
    // width: narrower means more rows and a taller window, never hidden items.
    void growsTallerAsTheWindowNarrows()
    {
        QWidget window;
        auto* column = new QVBoxLayout(&window);
        column->setContentsMargins(0, 0, 0, 0);
        auto* host = new QWidget;
        auto* flow = new FlowLayout(host, 6);
        for (int i = 0; i < 6; ++i)
            flow->addWidget(box(host, i));
        column->addWidget(host);
        column->addStretch();
        QVERIFY(flow->hasHeightForWidth());
        window.resize(700, 200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(flow->rowCount(), 1);
        const int oneRow = host->height();
        window.resize(330, 200);
        QTRY_COMPARE(flow->rowCount(), 2);
        QVERIFY(host->height() > oneRow);
        for (int i = 0; i < 6; ++i) {
            const QWidget* b = host->findChild<QWidget*>(QStringLiteral("box-%1").arg(i));
            QVERIFY(host->rect().contains(b->geometry()));
        }
    }

    void takeAtHandsTheItemOver()
    {
        QWidget host;
        auto* flow = new FlowLayout(&host);
        QPointer<QWidget> first = box(&host, 0);
        flow->addWidget(first);
        flow->addWidget(box(&host, 1));
        QCOMPARE(flow->takeAt(5), nullptr);
        QCOMPARE(flow->takeAt(-1), nullptr);
        QCOMPARE(flow->itemAt(2), nullptr);
        QLayoutItem* item = flow->takeAt(0);
        QVERIFY(item);
        QCOMPARE(item->widget(), first.data());
        QCOMPARE(flow->count(), 1);
        QCOMPARE(flow->itemAt(0)->widget()->objectName(), QStringLiteral("box-1"));
        delete item; // the item, not its widget
        QVERIFY(first);
    }
};

QTEST_MAIN(TestFlowLayout)
#include "TestFlowLayout.moc"
