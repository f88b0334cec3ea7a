#include "services/gateway/GatewayJson.h"
#include "services/gateway/GatewayJsonReader.h"
#include "services/model/HotlistKey.h"

#include <algorithm>

#include <QJsonArray>
#include <QRegularExpression>

// Reading side of the gateway JSON codec: every decode checks the schema in code (GatewayJson.h).
namespace bd::gateway::json {
using namespace bd::model;
namespace {

using detail::finish;
using detail::Reader;

const QStringList kSexes { QStringLiteral("M"), QStringLiteral("F"), QStringLiteral("X") };
const QStringList kSisCategories { QStringLiteral("refusal-of-entry"), QStringLiteral("return"),
    QStringLiteral("arrest"), QStringLiteral("missing-person"), QStringLiteral("judicial-procedure"),
    QStringLiteral("discreet-check"), QStringLiteral("inquiry-check"), QStringLiteral("specific-check"),
    QStringLiteral("object") };
const QStringList kWarningMarkers { QStringLiteral("armed"), QStringLiteral("violent"), QStringLiteral("escaped"),
    QStringLiteral("suicide-risk"), QStringLiteral("public-health"), QStringLiteral("terrorism") };
const QStringList kObjectStatuses { QStringLiteral("stolen"), QStringLiteral("lost"), QStringLiteral("misappropriated"),
    QStringLiteral("invalidated"), QStringLiteral("false") };
const QStringList kVisaStatuses { QStringLiteral("requested"), QStringLiteral("issued"), QStringLiteral("refused"),
    QStringLiteral("discontinued"), QStringLiteral("annulled"), QStringLiteral("revoked"), QStringLiteral("extended") };
const QStringList kVisaTypes { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("LTV"), QStringLiteral("D") };
const QStringList kMovements { QStringLiteral("entry"), QStringLiteral("exit"), QStringLiteral("refusal") };
const QStringList kRefusalReasons { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
    QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H"),
    QStringLiteral("I") }; // Annex V Part B; no letter J exists
const QStringList kEtiasStatuses { QStringLiteral("valid"), QStringLiteral("refused"), QStringLiteral("annulled"),
    QStringLiteral("revoked"), QStringLiteral("pending") };
const QStringList kEtiasFlags { QStringLiteral("second-line-check"), QStringLiteral("hit-checked-false") };
const QStringList kRecordKinds { QStringLiteral("ees-entry"), QStringLiteral("ees-exit"), QStringLiteral("ees-refusal"),
    QStringLiteral("decision"), QStringLiteral("audit") };
// The decision keys come from the model's one table (Decision.h).
const QStringList kDecisions = [] {
    QStringList keys;
    for (const Decision d : allDecisions())
        keys.append(decisionKey(d));
    return keys;
}();

PersonData decodePerson(Reader r)
{
    PersonData p;
    p.surname = r.text(QStringLiteral("surname"), false, 120);
    p.givenNames = r.text(QStringLiteral("givenNames"), false, 120);
    p.dateOfBirth = r.date(QStringLiteral("dateOfBirth"));
    p.sex = r.oneOf(QStringLiteral("sex"), kSexes);
    p.nationality = r.text(QStringLiteral("nationality"), false, 3);
    return p;
}

DocumentData decodeDocument(Reader r)
{
    DocumentData d;
    d.documentCode = r.text(QStringLiteral("documentCode"), false, 2);
    d.issuingState = r.text(QStringLiteral("issuingState"), false, 3);
    d.number = r.text(QStringLiteral("number"), false, 24);
    d.dateOfExpiry = r.date(QStringLiteral("dateOfExpiry"));
    return d;
}

QList<SystemId> decodeSystems(Reader& r, const QString& key)
{
    QList<SystemId> out;
    QStringList allowed;
    for (SystemId id : allSystems())
        allowed.append(systemKey(id));
    for (const QString& s : r.strings(key, allowed, 16))
        out.append(*systemFromKey(s));
    return out;
}

} // namespace

bd::core::Result<Hit> decodeHit(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    Hit h;
    h.recordId = r.text(QStringLiteral("recordId"), true, 64);
    h.system = r.enumeration(QStringLiteral("system"), &systemFromKey, SystemId::Sis);
    if (const auto p = r.object(QStringLiteral("person")))
        h.person = decodePerson(r.child(*p, QStringLiteral("person")));
    if (const auto d = r.object(QStringLiteral("document")))
        h.document = decodeDocument(r.child(*d, QStringLiteral("document")));
    if (const auto s = r.object(QStringLiteral("sis"))) {
        Reader c = r.child(*s, QStringLiteral("sis"));
        h.sis = SisAlert { c.oneOf(QStringLiteral("category"), kSisCategories, true), c.text(QStringLiteral("action")),
            c.strings(QStringLiteral("warningMarkers"), kWarningMarkers),
            c.text(QStringLiteral("issuingState"), false, 3),
            c.oneOf(QStringLiteral("objectStatus"), kObjectStatuses) };
    }
    if (const auto v = r.object(QStringLiteral("vis"))) {
        Reader c = r.child(*v, QStringLiteral("vis"));
        VisRecord vis;
        vis.applicationNumber = c.text(QStringLiteral("applicationNumber"), false, 40);
        vis.status = c.oneOf(QStringLiteral("status"), kVisaStatuses, true);
        vis.visaType = c.oneOf(QStringLiteral("visaType"), kVisaTypes);
        vis.stickerNumber = c.text(QStringLiteral("stickerNumber"), false, 20);
        vis.validFrom = c.date(QStringLiteral("validFrom"));
        vis.validUntil = c.date(QStringLiteral("validUntil"));
        vis.entriesAllowed = static_cast<int>(c.integer(QStringLiteral("entriesAllowed"), 0, 99));
        vis.entriesUsed = static_cast<int>(c.integer(QStringLiteral("entriesUsed"), 0, 9999));
        vis.durationOfStayDays = static_cast<int>(c.integer(QStringLiteral("durationOfStayDays"), 0, 3650));
        h.vis = vis;
    }
    if (const auto e = r.object(QStringLiteral("ees"))) {
        Reader c = r.child(*e, QStringLiteral("ees"));
        EesFile file;
        file.overstayFlag = c.boolean(QStringLiteral("overstayFlag"));
        const QJsonArray movements = c.array(QStringLiteral("movements"), true, 2000);
        for (qsizetype i = 0; i < movements.size() && c.ok(); ++i) {
            Reader m = c.child(movements.at(i).toObject(), QStringLiteral("movements[%1]").arg(i));
            if (!movements.at(i).isObject()) {
                m.fail(QString(), QStringLiteral("must be an object"));
                break;
            }
            file.movements.append(EesMovement { m.oneOf(QStringLiteral("kind"), kMovements, true),
                m.date(QStringLiteral("date"), true), m.text(QStringLiteral("crossingPoint"), false, 80),
                m.strings(QStringLiteral("refusalReasons"), kRefusalReasons) });
        }
        h.ees = file;
    }
    if (const auto e = r.object(QStringLiteral("etias"))) {
        Reader c = r.child(*e, QStringLiteral("etias"));
        h.etias = EtiasAuthorisation { c.oneOf(QStringLiteral("status"), kEtiasStatuses, true),
            c.date(QStringLiteral("validUntil")), c.strings(QStringLiteral("flags"), kEtiasFlags),
            c.strings(QStringLiteral("limitedToStates")) };
    }
    if (const auto d = r.object(QStringLiteral("details"))) {
        Reader c = r.child(*d, QStringLiteral("details"));
        h.other = SimpleHit { c.text(QStringLiteral("category"), false, 40), c.strings(QStringLiteral("memberStates")),
            c.text(QStringLiteral("note")) };
    }
    return finish(error, h);
}

bd::core::Result<SearchRequest> decodeSearchRequest(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    if (r.integer(QStringLiteral("version"), 1, 1, true) != kProtocolVersion)
        r.fail(QStringLiteral("version"), QStringLiteral("unsupported"));
    SearchRequest s;
    s.searchId = r.text(QStringLiteral("searchId"), true, 64);
    s.officerId = r.text(QStringLiteral("officerId"), true, 64);
    s.profile = r.enumeration(QStringLiteral("profile"), &profileFromKey, UserProfile::BorderFirstLine);
    s.purpose = r.enumeration(QStringLiteral("purpose"), &purposeFromKey, Purpose::EntryCheck);
    if (const auto d = r.object(QStringLiteral("document")))
        s.document = decodeDocument(r.child(*d, QStringLiteral("document")));
    if (const auto p = r.object(QStringLiteral("person")))
        s.person = decodePerson(r.child(*p, QStringLiteral("person")));
    s.systems = decodeSystems(r, QStringLiteral("systems"));
    s.faceImage = r.base64(QStringLiteral("faceImage"));
    const QJsonArray prints = r.array(QStringLiteral("fingerprints"), false, 10);
    for (qsizetype i = 0; i < prints.size() && r.ok(); ++i) {
        Reader f = r.child(prints.at(i).toObject(), QStringLiteral("fingerprints[%1]").arg(i));
        s.fingerprints.append(FingerprintSample { static_cast<int>(f.integer(QStringLiteral("position"), 1, 10, true)),
            f.base64(QStringLiteral("image"), 1024 * 1024),
            static_cast<int>(f.integer(QStringLiteral("nfiq"), 0, 100)) });
    }
    if (r.ok() && s.document.number.isEmpty() && s.person.surname.isEmpty() && s.faceImage.isEmpty()
        && s.fingerprints.isEmpty())
        r.fail(
            QStringLiteral("document"), QStringLiteral("a search needs document data, a name, a face or fingerprints"));
    return finish(error, s);
}

bd::core::Result<SystemEvent> decodeSystemEvent(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    if (r.text(QStringLiteral("type"), true) != QLatin1String("system"))
        r.fail(QStringLiteral("type"), QStringLiteral("must be 'system'"));
    SystemEvent e;
    e.searchId = r.text(QStringLiteral("searchId"), true, 64);
    e.system = r.enumeration(QStringLiteral("system"), &systemFromKey, SystemId::Sis);
    e.status = r.enumeration(QStringLiteral("status"), &statusFromKey, SystemStatus::Error);
    if (r.ok() && e.status == SystemStatus::Pending)
        r.fail(QStringLiteral("status"), QStringLiteral("'pending' is not an answer"));
    e.latencyMs = static_cast<int>(r.integer(QStringLiteral("latencyMs"), 0, 3600000, true));
    e.detail = r.text(QStringLiteral("detail"));
    const QJsonArray hits = r.array(QStringLiteral("hits"), true, 1000);
    for (qsizetype i = 0; i < hits.size() && r.ok(); ++i) {
        if (!hits.at(i).isObject()) {
            r.fail(QStringLiteral("hits[%1]").arg(i), QStringLiteral("must be an object"));
            break;
        }
        const auto h = decodeHit(hits.at(i).toObject());
        if (!h) {
            r.fail(QStringLiteral("hits[%1].").arg(i) + h.error().detail.section(QLatin1Char(':'), 0, 0),
                h.error().detail.section(QLatin1Char(':'), 1).trimmed());
            break;
        }
        if (h->system != e.system) {
            r.fail(QStringLiteral("hits[%1].system").arg(i), QStringLiteral("differs from the event's system"));
            break;
        }
        e.hits.append(*h);
    }
    if (r.ok() && e.status == SystemStatus::Hit && e.hits.isEmpty())
        r.fail(QStringLiteral("hits"), QStringLiteral("a hit needs at least one record"));
    if (r.ok() && e.status != SystemStatus::Hit && !e.hits.isEmpty())
        r.fail(QStringLiteral("hits"), QStringLiteral("only a hit carries records"));
    return finish(error, e);
}

bd::core::Result<SearchSummary> decodeSearchSummary(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    if (r.text(QStringLiteral("type"), true) != QLatin1String("summary"))
        r.fail(QStringLiteral("type"), QStringLiteral("must be 'summary'"));
    SearchSummary s;
    s.searchId = r.text(QStringLiteral("searchId"), true, 64);
    s.withheld = decodeSystems(r, QStringLiteral("withheld"));
    s.answered = decodeSystems(r, QStringLiteral("answered"));
    s.totalMs = static_cast<int>(r.integer(QStringLiteral("totalMs"), 0, 3600000, true));
    const QJsonArray links = r.array(QStringLiteral("links"), true, 1000);
    for (qsizetype i = 0; i < links.size() && r.ok(); ++i) {
        Reader l = r.child(links.at(i).toObject(), QStringLiteral("links[%1]").arg(i));
        IdentityLink link;
        link.linkId = l.text(QStringLiteral("linkId"), true, 64);
        link.colour = l.enumeration(QStringLiteral("colour"), &linkColourFromKey, LinkColour::Yellow);
        link.verifyingAuthority = l.text(QStringLiteral("verifyingAuthority"), false, 120);
        link.updated = l.date(QStringLiteral("updated"));
        const QJsonArray records = l.array(QStringLiteral("records"), true, 50);
        for (qsizetype j = 0; j < records.size() && l.ok(); ++j) {
            Reader rec = l.child(records.at(j).toObject(), QStringLiteral("records[%1]").arg(j));
            link.records.append(RecordRef { rec.enumeration(QStringLiteral("system"), &systemFromKey, SystemId::Sis),
                rec.text(QStringLiteral("recordId"), true, 64) });
        }
        if (l.ok() && link.records.size() < 2)
            l.fail(QStringLiteral("records"), QStringLiteral("a link joins at least two records"));
        s.links.append(link);
    }
    return finish(error, s);
}

namespace {

// An audit record's details: references and codes, flat (strings, integers, booleans), bounded.
bool isFlatDetails(const QJsonObject& details)
{
    constexpr int kMaxDetails = 32;
    constexpr int kMaxDetailText = 200;
    if (details.size() > kMaxDetails)
        return false;
    return std::all_of(details.begin(), details.end(), [](const QJsonValueConstRef& v) {
        return v.isBool() || (v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger()))
            || (v.isString() && v.toString().size() <= kMaxDetailText);
    });
}

AuditRecordPart decodeAuditPart(Reader r)
{
    static const QRegularExpression mac(QStringLiteral("\\A[0-9a-f]{64}\\z"));
    AuditRecordPart a;
    a.seq = r.integer(QStringLiteral("seq"), 1, Q_INT64_C(1) << 52, true);
    a.event = r.text(QStringLiteral("event"), true, 64);
    a.workstationId = r.text(QStringLiteral("workstationId"), false, 64);
    a.reference = r.text(QStringLiteral("reference"), false, 80);
    a.details = r.object(QStringLiteral("details")).value_or(QJsonObject {});
    a.mac = r.text(QStringLiteral("mac"), true, 64);
    if (r.ok() && !isFlatDetails(a.details))
        r.fail(QStringLiteral("details"), QStringLiteral("only up to 32 strings, integers and booleans"));
    if (r.ok() && !mac.match(a.mac).hasMatch())
        r.fail(QStringLiteral("mac"), QStringLiteral("must be 64 lower-case hex digits"));
    if (r.ok() && a.event.isEmpty())
        r.fail(QStringLiteral("event"), QStringLiteral("empty"));
    return a;
}

} // namespace

