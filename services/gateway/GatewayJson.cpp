#include "services/gateway/GatewayJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

// Writing side of the gateway JSON codec (and the byte-level parse/NDJSON helpers); the checked
// reading side is GatewayJsonDecode.cpp.
namespace bd::gateway::json {
using namespace bd::model;
namespace {

using bd::core::Error;

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

void putText(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putDate(QJsonObject& o, const char* key, const QDate& value)
{
    if (value.isValid())
        o.insert(QLatin1String(key), value.toString(Qt::ISODate));
}

void putList(QJsonObject& o, const char* key, const QStringList& values)
{
    if (!values.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(values));
}

QJsonObject encodePerson(const PersonData& p)
{
    QJsonObject o;
    putText(o, "surname", p.surname);
    putText(o, "givenNames", p.givenNames);
    putDate(o, "dateOfBirth", p.dateOfBirth);
    putText(o, "sex", p.sex);
    putText(o, "nationality", p.nationality);
    return o;
}

QJsonObject encodeDocument(const DocumentData& d)
{
    QJsonObject o;
    putText(o, "documentCode", d.documentCode);
    putText(o, "issuingState", d.issuingState);
    putText(o, "number", d.number);
    putDate(o, "dateOfExpiry", d.dateOfExpiry);
    return o;
}

template <typename T> QJsonArray mapArray(const QList<T>& items, QJsonValue (*fn)(const T&))
{
    QJsonArray a;
    for (const T& item : items)
        a.append(fn(item));
    return a;
}

QJsonValue encodeRef(const RecordRef& r)
{
    return QJsonObject { { QStringLiteral("system"), systemKey(r.system) },
        { QStringLiteral("recordId"), r.recordId } };
}

QJsonValue encodeLink(const IdentityLink& l)
{
    QJsonObject o { { QStringLiteral("linkId"), l.linkId }, { QStringLiteral("colour"), linkColourKey(l.colour) },
        { QStringLiteral("records"), mapArray(l.records, &encodeRef) } };
    putText(o, "verifyingAuthority", l.verifyingAuthority);
    putDate(o, "updated", l.updated);
    return o;
}

QJsonValue encodeSystemKey(const SystemId& id)
{
    return systemKey(id);
}

} // namespace

QJsonObject encode(const Hit& h)
{
    QJsonObject o { { QStringLiteral("recordId"), h.recordId }, { QStringLiteral("system"), systemKey(h.system) } };
    const QJsonObject person = encodePerson(h.person);
    if (!person.isEmpty())
        o.insert(QStringLiteral("person"), person);
    const QJsonObject document = encodeDocument(h.document);
    if (!document.isEmpty())
        o.insert(QStringLiteral("document"), document);
    if (h.sis) {
        QJsonObject s { { QStringLiteral("category"), h.sis->category } };
        putText(s, "action", h.sis->action);
        putList(s, "warningMarkers", h.sis->warningMarkers);
        putText(s, "issuingState", h.sis->issuingState);
        putText(s, "objectStatus", h.sis->objectStatus);
        o.insert(QStringLiteral("sis"), s);
    }
    if (h.vis) {
        QJsonObject v { { QStringLiteral("status"), h.vis->status },
            { QStringLiteral("entriesAllowed"), h.vis->entriesAllowed },
            { QStringLiteral("entriesUsed"), h.vis->entriesUsed },
            { QStringLiteral("durationOfStayDays"), h.vis->durationOfStayDays } };
        putText(v, "applicationNumber", h.vis->applicationNumber);
        putText(v, "visaType", h.vis->visaType);
        putText(v, "stickerNumber", h.vis->stickerNumber);
        putDate(v, "validFrom", h.vis->validFrom);
        putDate(v, "validUntil", h.vis->validUntil);
        o.insert(QStringLiteral("vis"), v);
    }
    if (h.ees) {
        QJsonArray movements;
        for (const EesMovement& m : h.ees->movements) {
            QJsonObject mo { { QStringLiteral("kind"), m.kind }, { QStringLiteral("date"), dateValue(m.date) } };
            putText(mo, "crossingPoint", m.crossingPoint);
            putList(mo, "refusalReasons", m.refusalReasons);
            movements.append(mo);
        }
        o.insert(QStringLiteral("ees"),
            QJsonObject {
                { QStringLiteral("movements"), movements }, { QStringLiteral("overstayFlag"), h.ees->overstayFlag } });
    }
    if (h.etias) {
        QJsonObject e { { QStringLiteral("status"), h.etias->status } };
        putDate(e, "validUntil", h.etias->validUntil);
        putList(e, "flags", h.etias->flags);
        putList(e, "limitedToStates", h.etias->limitedToStates);
        o.insert(QStringLiteral("etias"), e);
    }
    if (h.other) {
        QJsonObject s;
        putText(s, "category", h.other->category);
        putList(s, "memberStates", h.other->memberStates);
        putText(s, "note", h.other->note);
        o.insert(QStringLiteral("details"), s);
    }
    return o;
}

QJsonObject encode(const SearchRequest& r)
{
    QJsonObject o { { QStringLiteral("version"), kProtocolVersion }, { QStringLiteral("searchId"), r.searchId },
        { QStringLiteral("officerId"), r.officerId }, { QStringLiteral("profile"), profileKey(r.profile) },
        { QStringLiteral("purpose"), purposeKey(r.purpose) },
        { QStringLiteral("document"), encodeDocument(r.document) },
        { QStringLiteral("person"), encodePerson(r.person) },
        { QStringLiteral("systems"), mapArray(r.systems, &encodeSystemKey) } };
    if (!r.faceImage.isEmpty())
        o.insert(QStringLiteral("faceImage"), QString::fromLatin1(r.faceImage.toBase64()));
    if (!r.fingerprints.isEmpty()) {
        QJsonArray prints;
        for (const FingerprintSample& f : r.fingerprints)
            prints.append(QJsonObject { { QStringLiteral("position"), f.position }, { QStringLiteral("nfiq"), f.nfiq },
                { QStringLiteral("image"), QString::fromLatin1(f.image.toBase64()) } });
        o.insert(QStringLiteral("fingerprints"), prints);
    }
    return o;
}

QJsonObject encode(const SystemEvent& e)
{
    QJsonArray hits;
    for (const Hit& h : e.hits)
        hits.append(encode(h));
    QJsonObject o { { QStringLiteral("type"), QStringLiteral("system") }, { QStringLiteral("searchId"), e.searchId },
        { QStringLiteral("system"), systemKey(e.system) }, { QStringLiteral("status"), statusKey(e.status) },
        { QStringLiteral("latencyMs"), e.latencyMs }, { QStringLiteral("hits"), hits } };
    putText(o, "detail", e.detail);
    return o;
}

QJsonObject encode(const SearchSummary& s)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("summary") },
        { QStringLiteral("searchId"), s.searchId }, { QStringLiteral("links"), mapArray(s.links, &encodeLink) },
        { QStringLiteral("withheld"), mapArray(s.withheld, &encodeSystemKey) },
        { QStringLiteral("answered"), mapArray(s.answered, &encodeSystemKey) },
        { QStringLiteral("totalMs"), s.totalMs } };
}

