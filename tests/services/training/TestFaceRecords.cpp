// The records whose faces a training scenario shows with a result, and the identity-link colour
// each is marked with (services/training/FaceRecords.h).
#include "services/training/FaceRecords.h"
#include "tests/support/TestHygiene.h"

#include <QTest>

using namespace bd::training;
using bd::model::LinkColour;
using bd::model::RecordRef;
using bd::model::SystemId;

namespace {

bd::results::RankedHit hitOn(SystemId system, const QString& recordId)
{
    bd::results::RankedHit h;
    h.hit.system = system;
    h.hit.recordId = recordId;
    return h;
}

bd::model::IdentityLink link(LinkColour colour, const QList<RecordRef>& records)
{
    bd::model::IdentityLink l;
    l.linkId = QStringLiteral("link-%1").arg(bd::model::linkColourKey(colour));
    l.colour = colour;
    l.records = records;
    return l;
}

} // namespace

class TestFaceRecords : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void noIdentitiesNoFaces() { QVERIFY(faceRecords({}).isEmpty()); }

    void anUnlinkedHitHasNoLinkColour()
    {
        bd::results::UnifiedResult result;
        bd::results::Identity traveller;
        traveller.hits = { hitOn(SystemId::Sis, QStringLiteral("SIS-1")) };
        result.identities = { traveller };
        const QList<FaceRecord> expected { { { SystemId::Sis, QStringLiteral("SIS-1") }, std::nullopt } };
        QCOMPARE(faceRecords(result), expected);
    }

    void recordsReachedThroughALinkFollowTheHitsOnce()
    {
        // The traveller's SIS record is red-linked to a VIS file of another identity: both faces,
        // each once, both marked red; the other identity repeats the VIS record and adds nothing.
        const RecordRef sis { SystemId::Sis, QStringLiteral("SIS-1") };
        const RecordRef vis { SystemId::Vis, QStringLiteral("VIS-2") };
        const auto red = link(LinkColour::Red, { sis, vis });
        bd::results::UnifiedResult result;
        bd::results::Identity traveller;
        traveller.hits = { hitOn(SystemId::Sis, sis.recordId) };
        traveller.links = { red };
        bd::results::Identity other;
        other.hits = { hitOn(SystemId::Vis, vis.recordId) };
        other.links = { red };
        result.identities = { traveller, other };
        const QList<FaceRecord> expected { { sis, LinkColour::Red }, { vis, LinkColour::Red } };
        QCOMPARE(faceRecords(result), expected);
    }

    void theLastLinkThatJoinsARecordGivesItsColour()
    {
        const RecordRef sis { SystemId::Sis, QStringLiteral("SIS-1") };
        const RecordRef ees { SystemId::Ees, QStringLiteral("EES-3") };
        const RecordRef vis { SystemId::Vis, QStringLiteral("VIS-2") };
        bd::results::UnifiedResult result;
        bd::results::Identity traveller;
        traveller.hits = { hitOn(SystemId::Sis, sis.recordId) };
        traveller.links = { link(LinkColour::Yellow, { sis, ees }), link(LinkColour::Green, { sis, vis }) };
        result.identities = { traveller };
        const QList<FaceRecord> expected { { sis, LinkColour::Green }, { ees, LinkColour::Yellow },
            { vis, LinkColour::Green } };
        QCOMPARE(faceRecords(result), expected);
    }
};

QTEST_GUILESS_MAIN(TestFaceRecords)
#include "TestFaceRecords.moc"
