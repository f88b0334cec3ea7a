#include "services/training/ScenarioDeck.h"

#include "services/gateway/GatewayJson.h"
#include "services/training/SyntheticPortrait.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace bd::training {
namespace {

using bd::core::Error;
using namespace bd::gateway;

Error schemaError(const QString& origin, const QString& detail)
{
    return Error { QStringLiteral("scenario.schema"), origin + QStringLiteral(": ") + detail, {} };
}

// Replaces "today", "today-N" and "today+N" strings anywhere in the tree by ISO dates.
QJsonValue resolveDates(const QJsonValue& v, QDate today)
{
    static const QRegularExpression kToday(QStringLiteral("^today(?:([+-])(\\d{1,5}))?$"));
    if (v.isString()) {
        const auto m = kToday.match(v.toString());
        if (!m.hasMatch())
            return v;
        const int days = m.captured(2).toInt() * (m.captured(1) == QLatin1String("-") ? -1 : 1);
        return today.addDays(days).toString(Qt::ISODate);
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue& item : v.toArray())
            a.append(resolveDates(item, today));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = resolveDates(it.value(), today);
        return o;
    }
    return v;
}

const QMap<QString, FaultKind>& faultKinds()
{
    static const QMap<QString, FaultKind> kinds { { QStringLiteral("none"), FaultKind::None },
        { QStringLiteral("latency"), FaultKind::Latency }, { QStringLiteral("down"), FaultKind::Down },
        { QStringLiteral("error"), FaultKind::Error }, { QStringLiteral("garbage"), FaultKind::Garbage },
        { QStringLiteral("oversized"), FaultKind::Oversized }, { QStringLiteral("stalled"), FaultKind::Stalled },
        { QStringLiteral("truncated"), FaultKind::Truncated } };
    return kinds;
}

} // namespace

QString faultKindKey(FaultKind k)
{
    return faultKinds().key(k);
}

std::optional<FaultKind> faultKindFromKey(const QString& key)
{
    const auto it = faultKinds().constFind(key);
    if (it == faultKinds().constEnd())
        return std::nullopt;
    return *it;
}

const QStringList& requiredActionCodes()
{
    static const QStringList codes { QStringLiteral("arrest"), QStringLiteral("protect-person"),
        QStringLiteral("refuse-entry-sis"), QStringLiteral("seize-document"), QStringLiteral("second-line-identity"),
        QStringLiteral("second-line-discreet"), QStringLiteral("second-line-specific"),
        QStringLiteral("second-line-inquiry"), QStringLiteral("second-line-etias-flag"),
        QStringLiteral("refuse-no-visa"), QStringLiteral("refuse-no-etias"), QStringLiteral("refuse-overstay"),
        QStringLiteral("complete-checks-manually"), QStringLiteral("admit") };
    return codes;
}

bd::core::Result<QMap<SystemId, Fault>> decodeFaults(const QJsonObject& o)
{
    QMap<SystemId, Fault> out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const auto system = systemFromKey(it.key());
        if (!system)
            return Error { QStringLiteral("gateway.schema"),
                QStringLiteral("faults.%1: unknown system").arg(it.key().left(40)), {} };
        const QJsonObject f = it.value().toObject();
        const auto kind = faultKindFromKey(f.value(QStringLiteral("kind")).toString());
        if (!it.value().isObject() || !kind)
            return Error { QStringLiteral("gateway.schema"),
                QStringLiteral("faults.%1.kind: one of none, latency, down, error, garbage, oversized, "
                               "stalled, truncated")
                    .arg(it.key()),
                {} };
        const QJsonValue ms = f.value(QStringLiteral("ms"));
        if (!ms.isUndefined() && (!ms.isDouble() || ms.toDouble() < 0 || ms.toDouble() > 600000))
            return Error { QStringLiteral("gateway.schema"),
                QStringLiteral("faults.%1.ms: a whole number of milliseconds from 0 to 600000").arg(it.key()), {} };
        out.insert(*system, Fault { *kind, ms.toInt() });
    }
    return out;
}

QJsonObject encodeFaults(const QMap<SystemId, Fault>& faults)
{
    QJsonObject o;
    for (auto it = faults.constBegin(); it != faults.constEnd(); ++it)
        o.insert(systemKey(it.key()),
            QJsonObject { { QStringLiteral("kind"), faultKindKey(it->kind) }, { QStringLiteral("ms"), it->ms } });
    return o;
}

