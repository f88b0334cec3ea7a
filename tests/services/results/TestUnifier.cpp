#include "services/results/UnifiedResultJson.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"

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
    r.person.surname = QStringLiteral("TRAVELLER");
    r.person.dateOfBirth = QDate(1980, 5, 6);
    r.document = { QStringLiteral("P"), nationality, QStringLiteral("T0000001"), kToday.addYears(5) };
    r.systems = allSystems();
    return r;
}

const VisaList& visaList()
{
    static const VisaList list = *VisaList::builtIn();
    return list;
}

// A read, valid zone; ETIAS in operation and required on kToday; the German border.
CheckContext context()
{
    CheckContext c;
    c.today = kToday;
    c.document.read = true;
    c.document.zoneValid = true;
    c.document.dateOfExpiry = kToday.addYears(5);
    c.etias = EtiasPeriods::fromStart(QDate(2025, 1, 1));
    c.borderState = QStringLiteral("DEU");
    c.visaList = &visaList();
    return c;
}

// Every asked system answered no-hit, except the overrides.
QList<SystemEvent> clear(const QList<SystemEvent>& overrides = {})
{
    QList<SystemEvent> out;
    for (SystemId s : allSystems()) {
        SystemEvent e { QStringLiteral("s-1"), s, SystemStatus::NoHit, 10, {}, {} };
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
    h.sis = SisAlert { category, QStringLiteral("as issued"), {}, QStringLiteral("D"),
        category == QLatin1String("object") ? QStringLiteral("stolen") : QString() };
    return h;
}

SystemEvent hitEvent(SystemId s, const QList<Hit>& hits)
{
    return SystemEvent { QStringLiteral("s-1"), s, SystemStatus::Hit, 20, hits, {} };
}

Hit visHit(const QString& status, const QDate& from, const QDate& until, int allowed = 0, int used = 0)
{
    Hit h;
    h.system = SystemId::Vis;
    h.recordId = QStringLiteral("VIS-1");
    h.vis = VisRecord { QStringLiteral("APP-1"), status, QStringLiteral("C"), QStringLiteral("ST1"), from, until,
        allowed, used, 90 };
    return h;
}

Hit etiasHit(const QString& status, const QDate& until, const QStringList& flags = {})
{
    Hit h;
    h.system = SystemId::Etias;
    h.recordId = QStringLiteral("ETIAS-1");
    h.etias = EtiasAuthorisation { status, until, flags, {} };
    return h;
}

Hit eesHit(const QList<EesMovement>& movements)
{
    Hit h;
    h.system = SystemId::Ees;
    h.recordId = QStringLiteral("EES-1");
    h.ees = EesFile { movements, false };
    return h;
}

UnifiedResult run(const SearchRequest& req, const QList<SystemEvent>& events, const SearchSummary* summary = nullptr)
{
    SearchSummary s;
    s.searchId = req.searchId;
    return Unifier::unify(SearchAnswers { req, events, summary ? *summary : s, std::nullopt }, context());
}

} // namespace

class TestUnifier : public QObject
{
    Q_OBJECT
private slots:
    void actionCodesAreOrderedAsSpecified()
    {
        const QStringList expected = QStringLiteral(
            "arrest protect-person refuse-entry-sis seize-document second-line-interpol-notice second-line-identity "
            "second-line-discreet second-line-specific second-line-inquiry second-line-return second-line-record "
            "second-line-etias-flag second-line-asylum second-line-minor second-line-exit-overstay verify-document "
            "refuse-no-valid-document refuse-no-visa refuse-no-etias refuse-overstay verify-visa-requirement "
            "verify-free-movement verify-stay complete-checks-manually admit let-exit")
                                         .split(QLatin1Char(' '));
        QCOMPARE(actionCodesBySeverity(), expected);
        QVERIFY(actionRank(QStringLiteral("nonsense")) > actionRank(QStringLiteral("let-exit")));
        QCOMPARE(decisionForAction(QStringLiteral("nonsense")), QStringLiteral("second-line"));
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
        QCOMPARE(r.requiredAction.code, code);
        QCOMPARE(r.requiredAction.decision, decision);
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
        QCOMPARE(r.requiredAction.code, QStringLiteral("arrest"));
        QStringList rest;
        for (const RequiredAction& a : r.otherActions)
            rest.append(a.code);
        QCOMPARE(rest,
            (QStringList { QStringLiteral("second-line-discreet"), QStringLiteral("second-line-inquiry"),
                QStringLiteral("refuse-no-etias"), QStringLiteral("complete-checks-manually") }));
        // Hits of one identity are ranked, most severe first.
        QCOMPARE(r.identities.size(), 1); // alerts without person data were returned for the traveller's query
        QVERIFY(r.identities.first().traveller);
        QCOMPARE(r.identities.first().hits.first().actionCode, QStringLiteral("arrest"));
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
        s.withheld = { SystemId::Europol };
        const UnifiedResult r = run(req, events, &s);
        QCOMPARE(r.withheld, QList<SystemId> { SystemId::Europol });
        QVERIFY(r.unanswered.isEmpty());
        QCOMPARE(r.requiredAction.code, QStringLiteral("admit"));
    }

