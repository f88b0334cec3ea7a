// Identities, identity links and the actions of hits (R01-R22).
#include "services/results/RuleSupport.h"
#include "services/results/Unifier.h"
#include "services/results/Verdict.h"
#include "services/results/VisaList.h"

namespace bd::results::detail {

using namespace bd::results::rules;

namespace {

// The hits a link names.
QList<int> linkMembers(const IdentityLink& link, const QHash<QString, QList<int>>& byRef)
{
    QList<int> members;
    for (const RecordRef& r : link.records)
        members += byRef.value(refKey(r.system, r.recordId));
    return members;
}

// The hits by document (issuing state and number) and by person (name and date of birth).
QHash<QString, QList<int>> identityKeys(const QList<Hit>& hits)
{
    QHash<QString, QList<int>> byKey;
    for (int i = 0; i < static_cast<int>(hits.size()); ++i) {
        const Hit& h = hits[i];
        if (!h.document.number.isEmpty() && !h.document.issuingState.isEmpty())
            byKey[QStringLiteral("doc|%1|%2").arg(h.document.issuingState, h.document.number)].append(i);
        if (!h.person.surname.isEmpty() && h.person.dateOfBirth.isValid())
            byKey[QStringLiteral("bio|%1|%2|%3").arg(h.person.surname, h.person.givenNames, iso(h.person.dateOfBirth))]
                .append(i);
    }
    return byKey;
}

// The traveller's group first (hits in a traveller root and not excluded), then the others by root.
QList<QList<int>> splitTraveller(UnionFind& uf,
    int n,
    const QSet<int>& travellerRoots,
    const QHash<int, ResultNotice>& excluded,
    QSet<int>* travellerHits)
{
    QList<int> traveller;
    QMap<int, QList<int>> others;
    for (int i = 0; i < n; ++i) {
        if (travellerRoots.contains(uf.find(i)) && !excluded.contains(i)) {
            traveller.append(i);
            travellerHits->insert(i);
        } else {
            others[uf.find(i)].append(i);
        }
    }
    QList<QList<int>> out;
    if (!traveller.isEmpty())
        out.append(traveller);
    out += others.values();
    return out;
}

} // namespace

QList<QList<int>> Verdict::groups(QSet<int>* travellerHits, QHash<int, ResultNotice>* excluded) const
{
    const QList<Hit>& hits = m_hits;
    const int n = static_cast<int>(hits.size());
    const QList<IdentityLink> links = m_in.summary ? m_in.summary->links : QList<IdentityLink>();
    QHash<QString, QList<int>> byRef;
    for (int i = 0; i < n; ++i)
        byRef[refKey(hits[i].system, hits[i].recordId)].append(i);
    const auto docMatch = [&](const Hit& h) {
        return !h.document.number.isEmpty() && h.document.number == m_req.document.number
            && (h.document.issuingState.isEmpty() || h.document.issuingState == m_req.document.issuingState);
    };
    const auto noPersonData = [](const Hit& h) { return h.person.surname.isEmpty() && h.document.number.isEmpty(); };
    const auto nameMatch = [&](const Hit& h) {
        return !h.person.surname.isEmpty() && h.person.surname == m_req.person.surname && h.person.dateOfBirth.isValid()
            && h.person.dateOfBirth == m_req.person.dateOfBirth
            && (h.person.givenNames.isEmpty() || h.person.givenNames == m_req.person.givenNames);
    };
    // Green links: a record verified to belong to another person than one of the traveller's own
    // records (found by the document or returned without person data) is not the traveller's.
    QSet<QPair<int, int>> different;
    for (const IdentityLink& link : links) {
        if (link.colour != LinkColour::Green)
            continue;
        const QList<int> members = linkMembers(link, byRef);
        for (int a : members)
            for (int b : members) {
                if (a == b)
                    continue;
                different.insert({ a, b });
                const bool aTraveller = docMatch(hits[a]) || noPersonData(hits[a]);
                if (aTraveller && !docMatch(hits[b]) && !(noPersonData(hits[b])))
                    excluded->insert(b,
                        ResultNotice {
                            NoticeCode::DifferentPersonGreenLink, { link.linkId, link.verifyingAuthority } });
            }
    }
    UnionFind uf(n);
    const auto unite = [&](int a, int b) {
        if (excluded->contains(a) == excluded->contains(b) && !different.contains({ a, b }))
            uf.unite(a, b);
    };
    for (const auto& same : std::as_const(byRef))
        for (int i = 1; i < same.size(); ++i)
            uf.unite(same.first(), same[i]);
    for (const IdentityLink& link : links) {
        if (link.colour != LinkColour::White)
            continue; // red and yellow links join records of possibly different persons: kept apart
        const QList<int> members = linkMembers(link, byRef);
        for (int i = 1; i < members.size(); ++i)
            unite(members.first(), members[i]);
    }
    const QHash<QString, QList<int>> byKey = identityKeys(hits);
    for (const auto& group : byKey)
        for (int i = 1; i < group.size(); ++i)
            unite(group.first(), group[i]);
    QSet<int> travellerRoots;
    for (int i = 0; i < n; ++i)
        if (!excluded->contains(i) && (docMatch(hits[i]) || noPersonData(hits[i]) || nameMatch(hits[i])))
            travellerRoots.insert(uf.find(i));
    return splitTraveller(uf, n, travellerRoots, *excluded, travellerHits);
}

void Verdict::hitActions()
{
    m_groups = groups(&m_travellerHits, &m_excluded);
    m_hitActions.clear();
    m_hitActions.reserve(m_hits.size());
    for (int i = 0; i < m_hits.size(); ++i) {
        m_hitActions.append(Unifier::actionForHit(m_hits[i], m_req.purpose)); // once per hit, kept for the identities
        if (!m_excluded.contains(i) && m_hitActions.last())
            add(*m_hitActions.last());
    }
    if (!m_excluded.isEmpty())
        appendNotice(m_r.notes, { NoticeCode::RecordsOfAnotherPerson, { static_cast<int>(m_excluded.size()) } });
}

void Verdict::linkActions()
{
    if (!m_in.summary)
        return;
    for (const IdentityLink& link : m_in.summary->links) {
        if (link.colour == LinkColour::Red)
            add(ActionCode::SecondLineIdentity,
                QStringLiteral("Refer to second line — red identity link: an identity or document is used "
                               "unjustifiably. Consult the linked records and establish the identity (SBC Art. 8(4a); "
                               "Reg. (EU) 2019/817 Art. 32)."));
        else if (link.colour == LinkColour::Yellow)
            add(ActionCode::SecondLineIdentity,
                QStringLiteral("Refer to second line — yellow identity link: an unverified match between records of "
                               "possibly different persons. Verify and classify the link (SBC Art. 8(4a); Reg. (EU) "
                               "2019/817 Art. 29-30)."));
    }
}

void Verdict::buildIdentities()
{
    const QList<IdentityLink> links = m_in.summary ? m_in.summary->links : QList<IdentityLink>();
    for (const QList<int>& group : std::as_const(m_groups)) {
        Identity id;
        QSet<QString> refs;
        for (int i : group) {
            const Hit& h = m_hits[i];
            const std::optional<RequiredAction>& a = m_hitActions.at(i);
            RankedHit rh;
            rh.hit = h;
            if (a)
                rh.actionCode = a->code;
            rh.rank = actionRank(rh.actionCode);
            rh.summary = a ? a->text : QStringLiteral("%1 record").arg(systemKey(h.system).toUpper());
            rh.excluded = m_excluded.contains(i);
            if (rh.excluded) {
                id.excluded = true;
                id.exclusionReason = m_excluded.value(i);
            }
            id.hits.append(rh);
            refs.insert(refKey(h.system, h.recordId));
        }
        std::stable_sort(
            id.hits.begin(), id.hits.end(), [](const RankedHit& a, const RankedHit& b) { return a.rank < b.rank; });
        id.rank = id.hits.first().rank;
        id.traveller = m_travellerHits.contains(group.first());
        if (id.traveller) {
            id.person = m_req.person;
            id.document = m_req.document;
        } else {
            for (const RankedHit& h : std::as_const(id.hits)) {
                if (id.person.surname.isEmpty() && !h.hit.person.surname.isEmpty())
                    id.person = h.hit.person;
                if (id.document.number.isEmpty() && !h.hit.document.number.isEmpty())
                    id.document = h.hit.document;
            }
        }
        QList<LinkColour> colours;
        for (const IdentityLink& link : links) {
            const bool touches = std::any_of(link.records.cbegin(), link.records.cend(),
                [&refs](const RecordRef& ref) { return refs.contains(refKey(ref.system, ref.recordId)); });
            if (!touches)
                continue;
            id.links.append(link);
            if (!colours.contains(link.colour))
                colours.append(link.colour);
        }
        std::sort(
            colours.begin(), colours.end(), [](LinkColour a, LinkColour b) { return colourAlarm(a) < colourAlarm(b); });
        for (LinkColour c : colours)
            id.linkPresentations.append(presentLink(c));
        m_r.identities.append(id);
    }
    // The traveller first, then the others by severity, verified-different persons last.
    std::stable_sort(m_r.identities.begin(), m_r.identities.end(), [](const Identity& a, const Identity& b) {
        if (a.traveller != b.traveller)
            return a.traveller;
        if (a.excluded != b.excluded)
            return !a.excluded;
        return a.rank < b.rank;
    });
    for (int i = 0; i < m_r.identities.size(); ++i)
        m_r.identities[i].identityId = QStringLiteral("identity-%1").arg(i + 1);
}

} // namespace bd::results::detail
