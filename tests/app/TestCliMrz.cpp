#include "tests/support/TestHygiene.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

// Drives the real borderdesk-cli binary: `mrz` prints one JSON object per document (NDJSON) and
// exits 0 (all valid), 1 (any invalid) or 2 (usage error).
class TestCliMrz : public QObject
{
    Q_OBJECT
private:
    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> objects;
        QByteArray err;
    };
    static Run run(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(QStringLiteral(BD_CLI_PATH),
            QStringList { QStringLiteral("mrz"), QStringLiteral("--today"), QStringLiteral("2026-11-28") } + args);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.exitCode = p.exitCode();
        r.err = p.readAllStandardError();
        for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (!doc.isObject())
                qFatal("not a JSON object line: %s", qPrintable(error.errorString()));
            r.objects.append(doc.object());
        }
        return r;
    }
    static QByteArray td3()
    {
        return "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n";
    }
    static QByteArray td1()
    {
        return "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<\n";
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void specimenFromArguments()
    {
        const Run r = run({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.objects.size(), 1);
        const QJsonObject o = r.objects.first();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("TD3"));
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
        const QJsonObject number = fields.value(QStringLiteral("documentNumber")).toObject();
        QCOMPARE(number.value(QStringLiteral("value")).toString(), QStringLiteral("L898902C3"));
        QCOMPARE(number.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(number.value(QStringLiteral("position")).toInt(), 1);
        QCOMPARE(fields.value(QStringLiteral("dateOfBirth")).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("1974-08-12"));
        QCOMPARE(fields.value(QStringLiteral("givenNames")).toObject().value(QStringLiteral("value")).toString(),
            QStringLiteral("ANNA MARIA"));
        const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 5);
        const QJsonObject composite = checks.last().toObject();
        QCOMPARE(composite.value(QStringLiteral("field")).toString(), QStringLiteral("composite"));
        QCOMPARE(composite.value(QStringLiteral("found")).toString(), QStringLiteral("0"));
        QCOMPARE(composite.value(QStringLiteral("position")).toInt(), 44);
        QCOMPARE(o.value(QStringLiteral("errors")).toArray().size(), 0);
        const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("expired"));
        QCOMPARE(o.value(QStringLiteral("repairs")).toArray().size(), 0);
    }

    void stdinDocumentsAreNdjson()
    {
        QByteArray bad = td3();
        bad.replace("1204159", "1204158"); // expiry check digit
        const Run r = run({}, td3() + "\n\n" + td1() + "\n" + bad);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.objects.size(), 3);
        QCOMPARE(r.objects.at(1).value(QStringLiteral("format")).toString(), QStringLiteral("TD1"));
        QVERIFY(r.objects.at(0).value(QStringLiteral("valid")).toBool());
        QVERIFY(r.objects.at(1).value(QStringLiteral("valid")).toBool());
        QVERIFY(!r.objects.at(2).value(QStringLiteral("valid")).toBool());
        const QJsonObject error = r.objects.at(2).value(QStringLiteral("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("checkDigit"));
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(error.value(QStringLiteral("position")).toInt(), 28);
    }

    void repairIsReportedOneBased()
    {
        const Run r = run({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("L898902C36UTO74O8122F1204159ZE184226B<<<<<10") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray repairs = r.objects.first().value(QStringLiteral("repairs")).toArray();
        QCOMPARE(repairs.size(), 1);
        const QJsonObject rep = repairs.first().toObject();
        QCOMPARE(rep.value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(rep.value(QStringLiteral("position")).toInt(), 16);
        QCOMPARE(rep.value(QStringLiteral("from")).toString(), QStringLiteral("O"));
        QCOMPARE(rep.value(QStringLiteral("to")).toString(), QStringLiteral("0"));

        const Run off
            = run({ QStringLiteral("--no-repair"), QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                QStringLiteral("L898902C36UTO74O8122F1204159ZE184226B<<<<<10") });
        QCOMPARE(off.exitCode, 1);
        QCOMPARE(off.objects.first().value(QStringLiteral("repairs")).toArray().size(), 0);
    }

    void malformedInputIsInvalidNotACrash()
    {
        const Run r = run({ QStringLiteral("P<UTOERIKSSON"), QStringLiteral("L898902C3") });
        QCOMPARE(r.exitCode, 1);
        const QJsonArray errors = r.objects.first().value(QStringLiteral("errors")).toArray();
        QVERIFY(errors.size() >= 2);
        QCOMPARE(errors.first().toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("line 1 has 13 characters; TD2 needs 36"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate") } << td3();
        QTest::newRow("bad --today") << QStringList { QStringLiteral("--today"), QStringLiteral("2026-02-30") }
                                     << td3();
        QTest::newRow("empty stdin") << QStringList {} << QByteArray("\n\n");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        const Run r = run(args, input);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.objects.isEmpty());
        QVERIFY(r.err.contains("usage: borderdesk-cli mrz"));
    }

    void todayDecidesExpiry()
    {
        const Run r = run({ QStringLiteral("--today"), QStringLiteral("2011-12-01"),
            QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray warnings = r.objects.first().value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("expiresSoon"));
    }
};

QTEST_GUILESS_MAIN(TestCliMrz)
#include "TestCliMrz.moc"
