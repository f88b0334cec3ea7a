// The traveller header (issue 8, point 1): who is in front of the officer, from the document as
// read — name, document, nationality, age, validity — and the document's own problems in words.
#include "services/document/MrzParser.h"
#include "services/results/CheckFacts.h"
#include "tests/support/TestHygiene.h"
#include "ui/TravellerText.h"
#include "widgets/TravellerHeader.h"

#include <QLabel>
#include <QtTest>

using bd::ui::TravellerText;
using bd::widgets::TravellerHeader;

namespace {

const QDate kToday(2026, 11, 30);

TravellerHeader::Content contentFor(const QStringList& zone, const QDate& today = kToday)
{
    const auto record = bd::document::MrzParser::parse(zone, { today, true });
    return TravellerText::headerContent(record, bd::results::documentFactsFrom(record), today);
}

// ICAO 9303 Part 4 specimen, expiry 2030-04-15 (valid on kToday).
const QStringList kSpecimen { QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
    QStringLiteral("L898902C36UTO7408122F3004157ZE184226B<<<<<16") };

} // namespace

class TestTravellerHeader : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void validPassportSaysWhoAndUntilWhen()
    {
        const auto c = contentFor(kSpecimen);
        QCOMPARE(c.name, QStringLiteral("ERIKSSON, ANNA MARIA"));
        QVERIFY2(c.facts.contains(QLatin1String("Passport L898902C3")), qPrintable(c.facts));
        QVERIFY2(c.facts.contains(QLatin1String("nationality UTO")), qPrintable(c.facts));
        QVERIFY2(c.facts.contains(QLatin1String("52 years old (born 1974-08-12)")), qPrintable(c.facts));
        QVERIFY2(c.facts.contains(QLatin1String("female")), qPrintable(c.facts));
        QCOMPARE(c.validity, QStringLiteral("Document valid until 2030-04-15."));
        QCOMPARE(c.validityTone, TravellerHeader::Tone::Good);
        QVERIFY(c.problems.isEmpty());
    }

    void expiredAndExpiringAreMarked()
    {
        const auto expired = contentFor(kSpecimen, QDate(2030, 4, 16));
        QCOMPARE(expired.validityTone, TravellerHeader::Tone::Problem);
        QVERIFY2(expired.validity.contains(QLatin1String("EXPIRED on 2030-04-15")), qPrintable(expired.validity));
        const auto soon = contentFor(kSpecimen, QDate(2030, 2, 1));
        QCOMPARE(soon.validityTone, TravellerHeader::Tone::Caution);
        QVERIFY2(soon.validity.contains(QLatin1String("less than three months")), qPrintable(soon.validity));
        // The last day of validity is still valid.
        QCOMPARE(contentFor(kSpecimen, QDate(2030, 4, 15)).validityTone, TravellerHeader::Tone::Caution);
    }

    // An expiry that is no calendar date (month 13, check digit right): the header never says
    // "valid" — validity NOT KNOWN, in the problem tone, and the officer is sent to the data page.
    void unreadableExpiryIsNotKnown()
    {
        const auto c = contentFor({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("L898902C36UTO7408122F3013450ZE184226B<<<<<16") });
        QVERIFY2(c.validity.startsWith(QLatin1String("Validity NOT KNOWN")), qPrintable(c.validity));
        QVERIFY2(c.validity.contains(QLatin1String("check the data page")), qPrintable(c.validity));
        QVERIFY(!c.validity.contains(QLatin1String("valid until")));
        QCOMPARE(c.validityTone, TravellerHeader::Tone::Problem);
    }

    void minorIsSaidInWords()
    {
        QCOMPARE(TravellerText::ageOn(QDate(2010, 12, 1), kToday), 15);
        QCOMPARE(TravellerText::ageOn(QDate(2010, 11, 30), kToday), 16);
        QCOMPARE(TravellerText::ageOn(QDate(2027, 1, 1), kToday), -1);
        const auto c = contentFor({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("L898902C36UTO1012013F3004157ZE184226B<<<<<18") });
        QVERIFY2(c.facts.contains(QLatin1String("MINOR, 15 years old")), qPrintable(c.facts));
    }

    void invalidZoneAndUnverifiedRepairAreProblems()
    {
        // A wrong check digit: the zone is not valid, and the header says so.
        const auto broken = contentFor({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("L898902C37UTO7408122F3004157ZE184226B<<<<<16") });
        QVERIFY(!broken.problems.isEmpty());
        QVERIFY2(
            broken.problems.first().startsWith(QLatin1String("Zone NOT valid")), qPrintable(broken.problems.first()));
        // "0" read for "O" in the surname: the digits pass, no check digit covers the name.
        const auto repaired
            = contentFor({ QStringLiteral("P<UTOERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"), kSpecimen.at(1) });
        QCOMPARE(repaired.problems.size(), 1);
        QVERIFY2(
            repaired.problems.first().contains(QLatin1String("UNVERIFIED")), qPrintable(repaired.problems.first()));
        QVERIFY2(repaired.problems.first().contains(QLatin1String("the name")), qPrintable(repaired.problems.first()));
    }

    void headerShowsEveryLineAndTheTone()
    {
        TravellerHeader header;
        header.resize(900, 140);
        auto c = contentFor(kSpecimen, QDate(2030, 4, 16));
        c.problems << QStringLiteral("Zone NOT valid: test");
        header.setContent(c);
        header.setPortrait(QImage(), QStringLiteral("no portrait"));
        QVERIFY(!header.hasPortrait());
        const auto* validity = header.findChild<QLabel*>(QStringLiteral("travellerValidity"));
        QVERIFY(validity && !validity->isHidden());
        // Never colour alone: the validity line carries a glyph before the words.
        QVERIFY2(validity->text().startsWith(QStringLiteral("\u2716 ")), qPrintable(validity->text()));
        const auto* problems = header.findChild<QLabel*>(QStringLiteral("travellerProblems"));
        QVERIFY(problems && !problems->isHidden());
        QVERIFY(header.accessibleDescription().contains(QLatin1String("ERIKSSON, ANNA MARIA")));
        QVERIFY(header.accessibleDescription().contains(QLatin1String("Zone NOT valid: test")));

        QImage face(60, 80, QImage::Format_RGB32);
        face.fill(Qt::gray);
        header.setPortrait(face, QStringLiteral("training portrait"));
        QVERIFY(header.hasPortrait());
        QCOMPARE(header.portraitCaption(), QStringLiteral("training portrait"));

        header.showEmpty(TravellerText::noTravellerText());
        QVERIFY(!header.hasPortrait());
        QVERIFY(header.findChild<QLabel*>(QStringLiteral("travellerValidity"))->isHidden());
        QCOMPARE(header.summaryText(), TravellerText::noTravellerText());
    }
};

QTEST_MAIN(TestTravellerHeader)
#include "TestTravellerHeader.moc"
