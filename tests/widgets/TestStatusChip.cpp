// Status chips are as wide as their words (German is longer), each kind is told apart without
// colour (symbol and border pattern), and a flow of chips wraps to a new row instead of clipping.
#include "tests/support/TestHygiene.h"
#include "widgets/FlowLayout.h"
#include "widgets/StatusChip.h"

#include "widgets/LinkBadge.h"

#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>
#include <QtTest>

using bd::widgets::StatusChip;

namespace {

QList<StatusChip::Kind> allKinds()
{
    return { StatusChip::Kind::Waiting, StatusChip::Kind::Alarm, StatusChip::Kind::Clear, StatusChip::Kind::Warning,
        StatusChip::Kind::Withheld, StatusChip::Kind::Error, StatusChip::Kind::Attention, StatusChip::Kind::Information,
        StatusChip::Kind::Good };
}

} // namespace

class TestStatusChip : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void sizesToItsLongestLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("en") << QStringLiteral("Interpol TDAWN\nNEEDS ATTENTION\nsecond line: unaccompanied minor");
        QTest::newRow("de no hit") << QStringLiteral("Interpol SLTD\nKEIN TREFFER\nnichts gefunden");
        QTest::newRow("de not answered") << QStringLiteral("ECRIS-TCN\nNICHT BEANTWORTET\nZeitüberschreitung");
        QTest::newRow("de withheld") << QStringLiteral("Europol\nVORENTHALTEN\nfür Sie nicht abgefragt");
    }
    void sizesToItsLongestLine()
    {
        QFETCH(QString, text);
        for (StatusChip::Kind kind : allKinds()) {
            StatusChip chip;
            chip.setState(kind, text);
            chip.resize(chip.sizeHint());
            QVERIFY2(chip.textFits(), qPrintable(text));
            const QFontMetrics fm(chip.paintFont());
            for (const QString& line : text.split(QLatin1Char('\n')))
                QVERIFY(fm.horizontalAdvance(line) <= chip.contentsRect().width());
            QVERIFY(text.split(QLatin1Char('\n')).size() * fm.lineSpacing() <= chip.contentsRect().height() + 1);
            // Narrower than its words: said so.
            chip.resize(chip.sizeHint().width() / 2, chip.sizeHint().height());
            QVERIFY(!chip.textFits());
            QCOMPARE(chip.accessibleName(), QString(text).replace(QLatin1Char('\n'), QStringLiteral(" — ")));
        }
    }

    void kindsDifferWithoutColour()
    {
        // Rendered in grey, every kind still looks different (symbol, border pattern, hatch).
        QList<QImage> images;
        for (StatusChip::Kind kind : allKinds()) {
            StatusChip chip;
            chip.setState(kind, QStringLiteral("SIS\nSTATE"));
            chip.resize(chip.sizeHint());
            images << chip.grab().toImage().convertToFormat(QImage::Format_Grayscale8);
        }
        // Compare the symbol and the border only, each as black and white around its own mean:
        // shapes and patterns, not shades.
        const auto shape = [](const QImage& img) {
            const QImage part = img.copy(0, 0, 40, img.height());
            qint64 sum = 0;
            for (int y = 0; y < part.height(); ++y)
                for (int x = 0; x < part.width(); ++x)
                    sum += qGray(part.pixel(x, y));
            const int mean = int(sum / (part.width() * part.height()));
            QByteArray bits;
            for (int y = 0; y < part.height(); ++y)
                for (int x = 0; x < part.width(); ++x)
                    bits.append(qGray(part.pixel(x, y)) > mean ? '1' : '0');
            return bits;
        };
        for (int a = 0; a < images.size(); ++a)
            for (int b = a + 1; b < images.size(); ++b)
                QVERIFY2(
                    shape(images.at(a)) != shape(images.at(b)), qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(b)));
    }

    void flowWrapsInsteadOfClipping()
    {
        QWidget host;
        auto* flow = new bd::widgets::FlowLayout(&host, 6);
        QList<StatusChip*> chips;
        for (int i = 0; i < 9; ++i) {
            auto* c = new StatusChip;
            c->setState(
                StatusChip::Kind::Warning, QStringLiteral("Interpol TDAWN\nNICHT BEANTWORTET\nZeitüberschreitung"));
            flow->addWidget(c);
            chips << c;
        }
        host.resize(700, flow->heightForWidth(700));
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QVERIFY(flow->rowCount() > 1);
        QVERIFY(flow->heightForWidth(700) > flow->heightForWidth(4000));
        for (StatusChip* c : chips) {
            QVERIFY(c->geometry().right() < host.width());
            QVERIFY(c->geometry().bottom() < host.height());
            QVERIFY(c->textFits());
        }
    }

    // Text from a gateway in a tool tip is shown as plain text, never interpreted as rich text.
    void toolTipsArePlainText()
    {
        const QString hostile = QStringLiteral("<img src=\"file:///etc/passwd\"><b>all clear</b> & more");
        QVERIFY(Qt::mightBeRichText(hostile));
        bd::widgets::StatusChip chip;
        chip.setState(bd::widgets::StatusChip::Kind::Clear, QStringLiteral("SIS"));
        chip.setToolTip(QStringLiteral("as reported by the gateway: ") + hostile);
        chip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chip));
        QHelpEvent help(QEvent::ToolTip, QPoint(2, 2), chip.mapToGlobal(QPoint(2, 2)));
        QApplication::sendEvent(&chip, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), Qt::convertFromPlainText(chip.toolTip(), Qt::WhiteSpaceNormal));
        QVERIFY(QToolTip::text().contains(QStringLiteral("&lt;img")));
        QToolTip::hideText();

        bd::widgets::LinkBadge badge;
        badge.setBadge(bd::widgets::LinkBadge::Shape::Square, Qt::red, hostile);
        QVERIFY(badge.toolTip().contains(QStringLiteral("&lt;b&gt;all clear&lt;/b&gt; &amp; more")));
    }
};

QTEST_MAIN(TestStatusChip)
#include "TestStatusChip.moc"
