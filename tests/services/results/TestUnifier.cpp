// The Unifier's required action: every action code from its rule, the most severe of several
// in the documented order, and an incomplete search never taken for "no hit". Identities and
// links: TestUnifierIdentities; stays and visas: TestUnifierConditions.
#include "services/results/UnifiedResultJson.h"
#include "services/results/Unifier.h"
#include "tests/services/results/UnifierTestData.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QMap>
#include <QtTest>

#include <functional>

using namespace bd::model;
using namespace bd::results;
using namespace bd::testdata;

namespace {

// The codes listed under "## Severity" in docs/decision-rules.md, most severe first.
QStringList documentedSeverityOrder()
{
    QFile f(QStringLiteral(BD_SOURCE_DIR "/docs/decision-rules.md"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString doc = QString::fromUtf8(f.readAll());
    const QLatin1String intro("the others are listed:");
    const qsizetype section = doc.indexOf(QLatin1String("\n## Severity\n"));
    const qsizetype from = section < 0 ? -1 : doc.indexOf(intro, section);
    const qsizetype to = from < 0 ? -1 : doc.indexOf(QLatin1String(". Decisions:"), from);
    if (to < 0)
        return {};
    QStringList codes;
    for (const QString& code : doc.mid(from + intro.size(), to - from - intro.size()).split(QLatin1Char(',')))
        codes << code.simplified();
    return codes;
}

// One visa-exempt traveller with a valid travel authorisation checked on entry, every other
// system answering "no hit": the rules below are applied to it one after another.
struct Situation
{
    SearchRequest req = request(QStringLiteral("USA"));
    CheckContext ctx = context();
    QMap<SystemId, SystemEvent> answers { { SystemId::Etias,
        hitEvent(SystemId::Etias, { etiasHit(QStringLiteral("valid"), kToday.addYears(1)) }) } };

    void addHit(const Hit& hit)
    {
        if (!answers.contains(hit.system) || answers.value(hit.system).status != SystemStatus::Hit)
            answers.insert(hit.system, hitEvent(hit.system, {}));
        answers[hit.system].hits.append(hit);
    }
    UnifiedResult unify() const { return run(req, clear(answers.values()), nullptr, ctx); }
};

struct Rule
{
    QString name;
    QString action; // what it requires alone
    QString exclusive; // rules of one group cannot apply at once (one system's answer, the document's state)
    std::function<void(Situation&)> apply;
};

Hit simpleHit(SystemId system, const QString& recordId)
{
    Hit h;
    h.system = system;
    h.recordId = recordId;
    h.other = SimpleHit { QStringLiteral("stolen"), {}, {} };
    return h;
}

// One rule for each action a visa-exempt traveller's entry can require (docs/decision-rules.md).
QList<Rule> combinableRules()
{
    const auto sis = [](const QString& category) {
        return [category](Situation& s) { s.addHit(sisHit(category, QStringLiteral("SIS-") + category)); };
    };
    const auto hit = [](const Hit& h) { return [h](Situation& s) { s.addHit(h); }; };
    const auto ees = [](const QList<EesMovement>& movements) {
        return [movements](
                   Situation& s) { s.answers.insert(SystemId::Ees, hitEvent(SystemId::Ees, { eesHit(movements) })); };
    };
    return {
        { QStringLiteral("SIS arrest"), QStringLiteral("arrest"), {}, sis(QStringLiteral("arrest")) },
        { QStringLiteral("SIS missing person"), QStringLiteral("protect-person"), {},
            sis(QStringLiteral("missing-person")) },
        { QStringLiteral("SIS refusal of entry"), QStringLiteral("refuse-entry-sis"), {},
            sis(QStringLiteral("refusal-of-entry")) },
        { QStringLiteral("Interpol SLTD"), QStringLiteral("seize-document"), {},
            hit(simpleHit(SystemId::InterpolSltd, QStringLiteral("SLTD-1"))) },
        { QStringLiteral("Interpol TDAWN"), QStringLiteral("second-line-interpol-notice"), {},
            hit(simpleHit(SystemId::InterpolTdawn, QStringLiteral("TDAWN-1"))) },
        { QStringLiteral("face mismatch"), QStringLiteral("second-line-identity"), {},
            [](Situation& s) { s.ctx.declarations.faceMismatch = true; } },
        { QStringLiteral("SIS discreet check"), QStringLiteral("second-line-discreet"), {},
            sis(QStringLiteral("discreet-check")) },
        { QStringLiteral("SIS specific check"), QStringLiteral("second-line-specific"), {},
            sis(QStringLiteral("specific-check")) },
        { QStringLiteral("SIS inquiry check"), QStringLiteral("second-line-inquiry"), {},
            sis(QStringLiteral("inquiry-check")) },
        { QStringLiteral("SIS return"), QStringLiteral("second-line-return"), {}, sis(QStringLiteral("return")) },
        { QStringLiteral("Eurodac hit"), QStringLiteral("second-line-record"), {},
            hit(simpleHit(SystemId::Eurodac, QStringLiteral("EURODAC-1"))) },
        { QStringLiteral("ETIAS flag"), QStringLiteral("second-line-etias-flag"), QStringLiteral("etias"),
            [](Situation& s) {
                s.answers.insert(SystemId::Etias,
                    hitEvent(SystemId::Etias,
                        { etiasHit(
                            QStringLiteral("valid"), kToday.addYears(1), { QStringLiteral("second-line-check") }) }));
            } },
        { QStringLiteral("asylum request"), QStringLiteral("second-line-asylum"), {},
            [](Situation& s) { s.ctx.declarations.asylumRequest = true; } },
        { QStringLiteral("unaccompanied minor"), QStringLiteral("second-line-minor"), {},
            [](Situation& s) { s.ctx.declarations.unaccompaniedMinor = true; } },
        { QStringLiteral("zone not valid"), QStringLiteral("verify-document"), QStringLiteral("document"),
            [](Situation& s) {
                s.ctx.document.zoneValid = false;
                s.ctx.document.problems << QStringLiteral("check digit of the document number");
            } },
        { QStringLiteral("document expires in a month"), QStringLiteral("refuse-no-valid-document"),
            QStringLiteral("document"),
            [](Situation& s) {
                s.ctx.document.dateOfExpiry = kToday.addDays(30);
                s.req.document.dateOfExpiry = kToday.addDays(30);
            } },
        { QStringLiteral("no ETIAS"), QStringLiteral("refuse-no-etias"), QStringLiteral("etias"),
            [](Situation& s) { s.answers.remove(SystemId::Etias); } },
        // 90 days used: 2026-08-31 .. 2026-11-28 is 90 days inside the window ending today.
        { QStringLiteral("90 days used"), QStringLiteral("refuse-overstay"), QStringLiteral("ees"),
            ees({ EesMovement { QStringLiteral("entry"), kToday.addDays(-100), {}, {} },
                EesMovement { QStringLiteral("exit"), kToday.addDays(-1), {}, {} } }) },
        { QStringLiteral("entry without exit"), QStringLiteral("verify-stay"), QStringLiteral("ees"),
            ees({ EesMovement { QStringLiteral("entry"), kToday.addDays(-10), {}, {} } }) },
        { QStringLiteral("Europol timeout"), QStringLiteral("complete-checks-manually"), {},
            [](Situation& s) {
                s.answers.insert(SystemId::Europol,
                    SystemEvent { QStringLiteral("s-1"), SystemId::Europol, SystemStatus::Timeout, 8000, {},
                        QStringLiteral("no answer") });
            } },
    };
}

} // namespace

class TestUnifier : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    // docs/decision-rules.md, "Severity", is the specification of the order: read from there, not
    // copied here. Every code's rank is its place in that list.
    void actionCodesAreOrderedAsSpecified()
    {
        const QStringList documented = documentedSeverityOrder();
        QVERIFY2(documented.size() > 20, qPrintable(documented.join(QLatin1Char(' '))));
        QCOMPARE(actionCodesBySeverity(), documented);
        for (qsizetype i = 0; i < documented.size(); ++i) {
            const std::optional<ActionCode> action = actionFromKey(documented.at(i));
            QVERIFY2(action, qPrintable(documented.at(i)));
            QCOMPARE(actionKey(*action), documented.at(i));
            QCOMPARE(actionRank(*action), int(i));
        }
        QVERIFY(!actionFromKey(QStringLiteral("nonsense")));
        // An informational hit (no action) ranks after let-exit.
        QVERIFY(actionRank(std::optional<ActionCode>()) > actionRank(ActionCode::LetExit));
    }

    // "When several rules apply, the most severe action is required and the others are listed":
    // each rule below alone requires its action; any two of them at once (on one traveller, in
    // one search) require the one that comes first in the documented order and list the other.
    void mostSevereActionWinsInTheDocumentedOrder()
    {
        const QStringList order = documentedSeverityOrder();
        const QList<Rule> rules = combinableRules();
        for (const Rule& rule : rules) {
            QVERIFY2(order.contains(rule.action), qPrintable(rule.action));
            Situation alone;
            rule.apply(alone);
            const UnifiedResult r = alone.unify();
            QVERIFY2(bd::results::actionKey(r.requiredAction.code) == rule.action,
                qPrintable(QStringLiteral("%1 alone requires %2")
                               .arg(rule.name, bd::results::actionKey(r.requiredAction.code))));
        }
        int pairs = 0;
        for (qsizetype a = 0; a < rules.size(); ++a) {
            for (qsizetype b = a + 1; b < rules.size(); ++b) {
                const Rule& first = rules.at(a);
                const Rule& second = rules.at(b);
                if (!first.exclusive.isEmpty() && first.exclusive == second.exclusive)
                    continue; // two answers of one system, or two states of one document
                for (const bool reversed : { false, true }) { // the order they are found in does not matter
                    Situation both;
                    (reversed ? second : first).apply(both);
                    (reversed ? first : second).apply(both);
                    const UnifiedResult r = both.unify();
                    const bool firstWins = order.indexOf(first.action) <= order.indexOf(second.action);
                    const Rule& winner = firstWins ? first : second;
                    const Rule& loser = firstWins ? second : first;
                    const QString pair = QStringLiteral("%1 + %2").arg(first.name, second.name);
                    QVERIFY2(bd::results::actionKey(r.requiredAction.code) == winner.action,
                        qPrintable(QStringLiteral("%1: required %2, expected %3")
                                       .arg(pair, bd::results::actionKey(r.requiredAction.code), winner.action)));
                    if (loser.action != winner.action) {
                        QStringList listed;
                        for (const RequiredAction& other : r.otherActions)
                            listed << actionKey(other.code);
                        QVERIFY2(listed.contains(loser.action),
                            qPrintable(QStringLiteral("%1: %2 not listed in %3")
                                           .arg(pair, loser.action, listed.join(QLatin1Char(' ')))));
                        // The rest follow in the same order.
                        for (qsizetype i = 1; i < listed.size(); ++i)
                            QVERIFY2(order.indexOf(listed.at(i - 1)) <= order.indexOf(listed.at(i)),
                                qPrintable(pair + QStringLiteral(": ") + listed.join(QLatin1Char(' '))));
                    }
                }
                ++pairs;
            }
        }
        QVERIFY(pairs > 100);
    }

    void everyActionCode_data()
    {
        QTest::addColumn<QString>("nationality");
        QTest::addColumn<QList<SystemEvent>>("events");
        QTest::addColumn<QList<IdentityLink>>("links");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QString>("reason");
        const QString usa = QStringLiteral("USA"); // visa-exempt
        const QString ind = QStringLiteral("IND"); // visa-required
        const auto validEtias = hitEvent(SystemId::Etias, { etiasHit(QStringLiteral("valid"), kToday.addYears(1)) });
        const auto validVisa
            = hitEvent(SystemId::Vis, { visHit(QStringLiteral("issued"), kToday.addDays(-10), kToday.addDays(60)) });

        QTest::newRow("arrest") << usa
                                << clear({ validEtias, hitEvent(SystemId::Sis, { sisHit(QStringLiteral("arrest")) }) })
                                << QList<IdentityLink>() << "arrest"
                                << "second-line"
                                << "";
        QTest::newRow("protect") << usa
                                 << clear({ validEtias,
                                        hitEvent(SystemId::Sis, { sisHit(QStringLiteral("missing-person")) }) })
                                 << QList<IdentityLink>() << "protect-person"
                                 << "second-line"
                                 << "";
        QTest::newRow("refuse-sis") << usa
                                    << clear({ validEtias,
                                           hitEvent(SystemId::Sis, { sisHit(QStringLiteral("refusal-of-entry")) }) })
                                    << QList<IdentityLink>() << "refuse-entry-sis"
                                    << "refuse"
                                    << "H";
        QTest::newRow("sis-object") << usa
                                    << clear({ validEtias,
                                           hitEvent(SystemId::Sis, { sisHit(QStringLiteral("object")) }) })
                                    << QList<IdentityLink>() << "seize-document"
                                    << "second-line"
                                    << "";
        Hit sltd;
        sltd.system = SystemId::InterpolSltd;
        sltd.recordId = QStringLiteral("SLTD-1");
        sltd.other = SimpleHit { QStringLiteral("stolen"), {}, {} };
        QTest::newRow("sltd") << usa << clear({ validEtias, hitEvent(SystemId::InterpolSltd, { sltd }) })
                              << QList<IdentityLink>() << "seize-document"
                              << "second-line"
                              << "";
        Hit tdawn = sltd;
        tdawn.system = SystemId::InterpolTdawn;
        QTest::newRow("tdawn") << usa << clear({ validEtias, hitEvent(SystemId::InterpolTdawn, { tdawn }) })
                               << QList<IdentityLink>() << "second-line-interpol-notice"
                               << "second-line"
                               << "";
        const QList<IdentityLink> red { IdentityLink { QStringLiteral("L1"), LinkColour::Red,
            { { SystemId::Vis, QStringLiteral("VIS-1") }, { SystemId::Ees, QStringLiteral("EES-9") } }, {}, {} } };
        QTest::newRow("red-link") << ind << clear({ validVisa }) << red << "second-line-identity"
                                  << "second-line"
                                  << "";
        QList<IdentityLink> yellow = red;
        yellow[0].colour = LinkColour::Yellow;
        QTest::newRow("yellow-link") << ind << clear({ validVisa }) << yellow << "second-line-identity"
                                     << "second-line"
                                     << "";
        QList<IdentityLink> green = red;
        green[0].colour = LinkColour::Green;
        QTest::newRow("green-link-admits") << ind << clear({ validVisa }) << green << "admit"
                                           << "admit"
                                           << "";
        QTest::newRow("discreet") << usa
                                  << clear({ validEtias,
                                         hitEvent(SystemId::Sis, { sisHit(QStringLiteral("discreet-check")) }) })
                                  << QList<IdentityLink>() << "second-line-discreet"
                                  << "second-line"
                                  << "";
        QTest::newRow("specific") << usa
                                  << clear({ validEtias,
                                         hitEvent(SystemId::Sis, { sisHit(QStringLiteral("specific-check")) }) })
                                  << QList<IdentityLink>() << "second-line-specific"
                                  << "second-line"
                                  << "";
        QTest::newRow("inquiry") << usa
                                 << clear({ validEtias,
                                        hitEvent(SystemId::Sis, { sisHit(QStringLiteral("inquiry-check")) }) })
                                 << QList<IdentityLink>() << "second-line-inquiry"
                                 << "second-line"
                                 << "";
        QTest::newRow("etias-flag") << usa
                                    << clear({ hitEvent(SystemId::Etias,
                                           { etiasHit(QStringLiteral("valid"), kToday.addYears(1),
                                               { QStringLiteral("second-line-check") }) }) })
                                    << QList<IdentityLink>() << "second-line-etias-flag"
                                    << "second-line"
                                    << "";
        QTest::newRow("visa-refused") << ind
                                      << clear(
                                             { hitEvent(SystemId::Vis, { visHit(QStringLiteral("refused"), {}, {}) }) })
                                      << QList<IdentityLink>() << "refuse-no-visa"
                                      << "refuse"
                                      << "C";
        QTest::newRow("visa-expired") << ind
                                      << clear({ hitEvent(SystemId::Vis,
                                             { visHit(QStringLiteral("issued"), kToday.addDays(-100),
                                                 kToday.addDays(-1)) }) })
                                      << QList<IdentityLink>() << "refuse-no-visa"
                                      << "refuse"
                                      << "C";
        QTest::newRow("visa-exhausted") << ind
                                        << clear({ hitEvent(SystemId::Vis,
                                               { visHit(QStringLiteral("issued"), kToday.addDays(-10),
                                                   kToday.addDays(10), 1, 1) }) })
                                        << QList<IdentityLink>() << "refuse-no-visa"
                                        << "refuse"
                                        << "C";
        QTest::newRow("visa-annulled") << ind
                                       << clear({ hitEvent(SystemId::Vis,
                                              { visHit(QStringLiteral("annulled"), kToday.addDays(-10),
                                                  kToday.addDays(10)) }) })
                                       << QList<IdentityLink>() << "refuse-no-visa"
                                       << "refuse"
                                       << "C";
        QTest::newRow("no-visa-in-vis") << ind << clear() << QList<IdentityLink>() << "refuse-no-visa"
                                        << "refuse"
                                        << "C";
        QTest::newRow("visa-valid-last-day")
            << ind
            << clear(
                   { hitEvent(SystemId::Vis, { visHit(QStringLiteral("issued"), kToday.addDays(-10), kToday, 2, 1) }) })
            << QList<IdentityLink>() << "admit"
            << "admit"
            << "";
        QTest::newRow("etias-refused") << usa
                                       << clear({ hitEvent(
                                              SystemId::Etias, { etiasHit(QStringLiteral("refused"), {}) }) })
                                       << QList<IdentityLink>() << "refuse-no-etias"
                                       << "refuse"
                                       << "";
        QTest::newRow("etias-expired") << usa
                                       << clear({ hitEvent(SystemId::Etias,
                                              { etiasHit(QStringLiteral("valid"), kToday.addDays(-1)) }) })
                                       << QList<IdentityLink>() << "refuse-no-etias"
                                       << "refuse"
                                       << "";
        QTest::newRow("etias-missing") << usa << clear() << QList<IdentityLink>() << "refuse-no-etias"
                                       << "refuse"
                                       << "";
        // 90 days used: 2026-08-31 .. 2026-11-28 is 90 days inside the window ending today.
        const auto overstay = hitEvent(SystemId::Ees,
            { eesHit({ EesMovement { QStringLiteral("entry"), kToday.addDays(-100), {}, {} },
                EesMovement { QStringLiteral("exit"), kToday.addDays(-1), {}, {} } }) });
        QTest::newRow("overstay") << usa << clear({ validEtias, overstay }) << QList<IdentityLink>()
                                  << "refuse-overstay"
                                  << "refuse"
                                  << "F";
        auto eurodacTimeout = SystemEvent { QStringLiteral("s-1"), SystemId::Eurodac, SystemStatus::Timeout, 8000, {},
            QStringLiteral("no answer") };
        QTest::newRow("timeout") << usa << clear({ validEtias, eurodacTimeout }) << QList<IdentityLink>()
                                 << "complete-checks-manually"
                                 << "second-line"
                                 << "";
        auto sisDown = SystemEvent { QStringLiteral("s-1"), SystemId::Sis, SystemStatus::Unavailable, 5, {},
            QStringLiteral("down") };
        QTest::newRow("unavailable") << usa << clear({ validEtias, sisDown }) << QList<IdentityLink>()
                                     << "complete-checks-manually"
                                     << "second-line"
                                     << "";
        auto visError = SystemEvent { QStringLiteral("s-1"), SystemId::Vis, SystemStatus::Error, 5, {},
            QStringLiteral("garbage") };
        QTest::newRow("error") << usa << clear({ validEtias, visError }) << QList<IdentityLink>()
                               << "complete-checks-manually"
                               << "second-line"
                               << "";
        QTest::newRow("admit-exempt") << usa << clear({ validEtias }) << QList<IdentityLink>() << "admit"
                                      << "admit"
                                      << "";
        QTest::newRow("admit-eu-citizen") << QStringLiteral("D") << clear() << QList<IdentityLink>() << "admit"
                                          << "admit"
                                          << "";
    }

    void everyActionCode()
    {
        QFETCH(QString, nationality);
        QFETCH(QList<SystemEvent>, events);
        QFETCH(QList<IdentityLink>, links);
        QFETCH(QString, code);
        QFETCH(QString, decision);
        QFETCH(QString, reason);
        const SearchRequest req = request(nationality);
        SearchSummary summary;
        summary.searchId = req.searchId;
        summary.links = links;
        const UnifiedResult r = run(req, events, &summary);
        QCOMPARE(bd::results::actionKey(r.requiredAction.code), code);
        QCOMPARE(bd::model::decisionKey(r.requiredAction.decision), decision);
        QCOMPARE(r.requiredAction.refusalReason, reason);
        QVERIFY(!r.requiredAction.text.isEmpty());
    }

    void discreetCheckTextWarnsNotToInform()
    {
        const UnifiedResult r = run(request(QStringLiteral("D")),
            clear({ hitEvent(SystemId::Sis, { sisHit(QStringLiteral("discreet-check")) }) }));
        QCOMPARE(r.requiredAction.text,
            QStringLiteral("Refer to second line — SIS alert: discreet check. Do not inform the traveller."));
        QCOMPARE(r.requiredAction.source, std::optional<SystemId>(SystemId::Sis));
        QCOMPARE(r.requiredAction.recordId, QStringLiteral("SIS-1"));
    }

    void mostSevereWinsAndOthersFollowInOrder()
    {
        const auto sis = hitEvent(SystemId::Sis,
            { sisHit(QStringLiteral("inquiry-check"), QStringLiteral("a")),
                sisHit(QStringLiteral("arrest"), QStringLiteral("b")),
                sisHit(QStringLiteral("discreet-check"), QStringLiteral("c")) });
        auto events = clear(
            { sis, SystemEvent { QStringLiteral("s-1"), SystemId::EcrisTcn, SystemStatus::Timeout, 0, {}, {} } });
        const UnifiedResult r = run(request(QStringLiteral("USA")), events);
        QCOMPARE(r.requiredAction.code, ActionCode::Arrest);
        QStringList rest;
        for (const RequiredAction& a : r.otherActions)
            rest.append(actionKey(a.code));
        QCOMPARE(rest,
            (QStringList { QStringLiteral("second-line-discreet"), QStringLiteral("second-line-inquiry"),
                QStringLiteral("refuse-no-etias"), QStringLiteral("complete-checks-manually") }));
        // Hits of one identity are ranked, most severe first.
        QCOMPARE(r.identities.size(), 1); // alerts without person data were returned for the traveller's query
        QVERIFY(r.identities.first().traveller);
        QCOMPARE(r.identities.first().hits.first().actionCode, ActionCode::Arrest);
        QCOMPARE(r.identities.first().identityId, QStringLiteral("identity-1"));
    }

    void warningMarkersAreInTheText()
    {
        Hit h = sisHit(QStringLiteral("arrest"));
        h.sis->warningMarkers = { QStringLiteral("armed"), QStringLiteral("violent") };
        const UnifiedResult r = run(request(QStringLiteral("D")), clear({ hitEvent(SystemId::Sis, { h }) }));
        QVERIFY2(r.requiredAction.text.contains(QLatin1String("armed, violent")), qPrintable(r.requiredAction.text));
    }

    void unansweredIsNeverNoHitAndWithheldIsSeparate()
    {
        SearchRequest req = request(QStringLiteral("D"));
        QList<SystemEvent> events = clear();
        events.removeIf(
            [](const SystemEvent& e) { return e.system == SystemId::Eurodac || e.system == SystemId::Europol; });
        events.append(SystemEvent { QStringLiteral("s-1"), SystemId::Europol, SystemStatus::NotAuthorised, 1, {}, {} });
        const UnifiedResult r = run(req, events);
        QCOMPARE(r.withheld, QList<SystemId> { SystemId::Europol });
        QCOMPARE(r.unanswered, QList<SystemId> { SystemId::Eurodac });
        QVERIFY(!r.complete);
        QCOMPARE(r.requiredAction.code, ActionCode::CompleteChecksManually);
        QVERIFY(r.requiredAction.text.contains(QLatin1String("EURODAC")));
        for (const SystemLine& l : r.systems) {
            if (l.system == SystemId::Eurodac)
                QCOMPARE(l.status, SystemStatus::Pending);
            if (l.system == SystemId::Europol)
                QCOMPARE(l.status, SystemStatus::NotAuthorised);
        }
        QCOMPARE(r.systems.size(), allSystems().size());
    }

    void withheldFromSummaryWithoutEventIsNotUnanswered()
    {
        SearchRequest req = request(QStringLiteral("D"));
        QList<SystemEvent> events = clear();
        events.removeIf([](const SystemEvent& e) { return e.system == SystemId::Europol; });
        SearchSummary s;
        s.searchId = req.searchId;
        s.withheld = { SystemId::Europol };
        const UnifiedResult r = run(req, events, &s);
        QCOMPARE(r.withheld, QList<SystemId> { SystemId::Europol });
        QVERIFY(r.unanswered.isEmpty());
        QCOMPARE(r.requiredAction.code, ActionCode::Admit);
    }

    void withheldAloneStillAdmits()
    {
        QList<SystemEvent> events = clear(
            { SystemEvent { QStringLiteral("s-1"), SystemId::Eurodac, SystemStatus::NotAuthorised, 1, {}, {} } });
        const UnifiedResult r = run(request(QStringLiteral("D")), events);
        QCOMPARE(r.requiredAction.code, ActionCode::Admit);
        QVERIFY(r.complete);
    }

    void noEventsAtAllIsIncomplete()
    {
        const SearchRequest req = request(QStringLiteral("D"));
        const UnifiedResult r = Unifier::unify(SearchAnswers { req, {}, std::nullopt, std::nullopt, {} }, context());
        QCOMPARE(r.requiredAction.code, ActionCode::CompleteChecksManually);
        QCOMPARE(r.unanswered.size(), allSystems().size());
        QVERIFY(!r.integrityProblems.isEmpty()); // no summary either
    }

    void exitCheckIgnoresEntryConditions()
    {
        const SearchRequest req = request(QStringLiteral("IND"), Purpose::ExitCheck);
        const auto entered
            = hitEvent(SystemId::Ees, { eesHit({ { QStringLiteral("entry"), kToday.addDays(-10), {}, {} } }) });
        const UnifiedResult r = run(req, clear({ entered })); // no visa in VIS: no matter at exit
        QCOMPARE(r.requiredAction.code, ActionCode::LetExit);
        QCOMPARE(r.requiredAction.decision, Decision::LetExit);
        const UnifiedResult sis = run(req, clear({ hitEvent(SystemId::Sis, { sisHit(QStringLiteral("arrest")) }) }));
        QCOMPARE(sis.requiredAction.code, ActionCode::Arrest);
    }

    void unknownNationalityIsVerifiedNeverAdmitted()
    {
        const UnifiedResult r = run(request(QStringLiteral("UTO")),
            clear({ hitEvent(SystemId::Vis, { visHit(QStringLiteral("refused"), {}, {}) }) }));
        QCOMPARE(r.traveller.regime, VisaRegime::Unknown); // the answers never decide the regime
        QCOMPARE(r.requiredAction.code, ActionCode::VerifyVisaRequirement);
        const UnifiedResult unknown = run(request(QStringLiteral("UTO")), clear());
        QCOMPARE(unknown.requiredAction.code, ActionCode::VerifyVisaRequirement);
    }

    void jsonCarriesTheActionFirst()
    {
        const UnifiedResult r = run(request(QStringLiteral("USA")),
            clear({ hitEvent(SystemId::Sis, { sisHit(QStringLiteral("refusal-of-entry")) }) }));
        const QJsonObject o = unifiedResultToJson(r);
        const QJsonObject a = o.value(QStringLiteral("requiredAction")).toObject();
        QCOMPARE(a.value(QStringLiteral("code")).toString(), QStringLiteral("refuse-entry-sis"));
        QCOMPARE(a.value(QStringLiteral("decision")).toString(), QStringLiteral("refuse"));
        QCOMPARE(a.value(QStringLiteral("reason")).toString(), QStringLiteral("H"));
        QCOMPARE(o.value(QStringLiteral("systems")).toArray().size(), allSystems().size());
        QCOMPARE(o.value(QStringLiteral("identities")).toArray().size(), 1);
    }

    void unifiesThousandHitsWithoutLosingAny()
    {
        QList<Hit> hits;
        for (int i = 0; i < 1000; ++i)
            hits.append(
                sisHit(i % 7 == 0 ? QStringLiteral("arrest") : QStringLiteral("inquiry-check"), QString::number(i)));
        const UnifiedResult r = run(request(QStringLiteral("D")), clear({ hitEvent(SystemId::Sis, hits) }));
        int total = 0;
        for (const Identity& id : r.identities)
            total += id.hits.size();
        QCOMPARE(total, 1000);
        QCOMPARE(r.requiredAction.code, ActionCode::Arrest);
    }
};

QTEST_APPLESS_MAIN(TestUnifier)
#include "TestUnifier.moc"
