#include "services/results/Unifier.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace bd::results {

using namespace bd::gateway;

// ---- codes, regimes, presentation ---------------------------------------------------------------

QStringList actionCodesBySeverity()
{
    using namespace actions;
    return {QLatin1String(kArrest),          QLatin1String(kProtectPerson),       QLatin1String(kRefuseEntrySis),
            QLatin1String(kSeizeDocument),   QLatin1String(kSecondLineIdentity),  QLatin1String(kSecondLineDiscreet),
            QLatin1String(kSecondLineSpecific), QLatin1String(kSecondLineInquiry), QLatin1String(kSecondLineEtiasFlag),
            QLatin1String(kRefuseNoVisa),    QLatin1String(kRefuseNoEtias),       QLatin1String(kRefuseOverstay),
            QLatin1String(kCompleteChecksManually), QLatin1String(kAdmit)};
}

int actionRank(const QString& code)
{
    static const QStringList order = actionCodesBySeverity();
    const qsizetype i = order.indexOf(code);
    return i < 0 ? static_cast<int>(order.size()) : static_cast<int>(i);
}

VisaRegime regimeForNationality(const QString& code)
{
    // EU member states, EEA and Switzerland (ICAO codes; Germany is "D").
    static const QSet<QString> freeMovement {
        QStringLiteral("AUT"), QStringLiteral("BEL"), QStringLiteral("BGR"), QStringLiteral("HRV"), QStringLiteral("CYP"),
        QStringLiteral("CZE"), QStringLiteral("DNK"), QStringLiteral("EST"), QStringLiteral("FIN"), QStringLiteral("FRA"),
        QStringLiteral("D"),   QStringLiteral("DEU"), QStringLiteral("GRC"), QStringLiteral("HUN"), QStringLiteral("IRL"),
        QStringLiteral("ITA"), QStringLiteral("LVA"), QStringLiteral("LTU"), QStringLiteral("LUX"), QStringLiteral("MLT"),
        QStringLiteral("NLD"), QStringLiteral("POL"), QStringLiteral("PRT"), QStringLiteral("ROU"), QStringLiteral("SVK"),
        QStringLiteral("SVN"), QStringLiteral("ESP"), QStringLiteral("SWE"), QStringLiteral("ISL"), QStringLiteral("LIE"),
        QStringLiteral("NOR"), QStringLiteral("CHE")};
    // Annex II of Reg. (EU) 2018/1806 as amended (visa-exempt for short stays) [R: from memory of
    // the annex; verify before relying on a single entry]. Everything else is treated as Unknown,
    // and the answers (a VIS or ETIAS file) decide.
    static const QSet<QString> exempt {
        QStringLiteral("ALB"), QStringLiteral("AND"), QStringLiteral("ATG"), QStringLiteral("ARG"), QStringLiteral("AUS"),
        QStringLiteral("BHS"), QStringLiteral("BRB"), QStringLiteral("BIH"), QStringLiteral("BRA"), QStringLiteral("BRN"),
        QStringLiteral("CAN"), QStringLiteral("CHL"), QStringLiteral("COL"), QStringLiteral("CRI"), QStringLiteral("DMA"),
        QStringLiteral("SLV"), QStringLiteral("GEO"), QStringLiteral("GRD"), QStringLiteral("GTM"), QStringLiteral("HND"),
        QStringLiteral("ISR"), QStringLiteral("JPN"), QStringLiteral("KIR"), QStringLiteral("MKD"), QStringLiteral("MYS"),
        QStringLiteral("MHL"), QStringLiteral("MUS"), QStringLiteral("MEX"), QStringLiteral("FSM"), QStringLiteral("MDA"),
        QStringLiteral("MCO"), QStringLiteral("MNE"), QStringLiteral("NRU"), QStringLiteral("NZL"), QStringLiteral("NIC"),
        QStringLiteral("PLW"), QStringLiteral("PAN"), QStringLiteral("PRY"), QStringLiteral("PER"), QStringLiteral("KNA"),
        QStringLiteral("LCA"), QStringLiteral("VCT"), QStringLiteral("WSM"), QStringLiteral("SMR"), QStringLiteral("SRB"),
        QStringLiteral("SYC"), QStringLiteral("SGP"), QStringLiteral("SLB"), QStringLiteral("KOR"), QStringLiteral("TLS"),
        QStringLiteral("TON"), QStringLiteral("TTO"), QStringLiteral("TUV"), QStringLiteral("UKR"), QStringLiteral("ARE"),
        QStringLiteral("GBR"), QStringLiteral("USA"), QStringLiteral("URY"), QStringLiteral("VAT"), QStringLiteral("VEN"),
        QStringLiteral("HKG"), QStringLiteral("MAC"), QStringLiteral("RKS")};
    // Annex I (visa required), a representative part [R]; not listed → Unknown.
    static const QSet<QString> required {
        QStringLiteral("AFG"), QStringLiteral("DZA"), QStringLiteral("AGO"), QStringLiteral("ARM"), QStringLiteral("AZE"),
        QStringLiteral("BGD"), QStringLiteral("BLR"), QStringLiteral("BOL"), QStringLiteral("CHN"), QStringLiteral("CMR"),
        QStringLiteral("COD"), QStringLiteral("CUB"), QStringLiteral("EGY"), QStringLiteral("ETH"), QStringLiteral("GHA"),
        QStringLiteral("IND"), QStringLiteral("IDN"), QStringLiteral("IRN"), QStringLiteral("IRQ"), QStringLiteral("JAM"),
        QStringLiteral("JOR"), QStringLiteral("KAZ"), QStringLiteral("KEN"), QStringLiteral("LBN"), QStringLiteral("LBY"),
        QStringLiteral("MAR"), QStringLiteral("NGA"), QStringLiteral("PAK"), QStringLiteral("PHL"), QStringLiteral("RUS"),
        QStringLiteral("SAU"), QStringLiteral("SEN"), QStringLiteral("SYR"), QStringLiteral("THA"), QStringLiteral("TUN"),
        QStringLiteral("TUR"), QStringLiteral("UZB"), QStringLiteral("VNM"), QStringLiteral("YEM"), QStringLiteral("ZWE")};
    const QString c = code.trimmed().toUpper();
    if (freeMovement.contains(c))
        return VisaRegime::FreeMovement;
    if (exempt.contains(c))
        return VisaRegime::VisaExempt;
    if (required.contains(c))
        return VisaRegime::VisaRequired;
    return VisaRegime::Unknown;
}