bd::core::Result<RecordSubmission> decodeRecordSubmission(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    if (r.integer(QStringLiteral("version"), 1, 1, true) != kProtocolVersion)
        r.fail(QStringLiteral("version"), QStringLiteral("unsupported"));
    RecordSubmission s;
    s.idempotencyKey = r.text(QStringLiteral("idempotencyKey"), true, 64);
    s.kind = r.oneOf(QStringLiteral("kind"), kRecordKinds, true);
    s.searchId = r.text(QStringLiteral("searchId"), false, 64);
    s.officerId = r.text(QStringLiteral("officerId"), true, 64);
    s.at = r.dateTime(QStringLiteral("at"), true);
    if (const auto d = r.object(QStringLiteral("document")))
        s.document = decodeDocument(r.child(*d, QStringLiteral("document")));
    if (const auto p = r.object(QStringLiteral("person")))
        s.person = decodePerson(r.child(*p, QStringLiteral("person")));
    if (const QString decision = r.oneOf(QStringLiteral("decision"), kDecisions); !decision.isEmpty())
        s.decision = decisionFromKey(decision);
    s.refusalReasons = r.strings(QStringLiteral("refusalReasons"), kRefusalReasons);
    s.crossingPoint = r.text(QStringLiteral("crossingPoint"), false, 80);
    s.requiredAction = r.text(QStringLiteral("requiredAction"), false, 64);
    s.overrideReason = r.text(QStringLiteral("overrideReason"), false, 500);
    if (r.ok() && s.kind != QLatin1String("decision") && (!s.requiredAction.isEmpty() || !s.overrideReason.isEmpty()))
        r.fail(
            QStringLiteral("overrideReason"), QStringLiteral("only a decision has a required action or an override"));
    if (const auto a = r.object(QStringLiteral("audit")))
        s.audit = decodeAuditPart(r.child(*a, QStringLiteral("audit")));
    if (r.ok() && (s.kind == QLatin1String("audit")) != s.audit.has_value())
        r.fail(QStringLiteral("audit"),
            s.audit ? QStringLiteral("only an audit record has an audit part") : QStringLiteral("missing"));
    if (r.ok() && s.audit
        && (s.decision || !s.refusalReasons.isEmpty() || s.document != DocumentData {} || s.person != PersonData {}))
        r.fail(QStringLiteral("audit"), QStringLiteral("an audit record carries no document, person or decision"));
    if (r.ok() && s.kind == QLatin1String("decision") && !s.decision)
        r.fail(QStringLiteral("decision"), QStringLiteral("missing"));
    if (r.ok() && s.decision == Decision::Refuse && s.refusalReasons.isEmpty())
        r.fail(QStringLiteral("refusalReasons"), QStringLiteral("a refusal needs at least one reason code"));
    return finish(error, s);
}

