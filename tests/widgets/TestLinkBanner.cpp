// A link banner tells the officer about one kind of link between records: a heading and what to
// do, in plain text that wraps instead of being cut off, read out by a screen reader as its name
// and description; its shape, accent and border pattern each carry the meaning without colour.
#include "tests/support/TestHygiene.h"
#include "widgets/LinkBanner.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtTest>

using bd::widgets::LinkBadge;
using bd::widgets::LinkBanner;

namespace {

const QColor kAccent(0xb3, 0x26, 0x1e);
const QColor kBackground(0xfd, 0xe0, 0xdc);

QImage render(LinkBanner& banner, QSize size)
{
    banner.resize(size);
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    banner.render(&image);
    return image;
}

bool closeTo(const QColor& a, const QColor& b, int tolerance = 8)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
        && qAbs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestLinkBanner : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void headingAndBodyAreShownAndNamed()
    {
        LinkBanner banner;
        banner.setBanner(LinkBadge::Shape::Octagon, kAccent, kBackground, Qt::SolidLine,
            QStringLiteral("RED LINK: DIFFERENT IDENTITIES"),
            QStringLiteral("The same face is held under two identities. Refer to second line."));
        const auto* heading = banner.findChild<QLabel*>(QStringLiteral("linkBannerHeading"));
        const auto* body = banner.findChild<QLabel*>(QStringLiteral("linkBannerBody"));
        QVERIFY(heading && body);
        QCOMPARE(heading->text(), QStringLiteral("RED LINK: DIFFERENT IDENTITIES"));
        QCOMPARE(body->text(), QStringLiteral("The same face is held under two identities. Refer to second line."));
        QVERIFY(!body->isHidden());
        QCOMPARE(banner.accessibleName(), heading->text());
        QCOMPARE(banner.accessibleDescription(), body->text());
        QCOMPARE(banner.text(), heading->text() + QLatin1Char('\n') + body->text());
        QCOMPARE(banner.shape(), LinkBadge::Shape::Octagon);
        QCOMPARE(banner.accent(), kAccent);
        QCOMPARE(banner.borderStyle(), Qt::SolidLine);
    }

    void noBodyNoEmptyLine()
    {
        LinkBanner banner;
        banner.setBanner(LinkBadge::Shape::Triangle, Qt::darkYellow, Qt::yellow, Qt::DashLine,
            QStringLiteral("YELLOW LINK"), QStringLiteral("to be verified"));
        banner.setBanner(
            LinkBadge::Shape::Triangle, Qt::darkYellow, Qt::yellow, Qt::DashLine, QStringLiteral("YELLOW LINK"), {});
        QVERIFY(banner.findChild<QLabel*>(QStringLiteral("linkBannerBody"))->isHidden());
        QCOMPARE(banner.text(), QStringLiteral("YELLOW LINK"));
        QCOMPARE(banner.accessibleDescription(), QString());
    }

    void textIsPlainNeverMarkup()
    {
        LinkBanner banner;
        const QString heading = QStringLiteral("<b>RED</b> <img src=\"file:///etc/passwd\">");
        banner.setBanner(LinkBadge::Shape::Octagon, kAccent, kBackground, Qt::SolidLine, heading, heading);
        for (const char* name : { "linkBannerHeading", "linkBannerBody" }) {
            const auto* label = banner.findChild<QLabel*>(QLatin1String(name));
            QCOMPARE(label->textFormat(), Qt::PlainText);
            QCOMPARE(label->text(), heading);
        }
    }

    void longTextWrapsInsteadOfBeingCut()
    {
        QWidget panel;
        auto* layout = new QVBoxLayout(&panel);
        auto* banner = new LinkBanner;
        layout->addWidget(banner);
        layout->addStretch();
        const QString body = QStringLiteral(
            "Die Datensätze gehören möglicherweise zu verschiedenen Personen mit demselben Gesicht. Verweisen Sie "
            "an die zweite Linie; führen Sie die Identitäten nicht zusammen und verlassen Sie sich auf keine davon.");
        banner->setBanner(LinkBadge::Shape::Octagon, kAccent, kBackground, Qt::SolidLine,
            QStringLiteral("ROTE VERKNÜPFUNG: VERSCHIEDENE IDENTITÄTEN"), body);
        panel.resize(360, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (const char* name : { "linkBannerHeading", "linkBannerBody" }) {
            const auto* label = banner->findChild<QLabel*>(QLatin1String(name));
            QVERIFY(label->wordWrap());
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                qPrintable(QStringLiteral("%1: %2 < %3")
                               .arg(QLatin1String(name))
                               .arg(label->height())
                               .arg(label->heightForWidth(label->width()))));
            QVERIFY(label->geometry().right() < banner->width());
            // Right of the symbol: the words never run over the shape.
            QVERIFY(label->geometry().left() > 40);
        }
        QVERIFY(banner->height() >= banner->minimumHeight());
        QVERIFY(banner->minimumHeight() >= 40 + 20); // the symbol and its margins
    }

    void accentBackgroundAndSymbolArePainted()
    {
        LinkBanner banner;
        banner.setBanner(
            LinkBadge::Shape::Square, kAccent, kBackground, Qt::SolidLine, QStringLiteral("LINK"), QString());
        const QImage image = render(banner, QSize(400, 80));
        // The accent bar at the left edge, the symbol (40 px, 14 px from the left) in the accent,
        // and the tinted background between the symbol and the text.
        QVERIFY2(closeTo(image.pixelColor(5, 40), kAccent), qPrintable(image.pixelColor(5, 40).name()));
        QVERIFY2(closeTo(image.pixelColor(14 + 20, 40), kAccent), qPrintable(image.pixelColor(34, 40).name()));
        QVERIFY2(closeTo(image.pixelColor(60, 6), kBackground), qPrintable(image.pixelColor(60, 6).name()));
    }

    void borderPatternDiffersWithoutColour()
    {
        QList<QImage> images;
        for (Qt::PenStyle border : { Qt::SolidLine, Qt::DashLine, Qt::DotLine }) {
            LinkBanner banner;
            banner.setBanner(LinkBadge::Shape::Circle, Qt::gray, Qt::white, border, QStringLiteral("LINK"), QString());
            images << render(banner, QSize(400, 80)).convertToFormat(QImage::Format_Grayscale8);
        }
        // The top border, where no text is drawn.
        for (int a = 0; a < images.size(); ++a)
            for (int b = a + 1; b < images.size(); ++b)
                QVERIFY2(images.at(a).copy(60, 0, 300, 4) != images.at(b).copy(60, 0, 300, 4),
                    qPrintable(QStringLiteral("border %1 vs %2").arg(a).arg(b)));
    }
};

QTEST_MAIN(TestLinkBanner)
#include "TestLinkBanner.moc"