TravellerContext contextFor(const SearchRequest& request)
{
    return TravellerContext {request.person.nationality, regimeForNationality(request.person.nationality)};
}

LinkPresentation presentLink(LinkColour colour)
{
    switch (colour) {
    case LinkColour::White:
        return {colour, linkColourKey(colour), QStringLiteral("#f5f5f5"), QStringLiteral("circle"),
                QStringLiteral("White link: same person, legitimately")};
    case LinkColour::Green:
        return {colour, linkColourKey(colour), QStringLiteral("#2e7d32"), QStringLiteral("square"),
                QStringLiteral("Green link: different persons, verified")};
    case LinkColour::Yellow:
        return {colour, linkColourKey(colour), QStringLiteral("#f9a825"), QStringLiteral("triangle"),
                QStringLiteral("Yellow link: unverified match — verify the identity")};
    case LinkColour::Red:
        return {colour, linkColourKey(colour), QStringLiteral("#c62828"), QStringLiteral("octagon"),
                QStringLiteral("Red link: identity fraud — unjustified use of identities or document")};
    }
    return {};
}

namespace {

int colourAlarm(LinkColour c)
{
    switch (c) {
    case LinkColour::Red:
        return 0;
    case LinkColour::Yellow:
        return 1;
    case LinkColour::Green:
        return 2;
    case LinkColour::White:
        return 3;
    }
    return 4;
}

QString decisionFor(const QString& code)
{
    using namespace actions;
    if (code == QLatin1String(kAdmit))
        return QStringLiteral("admit");
    if (code == QLatin1String(kRefuseEntrySis) || code == QLatin1String(kSeizeDocument) || code == QLatin1String(kRefuseNoVisa)
        || code == QLatin1String(kRefuseNoEtias) || code == QLatin1String(kRefuseOverstay))
        return QStringLiteral("refuse");
    return QStringLiteral("second-line");
}

QString reasonFor(const QString& code)
{
    using namespace actions;
    if (code == QLatin1String(kRefuseEntrySis))
        return QStringLiteral("H");
    if (code == QLatin1String(kSeizeDocument))
        return QStringLiteral("A");
    if (code == QLatin1String(kRefuseNoVisa))
        return QStringLiteral("C");
    if (code == QLatin1String(kRefuseNoEtias))
        return QStringLiteral("J");
    if (code == QLatin1String(kRefuseOverstay))
        return QStringLiteral("F");
    return {};
}

RequiredAction makeAction(const char* code, const QString& text, std::optional<SystemId> source = std::nullopt,
                          const QString& recordId = {})
{
    const QString c = QLatin1String(code);
    return RequiredAction {c, decisionFor(c), reasonFor(c), text, source, recordId};
}

QString markers(const SisAlert& a)
{
    return a.warningMarkers.isEmpty() ? QString()
                                      : QStringLiteral(" Warning markers: %1.").arg(a.warningMarkers.join(QStringLiteral(", ")));
}

QString systemNames(const QList<SystemId>& systems)
{
    QStringList names;
    for (SystemId s : systems)
        names.append(systemKey(s).toUpper());
    return names.join(QStringLiteral(", "));
}

bool answered(SystemStatus s)
{
    return s == SystemStatus::Hit || s == SystemStatus::NoHit || s == SystemStatus::NotAuthorised;
}

struct UnionFind
{
    explicit UnionFind(int n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int x)
    {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<int> parent;
};

QString refKey(SystemId s, const QString& recordId)
{
    return systemKey(s) + QLatin1Char('|') + recordId;
}

} // namespace

// ---- per-hit actions ----------------------------------------------------------------------------

RequiredAction Unifier::actionForHit(const Hit& hit)
{
    using namespace actions;
    if (hit.sis) {
        const SisAlert& a = *hit.sis;
        const QString& c = a.category;
        const QString m = markers(a);
        if (c == QLatin1String("arrest"))
            return makeAction(kArrest,
                              QStringLiteral("Refer to second line — SIS alert: arrest for surrender or extradition. "
                                             "Hold the person and follow the alert's instructions.%1").arg(m),
                              hit.system, hit.recordId);
        if (c == QLatin1String("missing-person"))
            return makeAction(kProtectPerson,
                              QStringLiteral("Refer to second line — SIS alert: missing or vulnerable person. "
                                             "Place the person under protection.%1").arg(m),
                              hit.system, hit.recordId);
        if (c == QLatin1String("refusal-of-entry"))
            return makeAction(kRefuseEntrySis,
                              QStringLiteral("Refuse entry (reason H) — SIS alert: refusal of entry and stay.%1").arg(m),
                              hit.system, hit.recordId);
        if (c == QLatin1String("object"))
            return makeAction(kSeizeDocument,
                              QStringLiteral("Refuse entry (reason A) and seize the document — SIS object alert: "
                                             "document %1.").arg(a.objectStatus.isEmpty() ? QStringLiteral("wanted") : a.objectStatus),
                              hit.system, hit.recordId);
        if (c == QLatin1String("discreet-check"))
            return makeAction(kSecondLineDiscreet,
                              QStringLiteral("Refer to second line — SIS alert: discreet check. Do not inform the traveller.%1").arg(m),
                              hit.system, hit.recordId);
        if (c == QLatin1String("specific-check"))
            return makeAction(kSecondLineSpecific,
                              QStringLiteral("Refer to second line — SIS alert: specific check. Search the person and "
                                             "belongings.%1").arg(m),
                              hit.system, hit.recordId);
        if (c == QLatin1String("inquiry-check"))
            return makeAction(kSecondLineInquiry,
                              QStringLiteral("Refer to second line — SIS alert: inquiry check. Interview the person.%1").arg(m),
                              hit.system, hit.recordId);
        if (c == QLatin1String("return") || c == QLatin1String("judicial-procedure"))
            return makeAction(kSecondLineInquiry,
                              QStringLiteral("Refer to second line — SIS alert: %1. Follow the alert's instructions.%2")
                                  .arg(c == QLatin1String("return") ? QStringLiteral("return decision")
                                                                    : QStringLiteral("sought for a judicial procedure"),
                                       m),
                              hit.system, hit.recordId);
        return makeAction(kSecondLineInquiry,
                          QStringLiteral("Refer to second line — SIS alert of an unrecognised category."), hit.system,
                          hit.recordId);
    }
    if (hit.system == SystemId::InterpolSltd || hit.system == SystemId::InterpolTdawn) {
        const QString what = hit.other && !hit.other->category.isEmpty() ? hit.other->category : QStringLiteral("listed");
        const QString text = hit.system == SystemId::InterpolSltd
            ? QStringLiteral("Refuse entry (reason A) and seize the document — Interpol SLTD: document reported %1.").arg(what)
            : QStringLiteral("Refuse entry (reason A) and seize the document — Interpol TDAWN: document linked to a notice "
                             "(%1). Do not inform the traveller.").arg(what);
        return makeAction(kSeizeDocument, text, hit.system, hit.recordId);
    }
    if (hit.etias && hit.etias->flags.contains(QLatin1String("second-line-check")))
        return makeAction(kSecondLineEtiasFlag,
                          QStringLiteral("Refer to second line — ETIAS: travel authorisation flagged for a second-line "
                                         "check (Art. 36(2))."),
                          hit.system, hit.recordId);
    return {};
}

// ---- identities ---------------------------------------------------------------------------------

QList<QList<int>> Unifier::groupIdentities(const QList<Hit>& hits, const QList<IdentityLink>& links)
{
    const int n = static_cast<int>(hits.size());
    UnionFind uf(n);
    QHash<QString, QList<int>> byRef;
    for (int i = 0; i < n; ++i)
        byRef[refKey(hits[i].system, hits[i].recordId)].append(i);
    QSet<QPair<int, int>> different; // green: verified different persons
    for (const IdentityLink& link : links) {
        QList<int> members;
        for (const RecordRef& r : link.records)
            members += byRef.value(refKey(r.system, r.recordId));
        if (link.colour == LinkColour::Green) {
            for (int a : members)
                for (int b : members)
                    if (a != b)
                        different.insert({a, b});
            continue;
        }
        for (int i = 1; i < members.size(); ++i)
            uf.unite(members.first(), members[i]);
    }
    // The same record id in the same system is the same record.
    for (const auto& same : std::as_const(byRef))
        for (int i = 1; i < same.size(); ++i)
            uf.unite(same.first(), same[i]);
    // Matching keys.
    QHash<QString, QList<int>> byKey;
    for (int i = 0; i < n; ++i) {
        const Hit& h = hits[i];
        if (!h.document.number.isEmpty() && !h.document.issuingState.isEmpty())
            byKey[QStringLiteral("doc|%1|%2").arg(h.document.issuingState, h.document.number)].append(i);
        if (!h.person.surname.isEmpty() && h.person.dateOfBirth.isValid())
            byKey[QStringLiteral("bio|%1|%2|%3")
                      .arg(h.person.surname, h.person.givenNames, h.person.dateOfBirth.toString(Qt::ISODate))]
                .append(i);
    }
    for (const auto& group : std::as_const(byKey))
        for (int i = 1; i < group.size(); ++i)
            if (!different.contains({group.first(), group[i]}))
                uf.unite(group.first(), group[i]);
    QMap<int, QList<int>> roots;
    for (int i = 0; i < n; ++i)
        roots[uf.find(i)].append(i);
    return roots.values();
}

// ---- VIS, ETIAS, EES ----------------------------------------------------------------------------

VisaSummary Unifier::summariseVisa(const QList<Hit>& visHits, const QDate& today)
{
    VisaSummary best;
    int bestScore = -1;
    for (const Hit& h : visHits) {
        if (!h.vis)
            continue;
        const VisRecord& v = *h.vis;
        VisaSummary s;
        s.present = true;
        s.status = v.status;
        s.visaType = v.visaType;
        s.validFrom = v.validFrom;
        s.validUntil = v.validUntil;
        s.entriesAllowed = v.entriesAllowed;
        s.entriesUsed = v.entriesUsed;
        const bool issued = v.status == QLatin1String("issued") || v.status == QLatin1String("extended");
        s.expired = issued && v.validUntil.isValid() && v.validUntil < today;
        s.exhausted = issued && v.entriesAllowed > 0 && v.entriesUsed >= v.entriesAllowed;
        const bool started = !v.validFrom.isValid() || v.validFrom <= today;
        s.valid = issued && started && v.validUntil.isValid() && !s.expired && !s.exhausted;
        if (s.valid)
            s.text = QStringLiteral("Valid %1 visa until %2, entries %3")
                         .arg(v.visaType, v.validUntil.toString(Qt::ISODate),
                              v.entriesAllowed == 0 ? QStringLiteral("multiple")
                                                    : QStringLiteral("%1 of %2 used").arg(v.entriesUsed).arg(v.entriesAllowed));
        else if (s.expired)
            s.text = QStringLiteral("Visa expired on %1").arg(v.validUntil.toString(Qt::ISODate));
        else if (s.exhausted)
            s.text = QStringLiteral("Visa entries exhausted (%1 of %2 used)").arg(v.entriesUsed).arg(v.entriesAllowed);
        else if (issued && !started)
            s.text = QStringLiteral("Visa not yet valid (from %1)").arg(v.validFrom.toString(Qt::ISODate));
        else
            s.text = QStringLiteral("Visa application %1").arg(v.status);
        const int score = (s.valid ? 1000000 : 0) + (v.validUntil.isValid() ? static_cast<int>(v.validUntil.toJulianDay() % 900000) : 0);
        if (score > bestScore) {
            bestScore = score;
            best = s;
        }
    }
    if (!best.present)
        best.text = QStringLiteral("No visa recorded in VIS");
    return best;
}

EtiasSummary Unifier::summariseEtias(const QList<Hit>& etiasHits, const QDate& today)
{
    EtiasSummary best;
    for (const Hit& h : etiasHits) {
        if (!h.etias)
            continue;
        const EtiasAuthorisation& a = *h.etias;
        EtiasSummary s;
        s.present = true;
        s.status = a.status;
        s.validUntil = a.validUntil;
        s.flags = a.flags;
        s.secondLineFlag = a.flags.contains(QLatin1String("second-line-check"));
        const bool inDate = !a.validUntil.isValid() || a.validUntil >= today;
        s.valid = a.status == QLatin1String("valid") && inDate;
        if (s.valid)
            s.text = QStringLiteral("Valid travel authorisation until %1").arg(a.validUntil.toString(Qt::ISODate));
        else if (a.status == QLatin1String("valid"))
            s.text = QStringLiteral("Travel authorisation expired on %1").arg(a.validUntil.toString(Qt::ISODate));
        else
            s.text = QStringLiteral("Travel authorisation %1").arg(a.status);
        if (!best.present || (s.valid && !best.valid))
            best = s;
    }
    if (!best.present)
        best.text = QStringLiteral("No travel authorisation recorded in ETIAS");
    return best;
}

QList<Stay> Unifier::staysFromMovements(const QList<EesMovement>& movements, const QDate& today)
{
    QList<EesMovement> sorted;
    for (const EesMovement& m : movements)
        if (m.date.isValid() && m.date <= today && (m.kind == QLatin1String("entry") || m.kind == QLatin1String("exit")))
            sorted.append(m);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const EesMovement& a, const EesMovement& b) { return a.date < b.date; });
    QList<Stay> stays;
    QDate open; // invalid: not in the area
    auto enter = [&stays, &open](const QDate& day) {
        if (open.isValid()) // a missing exit record: count the stay up to the day before this entry
            stays.append(Stay {open, std::max(open, day.addDays(-1))});
        if (!open.isValid() && !stays.isEmpty() && stays.last().exit >= day)
            open = stays.takeLast().entry; // re-entry on the day of the exit: one continuous stay
        else if (!open.isValid() || open < day)
            open = day;
    };
    auto leave = [&stays, &open](const QDate& day) {
        if (open.isValid()) {
            stays.append(Stay {open, day});
            open = QDate();
        }
    };
    // Within one day: when in the area, the exit comes first (left and came back); otherwise the
    // entry does (a same-day trip).
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        int entries = 0, exits = 0;
        while (j < sorted.size() && sorted[j].date == sorted[i].date) {
            (sorted[j].kind == QLatin1String("entry") ? entries : exits)++;
            ++j;
        }
        const QDate day = sorted[i].date;
        bool exitFirst = open.isValid();
        while (entries > 0 || exits > 0) {
            if (exitFirst && exits > 0) {
                leave(day);
                --exits;
            } else if (entries > 0) {
                enter(day);
                --entries;
            } else {
                leave(day);
                --exits;
            }
            exitFirst = open.isValid();
        }
        i = j;
    }
    if (open.isValid())
        stays.append(Stay {open, QDate()});
    return stays;
}

