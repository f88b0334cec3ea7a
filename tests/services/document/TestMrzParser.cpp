#include "services/document/CountryCodes.h"
#include "services/document/MrzDates.h"
#include "services/document/MrzParser.h"
#include "tests/support/TestHygiene.h"

#include "MrzTestData.h"

#include <QtTest>

using namespace bd::document;
using bd::testdata::failingChecks;
using bd::testdata::loadMrzVectors;
using bd::testdata::toStringList;

namespace {

MrzParser::Options options(QDate today = QDate(2026, 11, 28), bool repair = true)
{
    return bd::testdata::parserOptions(repair, today);
}

const QString TD3_1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
const QString TD3_2 = QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10");

} // namespace

class TestMrzParser : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void checkDigit_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("digit");
        // ICAO 9303-3 Appendix A vectors (domain.md §4.2).
        QTest::newRow("date") << QStringLiteral("520727") << 3;
        QTest::newRow("number") << QStringLiteral("AB2134<<<") << 5;
        QTest::newRow("td3 composite") << QStringLiteral("HA672242<658022549601086<<<<<<<<<<<<<<0") << 8;
        QTest::newRow("td1 composite") << QStringLiteral("D231458907<<<<<<<<<<<<<<<34071279507122<<<<<<<<<<<") << 2;
        QTest::newRow("td2 composite") << QStringLiteral("HA672242<658022549601086<<<<<<<0") << 8;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("lower case is not MRZ") << QStringLiteral("abc") << -1;
        QTest::newRow("umlaut") << QStringLiteral("A\u00C4") << -1;
    }
    void checkDigit()
    {
        QFETCH(QString, input);
        QFETCH(int, digit);
        QCOMPARE(mrzCheckDigit(input), digit);
    }

    void countryCodes()
    {
        for (const char* code : { "UTO", "D", "D<<", "DEU", "EUE", "UNO", "UNA", "UNK", "XPO", "XOM", "XBA", "XCC",
                 "XEC", "XIM", "XXA", "XXB", "XXC", "XXX", "GBD", "GBN", "GBO", "GBP", "GBS", "RKS", "ZWE", "ABW" })
            QVERIFY2(CountryCodes::isKnown(QString::fromLatin1(code)), code);
        for (const char* code : { "BOS", "", "<<<", "DE", "DEUT", "XYZ", "EU", "GER", "U<O" })
            QVERIFY2(!CountryCodes::isKnown(QString::fromLatin1(code)), code);
        QCOMPARE(CountryCodes::zoneForm(u"D"), QStringLiteral("D<<"));
        QCOMPARE(CountryCodes::normalized(u"D<<"), QStringLiteral("D"));
    }

    void validVectors_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<QDate>("today");
        const QJsonObject root = loadMrzVectors("valid.json");
        const QDate today = QDate::fromString(root.value(QStringLiteral("today")).toString(), Qt::ISODate);
        for (const QJsonValue& v : root.value(QStringLiteral("documents")).toArray())
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("name")).toString())) << v.toObject() << today;
    }
    void validVectors()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(QDate, today);
        const QStringList lines = toStringList(doc.value(QStringLiteral("lines")));
        const MrzRecord r = MrzParser::parse(lines, options(today));
        QCOMPARE(formatName(r.format), doc.value(QStringLiteral("format")).toString());
        QVERIFY2(r.valid, qPrintable(r.issues.isEmpty() ? QString() : r.issues.first().detail));
        QVERIFY(r.checksPass());
        QVERIFY(r.repairs.isEmpty());
        QCOMPARE(r.lines, lines);
        const QJsonObject fields = doc.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QVERIFY2(r.field(it.key()), qPrintable(it.key()));
            QCOMPARE(r.value(it.key()), it.value().toString());
        }
        const QJsonObject checks = doc.value(QStringLiteral("checks")).toObject();
        for (auto it = checks.begin(); it != checks.end(); ++it) {
            const auto c = std::find_if(
                r.checks.cbegin(), r.checks.cend(), [&](const MrzCheck& x) { return x.field == it.key(); });
            QVERIFY2(c != r.checks.cend(), qPrintable(it.key()));
            QCOMPARE(QString(c->found), it.value().toString());
            QVERIFY(c->ok);
        }
        QStringList warnings = toStringList(doc.value(QStringLiteral("warnings")));
        warnings.sort();
        QCOMPARE(bd::testdata::issueCodes(r, MrzIssue::Severity::Warning), warnings);
        QCOMPARE(bd::testdata::issueCodes(r, MrzIssue::Severity::Error), QStringList());
        // Composite present exactly for TD1, TD2 and TD3.
        const bool hasComposite
            = r.format == MrzFormat::TD1 || r.format == MrzFormat::TD2 || r.format == MrzFormat::TD3;
        QCOMPARE(std::any_of(r.checks.cbegin(), r.checks.cend(),
                     [](const MrzCheck& c) { return c.field == QLatin1String("composite"); }),
            hasComposite);
    }

    void negativeVectors_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<QDate>("today");
        const QJsonObject root = loadMrzVectors("negative.json");
        const QDate today = QDate::fromString(root.value(QStringLiteral("today")).toString(), Qt::ISODate);
        for (const QJsonValue& v : root.value(QStringLiteral("documents")).toArray())
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("name")).toString())) << v.toObject() << today;
    }
    void negativeVectors()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(QDate, today);
        const QStringList lines = toStringList(doc.value(QStringLiteral("lines")));
        const MrzRecord r = MrzParser::parse(lines, options(today, false));
        QVERIFY(!r.valid);
        QStringList failing = toStringList(doc.value(QStringLiteral("failing")));
        failing.sort();
        QCOMPARE(failingChecks(r), failing);
        QStringList errors = toStringList(doc.value(QStringLiteral("errors")));
        QStringList found = bd::testdata::issueCodes(r, MrzIssue::Severity::Error);
        found.removeDuplicates();
        QCOMPARE(found, errors);
        // With repair on, a wrong check digit is never accepted silently: either the record stays
        // invalid or every change is listed.
        const MrzRecord repaired = MrzParser::parse(lines, options(today, true));
        QVERIFY(!repaired.valid || !repaired.repairs.isEmpty());
        QCOMPARE(repaired.valid, repaired.lines != lines);
    }

    void normalisesInput()
    {
        const QString text = QStringLiteral("\n  ") + TD3_1.toLower() + QStringLiteral("  \r\n\r\n\t") + TD3_2
            + QStringLiteral(" \n\n");
        const MrzRecord r = MrzParser::parseText(text, options());
        QVERIFY(r.valid);
        QCOMPARE(r.lines, (QStringList { TD3_1, TD3_2 }));
    }

    void transliteratesLettersWithDiacritics()
    {
        // A Spanish identity card whose zone printed the name as written, with Ñ (ICAO 9303 Part 3
        // writes it N); the check digits do not cover the name (vector: ../shared/domain.md 4.6).
        const QStringList zone { QStringLiteral("IDESPBAA000589599999999R<<<<<<"),
            QStringLiteral("8001014F2501017ESP<<<<<<<<<<<7"),
            QString::fromUtf8("ESPA\u00d1OLA<ESPA\u00f1OLA<<CARMEN<<<<<") };
        const MrzRecord r = MrzParser::parse(zone, options(QDate(2024, 11, 28)));
        QVERIFY(r.valid);
        QCOMPARE(r.lines.at(2), QStringLiteral("ESPANOLA<ESPANOLA<<CARMEN<<<<<"));
        QCOMPARE(r.value(QStringLiteral("surname")), QStringLiteral("ESPANOLA ESPANOLA"));
        QCOMPARE(bd::testdata::issueCodes(r, MrzIssue::Severity::Warning).count(QStringLiteral("transliterated")), 2);
        // A letter with no one-letter transliteration (Ø -> OE) stays an error: positions never move.
        QStringList other = zone;
        other[2] = QString::fromUtf8("ESPANOLA<ESPANOLA<<CARM\u00d8N<<<<<");
        QVERIFY(!MrzParser::parse(other, options(QDate(2024, 11, 28))).valid);
    }

    void structuralErrors_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("short line") << QStringList { TD3_1, TD3_2.left(43) } << QStringLiteral("length")
                                    << QStringLiteral("line 2 has 43 characters; TD3 needs 44");
        QTest::newRow("long TD1 line") << QStringList { QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<<"),
            QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"), QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<") }
                                       << QStringLiteral("length")
                                       << QStringLiteral("line 1 has 31 characters; TD1 needs 30");
        QString accented = TD3_1;
        accented[16] = QChar(0xD8); // Ø: no one-letter transliteration (an accented letter is transliterated)
        QTest::newRow("accent") << QStringList { accented, TD3_2 } << QStringLiteral("character")
                                << QStringLiteral("invalid character '\u00D8' at line 1, position 17");
        QString spaced = TD3_2;
        spaced[4] = QLatin1Char(' ');
        QTest::newRow("inner space") << QStringList { TD3_1, spaced } << QStringLiteral("character")
                                     << QStringLiteral("invalid character U+0020 at line 2, position 5");
        QTest::newRow("one line") << QStringList { TD3_1 } << QStringLiteral("lineCount")
                                  << QStringLiteral(
                                         "found 1 line(s); an MRZ has 2 (TD2, TD3, MRV-A, MRV-B) or 3 (TD1)");
        QTest::newRow("nothing") << QStringList { QStringLiteral("  "), QString() } << QStringLiteral("empty")
                                 << QStringLiteral("no MRZ lines were given");
        QString badDate = TD3_2;
        badDate.replace(13, 7, QStringLiteral("9902310")); // 31 February 1999, check digit right
        badDate[19] = QChar(u'0' + mrzCheckDigit(u"990231"));
        QTest::newRow("31 February") << QStringList { TD3_1, badDate } << QStringLiteral("dateInvalid")
                                     << QStringLiteral(
                                            "dateOfBirth at line 2, position 14 is not a real date (YYMMDD)");
        QString badSex = TD3_2;
        badSex[20] = QLatin1Char('Q');
        QTest::newRow("sex") << QStringList { TD3_1, badSex } << QStringLiteral("sex")
                             << QStringLiteral("sex at line 2, position 21 is 'Q'; allowed are 'M', 'F' and '<'");
        QString badCode = TD3_1;
        badCode[0] = QLatin1Char('I');
        QTest::newRow("TD3 not P") << QStringList { badCode, TD3_2 } << QStringLiteral("documentCode")
                                   << QStringLiteral("document code at line 1, position 1 is 'I'; TD3 needs 'P'");
        QString country = TD3_1;
        country.replace(2, 3, QStringLiteral("XYZ"));
        QTest::newRow("unknown state")
            << QStringList { country, TD3_2 } << QStringLiteral("unknownCountry")
            << QStringLiteral("issuingState at line 1, position 3 is not an ICAO 9303 country or organisation code");
    }
    void structuralErrors()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, code);
        QFETCH(QString, detail);
        const MrzRecord r = MrzParser::parse(lines, options(QDate(2026, 11, 28), false));
        QVERIFY(!r.valid);
        QVERIFY(r.hasErrors());
        const auto it
            = std::find_if(r.issues.cbegin(), r.issues.cend(), [&](const MrzIssue& i) { return i.code == code; });
        QVERIFY2(it != r.issues.cend(), qPrintable(code));
        QCOMPARE(it->severity, MrzIssue::Severity::Error);
        QCOMPARE(it->detail, detail);
    }

    void partialRecordForShortLine()
    {
        // A short line still yields the fields it reaches (and no check over missing characters).
        const MrzRecord r = MrzParser::parse({ TD3_1, TD3_2.left(30) }, options());
        QCOMPARE(r.format, MrzFormat::TD3);
        QCOMPARE(r.value(QStringLiteral("documentNumber")), QStringLiteral("L898902C3"));
        QCOMPARE(r.value(QStringLiteral("surname")), QStringLiteral("ERIKSSON"));
        QVERIFY(!r.field(QStringLiteral("optionalData")));
        QCOMPARE(r.checks.size(), 3);
    }

    void dateCenturies_data()
    {
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("birthValue");
        QTest::addColumn<QString>("expiryValue");
        const QDate today(2026, 11, 28);
        QTest::newRow("born 1974, expires 2012") << "740812"
                                                 << "120415" << today << "1974-08-12"
                                                 << "2012-04-15";
        QTest::newRow("born today") << "261128"
                                    << "361127" << today << "2026-11-28"
                                    << "2036-11-27";
        QTest::newRow("born tomorrow means 1926") << "261129"
                                                  << "300101" << today << "1926-11-29"
                                                  << "2030-01-01";
        QTest::newRow("leap day 2000") << "000229"
                                       << "460101" << today << "2000-02-29"
                                       << "2046-01-01";
        QTest::newRow("expiry window end") << "800101"
                                           << "470101" << today << "1980-01-01"
                                           << "1947-01-01";
        QTest::newRow("next century") << "850101"
                                      << "050101" << QDate(2090, 1, 1) << "2085-01-01"
                                      << "2105-01-01";
    }
    void dateCenturies()
    {
        QFETCH(QString, birth);
        QFETCH(QString, expiry);
        QFETCH(QDate, today);
        QFETCH(QString, birthValue);
        QFETCH(QString, expiryValue);
        QString l2 = TD3_2;
        l2.replace(13, 6, birth);
        l2[19] = QChar(u'0' + mrzCheckDigit(birth));
        l2.replace(21, 6, expiry);
        l2[27] = QChar(u'0' + mrzCheckDigit(expiry));
        l2[43] = QChar(u'0' + mrzCheckDigit(QString(l2.mid(0, 10) + l2.mid(13, 7) + l2.mid(21, 22))));
        const MrzRecord r = MrzParser::parse({ TD3_1, l2 }, options(today));
        QVERIFY(r.checksPass());
        QCOMPARE(r.value(QStringLiteral("dateOfBirth")), birthValue);
        QCOMPARE(r.value(QStringLiteral("dateOfExpiry")), expiryValue);
        QVERIFY(QDate::fromString(birthValue, Qt::ISODate) <= today);
    }

    void plausibilityWarnings_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("warnings");
        // Specimen: born 1974-08-12, expires 2012-04-15.
        QTest::newRow("expired") << QDate(2026, 11, 28) << QStringList { QStringLiteral("expired") };
        QTest::newRow("expires in 5 months") << QDate(2011, 11, 20) << QStringList { QStringLiteral("expiresSoon") };
        QTest::newRow("valid for a year") << QDate(2011, 4, 15) << QStringList {};
        QTest::newRow("expires today is not expired")
            << QDate(2012, 4, 15) << QStringList { QStringLiteral("expiresSoon") };
        QTest::newRow("minor") << QDate(1992, 1, 1) << QStringList { QStringLiteral("minor") };
    }
    void plausibilityWarnings()
    {
        QFETCH(QDate, today);
        QFETCH(QStringList, warnings);
        const MrzRecord r = MrzParser::parse({ TD3_1, TD3_2 }, options(today));
        QVERIFY(r.valid);
        QCOMPARE(bd::testdata::issueCodes(r, MrzIssue::Severity::Warning), warnings);
    }

    // ICAO 9303-3: unknown parts of a date of birth are written as fillers (check digit counts
    // them as 0). The zone stays valid; the known part is given with reduced precision.
    void partlyUnknownDateOfBirth_data()
    {
        QTest::addColumn<QString>("line2");
        QTest::addColumn<QString>("value");
        QTest::newRow("day and month unknown") << "L898902C36UTO74<<<<1F1204159ZE184226B<<<<<18"
                                               << "1974";
        QTest::newRow("day unknown") << "L898902C36UTO7408<<7F1204159ZE184226B<<<<<10"
                                     << "1974-08";
        QTest::newRow("all unknown") << "L898902C36UTO<<<<<<0F1204159ZE184226B<<<<<10"
                                     << "";
    }
    void partlyUnknownDateOfBirth()
    {
        QFETCH(QString, line2);
        QFETCH(QString, value);
        const MrzRecord r = MrzParser::parse({ TD3_1, line2 }, options());
        QVERIFY2(r.valid, qPrintable(bd::testdata::issueCodes(r, MrzIssue::Severity::Error).join(u',')));
        QVERIFY(r.repairs.isEmpty());
        QCOMPARE(r.value(QStringLiteral("dateOfBirth")), value);
        QVERIFY(bd::testdata::issueCodes(r, MrzIssue::Severity::Warning)
                    .contains(QStringLiteral("dateOfBirthPartlyUnknown")));
        QVERIFY(failingChecks(r).isEmpty());
    }
    void partlyUnknownDateOfBirthCentury()
    {
        QCOMPARE(MrzDates::partialBirth(u"30<<<<", QDate(2026, 11, 28)), QStringLiteral("1930"));
        QCOMPARE(MrzDates::partialBirth(u"26<<<<", QDate(2026, 11, 28)), QStringLiteral("2026"));
        QCOMPARE(MrzDates::partialBirth(u"2612<<", QDate(2026, 11, 28)), QStringLiteral("1926-12"));
        QVERIFY(MrzDates::partialBirth(u"7413<<", QDate(2026, 11, 28)).isNull()); // no month 13
        QVERIFY(
            MrzDates::partialBirth(u"<<08<<", QDate(2026, 11, 28)).isNull()); // year unknown, month known: not a form
        QVERIFY(MrzDates::partialBirth(u"740812", QDate(2026, 11, 28)).isNull()); // a full date
        // A filler in the expiry date stays an error.
        const MrzRecord r = MrzParser::parse({ TD3_1, QStringLiteral("L898902C36UTO7408122F12<<<<3ZE184226B<<<<<18") },
            options(QDate(2026, 11, 28), false));
        QVERIFY(!r.valid);
        QVERIFY(bd::testdata::issueCodes(r, MrzIssue::Severity::Error).contains(QStringLiteral("dateInvalid")));
    }

    void sexXIsAWarning()
    {
        QString l2 = TD3_2;
        l2[20] = QLatin1Char('X');
        const MrzRecord r = MrzParser::parse({ TD3_1, l2 }, options());
        QVERIFY(r.valid); // sex is not covered by any check digit
        QCOMPARE(r.value(QStringLiteral("sex")), QStringLiteral("X"));
        QVERIFY(bd::testdata::issueCodes(r, MrzIssue::Severity::Warning).contains(QStringLiteral("sex")));
    }

    void namesAndTruncation()
    {
        // Name field filled to the last position: possible truncation (Arg0s1080/mrz td1_chk_04.py).
        const QString l1 = QStringLiteral("P<UTODR<TEST<TEST<<MILICA<MILICAAAAAAAAAAAAA");
        QCOMPARE(l1.size(), 44);
        const MrzRecord r = MrzParser::parse({ l1, TD3_2 }, options());
        QVERIFY(r.valid);
        QVERIFY(bd::testdata::issueCodes(r, MrzIssue::Severity::Warning).contains(QStringLiteral("truncatedName")));
        QCOMPARE(r.value(QStringLiteral("surname")), QStringLiteral("DR TEST TEST"));
        QCOMPARE(r.value(QStringLiteral("givenNames")), QStringLiteral("MILICA MILICAAAAAAAAAAAAA"));
        QCOMPARE(r.field(QStringLiteral("givenNames"))->span, (MrzSpan { 0, 19, 25 }));

        // Only a primary identifier.
        const MrzRecord single
            = MrzParser::parse({ QStringLiteral("P<UTOERIKSSON<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<"), TD3_2 }, options());
        QVERIFY(single.valid);
        QCOMPARE(single.value(QStringLiteral("surname")), QStringLiteral("ERIKSSON"));
        QCOMPARE(single.value(QStringLiteral("givenNames")), QString());
    }

    void digitInNameIsAnError()
    {
        QString l1 = TD3_1;
        l1[7] = QLatin1Char('4'); // "ER4KSSON": no look-alike letter for 4, so no repair either
        const MrzRecord r = MrzParser::parse({ l1, TD3_2 }, options());
        QVERIFY(!r.valid);
        QVERIFY(bd::testdata::issueCodes(r, MrzIssue::Severity::Error).contains(QStringLiteral("fieldFormat")));
    }

    void invariantValidMeansNoErrors()
    {
        const MrzRecord r = MrzParser::parse({ TD3_1, TD3_2 }, options());
        QCOMPARE(r.valid, !r.hasErrors());
        for (const MrzCheck& c : r.checks)
            QVERIFY(c.span.line >= 0);
    }
};

QTEST_APPLESS_MAIN(TestMrzParser)
#include "TestMrzParser.moc"
