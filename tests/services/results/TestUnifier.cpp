#include "services/results/UnifiedResultJson.h"
#include "services/results/Unifier.h"

#include <QtTest>

using namespace bd::gateway;
using namespace bd::results;

namespace {

const QDate kToday(2026, 11, 28);

SearchRequest request(const QString& nationality = QStringLiteral("UTO"), Purpose purpose = Purpose::EntryCheck)
{
    SearchRequest r;
    r.searchId = QStringLiteral("s-1");
    r.purpose = purpose;
    r.person.nationality = nationality;
    r.systems = allSystems();
    return r;
}

// Every asked system answered no-hit, except the overrides.
QList<SystemEvent> clear(const QList<SystemEvent>& overrides = {})
{
    QList<SystemEvent> out;
    for (SystemId s : allSystems()) {
        SystemEvent e {s, SystemStatus::NoHit, 10, {}, {}};
        for (const SystemEvent& o : overrides)
            if (o.system == s)
                e = o;
        out.append(e);
    }
    return out;
}

Hit sisHit(const QString& category, const QString& id = QStringLiteral("SIS-1"))
{
    Hit h;
    h.system = SystemId::Sis;
    h.recordId = id;
    h.sis = SisAlert {category, QStringLiteral("as issued"), {}, QStringLiteral("D"),
                      category == QLatin1String("object") ? QStringLiteral("stolen") : QString()};
    return h;
}

SystemEvent hitEvent(SystemId s, const QList<Hit>& hits)
{
    return SystemEvent {s, SystemStatus::Hit, 20, hits, {}};
}

Hit visHit(const QString& status, const QDate& from, const QDate& until, int allowed = 0, int used = 0)
{
    Hit h;
    h.system = SystemId::Vis;
    h.recordId = QStringLiteral("VIS-1");
    h.vis = VisRecord {QStringLiteral("APP-1"), status, QStringLiteral("C"), QStringLiteral("ST1"), from, until, allowed, used, 90};
    return h;
}

Hit etiasHit(const QString& status, const QDate& until, const QStringList& flags = {})
{
    Hit h;
    h.system = SystemId::Etias;
    h.recordId = QStringLiteral("ETIAS-1");
    h.etias = EtiasAuthorisation {status, until, flags, {}};
    return h;
}

Hit eesHit(const QList<EesMovement>& movements)
{
    Hit h;
    h.system = SystemId::Ees;
    h.recordId = QStringLiteral("EES-1");
    h.ees = EesFile {movements, false};
    return h;
}

UnifiedResult run(const SearchRequest& req, const QList<SystemEvent>& events, const SearchSummary* summary = nullptr)
{
    SearchSummary s;
    s.searchId = req.searchId;
    return Unifier::unify(req, events, summary ? summary : &s, kToday, contextFor(req));
}

} // namespace

