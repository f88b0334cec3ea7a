#include "services/gateway/GatewayJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <cmath>

namespace bd::gateway::json {
using namespace bd::model;
namespace {

using bd::core::Error;

constexpr int kMaxText = 512;
constexpr int kMaxItems = 5000;
constexpr qsizetype kMaxImageBytes = 4 * 1024 * 1024;

// Reads members of one JSON object; the first problem is kept with its full path.
class Reader
{
public:
    Reader(const QJsonObject& o, QString path, QString* error)
        : m_o(o)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    bool ok() const { return m_error->isEmpty(); }
    QString pathOf(const QString& key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    void fail(const QString& key, const QString& what)
    {
        if (m_error->isEmpty())
            *m_error = pathOf(key) + QStringLiteral(": ") + what;
    }
    bool has(const QString& key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }
    QJsonValue raw(const QString& key, bool required)
    {
        if (!has(key)) {
            if (required)
                fail(key, QStringLiteral("missing"));
            return {};
        }
        return m_o.value(key);
    }

    QString text(const QString& key, bool required = false, int maxLength = kMaxText)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            fail(key, QStringLiteral("must be a string"));
            return {};
        }
        if (v.toString().size() > maxLength) {
            fail(key, QStringLiteral("longer than %1 characters").arg(maxLength));
            return {};
        }
        return v.toString();
    }
    QString oneOf(const QString& key, const QStringList& allowed, bool required = false)
    {
        const QString s = text(key, required);
        if ((!s.isEmpty() || has(key)) && !allowed.contains(s)) // "" is no value of any enumeration
            fail(key, QStringLiteral("unknown value '%1'").arg(s.left(40)));
        return s;
    }
    QDate date(const QString& key, bool required = false)
    {
        const QString s = text(key, required, 10);
        if (s.isEmpty() && !has(key))
            return {}; // absent; a present "" is no date
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid() || s.size() != 10)
            fail(key, QStringLiteral("'%1' is not a date YYYY-MM-DD").arg(s));
        return d;
    }
    QDateTime dateTime(const QString& key, bool required = false)
    {
        const QString s = text(key, required, 40);
        if (s.isEmpty() && !has(key))
            return {}; // absent; a present "" is no date and time
        const QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!d.isValid())
            fail(key, QStringLiteral("'%1' is not an ISO 8601 date and time").arg(s));
        return d;
    }
    qint64 integer(const QString& key, qint64 low, qint64 high, bool required = false)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return low > 0 ? low : 0;
        auto reject = [&](const QString& why) {
            fail(key, QStringLiteral("must be a whole number from %1 to %2%3").arg(low).arg(high).arg(why));
            return low;
        };
        if (!v.isDouble())
            return reject({});
        // Range first, in double: only a value known to fit is ever converted (1e300 or NaN cast to
        // an integer is undefined behaviour). All bounds used are within 2^53, exact as doubles.
        const double d = v.toDouble();
        const auto found = [d]() { return QString::number(d, 'g', QLocale::FloatingPointShortest); };
        if (!std::isfinite(d))
            return reject(QStringLiteral(", found %1 (out of range)").arg(found()));
        if (std::trunc(d) != d)
            return reject(QStringLiteral(", found %1 (not a whole number)").arg(found()));
        if (d < static_cast<double>(low) || d > static_cast<double>(high))
            return reject(QStringLiteral(", found %1 (out of range)").arg(found()));
        return static_cast<qint64>(d);
    }
    bool boolean(const QString& key, bool required = false)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            fail(key, QStringLiteral("must be true or false"));
        return v.toBool();
    }
    QJsonArray array(const QString& key, bool required = false, int maxItems = kMaxItems)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(key, QStringLiteral("must be an array"));
            return {};
        }
        if (v.toArray().size() > maxItems) {
            fail(key, QStringLiteral("more than %1 items").arg(maxItems));
            return {};
        }
        return v.toArray();
    }
    QStringList strings(const QString& key, const QStringList& allowed = {}, int maxItems = 64)
    {
        QStringList out;
        const QJsonArray a = array(key, false, maxItems);
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString item = pathOf(key) + QStringLiteral("[%1]").arg(i);
            if (!a.at(i).isString() || a.at(i).toString().size() > kMaxText) {
                fail(item, QStringLiteral("must be a short string"));
                return {};
            }
            if (!allowed.isEmpty() && !allowed.contains(a.at(i).toString())) {
                fail(item, QStringLiteral("unknown value '%1'").arg(a.at(i).toString().left(40)));
                return {};
            }
            out.append(a.at(i).toString());
        }
        return out;
    }
    QByteArray base64(const QString& key, qsizetype maxBytes = kMaxImageBytes)
    {
        const QString s = text(key, false, static_cast<int>(maxBytes / 3 * 4 + 8));
        if (s.isEmpty())
            return {};
        const auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(key, QStringLiteral("is not valid base64"));
        return *decoded;
    }
    std::optional<QJsonObject> object(const QString& key, bool required = false)
    {
        const QJsonValue v = raw(key, required);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isObject()) {
            fail(key, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        return v.toObject();
    }
    template <typename E>
    E enumeration(const QString& key, std::optional<E> (*fromKey)(const QString&), E fallback, bool required = true)
    {
        const QString s = text(key, required, 40);
        if (s.isEmpty() && !has(key))
            return fallback; // absent (and optional); a present "" is an unknown value
        const std::optional<E> e = fromKey(s);
        if (!e) {
            fail(key, QStringLiteral("unknown value '%1'").arg(s));
            return fallback;
        }
        return *e;
    }
    Reader child(const QJsonObject& o, const QString& key) const { return Reader(o, pathOf(key), m_error); }

private:
    QJsonObject m_o;
    QString m_path;
    QString* m_error;
};

