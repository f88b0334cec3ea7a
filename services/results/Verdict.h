#pragma once

#include "services/results/CheckFacts.h"
#include "services/results/UnifiedResult.h"

#include <QHash>
#include <QList>
#include <QSet>

// One run of the decision rules of docs/decision-rules.md over one search. Internal to
// services/results: Unifier::unify is the interface. The steps live in three files: Verdict.cpp
// (answers, integrity, regime, declarations, document, completeness, choice),
// VerdictConditions.cpp (visa, ETIAS, stay, exit) and VerdictIdentities.cpp (identities, links,
// hit actions).
namespace bd::results::detail {

using namespace bd::model;

class Verdict
{
public:
    Verdict(const SearchAnswers& answers, const CheckContext& context)
        : m_in(answers)
        , m_ctx(context)
        , m_req(answers.request)
    {
        m_r.searchId = m_req.searchId;
        m_r.purpose = m_req.purpose;
        m_r.document = context.document;
        m_r.declarations = context.declarations;
        m_r.cachedAt = answers.cachedAt;
    }

    UnifiedResult run();

private:
    void add(const RequiredAction& a) { m_candidates.append(a); }
    void add(ActionCode code, const QString& text, std::optional<SystemId> source = std::nullopt);
    SystemStatus statusOf(SystemId s) const;
    bool answeredHitOrNoHit(SystemId s) const;

    // Every asked system, with the one answer it gave to this search; anything else is an error.
    void collectSystems();

    void takeAnswer(SystemLine& line, const QList<SystemEvent>& got);

    void checkIntegrity();

    void findRegime();

    void summarise();

    void hitActions();
    void linkActions();
    void declarationActions();
    void documentActions();
    void entryConditions();
    void visaCondition();
    void etiasCondition();
    void stayCondition();
    void exitConditions();
    void completeness();
    void choose();
    void buildIdentities();
    QList<QList<int>> groups(QSet<int>* travellerHits, QHash<int, ResultNotice>* excluded) const;

    const SearchAnswers& m_in;
    const CheckContext& m_ctx;
    const SearchRequest& m_req;
    UnifiedResult m_r;
    QHash<int, QList<Hit>> m_hitsBySystem;
    QList<Hit> m_hits;
    QList<RequiredAction> m_candidates;
    QList<EesMovement> m_movements;
    bool m_eesFile = false;
    bool m_overstayFlag = false;
    QSet<int> m_travellerHits;
    QHash<int, ResultNotice> m_excluded; // hit index -> why it is not acted on
    QList<QList<int>> m_groups;
    // What each hit alone requires (nullopt: informational), by hit index.
    QList<std::optional<RequiredAction>> m_hitActions;
};

} // namespace bd::results::detail
