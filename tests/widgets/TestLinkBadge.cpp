// A link badge says what kind of link it is three ways — the colour, the shape and the words —
// so that each carries the meaning on its own; its words are its accessible name and a plain-text
// tool tip, and it is always as wide as its words.
#include "tests/support/TestHygiene.h"
#include "widgets/LinkBadge.h"

#include <QTextDocument>
#include <QtTest>

using bd::widgets::LinkBadge;

namespace {

QList<LinkBadge::Shape> allShapes()
{
    return { LinkBadge::Shape::Circle, LinkBadge::Shape::Triangle, LinkBadge::Shape::Square,
        LinkBadge::Shape::Octagon };
}

// The badge as drawn on white (not on the window background), at the given size or its size hint.
QImage render(LinkBadge& badge, QSize size = {})
{
    badge.resize(size.isValid() ? size : badge.sizeHint());
    QImage image(badge.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    badge.render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

// The shape's square (the badge's height, at the left) as black and white: the outline and the
// filled area, whatever the colour.
QByteArray shapeMask(const QImage& image)
{
    const int side = image.height();
    QByteArray bits;
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            bits.append(qGray(image.pixel(x, y)) < 250 ? '1' : '0');
    return bits;
}

bool closeTo(const QColor& a, const QColor& b, int tolerance = 8)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
        && qAbs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestLinkBadge : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void saysWhatItIs()
    {
        LinkBadge badge;
        QCOMPARE(badge.accessibleName(), QStringLiteral("link")); // never unnamed, even before it is set
        badge.setBadge(LinkBadge::Shape::Octagon, QColor(0xb3, 0x26, 0x1e), QStringLiteral("RED: different people"));
        QCOMPARE(badge.shape(), LinkBadge::Shape::Octagon);
        QCOMPARE(badge.colour(), QColor(0xb3, 0x26, 0x1e));
        QCOMPARE(badge.text(), QStringLiteral("RED: different people"));
        QCOMPARE(badge.accessibleName(), QStringLiteral("RED: different people"));
        QCOMPARE(badge.toolTip(), Qt::convertFromPlainText(badge.text(), Qt::WhiteSpaceNormal));
    }

    void wordsAreNeverRichText()
    {
        LinkBadge badge;
        const QString hostile = QStringLiteral("<b>GREEN</b> & <i>same</i>");
        badge.setBadge(LinkBadge::Shape::Square, Qt::green, hostile);
        QCOMPARE(badge.accessibleName(), hostile);
        QVERIFY2(badge.toolTip().contains(QStringLiteral("&lt;b&gt;GREEN&lt;/b&gt; &amp; &lt;i&gt;same&lt;/i&gt;")),
            qPrintable(badge.toolTip()));
    }

    void asWideAsItsWords()
    {
        LinkBadge badge;
        badge.setBadge(LinkBadge::Shape::Circle, Qt::white, QStringLiteral("WHITE"));
        const QSize shortHint = badge.sizeHint();
        const QString longer = QStringLiteral("WEISS: dieselbe Person in mehreren Systemen");
        badge.setBadge(LinkBadge::Shape::Circle, Qt::white, longer);
        const QSize longHint = badge.sizeHint();
        const QFontMetrics fm(badge.font());
        QVERIFY(longHint.width() > shortHint.width());
        QCOMPARE(longHint.height(), shortHint.height());
        // The shape (a square of the badge's height) and the whole text fit in the hint.
        QVERIFY(longHint.width() >= longHint.height() + fm.horizontalAdvance(longer));
        QVERIFY(longHint.height() > fm.height());
        QCOMPARE(badge.minimumSizeHint(), badge.sizeHint()); // a layout never squeezes the words
    }

    void shapeIsFilledWithTheColour()
    {
        const QColor colour(0x1e, 0x7a, 0x3c);
        for (LinkBadge::Shape shape : allShapes()) {
            LinkBadge badge;
            badge.setBadge(shape, colour, QStringLiteral("GREEN"));
            const QImage image = render(badge);
            const int side = image.height();
            // The centre of the shape (a triangle's centroid lies a little lower).
            const QColor centre = image.pixelColor(side / 2, side * 3 / 5);
            QVERIFY2(closeTo(centre, colour), qPrintable(QStringLiteral("%1: %2").arg(int(shape)).arg(centre.name())));
        }
    }

    void shapesDifferWithoutColour()
    {
        QList<QByteArray> masks;
        for (LinkBadge::Shape shape : allShapes()) {
            LinkBadge badge;
            badge.setBadge(shape, QColor(0x88, 0x88, 0x88), QStringLiteral("LINK"));
            masks << shapeMask(render(badge));
        }
        for (int a = 0; a < masks.size(); ++a)
            for (int b = a + 1; b < masks.size(); ++b)
                QVERIFY2(masks.at(a) != masks.at(b), qPrintable(QStringLiteral("shape %1 vs %2").arg(a).arg(b)));
    }

    void wordsArePainted()
    {
        LinkBadge badge;
        badge.setBadge(LinkBadge::Shape::Circle, Qt::yellow, QStringLiteral("YELLOW: check"));
        const QImage with = render(badge);
        const int side = with.height();
        badge.setBadge(LinkBadge::Shape::Circle, Qt::yellow, QString());
        const QImage without = render(badge, with.size());
        // The shape is the same, the part right of it is not.
        QCOMPARE(with.copy(0, 0, side, side), without.copy(0, 0, side, side));
        QVERIFY(with.copy(side, 0, with.width() - side, side) != without.copy(side, 0, with.width() - side, side));
    }
};

QTEST_MAIN(TestLinkBadge)
#include "TestLinkBadge.moc"