class TestUnifier : public QObject
{
    Q_OBJECT
private slots:
    void actionCodesAreOrderedAsSpecified()
    {
        const QStringList expected {QStringLiteral("arrest"), QStringLiteral("protect-person"), QStringLiteral("refuse-entry-sis"),
                                    QStringLiteral("seize-document"), QStringLiteral("second-line-identity"),
                                    QStringLiteral("second-line-discreet"), QStringLiteral("second-line-specific"),
                                    QStringLiteral("second-line-inquiry"), QStringLiteral("second-line-etias-flag"),
                                    QStringLiteral("refuse-no-visa"), QStringLiteral("refuse-no-etias"),
                                    QStringLiteral("refuse-overstay"), QStringLiteral("complete-checks-manually"),
                                    QStringLiteral("admit")};
        QCOMPARE(actionCodesBySeverity(), expected);
        QVERIFY(actionRank(QStringLiteral("nonsense")) > actionRank(QStringLiteral("admit")));
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
        const auto validEtias = hitEvent(SystemId::Etias, {etiasHit(QStringLiteral("valid"), kToday.addYears(1))});
        const auto validVisa = hitEvent(SystemId::Vis, {visHit(QStringLiteral("issued"), kToday.addDays(-10), kToday.addDays(60))});

        QTest::newRow("arrest") << usa << clear({validEtias, hitEvent(SystemId::Sis, {sisHit(QStringLiteral("arrest"))})})
                                << QList<IdentityLink>() << "arrest" << "second-line" << "";
        QTest::newRow("protect") << usa << clear({validEtias, hitEvent(SystemId::Sis, {sisHit(QStringLiteral("missing-person"))})})
                                 << QList<IdentityLink>() << "protect-person" << "second-line" << "";
        QTest::newRow("refuse-sis") << usa
                                    << clear({validEtias, hitEvent(SystemId::Sis, {sisHit(QStringLiteral("refusal-of-entry"))})})
                                    << QList<IdentityLink>() << "refuse-entry-sis" << "refuse" << "H";
        QTest::newRow("sis-object") << usa << clear({validEtias, hitEvent(SystemId::Sis, {sisHit(QStringLiteral("object"))})})
                                    << QList<IdentityLink>() << "seize-document" << "refuse" << "A";
        Hit sltd;
        sltd.system = SystemId::InterpolSltd;
        sltd.recordId = QStringLiteral("SLTD-1");
        sltd.other = SimpleHit {QStringLiteral("stolen"), {}, {}};
        QTest::newRow("sltd") << usa << clear({validEtias, hitEvent(SystemId::InterpolSltd, {sltd})}) << QList<IdentityLink>()
                              << "seize-document" << "refuse" << "A";
        Hit tdawn = sltd;
        tdawn.system = SystemId::InterpolTdawn;
        QTest::newRow("tdawn") << usa << clear({validEtias, hitEvent(SystemId::InterpolTdawn, {tdawn})})
                               << QList<IdentityLink>() << "seize-document" << "refuse" << "A";
        const QList<IdentityLink> red {IdentityLink {QStringLiteral("L1"), LinkColour::Red,
                                                     {{SystemId::Vis, QStringLiteral("VIS-1")}, {SystemId::Ees, QStringLiteral("EES-9")}},
                                                     {}, {}}};
        QTest::newRow("red-link") << ind << clear({validVisa}) << red << "second-line-identity" << "second-line" << "";
        QList<IdentityLink> yellow = red;
        yellow[0].colour = LinkColour::Yellow;
        QTest::newRow("yellow-link") << ind << clear({validVisa}) << yellow << "second-line-identity" << "second-line" << "";
        QList<IdentityLink> green = red;
        green[0].colour = LinkColour::Green;
        QTest::newRow("green-link-admits") << ind << clear({validVisa}) << green << "admit" << "admit" << "";
        QTest::newRow("discreet") << usa << clear({validEtias, hitEvent(SystemId::Sis, {sisHit(QStringLiteral("discreet-check"))})})
                                  << QList<IdentityLink>() << "second-line-discreet" << "second-line" << "";
        QTest::newRow("specific") << usa << clear({validEtias, hitEvent(SystemId::Sis, {sisHit(QStringLiteral("specific-check"))})})
                                  << QList<IdentityLink>() << "second-line-specific" << "second-line" << "";
        QTest::newRow("inquiry") << usa << clear({validEtias, hitEvent(SystemId::Sis, {sisHit(QStringLiteral("inquiry-check"))})})
                                 << QList<IdentityLink>() << "second-line-inquiry" << "second-line" << "";
        QTest::newRow("etias-flag") << usa
                                    << clear({hitEvent(SystemId::Etias, {etiasHit(QStringLiteral("valid"), kToday.addYears(1),
                                                                                  {QStringLiteral("second-line-check")})})})
                                    << QList<IdentityLink>() << "second-line-etias-flag" << "second-line" << "";
        QTest::newRow("visa-refused") << ind
                                      << clear({hitEvent(SystemId::Vis, {visHit(QStringLiteral("refused"), {}, {})})})
                                      << QList<IdentityLink>() << "refuse-no-visa" << "refuse" << "C";
        QTest::newRow("visa-expired") << ind
                                      << clear({hitEvent(SystemId::Vis, {visHit(QStringLiteral("issued"), kToday.addDays(-100),
                                                                                kToday.addDays(-1))})})
                                      << QList<IdentityLink>() << "refuse-no-visa" << "refuse" << "C";
        QTest::newRow("visa-exhausted") << ind
                                        << clear({hitEvent(SystemId::Vis, {visHit(QStringLiteral("issued"), kToday.addDays(-10),
                                                                                  kToday.addDays(10), 1, 1)})})
                                        << QList<IdentityLink>() << "refuse-no-visa" << "refuse" << "C";
        QTest::newRow("visa-annulled") << ind
                                       << clear({hitEvent(SystemId::Vis, {visHit(QStringLiteral("annulled"), kToday.addDays(-10),
                                                                                 kToday.addDays(10))})})
                                       << QList<IdentityLink>() << "refuse-no-visa" << "refuse" << "C";
        QTest::newRow("no-visa-in-vis") << ind << clear() << QList<IdentityLink>() << "refuse-no-visa" << "refuse" << "C";
        QTest::newRow("visa-valid-last-day") << ind
                                             << clear({hitEvent(SystemId::Vis, {visHit(QStringLiteral("issued"),
                                                                                       kToday.addDays(-10), kToday, 2, 1)})})
                                             << QList<IdentityLink>() << "admit" << "admit" << "";
        QTest::newRow("etias-refused") << usa << clear({hitEvent(SystemId::Etias, {etiasHit(QStringLiteral("refused"), {})})})
                                       << QList<IdentityLink>() << "refuse-no-etias" << "refuse" << "J";
        QTest::newRow("etias-expired") << usa
                                       << clear({hitEvent(SystemId::Etias, {etiasHit(QStringLiteral("valid"), kToday.addDays(-1))})})
                                       << QList<IdentityLink>() << "refuse-no-etias" << "refuse" << "J";
        QTest::newRow("etias-missing") << usa << clear() << QList<IdentityLink>() << "refuse-no-etias" << "refuse" << "J";
        // 90 days used: 2026-08-31 .. 2026-11-28 is 90 days inside the window ending today.
        const auto overstay = hitEvent(SystemId::Ees, {eesHit({EesMovement {QStringLiteral("entry"), kToday.addDays(-100), {}, {}},
                                                                EesMovement {QStringLiteral("exit"), kToday.addDays(-1), {}, {}}})});
        QTest::newRow("overstay") << usa << clear({validEtias, overstay}) << QList<IdentityLink>() << "refuse-overstay"
                                  << "refuse" << "F";
        auto eurodacTimeout = SystemEvent {SystemId::Eurodac, SystemStatus::Timeout, 8000, {}, QStringLiteral("no answer")};
        QTest::newRow("timeout") << usa << clear({validEtias, eurodacTimeout}) << QList<IdentityLink>()
                                 << "complete-checks-manually" << "second-line" << "";
        auto sisDown = SystemEvent {SystemId::Sis, SystemStatus::Unavailable, 5, {}, QStringLiteral("down")};
        QTest::newRow("unavailable") << usa << clear({validEtias, sisDown}) << QList<IdentityLink>()
                                     << "complete-checks-manually" << "second-line" << "";
        auto visError = SystemEvent {SystemId::Vis, SystemStatus::Error, 5, {}, QStringLiteral("garbage")};
        QTest::newRow("error") << usa << clear({validEtias, visError}) << QList<IdentityLink>() << "complete-checks-manually"
                               << "second-line" << "";
        QTest::newRow("admit-exempt") << usa << clear({validEtias}) << QList<IdentityLink>() << "admit" << "admit" << "";
        QTest::newRow("admit-eu-citizen") << QStringLiteral("D") << clear() << QList<IdentityLink>() << "admit" << "admit" << "";
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
        QCOMPARE(r.requiredAction.code, code);
        QCOMPARE(r.requiredAction.decision, decision);
        QCOMPARE(r.requiredAction.refusalReason, reason);
        QVERIFY(!r.requiredAction.text.isEmpty());
    }