    void withheldAloneStillAdmits()
    {
        QList<SystemEvent> events = clear(
            { SystemEvent { QStringLiteral("s-1"), SystemId::Eurodac, SystemStatus::NotAuthorised, 1, {}, {} } });
        const UnifiedResult r = run(request(QStringLiteral("D")), events);
        QCOMPARE(r.requiredAction.code, QStringLiteral("admit"));
        QVERIFY(r.complete);
    }

    void noEventsAtAllIsIncomplete()
    {
        const SearchRequest req = request(QStringLiteral("D"));
        const UnifiedResult r = Unifier::unify(SearchAnswers { req, {}, std::nullopt, std::nullopt }, context());
        QCOMPARE(r.requiredAction.code, QStringLiteral("complete-checks-manually"));
        QCOMPARE(r.unanswered.size(), allSystems().size());
        QVERIFY(!r.integrityProblems.isEmpty()); // no summary either
    }

    void whiteLinksJoinRedLinksKeepApartGreenExcludes()
    {
        Hit vis = visHit(QStringLiteral("issued"), kToday.addDays(-1), kToday.addDays(30));
        vis.recordId = QStringLiteral("V1");
        Hit ees = eesHit({ { QStringLiteral("entry"), kToday.addDays(-40), {}, {} },
            { QStringLiteral("exit"), kToday.addDays(-35), {}, {} } });
        ees.recordId = QStringLiteral("E1");
        ees.person = { QStringLiteral("OTHER"), QStringLiteral("NAME"), QDate(1970, 1, 1), {}, QStringLiteral("PAK") };
        Hit alias = sisHit(QStringLiteral("discreet-check"), QStringLiteral("S1"));
        alias.person = { QStringLiteral("ALIAS"), QStringLiteral("X"), QDate(1971, 2, 2), {}, {} };
        SearchSummary summary;
        summary.searchId = QStringLiteral("s-1");
        summary.links
            = { { QStringLiteral("w"), LinkColour::White,
                    { { SystemId::Vis, QStringLiteral("V1") }, { SystemId::Ees, QStringLiteral("E1") } }, {}, {} },
                  { QStringLiteral("r"), LinkColour::Red,
                      { { SystemId::Vis, QStringLiteral("V1") }, { SystemId::Sis, QStringLiteral("S1") } }, {}, {} } };
        const UnifiedResult r = run(request(QStringLiteral("IND")),
            clear({ hitEvent(SystemId::Vis, { vis }), hitEvent(SystemId::Ees, { ees }),
                hitEvent(SystemId::Sis, { alias }) }),
            &summary);
        QCOMPARE(r.identities.size(), 2);
        QVERIFY(r.identities[0].traveller);
        QCOMPARE(r.identities[0].person.surname, QStringLiteral("TRAVELLER")); // from the document, never from a record
        QCOMPARE(r.identities[0].hits.size(), 2); // VIS + white-linked EES
        QVERIFY(!r.identities[1].traveller);
        QCOMPARE(r.identities[1].person.surname, QStringLiteral("ALIAS"));
        QCOMPARE(r.identities[1].linkPresentations.first().colourKey, QStringLiteral("red"));
        QCOMPARE(r.identities[0].linkPresentations.first().colourKey, QStringLiteral("red"));
        QCOMPARE(r.requiredAction.code, QStringLiteral("second-line-identity"));
    }