template <typename T> bd::core::Result<T> finish(const QString& error, T value)
{
    if (!error.isEmpty())
        return Error { QStringLiteral("gateway.schema"), error, {} };
    return value;
}

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
    QStringLiteral("decision") };
// The decision keys come from the model's one table (Decision.h).
const QStringList kDecisions = [] {
    QStringList keys;
    for (const Decision d : allDecisions())
        keys.append(decisionKey(d));
    return keys;
}();

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

QJsonObject encode(const SearchSummary& s)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("summary") },
        { QStringLiteral("searchId"), s.searchId }, { QStringLiteral("links"), mapArray(s.links, &encodeLink) },
        { QStringLiteral("withheld"), mapArray(s.withheld, &encodeSystemKey) },
        { QStringLiteral("answered"), mapArray(s.answered, &encodeSystemKey) },
        { QStringLiteral("totalMs"), s.totalMs } };
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
    return o;
}

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
    if (r.ok() && s.kind == QLatin1String("decision") && !s.decision)
        r.fail(QStringLiteral("decision"), QStringLiteral("missing"));
    if (r.ok() && s.decision == Decision::Refuse && s.refusalReasons.isEmpty())
        r.fail(QStringLiteral("refusalReasons"), QStringLiteral("a refusal needs at least one reason code"));
    return finish(error, s);
}

QJsonObject encode(const RecordReceipt& r)
{
    return QJsonObject { { QStringLiteral("recordId"), r.recordId }, { QStringLiteral("replayed"), r.replayed } };
}

bd::core::Result<RecordReceipt> decodeRecordReceipt(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    RecordReceipt out { r.text(QStringLiteral("recordId"), true, 64), r.boolean(QStringLiteral("replayed"), true) };
    return finish(error, out);
}

QJsonObject encode(const HotlistDelta& d)
{
    QJsonArray added;
    for (const HotlistEntry& e : d.added) {
        QJsonObject eo { { QStringLiteral("key"), e.key }, { QStringLiteral("kind"), e.kind } };
        putText(eo, "action", e.action);
        added.append(eo);
    }
    return QJsonObject { { QStringLiteral("fromVersion"), d.fromVersion }, { QStringLiteral("toVersion"), d.toVersion },
        { QStringLiteral("fullReplace"), d.fullReplace }, { QStringLiteral("added"), added },
        { QStringLiteral("removed"), QJsonArray::fromStringList(d.removed) } };
}

bd::core::Result<HotlistDelta> decodeHotlistDelta(const QJsonObject& o)
{
    QString error;
    Reader r(o, QString(), &error);
    HotlistDelta d;
    d.fromVersion = r.integer(QStringLiteral("fromVersion"), 0, Q_INT64_C(1) << 52, true);
    d.toVersion = r.integer(QStringLiteral("toVersion"), 0, Q_INT64_C(1) << 52, true);
    d.fullReplace = r.boolean(QStringLiteral("fullReplace"), true);
    const QJsonArray added = r.array(QStringLiteral("added"), true, 200000);
    for (qsizetype i = 0; i < added.size() && r.ok(); ++i) {
        Reader e = r.child(added.at(i).toObject(), QStringLiteral("added[%1]").arg(i));
        d.added.append(HotlistEntry { e.text(QStringLiteral("key"), true, 64), e.text(QStringLiteral("kind"), true, 40),
            e.text(QStringLiteral("action")) });
    }
    d.removed = r.strings(QStringLiteral("removed"), {}, 200000);
    if (r.ok() && d.toVersion < d.fromVersion)
        r.fail(QStringLiteral("toVersion"), QStringLiteral("is older than fromVersion"));
    return finish(error, d);
}

QJsonObject encode(const HealthReport& h)
{
    QJsonObject systems;
    for (const auto& [id, state] : h.systems)
        systems.insert(systemKey(id), state);
    return QJsonObject { { QStringLiteral("status"), h.status }, { QStringLiteral("version"), h.version },
        { QStringLiteral("training"), h.training }, { QStringLiteral("systems"), systems } };
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