    void discreetCheckTextWarnsNotToInform()
    {
        const UnifiedResult r = run(request(QStringLiteral("D")),
                                    clear({hitEvent(SystemId::Sis, {sisHit(QStringLiteral("discreet-check"))})}));
        QCOMPARE(r.requiredAction.text,
                 QStringLiteral("Refer to second line — SIS alert: discreet check. Do not inform the traveller."));
        QCOMPARE(r.requiredAction.source, std::optional<SystemId>(SystemId::Sis));
        QCOMPARE(r.requiredAction.recordId, QStringLiteral("SIS-1"));
    }

    void mostSevereWinsAndOthersFollowInOrder()
    {
        const auto sis = hitEvent(SystemId::Sis, {sisHit(QStringLiteral("inquiry-check"), QStringLiteral("a")),
                                                  sisHit(QStringLiteral("arrest"), QStringLiteral("b")),
                                                  sisHit(QStringLiteral("discreet-check"), QStringLiteral("c"))});
        auto events = clear({sis, SystemEvent {SystemId::EcrisTcn, SystemStatus::Timeout, 0, {}, {}}});
        const UnifiedResult r = run(request(QStringLiteral("USA")), events);
        QCOMPARE(r.requiredAction.code, QStringLiteral("arrest"));
        QStringList rest;
        for (const RequiredAction& a : r.otherActions)
            rest.append(a.code);
        QCOMPARE(rest, (QStringList {QStringLiteral("second-line-discreet"), QStringLiteral("second-line-inquiry"),
                                     QStringLiteral("refuse-no-etias"), QStringLiteral("complete-checks-manually")}));
        // Hits of one identity are ranked, most severe first.
        QCOMPARE(r.identities.size(), 3); // three unlinked alerts without matching keys
        QCOMPARE(r.identities.first().hits.first().actionCode, QStringLiteral("arrest"));
        QCOMPARE(r.identities.first().identityId, QStringLiteral("identity-1"));
    }

