// The Unifier's identities: white links join records into one identity, red and yellow links keep
// possibly different persons apart, a green link sets a namesake's records aside, and every link
// is presented by colour, shape and words.
#include "services/results/Unifier.h"
#include "tests/services/results/UnifierTestData.h"
#include "tests/support/TestHygiene.h"

#include <QtTest>

using namespace bd::model;
using namespace bd::results;
using namespace bd::testdata;

class TestUnifierIdentities : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

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
        QCOMPARE(r.requiredAction.code, ActionCode::SecondLineIdentity);
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
        QCOMPARE(r.requiredAction.code, ActionCode::Admit);
        QCOMPARE(r.identities.size(), 2);
        QVERIFY(r.identities[1].excluded);
        QVERIFY(r.identities[1].exclusionReason
            && noticeText(*r.identities[1].exclusionReason).contains(QLatin1String("ITA SIRENE")));
        QVERIFY(r.identities[1].hits.first().excluded);
        // Without the green link the same alert decides.
        summary.links.clear();
        QCOMPARE(run(req, clear({ hitEvent(SystemId::Vis, { vis }), hitEvent(SystemId::Sis, { namesake }) }), &summary)
                     .requiredAction.code,
            ActionCode::Arrest);
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
        QCOMPARE(r.requiredAction.code, ActionCode::SecondLineIdentity);
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
};

QTEST_APPLESS_MAIN(TestUnifierIdentities)
#include "TestUnifierIdentities.moc"
