// The Unifier's entry conditions as shown to the officer: stays from EES movements and the 90/180
// assessment, and the visa that counts among several.
#include "services/results/Unifier.h"
#include "tests/services/results/UnifierTestData.h"
#include "tests/support/TestHygiene.h"

#include <QtTest>

using namespace bd::model;
using namespace bd::results;
using namespace bd::testdata;

class TestUnifierConditions : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void staysFromMovementsPairsEntriesAndExits()
    {
        const QList<EesMovement> m { { QStringLiteral("exit"), QDate(2026, 1, 10), {}, {} },
            { QStringLiteral("entry"), QDate(2026, 2, 1), {}, {} },
            { QStringLiteral("refusal"), QDate(2026, 2, 5), {}, {} },
            { QStringLiteral("exit"), QDate(2026, 2, 10), {}, {} },
            { QStringLiteral("entry"), QDate(2026, 3, 1), {}, {} },
            { QStringLiteral("entry"), QDate(2026, 3, 20), {}, {} }, // exit record missing
            { QStringLiteral("entry"), QDate(2027, 1, 1), {}, {} } }; // after today: ignored
        const QList<Stay> stays = Unifier::staysFromMovements(m, kToday);
        QCOMPARE(stays,
            (QList<Stay> { { QDate(2026, 2, 1), QDate(2026, 2, 10) }, { QDate(2026, 3, 1), QDate(2026, 3, 19) },
                { QDate(2026, 3, 20), QDate() } }));
        const QList<Stay> sameDay
            = Unifier::staysFromMovements({ { QStringLiteral("entry"), QDate(2026, 5, 1), {}, {} },
                                              { QStringLiteral("exit"), QDate(2026, 5, 3), {}, {} },
                                              { QStringLiteral("entry"), QDate(2026, 5, 3), {}, {} },
                                              { QStringLiteral("exit"), QDate(2026, 5, 4), {}, {} } },
                kToday);
        QCOMPARE(sameDay, (QList<Stay> { { QDate(2026, 5, 1), QDate(2026, 5, 4) } }));
    }

    void stayAssessmentForThirdCountryNationals()
    {
        const auto ees = hitEvent(SystemId::Ees,
            { eesHit({ { QStringLiteral("entry"), kToday.addDays(-30), {}, {} },
                { QStringLiteral("exit"), kToday.addDays(-21), {}, {} } }) });
        const auto etias = hitEvent(SystemId::Etias, { etiasHit(QStringLiteral("valid"), kToday.addYears(1)) });
        const UnifiedResult r = run(request(QStringLiteral("USA")), clear({ ees, etias }));
        QVERIFY(r.stay.applicable);
        QVERIFY(r.stay.assessment.has_value());
        QCOMPARE(r.stay.assessment->daysUsed, 10);
        QCOMPARE(r.stay.daysAllowedFromToday, 80);
        QCOMPARE(r.requiredAction.code, ActionCode::Admit);
        // EU citizens: no stay assessment even with EES records.
        const UnifiedResult eu = run(request(QStringLiteral("FRA")), clear({ ees }));
        QVERIFY(!eu.stay.applicable);
    }

    void visaSummaryPrefersTheValidVisa()
    {
        Hit old = visHit(QStringLiteral("issued"), kToday.addYears(-2), kToday.addYears(-1));
        Hit current = visHit(QStringLiteral("issued"), kToday.addDays(-5), kToday.addDays(5), 2, 1);
        const VisaSummary s = Unifier::summariseVisa({ old, current }, kToday);
        QVERIFY(s.valid);
        QCOMPARE(s.validUntil, kToday.addDays(5));
        const VisaSummary e = Unifier::summariseVisa({ old }, kToday);
        QVERIFY(e.expired);
        QVERIFY(!e.valid);
        const VisaSummary notYet = Unifier::summariseVisa(
            { visHit(QStringLiteral("issued"), kToday.addDays(1), kToday.addDays(9)) }, kToday);
        QVERIFY(!notYet.valid);
        QVERIFY(!notYet.expired);
    }
};

QTEST_APPLESS_MAIN(TestUnifierConditions)
#include "TestUnifierConditions.moc"