QJsonObject encode(const RecordSubmission& r)
{
    QJsonObject o { { QStringLiteral("version"), kProtocolVersion },
        { QStringLiteral("idempotencyKey"), r.idempotencyKey }, { QStringLiteral("kind"), r.kind },
        { QStringLiteral("officerId"), r.officerId },
        { QStringLiteral("at"), r.at.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("document"), encodeDocument(r.document) },
        { QStringLiteral("person"), encodePerson(r.person) } };
    putText(o, "searchId", r.searchId);
    putText(o, "decision", r.decision ? decisionKey(*r.decision) : QString());
    putList(o, "refusalReasons", r.refusalReasons);
    putText(o, "crossingPoint", r.crossingPoint);
    putText(o, "requiredAction", r.requiredAction);
    putText(o, "overrideReason", r.overrideReason);
    if (r.audit)
        o.insert(QStringLiteral("audit"),
            QJsonObject { { QStringLiteral("seq"), r.audit->seq }, { QStringLiteral("event"), r.audit->event },
                { QStringLiteral("workstationId"), r.audit->workstationId },
                { QStringLiteral("reference"), r.audit->reference }, { QStringLiteral("details"), r.audit->details },
                { QStringLiteral("mac"), r.audit->mac } });
    return o;
}

QJsonObject encode(const RecordReceipt& r)
{
    return QJsonObject { { QStringLiteral("recordId"), r.recordId }, { QStringLiteral("replayed"), r.replayed } };
}

QJsonObject encode(const HotlistDelta& d)
{
    QJsonArray added;
    for (const HotlistEntry& e : d.added) {
        QJsonObject eo { { QStringLiteral("key"), e.key }, { QStringLiteral("kind"), e.kind } };
        putText(eo, "action", e.action);
        added.append(eo);
    }
    QJsonObject o { { QStringLiteral("fromVersion"), d.fromVersion }, { QStringLiteral("toVersion"), d.toVersion },
        { QStringLiteral("fullReplace"), d.fullReplace }, { QStringLiteral("added"), added },
        { QStringLiteral("removed"), QJsonArray::fromStringList(d.removed) }, { QStringLiteral("keyId"), d.keyId } };
    if (!d.key.isEmpty())
        o.insert(QStringLiteral("key"), QString::fromLatin1(d.key.toBase64()));
    return o;
}

QJsonObject encode(const HealthReport& h)
{
    QJsonObject systems;
    for (const auto& [id, state] : h.systems)
        systems.insert(systemKey(id), state);
    return QJsonObject { { QStringLiteral("status"), h.status }, { QStringLiteral("version"), h.version },
        { QStringLiteral("training"), h.training }, { QStringLiteral("systems"), systems } };
}

bd::core::Result<QJsonObject> parseObject(const QByteArray& bytes)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError)
        return Error { QStringLiteral("gateway.malformed"),
            QStringLiteral("not valid JSON at offset %1: %2").arg(e.offset).arg(e.errorString()), {} };
    if (!doc.isObject())
        return Error { QStringLiteral("gateway.malformed"), QStringLiteral("a JSON object was expected"), {} };
    return doc.object();
}

QByteArray toNdjsonLine(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace bd::gateway::json
