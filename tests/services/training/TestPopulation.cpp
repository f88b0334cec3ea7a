#include "services/document/MrzParser.h"
#include "services/training/Population.h"
#include "tests/support/TestHygiene.h"

#include <QTest>

using namespace bd::model;
using namespace bd::training;

class TestPopulation : public QObject
{
    Q_OBJECT

private:
    const QDate m_today { 2026, 11, 28 };

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void sameSeedSameTravellers()
    {
        const Population a(42, 5000, m_today), b(42, 5000, m_today), c(43, 5000, m_today);
        int differ = 0;
        for (quint32 i = 0; i < 5000; i += 37) {
            QCOMPARE(a.traveller(i).person, b.traveller(i).person);
            QCOMPARE(a.traveller(i).document, b.traveller(i).document);
            QCOMPARE(a.caseFile(i).answers, b.caseFile(i).answers);
            differ += a.traveller(i).person == c.traveller(i).person ? 0 : 1;
        }
        QVERIFY(differ > 100); // another seed is another population
    }

    void documentNumbersAreUniqueAndFoundAgain()
    {
        const Population p(7, 20000, m_today);
        QSet<QString> numbers;
        for (quint32 i = 0; i < p.size(); ++i) {
            const Traveller t = p.traveller(i);
            numbers.insert(t.document.number);
            if (i % 97 == 0) {
                QCOMPARE(p.findByDocument(t.document.issuingState, t.document.number), std::optional<quint32>(i));
                QVERIFY(p.findByNameAndBirth(t.person.surname, t.person.givenNames, t.person.dateOfBirth).contains(i));
            }
        }
        QCOMPARE(numbers.size(), qsizetype(p.size()));
        const Traveller t = p.traveller(5);
        QVERIFY(!p.findByDocument(
            t.document.issuingState == QLatin1String("USA") ? QStringLiteral("GBR") : QStringLiteral("USA"),
            t.document.number));
        QVERIFY(!p.findByDocument(QStringLiteral("USA"), QStringLiteral("X12345678")));
        QVERIFY(!p.findByDocument(QStringLiteral("USA"), QStringLiteral("T99999999")));
    }

    void mrzIsValid()
    {
        const Population p(3, 1000, m_today);
        for (quint32 i = 0; i < 1000; i += 11) {
            const QStringList lines = p.mrz(i);
            QCOMPARE(lines.size(), 2);
            const auto parsed = bd::document::MrzParser::parse(lines, { m_today, false });
            QVERIFY2(parsed.valid, qPrintable(lines.join(QLatin1Char('|'))));
            QVERIFY(parsed.repairs.isEmpty());
            QCOMPARE(parsed.value(QStringLiteral("documentNumber")), p.traveller(i).document.number);
        }
    }

    void proportionsAreAsDocumented()
    {
        const Population p(11, 200000, m_today);
        int visaRequired = 0, visaHit = 0, etiasHit = 0, overstay = 0, sis = 0, sltd = 0, links = 0, eurodac = 0;
        for (quint32 i = 0; i < p.size(); ++i) {
            const TravellerTraits t = p.traits(i);
            visaRequired += t.visaRequired;
            sis += t.sis != 0;
            sltd += t.document >= 2;
            links += t.link != 0;
            eurodac += t.eurodac;
            overstay += t.ees == 2;
            if (i % 50 == 0) { // full answers for a sample
                const CaseFile c = p.caseFile(i);
                visaHit += c.answers.contains(SystemId::Vis);
                etiasHit += c.answers.contains(SystemId::Etias);
                QCOMPARE(c.answers.contains(SystemId::Vis), t.visaRequired); // every visa national has a VIS file
            }
        }
        auto near
            = [](int count, double expected, double tolerance) { return std::abs(count - expected) <= tolerance; };
        QVERIFY2(near(visaRequired, 100000, 3000), qPrintable(QString::number(visaRequired))); // 12 of 24 nationalities
        QVERIFY2(near(sis, 200000 * 0.0055, 120), qPrintable(QString::number(sis)));
        QVERIFY2(near(sltd, 200000 * 0.0027, 100), qPrintable(QString::number(sltd)));
        QVERIFY2(near(links, 200000 * 0.01, 200), qPrintable(QString::number(links)));
        QVERIFY2(near(eurodac, 200000 * 0.005, 150), qPrintable(QString::number(eurodac)));
        QVERIFY2(near(overstay, 200000 * 0.02, 400), qPrintable(QString::number(overstay)));
        QVERIFY(etiasHit > 1500 && visaHit > 1500);
        // The hotlist holds every document alert plus the SIS refusal and arrest alerts.
        QVERIFY(p.hotlistItems().size() > std::size_t(sltd));
    }

    void overstayerHistoryExceedsNinetyDays()
    {
        const Population p(5, 20000, m_today);
        int checked = 0;
        for (quint32 i = 0; i < p.size() && checked < 20; ++i) {
            if (p.traits(i).ees != 2)
                continue;
            const EesFile f = *p.caseFile(i).answers.value(SystemId::Ees).hits.first().ees;
            QVERIFY(f.overstayFlag);
            QVERIFY(f.movements.at(0).date.daysTo(f.movements.at(1).date) > 90);
            QVERIFY(f.movements.at(0).date.daysTo(m_today) < 180);
            ++checked;
        }
        QCOMPARE(checked, 20);
    }
};

QTEST_APPLESS_MAIN(TestPopulation)
#include "TestPopulation.moc"
