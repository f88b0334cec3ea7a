#include "services/results/StayCalculator.h"
#include "services/results/StayJson.h"
#include "tests/support/TestHygiene.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

#include <set>

using bd::results::Stay;
using bd::results::StayCalculator;

namespace {
QDate d(const char* ddmmyyyy)
{
    return QDate::fromString(QString::fromLatin1(ddmmyyyy), QStringLiteral("dd.MM.yyyy"));
}
QList<Stay> stays(std::initializer_list<std::pair<const char*, const char*>> list)
{
    QList<Stay> out;
    for (const auto& [entry, exit] : list)
        out.append({ d(entry), exit ? d(exit) : QDate() });
    return out;
}

// The reference definition, literally: count every present day in the window, one by one.
int referenceUsed(const std::set<qint64>& present, qint64 day)
{
    int n = 0;
    for (qint64 x = day - 179; x <= day; ++x)
        n += present.count(x) ? 1 : 0;
    return n;
}
} // namespace

Q_DECLARE_METATYPE(QList<Stay>)

class TestStayCalculator : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    // Official Swiss SEM worked examples of the EU calculator and derived edge cases (domain.md §3.3).
    void control_data()
    {
        QTest::addColumn<QList<Stay>>("history");
        QTest::addColumn<QDate>("control");
        QTest::addColumn<int>("used");
        QTest::addColumn<int>("overstay");
        QTest::addColumn<QDate>("latestExit");

        QTest::newRow("SEM-2") << stays({ { "15.08.2014", "30.09.2014" }, { "01.11.2014", "30.11.2014" } })
                               << d("30.11.2014") << 77 << 0 << d("13.12.2014");
        QTest::newRow("SEM-4") << stays(
            { { "01.06.2013", "13.07.2013" }, { "15.08.2013", "30.09.2013" }, { "01.01.2014", "30.01.2014" } })
                               << d("30.01.2014") << 77 << 0 << d("31.03.2014");
        QTest::newRow("SEM-5a") << stays(
            { { "01.09.2013", "30.09.2013" }, { "21.02.2014", "20.04.2014" }, { "01.05.2014", "09.06.2014" } })
                                << d("09.06.2014") << 99 << 9 << QDate();
        QTest::newRow("SEM-6") << stays({ { "28.06.2013", "09.08.2013" }, { "19.09.2013", "01.03.2014" } })
                               << d("01.03.2014") << 164 << 74 << QDate();
        QTest::newRow("TA-1 breach") << stays({ { "01.01.2022", "01.01.2022" }, { "06.01.2023", "07.02.2023" },
            { "11.02.2023", "04.04.2023" }, { "10.06.2023", "14.06.2023" } })
                                     << d("14.06.2023") << 91 << 1 << QDate();
        QTest::newRow("D-1 leap year, exactly 90")
            << stays({ { "01.01.2024", "30.03.2024" } }) << d("30.03.2024") << 90 << 0 << d("30.03.2024");
        QTest::newRow("D-2 one day over")
            << stays({ { "01.01.2024", "31.03.2024" } }) << d("31.03.2024") << 91 << 1 << QDate();
        QTest::newRow("D-4 same-day entry and exit")
            << stays({ { "05.05.2024", "05.05.2024" } }) << d("05.05.2024") << 1 << 0 << d("02.08.2024");
        QTest::newRow("open stay counts to control")
            << stays({ { "01.03.2025", nullptr } }) << d("10.03.2025") << 10 << 0 << d("29.05.2025");
    }
    void control()
    {
        QFETCH(QList<Stay>, history);
        QFETCH(QDate, control);
        QFETCH(int, used);
        QFETCH(int, overstay);
        QFETCH(QDate, latestExit);
        const auto a = StayCalculator::assess(history, control);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().detail));
        QCOMPARE(a->daysUsed, used);
        QCOMPARE(a->overstayDays, overstay);
        QCOMPARE(a->daysRemaining, std::max(0, 90 - used));
        QCOMPARE(a->windowStart, control.addDays(-179));
        QVERIFY(a->present);
        QCOMPARE(a->latestExit, latestExit);
    }

    void sem6WindowMatchesPublishedWindow()
    {
        const auto a = StayCalculator::assess(
            stays({ { "28.06.2013", "09.08.2013" }, { "19.09.2013", "01.03.2014" } }), d("01.03.2014"));
        QVERIFY(a.ok());
        QCOMPARE(a->windowStart, d("03.09.2013"));
    }

    void planning_data()
    {
        QTest::addColumn<QList<Stay>>("history");
        QTest::addColumn<QDate>("entry");
        QTest::addColumn<int>("days");
        QTest::newRow("SEM-1") << stays({ { "15.08.2014", "30.09.2014" } }) << d("01.01.2015") << 90;
        QTest::newRow("SEM-5b") << stays(
            { { "01.09.2013", "30.09.2013" }, { "21.02.2014", "20.04.2014" }, { "01.05.2014", "09.06.2014" } })
                                << d("30.08.2014") << 50;
        QTest::newRow("D-3 no history") << QList<Stay>() << d("01.01.2023") << 90;
        QTest::newRow("D-5 gap of 89 days") << stays({ { "01.01.2024", "30.03.2024" } }) << d("28.06.2024") << 0;
        QTest::newRow("D-5 gap of 90 days") << stays({ { "01.01.2024", "30.03.2024" } }) << d("29.06.2024") << 90;
    }
    void planning()
    {
        QFETCH(QList<Stay>, history);
        QFETCH(QDate, entry);
        QFETCH(int, days);
        const auto n = StayCalculator::plannedStayLength(history, entry);
        QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().detail));
        QCOMPARE(*n, days);
        // An absent traveller assessed on the planned entry day gets the same answer.
        const auto a = StayCalculator::assess(history, entry);
        QVERIFY(a.ok());
        QVERIFY(!a->present);
        QCOMPARE(a->daysAllowedFromControl, days);
        QCOMPARE(a->latestExit, days > 0 ? entry.addDays(days - 1) : QDate());
    }

    void windowEdge()
    {
        const QList<Stay> h = stays({ { "01.01.2024", "01.01.2024" } });
        QCOMPARE(StayCalculator::daysUsedOn(h, d("28.06.2024")), 1); // 179 days before: inside
        QCOMPARE(StayCalculator::daysUsedOn(h, d("29.06.2024")), 0); // 180 days before: outside
    }

    void overstayerLearnsNextPossibleEntry()
    {
        const auto a = StayCalculator::assess(stays({ { "01.01.2024", "31.03.2024" } }), d("31.03.2024"));
        QVERIFY(a.ok());
        // 91 days used; the window must shed two days before one new day is legal: 30.06.2024 sheds
        // 01.01 and 02.01 (used 89 on that day), so a new stay may begin then.
        QCOMPARE(a->nextPossibleEntry, d("30.06.2024"));
        QCOMPARE(
            StayCalculator::plannedStayLength(stays({ { "01.01.2024", "31.03.2024" } }), d("30.06.2024")).value(), 90);
        QCOMPARE(
            StayCalculator::plannedStayLength(stays({ { "01.01.2024", "31.03.2024" } }), d("29.06.2024")).value(), 0);
    }

    void rejectsInconsistentHistories_data()
    {
        QTest::addColumn<QList<Stay>>("history");
        QTest::addColumn<QString>("code");
        QTest::newRow("exit before entry")
            << stays({ { "10.01.2024", "01.01.2024" } }) << QStringLiteral("stay.exitBeforeEntry");
        QTest::newRow("overlap") << stays({ { "01.01.2024", "10.01.2024" }, { "10.01.2024", "12.01.2024" } })
                                 << QStringLiteral("stay.overlap");
        QTest::newRow("after control") << stays({ { "01.01.2025", "02.01.2025" } })
                                       << QStringLiteral("stay.afterControl");
        QTest::newRow("open then later") << stays({ { "01.01.2024", nullptr }, { "01.02.2024", "02.02.2024" } })
                                         << QStringLiteral("stay.openNotLast");
    }
    void rejectsInconsistentHistories()
    {
        QFETCH(QList<Stay>, history);
        QFETCH(QString, code);
        const auto a = StayCalculator::assess(history, d("01.06.2024"));
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, code);
    }

    // Exhaustive cross-check against the literal definition on random histories (seeded).
    void agreesWithReferenceOnRandomHistories()
    {
        QRandomGenerator rng(180690);
        for (int run = 0; run < 300; ++run) {
            QList<Stay> h;
            std::set<qint64> present;
            QDate cursor = d("01.01.2023").addDays(rng.bounded(30));
            while (true) {
                const QDate entry = cursor.addDays(1 + rng.bounded(40));
                const QDate exit = entry.addDays(rng.bounded(45));
                if (exit > d("31.12.2024"))
                    break;
                h.append({ entry, exit });
                for (qint64 x = entry.toJulianDay(); x <= exit.toJulianDay(); ++x)
                    present.insert(x);
                cursor = exit.addDays(1);
            }
            const QDate control = d("31.12.2024").addDays(rng.bounded(5));
            const auto a = StayCalculator::assess(h, control);
            QVERIFY(a.ok());
            QCOMPARE(a->daysUsed, referenceUsed(present, control.toJulianDay()));
            if (!a->present && a->daysAllowedFromControl > 0) {
                // Every day of the allowed stay is legal, and one more day would not be.
                std::set<qint64> extended = present;
                for (int i = 0; i < a->daysAllowedFromControl; ++i) {
                    extended.insert(control.toJulianDay() + i);
                    QVERIFY(referenceUsed(extended, control.toJulianDay() + i) <= 90);
                }
                if (a->daysAllowedFromControl < 90) {
                    extended.insert(control.toJulianDay() + a->daysAllowedFromControl);
                    QVERIFY(referenceUsed(extended, control.toJulianDay() + a->daysAllowedFromControl) > 90);
                }
            }
        }
    }

    void jsonRoundTrip()
    {
        const auto q = bd::results::stayQueryFromJson(
            R"({"controlDate":"2014-11-30","stays":[{"entry":"2014-08-15","exit":"2014-09-30"},{"entry":"2014-11-01","exit":"2014-11-30"}]})");
        QVERIFY(q.ok());
        QCOMPARE(q->stays.size(), 2);
        const auto a = StayCalculator::assess(q->stays, q->controlDate);
        const QJsonObject o = bd::results::stayAssessmentToJson(*a);
        QCOMPARE(o.value(QStringLiteral("daysUsed")).toInt(), 77);
        QCOMPARE(o.value(QStringLiteral("latestExit")).toString(), QStringLiteral("2014-12-13"));
        QCOMPARE(o.value(QStringLiteral("overstay")).toBool(), false);
    }

    void jsonErrorsAreSpecific_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("bad date") << QByteArray(R"({"controlDate":"2014-02-30","stays":[]})")
                                  << QStringLiteral("controlDate: '2014-02-30'");
        QTest::newRow("bad stay") << QByteArray(R"({"controlDate":"2014-02-20","stays":[{"entry":"x"}]})")
                                  << QStringLiteral("stays[0].entry");
        QTest::newRow("no stays") << QByteArray(R"({"controlDate":"2014-02-20"})") << QStringLiteral("stays must be");
    }
    void jsonErrorsAreSpecific()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto q = bd::results::stayQueryFromJson(json);
        QVERIFY(!q.ok());
        QVERIFY2(q.error().detail.contains(expected), qPrintable(q.error().detail));
    }
};

QTEST_APPLESS_MAIN(TestStayCalculator)
#include "TestStayCalculator.moc"
