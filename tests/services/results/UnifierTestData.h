#pragma once

// The Unifier tests' shared material (TestUnifier, TestUnifierIdentities, TestUnifierStays): one
// search on a fixed day, answers built per system, and the context of a valid document read at
// the German border with ETIAS in operation.
#include "services/model/Model.h"
#include "services/results/CheckFacts.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"

#include <QDate>
#include <QList>

namespace bd::testdata {

inline const QDate kToday(2026, 11, 28);

inline bd::model::SearchRequest request(
    const QString& nationality = QStringLiteral("UTO"), bd::model::Purpose purpose = bd::model::Purpose::EntryCheck)
{
    bd::model::SearchRequest r;
    r.searchId = QStringLiteral("s-1");
    r.purpose = purpose;
    r.person.nationality = nationality;
    r.person.surname = QStringLiteral("TRAVELLER");
    r.person.dateOfBirth = QDate(1980, 5, 6);
    r.document = { QStringLiteral("P"), nationality, QStringLiteral("T0000001"), kToday.addYears(5) };
    r.systems = bd::model::allSystems();
    return r;
}

inline const bd::results::VisaList& visaList()
{
    static const bd::results::VisaList list = *bd::results::VisaList::builtIn();
    return list;
}

// A read, valid zone; ETIAS in operation and required on kToday; the German border.
inline bd::results::CheckContext context()
{
    bd::results::CheckContext c;
    c.today = kToday;
    c.document.read = true;
    c.document.zoneValid = true;
    c.document.dateOfExpiry = kToday.addYears(5);
    c.etias = bd::results::EtiasPeriods::fromStart(QDate(2025, 1, 1));
    c.borderState = QStringLiteral("DEU");
    c.visaList = &visaList();
    return c;
}

// Every asked system answered no-hit, except the overrides.
inline QList<bd::model::SystemEvent> clear(const QList<bd::model::SystemEvent>& overrides = {})
{
    using namespace bd::model;
    QList<SystemEvent> out;
    for (SystemId s : allSystems()) {
        SystemEvent e { QStringLiteral("s-1"), s, SystemStatus::NoHit, 10, {}, {} };
        for (const SystemEvent& o : overrides)
            if (o.system == s)
                e = o;
        out.append(e);
    }
    return out;
}

inline bd::model::Hit sisHit(const QString& category, const QString& id = QStringLiteral("SIS-1"))
{
    bd::model::Hit h;
    h.system = bd::model::SystemId::Sis;
    h.recordId = id;
    h.sis = bd::model::SisAlert { category, QStringLiteral("as issued"), {}, QStringLiteral("D"),
        category == QLatin1String("object") ? QStringLiteral("stolen") : QString() };
    return h;
}

inline bd::model::SystemEvent hitEvent(bd::model::SystemId s, const QList<bd::model::Hit>& hits)
{
    return bd::model::SystemEvent { QStringLiteral("s-1"), s, bd::model::SystemStatus::Hit, 20, hits, {} };
}

inline bd::model::Hit visHit(
    const QString& status, const QDate& from, const QDate& until, int allowed = 0, int used = 0)
{
    bd::model::Hit h;
    h.system = bd::model::SystemId::Vis;
    h.recordId = QStringLiteral("VIS-1");
    h.vis = bd::model::VisRecord { QStringLiteral("APP-1"), status, QStringLiteral("C"), QStringLiteral("ST1"), from,
        until, allowed, used, 90 };
    return h;
}

inline bd::model::Hit etiasHit(const QString& status, const QDate& until, const QStringList& flags = {})
{
    bd::model::Hit h;
    h.system = bd::model::SystemId::Etias;
    h.recordId = QStringLiteral("ETIAS-1");
    h.etias = bd::model::EtiasAuthorisation { status, until, flags, {} };
    return h;
}

inline bd::model::Hit eesHit(const QList<bd::model::EesMovement>& movements)
{
    bd::model::Hit h;
    h.system = bd::model::SystemId::Ees;
    h.recordId = QStringLiteral("EES-1");
    h.ees = bd::model::EesFile { movements, false };
    return h;
}

inline bd::results::UnifiedResult run(const bd::model::SearchRequest& req,
    const QList<bd::model::SystemEvent>& events,
    const bd::model::SearchSummary* summary = nullptr,
    const bd::results::CheckContext& ctx = context())
{
    bd::model::SearchSummary s;
    s.searchId = req.searchId;
    return bd::results::Unifier::unify(
        bd::results::SearchAnswers { req, events, summary ? *summary : s, std::nullopt, {} }, ctx);
}

} // namespace bd::testdata
