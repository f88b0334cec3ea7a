#include "services/document/ConfusableRepair.h"
#include "services/document/MrzLayout.h"
#include "services/document/MrzParser.h"
#include "tests/support/TestHygiene.h"

#include "MrzTestData.h"

#include <QtTest>

using namespace bd::document;
using bd::testdata::loadMrzVectors;
using bd::testdata::toStringList;

namespace {

MrzParser::Options options(bool repair = true)
{
    MrzParser::Options o;
    o.today = QDate(2026, 11, 28);
    o.repairConfusables = repair;
    return o;
}

QList<QStringList> validDocuments()
{
    QList<QStringList> out;
    for (const QJsonValue& v : loadMrzVectors("valid.json").value(QStringLiteral("documents")).toArray())
        out.append(toStringList(v.toObject().value(QStringLiteral("lines"))));
    return out;
}

const QStringList TD3 { QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
    QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") };
const QStringList TD1 { QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
    QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"), QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<") };

QStringList with(QStringList lines, int line, int column, QChar c)
{
    lines[line][column] = c;
    return lines;
}

} // namespace

class TestConfusableRepair : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void validZoneIsNeverRepaired()
    {
        for (const QStringList& lines : validDocuments()) {
            const MrzRecord r = MrzParser::parse(lines, options());
            QVERIFY(r.valid);
            QVERIFY(r.repairs.isEmpty());
            QCOMPARE(r.lines, lines);
        }
    }

    void repairsTypedConfusions_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QList<MrzRepair>>("expected");
        QTest::newRow("O in birth date") << with(TD3, 1, 15, u'O') << QList<MrzRepair> { { 1, 15, u'O', u'0' } };
        QTest::newRow("I in check digit") << with(with(TD3, 1, 43, u'O'), 1, 19, u'Z')
                                          << QList<MrzRepair> { { 1, 19, u'Z', u'2' }, { 1, 43, u'O', u'0' } };
        QTest::newRow("0 in surname") << with(TD3, 0, 11, u'0') << QList<MrzRepair> { { 0, 11, u'0', u'O' } };
        QTest::newRow("1 in issuing state")
            << with(TD1, 0, 2, u'1') << QList<MrzRepair> {}; // "1TO": no look-alike for U
        QTest::newRow("5 in nationality") << with(with(TD1, 1, 15, u'5'), 1, 16, u'7') << QList<MrzRepair> {};
        QTest::newRow("8 in document code") << with(TD1, 0, 0, u'1') << QList<MrzRepair> { { 0, 0, u'1', u'I' } };
        QTest::newRow("trailing fillers read as K in name")
            << QStringList { QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<KKK<<<<<<<<<<"), TD3.at(1) }
            << QList<MrzRepair> { { 0, 31, u'K', u'<' }, { 0, 32, u'K', u'<' }, { 0, 33, u'K', u'<' } };
        QTest::newRow("document number O read for 0 (TD1)")
            << with(TD1, 0, 13, u'O') << QList<MrzRepair> { { 0, 13, u'O', u'0' } };
        QTest::newRow("optional data filler read as C (TD3)")
            << with(TD3, 1, 40, u'C') << QList<MrzRepair> { { 1, 40, u'C', u'<' } };
        QTest::newRow("optional data filler run read as K (TD3)") << with(with(with(TD3, 1, 38, u'K'), 1, 39, u'K'), 1,
            41, u'C') << QList<MrzRepair> { { 1, 38, u'K', u'<' }, { 1, 39, u'K', u'<' }, { 1, 41, u'C', u'<' } };
        QTest::newRow(
            "TD1 optional data fillers read as C (composite only; K has value 20 and is invisible to check digits)")
            << with(with(TD1, 1, 26, u'C'), 1, 27, u'C')
            << QList<MrzRepair> { { 1, 26, u'C', u'<' }, { 1, 27, u'C', u'<' } };
        QTest::newRow("negative vector: wrong number check digit stays wrong")
            << with(TD1, 0, 14, u'2') << QList<MrzRepair> {};
        QTest::newRow("number digit read as letter (TD3)")
            << with(TD3, 1, 5, u'O') << QList<MrzRepair> { { 1, 5, u'O', u'0' } };
        // L898902C3 with 8 read as B at position 2: B->8 there and 8->B at position 4 both satisfy
        // the number check, and the TD3 composite (aligned with the number) cannot tell them apart.
        QTest::newRow("ambiguous number swap is left alone") << with(TD3, 1, 1, u'B') << QList<MrzRepair> {};
    }
    void repairsTypedConfusions()
    {
        QFETCH(QStringList, lines);
        QFETCH(QList<MrzRepair>, expected);
        const MrzRecord r = MrzParser::parse(lines, options());
        QCOMPARE(r.repairs, expected);
        if (!expected.isEmpty()) {
            QVERIFY(r.valid);
            QVERIFY(std::any_of(r.issues.cbegin(), r.issues.cend(),
                [](const MrzIssue& i) { return i.code == QLatin1String("repaired"); }));
        } else {
            QVERIFY(!r.valid);
            QCOMPARE(r.lines, lines);
        }
        // Without repair the same input is reported, not changed.
        const MrzRecord raw = MrzParser::parse(lines, options(false));
        QVERIFY(raw.repairs.isEmpty());
        QCOMPARE(raw.lines, lines);
    }

    // Every single look-alike substitution in a digit-only position (dates, check digits) of every
    // specimen is repaired back to the original.
    void singleDigitConfusionsRepairBack()
    {
        int tried = 0;
        for (const QStringList& lines : validDocuments()) {
            const MrzFormat format = detectMrzFormat(lines);
            const MrzLayout layout = mrzLayout(format, lines);
            for (int line = 0; line < lines.size(); ++line) {
                for (int col = 0; col < lines.at(line).size(); ++col) {
                    const QChar c = lines.at(line).at(col);
                    if (layout.charClassAt(line, col) != MrzCharClass::Digit || !c.isDigit())
                        continue;
                    const QChar letter = ConfusableRepair::letterFor(c);
                    if (letter.isNull())
                        continue;
                    const MrzRecord r = MrzParser::parse(with(lines, line, col, letter), options());
                    ++tried;
                    QVERIFY2(r.valid, qPrintable(QStringLiteral("%1:%2").arg(line).arg(col)));
                    QCOMPARE(r.lines, lines);
                    QCOMPARE(r.repairs, (QList<MrzRepair> { { line, col, letter, c } }));
                }
            }
        }
        QVERIFY(tried > 100);
        qInfo("single digit confusions repaired back: %d", tried);
    }

    void wrongCheckDigitIsNotHiddenByRepair()
    {
        // A wrong check digit that no look-alike explains stays an error.
        const MrzRecord r = MrzParser::parse(with(TD3, 1, 19, u'7'), options());
        QVERIFY(!r.valid);
        QVERIFY(r.repairs.isEmpty());
    }

    void ambiguityGivesUp()
    {
        // MRV-A has no composite: when two different swaps both satisfy the number check the
        // repairer must not choose.
        QStringList lines { QStringLiteral("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("L8988901C4XXX4009078F96121096ZE184226B<<<<<<") };
        int ambiguousOrNone = 0;
        for (const QChar cd : QStringLiteral("0123456789")) {
            const QStringList changed = with(lines, 1, 9, cd);
            const ConfusableRepair::Outcome o = ConfusableRepair::repair(MrzFormat::MRVA, changed);
            if (!o.changed()) {
                ++ambiguousOrNone;
                continue;
            }
            // Any offered repair passes every check digit.
            const MrzRecord r = MrzParser::parse(o.lines, options(false));
            QVERIFY(r.checksPass());
        }
        QVERIFY(ambiguousOrNone >= 1);
    }

    void wrongShapeIsLeftAlone()
    {
        const ConfusableRepair::Outcome o = ConfusableRepair::repair(MrzFormat::TD3, { TD3.at(0), TD3.at(1).left(40) });
        QVERIFY(!o.changed());
        QCOMPARE(ConfusableRepair::repair(MrzFormat::TD1, TD3).repairs.size(), 0);
    }

    void lookAlikeTables()
    {
        for (const QChar d : QStringLiteral("018526")) {
            const QChar l = ConfusableRepair::letterFor(d);
            QVERIFY(l.isLetter());
            QCOMPARE(ConfusableRepair::digitFor(l), d);
        }
        QVERIFY(ConfusableRepair::letterFor(u'4').isNull());
        QVERIFY(ConfusableRepair::digitFor(u'A').isNull());
    }
};

QTEST_APPLESS_MAIN(TestConfusableRepair)
#include "TestConfusableRepair.moc"