// ---- unify --------------------------------------------------------------------------------------

UnifiedResult Unifier::unify(const SearchRequest& request, const QList<SystemEvent>& events, const SearchSummary* summary,
                             const QDate& today, const TravellerContext& traveller)
{
    using namespace actions;
    UnifiedResult r;
    r.searchId = request.searchId;
    r.traveller = traveller;

    // Per-system final status: every asked system appears, the last answer wins.
    QList<SystemId> asked = request.systems.isEmpty() ? allSystems() : request.systems;
    QHash<int, SystemEvent> last;
    for (const SystemEvent& e : events) {
        last.insert(static_cast<int>(e.system), e);
        if (!asked.contains(e.system))
            asked.append(e.system);
    }
    if (summary)
        for (SystemId s : summary->withheld)
            if (!asked.contains(s))
                asked.append(s);
    std::sort(asked.begin(), asked.end());
    QList<Hit> hits;
    for (SystemId s : asked) {
        SystemLine line;
        line.system = s;
        if (const auto it = last.constFind(static_cast<int>(s)); it != last.cend()) {
            line.status = it->status;
            line.latencyMs = it->latencyMs;
            line.detail = it->detail;
            if (it->status == SystemStatus::Hit) {
                line.hitCount = static_cast<int>(it->hits.size());
                hits += it->hits;
            }
        } else if (summary && summary->withheld.contains(s)) {
            line.status = SystemStatus::NotAuthorised;
        }
        if (line.status == SystemStatus::NotAuthorised)
            r.withheld.append(s);
        else if (!answered(line.status))
            r.unanswered.append(s);
        r.systems.append(line);
    }
    r.complete = r.unanswered.isEmpty();

    // Regime: the caller's, else the nationality's, else what the answers show.
    VisaRegime regime = traveller.regime;
    if (regime == VisaRegime::Unknown)
        regime = regimeForNationality(traveller.nationality.isEmpty() ? request.person.nationality : traveller.nationality);
    QList<Hit> visHits, etiasHits;
    QList<EesMovement> movements;
    bool eesFile = false;
    for (const Hit& h : hits) {
        if (h.vis)
            visHits.append(h);
        if (h.etias)
            etiasHits.append(h);
        if (h.ees) {
            eesFile = true;
            movements += h.ees->movements;
        }
    }
    if (regime == VisaRegime::Unknown && !visHits.isEmpty())
        regime = VisaRegime::VisaRequired;
    else if (regime == VisaRegime::Unknown && !etiasHits.isEmpty())
        regime = VisaRegime::VisaExempt;
    r.traveller.regime = regime;
    if (r.traveller.nationality.isEmpty())
        r.traveller.nationality = request.person.nationality;

    r.visa = summariseVisa(visHits, today);
    r.etias = summariseEtias(etiasHits, today);
    if (eesFile && regime != VisaRegime::FreeMovement) {
        r.stay.applicable = true;
        const QList<Stay> stays = staysFromMovements(movements, today);
        const auto assessment = StayCalculator::assess(stays, today);
        if (assessment) {
            r.stay.assessment = *assessment;
            r.stay.daysAllowedFromToday = assessment->daysAllowedFromControl;
        } else {
            r.stay.problem = assessment.error().detail;
        }
    }

    // Candidate actions.
    QList<RequiredAction> candidates;
    QList<RankedHit> ranked;
    for (const Hit& h : hits) {
        const RequiredAction a = actionForHit(h);
        RankedHit rh;
        rh.hit = h;
        rh.actionCode = a.code;
        rh.rank = a.code.isEmpty() ? actionRank(QLatin1String(kAdmit)) + 1 : actionRank(a.code);
        rh.summary = a.code.isEmpty() ? QStringLiteral("%1 record").arg(systemKey(h.system).toUpper()) : a.text;
        ranked.append(rh);
        if (!a.code.isEmpty())
            candidates.append(a);
    }
    const QList<IdentityLink> links = summary ? summary->links : QList<IdentityLink>();
    for (const IdentityLink& link : links) {
        if (link.colour == LinkColour::Red)
            candidates.append(makeAction(kSecondLineIdentity,
                                         QStringLiteral("Refer to second line — red identity link: the identity or document "
                                                        "is used unjustifiably. Establish the identity.")));
        else if (link.colour == LinkColour::Yellow)
            candidates.append(makeAction(kSecondLineIdentity,
                                         QStringLiteral("Refer to second line — yellow identity link: an unverified match "
                                                        "between records. Verify the identity manually.")));
    }
    const bool entryConditions = request.purpose == Purpose::EntryCheck || request.purpose == Purpose::Training;
    auto statusOf = [&r](SystemId s) {
        for (const SystemLine& l : std::as_const(r.systems))
            if (l.system == s)
                return l.status;
        return SystemStatus::Pending;
    };
    if (entryConditions && regime == VisaRegime::VisaRequired) {
        const SystemStatus vis = statusOf(SystemId::Vis);
        if ((vis == SystemStatus::Hit || vis == SystemStatus::NoHit) && !r.visa.valid)
            candidates.append(makeAction(kRefuseNoVisa,
                                         QStringLiteral("Refuse entry (reason C) — VIS: no valid visa (%1).").arg(r.visa.text),
                                         SystemId::Vis));
    }
    if (entryConditions && regime == VisaRegime::VisaExempt) {
        const SystemStatus etias = statusOf(SystemId::Etias);
        if ((etias == SystemStatus::Hit || etias == SystemStatus::NoHit) && !r.etias.valid)
            candidates.append(makeAction(kRefuseNoEtias,
                                         QStringLiteral("Refuse entry (reason J) — ETIAS: no valid travel authorisation (%1).")
                                             .arg(r.etias.text),
                                         SystemId::Etias));
    }
    if (entryConditions && r.stay.assessment && r.stay.daysAllowedFromToday == 0)
        candidates.append(makeAction(kRefuseOverstay,
                                     QStringLiteral("Refuse entry (reason F) — EES: the 90 days in any 180 are used up "
                                                    "(%1 days used in the window ending today).")
                                         .arg(r.stay.assessment->daysUsed),
                                     SystemId::Ees));
    if (!r.unanswered.isEmpty())
        candidates.append(makeAction(kCompleteChecksManually,
                                     QStringLiteral("Complete the checks manually — no answer from %1. The check is "
                                                    "incomplete; this is not a no-hit.")
                                         .arg(systemNames(r.unanswered))));
    if (candidates.isEmpty())
        candidates.append(makeAction(kAdmit, QStringLiteral("Admit — every system answered and nothing stands in the way.")));
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const RequiredAction& a, const RequiredAction& b) { return actionRank(a.code) < actionRank(b.code); });
    r.requiredAction = candidates.takeFirst();
    for (const RequiredAction& a : std::as_const(candidates)) {
        bool duplicate = a == r.requiredAction;
        for (const RequiredAction& o : std::as_const(r.otherActions))
            duplicate = duplicate || o == a;
        if (!duplicate)
            r.otherActions.append(a);
    }

    // Identities.
    const QList<QList<int>> groups = groupIdentities(hits, links);
    for (const QList<int>& group : groups) {
        Identity id;
        QSet<QString> refs;
        for (int i : group) {
            id.hits.append(ranked[i]);
            refs.insert(refKey(hits[i].system, hits[i].recordId));
        }
        std::stable_sort(id.hits.begin(), id.hits.end(), [](const RankedHit& a, const RankedHit& b) { return a.rank < b.rank; });
        id.rank = id.hits.first().rank;
        for (const RankedHit& h : std::as_const(id.hits)) {
            if (id.person.surname.isEmpty() && !h.hit.person.surname.isEmpty())
                id.person = h.hit.person;
            if (id.document.number.isEmpty() && !h.hit.document.number.isEmpty())
                id.document = h.hit.document;
        }
        QList<LinkColour> colours;
        for (const IdentityLink& link : links) {
            const bool touches = std::any_of(link.records.cbegin(), link.records.cend(), [&refs](const RecordRef& ref) {
                return refs.contains(refKey(ref.system, ref.recordId));
            });
            if (!touches)
                continue;
            id.links.append(link);
            if (!colours.contains(link.colour))
                colours.append(link.colour);
        }
        std::sort(colours.begin(), colours.end(), [](LinkColour a, LinkColour b) { return colourAlarm(a) < colourAlarm(b); });
        for (LinkColour c : colours)
            id.linkPresentations.append(presentLink(c));
        r.identities.append(id);
    }
    std::stable_sort(r.identities.begin(), r.identities.end(),
                     [](const Identity& a, const Identity& b) { return a.rank < b.rank; });
    for (int i = 0; i < r.identities.size(); ++i)
        r.identities[i].identityId = QStringLiteral("identity-%1").arg(i + 1);
    return r;
}

} // namespace bd::results
