// The audit trail: records chained and numbered, files 0600, fsynced with an end marker; every kind
// of tampering found and reported with its place — a changed byte, a removed record (inside or at
// the end), two records swapped, a record repeated, a record spliced in from another trail, an
// edited or removed end marker, a removed trail — and the workstation still able to go on recording
// after a problem, without numbering a record twice. No personal data is written.
#include "services/storage/AuditTrail.h"
#include "services/storage/AuditWriter.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FileProbe.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using bd::storage::AuditEvent;
using bd::storage::AuditProblem;
using bd::storage::AuditTrail;
using bd::storage::AuditVerification;
using bd::storage::DataKeys;
using Kind = AuditProblem::Kind;

Q_DECLARE_METATYPE(AuditProblem::Kind)

using bd::testsupport::contentOf;
using bd::testsupport::modeOf;

namespace {

const DataKeys kKeys { QByteArray(32, 'e'), QByteArray(32, 'l') };

AuditEvent sampleEvent(int n)
{
    return AuditEvent { n % 2 ? QStringLiteral("search") : QStringLiteral("decision"), QStringLiteral("officer-0042"),
        QStringLiteral("ws-berlin-07"), QStringLiteral("6f1c2b7e-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')),
        QJsonObject { { QStringLiteral("n"), n } }, {} };
}

QString logPath(const QTemporaryDir& dir)
{
    return dir.filePath(QString::fromLatin1(AuditTrail::kFileName));
}
QString headPath(const QTemporaryDir& dir)
{
    return dir.filePath(QString::fromLatin1(AuditTrail::kHeadName));
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QList<QByteArray> linesOf(const QString& path)
{
    QList<QByteArray> lines = contentOf(path).split('\n');
    lines.removeLast();
    return lines;
}

void writeLines(const QString& path, const QList<QByteArray>& lines)
{
    write(path, lines.join('\n') + '\n');
}

// A trail of `count` records in `dir`.
void record(const QTemporaryDir& dir, bd::testsupport::FakeClock& clock, int count)
{
    AuditVerification found;
    auto trail = AuditTrail::open(dir.path(), kKeys, clock, &found);
    QVERIFY(trail.ok());
    QVERIFY2(found.ok(), qPrintable(found.problem ? found.problem->text : QString()));
    for (int i = 1; i <= count; ++i) {
        clock.advance(1000);
        QVERIFY(!trail.value()->append(sampleEvent(i)));
    }
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

    bd::testsupport::FakeClock m_clock;

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
    }

    void recordsAreNumberedChainedAndPrivate()
    {
        QTemporaryDir dir;
        record(dir, m_clock, 3);
        QCOMPARE(modeOf(logPath(dir)), 0600);
        QCOMPARE(modeOf(headPath(dir)), 0600);
        const QList<QByteArray> lines = linesOf(logPath(dir));
        QCOMPARE(lines.size(), 3);
        QByteArray prev(64, '0');
        for (int i = 0; i < 3; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object(); // each line is JSON as it stands
            QCOMPARE(o.value(QLatin1String("seq")).toInteger(), i + 1);
            QCOMPARE(o.value(QLatin1String("kind")).toString(), sampleEvent(i + 1).kind);
            QCOMPARE(o.value(QLatin1String("officer")).toString(), QStringLiteral("officer-0042"));
            QCOMPARE(o.value(QLatin1String("workstation")).toString(), QStringLiteral("ws-berlin-07"));
            QCOMPARE(o.value(QLatin1String("reference")).toString(), sampleEvent(i + 1).reference);
            QCOMPARE(o.value(QLatin1String("at")).toString(),
                QDateTime(QDate(2026, 11, 28), QTime(9, 0, i + 1), Qt::UTC).toString(Qt::ISODateWithMs));
            QCOMPARE(o.value(QLatin1String("prev")).toString().toLatin1(), prev);
            prev = o.value(QLatin1String("mac")).toString().toLatin1();
            QCOMPARE(prev.size(), 64);
        }
        const AuditVerification checked = AuditTrail::verify(dir.path(), kKeys);
        QVERIFY(checked.ok());
        QCOMPARE(checked.records, 3);
    }

    void reopeningContinuesTheChain()
    {
        QTemporaryDir dir;
        record(dir, m_clock, 2);
        record(dir, m_clock, 2); // a restart
        const AuditVerification checked = AuditTrail::verify(dir.path(), kKeys);
        QVERIFY2(checked.ok(), qPrintable(checked.problem ? checked.problem->text : QString()));
        QCOMPARE(checked.records, 4);
        QCOMPARE(
            QJsonDocument::fromJson(linesOf(logPath(dir)).constLast()).object().value(QLatin1String("seq")).toInteger(),
            4);
    }

    void anotherKeyFindsEveryRecordForged()
    {
        QTemporaryDir dir;
        record(dir, m_clock, 2);
        const AuditVerification checked
            = AuditTrail::verify(dir.path(), DataKeys { kKeys.encryption, QByteArray(32, 'x') });
        QVERIFY(!checked.ok());
        QCOMPARE(checked.problem->kind, Kind::Altered);
        QCOMPARE(checked.problem->line, 1);
    }

    void tamperingIsFoundWithItsPlace_data()
    {
        QTest::addColumn<int>("tampering");
        QTest::addColumn<AuditProblem::Kind>("kind");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("a changed byte") << 0 << Kind::Altered << qint64(3) << QStringLiteral("line 3 was altered");
        QTest::newRow("a record removed inside")
            << 1 << Kind::Missing << qint64(3) << QStringLiteral("record 3 is missing");
        QTest::newRow("two records swapped")
            << 2 << Kind::OutOfOrder << qint64(2) << QStringLiteral("line 2 holds record 3");
        QTest::newRow("a record repeated")
            << 3 << Kind::OutOfOrder << qint64(4) << QStringLiteral("line 4 holds record 3");
        QTest::newRow("the last records removed")
            << 4 << Kind::Missing << qint64(4) << QStringLiteral("records 4 to 5 are missing at the end");
        QTest::newRow("a line edited into junk")
            << 5 << Kind::NotARecord << qint64(2) << QStringLiteral("line 2 is not an audit record");
        QTest::newRow("the end marker edited")
            << 6 << Kind::HeadAltered << qint64(0) << QStringLiteral("end marker audit.head was altered");
        QTest::newRow("the end marker removed")
            << 7 << Kind::HeadMissing << qint64(0) << QStringLiteral("audit.head is missing");
        QTest::newRow("the trail removed")
            << 8 << Kind::HeadMissing << qint64(1) << QStringLiteral("audit.jsonl is gone");
        QTest::newRow("cut off while writing")
            << 9 << Kind::NotARecord << qint64(5) << QStringLiteral("line 5 is an incomplete record");
    }

    void tamperingIsFoundWithItsPlace()
    {
        QFETCH(int, tampering);
        QFETCH(AuditProblem::Kind, kind);
        QFETCH(qint64, line);
        QFETCH(QString, words);
        QTemporaryDir dir;
        record(dir, m_clock, 5);
        QList<QByteArray> lines = linesOf(logPath(dir));
        switch (tampering) {
        case 0:
            lines[2].replace("search", "SEARCH");
            break;
        case 1:
            lines.removeAt(2);
            break;
        case 2:
            lines.swapItemsAt(1, 2);
            break;
        case 3:
            lines.insert(3, lines[2]);
            break;
        case 4:
            lines = lines.mid(0, 3);
            break;
        case 5:
            lines[1] = "{\"seq\":2}";
            break;
        case 6:
            write(headPath(dir), contentOf(headPath(dir)).replace("\"seq\":5", "\"seq\":4"));
            break;
        case 7:
            QVERIFY(QFile::remove(headPath(dir)));
            break;
        case 8:
            QVERIFY(QFile::remove(logPath(dir)));
            break;
        case 9:
            lines[4].chop(20);
            break;
        }
        if (tampering <= 5)
            writeLines(logPath(dir), lines);
        if (tampering == 9)
            write(logPath(dir), lines.join('\n')); // no final newline: the write stopped
        const AuditVerification checked = AuditTrail::verify(dir.path(), kKeys);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.problem->kind, kind);
        QCOMPARE(checked.problem->line, line);
        QVERIFY2(checked.problem->text.contains(words), qPrintable(checked.problem->text));
    }

    void aRecordFromAnotherTrailDoesNotFollow()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        record(first, m_clock, 3);
        record(second, m_clock, 3); // same key, later times: every record valid on its own
        QList<QByteArray> lines = linesOf(logPath(first));
        lines[2] = linesOf(logPath(second))[2];
        writeLines(logPath(first), lines);
        const AuditVerification checked = AuditTrail::verify(first.path(), kKeys);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.problem->kind, Kind::Replaced);
        QCOMPARE(checked.problem->line, 3);
        QCOMPARE(checked.records, 2);
    }

    void recordingGoesOnAfterAProblemWithoutReusingNumbers()
    {
        QTemporaryDir dir;
        record(dir, m_clock, 5);
        QList<QByteArray> lines = linesOf(logPath(dir));
        writeLines(logPath(dir), lines.mid(0, 3)); // records 4 and 5 removed
        AuditVerification found;
        auto trail = AuditTrail::open(dir.path(), kKeys, m_clock, &found);
        QVERIFY(trail.ok());
        QVERIFY(!found.ok());
        QCOMPARE(found.problem->kind, Kind::Missing);
        QVERIFY(!trail.value()->append(sampleEvent(6)));
        QCOMPARE(trail.value()->lastSeq(), 6);
        const QList<QByteArray> after = linesOf(logPath(dir));
        QCOMPARE(after.size(), 4);
        QCOMPARE(QJsonDocument::fromJson(after[3]).object().value(QLatin1String("seq")).toInteger(), 6);
        // The gap stays on record: the trail still reports record 4 missing, at line 4.
        const AuditVerification checked = AuditTrail::verify(dir.path(), kKeys);
        QCOMPARE(checked.problem->kind, Kind::Missing);
        QCOMPARE(checked.problem->line, 4);
    }

    void theWriterKeepsTheOrderAndStampsTheEvent()
    {
        QTemporaryDir dir;
        {
            auto trail = AuditTrail::open(dir.path(), kKeys, m_clock, nullptr);
            QVERIFY(trail.ok());
            bd::storage::AuditWriter writer(std::move(trail.value()), QStringLiteral("ws-hamburg-02"));
            QSignalSpy failed(&writer, &bd::storage::AuditWriter::writeFailed);
            for (int i = 1; i <= 200; ++i) {
                AuditEvent e = sampleEvent(i);
                e.workstationId.clear();
                writer.record(e);
                m_clock.advance(10);
            }
            writer.waitUntilWritten();
            QCoreApplication::processEvents();
            QCOMPARE(failed.size(), 0);
        } // destroying the writer waits for the disk
        const QList<QByteArray> lines = linesOf(logPath(dir));
        QCOMPARE(lines.size(), 200);
        for (int i = 0; i < 200; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(o.value(QLatin1String("reference")).toString(), sampleEvent(i + 1).reference);
            QCOMPARE(o.value(QLatin1String("workstation")).toString(), QStringLiteral("ws-hamburg-02"));
            // Stamped when recorded, not when the writer's thread got to it.
            QCOMPARE(o.value(QLatin1String("at")).toString(),
                QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC).addMSecs(10 * i).toString(Qt::ISODateWithMs));
        }
        QVERIFY(AuditTrail::verify(dir.path(), kKeys).ok());
    }

    void aRecordTheDiskRefusesIsReported()
    {
        QTemporaryDir dir;
        auto trail = AuditTrail::open(dir.path(), kKeys, m_clock, nullptr);
        QVERIFY(trail.ok());
        bd::storage::AuditWriter writer(std::move(trail.value()), QStringLiteral("ws-1"));
        QSignalSpy failed(&writer, &bd::storage::AuditWriter::writeFailed);
        // The trail's place is taken by a directory: no record can be appended there.
        QVERIFY(QDir(dir.path()).mkdir(QString::fromLatin1(AuditTrail::kFileName)));
        writer.record(sampleEvent(1));
        writer.waitUntilWritten();
        QVERIFY(failed.wait(5000) || failed.size() == 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("cannot write audit record 1")),
            qPrintable(failed.at(0).at(0).toString()));
    }

    void aCutOffLineIsClosedBeforeTheNextRecord()
    {
        QTemporaryDir dir;
        record(dir, m_clock, 2);
        QByteArray bytes = contentOf(logPath(dir));
        bytes.chop(10);
        write(logPath(dir), bytes);
        AuditVerification found;
        auto trail = AuditTrail::open(dir.path(), kKeys, m_clock, &found);
        QVERIFY(trail.ok());
        QCOMPARE(found.problem->kind, Kind::NotARecord);
        QVERIFY(!trail.value()->append(sampleEvent(3)));
        const QList<QByteArray> lines = linesOf(logPath(dir));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value(QLatin1String("seq")).toInteger(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "TestAuditTrail.moc"
