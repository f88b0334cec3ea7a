#include "services/results/UnifiedResultJson.h"

#include "services/gateway/GatewayJson.h"
#include "services/results/StayJson.h"

#include <QJsonArray>

namespace bd::results {

using namespace bd::gateway;

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
    QJsonObject o { { QStringLiteral("code"), a.code }, { QStringLiteral("decision"), a.decision },
        { QStringLiteral("reason"),
            a.refusalReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.refusalReason) },
        { QStringLiteral("text"), a.text } };
    if (a.source)
        o.insert(QStringLiteral("system"), systemKey(*a.source));
    if (!a.recordId.isEmpty())
        o.insert(QStringLiteral("recordId"), a.recordId);
    return o;
}

QJsonObject unifiedResultToJson(const UnifiedResult& r)
{
    QJsonArray others;
    for (const RequiredAction& a : r.otherActions)
        others.append(requiredActionToJson(a));
    QJsonArray identities;
    for (const Identity& id : r.identities) {
        QJsonArray hits;
        for (const RankedHit& h : id.hits) {
            QJsonObject o = json::encode(h.hit);
            o.insert(QStringLiteral("action"),
                h.actionCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.actionCode));
            o.insert(QStringLiteral("summary"), h.summary);
            o.insert(QStringLiteral("excluded"), h.excluded);
            hits.append(o);
        }
        QJsonArray links;
        for (const IdentityLink& l : id.links) {
            QJsonArray records;
            for (const RecordRef& ref : l.records)
                records.append(QJsonObject { { QStringLiteral("system"), systemKey(ref.system) },
                    { QStringLiteral("recordId"), ref.recordId } });
            links.append(QJsonObject { { QStringLiteral("linkId"), l.linkId },
                { QStringLiteral("colour"), linkColourKey(l.colour) }, { QStringLiteral("records"), records } });
        }
        QJsonArray presentations;
        for (const LinkPresentation& p : id.linkPresentations)
            presentations.append(
                QJsonObject { { QStringLiteral("colour"), p.colourKey }, { QStringLiteral("rgb"), p.rgb },
                    { QStringLiteral("shape"), p.shape }, { QStringLiteral("text"), p.text } });
        identities.append(QJsonObject { { QStringLiteral("identityId"), id.identityId },
            { QStringLiteral("traveller"), id.traveller }, { QStringLiteral("excluded"), id.excluded },
            { QStringLiteral("exclusionReason"),
                text(id.exclusionReason ? noticeText(*id.exclusionReason) : QString()) },
            { QStringLiteral("hits"), hits }, { QStringLiteral("links"), links },
            { QStringLiteral("linkColours"), presentations } });
    }
    QJsonArray systems;
    for (const SystemLine& s : r.systems) {
        QJsonObject o { { QStringLiteral("system"), systemKey(s.system) },
            { QStringLiteral("status"), statusKey(s.status) }, { QStringLiteral("latencyMs"), s.latencyMs },
            { QStringLiteral("hits"), s.hitCount } };
        if (const QString detail = systemLineDetail(s); !detail.isEmpty())
            o.insert(QStringLiteral("detail"), detail);
        systems.append(o);
    }
    QJsonObject visa { { QStringLiteral("present"), r.visa.present }, { QStringLiteral("valid"), r.visa.valid },
        { QStringLiteral("expired"), r.visa.expired }, { QStringLiteral("exhausted"), r.visa.exhausted },
        { QStringLiteral("status"), r.visa.status }, { QStringLiteral("visaType"), r.visa.visaType },
        { QStringLiteral("validFrom"), date(r.visa.validFrom) },
        { QStringLiteral("validUntil"), date(r.visa.validUntil) },
        { QStringLiteral("entriesAllowed"), r.visa.entriesAllowed },
        { QStringLiteral("entriesUsed"), r.visa.entriesUsed },
        { QStringLiteral("durationOfStayDays"), r.visa.durationOfStayDays },
        { QStringLiteral("transitOnly"), r.visa.transitOnly },
        { QStringLiteral("limitedTerritorial"), r.visa.limitedTerritorial }, { QStringLiteral("text"), r.visa.text } };
    QJsonObject etias { { QStringLiteral("present"), r.etias.present }, { QStringLiteral("valid"), r.etias.valid },
        { QStringLiteral("status"), r.etias.status }, { QStringLiteral("validUntil"), date(r.etias.validUntil) },
        { QStringLiteral("secondLineFlag"), r.etias.secondLineFlag },
        { QStringLiteral("flags"), strings(r.etias.flags) }, { QStringLiteral("text"), r.etias.text } };
    QJsonObject stay { { QStringLiteral("applicable"), r.stay.applicable },
        { QStringLiteral("daysAllowedFromToday"), r.stay.daysAllowedFromToday },
        { QStringLiteral("inferred"), r.stay.inferred }, { QStringLiteral("visaDaysLeft"), count(r.stay.visaDaysLeft) },
        { QStringLiteral("latestDepartureForDocument"), date(r.stay.latestDepartureForDocument) } };
    if (r.stay.assessment)
        stay.insert(QStringLiteral("assessment"), stayAssessmentToJson(*r.stay.assessment));
    if (r.stay.problem)
        stay.insert(QStringLiteral("problem"), noticeText(*r.stay.problem));
    return QJsonObject { { QStringLiteral("searchId"), r.searchId },
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
}

} // namespace bd::results
