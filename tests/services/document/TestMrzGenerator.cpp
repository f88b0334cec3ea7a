#include "services/document/MrzGenerator.h"
#include "services/document/MrzNames.h"
#include "services/document/MrzParser.h"
#include "tests/support/TestHygiene.h"

#include <QtTest>

using namespace bd::document;

namespace {

MrzParser::Options options()
{
    MrzParser::Options o;
    o.today = QDate(2026, 11, 28);
    o.repairConfusables = false;
    return o;
}

MrzDocumentData anna(MrzFormat format)
{
    MrzDocumentData d;
    d.format = format;
    d.issuingState = QStringLiteral("UTO");
    d.surname = QStringLiteral("Eriksson");
    d.givenNames = QStringLiteral("Anna Maria");
    d.documentNumber = format == MrzFormat::TD3 ? QStringLiteral("L898902C3") : QStringLiteral("D23145890");
    d.nationality = QStringLiteral("UTO");
    d.dateOfBirth = QDate(1974, 8, 12);
    d.sex = QLatin1Char('F');
    d.dateOfExpiry = QDate(2012, 4, 15);
    return d;
}

} // namespace

Q_DECLARE_METATYPE(bd::document::MrzDocumentData)

class TestMrzGenerator : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void reproducesIcaoSpecimens_data()
    {
        QTest::addColumn<MrzDocumentData>("data");
        QTest::addColumn<QStringList>("lines");
        MrzDocumentData td3 = anna(MrzFormat::TD3);
        td3.optionalData = QStringLiteral("ZE184226B");
        QTest::newRow("TD3") << td3
                             << QStringList { QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                                    QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") };
        QTest::newRow("TD2") << anna(MrzFormat::TD2)
                             << QStringList { QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"),
                                    QStringLiteral("D231458907UTO7408122F1204159<<<<<<<6") };
        QTest::newRow("TD1") << anna(MrzFormat::TD1)
                             << QStringList { QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
                                    QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"),
                                    QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<") };
        MrzDocumentData mrvb = anna(MrzFormat::MRVB);
        mrvb.documentNumber = QStringLiteral("L8988901C");
        mrvb.nationality = QStringLiteral("XXX");
        mrvb.dateOfBirth = QDate(1940, 9, 7);
        mrvb.dateOfExpiry = QDate(1996, 12, 10);
        QTest::newRow("MRV-B") << mrvb
                               << QStringList { QStringLiteral("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"),
                                      QStringLiteral("L8988901C4XXX4009078F9612109<<<<<<<<") };
        MrzDocumentData mrva = mrvb;
        mrva.format = MrzFormat::MRVA;
        mrva.optionalData = QStringLiteral("6ZE184226B");
        QTest::newRow("MRV-A") << mrva
                               << QStringList { QStringLiteral("V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
                                      QStringLiteral("L8988901C4XXX4009078F96121096ZE184226B<<<<<<") };
        MrzDocumentData longTd1 = anna(MrzFormat::TD1);
        longTd1.documentNumber = QStringLiteral("D23145890734");
        longTd1.surname = QStringLiteral("Stevenson");
        longTd1.givenNames = QStringLiteral("Peter John");
        longTd1.dateOfBirth = QDate(1934, 7, 12);
        longTd1.sex = QLatin1Char('M');
        longTd1.dateOfExpiry = QDate(1995, 7, 12);
        QTest::newRow("TD1 long number") << longTd1
                                         << QStringList { QStringLiteral("I<UTOD23145890<7349<<<<<<<<<<<"),
                                                QStringLiteral("3407127M9507122UTO<<<<<<<<<<<2"),
                                                QStringLiteral("STEVENSON<<PETER<JOHN<<<<<<<<<") };
        MrzDocumentData longTd2 = longTd1;
        longTd2.format = MrzFormat::TD2;
        QTest::newRow("TD2 long number") << longTd2
                                         << QStringList { QStringLiteral("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<"),
                                                QStringLiteral("D23145890<UTO3407127M95071227349<<<8") };
        MrzDocumentData deu;
        deu.format = MrzFormat::TD3;
        deu.issuingState = QStringLiteral("D");
        deu.nationality = QStringLiteral("D");
        deu.surname = QStringLiteral("Schmidt");
        deu.givenNames = QStringLiteral("Finn");
        deu.documentNumber = QStringLiteral("AA89BXHZ5");
        deu.dateOfBirth = QDate(1975, 3, 20);
        deu.sex = QLatin1Char('M');
        deu.dateOfExpiry = QDate(2025, 11, 18);
        QTest::newRow("TD3 D<<") << deu
                                 << QStringList { QStringLiteral("P<D<<SCHMIDT<<FINN<<<<<<<<<<<<<<<<<<<<<<<<<<"),
                                        QStringLiteral("AA89BXHZ56D<<7503201M2511188<<<<<<<<<<<<<<<8") };
    }
    void reproducesIcaoSpecimens()
    {
        QFETCH(MrzDocumentData, data);
        QFETCH(QStringList, lines);
        const auto generated = MrzGenerator::generate(data);
        QVERIFY2(generated.ok(), qPrintable(generated.ok() ? QString() : generated.error().detail));
        QCOMPARE(generated.value(), lines);
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("format");
        for (const MrzFormat f : { MrzFormat::TD1, MrzFormat::TD2, MrzFormat::TD3, MrzFormat::MRVA, MrzFormat::MRVB })
            QTest::newRow(qPrintable(formatName(f))) << static_cast<int>(f);
    }
    void roundTrip()
    {
        QFETCH(int, format);
        const auto f = static_cast<MrzFormat>(format);
        QRandomGenerator rng(4242 + format);
        const QStringList surnames { QStringLiteral("Müller-Lüdenscheidt"), QStringLiteral("O'Connor"),
            QStringLiteral("Ñúñez"), QStringLiteral("Łukasiewicz"), QStringLiteral("Grøndahl"), QStringLiteral("Li") };
        const QStringList given { QStringLiteral("Marie-Thérèse"), QStringLiteral("Åsa"), QStringLiteral("Jürgen Paul"),
            QString() };
        for (int i = 0; i < 200; ++i) {
            MrzDocumentData d;
            d.format = f;
            d.issuingState = QStringLiteral("UTO");
            d.nationality = i % 2 ? QStringLiteral("D") : QStringLiteral("XXA");
            d.surname = surnames.at(rng.bounded(surnames.size()));
            d.givenNames = given.at(rng.bounded(given.size()));
            d.dateOfBirth = QDate(1930, 1, 1).addDays(rng.bounded(30000));
            d.dateOfExpiry = QDate(2027, 1, 1).addDays(rng.bounded(7000));
            d.sex = QStringLiteral("MF<").at(rng.bounded(3));
            QString number;
            const int length = (f == MrzFormat::TD1 || f == MrzFormat::TD2) ? 5 + rng.bounded(8) : 5 + rng.bounded(5);
            for (int k = 0; k < length; ++k)
                number += QStringLiteral("ABCDEFGHJKLMNPRTUVWXY0123456789").at(rng.bounded(31));
            d.documentNumber = number;
            d.optionalData = f == MrzFormat::TD2 && length > 9 ? QString() : QStringLiteral("AB12");
            const auto lines = MrzGenerator::generate(d);
            QVERIFY2(lines.ok(), qPrintable(lines.ok() ? QString() : lines.error().detail));
            const MrzRecord r = MrzParser::parse(lines.value(), options());
            QVERIFY2(r.valid, qPrintable(lines.value().join(u'/')));
            QCOMPARE(r.format, f);
            QCOMPARE(r.value(QStringLiteral("documentNumber")), number);
            QCOMPARE(r.value(QStringLiteral("dateOfBirth")), d.dateOfBirth.toString(Qt::ISODate));
            QCOMPARE(r.value(QStringLiteral("dateOfExpiry")), d.dateOfExpiry.toString(Qt::ISODate));
            QCOMPARE(r.value(QStringLiteral("nationality")), d.nationality);
            QCOMPARE(r.value(QStringLiteral("sex")), d.sex == u'<' ? QString() : QString(d.sex));
            QCOMPARE(r.value(QStringLiteral("surname")), MrzNames::transliterate(d.surname).replace(u'<', u' '));
            QCOMPARE(r.value(QStringLiteral("optionalData")), d.optionalData);
        }
    }

    void transliteration_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("zone");
        QTest::newRow("umlauts") << QStringLiteral("Müller Öztürk Bär") << QStringLiteral("MUELLER<OEZTUERK<BAER");
        QTest::newRow("sharp s") << QStringLiteral("Strauß") << QStringLiteral("STRAUSS");
        QTest::newRow("nordic") << QStringLiteral("Åse Ærø Grøn") << QStringLiteral("AASE<AEROE<GROEN");
        QTest::newRow("accents") << QStringLiteral("Ñúñez Čapek Łódź Żółć Dvořák")
                                 << QStringLiteral("NUNEZ<CAPEK<LODZ<ZOLC<DVORAK");
        QTest::newRow("apostrophe") << QStringLiteral("O'Connor") << QStringLiteral("OCONNOR");
        QTest::newRow("hyphen") << QStringLiteral("Marie-Thérèse") << QStringLiteral("MARIE<THERESE");
        QTest::newRow("thorn, ligatures")
            << QStringLiteral("Þór Ĳsselmeer Œuvre") << QStringLiteral("THOR<IJSSELMEER<OEUVRE");
        QTest::newRow("spaces collapse") << QStringLiteral("  Anna  -  Maria ") << QStringLiteral("ANNA<MARIA");
    }
    void transliteration()
    {
        QFETCH(QString, input);
        QFETCH(QString, zone);
        QChar unmapped;
        QCOMPARE(MrzNames::transliterate(input, &unmapped), zone);
        QVERIFY(unmapped.isNull());
    }

    void truncation()
    {
        bool truncated = false;
        // Given names are shortened to initials, last first, before anything is cut.
        QCOMPARE(MrzNames::field(QStringLiteral("Eriksson"), QStringLiteral("Anna Maria Theresia"), 26, &truncated),
            QStringLiteral("ERIKSSON<<ANNA<MARIA<T<<<<"));
        QVERIFY(truncated);
        QCOMPARE(MrzNames::field(QStringLiteral("Eriksson"), QStringLiteral("Anna"), 30, &truncated),
            QStringLiteral("ERIKSSON<<ANNA<<<<<<<<<<<<<<<<"));
        QVERIFY(!truncated);
        const QString cut = MrzNames::field(
            QStringLiteral("Wolfeschlegelsteinhausenbergerdorff"), QStringLiteral("Hubert"), 30, &truncated);
        QCOMPARE(cut, QStringLiteral("WOLFESCHLEGELSTEINHAUSENBERGER"));
        QVERIFY(truncated);
        QVERIFY(MrzNames::possiblyTruncated(cut));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<MrzDocumentData>("data");
        QTest::addColumn<QString>("code");
        MrzDocumentData d = anna(MrzFormat::TD3);
        d.issuingState = QStringLiteral("BOS");
        QTest::newRow("unknown state") << d << QStringLiteral("mrz.generate.country");
        d = anna(MrzFormat::TD3);
        d.documentNumber = QStringLiteral("L898902C34");
        QTest::newRow("TD3 long number") << d << QStringLiteral("mrz.generate.number");
        d = anna(MrzFormat::TD3);
        d.surname = QStringLiteral("Ткаченко");
        QTest::newRow("cyrillic") << d << QStringLiteral("mrz.generate.name");
        d = anna(MrzFormat::TD3);
        d.sex = QLatin1Char('X');
        QTest::newRow("sex X never emitted") << d << QStringLiteral("mrz.generate.sex");
        d = anna(MrzFormat::TD2);
        d.documentNumber = QStringLiteral("D23145890734");
        d.optionalData = QStringLiteral("1234");
        QTest::newRow("long number leaves no room") << d << QStringLiteral("mrz.generate.optionalData");
        d = anna(MrzFormat::TD3);
        d.documentCode = QStringLiteral("I");
        QTest::newRow("passport must be P") << d << QStringLiteral("mrz.generate.documentCode");
        d = anna(MrzFormat::TD1);
        d.dateOfBirth = QDate();
        QTest::newRow("no birth date") << d << QStringLiteral("mrz.generate.date");
    }
    void rejectsBadInput()
    {
        QFETCH(MrzDocumentData, data);
        QFETCH(QString, code);
        const auto r = MrzGenerator::generate(data);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().detail.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestMrzGenerator)
#include "TestMrzGenerator.moc"
