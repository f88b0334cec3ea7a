// Per-character confidence and the repair rule for zones read from images (issue 10): a reading
// whose check digits pass only through a repair the recogniser did not support is unverified, not
// valid; weak characters where no check digit covers them are marked and sent to the officer.
#include "services/document/MrzJson.h"
#include "services/document/MrzParser.h"
#include "services/ocr/MrzConfidence.h"
#include "services/results/CheckFacts.h"
#include "tests/support/TestHygiene.h"

#include <QJsonArray>
#include <QtTest>

#include <algorithm>

using namespace bd::ocr;
using bd::document::MrzIssue;
using bd::document::MrzParser;
using bd::document::MrzRecord;
using bd::document::MrzSpan;

namespace {

const QDate kToday(2026, 11, 30);

// The ICAO 9303 specimen with an expiry in 2030.
const QStringList kSpecimen { QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
    QStringLiteral("L898902C36UTO7408122F3004157ZE184226B<<<<<16") };

// What a sure recogniser says of `lines`: every character at 0.99.
std::vector<GlyphReading> sure(const QStringList& lines)
{
    std::vector<GlyphReading> raw;
    for (const QString& line : lines)
        for (const QChar c : line)
            raw.push_back({ GlyphAlternative { c.toLatin1(), 0.99f }, GlyphAlternative { '<', 0.005f },
                GlyphAlternative { 'X', 0.0f } });
    return raw;
}

GlyphReading& cell(std::vector<GlyphReading>& raw, int line, int column)
{
    return raw[static_cast<size_t>(line * 44 + column)];
}

MrzRecord parse(const QStringList& lines)
{
    return MrzParser::parse(lines, { kToday, true });
}

bool hasIssue(const MrzRecord& r, const char* code, MrzIssue::Severity severity)
{
    return std::any_of(r.issues.cbegin(), r.issues.cend(),
        [&](const MrzIssue& i) { return i.code == QLatin1String(code) && i.severity == severity; });
}

int icaoCheck(const QString& s)
{
    static const int weights[] = { 7, 3, 1 };
    int sum = 0;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const int v = c.isDigit() ? c.digitValue() : c == QLatin1Char('<') ? 0 : c.toLatin1() - 'A' + 10;
        sum += v * weights[i % 3];
    }
    return sum % 10;
}

// A TD3 zone whose optional data ends in a filler, and the same zone as a poor photo read it: the
// last three characters "<dd" read as "OOO", chosen (by searching the document and personal numbers)
// so that after the look-alike repair O -> 0 of both check digits, both the optional-data and the
// composite check digit pass by coincidence: the case seen on a real specimen photograph.
bool coincidentalZone(QStringList* truth, QStringList* misread)
{
    for (int m = 0; m < 1000; ++m) {
        const QString number = QStringLiteral("L%1").arg(m, 8, 10, QLatin1Char('0'));
        const QString head = number + QString::number(icaoCheck(number)) + QStringLiteral("UTO7408122F3004157");
        for (int n = 0; n < 1000; ++n) {
            const QString optional = QStringLiteral("ZE%1<<<<<<").arg(n, 6, 10, QLatin1Char('0'));
            const QString read = optional.left(13) + QLatin1Char('O');
            if (icaoCheck(read) != 0)
                continue;
            const QString composite = head.left(10) + head.mid(13, 7) + head.mid(21, 7) + read + QLatin1Char('0');
            if (icaoCheck(composite) != 0)
                continue;
            const QString good = optional + QString::number(icaoCheck(optional));
            const QString goodComposite = head.left(10) + head.mid(13, 7) + head.mid(21, 7) + good;
            *truth = { kSpecimen[0], head + good + QString::number(icaoCheck(goodComposite)) };
            *misread = { kSpecimen[0], head + read + QStringLiteral("OO") };
            return true;
        }
    }
    return false;
}

} // namespace