    void warningMarkersAreInTheText()
    {
        Hit h = sisHit(QStringLiteral("arrest"));
        h.sis->warningMarkers = {QStringLiteral("armed"), QStringLiteral("violent")};
        const UnifiedResult r = run(request(QStringLiteral("D")), clear({hitEvent(SystemId::Sis, {h})}));
        QVERIFY2(r.requiredAction.text.contains(QLatin1String("armed, violent")), qPrintable(r.requiredAction.text));
    }

    void unansweredIsNeverNoHitAndWithheldIsSeparate()
    {
        SearchRequest req = request(QStringLiteral("D"));
        QList<SystemEvent> events = clear();
        events.removeIf([](const SystemEvent& e) { return e.system == SystemId::Eurodac || e.system == SystemId::Europol; });
        events.append(SystemEvent {SystemId::Europol, SystemStatus::NotAuthorised, 1, {}, {}});
        const UnifiedResult r = run(req, events);
        QCOMPARE(r.withheld, QList<SystemId> {SystemId::Europol});
        QCOMPARE(r.unanswered, QList<SystemId> {SystemId::Eurodac});
        QVERIFY(!r.complete);
        QCOMPARE(r.requiredAction.code, QStringLiteral("complete-checks-manually"));
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
        s.withheld = {SystemId::Europol};
        const UnifiedResult r = run(req, events, &s);
        QCOMPARE(r.withheld, QList<SystemId> {SystemId::Europol});
        QVERIFY(r.unanswered.isEmpty());
        QCOMPARE(r.requiredAction.code, QStringLiteral("admit"));
    }

    void withheldAloneStillAdmits()
    {
        QList<SystemEvent> events = clear({SystemEvent {SystemId::Eurodac, SystemStatus::NotAuthorised, 1, {}, {}}});
        const UnifiedResult r = run(request(QStringLiteral("D")), events);
        QCOMPARE(r.requiredAction.code, QStringLiteral("admit"));
        QVERIFY(r.complete);
    }

    void noEventsAtAllIsIncomplete()
    {
        const UnifiedResult r = Unifier::unify(request(), {}, nullptr, kToday, {});
        QCOMPARE(r.requiredAction.code, QStringLiteral("complete-checks-manually"));
        QCOMPARE(r.unanswered.size(), allSystems().size());
    }

