// Property test of the fail-closed invariants (docs/decision-rules.md I1-I8): thousands of random
// answer streams (random statuses, hits, links, garbage, duplicates, conflicting answers, foreign
// search ids, missing or foreign summaries, truncation) and random document facts, replayed through
// the client's SearchStream and unified. Every stream the generator made with a violation must end
// in neither "admit" nor "let exit". Deterministic: fixed seeds.
#include "services/gateway/GatewayJson.h"
#include "services/results/StreamReplay.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"
#include "tests/support/TestHygiene.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace bd::gateway;

using namespace bd::model;
using namespace bd::results;

namespace {

const QDate kToday(2026, 11, 30);

QByteArray line(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

struct Generated
{
    QByteArray ndjson;
    CheckContext context;
    QStringList violations; // why this stream must not admit
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {
        m_list = *VisaList::builtIn();
    }

    Generated next()
    {
        Generated g;
        const QString id = QStringLiteral("s-%1").arg(m_rng.generate());
        SearchRequest req;
        req.searchId = id;
        req.officerId = QStringLiteral("o");
        const bool exit = chance(20);
        req.purpose = exit ? Purpose::ExitCheck : Purpose::EntryCheck;
        static const QStringList nationalities { QStringLiteral("FRA"), QStringLiteral("USA"), QStringLiteral("IND"),
            QStringLiteral("SRB"), QStringLiteral("XXA"), QStringLiteral("ZZZ") };
        const QString nat = nationalities.at(pick(nationalities.size()));
        req.person = { QStringLiteral("DOE"), QStringLiteral("JO"), QDate(1980, 1, 1), QStringLiteral("M"), nat };
        req.document
            = { QStringLiteral("P"), nat, QStringLiteral("N1"), kToday.addDays(pick(3) == 0 ? pick(200) - 20 : 2000) };

        CheckContext& c = g.context;
        c.today = kToday;
        c.visaList = &m_list;
        c.document.read = !chance(5);
        c.document.zoneValid = c.document.read && !chance(8);
        c.document.dateOfExpiry = req.document.dateOfExpiry;
        if (chance(5))
            c.document.unverifiedFields = { QStringLiteral("surname") };
        if (nat == QLatin1String("SRB") && chance(50))
            c.declarations.confirmedConditions = { QStringLiteral("biometric-passport") };
        if (!c.document.read || !c.document.zoneValid || !c.document.unverifiedFields.isEmpty())
            g.violations << QStringLiteral("document not read, invalid or repaired unverified");
        const bool tcn = nat != QLatin1String("FRA");
        if (!exit && tcn && c.document.dateOfExpiry.addMonths(-3) < kToday)
            g.violations << QStringLiteral("document not valid three months");
        if (!exit && (nat == QLatin1String("XXA") || nat == QLatin1String("ZZZ")))
            g.violations << QStringLiteral("regime unknown");
        if (!exit && nat == QLatin1String("SRB") && c.declarations.confirmedConditions.isEmpty())
            g.violations << QStringLiteral("condition not confirmed");

        QByteArray body;
        bool visValid = false;
        bool eesEntryRecorded = false;
        for (SystemId s : allSystems())
            body += systemLines(s, id, nat, exit, g, visValid, eesEntryRecorded);
        if (!exit && nat == QLatin1String("IND") && !visValid)
            g.violations << QStringLiteral("visa required and no valid visa");
        if (exit && tcn && !eesEntryRecorded)
            g.violations << QStringLiteral("exit without an EES entry");
        if (chance(4)) {
            body += "{not json at all\n";
            g.violations << QStringLiteral("garbage line");
        }
        SearchSummary summary { id, {}, {}, allSystems(), 10 };
        if (chance(10)) {
            const LinkColour colour = static_cast<LinkColour>(pick(4));
            summary.links.append(IdentityLink { QStringLiteral("L"), colour,
                { { SystemId::Vis, QStringLiteral("v") }, { SystemId::Ees, QStringLiteral("e") } }, {}, {} });
            if (colour == LinkColour::Red || colour == LinkColour::Yellow)
                g.violations << QStringLiteral("red or yellow link");
        }
        const int summaryKind = pick(40);
        if (summaryKind == 0) {
            g.violations << QStringLiteral("no summary");
        } else if (summaryKind == 1) {
            summary.searchId = QStringLiteral("other");
            body += line(json::encode(summary));
            g.violations << QStringLiteral("foreign summary");
        } else {
            body += line(json::encode(summary));
        }
        if (chance(3)) {
            body.chop(2 + pick(5)); // truncated inside the last line
            g.violations << QStringLiteral("truncated");
        }
        g.ndjson = line(json::encode(req)) + body;
        return g;
    }

private:
    bool chance(int percent) { return static_cast<int>(m_rng.bounded(100)) < percent; }
    int pick(int n) { return static_cast<int>(m_rng.bounded(n)); }

    QByteArray systemLines(SystemId s,
        const QString& id,
        const QString& nat,
        bool exit,
        Generated& g,
        bool& visValid,
        bool& eesEntryRecorded)
    {
        SystemEvent e { id, s, SystemStatus::NoHit, 5, {}, {} };
        const int roll = pick(100);
        if (roll < 4) {
            e.status = SystemStatus::Timeout;
            e.detail = QStringLiteral("slow");
        } else if (roll < 7) {
            e.status = SystemStatus::Unavailable;
            e.detail = QStringLiteral("down");
        } else if (roll < 9) {
            e.status = SystemStatus::Error;
            e.detail = QStringLiteral("error");
        } else if (roll < 11) {
            e.status = SystemStatus::NotAuthorised;
        } else if (roll < 30) {
            e.status = SystemStatus::Hit;
            e.hits.append(hitFor(s, g, visValid, eesEntryRecorded, exit, nat != QLatin1String("FRA")));
        }
        if (s == SystemId::Ees && e.status == SystemStatus::NoHit && exit && nat != QLatin1String("FRA"))
            eesEntryRecorded = false;
        if (e.status == SystemStatus::Timeout || e.status == SystemStatus::Unavailable
            || e.status == SystemStatus::Error)
            g.violations << QStringLiteral("%1 unanswered").arg(systemKey(s));
        if (e.status == SystemStatus::NotAuthorised && (s == SystemId::Sis || s == SystemId::InterpolSltd))
            g.violations << QStringLiteral("mandatory system withheld");
        if (e.status == SystemStatus::NotAuthorised && s == SystemId::Vis && nat == QLatin1String("IND") && !exit)
            g.violations << QStringLiteral("VIS withheld");
        if (e.status == SystemStatus::NotAuthorised && s == SystemId::Ees && nat != QLatin1String("FRA"))
            g.violations << QStringLiteral("EES withheld");
        if (e.status == SystemStatus::NotAuthorised && s == SystemId::Vis)
            visValid = false;
        if (pick(60) == 0) {
            g.violations << QStringLiteral("%1 missing").arg(systemKey(s));
            return {};
        }
        QByteArray out = line(json::encode(e));
        const int dup = pick(50);
        if (dup == 0) {
            out += out; // identical duplicate: harmless
        } else if (dup == 1) {
            SystemEvent other = e;
            other.status = e.status == SystemStatus::NoHit ? SystemStatus::Timeout : SystemStatus::NoHit;
            other.hits.clear();
            out += line(json::encode(other));
            g.violations << QStringLiteral("%1 conflicting").arg(systemKey(s));
        } else if (dup == 2) {
            SystemEvent foreign = e;
            foreign.searchId = QStringLiteral("foreign");
            out += line(json::encode(foreign));
            g.violations << QStringLiteral("%1 line of another search").arg(systemKey(s));
        }
        return out;
    }

    Hit hitFor(SystemId s, Generated& g, bool& visValid, bool& eesEntryRecorded, bool exit, bool tcn)
    {
        Hit h;
        h.system = s;
        h.recordId = systemKey(s) == QLatin1String("vis") ? QStringLiteral("v")
            : systemKey(s) == QLatin1String("ees")        ? QStringLiteral("e")
                                                          : QStringLiteral("r");
        switch (s) {
        case SystemId::Sis: {
            static const QStringList cats { QStringLiteral("arrest"), QStringLiteral("return"),
                QStringLiteral("object"), QStringLiteral("discreet-check"), QStringLiteral("refusal-of-entry") };
            h.sis = SisAlert { cats.at(pick(cats.size())), {}, {}, {}, {} };
            g.violations << QStringLiteral("SIS hit");
            break;
        }
        case SystemId::Vis: {
            static const QStringList st { QStringLiteral("issued"), QStringLiteral("refused"),
                QStringLiteral("revoked") };
            const QString status = st.at(pick(st.size()));
            const bool transit = chance(15);
            h.vis = VisRecord { QStringLiteral("A"), status, transit ? QStringLiteral("A") : QStringLiteral("C"),
                QStringLiteral("S"), kToday.addDays(-400), kToday.addDays(pick(3) == 0 ? -1 : 1000), 0, 0, 90 };
            visValid = status == QLatin1String("issued") && !transit && h.vis->validUntil >= kToday;
            break;
        }
        case SystemId::Ees: {
            EesFile f;
            const int entry = -1 - pick(200);
            f.movements.append(EesMovement { QStringLiteral("entry"), kToday.addDays(entry), {}, {} });
            const bool left = !exit && chance(70);
            if (left)
                f.movements.append(
                    EesMovement { QStringLiteral("exit"), kToday.addDays(entry + pick(-entry)), {}, {} });
            f.overstayFlag = chance(10);
            h.ees = f;
            eesEntryRecorded = true;
            if (!tcn)
                break; // free movement: no stay rules
            if (f.overstayFlag)
                g.violations << QStringLiteral("EES overstay flag");
            if (!exit && !left)
                g.violations << QStringLiteral("entry without a recorded exit");
            if (exit && std::min(-entry, 179) + 1 > 90)
                g.violations << QStringLiteral("overstay at exit");
            if (!exit && left) {
                const int lastDay = f.movements.last().date.daysTo(kToday) * -1;
                const int used = lastDay - std::max(entry, -179) + 1;
                if (used >= 90)
                    g.violations << QStringLiteral("90 days used");
            }
            break;
        }
        case SystemId::Etias:
            h.etias = EtiasAuthorisation { QStringLiteral("valid"), kToday.addYears(1),
                chance(30) ? QStringList { QStringLiteral("second-line-check") } : QStringList {}, {} };
            if (!h.etias->flags.isEmpty() && !exit)
                g.violations << QStringLiteral("ETIAS flag");
            break;
        default:
            h.other = SimpleHit { QStringLiteral("x"), {}, {} };
            g.violations << QStringLiteral("%1 hit").arg(systemKey(s));
            break;
        }
        if (chance(3)) { // a hit without its block
            h.sis.reset();
            h.vis.reset();
            h.ees.reset();
            h.etias.reset();
            if (s == SystemId::Sis || s == SystemId::Vis || s == SystemId::Ees || s == SystemId::Etias)
                g.violations << QStringLiteral("hit without its block");
            if (s == SystemId::Vis)
                visValid = false;
        }
        return h;
    }

    QRandomGenerator m_rng;
    VisaList m_list;
};

} // namespace

class TestVerdictProperties : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        // The generated streams break the protocol on purpose (garbage, foreign and conflicting
        // lines), thousands of times with random detail: the client's stream reader says so in
        // warnings of its own category, which no QTest::ignoreMessage can list. Only that category
        // is silenced; any other warning still fails the test.
        QLoggingCategory::setFilterRules(QStringLiteral("bd.services.gateway.warning=false"));
    }
    void noViolatingStreamAdmits_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 20261130u, 7u, 424242u })
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }

    void noViolatingStreamAdmits()
    {
        QFETCH(quint32, seed);
        Generator gen(seed);
        int admitted = 0, violating = 0;
        constexpr int kRuns = 3000;
        for (int i = 0; i < kRuns; ++i) {
            const Generated g = gen.next();
            const auto answers = replaySearchAnswers(g.ndjson);
            QVERIFY2(answers.ok(), qPrintable(answers.ok() ? QString() : answers.error().detail));
            const UnifiedResult r = Unifier::unify(*answers, g.context);
            const bool admits
                = r.requiredAction.decision == Decision::Admit || r.requiredAction.decision == Decision::LetExit;
            QVERIFY(!bd::results::actionKey(r.requiredAction.code).isEmpty());
            QVERIFY(!r.requiredAction.text.isEmpty());
            if (!g.violations.isEmpty()) {
                ++violating;
                if (admits)
                    QFAIL(qPrintable(QStringLiteral("run %1 admitted despite: %2\n%3")
                                         .arg(i)
                                         .arg(g.violations.join(QStringLiteral(", ")), QString::fromUtf8(g.ndjson))));
            }
            admitted += admits ? 1 : 0;
        }
        // The generator is not vacuous: clean streams exist and are admitted.
        QVERIFY2(admitted > kRuns / 200, qPrintable(QString::number(admitted)));
        QVERIFY(violating > kRuns / 2);
    }
};

QTEST_APPLESS_MAIN(TestVerdictProperties)
#include "TestVerdictProperties.moc"