bd::core::Result<RecordReceipt> decodeRecordReceipt(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    RecordReceipt out { r.text(QStringLiteral("recordId"), true, 64), r.boolean(QStringLiteral("replayed"), true) };
    return finish(error, out);
}

namespace {

// A hotlist entry key: the 64 lower-case hex digits of an HMAC-SHA-256 (HotlistKey.h), nothing else.
bool isHotlistKey(const QString& key)
{
    return key.size() == 2 * kHotlistKeyBytes && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

bool isHotlistKeyId(const QString& keyId)
{
    static const QRegularExpression id(QStringLiteral("\\A[A-Za-z0-9._-]{1,64}\\z"));
    return id.match(keyId).hasMatch();
}

// The key and its id: every answer names the key id; a full replace (and only a full replace)
// carries the key, exactly 32 bytes.
void decodeHotlistKey(Reader& r, HotlistDelta* d)
{
    d->keyId = r.text(QStringLiteral("keyId"), true, 64);
    if (r.ok() && !isHotlistKeyId(d->keyId))
        r.fail(QStringLiteral("keyId"), QStringLiteral("must be 1 to 64 letters, digits, '.', '_' or '-'"));
    d->key = r.base64(QStringLiteral("key"), kHotlistKeyBytes);
    if (!r.ok())
        return;
    if (d->fullReplace && d->key.size() != kHotlistKeyBytes)
        r.fail(QStringLiteral("key"), QStringLiteral("a full replace needs the %1-byte key").arg(kHotlistKeyBytes));
    else if (!d->fullReplace && r.has(QStringLiteral("key")))
        r.fail(QStringLiteral("key"), QStringLiteral("is sent with a full replace only"));
}

} // namespace

bd::core::Result<HotlistDelta> decodeHotlistDelta(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    HotlistDelta d;
    d.fromVersion = r.integer(QStringLiteral("fromVersion"), 0, Q_INT64_C(1) << 52, true);
    d.toVersion = r.integer(QStringLiteral("toVersion"), 0, Q_INT64_C(1) << 52, true);
    d.fullReplace = r.boolean(QStringLiteral("fullReplace"), true);
    decodeHotlistKey(r, &d);
    const QJsonArray added = r.array(QStringLiteral("added"), true, 200000);
    for (qsizetype i = 0; i < added.size() && r.ok(); ++i) {
        Reader e = r.child(added.at(i).toObject(), QStringLiteral("added[%1]").arg(i));
        d.added.append(HotlistEntry { e.text(QStringLiteral("key"), true, 64), e.text(QStringLiteral("kind"), true, 40),
            e.text(QStringLiteral("action")) });
        if (e.ok() && !isHotlistKey(d.added.constLast().key))
            e.fail(QStringLiteral("key"), QStringLiteral("must be 64 lower-case hex digits"));
    }
    d.removed = r.strings(QStringLiteral("removed"), {}, 200000);
    for (qsizetype i = 0; i < d.removed.size() && r.ok(); ++i)
        if (!isHotlistKey(d.removed.at(i)))
            r.fail(QStringLiteral("removed[%1]").arg(i), QStringLiteral("must be 64 lower-case hex digits"));
    if (r.ok() && d.toVersion < d.fromVersion)
        r.fail(QStringLiteral("toVersion"), QStringLiteral("is older than fromVersion"));
    return finish(error, d);
}

bd::core::Result<HealthReport> decodeHealthReport(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    HealthReport h;
    h.status = r.oneOf(QStringLiteral("status"), { QStringLiteral("ok"), QStringLiteral("degraded") }, true);
    h.version = r.text(QStringLiteral("version"), true, 40);
    h.training = r.boolean(QStringLiteral("training"), true);
    if (const auto s = r.object(QStringLiteral("systems"), true)) {
        Reader c = r.child(*s, QStringLiteral("systems"));
        for (auto it = s->constBegin(); it != s->constEnd() && c.ok(); ++it) {
            const auto id = systemFromKey(it.key());
            if (!id) {
                c.fail(it.key(), QStringLiteral("unknown system"));
                break;
            }
            h.systems.append({ *id,
                c.oneOf(it.key(), { QStringLiteral("up"), QStringLiteral("slow"), QStringLiteral("down") }, true) });
        }
    }
    return finish(error, h);
}

} // namespace bd::gateway::json
