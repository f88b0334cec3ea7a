#include "services/core/Redaction.h"

#include <QtTest>

using bd::core::redactLogMessage;

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
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
        QTest::newRow("image bytes") << QStringLiteral("img iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk")
                                     << QStringLiteral("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ");
        QTest::newRow("TD1 name line") << QStringLiteral("x ERIKSSON<<ANNA<MARIA<<<<<<<<<<") << QStringLiteral("ANNA");
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
    }
};

QTEST_APPLESS_MAIN(TestRedaction)
#include "TestRedaction.moc"
