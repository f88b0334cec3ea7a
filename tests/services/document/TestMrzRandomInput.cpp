// Deterministic robustness test: tens of thousands of random and mutated inputs (seeded), checking
// that the parser never crashes or hangs and that its invariants hold.
#include "services/document/MrzJson.h"
#include "services/document/MrzParser.h"
#include "tests/support/TestHygiene.h"

#include "MrzTestData.h"

#include <QtConcurrent>
#include <QtTest>

using namespace bd::document;

namespace {

const QString s_alphabet
    = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<<<KCO0I1B8S5Z2G6 \n\r\t\u00E9\u00C4-.");

QString randomText(QRandomGenerator& rng)
{
    QString s;
    const int length = rng.bounded(200);
    for (int i = 0; i < length; ++i) {
        if (rng.bounded(50) == 0)
            s += QChar(static_cast<char16_t>(rng.bounded(0xD7FF) + 1)); // any BMP character
        else
            s += s_alphabet.at(rng.bounded(s_alphabet.size()));
    }
    return s;
}

QStringList mutate(QStringList lines, QRandomGenerator& rng)
{
    const int edits = 1 + rng.bounded(4);
    for (int e = 0; e < edits; ++e) {
        const int line = rng.bounded(lines.size());
        QString& l = lines[line];
        const int pos = l.isEmpty() ? 0 : rng.bounded(l.size());
        switch (rng.bounded(6)) {
        case 0:
        case 1:
        case 2:
            if (!l.isEmpty())
                l[pos] = s_alphabet.at(rng.bounded(s_alphabet.size() - 8));
            break;
        case 3:
            l.insert(pos, s_alphabet.at(rng.bounded(s_alphabet.size())));
            break;
        case 4:
            l.remove(pos, 1);
            break;
        case 5:
            if (rng.bounded(4) == 0)
                lines.removeAt(line);
            else
                lines.insert(line, l.left(pos));
            return lines;
        }
    }
    return lines;
}

void checkInvariants(const MrzRecord& r)
{
    QCOMPARE(r.valid, r.format != MrzFormat::Unknown && !r.hasErrors());
    if (r.valid) {
        QVERIFY(r.checksPass());
        QCOMPARE(r.lines.size(), r.format == MrzFormat::TD1 ? 3 : 2);
    }
    for (const MrzCheck& c : r.checks) {
        if (!c.ok) {
            QVERIFY(r.hasErrors());
        }
    }
    for (const MrzRepair& rep : r.repairs) {
        QVERIFY(rep.line >= 0 && rep.line < r.lines.size());
        QVERIFY(rep.column >= 0 && rep.column < r.lines.at(rep.line).size());
        QCOMPARE(r.lines.at(rep.line).at(rep.column), rep.to);
        QVERIFY(rep.from != rep.to);
    }
    for (const MrzField& f : r.fields) {
        QVERIFY(!f.name.isEmpty());
        if (f.span.length > 0) {
            QVERIFY(f.span.line >= 0 && f.span.line < r.lines.size());
            QVERIFY(f.span.column + f.span.length <= r.lines.at(f.span.line).size());
        }
    }
    QVERIFY(!MrzJson::toCompactJson(r).isEmpty());
}

} // namespace

class TestMrzRandomInput : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void randomText()
    {
        QRandomGenerator rng(20261128);
        MrzParser::Options o;
        o.today = QDate(2026, 11, 28);
        for (int i = 0; i < 20000; ++i) {
            const MrzRecord r = MrzParser::parseText(::randomText(rng), o);
            checkInvariants(r);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("iteration %1").arg(i)));
        }
    }

    void mutatedSpecimens()
    {
        QList<QStringList> docs;
        for (const char* file : { "valid.json", "negative.json" }) {
            for (const QJsonValue& v : bd::testdata::loadMrzVectors(file).value(QStringLiteral("documents")).toArray())
                docs.append(bd::testdata::toStringList(v.toObject().value(QStringLiteral("lines"))));
        }
        QRandomGenerator rng(9303);
        MrzParser::Options o;
        o.today = QDate(2026, 11, 28);
        int valid = 0;
        int repaired = 0;
        for (int i = 0; i < 30000; ++i) {
            const QStringList input = mutate(docs.at(rng.bounded(docs.size())), rng);
            o.repairConfusables = rng.bounded(4) != 0;
            const MrzRecord r = MrzParser::parse(input, o);
            checkInvariants(r);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("iteration %1").arg(i)));
            valid += r.valid ? 1 : 0;
            repaired += r.repairs.isEmpty() ? 0 : 1;
            if (!o.repairConfusables)
                QVERIFY(r.repairs.isEmpty());
        }
        qInfo("mutated inputs: 30000, still valid: %d, repaired: %d", valid, repaired);
        QVERIFY(valid > 0);
        QVERIFY(repaired > 0);
    }

    // The parser is pure: parsing the same inputs on a thread pool gives the sequential results.
    void concurrentParsingMatchesSequential()
    {
        QRandomGenerator rng(77);
        QList<QStringList> inputs;
        for (const QJsonValue& v :
            bd::testdata::loadMrzVectors("valid.json").value(QStringLiteral("documents")).toArray()) {
            const QStringList lines = bd::testdata::toStringList(v.toObject().value(QStringLiteral("lines")));
            for (int k = 0; k < 40; ++k)
                inputs.append(mutate(lines, rng));
        }
        MrzParser::Options o;
        o.today = QDate(2026, 11, 28);
        const auto parse = [o](const QStringList& lines) { return MrzParser::parse(lines, o); };
        QList<MrzRecord> sequential;
        for (const QStringList& in : inputs)
            sequential.append(parse(in));
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<MrzRecord> parallel = QtConcurrent::blockingMapped(&pool, inputs, parse);
        QCOMPARE(parallel.size(), sequential.size());
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            QCOMPARE(parallel.at(i).lines, sequential.at(i).lines);
            QCOMPARE(parallel.at(i).fields, sequential.at(i).fields);
            QCOMPARE(parallel.at(i).checks, sequential.at(i).checks);
            QCOMPARE(parallel.at(i).issues, sequential.at(i).issues);
            QCOMPARE(parallel.at(i).repairs, sequential.at(i).repairs);
        }
    }
};

QTEST_APPLESS_MAIN(TestMrzRandomInput)
#include "TestMrzRandomInput.moc"