bd::core::Result<std::pair<SystemId, Fault>> parseFaultSpec(const QString& spec)
{
    static const QRegularExpression kSpec(QStringLiteral("^([a-z-]+)=([a-z]+)(?::(\\d{1,6}))?$"));
    const auto m = kSpec.match(spec);
    const auto system = m.hasMatch() ? systemFromKey(m.captured(1)) : std::nullopt;
    const auto kind = m.hasMatch() ? faultKindFromKey(m.captured(2)) : std::nullopt;
    if (!system || !kind)
        return Error { QStringLiteral("options.fault"),
            QStringLiteral("'%1' is not SYSTEM=KIND[:ms] (systems: sis, vis, ees, etias, eurodac, ecris-tcn, "
                           "europol, interpol-sltd, interpol-tdawn; kinds: latency, down, error, garbage, "
                           "oversized, stalled, truncated, none)")
                .arg(spec.left(60)),
            {} };
    return std::pair { *system, Fault { *kind, m.captured(3).toInt() } };
}

bd::core::Result<CaseFile> ScenarioDeck::parse(const QByteArray& json, QDate today, const QString& origin)
{
    const auto parsed = json::parseObject(json);
    if (!parsed)
        return Error { QStringLiteral("scenario.json"), origin + QStringLiteral(": ") + parsed.error().detail, {} };
    const QJsonObject o = resolveDates(*parsed, today).toObject();
    CaseFile c;
    c.id = o.value(QStringLiteral("id")).toString();
    c.title = o.value(QStringLiteral("title")).toString();
    static const QRegularExpression kId(QStringLiteral("^[a-z0-9][a-z0-9-]{1,62}$"));
    if (!kId.match(c.id).hasMatch())
        return schemaError(origin, QStringLiteral("id: lower-case letters, digits and '-' (2 to 63)"));
    if (c.title.isEmpty())
        return schemaError(origin, QStringLiteral("title: missing"));

    // The traveller goes through the search-request check, so it obeys the same limits.
    const QJsonObject traveller = o.value(QStringLiteral("traveller")).toObject();
    const auto request = json::decodeSearchRequest(QJsonObject { { QStringLiteral("version"), 1 },
        { QStringLiteral("searchId"), c.id }, { QStringLiteral("officerId"), QStringLiteral("deck") },
        { QStringLiteral("profile"), QStringLiteral("trainer") },
        { QStringLiteral("purpose"), QStringLiteral("training") },
        { QStringLiteral("person"), traveller.value(QStringLiteral("person")) },
        { QStringLiteral("document"), traveller.value(QStringLiteral("document")) } });
    if (!request)
        return schemaError(origin, QStringLiteral("traveller.") + request.error().detail);
    c.person = request->person;
    c.document = request->document;
    if (c.document.number.isEmpty() || c.document.issuingState.isEmpty())
        return schemaError(origin, QStringLiteral("traveller.document: issuingState and number are required"));

    // Faces: the traveller's, and those held with records (both default to the traveller's).
    const auto faceSeed = [&origin](const QJsonValue& v, const QString& where) -> bd::core::Result<quint32> {
        const QJsonValue seed = v.toObject().value(QStringLiteral("seed"));
        if (!v.isObject() || !seed.isDouble() || seed.toDouble() < 1 || seed.toDouble() > 4294967295.0
            || seed.toDouble() != std::floor(seed.toDouble()))
            return schemaError(origin, where + QStringLiteral(": {\"seed\": a whole number from 1 to 4294967295}"));
        return static_cast<quint32>(seed.toDouble());
    };
    c.faceSeed = SyntheticPortrait::seedFor(c.person);
    if (traveller.contains(QStringLiteral("face"))) {
        const auto seed = faceSeed(traveller.value(QStringLiteral("face")), QStringLiteral("traveller.face"));
        if (!seed)
            return seed.error();
        c.faceSeed = *seed;
    }
    const QJsonValue enrolled = o.value(QStringLiteral("enrolledFaces"));
    if (!enrolled.isUndefined() && !enrolled.isArray())
        return schemaError(origin, QStringLiteral("enrolledFaces: an array"));
    const QJsonArray enrolledFaces = enrolled.toArray();
    for (qsizetype i = 0; i < enrolledFaces.size(); ++i) {
        const QString where = QStringLiteral("enrolledFaces[%1]").arg(i);
        const QJsonObject e = enrolledFaces.at(i).toObject();
        EnrolledFace f;
        const auto system = systemFromKey(e.value(QStringLiteral("system")).toString());
        f.recordId = e.value(QStringLiteral("recordId")).toString();
        if (!system || f.recordId.isEmpty() || f.recordId.size() > 128)
            return schemaError(origin, where + QStringLiteral(": a system key and a recordId (1 to 128 characters)"));
        f.system = *system;
        f.faceSeed = c.faceSeed;
        if (e.contains(QStringLiteral("face"))) {
            const auto seed = faceSeed(e.value(QStringLiteral("face")), where + QStringLiteral(".face"));
            if (!seed)
                return seed.error();
            f.faceSeed = *seed;
        }
        if (c.enrolledFaceSeed(f.system, f.recordId) != 0)
            return schemaError(origin, where + QStringLiteral(": the record is listed twice"));
        c.enrolledFaces.append(f);
    }

    const QJsonObject systems = o.value(QStringLiteral("systems")).toObject();
    for (auto it = systems.constBegin(); it != systems.constEnd(); ++it) {
        QJsonObject event = it.value().toObject();
        QJsonArray hits = event.value(QStringLiteral("hits")).toArray();
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QJsonObject h = hits.at(i).toObject();
            if (!h.contains(QStringLiteral("system")))
                h.insert(QStringLiteral("system"), it.key());
            hits[i] = h;
        }
        event.insert(QStringLiteral("type"), QStringLiteral("system"));
        event.insert(QStringLiteral("system"), it.key());
        event.insert(QStringLiteral("hits"), hits);
        event.insert(QStringLiteral("latencyMs"), 0);
        const auto decoded = json::decodeSystemEvent(event);
        if (!decoded)
            return schemaError(origin, QStringLiteral("systems.%1.%2").arg(it.key(), decoded.error().detail));
        c.answers.insert(decoded->system, *decoded);
    }

    const auto summary = json::decodeSearchSummary(QJsonObject { { QStringLiteral("type"), QStringLiteral("summary") },
        { QStringLiteral("searchId"), c.id }, { QStringLiteral("totalMs"), 0 },
        { QStringLiteral("links"), o.value(QStringLiteral("links")).toArray() } });
    if (!summary)
        return schemaError(origin, summary.error().detail);
    c.links = summary->links;

    const auto faults = decodeFaults(o.value(QStringLiteral("faults")).toObject());
    if (!faults)
        return schemaError(origin, faults.error().detail);
    c.faults = *faults;

    if (o.contains(QStringLiteral("expected"))) {
        const QJsonObject e = o.value(QStringLiteral("expected")).toObject();
        Expected x { e.value(QStringLiteral("decision")).toString(),
            e.value(QStringLiteral("refusalReason")).toString(), e.value(QStringLiteral("requiredAction")).toString(),
            e.value(QStringLiteral("debrief")).toString() };
        static const QStringList kDecisions { QStringLiteral("admit"), QStringLiteral("refuse"),
            QStringLiteral("second-line") };
        if (!kDecisions.contains(x.decision))
            return schemaError(origin, QStringLiteral("expected.decision: one of admit, refuse, second-line"));
        if (!requiredActionCodes().contains(x.requiredAction))
            return schemaError(
                origin, QStringLiteral("expected.requiredAction: unknown code '%1'").arg(x.requiredAction.left(40)));
        static const QRegularExpression kLetter(QStringLiteral("^[A-J]$"));
        if ((x.decision == QLatin1String("refuse")) != kLetter.match(x.refusalReason).hasMatch())
            return schemaError(
                origin, QStringLiteral("expected.refusalReason: a letter A-J for a refusal, and only then"));
        if (x.debrief.size() < 20)
            return schemaError(origin, QStringLiteral("expected.debrief: a plain-language explanation is required"));
        c.expected = x;
    }
    return c;
}

bd::core::Result<ScenarioDeck> ScenarioDeck::load(const QString& directory, QDate today)
{
    ScenarioDeck deck;
    const QDir dir(directory);
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    if (!dir.exists() || files.isEmpty())
        return Error { QStringLiteral("scenario.directory"),
            QStringLiteral("no *.json scenario in '%1'").arg(directory), {} };
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
            return Error { QStringLiteral("scenario.read"),
                QStringLiteral("%1: cannot be read (or larger than 1 MiB)").arg(name), {} };
        auto c = parse(f.readAll(), today, name);
        if (!c)
            return c.error();
        if (deck.findById(c->id) || deck.findByDocument(c->document.issuingState, c->document.number))
            return schemaError(name, QStringLiteral("id or document number used twice in the deck"));
        deck.m_cases.append(std::move(c).value());
    }
    return deck;
}

const CaseFile* ScenarioDeck::findById(const QString& id) const
{
    for (const CaseFile& c : m_cases) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const CaseFile* ScenarioDeck::findByDocument(const QString& issuingState, const QString& number) const
{
    for (const CaseFile& c : m_cases) {
        if (c.document.number == number && c.document.issuingState == issuingState)
            return &c;
    }
    return nullptr;
}

} // namespace bd::training