    void linksGroupRecordsIntoIdentities()
    {
        Hit vis = visHit(QStringLiteral("issued"), kToday.addDays(-1), kToday.addDays(30));
        vis.recordId = QStringLiteral("V1");
        Hit ees = eesHit({});
        ees.recordId = QStringLiteral("E1");
        Hit etias = etiasHit(QStringLiteral("valid"), kToday.addYears(1));
        etias.recordId = QStringLiteral("T1");
        Hit sis = sisHit(QStringLiteral("discreet-check"), QStringLiteral("S1"));
        const QList<Hit> hits {vis, ees, etias, sis};
        const QList<IdentityLink> links {
            {QStringLiteral("a"), LinkColour::White, {{SystemId::Vis, QStringLiteral("V1")}, {SystemId::Ees, QStringLiteral("E1")}}, {}, {}},
            {QStringLiteral("b"), LinkColour::Red, {{SystemId::Ees, QStringLiteral("E1")}, {SystemId::Sis, QStringLiteral("S1")}}, {}, {}},
            {QStringLiteral("c"), LinkColour::Green, {{SystemId::Etias, QStringLiteral("T1")}, {SystemId::Vis, QStringLiteral("V1")}}, {}, {}}};
        const auto groups = Unifier::groupIdentities(hits, links);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0], (QList<int> {0, 1, 3})); // white + red chain
        QCOMPARE(groups[1], (QList<int> {2}));       // green: a different person
    }

    void matchingKeysGroupUnlessGreen()
    {
        Hit a = sisHit(QStringLiteral("inquiry-check"), QStringLiteral("A"));
        a.document = {QStringLiteral("P"), QStringLiteral("UTO"), QStringLiteral("X123"), {}};
        Hit b = etiasHit(QStringLiteral("valid"), kToday);
        b.recordId = QStringLiteral("B");
        b.document = a.document;
        Hit c = visHit(QStringLiteral("issued"), {}, {});
        c.recordId = QStringLiteral("C");
        c.person = {QStringLiteral("DOE"), QStringLiteral("JANE"), QDate(1980, 1, 2), {}, {}};
        Hit d = eesHit({});
        d.recordId = QStringLiteral("D");
        d.person = c.person;
        QCOMPARE(Unifier::groupIdentities({a, b, c, d}, {}).size(), 2);
        const QList<IdentityLink> green {
            {QStringLiteral("g"), LinkColour::Green, {{SystemId::Vis, QStringLiteral("C")}, {SystemId::Ees, QStringLiteral("D")}}, {}, {}}};
        QCOMPARE(Unifier::groupIdentities({a, b, c, d}, green).size(), 3);
    }

    void identityCarriesLinkPresentationsMostAlarmingFirst()
    {
        Hit s1 = sisHit(QStringLiteral("discreet-check"), QStringLiteral("S1"));
        Hit s2 = sisHit(QStringLiteral("inquiry-check"), QStringLiteral("S2"));
        Hit v = visHit(QStringLiteral("issued"), kToday.addDays(-1), kToday.addDays(30));
        SearchSummary summary;
        summary.searchId = QStringLiteral("s-1");
        summary.links = {
            {QStringLiteral("w"), LinkColour::White, {{SystemId::Sis, QStringLiteral("S1")}, {SystemId::Vis, QStringLiteral("VIS-1")}}, {}, {}},
            {QStringLiteral("r"), LinkColour::Red, {{SystemId::Sis, QStringLiteral("S2")}, {SystemId::Vis, QStringLiteral("VIS-1")}}, {}, {}}};
        const UnifiedResult r = run(request(QStringLiteral("IND")),
                                    clear({hitEvent(SystemId::Sis, {s1, s2}), hitEvent(SystemId::Vis, {v})}), &summary);
        QCOMPARE(r.identities.size(), 1);
        const Identity& id = r.identities.first();
        QCOMPARE(id.hits.size(), 3);
        QCOMPARE(id.linkPresentations.size(), 2);
        QCOMPARE(id.linkPresentations[0].colourKey, QStringLiteral("red"));
        QCOMPARE(id.linkPresentations[0].shape, QStringLiteral("octagon"));
        QVERIFY(!id.linkPresentations[0].text.isEmpty());
        QCOMPARE(id.linkPresentations[1].colourKey, QStringLiteral("white"));
        QCOMPARE(r.requiredAction.code, QStringLiteral("second-line-identity"));
    }

    void everyColourHasDistinctShapeAndText()
    {
        QSet<QString> shapes, texts;
        for (LinkColour c : {LinkColour::White, LinkColour::Yellow, LinkColour::Green, LinkColour::Red}) {
            const LinkPresentation p = presentLink(c);
            shapes.insert(p.shape);
            texts.insert(p.text);
            QCOMPARE(p.colourKey, linkColourKey(c));
        }
        QCOMPARE(shapes.size(), 4);
        QCOMPARE(texts.size(), 4);
    }

    void staysFromMovementsPairsEntriesAndExits()
    {
        const QList<EesMovement> m {{QStringLiteral("exit"), QDate(2026, 1, 10), {}, {}},
                                    {QStringLiteral("entry"), QDate(2026, 2, 1), {}, {}},
                                    {QStringLiteral("refusal"), QDate(2026, 2, 5), {}, {}},
                                    {QStringLiteral("exit"), QDate(2026, 2, 10), {}, {}},
                                    {QStringLiteral("entry"), QDate(2026, 3, 1), {}, {}},
                                    {QStringLiteral("entry"), QDate(2026, 3, 20), {}, {}}, // exit record missing
                                    {QStringLiteral("entry"), QDate(2027, 1, 1), {}, {}}}; // after today: ignored
        const QList<Stay> stays = Unifier::staysFromMovements(m, kToday);
        QCOMPARE(stays, (QList<Stay> {{QDate(2026, 2, 1), QDate(2026, 2, 10)},
                                      {QDate(2026, 3, 1), QDate(2026, 3, 19)},
                                      {QDate(2026, 3, 20), QDate()}}));
        const QList<Stay> sameDay = Unifier::staysFromMovements(
            {{QStringLiteral("entry"), QDate(2026, 5, 1), {}, {}}, {QStringLiteral("exit"), QDate(2026, 5, 3), {}, {}},
             {QStringLiteral("entry"), QDate(2026, 5, 3), {}, {}}, {QStringLiteral("exit"), QDate(2026, 5, 4), {}, {}}},
            kToday);
        QCOMPARE(sameDay, (QList<Stay> {{QDate(2026, 5, 1), QDate(2026, 5, 4)}}));
    }

    void stayAssessmentForThirdCountryNationals()
    {
        const auto ees = hitEvent(SystemId::Ees, {eesHit({{QStringLiteral("entry"), kToday.addDays(-30), {}, {}},
                                                          {QStringLiteral("exit"), kToday.addDays(-21), {}, {}}})});
        const auto etias = hitEvent(SystemId::Etias, {etiasHit(QStringLiteral("valid"), kToday.addYears(1))});
        const UnifiedResult r = run(request(QStringLiteral("USA")), clear({ees, etias}));
        QVERIFY(r.stay.applicable);
        QVERIFY(r.stay.assessment.has_value());
        QCOMPARE(r.stay.assessment->daysUsed, 10);
        QCOMPARE(r.stay.daysAllowedFromToday, 80);
        QCOMPARE(r.requiredAction.code, QStringLiteral("admit"));
        // EU citizens: no stay assessment even with EES records.
        const UnifiedResult eu = run(request(QStringLiteral("FRA")), clear({ees}));
        QVERIFY(!eu.stay.applicable);
    }

    void exitCheckIgnoresEntryConditions()
    {
        const SearchRequest req = request(QStringLiteral("IND"), Purpose::ExitCheck);
        const UnifiedResult r = run(req, clear());
        QCOMPARE(r.requiredAction.code, QStringLiteral("admit"));
        const UnifiedResult sis = run(req, clear({hitEvent(SystemId::Sis, {sisHit(QStringLiteral("arrest"))})}));
        QCOMPARE(sis.requiredAction.code, QStringLiteral("arrest"));
    }

    void regimeFromAnswersWhenNationalityUnknown()
    {
        const UnifiedResult r = run(request(QStringLiteral("UTO")),
                                    clear({hitEvent(SystemId::Vis, {visHit(QStringLiteral("refused"), {}, {})})}));
        QCOMPARE(r.traveller.regime, VisaRegime::VisaRequired);
        QCOMPARE(r.requiredAction.code, QStringLiteral("refuse-no-visa"));
        const UnifiedResult unknown = run(request(QStringLiteral("UTO")), clear());
        QCOMPARE(unknown.requiredAction.code, QStringLiteral("admit"));
    }

    void visaSummaryPrefersTheValidVisa()
    {
        Hit old = visHit(QStringLiteral("issued"), kToday.addYears(-2), kToday.addYears(-1));
        Hit current = visHit(QStringLiteral("issued"), kToday.addDays(-5), kToday.addDays(5), 2, 1);
        const VisaSummary s = Unifier::summariseVisa({old, current}, kToday);
        QVERIFY(s.valid);
        QCOMPARE(s.validUntil, kToday.addDays(5));
        const VisaSummary e = Unifier::summariseVisa({old}, kToday);
        QVERIFY(e.expired);
        QVERIFY(!e.valid);
        const VisaSummary notYet = Unifier::summariseVisa({visHit(QStringLiteral("issued"), kToday.addDays(1), kToday.addDays(9))}, kToday);
        QVERIFY(!notYet.valid);
        QVERIFY(!notYet.expired);
    }

    void jsonCarriesTheActionFirst()
    {
        const UnifiedResult r = run(request(QStringLiteral("USA")),
                                    clear({hitEvent(SystemId::Sis, {sisHit(QStringLiteral("refusal-of-entry"))})}));
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
            hits.append(sisHit(i % 7 == 0 ? QStringLiteral("arrest") : QStringLiteral("inquiry-check"), QString::number(i)));
        const UnifiedResult r = run(request(QStringLiteral("D")), clear({hitEvent(SystemId::Sis, hits)}));
        int total = 0;
        for (const Identity& id : r.identities)
            total += id.hits.size();
        QCOMPARE(total, 1000);
        QCOMPARE(r.requiredAction.code, QStringLiteral("arrest"));
    }
};

QTEST_APPLESS_MAIN(TestUnifier)
#include "TestUnifier.moc"
