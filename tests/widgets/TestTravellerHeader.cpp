// The traveller header as a widget: it shows the strings it is given, one label each, marks the
// validity and the problems with a glyph as well as a colour, hides what it has nothing for, and
// tells a screen reader everything it shows. (What the strings say is tests/ui/TestTravellerHeader.)
#include "tests/support/TestHygiene.h"
#include "widgets/ImageView.h"
#include "widgets/TravellerHeader.h"

#include <QLabel>
#include <QtTest>

using bd::widgets::TravellerHeader;

namespace {

TravellerHeader::Content content(TravellerHeader::Tone tone = TravellerHeader::Tone::Good)
{
    TravellerHeader::Content c;
    c.name = QStringLiteral("ERIKSSON, ANNA MARIA");
    c.facts = QStringLiteral("Passport L898902C3 · nationality UTO · 52 years old (born 1974-08-12) · female");
    c.validity = QStringLiteral("Document valid until 2030-04-15.");
    c.validityTone = tone;
    return c;
}

const QLabel* label(const TravellerHeader& header, const char* name)
{
    return header.findChild<QLabel*>(QLatin1String(name));
}

} // namespace

class TestTravellerHeader : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void showsEachLineInItsLabel()
    {
        TravellerHeader header;
        header.setContent(content());
        QCOMPARE(label(header, "travellerName")->text(), QStringLiteral("ERIKSSON, ANNA MARIA"));
        QCOMPARE(label(header, "travellerFacts")->text(), content().facts);
        QCOMPARE(label(header, "travellerValidity")->text(), QStringLiteral("\u2714 Document valid until 2030-04-15."));
        QVERIFY(label(header, "travellerProblems")->isHidden()); // no problems, no empty line
        for (const char* name : { "travellerName", "travellerFacts", "travellerValidity" })
            QVERIFY2(!label(header, name)->isHidden(), name);
        QCOMPARE(header.content().name, content().name);
    }

    void toneIsAGlyphNotOnlyAColour_data()
    {
        QTest::addColumn<TravellerHeader::Tone>("tone");
        QTest::addColumn<QString>("glyph");
        QTest::newRow("neutral") << TravellerHeader::Tone::Neutral << QString();
        QTest::newRow("good") << TravellerHeader::Tone::Good << QStringLiteral("\u2714 ");
        QTest::newRow("caution") << TravellerHeader::Tone::Caution << QStringLiteral("\u26A0 ");
        QTest::newRow("problem") << TravellerHeader::Tone::Problem << QStringLiteral("\u2716 ");
    }
    void toneIsAGlyphNotOnlyAColour()
    {
        QFETCH(TravellerHeader::Tone, tone);
        QFETCH(QString, glyph);
        TravellerHeader header;
        header.setContent(content(tone));
        QCOMPARE(label(header, "travellerValidity")->text(), glyph + content().validity);
        // Each tone has its own look as well.
        QSet<QString> styles;
        for (auto t : { TravellerHeader::Tone::Neutral, TravellerHeader::Tone::Good, TravellerHeader::Tone::Caution,
                 TravellerHeader::Tone::Problem }) {
            header.setContent(content(t));
            styles.insert(label(header, "travellerValidity")->styleSheet());
        }
        QCOMPARE(styles.size(), 4);
    }

    void problemsAreOneMarkedLineEach()
    {
        TravellerHeader header;
        auto c = content();
        c.problems = { QStringLiteral("Zone NOT valid: check digit of the document number."),
            QStringLiteral("UNVERIFIED: a corrected character in the name.") };
        header.setContent(c);
        const QLabel* problems = label(header, "travellerProblems");
        QVERIFY(!problems->isHidden());
        QCOMPARE(problems->text(),
            QStringLiteral("\u2716 Zone NOT valid: check digit of the document number.\n"
                           "\u2716 UNVERIFIED: a corrected character in the name."));
    }

    void emptyLinesAreHidden()
    {
        TravellerHeader header;
        TravellerHeader::Content c;
        c.name = QStringLiteral("ERIKSSON, ANNA MARIA");
        header.setContent(c);
        QVERIFY(label(header, "travellerFacts")->isHidden());
        QVERIFY(label(header, "travellerValidity")->isHidden());
        QVERIFY(label(header, "travellerProblems")->isHidden());
        QCOMPARE(header.summaryText(), QStringLiteral("ERIKSSON, ANNA MARIA"));
    }

    void screenReaderHearsEverythingShown()
    {
        TravellerHeader header;
        auto c = content(TravellerHeader::Tone::Problem);
        c.problems = { QStringLiteral("Zone NOT valid.") };
        header.setContent(c);
        QCOMPARE(header.accessibleName(), QStringLiteral("Traveller"));
        QCOMPARE(header.accessibleDescription(),
            QStringList(
                { c.name, c.facts, QStringLiteral("\u2716 ") + c.validity, QStringLiteral("\u2716 Zone NOT valid.") })
                .join(QLatin1Char('\n')));
        QCOMPARE(header.accessibleDescription(), header.summaryText());
        const auto* portrait = header.findChild<bd::widgets::ImageView*>(QStringLiteral("travellerPortrait"));
        QVERIFY(portrait);
        QCOMPARE(portrait->accessibleName(), QStringLiteral("Traveller portrait"));
    }

    void textIsPlainNeverMarkup()
    {
        TravellerHeader header;
        auto c = content();
        c.name = QStringLiteral("<b>O'BRIEN</b> <img src=\"file:///etc/passwd\">");
        header.setContent(c);
        for (const char* name : { "travellerName", "travellerFacts", "travellerValidity", "travellerProblems" })
            QCOMPARE(label(header, name)->textFormat(), Qt::PlainText);
        QCOMPARE(label(header, "travellerName")->text(), c.name);
    }

    void portraitAndItsCaption()
    {
        TravellerHeader header;
        header.setContent(content());
        const auto* portrait = header.findChild<bd::widgets::ImageView*>(QStringLiteral("travellerPortrait"));
        const QLabel* caption = label(header, "travellerPortraitCaption");
        QVERIFY(portrait && caption);
        QVERIFY(!portrait->isHidden());

        QImage face(60, 80, QImage::Format_RGB32);
        face.fill(Qt::gray);
        header.setPortrait(face, QStringLiteral("training portrait"));
        QVERIFY(header.hasPortrait());
        QCOMPARE(portrait->image(), face);
        QCOMPARE(caption->text(), QStringLiteral("training portrait"));
        QCOMPARE(header.portraitCaption(), QStringLiteral("training portrait"));
        QCOMPARE(portrait->accessibleDescription(), QStringLiteral("training portrait"));

        // No image: the words take the portrait's place, and no caption claims a portrait.
        header.setPortrait(QImage(), QStringLiteral("no portrait in the chip"));
        QVERIFY(!header.hasPortrait());
        QVERIFY(portrait->image().isNull());
        QCOMPARE(caption->text(), QString());
        QCOMPARE(portrait->accessibleDescription(), QStringLiteral("no portrait in the chip"));
    }

    void emptyHeaderSaysOneThing()
    {
        TravellerHeader header;
        header.setContent(content());
        QImage face(60, 80, QImage::Format_RGB32);
        face.fill(Qt::gray);
        header.setPortrait(face, QStringLiteral("document portrait"));

        header.showEmpty(QStringLiteral("No document read yet."));
        QCOMPARE(label(header, "travellerName")->text(), QStringLiteral("No document read yet."));
        for (const char* name :
            { "travellerFacts", "travellerValidity", "travellerProblems", "travellerPortraitCaption" })
            QVERIFY2(label(header, name)->isHidden(), name);
        QVERIFY(header.findChild<bd::widgets::ImageView*>(QStringLiteral("travellerPortrait"))->isHidden());
        QVERIFY(!header.hasPortrait());
        QCOMPARE(header.content().name, QStringLiteral("No document read yet."));
        QCOMPARE(header.accessibleDescription(), QStringLiteral("No document read yet."));
        QCOMPARE(header.summaryText(), QStringLiteral("No document read yet."));

        // The next traveller brings the portrait's place back.
        header.setContent(content());
        QVERIFY(!header.findChild<bd::widgets::ImageView*>(QStringLiteral("travellerPortrait"))->isHidden());
    }
};

QTEST_MAIN(TestTravellerHeader)
#include "TestTravellerHeader.moc"
