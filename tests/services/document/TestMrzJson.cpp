#include "services/document/MrzJson.h"
#include "services/document/MrzParser.h"
#include "tests/support/TestHygiene.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace bd::document;

class TestMrzJson : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void invalidRecordHasOneBasedErrorsAndPartialFields()
    {
        MrzParser::Options o;
        o.today = QDate(2026, 11, 28);
        o.repairConfusables = false;
        const MrzRecord r = MrzParser::parse(
            { QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"), QStringLiteral("7408122F1204159UTO<<<<<<<<<<<5"),
                QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<") },
            o);
        const QJsonObject j = MrzJson::toJson(r);
        QCOMPARE(j.value(QStringLiteral("format")).toString(), QStringLiteral("TD1"));
        QCOMPARE(j.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(j.value(QStringLiteral("lines")).toArray().size(), 3);
        const QJsonArray errors = j.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        const QJsonObject e = errors.first().toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("checkDigit"));
        QCOMPARE(e.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(e.value(QStringLiteral("position")).toInt(), 30);
        QCOMPARE(e.value(QStringLiteral("message")).toString(),
            QStringLiteral("composite check digit at line 2, position 30 is '5'; expected '6'"));
        const QJsonObject composite = j.value(QStringLiteral("checks")).toArray().last().toObject();
        QCOMPARE(composite.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(composite.value(QStringLiteral("found")).toString(), QStringLiteral("5"));
        QCOMPARE(composite.value(QStringLiteral("expected")).toString(), QStringLiteral("6"));
        const QJsonObject surname
            = j.value(QStringLiteral("fields")).toObject().value(QStringLiteral("surname")).toObject();
        QCOMPARE(surname.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(surname.value(QStringLiteral("position")).toInt(), 1);
        QCOMPARE(surname.value(QStringLiteral("raw")).toString(), QStringLiteral("ERIKSSON"));
    }

    void nationalLayoutsInJson()
    {
        MrzParser::Options o;
        o.today = QDate(2026, 11, 28);
        // FRA-ID: its own format name, a derived nationality without a position, no variant key.
        const QJsonObject fra
            = MrzJson::toJson(MrzParser::parse({ QStringLiteral("IDFRADOUEL<<<<<<<<<<<<<<<<<<<<932013"),
                                                   QStringLiteral("0506932020438CHRISTIANE<<NI2906209F3") },
                o));
        QCOMPARE(fra.value(QStringLiteral("format")).toString(), QStringLiteral("FRA-ID"));
        QCOMPARE(fra.value(QStringLiteral("valid")).toBool(), true);
        QVERIFY(!fra.contains(QStringLiteral("variant")));
        const QJsonObject fields = fra.value(QStringLiteral("fields")).toObject();
        const QJsonObject nationality = fields.value(QStringLiteral("nationality")).toObject();
        QCOMPARE(nationality.value(QStringLiteral("value")).toString(), QStringLiteral("FRA"));
        QVERIFY(!nationality.contains(QStringLiteral("line")));
        QCOMPARE(fields.value(QStringLiteral("dateOfIssue")).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("2005-06"));
        QVERIFY(!fields.contains(QStringLiteral("dateOfExpiry")));
        // Older Belgian long number: the rule applied is named.
        const QJsonObject bel = MrzJson::toJson(MrzParser::parse(
            { QStringLiteral("IDBEL000590696<1017<<<<<<<<<<<"), QStringLiteral("9401013F2710017BEL000101123459"),
                QStringLiteral("SPECIMEN<<SPECIMEN<<<<<<<<<<<<") },
            o));
        QCOMPARE(bel.value(QStringLiteral("variant")).toString(), QStringLiteral("BEL-TD1-long-number"));
        QCOMPARE(
            bel.value(QStringLiteral("warnings")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("nationalVariant"));
    }

    void unknownFormatIsStillAnObject()
    {
        MrzParser::Options o;
        o.today = QDate(2026, 11, 28);
        const QByteArray line = MrzJson::toCompactJson(MrzParser::parse({ QStringLiteral("ONE LINE") }, o));
        QVERIFY(!line.contains('\n'));
        const QJsonObject j = QJsonDocument::fromJson(line).object();
        QCOMPARE(j.value(QStringLiteral("format")).toString(), QStringLiteral("unknown"));
        QCOMPARE(j.value(QStringLiteral("fields")).toObject().size(), 0);
        QCOMPARE(
            j.value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("lineCount"));
        QVERIFY(!j.value(QStringLiteral("errors")).toArray().first().toObject().contains(QStringLiteral("line")));
    }
};

QTEST_APPLESS_MAIN(TestMrzJson)
#include "TestMrzJson.moc"
