// The inline status banner: hidden until there is something to say, then the message in a
// wrapping, selectable label, each kind in its own colours keyed on the banner's object name (pages
// rename their banners), and hidden again when cleared.
#include "tests/support/TestHygiene.h"
#include "widgets/StatusBanner.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QtTest>

using bd::widgets::StatusBanner;

namespace {

QList<StatusBanner::Kind> allKinds()
{
    return { StatusBanner::Kind::Information, StatusBanner::Kind::Success, StatusBanner::Kind::Warning,
        StatusBanner::Kind::Error };
}

// The banner's background, sampled inside its border and outside the text.
QColor background(StatusBanner& banner)
{
    const QImage image = banner.grab().toImage();
    return image.pixelColor(4, image.height() / 2);
}

} // namespace

class TestStatusBanner : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void hiddenUntilThereIsAMessage()
    {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* banner = new StatusBanner;
        layout->addWidget(banner);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!banner->isVisible());
        QCOMPARE(banner->text(), QString());
        QCOMPARE(banner->objectName(), QStringLiteral("statusBanner"));

        banner->showMessage(StatusBanner::Kind::Warning, QStringLiteral("Zone valid, with 2 remark(s) below."));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), StatusBanner::Kind::Warning);
        QCOMPARE(banner->text(), QStringLiteral("Zone valid, with 2 remark(s) below."));
        const auto* label = banner->findChild<QLabel*>(QStringLiteral("statusBannerLabel"));
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), banner->text());

        // A message quoting what a document or the gateway said is shown as written, never as markup.
        const QString quoted = QStringLiteral("Gateway said: <b>valid</b> <img src=\"x.png\">");
        banner->showMessage(StatusBanner::Kind::Error, quoted);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), quoted);

        banner->clear();
        QVERIFY(!banner->isVisible());
        QCOMPARE(banner->text(), QString());
        QCOMPARE(label->text(), QString());
    }

    void laterMessageReplacesTheEarlierOne()
    {
        StatusBanner banner;
        banner.showMessage(StatusBanner::Kind::Error, QStringLiteral("Zone NOT valid: 1 problem(s) found."));
        banner.showMessage(StatusBanner::Kind::Success, QStringLiteral("Zone valid: every check digit passes."));
        QCOMPARE(banner.kind(), StatusBanner::Kind::Success);
        QCOMPARE(banner.text(), QStringLiteral("Zone valid: every check digit passes."));
        QVERIFY(!banner.styleSheet().contains(QStringLiteral("#fde7e7"))); // the error colours are gone
    }

    void officerCanSelectAndReadTheWholeMessage()
    {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* banner = new StatusBanner;
        layout->addWidget(banner);
        layout->addStretch();
        banner->showMessage(StatusBanner::Kind::Error,
            QStringLiteral("Zone read, but UNVERIFIED: corrected characters in surname, given names are not covered "
                           "by any check digit. Compare them with the data page."));
        page.resize(320, 400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto* label = banner->findChild<QLabel*>(QStringLiteral("statusBannerLabel"));
        QVERIFY(label->wordWrap());
        QVERIFY(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
            qPrintable(QStringLiteral("%1 < %2").arg(label->height()).arg(label->heightForWidth(label->width()))));
        QVERIFY(label->geometry().right() < banner->width());
    }

    void eachKindHasItsOwnColours()
    {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* banner = new StatusBanner;
        layout->addWidget(banner);
        page.resize(400, 120);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QList<QColor> seen;
        for (StatusBanner::Kind kind : allKinds()) {
            banner->showMessage(kind, QStringLiteral("message"));
            const QColor c = background(*banner);
            QVERIFY2(c != QColor(Qt::white) && !seen.contains(c),
                qPrintable(QStringLiteral("kind %1: %2").arg(int(kind)).arg(c.name())));
            seen << c;
        }
        // Errors are drawn in red, successes in green.
        banner->showMessage(StatusBanner::Kind::Error, QStringLiteral("message"));
        QColor c = background(*banner);
        QVERIFY2(c.red() > c.green() && c.red() > c.blue(), qPrintable(c.name()));
        banner->showMessage(StatusBanner::Kind::Success, QStringLiteral("message"));
        c = background(*banner);
        QVERIFY2(c.green() > c.red() && c.green() > c.blue(), qPrintable(c.name()));
    }

    // A page gives its banner its own name; the colours follow the new name.
    void coloursFollowARenamedBanner()
    {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* banner = new StatusBanner;
        banner->setObjectName(QStringLiteral("documentBanner"));
        layout->addWidget(banner);
        page.resize(400, 120);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        banner->showMessage(StatusBanner::Kind::Error, QStringLiteral("message"));
        QVERIFY2(banner->styleSheet().startsWith(QStringLiteral("QFrame#documentBanner{")),
            qPrintable(banner->styleSheet()));
        const QColor c = background(*banner);
        QVERIFY2(c.red() > c.green() && c.red() > c.blue(), qPrintable(c.name()));
        QCOMPARE(page.findChild<StatusBanner*>(QStringLiteral("documentBanner")), banner);
    }
};

QTEST_MAIN(TestStatusBanner)
#include "TestStatusBanner.moc"
