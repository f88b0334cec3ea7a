#include "services/results/UnifiedResultJson.h"

#include "services/gateway/GatewayJson.h"
#include "services/results/StayJson.h"

#include <QJsonArray>

namespace bd::results {

using namespace bd::gateway;

using namespace bd::model;

namespace {

QJsonValue date(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray systemKeys(const QList<SystemId>& systems)
{
    QJsonArray a;
    for (SystemId s : systems)
        a.append(systemKey(s));
    return a;
}

QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue count(int n) // -1 (unknown / not limiting) as null
{
    return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(n);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue residenceToJson(const std::optional<ResidenceTitle>& r)
{
    if (!r)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject { { QStringLiteral("kind"), residenceKindKey(r->kind) },
        { QStringLiteral("issuingState"), r->issuingState }, { QStringLiteral("validUntil"), date(r->validUntil) } };
}

QJsonObject findingToJson(const RegimeFinding& f)
{
    return QJsonObject { { QStringLiteral("regime"), regimeKey(f.regime) },
        { QStringLiteral("listedAs"), text(f.listedAs) }, { QStringLiteral("listEntry"), text(f.listEntry) },
        { QStringLiteral("condition"), text(f.condition) }, { QStringLiteral("conditionText"), text(f.conditionText) },
        { QStringLiteral("basis"), text(f.basis) }, { QStringLiteral("note"), text(f.note) } };
}

QJsonObject travellerToJson(const TravellerContext& t)
{
    return QJsonObject { { QStringLiteral("nationality"), t.nationality },
        { QStringLiteral("regime"), regimeKey(t.regime) }, { QStringLiteral("finding"), findingToJson(t.finding) },
        { QStringLiteral("residence"), residenceToJson(t.residence) },
        { QStringLiteral("ageYears"), count(t.ageYears) } };
}

QJsonObject documentToJson(const DocumentFacts& d)
{
    return QJsonObject { { QStringLiteral("read"), d.read }, { QStringLiteral("zoneValid"), d.zoneValid },
        { QStringLiteral("dateOfExpiry"), date(d.dateOfExpiry) },
        { QStringLiteral("unverifiedFields"), strings(d.unverifiedFields) },
        { QStringLiteral("problems"), strings(d.problems) },
        { QStringLiteral("warnings"), strings(noticeTexts(d.warnings)) } };
}

QJsonObject declarationsToJson(const OfficerDeclarations& d)
{
    return QJsonObject { { QStringLiteral("residence"), residenceToJson(d.residence) },
        { QStringLiteral("familyMemberOfEuCitizen"), d.familyMemberOfEuCitizen },
        { QStringLiteral("asylumRequest"), d.asylumRequest },
        { QStringLiteral("unaccompaniedMinor"), d.unaccompaniedMinor },
        { QStringLiteral("faceMismatch"), d.faceMismatch },
        { QStringLiteral("confirmedConditions"), strings(d.confirmedConditions) } };
}

} // namespace

QJsonObject requiredActionToJson(const RequiredAction& a)
{
    QJsonObject o { { QStringLiteral("code"), actionKey(a.code) },
        { QStringLiteral("decision"), decisionKey(a.decision) },
        { QStringLiteral("reason"),
            a.refusalReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.refusalReason) },
        { QStringLiteral("text"), a.text } };
    if (a.source)
        o.insert(QStringLiteral("system"), systemKey(*a.source));
    if (!a.recordId.isEmpty())
        o.insert(QStringLiteral("recordId"), a.recordId);
    return o;
}

namespace {

QJsonObject identityToJson(const Identity& id)
{
    QJsonArray hits;
    for (const RankedHit& h : id.hits) {
        QJsonObject o = json::encode(h.hit);
        o.insert(QStringLiteral("action"),
            h.actionCode ? QJsonValue(actionKey(*h.actionCode)) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("summary"), h.summary);
        o.insert(QStringLiteral("excluded"), h.excluded);
        hits.append(o);
    }
    QJsonArray links;
    for (const IdentityLink& l : id.links) {
        QJsonArray records;
        for (const RecordRef& ref : l.records)
            records.append(QJsonObject {
                { QStringLiteral("system"), systemKey(ref.system) }, { QStringLiteral("recordId"), ref.recordId } });
        links.append(QJsonObject { { QStringLiteral("linkId"), l.linkId },
            { QStringLiteral("colour"), linkColourKey(l.colour) }, { QStringLiteral("records"), records } });
    }
    QJsonArray presentations;
    for (const LinkPresentation& p : id.linkPresentations)
        presentations.append(QJsonObject { { QStringLiteral("colour"), p.colourKey }, { QStringLiteral("rgb"), p.rgb },
            { QStringLiteral("shape"), p.shape }, { QStringLiteral("text"), p.text } });
    return QJsonObject { { QStringLiteral("identityId"), id.identityId }, { QStringLiteral("traveller"), id.traveller },
        { QStringLiteral("excluded"), id.excluded },
        { QStringLiteral("exclusionReason"), text(id.exclusionReason ? noticeText(*id.exclusionReason) : QString()) },
        { QStringLiteral("hits"), hits }, { QStringLiteral("links"), links },
        { QStringLiteral("linkColours"), presentations } };
}

QJsonArray systemsToJson(const QList<SystemLine>& lines)
{
    QJsonArray systems;
    for (const SystemLine& s : lines) {
        QJsonObject o { { QStringLiteral("system"), systemKey(s.system) },
            { QStringLiteral("status"), statusKey(s.status) }, { QStringLiteral("latencyMs"), s.latencyMs },
            { QStringLiteral("hits"), s.hitCount } };
        if (const QString detail = systemLineDetail(s); !detail.isEmpty())
            o.insert(QStringLiteral("detail"), detail);
        systems.append(o);
    }
    return systems;
}

QJsonObject visaToJson(const VisaSummary& v)
{
    return QJsonObject { { QStringLiteral("present"), v.present }, { QStringLiteral("valid"), v.valid },
        { QStringLiteral("expired"), v.expired }, { QStringLiteral("exhausted"), v.exhausted },
        { QStringLiteral("status"), v.status }, { QStringLiteral("visaType"), v.visaType },
        { QStringLiteral("validFrom"), date(v.validFrom) }, { QStringLiteral("validUntil"), date(v.validUntil) },
        { QStringLiteral("entriesAllowed"), v.entriesAllowed }, { QStringLiteral("entriesUsed"), v.entriesUsed },
        { QStringLiteral("durationOfStayDays"), v.durationOfStayDays },
        { QStringLiteral("transitOnly"), v.transitOnly },
        { QStringLiteral("limitedTerritorial"), v.limitedTerritorial }, { QStringLiteral("text"), v.text } };
}

QJsonObject etiasToJson(const EtiasSummary& e)
{
    return QJsonObject { { QStringLiteral("present"), e.present }, { QStringLiteral("valid"), e.valid },
        { QStringLiteral("status"), e.status }, { QStringLiteral("validUntil"), date(e.validUntil) },
        { QStringLiteral("secondLineFlag"), e.secondLineFlag }, { QStringLiteral("flags"), strings(e.flags) },
        { QStringLiteral("text"), e.text } };
}

QJsonObject stayToJson(const StaySummary& s)
{
    QJsonObject stay { { QStringLiteral("applicable"), s.applicable },
        { QStringLiteral("daysAllowedFromToday"), s.daysAllowedFromToday }, { QStringLiteral("inferred"), s.inferred },
        { QStringLiteral("visaDaysLeft"), count(s.visaDaysLeft) },
        { QStringLiteral("latestDepartureForDocument"), date(s.latestDepartureForDocument) } };
    if (s.assessment)
        stay.insert(QStringLiteral("assessment"), stayAssessmentToJson(*s.assessment));
    if (s.problem)
        stay.insert(QStringLiteral("problem"), noticeText(*s.problem));
    return stay;
}

} // namespace

QJsonObject unifiedResultToJson(const UnifiedResult& r)
{
    QJsonArray others;
    for (const RequiredAction& a : r.otherActions)
        others.append(requiredActionToJson(a));
    QJsonArray identities;
    for (const Identity& id : r.identities)
        identities.append(identityToJson(id));
    const QJsonArray systems = systemsToJson(r.systems);
    const QJsonObject visa = visaToJson(r.visa);
    const QJsonObject etias = etiasToJson(r.etias);
    const QJsonObject stay = stayToJson(r.stay);
    QJsonObject out { { QStringLiteral("searchId"), r.searchId },
        { QStringLiteral("requiredAction"), requiredActionToJson(r.requiredAction) },
        { QStringLiteral("otherActions"), others }, { QStringLiteral("complete"), r.complete },
        { QStringLiteral("withheld"), systemKeys(r.withheld) },
        { QStringLiteral("unanswered"), systemKeys(r.unanswered) }, { QStringLiteral("systems"), systems },
        { QStringLiteral("identities"), identities }, { QStringLiteral("visa"), visa },
        { QStringLiteral("etias"), etias }, { QStringLiteral("stay"), stay },
        { QStringLiteral("regime"), regimeKey(r.traveller.regime) },
        { QStringLiteral("purpose"), purposeKey(r.purpose) },
        { QStringLiteral("traveller"), travellerToJson(r.traveller) },
        { QStringLiteral("document"), documentToJson(r.document) },
        { QStringLiteral("declarations"), declarationsToJson(r.declarations) },
        { QStringLiteral("notes"), strings(noticeTexts(r.notes)) },
        { QStringLiteral("integrityProblems"), strings(noticeTexts(r.integrityProblems)) } };
    if (r.cachedAt.isValid()) // only results from the cache carry it: every other output is unchanged
        out.insert(QStringLiteral("cachedAt"), r.cachedAt.toUTC().toString(Qt::ISODate));
    return out;
}

} // namespace bd::results
