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

QString regimeKey(VisaRegime r)
{
    switch (r) {
    case VisaRegime::VisaRequired:
        return QStringLiteral("visa-required");
    case VisaRegime::VisaExempt:
        return QStringLiteral("visa-exempt");
    case VisaRegime::FreeMovement:
        return QStringLiteral("free-movement");
    case VisaRegime::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

QJsonObject requiredActionToJson(const RequiredAction& a)
{
    QJsonObject o {{QStringLiteral("code"), a.code},
                   {QStringLiteral("decision"), a.decision},
                   {QStringLiteral("reason"), a.refusalReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a.refusalReason)},
                   {QStringLiteral("text"), a.text}};
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
            o.insert(QStringLiteral("action"), h.actionCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.actionCode));
            o.insert(QStringLiteral("summary"), h.summary);
            hits.append(o);
        }
        QJsonArray links;
        for (const IdentityLink& l : id.links) {
            QJsonArray records;
            for (const RecordRef& ref : l.records)
                records.append(QJsonObject {{QStringLiteral("system"), systemKey(ref.system)}, {QStringLiteral("recordId"), ref.recordId}});
            links.append(QJsonObject {{QStringLiteral("linkId"), l.linkId},
                                      {QStringLiteral("colour"), linkColourKey(l.colour)},
                                      {QStringLiteral("records"), records}});
        }
        QJsonArray presentations;
        for (const LinkPresentation& p : id.linkPresentations)
            presentations.append(QJsonObject {{QStringLiteral("colour"), p.colourKey},
                                              {QStringLiteral("rgb"), p.rgb},
                                              {QStringLiteral("shape"), p.shape},
                                              {QStringLiteral("text"), p.text}});
        identities.append(QJsonObject {{QStringLiteral("identityId"), id.identityId},
                                       {QStringLiteral("hits"), hits},
                                       {QStringLiteral("links"), links},
                                       {QStringLiteral("linkColours"), presentations}});
    }
    QJsonArray systems;
    for (const SystemLine& s : r.systems) {
        QJsonObject o {{QStringLiteral("system"), systemKey(s.system)},
                       {QStringLiteral("status"), statusKey(s.status)},
                       {QStringLiteral("latencyMs"), s.latencyMs},
                       {QStringLiteral("hits"), s.hitCount}};
        if (!s.detail.isEmpty())
            o.insert(QStringLiteral("detail"), s.detail);
        systems.append(o);
    }
    QJsonObject visa {{QStringLiteral("present"), r.visa.present},
                      {QStringLiteral("valid"), r.visa.valid},
                      {QStringLiteral("expired"), r.visa.expired},
                      {QStringLiteral("exhausted"), r.visa.exhausted},
                      {QStringLiteral("status"), r.visa.status},
                      {QStringLiteral("validUntil"), date(r.visa.validUntil)},
                      {QStringLiteral("entriesAllowed"), r.visa.entriesAllowed},
                      {QStringLiteral("entriesUsed"), r.visa.entriesUsed},
                      {QStringLiteral("text"), r.visa.text}};
    QJsonObject etias {{QStringLiteral("present"), r.etias.present},
                       {QStringLiteral("valid"), r.etias.valid},
                       {QStringLiteral("status"), r.etias.status},
                       {QStringLiteral("validUntil"), date(r.etias.validUntil)},
                       {QStringLiteral("secondLineFlag"), r.etias.secondLineFlag},
                       {QStringLiteral("text"), r.etias.text}};
    QJsonObject stay {{QStringLiteral("applicable"), r.stay.applicable},
                      {QStringLiteral("daysAllowedFromToday"), r.stay.daysAllowedFromToday}};
    if (r.stay.assessment)
        stay.insert(QStringLiteral("assessment"), stayAssessmentToJson(*r.stay.assessment));
    if (!r.stay.problem.isEmpty())
        stay.insert(QStringLiteral("problem"), r.stay.problem);
    return QJsonObject {{QStringLiteral("searchId"), r.searchId},
                        {QStringLiteral("requiredAction"), requiredActionToJson(r.requiredAction)},
                        {QStringLiteral("otherActions"), others},
                        {QStringLiteral("complete"), r.complete},
                        {QStringLiteral("withheld"), systemKeys(r.withheld)},
                        {QStringLiteral("unanswered"), systemKeys(r.unanswered)},
                        {QStringLiteral("systems"), systems},
                        {QStringLiteral("identities"), identities},
                        {QStringLiteral("visa"), visa},
                        {QStringLiteral("etias"), etias},
                        {QStringLiteral("stay"), stay},
                        {QStringLiteral("regime"), regimeKey(r.traveller.regime)}};
}

} // namespace bd::results
