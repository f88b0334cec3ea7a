#include "services/gateway/GatewayJson.h"
#include "services/training/ScenarioDeck.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace bd::gateway;
using namespace bd::training;

class TestScenarioDeck : public QObject
{
    Q_OBJECT

private:
    const QDate m_today { 2026, 11, 28 };

    static QByteArray sourceFile(const QString& name)
    {
        QFile f(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios/") + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void everyFileLoadsAndValidates_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"));
        for (const QString& f : dir.entryList({ QStringLiteral("*.json") }, QDir::Files))
            QTest::newRow(qPrintable(f)) << f;
    }
    void everyFileLoadsAndValidates()
    {
        QFETCH(QString, file);
        const auto c = ScenarioDeck::parse(sourceFile(file), m_today, file);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
        QCOMPARE(c->id + QStringLiteral(".json"), file);
        QVERIFY(c->expected.has_value());
        QVERIFY(requiredActionCodes().contains(c->expected->requiredAction));
        QVERIFY(!c->document.number.isEmpty());
    }

    void embeddedDeckCoversTheRequiredCases()
    {
        const auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), m_today);
        QVERIFY2(deck.ok(), deck.ok() ? "" : qPrintable(deck.error().detail));
        const auto onDisk = ScenarioDeck::load(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"), m_today);
        QVERIFY(onDisk.ok());
        QCOMPARE(deck->cases().size(), onDisk->cases().size());
        QSet<QString> actions;
        QSet<LinkColour> colours;
        for (const CaseFile& c : deck->cases()) {
            actions.insert(c.expected->requiredAction);
            for (const IdentityLink& l : c.links)
                colours.insert(l.colour);
            QCOMPARE(deck->findByDocument(c.document.issuingState, c.document.number), &c);
        }
        for (const char* a : { "admit", "refuse-overstay", "refuse-entry-sis", "second-line-discreet", "arrest",
                 "protect-person", "seize-document", "refuse-no-visa", "refuse-no-etias", "second-line-etias-flag",
                 "second-line-identity", "complete-checks-manually" })
            QVERIFY2(actions.contains(QString::fromLatin1(a)), a);
        QCOMPARE(colours.size(), 4);
        QVERIFY(deck->findById(QStringLiteral("consular-withheld")));
    }

    void relativeDatesResolveAgainstToday()
    {
        const auto c = ScenarioDeck::parse(sourceFile(QStringLiteral("overstayer.json")), m_today);
        QVERIFY(c.ok());
        const EesFile ees = *c->answers.value(SystemId::Ees).hits.first().ees;
        QCOMPARE(ees.movements.first().date, m_today.addDays(-170));
        QCOMPARE(c->expected->refusalReason, QStringLiteral("F"));
    }

    void brokenFilesAreRejectedPrecisely_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("detail");
        const QByteArray head
            = R"({"id":"x1","title":"t","traveller":{"person":{"surname":"A"},"document":{"issuingState":"USA","number":"S1"}},)";
        QTest::newRow("bad json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("bad id") << QByteArray(R"({"id":"X Y"})") << QStringLiteral("id:");
        QTest::newRow("unknown system") << head + R"("systems":{"nsa":{"status":"hit"}}})"
                                        << QStringLiteral("systems.nsa");
        QTest::newRow("hit without record") << head + R"("systems":{"sis":{"status":"hit","hits":[]}}})"
                                            << QStringLiteral("systems.sis.hits: a hit needs at least one record");
        QTest::newRow("bad category") << head
                + R"("systems":{"sis":{"status":"hit","hits":[{"recordId":"r","sis":{"category":"x"}}]}}})"
                                      << QStringLiteral("sis.category");
        QTest::newRow("link of one") << head
                + R"("links":[{"linkId":"l","colour":"red","records":[{"system":"vis","recordId":"r"}]}]})"
                                     << QStringLiteral("links[0].records");
        QTest::newRow("bad fault") << head + R"("faults":{"sis":{"kind":"melt"}}})"
                                   << QStringLiteral("faults.sis.kind");
        QTest::newRow("bad action") << head
                + R"("expected":{"decision":"admit","requiredAction":"shrug","debrief":"long enough explanation here"}})"
                                    << QStringLiteral("expected.requiredAction");
        QTest::newRow("refusal without letter") << head
                + R"("expected":{"decision":"refuse","requiredAction":"refuse-overstay","debrief":"long enough explanation here"}})"
                                                << QStringLiteral("expected.refusalReason");
    }
    void brokenFilesAreRejectedPrecisely()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, detail);
        const auto c = ScenarioDeck::parse(json, m_today, QStringLiteral("case.json"));
        QVERIFY(!c.ok());
        QVERIFY2(c.error().detail.contains(detail), qPrintable(c.error().detail));
        QVERIFY(c.error().detail.startsWith(QStringLiteral("case.json: ")));
    }

    void faultSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("ms");
        QTest::newRow("latency") << QStringLiteral("vis=latency:800") << true << int(FaultKind::Latency) << 800;
        QTest::newRow("down") << QStringLiteral("sis=down") << true << int(FaultKind::Down) << 0;
        QTest::newRow("stalled") << QStringLiteral("interpol-sltd=stalled") << true << int(FaultKind::Stalled) << 0;
        QTest::newRow("unknown system") << QStringLiteral("nsa=down") << false << 0 << 0;
        QTest::newRow("unknown kind") << QStringLiteral("sis=melt") << false << 0 << 0;
        QTest::newRow("no kind") << QStringLiteral("sis") << false << 0 << 0;
    }
    void faultSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        QFETCH(int, kind);
        QFETCH(int, ms);
        const auto f = parseFaultSpec(spec);
        QCOMPARE(f.ok(), ok);
        if (ok) {
            QCOMPARE(int(f->second.kind), kind);
            QCOMPARE(f->second.ms, ms);
        }
    }
};

QTEST_APPLESS_MAIN(TestScenarioDeck)
#include "TestScenarioDeck.moc"
