#include "services/training/ScenarioDeck.h"

#include "services/gateway/GatewayJson.h"
#include "services/results/UnifiedResult.h"
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
using namespace bd::model;

Error schemaError(const QString& origin, const QString& detail)
{
    return Error { QStringLiteral("scenario.schema"), origin + QStringLiteral(": ") + detail, {} };
}

// Replaces relative dates ("today", "today-N", "today+N", "today-Ny", "today-Ny+N", ...) strings
// anywhere in the tree by ISO dates.
QJsonValue resolveDates(const QJsonValue& v, QDate today)
{
    if (v.isString()) {
        const auto date = ScenarioDeck::resolveRelativeDate(v.toString(), today);
        return date ? QJsonValue(date->toString(Qt::ISODate)) : v;
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

// The scenario member "declarations": what the trainee is expected to declare at the booth
// (bd::results::OfficerDeclarations). Every member is checked; an unknown one is an error, so a
// misspelt declaration cannot silently fall away.
bd::core::Result<bd::results::OfficerDeclarations> decodeDeclarations(const QJsonValue& v, const QString& origin)
{
    using bd::results::OfficerDeclarations;
    using bd::results::ResidenceTitle;
    if (!v.isObject())
        return schemaError(origin, QStringLiteral("declarations: an object"));
    const QJsonObject o = v.toObject();
    static const QStringList kMembers { QStringLiteral("residence"), QStringLiteral("familyMemberOfEuCitizen"),
        QStringLiteral("asylumRequest"), QStringLiteral("unaccompaniedMinor"), QStringLiteral("faceMismatch"),
        QStringLiteral("confirmedConditions") };
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!kMembers.contains(it.key()))
            return schemaError(origin,
                QStringLiteral("declarations.%1: unknown member (%2)")
                    .arg(it.key().left(40), kMembers.join(QStringLiteral(", "))));
    OfficerDeclarations d;
    const auto flag = [&o, &origin](const char* key, bool* out) -> std::optional<bd::core::Error> {
        const QJsonValue f = o.value(QLatin1String(key));
        if (f.isUndefined())
            return std::nullopt;
        if (!f.isBool())
            return schemaError(origin, QStringLiteral("declarations.%1: true or false").arg(QLatin1String(key)));
        *out = f.toBool();
        return std::nullopt;
    };
    for (const auto& [key, out] : { std::pair { "familyMemberOfEuCitizen", &d.familyMemberOfEuCitizen },
             std::pair { "asylumRequest", &d.asylumRequest }, std::pair { "unaccompaniedMinor", &d.unaccompaniedMinor },
             std::pair { "faceMismatch", &d.faceMismatch } })
        if (const auto error = flag(key, out))
            return *error;
    if (o.contains(QStringLiteral("residence"))) {
        const QJsonObject r = o.value(QStringLiteral("residence")).toObject();
        const auto kind = bd::results::residenceKindFromKey(r.value(QStringLiteral("kind")).toString());
        static const QRegularExpression kState(QStringLiteral("^[A-Z]{1,3}$"));
        const QString state = r.value(QStringLiteral("issuingState")).toString();
        const QDate until = QDate::fromString(r.value(QStringLiteral("validUntil")).toString(), Qt::ISODate);
        if (!o.value(QStringLiteral("residence")).isObject() || !kind)
            return schemaError(origin,
                QStringLiteral("declarations.residence.kind: one of residence-permit, long-stay-visa, residence-card"));
        if (!kState.match(state).hasMatch())
            return schemaError(
                origin, QStringLiteral("declarations.residence.issuingState: the ICAO code of the Member State"));
        if (!until.isValid())
            return schemaError(
                origin, QStringLiteral("declarations.residence.validUntil: a date (YYYY-MM-DD or today±N)"));
        d.residence = ResidenceTitle { *kind, state, until };
    }
    if (o.contains(QStringLiteral("confirmedConditions"))) {
        static const QRegularExpression kCode(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
        const QJsonValue list = o.value(QStringLiteral("confirmedConditions"));
        if (!list.isArray() || list.toArray().size() > 16)
            return schemaError(
                origin, QStringLiteral("declarations.confirmedConditions: an array of at most 16 codes"));
        for (const QJsonValue& c : list.toArray()) {
            if (!c.isString() || !kCode.match(c.toString()).hasMatch())
                return schemaError(origin,
                    QStringLiteral("declarations.confirmedConditions: condition codes of the visa list "
                                   "(e.g. biometric-passport)"));
            d.confirmedConditions.append(c.toString());
        }
    }
    return d;
}

// The scenario member "translations": {"de": {"title": "...", "debrief": "..."}}, the texts the
// trainee sees in another interface language. Language codes are ISO 639-1 ("de"); English is the
// scenario's own title and debrief, so "en" is no translation. A language may leave out a member
// (the English text is shown), but what is given must be well formed.
std::optional<Error> decodeTranslations(const QJsonValue& v, CaseFile* c, const QString& origin)
{
    if (!v.isObject())
        return schemaError(origin, QStringLiteral("translations: an object of language codes (e.g. \"de\")"));
    static const QRegularExpression kLanguage(QStringLiteral("^[a-z]{2}$"));
    const QJsonObject languages = v.toObject();
    for (auto it = languages.constBegin(); it != languages.constEnd(); ++it) {
        const QString language = it.key();
        const QString where = QStringLiteral("translations.") + language.left(40);
        if (!kLanguage.match(language).hasMatch())
            return schemaError(origin, where + QStringLiteral(": a language code of two lower-case letters (e.g. de)"));
        if (language == QLatin1String("en"))
            return schemaError(origin, where + QStringLiteral(": English is the scenario's own title and debrief"));
        if (!it.value().isObject())
            return schemaError(origin, where + QStringLiteral(": an object with title and/or debrief"));
        const QJsonObject texts = it.value().toObject();
        for (auto t = texts.constBegin(); t != texts.constEnd(); ++t)
            if (t.key() != QLatin1String("title") && t.key() != QLatin1String("debrief"))
                return schemaError(
                    origin, where + QStringLiteral(".%1: unknown member (title, debrief)").arg(t.key().left(40)));
        if (texts.contains(QStringLiteral("title"))) {
            const QJsonValue title = texts.value(QStringLiteral("title"));
            if (!title.isString() || title.toString().trimmed().isEmpty() || title.toString().size() > 512)
                return schemaError(origin, where + QStringLiteral(".title: a text of 1 to 512 characters"));
            c->titleByLanguage.insert(language, title.toString());
        }
        if (texts.contains(QStringLiteral("debrief"))) {
            const QJsonValue debrief = texts.value(QStringLiteral("debrief"));
            if (!c->expected)
                return schemaError(origin, where + QStringLiteral(".debrief: the scenario has no expected outcome"));
            if (!debrief.isString() || debrief.toString().size() < 20)
                return schemaError(
                    origin, where + QStringLiteral(".debrief: a plain-language explanation is required"));
            c->expected->debriefByLanguage.insert(language, debrief.toString());
        }
    }
    return std::nullopt;
}

// The text for `language` ("de", "de_DE", "de-DE") from `byLanguage`, else `english`.
QString inLanguage(const QMap<QString, QString>& byLanguage, const QString& language, const QString& english)
{
    const QString primary = language.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    const auto it = byLanguage.constFind(primary);
    return it != byLanguage.constEnd() && !it->isEmpty() ? *it : english;
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

QString CaseFile::titleIn(const QString& language) const
{
    return inLanguage(titleByLanguage, language, title);
}

QString Expected::debriefIn(const QString& language) const
{
    return inLanguage(debriefByLanguage, language, debrief);
}

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
    static const QStringList codes = bd::results::actionCodesBySeverity();
    return codes;
}

QString etiasPhaseKey(bd::results::EtiasPhase phase)
{
    using bd::results::EtiasPhase;
    switch (phase) {
    case EtiasPhase::NotInOperation:
        return QStringLiteral("not-in-operation");
    case EtiasPhase::Transitional:
        return QStringLiteral("transitional");
    case EtiasPhase::Grace:
        return QStringLiteral("grace");
    case EtiasPhase::Required:
        return QStringLiteral("required");
    }
    return {};
}

std::optional<bd::results::EtiasPhase> etiasPhaseFromKey(const QString& key)
{
    using bd::results::EtiasPhase;
    for (EtiasPhase p :
        { EtiasPhase::NotInOperation, EtiasPhase::Transitional, EtiasPhase::Grace, EtiasPhase::Required })
        if (etiasPhaseKey(p) == key)
            return p;
    return std::nullopt;
}

std::optional<QDate> ScenarioDeck::resolveRelativeDate(const QString& text, QDate today)
{
    static const QRegularExpression kToday(QStringLiteral("^today(?:([+-])(\\d{1,3})y)?(?:([+-])(\\d{1,5}))?$"));
    const auto m = kToday.match(text);
    if (!m.hasMatch() || !today.isValid())
        return std::nullopt;
    const int years = m.captured(2).toInt() * (m.captured(1) == QLatin1String("-") ? -1 : 1);
    const int days = m.captured(4).toInt() * (m.captured(3) == QLatin1String("-") ? -1 : 1);
    return today.addYears(years).addDays(days);
}

bd::results::EtiasPeriods ScenarioDeck::etiasPeriodsFor(bd::results::EtiasPhase phase, QDate today)
{
    using bd::results::EtiasPeriods;
    using bd::results::EtiasPhase;
    switch (phase) {
    case EtiasPhase::NotInOperation:
        return {};
    case EtiasPhase::Transitional:
        return EtiasPeriods::fromStart(today.addMonths(-2));
    case EtiasPhase::Grace:
        return EtiasPeriods::fromStart(today.addMonths(-8));
    case EtiasPhase::Required:
        return EtiasPeriods::fromStart(today.addMonths(-14));
    }
    return {};
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

namespace {

// id and title.
std::optional<Error> decodeHeading(const QJsonObject& o, CaseFile* c, const QString& origin)
{
    c->id = o.value(QStringLiteral("id")).toString();
    c->title = o.value(QStringLiteral("title")).toString();
    static const QRegularExpression kId(QStringLiteral("^[a-z0-9][a-z0-9-]{1,62}$"));
    if (!kId.match(c->id).hasMatch())
        return schemaError(origin, QStringLiteral("id: lower-case letters, digits and '-' (2 to 63)"));
    if (c->title.isEmpty())
        return schemaError(origin, QStringLiteral("title: missing"));
    return std::nullopt;
}

// The traveller's person and document. The traveller goes through the search-request check, so it
// obeys the same limits.
std::optional<Error> decodeTraveller(const QJsonObject& traveller, CaseFile* c, const QString& origin)
{
    const auto request = json::decodeSearchRequest(QJsonObject { { QStringLiteral("version"), 1 },
        { QStringLiteral("searchId"), c->id }, { QStringLiteral("officerId"), QStringLiteral("deck") },
        { QStringLiteral("profile"), QStringLiteral("trainer") },
        { QStringLiteral("purpose"), QStringLiteral("training") },
        { QStringLiteral("person"), traveller.value(QStringLiteral("person")) },
        { QStringLiteral("document"), traveller.value(QStringLiteral("document")) } });
    if (!request)
        return schemaError(origin, QStringLiteral("traveller.") + request.error().detail);
    c->person = request->person;
    c->document = request->document;
    if (c->document.number.isEmpty() || c->document.issuingState.isEmpty())
        return schemaError(origin, QStringLiteral("traveller.document: issuingState and number are required"));
    return std::nullopt;
}

// A face member {"seed": 1 .. 4294967295} at `where`.
bd::core::Result<quint32> decodeFaceSeed(const QJsonValue& v, const QString& where, const QString& origin)
{
    const QJsonValue seed = v.toObject().value(QStringLiteral("seed"));
    if (!v.isObject() || !seed.isDouble() || seed.toDouble() < 1 || seed.toDouble() > 4294967295.0
        || seed.toDouble() != std::floor(seed.toDouble()))
        return schemaError(origin, where + QStringLiteral(": {\"seed\": a whole number from 1 to 4294967295}"));
    return static_cast<quint32>(seed.toDouble());
}

// Faces: the traveller's, and those held with records (both default to the traveller's).
std::optional<Error> decodeFaces(const QJsonObject& o, const QJsonObject& traveller, CaseFile* c, const QString& origin)
{
    c->faceSeed = SyntheticPortrait::seedFor(c->person);
    if (traveller.contains(QStringLiteral("face"))) {
        const auto seed
            = decodeFaceSeed(traveller.value(QStringLiteral("face")), QStringLiteral("traveller.face"), origin);
        if (!seed)
            return seed.error();
        c->faceSeed = *seed;
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
        f.faceSeed = c->faceSeed;
        if (e.contains(QStringLiteral("face"))) {
            const auto seed = decodeFaceSeed(e.value(QStringLiteral("face")), where + QStringLiteral(".face"), origin);
            if (!seed)
                return seed.error();
            f.faceSeed = *seed;
        }
        if (c->enrolledFaceSeed(f.system, f.recordId) != 0)
            return schemaError(origin, where + QStringLiteral(": the record is listed twice"));
        c->enrolledFaces.append(f);
    }
    return std::nullopt;
}

// Each system's answer, written as the gateway's system event without the framing members (and
// with each hit's system defaulting to the answering one).
std::optional<Error> decodeSystems(const QJsonObject& systems, CaseFile* c, const QString& origin)
{
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
        event.insert(QStringLiteral("searchId"), QString()); // the gateway puts the request's on every line
        const auto decoded = json::decodeSystemEvent(event);
        if (!decoded)
            return schemaError(origin, QStringLiteral("systems.%1.%2").arg(it.key(), decoded.error().detail));
        c->answers.insert(decoded->system, *decoded);
    }
    return std::nullopt;
}

// The identity links (as in the gateway's summary) and the faults the gateway plays.
std::optional<Error> decodeLinksAndFaults(const QJsonObject& o, CaseFile* c, const QString& origin)
{
    const auto summary = json::decodeSearchSummary(QJsonObject { { QStringLiteral("type"), QStringLiteral("summary") },
        { QStringLiteral("searchId"), c->id }, { QStringLiteral("totalMs"), 0 },
        { QStringLiteral("links"), o.value(QStringLiteral("links")).toArray() } });
    if (!summary)
        return schemaError(origin, summary.error().detail);
    c->links = summary->links;

    const auto faults = decodeFaults(o.value(QStringLiteral("faults")).toObject());
    if (!faults)
        return schemaError(origin, faults.error().detail);
    c->faults = *faults;
    return std::nullopt;
}

// How the case is played: entry or exit check, the ETIAS period, what the officer declares.
std::optional<Error> decodePlay(const QJsonObject& o, QDate today, CaseFile* c, const QString& origin)
{
    const QJsonValue purpose = o.value(QStringLiteral("purpose"));
    if (!purpose.isUndefined()) {
        const auto p = purposeFromKey(purpose.toString());
        if (!p || (*p != Purpose::EntryCheck && *p != Purpose::ExitCheck))
            return schemaError(origin, QStringLiteral("purpose: entry-check or exit-check"));
        c->purpose = *p;
    }
    const QJsonValue phase = o.value(QStringLiteral("etiasPhase"));
    if (!phase.isUndefined()) {
        const auto p = etiasPhaseFromKey(phase.toString());
        if (!p)
            return schemaError(
                origin, QStringLiteral("etiasPhase: one of not-in-operation, transitional, grace, required"));
        c->etiasPhase = *p;
    }
    c->etiasPeriods = ScenarioDeck::etiasPeriodsFor(c->etiasPhase, today);
    if (o.contains(QStringLiteral("declarations"))) {
        auto d = decodeDeclarations(o.value(QStringLiteral("declarations")), origin);
        if (!d)
            return d.error();
        c->declarations = std::move(d).value();
    }
    return std::nullopt;
}

// The expected outcome: decision, required action, refusal letter and debrief (translations come
// from decodeTranslations).
std::optional<Error> decodeExpected(const QJsonObject& e, CaseFile* c, const QString& origin)
{
    Expected x { e.value(QStringLiteral("decision")).toString(), e.value(QStringLiteral("refusalReason")).toString(),
        e.value(QStringLiteral("requiredAction")).toString(), e.value(QStringLiteral("debrief")).toString(),
        {} }; // translations: decodeTranslations
    static const QStringList kDecisions { QLatin1String(bd::results::decisions::kAdmit),
        QLatin1String(bd::results::decisions::kRefuse), QLatin1String(bd::results::decisions::kSecondLine),
        QLatin1String(bd::results::decisions::kLetExit) };
    if (!kDecisions.contains(x.decision))
        return schemaError(origin, QStringLiteral("expected.decision: one of admit, refuse, second-line, let-exit"));
    const std::optional<bd::results::ActionCode> action = bd::results::actionFromKey(x.requiredAction);
    if (!action)
        return schemaError(
            origin, QStringLiteral("expected.requiredAction: unknown code '%1'").arg(x.requiredAction.left(40)));
    // Annex V Part B has the letters A to I (there is no J). A refusal states its letter, except
    // where the law fixes none (refuse-no-etias: the form as changed by the ETIAS Regulation).
    static const QRegularExpression kLetter(QStringLiteral("^[A-I]$"));
    const bool refusal = x.decision == QLatin1String(bd::results::decisions::kRefuse);
    const bool letterOptional = bd::results::refusalLetterForAction(*action).isEmpty();
    if (refusal ? !(kLetter.match(x.refusalReason).hasMatch() || (letterOptional && x.refusalReason.isEmpty()))
                : !x.refusalReason.isEmpty())
        return schemaError(origin,
            QStringLiteral("expected.refusalReason: a letter A-I for a refusal, and only then (none where the "
                           "law fixes no letter, e.g. refuse-no-etias)"));
    if (x.debrief.size() < 20)
        return schemaError(origin, QStringLiteral("expected.debrief: a plain-language explanation is required"));
    c->expected = x;
    return std::nullopt;
}

} // namespace

// Reads one case file: each part in turn, the first error found wins.
bd::core::Result<CaseFile> ScenarioDeck::parse(const QByteArray& json, QDate today, const QString& origin)
{
    const auto parsed = json::parseObject(json);
    if (!parsed)
        return Error { QStringLiteral("scenario.json"), origin + QStringLiteral(": ") + parsed.error().detail, {} };
    const QJsonObject o = resolveDates(*parsed, today).toObject();
    CaseFile c;
    const QJsonObject traveller = o.value(QStringLiteral("traveller")).toObject();
    if (auto error = decodeHeading(o, &c, origin))
        return *error;
    if (auto error = decodeTraveller(traveller, &c, origin))
        return *error;
    if (auto error = decodeFaces(o, traveller, &c, origin))
        return *error;
    if (auto error = decodeSystems(o.value(QStringLiteral("systems")).toObject(), &c, origin))
        return *error;
    if (auto error = decodeLinksAndFaults(o, &c, origin))
        return *error;
    if (auto error = decodePlay(o, today, &c, origin))
        return *error;
    if (o.contains(QStringLiteral("expected"))) {
        if (auto error = decodeExpected(o.value(QStringLiteral("expected")).toObject(), &c, origin))
            return *error;
    }
    if (o.contains(QStringLiteral("translations"))) {
        if (const auto error = decodeTranslations(o.value(QStringLiteral("translations")), &c, origin))
            return *error;
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
