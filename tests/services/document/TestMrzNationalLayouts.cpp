// National layouts the ICAO 9303 rules alone reject (docs/document-reading.md, "National layouts"):
// the French identity card issued before 2021 (FRA-ID) and older Belgian TD1 cards whose long
// document number has its check digit computed over the '<' at position 15.
//
// Vectors (fictitious specimen or test identities; only the zone strings are used, no code):
// - FRA-ID "DOUEL / CHRISTIANE NI" and "LOISEAU / HERVE DJAMEL": GioviQ/MRZ
//   src/MRZ.Tests/UnitTest.cs (TestDocumentIDFRA_Success); licence in that repository's LICENSE.
// - FRA-ID "TEST NAME / ROBERTA": cheminfo/mrz src/parse/__tests__/frenchNationalId.test.ts, MIT.
// - BEL 2020 specimen "IDBEL000590696<1015": Arg0s1080/mrz pull request #41 (GPL-3.0 project; the
//   zone is the Belgian specimen card's). The older-rule vector is that specimen with the number's
//   check digit and the composite recomputed by the older Belgian rule (Arg0s1080/mrz issue #4 and
//   mrz/special_cases/checker/id_card_belgium.py): constructed here, no real card.
// Every check digit was recomputed by us with an independent script before it was written here.

#include "services/document/MrzGenerator.h"
#include "services/document/MrzJson.h"
#include "services/document/MrzLayout.h"
#include "services/document/MrzParser.h"
#include "services/results/CheckFacts.h"
#include "tests/support/TestHygiene.h"

#include "MrzTestData.h"

#include <QJsonObject>
#include <QtTest>

using namespace bd::document;
using bd::testdata::failingChecks;

namespace {

MrzParser::Options options(bool repair = false)
{
    return bd::testdata::parserOptions(repair);
}

const MrzIssue* findIssue(const MrzRecord& r, const QString& code)
{
    const auto it = std::find_if(r.issues.cbegin(), r.issues.cend(), [&](const MrzIssue& i) { return i.code == code; });
    return it == r.issues.cend() ? nullptr : &*it;
}

const QStringList DOUEL = { QStringLiteral("IDFRADOUEL<<<<<<<<<<<<<<<<<<<<932013"),
    QStringLiteral("0506932020438CHRISTIANE<<NI2906209F3") };

const QStringList BEL_2020 = { QStringLiteral("IDBEL000590696<1015<<<<<<<<<<<"),
    QStringLiteral("9401013F2710017BEL000101123453"), QStringLiteral("SPECIMEN<<SPECIMEN<<<<<<<<<<<<") };
const QStringList BEL_OLDER_RULE = { QStringLiteral("IDBEL000590696<1017<<<<<<<<<<<"),
    QStringLiteral("9401013F2710017BEL000101123459"), QStringLiteral("SPECIMEN<<SPECIMEN<<<<<<<<<<<<") };

QStringList latin1(std::initializer_list<const char*> texts)
{
    QStringList out;
    for (const char* t : texts)
        out.append(QString::fromLatin1(t));
    return out;
}

QStringList withIssuingState(QStringList lines, const QString& state)
{
    lines[0].replace(2, 3, state);
    return lines;
}

} // namespace

