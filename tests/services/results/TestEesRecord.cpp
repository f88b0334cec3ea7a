// Rule R57 of docs/decision-rules.md: which EES record follows an officer's final decision
// (services/results/EesRecord.h), one row per case, and the rule's row in the document.
#include "services/results/EesRecord.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QtTest>

using namespace bd::model;
using namespace bd::results;

Q_DECLARE_METATYPE(bd::model::Purpose)
Q_DECLARE_METATYPE(bd::model::Decision)
Q_DECLARE_METATYPE(bd::results::VisaRegime)
Q_DECLARE_METATYPE(bd::results::OfficerDeclarations)

namespace {

const QDate kToday(2026, 11, 30);

OfficerDeclarations residence(ResidenceTitle::Kind kind, const QDate& validUntil)
{
    OfficerDeclarations d;
    d.residence = ResidenceTitle { kind, QStringLiteral("DEU"), validUntil };
    return d;
}

OfficerDeclarations familyMember()
{
    OfficerDeclarations d;
    d.familyMemberOfEuCitizen = true;
    return d;
}

} // namespace

class TestEesRecord : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void everyCase_data()
    {
        QTest::addColumn<Purpose>("purpose");
        QTest::addColumn<Decision>("decision");
        QTest::addColumn<QString>("letter");
        QTest::addColumn<VisaRegime>("regime");
        QTest::addColumn<QString>("nationality");
        QTest::addColumn<OfficerDeclarations>("declarations");
        QTest::addColumn<QString>("kind"); // "" : none
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("manual");

        const QString none;
        const auto usa = QStringLiteral("USA");
        const auto rus = QStringLiteral("RUS");
        const auto fra = QStringLiteral("FRA");
        const OfficerDeclarations nothing;
        const auto entry = Purpose::EntryCheck;
        const auto exit = Purpose::ExitCheck;
        const auto exempt = VisaRegime::VisaExempt;
        const auto required = VisaRegime::VisaRequired;
        QTest::newRow("admit visa-exempt TCN at entry")
            << entry << Decision::Admit << none << exempt << usa << nothing << "ees-entry"
            << "entry" << false;
        QTest::newRow("admit visa holder at entry")
            << entry << Decision::Admit << none << required << rus << nothing << "ees-entry"
            << "entry" << false;
        QTest::newRow("training is an entry check")
            << Purpose::Training << Decision::Admit << none << exempt << usa << nothing << "ees-entry"
            << "entry" << false;
        QTest::newRow("let exit at exit")
            << exit << Decision::LetExit << none << required << rus << nothing << "ees-exit"
            << "exit" << false;
        QTest::newRow("refuse at entry") << entry << Decision::Refuse << QStringLiteral("H") << required << rus
                                         << nothing << "ees-refusal"
                                         << "refusal" << false;
        QTest::newRow("refuse without letter") << entry << Decision::Refuse << none << required << rus << nothing << ""
                                               << "refusal-without-letter" << true;
        QTest::newRow("second line at entry") << entry << Decision::SecondLine << none << exempt << usa << nothing << ""
                                              << "not-final" << false;
        QTest::newRow("second line at exit, regime unknown")
            << exit << Decision::SecondLine << none << VisaRegime::Unknown << none << nothing << ""
            << "not-final" << false;
        QTest::newRow("EU citizen admitted")
            << entry << Decision::Admit << none << VisaRegime::FreeMovement << fra << nothing << ""
            << "free-movement" << false;
        QTest::newRow("EU citizen let exit")
            << exit << Decision::LetExit << none << VisaRegime::FreeMovement << fra << nothing << ""
            << "free-movement" << false;
        QTest::newRow("family member with residence card")
            << entry << Decision::Admit << none << required << rus
            << residence(ResidenceTitle::Kind::ResidenceCard, kToday.addYears(1)) << ""
            << "residence-card" << false;
        QTest::newRow("family member without residence card is registered")
            << entry << Decision::Admit << none << required << rus << familyMember() << "ees-entry"
            << "entry" << false;
        QTest::newRow("residence permit") << entry << Decision::Admit << none << required << rus
                                          << residence(ResidenceTitle::Kind::ResidencePermit, kToday) << ""
                                          << "residence-title" << false;
        QTest::newRow("long-stay visa") << exit << Decision::LetExit << none << required << rus
                                        << residence(ResidenceTitle::Kind::LongStayVisa, kToday.addDays(30)) << ""
                                        << "residence-title" << false;
        QTest::newRow("expired residence permit does not count")
            << entry << Decision::Admit << none << required << rus
            << residence(ResidenceTitle::Kind::ResidencePermit, kToday.addDays(-1)) << "ees-entry"
            << "entry" << false;
        QTest::newRow("regime unknown: manual")
            << entry << Decision::Admit << none << VisaRegime::Unknown << QStringLiteral("XXX") << nothing << ""
            << "regime-unknown" << true;
        QTest::newRow("regime unknown refusal: manual")
            << entry << Decision::Refuse << QStringLiteral("A") << VisaRegime::Unknown << none << nothing << ""
            << "regime-unknown" << true;
        QTest::newRow("Andorra: unconfirmed, manual")
            << entry << Decision::Admit << none << exempt << QStringLiteral("AND") << nothing << ""
            << "exemption-unconfirmed" << true;
        QTest::newRow("refused exit: no movement")
            << exit << Decision::Refuse << none << required << rus << nothing << ""
            << "no-movement" << false;
        QTest::newRow("admit at exit: manual") << exit << Decision::Admit << none << exempt << usa << nothing << ""
                                               << "decision-not-for-direction" << true;
        QTest::newRow("let exit at entry: manual")
            << entry << Decision::LetExit << none << exempt << usa << nothing << ""
            << "decision-not-for-direction" << true;
        QTest::newRow("visa application")
            << Purpose::VisaApplication << Decision::Admit << none << required << rus << nothing << ""
            << "not-a-border-crossing" << false;
    }

    void everyCase()
    {
        QFETCH(Purpose, purpose);
        QFETCH(Decision, decision);
        QFETCH(QString, letter);
        QFETCH(VisaRegime, regime);
        QFETCH(QString, nationality);
        QFETCH(OfficerDeclarations, declarations);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QFETCH(bool, manual);
        const EesRecordPlan plan
            = eesRecordFor(EesRecordFacts { purpose, decision, letter, regime, nationality, declarations, kToday });
        QCOMPARE(plan.kind ? eesRecordKindKey(*plan.kind) : QString(), kind);
        QCOMPARE(eesReasonKey(plan.reason), reason);
        QCOMPARE(plan.manual, manual);
        QVERIFY(!plan.text.isEmpty());
        QVERIFY(!plan.basis.isEmpty());
        // Never silently nothing: without a record, the reason says why or the officer acts.
        if (!plan.kind)
            QVERIFY(plan.manual || plan.text.startsWith(QLatin1String("No EES record")));
        if (plan.manual)
            QVERIFY2(plan.text.startsWith(QLatin1String("Record the EES")), qPrintable(plan.text));
        QCOMPARE(plan.refusalLetter, kind == QLatin1String("ees-refusal") ? letter : QString());
    }

    void theRefusalRecordCitesArticle18AndTheLetter()
    {
        const auto plan = eesRecordFor({ Purpose::EntryCheck, Decision::Refuse, QStringLiteral(" B "),
            VisaRegime::VisaExempt, QStringLiteral("USA"), {}, kToday });
        QCOMPARE(plan.refusalLetter, QStringLiteral("B"));
        QVERIFY(plan.basis.contains(QLatin1String("EES Art. 18")));
        QVERIFY(plan.basis.contains(QLatin1String("SBC Art. 6a")));
    }

    void theRuleHasItsRowInTheDocument()
    {
        QFile doc(QStringLiteral(BD_SOURCE_DIR "/docs/decision-rules.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype at = text.indexOf(QLatin1String("\n| R57 |"));
        QVERIFY(at >= 0);
        const QString row = text.mid(at + 1, text.indexOf(QLatin1Char('\n'), at + 1) - at - 1);
        for (const char* needle : { "ees-entry", "ees-exit", "ees-refusal", "SBC Art. 6a", "EES Art. 18", "manual" })
            QVERIFY2(row.contains(QLatin1String(needle)), needle);
    }
};

QTEST_APPLESS_MAIN(TestEesRecord)
#include "TestEesRecord.moc"
