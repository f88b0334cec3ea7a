#include "tests/support/TestHygiene.h"
#include "widgets/StayBar.h"

#include <QVBoxLayout>
#include <QtTest>

// The stay caption (days used, remaining, latest exit, next entry) is never cut off: it wraps
// inside the bar's width and the bar asks its layout for the height the wrapped text needs.
class TestStayBar : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void longCaptionWrapsAndFitsAtPanelWidths_data()
    {
        QTest::addColumn<int>("width");
        for (int w : { 300, 360, 420, 600 })
            QTest::newRow(qPrintable(QString::number(w))) << w;
    }

    void longCaptionWrapsAndFitsAtPanelWidths()
    {
        QFETCH(int, width);
        QWidget panel;
        auto* layout = new QVBoxLayout(&panel);
        auto* bar = new bd::widgets::StayBar;
        layout->addWidget(bar);
        layout->addStretch();
        bar->setDays(61, 90,
            QStringLiteral("61 von 90 Tagen genutzt · 29 verbleibend · spätestens Ausreise 2027-02-14 · "
                           "nächste mögliche Einreise 2027-03-01"));
        panel.resize(width, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY2(bar->captionFits(), qPrintable(QStringLiteral("%1x%2").arg(bar->width()).arg(bar->height())));
        // Narrower means taller, never clipped.
        QVERIFY(bar->heightForWidth(200) > bar->heightForWidth(1000));
    }

    void shortCaptionKeepsOneLine()
    {
        bd::widgets::StayBar bar;
        bar.setDays(10, 90, QStringLiteral("10 of 90"));
        const QFontMetrics fm(bar.font());
        QVERIFY(bar.heightForWidth(400) < 22 + 4 + 2 * fm.height());
    }
};

QTEST_MAIN(TestStayBar)
#include "TestStayBar.moc"
