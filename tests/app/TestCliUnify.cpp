#include "tests/support/TestHygiene.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

namespace {

const QByteArray kNoHit
    = "{\"type\":\"system\",\"searchId\":\"s1\",\"system\":\"sis\",\"status\":\"no-hit\",\"latencyMs\":12,\"hits\":[]}";

QByteArray stream(const QByteArray& nationality, const QByteArray& sisLine, bool summary = true)
{
    QByteArray s = "{\"version\":1,\"searchId\":\"s1\",\"officerId\":\"o1\",\"profile\":\"border-first-line\","
                   "\"purpose\":\"entry-check\","
                   "\"document\":{\"documentCode\":\"P\",\"issuingState\":\"NAT\",\"number\":\"L898902C3\","
                   "\"dateOfExpiry\":\"2030-04-15\"},"
                   "\"person\":{\"surname\":\"ERIKSSON\",\"givenNames\":\"ANNA "
                   "MARIA\",\"dateOfBirth\":\"1974-08-12\",\"sex\":\"F\","
                   "\"nationality\":\"NAT\"},\"systems\":[\"sis\"]}\n";
    s.replace("NAT", nationality);
    s += sisLine + '\n';
    if (summary)
        s += "{\"type\":\"summary\",\"searchId\":\"s1\",\"links\":[],\"withheld\":[],\"answered\":[\"sis\"],"
             "\"totalMs\":15}\n";
    return s;
}

} // namespace

// Drives the real borderdesk-cli binary: `unify` reads a recorded answer stream (NDJSON) on stdin
// and prints the unified result; exit 0 admit / let exit, 1 anything else, 2 bad input.
class TestCliUnify : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode;
        QJsonObject out;
        QByteArray err;
    };
    static Run run(const QByteArray& input, const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(BD_CLI_PATH), QStringList { QStringLiteral("unify") } + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return { -1, {}, {} };
        return { p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object(), p.readAllStandardError() };
    }
    static QStringList frenchZone()
    {
        return { QStringLiteral("--mrz"), QStringLiteral("P<FRAERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("--mrz"), QStringLiteral("L898902C36FRA7408122F3004157<<<<<<<<<<<<<<04") };
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void cleanFreeMovementAdmitsAndForeignLineDoesNot()
    {
        const QStringList args = QStringList { QStringLiteral("--today"), QStringLiteral("2026-11-30") } + frenchZone();
        Run r = run(stream("FRA", kNoHit), args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.value(QStringLiteral("requiredAction")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("admit"));
        // The same answer for another search: never a no-hit.
        QByteArray foreign = kNoHit;
        foreign.replace("\"s1\"", "\"s9\"");
        r = run(stream("FRA", foreign), args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.value(QStringLiteral("requiredAction")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("complete-checks-manually"));
        // No summary.
        r = run(stream("FRA", kNoHit, false), args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.out.value(QStringLiteral("integrityProblems")).toArray().isEmpty());
    }

    void withoutZoneNeverAdmits()
    {
        const Run r = run(stream("FRA", kNoHit), { QStringLiteral("--today"), QStringLiteral("2026-11-30") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.value(QStringLiteral("requiredAction")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("verify-document"));
    }

    void exitPurposeLetsExit()
    {
        const QStringList args = QStringList { QStringLiteral("--today"), QStringLiteral("2026-11-30"),
            QStringLiteral("--purpose"), QStringLiteral("exit-check") }
            + frenchZone();
        const Run r = run(stream("FRA", kNoHit), args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.value(QStringLiteral("requiredAction")).toObject().value(QStringLiteral("decision")).toString(),
            QStringLiteral("let-exit"));
    }

    void badInputExitsTwo()
    {
        Run r = run("not json\n", {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("line 1"));
        r = run(stream("FRA", kNoHit), { QStringLiteral("--residence"), QStringLiteral("permit:DEU") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--residence"));
    }
};

QTEST_GUILESS_MAIN(TestCliUnify)
#include "TestCliUnify.moc"
