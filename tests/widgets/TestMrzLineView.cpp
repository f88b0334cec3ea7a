#include "tests/support/TestHygiene.h"
#include "widgets/MrzLineView.h"

#include <QImage>
#include <QTest>

using bd::widgets::MrzLineView;

class TestMrzLineView : public QObject
{
    Q_OBJECT

    static QColor cellCentre(const QImage& img, const MrzLineView& view, int line, int column)
    {
        // Cells are laid out left to right after a fixed padding; sample the cell's corner area.
        const QSize hint = view.sizeHint();
        const int columns = 44;
        const double cellW = (hint.width() - 20) / double(columns);
        const double cellH = (hint.height() - 20) / 2.0;
        return img.pixelColor(int(10 + column * cellW + 2), int(10 + line * cellH + 3));
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void problemWinsOverChange()
    {
        MrzLineView view;
        view.setLines({ QStringLiteral("ABC"), QStringLiteral("DEF") });
        view.setHighlights({ { 1, 0, 3, MrzLineView::Mark::Changed }, { 1, 1, 1, MrzLineView::Mark::Problem } });
        QCOMPARE(view.markAt(1, 0), MrzLineView::Mark::Changed);
        QCOMPARE(view.markAt(1, 1), MrzLineView::Mark::Problem);
        QCOMPARE(view.markAt(1, 3), MrzLineView::Mark::None);
        QCOMPARE(view.markAt(0, 0), MrzLineView::Mark::None);
        view.clear();
        QVERIFY(view.lines().isEmpty());
        QVERIFY(view.highlights().isEmpty());
    }

    void sizeFollowsLines()
    {
        MrzLineView view;
        view.setLines({ QString(44, u'<'), QString(44, u'<') });
        const QSize two = view.sizeHint();
        view.setLines({ QString(30, u'<'), QString(30, u'<'), QString(30, u'<') });
        const QSize three = view.sizeHint();
        QVERIFY(three.height() > two.height());
        QVERIFY(two.width() > 0);
    }

    void marksArePainted()
    {
        MrzLineView view;
        view.setLines({ QString(44, u'<'), QString(44, u'<') });
        view.setHighlights({ { 0, 5, 1, MrzLineView::Mark::Changed }, { 1, 7, 1, MrzLineView::Mark::Problem } });
        view.resize(view.sizeHint());
        const QImage img = view.grab().toImage();
        const QColor changed = cellCentre(img, view, 0, 5);
        const QColor problem = cellCentre(img, view, 1, 7);
        const QColor plain = cellCentre(img, view, 0, 20);
        QVERIFY2(changed.red() > 200 && changed.blue() < 120, qPrintable(changed.name())); // amber
        QVERIFY2(problem.red() > 200 && problem.green() < 190, qPrintable(problem.name())); // red
        QVERIFY2(plain.red() > 230 && plain.blue() > 230, qPrintable(plain.name())); // background
    }
};

QTEST_MAIN(TestMrzLineView)
#include "TestMrzLineView.moc"