class TestMrzNationalLayouts : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void frenchIdVectors_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("values"); // surname, givenNames, number, issue, admin, birth, sex
        QTest::addColumn<QStringList>("extraWarnings");
        // "CHRISTIANE<<NI" reaches the last position of the given names: possibly cut, say so.
        QTest::newRow("DOUEL") << DOUEL
                               << latin1({ "DOUEL", "CHRISTIANE NI", "050693202043", "2005-06", "932013", "1929-06-20",
                                      "F" })
                               << QStringList { QStringLiteral("truncatedName") };
        QTest::newRow("LOISEAU") << QStringList { QStringLiteral("IDFRALOISEAU<<<<<<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("970675K002774HERVE<<DJAMEL<7303216M4") }
                                 << latin1(
                                        { "LOISEAU", "HERVE DJAMEL", "970675K00277", "1997-06", "", "1973-03-21", "M" })
                                 << QStringList {};
        QTest::newRow("TEST NAME") << QStringList { QStringLiteral("IDFRATEST<NAME<<<<<<<<<<<<<<<<0CHE02"),
            QStringLiteral("1710GVA123451ROBERTA<<<<<<<9112311F2") }
                                   << latin1({ "TEST NAME", "ROBERTA", "1710GVA12345", "2017-10", "0CHE02",
                                          "1991-12-31", "F" })
                                   << QStringList {};
    }
    void frenchIdVectors()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, values);
        QFETCH(QStringList, extraWarnings);
        const MrzRecord r = MrzParser::parse(lines, options(true));
        QCOMPARE(r.format, MrzFormat::FrenchId);
        QCOMPARE(formatName(r.format), QStringLiteral("FRA-ID"));
        QVERIFY2(r.valid, qPrintable(bd::testdata::issueCodes(r, MrzIssue::Severity::Error).join(u',')));
        QVERIFY(r.repairs.isEmpty());
        QVERIFY(r.variant.isEmpty()); // the format names the layout; variant is for rule variants only
        QCOMPARE(failingChecks(r), QStringList());
        QCOMPARE(r.checks.size(), 3);
        QCOMPARE(r.value(QStringLiteral("documentCode")), QStringLiteral("ID"));
        QCOMPARE(r.value(QStringLiteral("issuingState")), QStringLiteral("FRA"));
        QCOMPARE(r.value(QStringLiteral("surname")), values.at(0));
        QCOMPARE(r.value(QStringLiteral("givenNames")), values.at(1));
        QCOMPARE(r.value(QStringLiteral("documentNumber")), values.at(2));
        QCOMPARE(r.value(QStringLiteral("dateOfIssue")), values.at(3));
        QCOMPARE(r.value(QStringLiteral("administrativeCode")), values.at(4));
        QCOMPARE(r.value(QStringLiteral("dateOfBirth")), values.at(5));
        QCOMPARE(r.value(QStringLiteral("sex")), values.at(6));
        // Derived, not read: no position in the zone.
        QCOMPARE(r.value(QStringLiteral("nationality")), QStringLiteral("FRA"));
        QCOMPARE(r.field(QStringLiteral("nationality"))->span.line, -1);
        // No expiry in the zone, and the record does not pretend one.
        QVERIFY(!r.field(QStringLiteral("dateOfExpiry")));
        QStringList warnings
            = QStringList { QStringLiteral("nationalityDerived"), QStringLiteral("noExpiryInZone") } + extraWarnings;
        warnings.sort();
        QCOMPARE(bd::testdata::issueCodes(r, MrzIssue::Severity::Warning), warnings);
        QVERIFY(findIssue(r, QStringLiteral("noExpiryInZone"))
                    ->detail.contains(QLatin1String("read the expiry date "
                                                    "from the card")));
    }

    void frenchIdSpansAndChecks()
    {
        const MrzRecord r = MrzParser::parse(DOUEL, options());
        QCOMPARE(r.field(QStringLiteral("surname"))->span, (MrzSpan { 0, 5, 25 }));
        QCOMPARE(r.field(QStringLiteral("givenNames"))->raw, QStringLiteral("CHRISTIANE<<NI"));
        QCOMPARE(r.field(QStringLiteral("documentNumber"))->span, (MrzSpan { 1, 0, 12 }));
        QCOMPARE(r.checks.at(0).field, QStringLiteral("documentNumber"));
        QCOMPARE(r.checks.at(0).span, (MrzSpan { 1, 12, 1 }));
        QCOMPARE(r.checks.at(1).field, QStringLiteral("dateOfBirth"));
        QCOMPARE(r.checks.at(1).span, (MrzSpan { 1, 33, 1 }));
        QCOMPARE(r.checks.at(2).field, QStringLiteral("composite"));
        QCOMPARE(r.checks.at(2).found, QChar(u'3'));
        // The composite covers all of line 1: a changed surname letter is caught.
        QStringList changed = DOUEL;
        changed[0][6] = QLatin1Char('A'); // DAUEL
        QCOMPARE(failingChecks(MrzParser::parse(changed, options())), QStringList { QStringLiteral("composite") });
    }

    void frenchIdWrongCheckDigit_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QChar>("digit");
        QTest::addColumn<QStringList>("failing");
        QTest::addColumn<QString>("detail");
        QTest::newRow("number") << 12 << QChar(u'7')
                                << QStringList { QStringLiteral("composite"), QStringLiteral("documentNumber") }
                                << QStringLiteral(
                                       "documentNumber check digit at line 2, position 13 is '7'; expected '8'");
        QTest::newRow("birth") << 33 << QChar(u'1')
                               << QStringList { QStringLiteral("composite"), QStringLiteral("dateOfBirth") }
                               << QStringLiteral("dateOfBirth check digit at line 2, position 34 is '1'; expected '9'");
        QTest::newRow("composite") << 35 << QChar(u'4') << QStringList { QStringLiteral("composite") }
                                   << QStringLiteral(
                                          "composite check digit at line 2, position 36 is '4'; expected '3'");
    }
    void frenchIdWrongCheckDigit()
    {
        QFETCH(int, column);
        QFETCH(QChar, digit);
        QFETCH(QStringList, failing);
        QFETCH(QString, detail);
        QStringList lines = DOUEL;
        lines[1][column] = digit;
        const MrzRecord r = MrzParser::parse(lines, options());
        QCOMPARE(r.format, MrzFormat::FrenchId);
        QVERIFY(!r.valid);
        QCOMPARE(failingChecks(r), failing);
        QCOMPARE(bd::testdata::issueCodes(r, MrzIssue::Severity::Error).first(), QStringLiteral("checkDigit"));
        QCOMPARE(findIssue(r, QStringLiteral("checkDigit"))->detail, detail);
    }

    void frenchIdLookAlikeRepaired()
    {
        QStringList misread = DOUEL;
        misread[1][29] = QLatin1Char('O'); // date of birth 290620 read as 29O620
        misread[1][2] = QLatin1Char('O'); // month of issue "06" read as "O6"
        const MrzRecord r = MrzParser::parse(misread, options(true));
        QVERIFY(r.valid);
        QCOMPARE(r.lines, DOUEL);
        QCOMPARE(r.repairs.size(), 2);
    }

    void twoLineShapesStayIcao()
    {
        // ICAO TD2 (also one issued by France) stays TD2; IDFRA decides only for 2 x 36.
        const MrzRecord td2 = MrzParser::parse({ QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"),
                                                   QStringLiteral("D231458907UTO7408122F1204159<<<<<<<6") },
            options());
        QCOMPARE(td2.format, MrzFormat::TD2);
        QVERIFY(td2.valid);
        MrzDocumentData fra;
        fra.format = MrzFormat::TD2;
        fra.issuingState = QStringLiteral("FRA");
        fra.nationality = QStringLiteral("FRA");
        fra.surname = QStringLiteral("Martin");
        fra.givenNames = QStringLiteral("Claire");
        fra.documentNumber = QStringLiteral("X4RTBPFW4");
        fra.dateOfBirth = QDate(1990, 1, 2);
        fra.sex = QLatin1Char('F');
        fra.dateOfExpiry = QDate(2031, 5, 6);
        const auto lines = MrzGenerator::generate(fra);
        QVERIFY(lines.ok());
        QVERIFY(lines->first().startsWith(QLatin1String("I<FRA")));
        const MrzRecord icao = MrzParser::parse(*lines, options());
        QCOMPARE(icao.format, MrzFormat::TD2);
        QVERIFY(icao.valid);
        fra.documentCode = QStringLiteral("ID"); // would be read as FRA-ID: the generator refuses it
        QCOMPARE(MrzGenerator::generate(fra).error().code, QStringLiteral("mrz.generate.documentCode"));
        QCOMPARE(
            detectMrzFormat({ QStringLiteral("IDFRA") + QString(39, QLatin1Char('<')), QString(44, QLatin1Char('<')) }),
            MrzFormat::TD3);
        QCOMPARE(detectMrzFormat({ DOUEL.at(0).left(30), DOUEL.at(1).left(30), DOUEL.at(1).left(30) }), MrzFormat::TD1);
        // A short FRA-ID line is named as such, with the length it needs.
        const MrzRecord cut = MrzParser::parse({ DOUEL.at(0), DOUEL.at(1).left(35) }, options());
        QCOMPARE(cut.format, MrzFormat::FrenchId);
        QCOMPARE(findIssue(cut, QStringLiteral("length"))->detail,
            QStringLiteral("line 2 has 35 characters; FRA-ID needs 36"));
    }

    void frenchIdGenerated()
    {
        MrzDocumentData d;
        d.format = MrzFormat::FrenchId;
        d.surname = QStringLiteral("Douel");
        d.givenNames = QStringLiteral("Christiane, Ni");
        d.documentNumber = QStringLiteral("050693202043");
        d.optionalData = QStringLiteral("932013");
        d.dateOfBirth = QDate(1929, 6, 20);
        d.sex = QLatin1Char('F');
        const auto lines = MrzGenerator::generate(d);
        QVERIFY2(lines.ok(), qPrintable(lines.ok() ? QString() : lines.error().detail));
        QCOMPARE(*lines, DOUEL);

        MrzDocumentData hyphen = d;
        hyphen.surname = QStringLiteral("Lefèvre-Dupont");
        hyphen.givenNames = QStringLiteral("Jean-Pierre, Éloïse, Marie-Thérèse");
        hyphen.documentNumber = QStringLiteral("1312750123456");
        QCOMPARE(MrzGenerator::generate(hyphen).error().code, QStringLiteral("mrz.generate.number"));
        hyphen.documentNumber = QStringLiteral("131275012345");
        const auto generated = MrzGenerator::generate(hyphen);
        QVERIFY(generated.ok());
        QCOMPARE(generated->at(0).mid(5, 25), QStringLiteral("LEFEVRE<DUPONT<<<<<<<<<<<"));
        QCOMPARE(generated->at(1).mid(13, 14), QStringLiteral("JEAN<PIERRE<<E")); // cut at 14, as issued
        const MrzRecord r = MrzParser::parse(*generated, options());
        QVERIFY(r.valid);
        QCOMPARE(r.value(QStringLiteral("dateOfIssue")), QStringLiteral("2013-12"));
        QVERIFY(bd::testdata::issueCodes(r, MrzIssue::Severity::Warning).contains(QStringLiteral("truncatedName")));

        MrzDocumentData german = d;
        german.issuingState = QStringLiteral("D");
        QCOMPARE(MrzGenerator::generate(german).error().code, QStringLiteral("mrz.generate.country"));
    }

    void frenchIdFactsHaveNoExpiry()
    {
        // Without an expiry the result must not read as a valid document: the expiry is unknown and
        // the officer is told to read it from the card.
        const MrzRecord r = MrzParser::parse(DOUEL, options());
        const auto facts = bd::results::documentFactsFrom(r);
        QVERIFY(facts.zoneValid);
        QVERIFY(!facts.dateOfExpiry.isValid());
        QVERIFY(std::any_of(facts.warnings.cbegin(), facts.warnings.cend(), [](const auto& notice) {
            return !notice.args.isEmpty() && notice.args.first().toString() == QLatin1String("noExpiryInZone");
        }));
    }

    void belgianOlderLongNumberRule()
    {
        const MrzRecord r = MrzParser::parse(BEL_OLDER_RULE, options(true));
        QCOMPARE(r.format, MrzFormat::TD1);
        QVERIFY2(r.valid, qPrintable(bd::testdata::issueCodes(r, MrzIssue::Severity::Error).join(u',')));
        QVERIFY(r.repairs.isEmpty());
        QCOMPARE(r.variant, QStringLiteral("BEL-TD1-long-number"));
        QCOMPARE(r.value(QStringLiteral("documentNumber")), QStringLiteral("000590696101"));
        const MrzIssue* remark = findIssue(r, QStringLiteral("nationalVariant"));
        QVERIFY(remark);
        QCOMPARE(remark->severity, MrzIssue::Severity::Warning);
        QCOMPARE(remark->span, (MrzSpan { 0, 18, 1 }));
        QCOMPARE(remark->detail,
            QStringLiteral("Belgian long document number: its check digit at line 1, position 19 is computed over "
                           "line 1, positions 6 to 18, including the '<' at position 15 (older Belgian cards); the "
                           "ICAO 9303 rule, without that '<', would expect '5'"));
        const MrzCheck& number = r.checks.first();
        QCOMPARE(number.field, QStringLiteral("documentNumber"));
        QVERIFY(number.ok);
        QCOMPARE(number.found, QChar(u'7'));
        const QJsonObject json = MrzJson::toJson(r);
        QCOMPARE(json.value(QStringLiteral("variant")).toString(), QStringLiteral("BEL-TD1-long-number"));
    }

    void belgianRuleOnlyForBelgium_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("NLD") << QStringLiteral("NLD");
        QTest::newRow("FRA") << QStringLiteral("FRA");
        QTest::newRow("UTO") << QStringLiteral("UTO");
    }
    void belgianRuleOnlyForBelgium()
    {
        QFETCH(QString, state);
        const QStringList lines = withIssuingState(BEL_OLDER_RULE, state);
        const MrzRecord r = MrzParser::parse(lines, options());
        QVERIFY(!r.valid);
        QVERIFY(r.variant.isEmpty());
        QVERIFY(!findIssue(r, QStringLiteral("nationalVariant")));
        QCOMPARE(failingChecks(r), QStringList { QStringLiteral("documentNumber") });
        QCOMPARE(findIssue(r, QStringLiteral("checkDigit"))->detail,
            QStringLiteral("documentNumber check digit at line 1, position 19 is '7'; expected '5'"));
        QVERIFY(!MrzJson::toJson(r).contains(QStringLiteral("variant")));
        QVERIFY(MrzParser::parse(lines, options(true)).variant.isEmpty());
    }

    void belgianNewerCardsAreIcao()
    {
        const MrzRecord r = MrzParser::parse(BEL_2020, options(true));
        QVERIFY(r.valid);
        QVERIFY(r.repairs.isEmpty());
        QVERIFY(r.variant.isEmpty());
        QCOMPARE(r.value(QStringLiteral("documentNumber")), QStringLiteral("000590696101"));
        QCOMPARE(bd::testdata::issueCodes(r, MrzIssue::Severity::Warning), QStringList());
        QVERIFY(!MrzJson::toJson(r).contains(QStringLiteral("variant")));
        // Where both rules give the same digit (Arg0s1080/mrz issue #4: 123456789<123, '3'), ICAO wins.
        QStringList both = BEL_2020;
        both[0] = QStringLiteral("IDBEL123456789<1233<<<<<<<<<<<");
        const QString composite = both[0].mid(5, 25) + both[1].mid(0, 7) + both[1].mid(8, 7) + both[1].mid(18, 11);
        both[1][29] = QChar(u'0' + mrzCheckDigit(composite));
        const MrzRecord agreed = MrzParser::parse(both, options());
        QVERIFY(agreed.valid);
        QVERIFY(agreed.variant.isEmpty());
        // A Belgian zone that fails both rules stays invalid and names the ICAO expectation.
        QStringList neither = BEL_OLDER_RULE;
        neither[0][18] = QLatin1Char('3');
        const MrzRecord wrong = MrzParser::parse(neither, options());
        QVERIFY(!wrong.valid);
        QVERIFY(wrong.variant.isEmpty());
        QCOMPARE(findIssue(wrong, QStringLiteral("checkDigit"))->detail,
            QStringLiteral("documentNumber check digit at line 1, position 19 is '3'; expected '5'"));
    }
};

QTEST_APPLESS_MAIN(TestMrzNationalLayouts)
#include "TestMrzNationalLayouts.moc"