    void greenLinkedNamesakeAlertDoesNotDecide()
    {
        const SearchRequest req = request(QStringLiteral("IND"));
        Hit vis = visHit(QStringLiteral("issued"), kToday.addDays(-5), kToday.addDays(60));
        Hit namesake = sisHit(QStringLiteral("arrest"), QStringLiteral("S9"));
        namesake.person = { req.person.surname, req.person.givenNames, req.person.dateOfBirth, {}, {} };
        SearchSummary summary;
        summary.searchId = req.searchId;
        summary.links = { { QStringLiteral("g"), LinkColour::Green,
            { { SystemId::Vis, QStringLiteral("VIS-1") }, { SystemId::Sis, QStringLiteral("S9") } },
            QStringLiteral("ITA SIRENE"), {} } };
        const UnifiedResult r
            = run(req, clear({ hitEvent(SystemId::Vis, { vis }), hitEvent(SystemId::Sis, { namesake }) }), &summary);
        QCOMPARE(r.requiredAction.code, QStringLiteral("admit"));
        QCOMPARE(r.identities.size(), 2);
        QVERIFY(r.identities[1].excluded);
        QVERIFY(r.identities[1].exclusionReason
            && noticeText(*r.identities[1].exclusionReason).contains(QLatin1String("ITA SIRENE")));
        QVERIFY(r.identities[1].hits.first().excluded);
        // Without the green link the same alert decides.
        summary.links.clear();
        QCOMPARE(run(req, clear({ hitEvent(SystemId::Vis, { vis }), hitEvent(SystemId::Sis, { namesake }) }), &summary)
                     .requiredAction.code,
            QStringLiteral("arrest"));
    }

    void identityCarriesLinkPresentationsMostAlarmingFirst()
    {
        Hit s1 = sisHit(QStringLiteral("discreet-check"), QStringLiteral("S1"));
        Hit s2 = sisHit(QStringLiteral("inquiry-check"), QStringLiteral("S2"));
        Hit v = visHit(QStringLiteral("issued"), kToday.addDays(-1), kToday.addDays(30));
        SearchSummary summary;
        summary.searchId = QStringLiteral("s-1");
        summary.links = { { QStringLiteral("w"), LinkColour::White,
                              { { SystemId::Sis, QStringLiteral("S1") }, { SystemId::Vis, QStringLiteral("VIS-1") } },
                              {}, {} },
            { QStringLiteral("r"), LinkColour::Red,
                { { SystemId::Sis, QStringLiteral("S2") }, { SystemId::Vis, QStringLiteral("VIS-1") } }, {}, {} } };
        const UnifiedResult r = run(request(QStringLiteral("IND")),
            clear({ hitEvent(SystemId::Sis, { s1, s2 }), hitEvent(SystemId::Vis, { v }) }), &summary);
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
        for (LinkColour c : { LinkColour::White, LinkColour::Yellow, LinkColour::Green, LinkColour::Red }) {
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
        QCOMPARE(r.requiredAction.code, QStringLiteral("admit"));
        // EU citizens: no stay assessment even with EES records.
        const UnifiedResult eu = run(request(QStringLiteral("FRA")), clear({ ees }));
        QVERIFY(!eu.stay.applicable);
    }

    void exitCheckIgnoresEntryConditions()
    {
        const SearchRequest req = request(QStringLiteral("IND"), Purpose::ExitCheck);
        const auto entered
            = hitEvent(SystemId::Ees, { eesHit({ { QStringLiteral("entry"), kToday.addDays(-10), {}, {} } }) });
        const UnifiedResult r = run(req, clear({ entered })); // no visa in VIS: no matter at exit
        QCOMPARE(r.requiredAction.code, QStringLiteral("let-exit"));
        QCOMPARE(r.requiredAction.decision, QStringLiteral("let-exit"));
        const UnifiedResult sis = run(req, clear({ hitEvent(SystemId::Sis, { sisHit(QStringLiteral("arrest")) }) }));
        QCOMPARE(sis.requiredAction.code, QStringLiteral("arrest"));
    }

    void unknownNationalityIsVerifiedNeverAdmitted()
    {
        const UnifiedResult r = run(request(QStringLiteral("UTO")),
            clear({ hitEvent(SystemId::Vis, { visHit(QStringLiteral("refused"), {}, {}) }) }));
        QCOMPARE(r.traveller.regime, VisaRegime::Unknown); // the answers never decide the regime
        QCOMPARE(r.requiredAction.code, QStringLiteral("verify-visa-requirement"));
        const UnifiedResult unknown = run(request(QStringLiteral("UTO")), clear());
        QCOMPARE(unknown.requiredAction.code, QStringLiteral("verify-visa-requirement"));
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
        QCOMPARE(r.requiredAction.code, QStringLiteral("arrest"));
    }
};

QTEST_APPLESS_MAIN(TestUnifier)
#include "TestUnifier.moc"
