#include "tests/support/TestHygiene.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// Drives the real borderdesk-cli binary: `stay` reads JSON on stdin, prints one JSON object,
// exits 0 (no overstay), 1 (overstay) or 2 (bad input).
class TestCliStay : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QByteArray& input, const QStringList& args = {})
    {
        QProcess p;
        p.start(QStringLiteral(BD_CLI_PATH), QStringList { QStringLiteral("stay") } + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            return { -1, {}, {} };
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void legalStayExitsZero()
    {
        const Run r = run(R"({"controlDate":"2014-11-30","stays":[{"entry":"2014-08-15","exit":"2014-09-30"},)"
                          R"({"entry":"2014-11-01","exit":"2014-11-30"}]})");
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("daysUsed")).toInt(), 77);
        QCOMPARE(o.value(QStringLiteral("latestExit")).toString(), QStringLiteral("2014-12-13"));
    }

    void overstayExitsOneWithPlanning()
    {
        const Run r = run(R"({"controlDate":"2014-06-09","plannedEntry":"2014-08-30","stays":[)"
                          R"({"entry":"2013-09-01","exit":"2013-09-30"},{"entry":"2014-02-21","exit":"2014-04-20"},)"
                          R"({"entry":"2014-05-01","exit":"2014-06-09"}]})");
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("overstayDays")).toInt(), 9);
        const QJsonObject planned = o.value(QStringLiteral("planned")).toObject();
        QCOMPARE(planned.value(QStringLiteral("days")).toInt(), 50);
        QCOMPARE(planned.value(QStringLiteral("lastDay")).toString(), QStringLiteral("2014-10-18"));
    }

    void badInputExitsTwoWithReason()
    {
        const Run r = run(R"({"controlDate":"2014-06-09","stays":[{"entry":"2014-06-10","exit":"2014-06-01"}]})");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("exit 2014-06-01 is before entry 2014-06-10"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliStay)
#include "TestCliStay.moc"