class TestMrzConfidence : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void aCoincidentalDoubleCheckDigitPassIsNotValid()
    {
        QStringList truth, misread;
        QVERIFY(coincidentalZone(&truth, &misread));
        QVERIFY(parse(truth).valid);
        // Without the recogniser's opinion, the look-alike repair makes the wrong zone "valid".
        MrzRecord record = parse(misread);
        QVERIFY(record.valid);
        QCOMPARE(record.repairs.size(), 2);
        QVERIFY(record.lines != truth);
        // The recogniser was sure of the three O's: the repair is against its reading.
        std::vector<GlyphReading> raw = sure(misread);
        for (int column : { 41, 42, 43 })
            cell(raw, 1, column)
                = { GlyphAlternative { 'O', 0.97f }, GlyphAlternative { 'Q', 0.02f }, GlyphAlternative { 'D', 0.01f } };
        assessConfidence(raw, false, record);
        QVERIFY(!record.valid);
        QVERIFY(hasIssue(record, "unverifiedRepair", MrzIssue::Severity::Error));
        const auto facts = bd::results::documentFactsFrom(record);
        QVERIFY(!facts.zoneValid);
        // The repaired check digits had no support at all: confidence 0, marked weak.
        QCOMPARE(record.confidence[1][42], 0.0f);
        QVERIFY(record.weakCharacters.contains(MrzSpan { 1, 42, 1 }));
    }

    void aRepairOfAnUncertainCharacterStaysValid()
    {
        // The composite check digit "6" read as "G", with "6" as the recogniser's close second.
        QStringList read = kSpecimen;
        read[1][43] = QLatin1Char('G');
        MrzRecord record = parse(read);
        QVERIFY(record.valid);
        std::vector<GlyphReading> raw = sure(read);
        cell(raw, 1, 43)
            = { GlyphAlternative { 'G', 0.55f }, GlyphAlternative { '6', 0.40f }, GlyphAlternative { 'C', 0.05f } };
        assessConfidence(raw, false, record);
        QVERIFY(record.valid);
        QCOMPARE(record.lines, kSpecimen);
        QCOMPARE(record.confidence[1][43], 0.40f);
        QVERIFY(!hasIssue(record, "unverifiedRepair", MrzIssue::Severity::Error));
    }

    void theSameRepairOfASureCharacterIsUnverified()
    {
        QStringList read = kSpecimen;
        read[1][43] = QLatin1Char('G');
        MrzRecord record = parse(read);
        QVERIFY(record.valid);
        std::vector<GlyphReading> raw = sure(read);
        cell(raw, 1, 43)
            = { GlyphAlternative { 'G', 0.96f }, GlyphAlternative { '6', 0.03f }, GlyphAlternative { 'C', 0.01f } };
        assessConfidence(raw, false, record);
        QVERIFY(!record.valid);
        QVERIFY(hasIssue(record, "unverifiedRepair", MrzIssue::Severity::Error));
    }

    void anAmbiguousRepairIsUnverified()
    {
        MrzRecord record = parse(kSpecimen);
        QVERIFY(record.valid);
        assessConfidence(sure(kSpecimen), true, record);
        QVERIFY(!record.valid);
        QVERIFY(hasIssue(record, "unverifiedRepair", MrzIssue::Severity::Error));
    }

    void aWeakCharacterInTheNameIsMarkedAndGoesToTheOfficer()
    {
        MrzRecord record = parse(kSpecimen);
        std::vector<GlyphReading> raw = sure(kSpecimen);
        // ERIKSSON: the second S (line 1, position 11) read with little confidence.
        cell(raw, 0, 10)
            = { GlyphAlternative { 'S', 0.52f }, GlyphAlternative { 'B', 0.41f }, GlyphAlternative { '5', 0.07f } };
        assessConfidence(raw, false, record);
        QVERIFY(record.valid); // no check digit can say otherwise ...
        QCOMPARE(record.weakCharacters, QList<MrzSpan> { (MrzSpan { 0, 10, 1 }) });
        QVERIFY(hasIssue(record, "verifyVisualZone", MrzIssue::Severity::Warning));
        // ... so the verdict must not admit on it: the name is unverified.
        const auto facts = bd::results::documentFactsFrom(record);
        QVERIFY(facts.zoneValid);
        QCOMPARE(facts.unverifiedFields, QStringList { QStringLiteral("name") });
    }

    void aWeakCharacterUnderACheckDigitIsMarkedTwoAreUnverified()
    {
        MrzRecord record = parse(kSpecimen);
        std::vector<GlyphReading> raw = sure(kSpecimen);
        cell(raw, 1, 1)
            = { GlyphAlternative { '8', 0.60f }, GlyphAlternative { 'B', 0.38f }, GlyphAlternative { '3', 0.02f } };
        assessConfidence(raw, false, record);
        QVERIFY(record.valid);
        QCOMPARE(record.weakCharacters.size(), 1);
        QVERIFY(!hasIssue(record, "verifyVisualZone", MrzIssue::Severity::Warning));
        QVERIFY(bd::results::documentFactsFrom(record).unverifiedFields.isEmpty());
        // A second weak character under the same check digit: a coincidental pass is possible.
        cell(raw, 1, 5)
            = { GlyphAlternative { '0', 0.61f }, GlyphAlternative { 'O', 0.30f }, GlyphAlternative { 'D', 0.09f } };
        MrzRecord again = parse(kSpecimen);
        assessConfidence(raw, false, again);
        QVERIFY(!again.valid);
        QVERIFY(hasIssue(again, "uncertainCharacters", MrzIssue::Severity::Error));
        QVERIFY(!bd::results::documentFactsFrom(again).zoneValid);
    }

    void fillersEndingTheNameAreWeakOnlyBelowHalf()
    {
        std::vector<GlyphReading> raw = sure(kSpecimen);
        cell(raw, 0, 43)
            = { GlyphAlternative { '<', 0.55f }, GlyphAlternative { 'Q', 0.20f }, GlyphAlternative { 'H', 0.04f } };
        MrzRecord record = parse(kSpecimen);
        assessConfidence(raw, false, record);
        QVERIFY(record.weakCharacters.isEmpty());
        QCOMPARE(record.confidence[0][43], 0.55f);
        cell(raw, 0, 43)
            = { GlyphAlternative { '<', 0.45f }, GlyphAlternative { 'Q', 0.40f }, GlyphAlternative { 'H', 0.04f } };
        MrzRecord unsure = parse(kSpecimen);
        assessConfidence(raw, false, unsure);
        QCOMPARE(unsure.weakCharacters, QList<MrzSpan> { (MrzSpan { 0, 43, 1 }) });
        QCOMPARE(bd::results::documentFactsFrom(unsure).unverifiedFields, QStringList { QStringLiteral("name") });
        // A filler inside the name (between surname and given names) is not the field's tail.
        cell(raw, 0, 43) = sure(kSpecimen)[43];
        cell(raw, 0, 14)
            = { GlyphAlternative { '<', 0.55f }, GlyphAlternative { 'K', 0.40f }, GlyphAlternative { 'H', 0.04f } };
        MrzRecord inner = parse(kSpecimen);
        assessConfidence(raw, false, inner);
        QCOMPARE(inner.weakCharacters, QList<MrzSpan> { (MrzSpan { 0, 14, 1 }) });
    }

    void confidenceIsReportedInJson()
    {
        MrzRecord record = parse(kSpecimen);
        std::vector<GlyphReading> raw = sure(kSpecimen);
        cell(raw, 0, 10)
            = { GlyphAlternative { 'S', 0.52f }, GlyphAlternative { 'B', 0.41f }, GlyphAlternative { '5', 0.07f } };
        assessConfidence(raw, false, record);
        const QJsonObject json = bd::document::MrzJson::toJson(record);
        const QJsonArray lines = json.value(QStringLiteral("confidence")).toArray();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].toObject().value(QStringLiteral("minimum")).toDouble(), 0.52);
        QCOMPARE(lines[1].toObject().value(QStringLiteral("minimum")).toDouble(), 0.99);
        const QJsonArray weak = json.value(QStringLiteral("weakCharacters")).toArray();
        QCOMPARE(weak.size(), 1);
        QCOMPARE(weak[0].toObject().value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(weak[0].toObject().value(QStringLiteral("position")).toInt(), 11);
        QCOMPARE(weak[0].toObject().value(QStringLiteral("character")).toString(), QStringLiteral("S"));
        // Typed input has no recogniser: no confidence in its JSON.
        QVERIFY(!bd::document::MrzJson::toJson(parse(kSpecimen)).contains(QStringLiteral("confidence")));
    }

    void aMismatchedShapeLeavesTheRecordAlone()
    {
        MrzRecord record = parse(kSpecimen);
        const MrzRecord before = record;
        std::vector<GlyphReading> raw = sure(kSpecimen);
        raw.pop_back();
        assessConfidence(raw, true, record);
        QCOMPARE(record.valid, before.valid);
        QVERIFY(record.confidence.isEmpty());
        QCOMPARE(record.issues.size(), before.issues.size());
    }
};

QTEST_GUILESS_MAIN(TestMrzConfidence)
#include "TestMrzConfidence.moc"
