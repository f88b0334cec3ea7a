#include "services/core/Redaction.h"
#include "services/document/MrzLogTokens.h"
#include "services/document/MrzParser.h"
#include "tests/support/TestHygiene.h"

#include <QtTest>

using bd::core::redactLogMessage;
using bd::core::sensitiveTokensOf;

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void masksPersonalData_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret");
        QTest::newRow("TD3 line 1") << QStringLiteral("read P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<")
                                    << QStringLiteral("ERIKSSON");
        QTest::newRow("TD3 line 2") << QStringLiteral("line L898902C36UTO7408122F1204159ZE184226B<<<<<10")
                                    << QStringLiteral("L898902C3");
        QTest::newRow("document number") << QStringLiteral("number L898902C3 checked") << QStringLiteral("L898902C3");
        QTest::newRow("yymmdd") << QStringLiteral("dob 740812 ok") << QStringLiteral("740812");
        QTest::newRow("iso date") << QStringLiteral("dob 1974-08-12 ok") << QStringLiteral("1974-08-12");
        QTest::newRow("image bytes") << QStringLiteral(
            "img iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk")
                                     << QStringLiteral("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ");
        QTest::newRow("TD1 name line") << QStringLiteral("x ERIKSSON<<ANNA<MARIA<<<<<<<<<<") << QStringLiteral("ANNA");
        // The forms people and gateways write dates in, not only ISO.
        QTest::newRow("dd.mm.yyyy") << QStringLiteral("born 23.06.1987 in") << QStringLiteral("23.06.1987");
        QTest::newRow("d.m.yyyy") << QStringLiteral("born 23.6.1987 in") << QStringLiteral("23.6.1987");
        QTest::newRow("yyyy-m-d") << QStringLiteral("dob=1987-6-23,") << QStringLiteral("1987-6-23");
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("dob 23/06/1987") << QStringLiteral("23/06/1987");
        QTest::newRow("m/d/yyyy") << QStringLiteral("dob 6/23/1987") << QStringLiteral("6/23/1987");
        QTest::newRow("yyyy/mm/dd") << QStringLiteral("dob 1987/06/23") << QStringLiteral("1987/06/23");
        QTest::newRow("yyyy.mm.dd") << QStringLiteral("dob 1987.06.23") << QStringLiteral("1987.06.23");
        QTest::newRow("dd-mm-yyyy") << QStringLiteral("dob 23-06-1987") << QStringLiteral("23-06-1987");
        QTest::newRow("dd.mm.yy") << QStringLiteral("dob 23.06.87 ok") << QStringLiteral("23.06.87");
        QTest::newRow("yyyymmdd") << QStringLiteral("dob 19870623 ok") << QStringLiteral("19870623");
        QTest::newRow("json date") << QStringLiteral("{\"dateOfBirth\":\"1987-06-23\"}")
                                   << QStringLiteral("1987-06-23");
        // Document numbers in lower or mixed case.
        QTest::newRow("lower-case number") << QStringLiteral("number xk4471q93 checked") << QStringLiteral("xk4471q93");
        QTest::newRow("mixed-case number") << QStringLiteral("number Xk4471Q93 checked") << QStringLiteral("Xk4471Q93");
        QTest::newRow("number in json") << QStringLiteral("{\"documentNumber\":\"xk4471q93\"}")
                                        << QStringLiteral("4471");
    }
    void masksPersonalData()
    {
        QFETCH(QString, message);
        QFETCH(QString, secret);
        const QString out = redactLogMessage(message);
        QVERIFY2(!out.contains(secret), qPrintable(out));
    }

    void keepsOrdinaryDiagnostics()
    {
        const QString msg = QStringLiteral("format TD3 parsed in 3 ms, 2 lines, valid=false, checks 4/5; a < b");
        QCOMPARE(redactLogMessage(msg), msg);
        const QString versions = QStringLiteral("Qt 6.4.2, OpenCV 4.6.0, search took 12.5 s at 09:00:00, HTTP/1.1 200");
        QCOMPARE(redactLogMessage(versions), versions);
    }

    // The check flow's tokens of a parsed record (ICAO 9303 specimen).
    void tokensOfARecord()
    {
        const auto record
            = bd::document::MrzParser::parse({ QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                                                 QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") },
                { QDate(2026, 11, 28), true });
        const QStringList tokens = bd::document::sensitiveLogTokens(record);
        for (const char* t : { "ERIKSSON", "ANNA", "MARIA", "L898902C3", "ZE184226B" })
            QVERIFY2(tokens.contains(QString::fromLatin1(t)), qPrintable(tokens.join(QLatin1Char(','))));
        QVERIFY(!tokens.contains(QStringLiteral("UTO"))); // the issuing state is not personal
        const QString out = redactLogMessage(QStringLiteral("Anna Maria Eriksson, l898902c3"), tokens);
        // Every name part and the number are gone, in any case (adjacent name parts may merge).
        for (const char* t : { "anna", "maria", "eriksson", "l898902c3" })
            QVERIFY2(!out.contains(QString::fromLatin1(t), Qt::CaseInsensitive), qPrintable(out));
        QVERIFY2(out.startsWith(QStringLiteral("[personal]")) && out.endsWith(QStringLiteral(", [personal]")),
            qPrintable(out));
    }

    // Names are words like any other: only the current record's tokens can mask them.
    void masksTheCurrentRecordsTokens()
    {
        const QStringList tokens = sensitiveTokensOf({ QStringLiteral("QUENTINOVSKA"),
            QStringLiteral("ZELMIRA ANNA-LIV"), QStringLiteral("XK4471Q93"), QStringLiteral("O'NEILL<<JO") });
        for (const char* t :
            { "QUENTINOVSKA", "ZELMIRA", "ANNA-LIV", "ANNA", "LIV", "XK4471Q93", "O'NEILL", "NEILL", "JO" })
            QVERIFY2(tokens.contains(QString::fromLatin1(t)), t);
        QVERIFY(!tokens.contains(QStringLiteral("O"))); // single characters would mask everything

        const QString message = QStringLiteral("search for Quentinovska, zelmira Anna-Liv (doc xk4471q93) by O'Neill: "
                                               "3 systems answered; Annabel unrelated");
        const QString out = redactLogMessage(message, tokens);
        for (const char* secret : { "quentinovska", "zelmira", "anna-liv", "xk4471q93", "neill", " liv" })
            QVERIFY2(!out.contains(QString::fromLatin1(secret), Qt::CaseInsensitive), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("3 systems answered")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Annabel unrelated")), qPrintable(out)); // whole words only
        QVERIFY(out.contains(QStringLiteral("[personal]")));
        // Without tokens the names stay (the patterns cannot know them), with an empty set too.
        QCOMPARE(redactLogMessage(QStringLiteral("Zelmira"), {}), QStringLiteral("Zelmira"));
        // Regular-expression characters in a token are literal.
        QCOMPARE(redactLogMessage(QStringLiteral("a.b and axb"), { QStringLiteral("a.b") }),
            QStringLiteral("[personal] and axb"));
    }
};

QTEST_APPLESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
