// The frame of the decision rules (docs/decision-rules.md): answers, integrity, regime,
// declarations, the document, completeness and the choice of the one required action.
#include "services/results/Verdict.h"
#include "services/results/RuleSupport.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"

#include <algorithm>

namespace bd::results::detail {

using namespace bd::results::rules;

UnifiedResult Verdict::run()
{
    collectSystems();
    checkIntegrity();
    findRegime();
    summarise();
    hitActions();
    linkActions();
    declarationActions();
    documentActions();
    if (isEntry(m_req.purpose))
        entryConditions();
    else if (m_req.purpose == Purpose::ExitCheck)
        exitConditions();
    completeness();
    choose();
    buildIdentities();
    return std::move(m_r);
}

void Verdict::add(ActionCode code, const QString& text, std::optional<SystemId> source)
{
    m_candidates.append(makeAction(code, text, source));
}

SystemStatus Verdict::statusOf(SystemId s) const
{
    for (const SystemLine& l : m_r.systems)
        if (l.system == s)
            return l.status;
    return SystemStatus::Pending;
}

bool Verdict::answeredHitOrNoHit(SystemId s) const
{
    const SystemStatus st = statusOf(s);
    return st == SystemStatus::Hit || st == SystemStatus::NoHit;
}

void Verdict::collectSystems()
{
    QList<SystemId> asked = m_req.systems.isEmpty() ? allSystems() : m_req.systems;
    QHash<int, QList<SystemEvent>> bySystem;
    for (const SystemEvent& e : m_in.events) {
        if (!asked.contains(e.system))
            asked.append(e.system);
        bySystem[static_cast<int>(e.system)].append(e);
    }
    const QList<SystemId> withheld = m_in.summary ? m_in.summary->withheld : QList<SystemId>();
    for (SystemId s : withheld)
        if (!asked.contains(s))
            asked.append(s);
    std::sort(asked.begin(), asked.end());
    for (SystemId s : asked) {
        SystemLine line;
        line.system = s;
        const QList<SystemEvent> got = bySystem.value(static_cast<int>(s));
        if (!got.isEmpty())
            takeAnswer(line, got);
        else if (withheld.contains(s))
            line.status = SystemStatus::NotAuthorised;
        if (line.status != SystemStatus::NotAuthorised && withheld.contains(s) && !got.isEmpty()) {
            line.status = SystemStatus::Error;
            line.detail.clear();
            line.rejection = ResultNotice { NoticeCode::AnsweredAlthoughWithheld, {} };
            line.hitCount = 0;
            m_hitsBySystem.remove(static_cast<int>(s));
        }
        if (line.status == SystemStatus::NotAuthorised)
            m_r.withheld.append(s);
        else if (!answered(line.status))
            m_r.unanswered.append(s);
        m_r.systems.append(line);
    }
    for (SystemId s : asked)
        m_hits += m_hitsBySystem.value(static_cast<int>(s));
}

void Verdict::takeAnswer(SystemLine& line, const QList<SystemEvent>& got)
{
    const SystemEvent& e = got.first();
    const auto fail = [&line](NoticeCode why, const QVariantList& args = {}) {
        line.status = SystemStatus::Error;
        line.detail.clear();
        line.rejection = ResultNotice { why, args };
        line.hitCount = 0;
    };
    line.status = e.status;
    line.latencyMs = e.latencyMs;
    line.detail = e.detail;
    for (const SystemEvent& other : got)
        if (other.searchId != m_req.searchId)
            return fail(NoticeCode::AnswerOfAnotherSearch);
    for (const SystemEvent& other : got)
        if (!(other == e))
            return fail(NoticeCode::ConflictingAnswers);
    if (e.status == SystemStatus::Pending)
        return fail(NoticeCode::AnswerStillPending);
    if (e.status == SystemStatus::Hit && e.hits.isEmpty())
        return fail(NoticeCode::HitWithoutRecord);
    if (e.status != SystemStatus::Hit && !e.hits.isEmpty())
        return fail(NoticeCode::RecordsWithoutHit);
    for (const Hit& h : e.hits) {
        if (h.system != e.system)
            return fail(NoticeCode::RecordOfAnotherSystem);
        if (const QString block = missingBlock(h); !block.isEmpty())
            return fail(NoticeCode::HitWithoutBlock, { block });
    }
    if (e.status == SystemStatus::Hit) {
        line.hitCount = static_cast<int>(e.hits.size());
        m_hitsBySystem.insert(static_cast<int>(e.system), e.hits);
    }
}

void Verdict::checkIntegrity()
{
    QList<ResultNotice>& problems = m_r.integrityProblems;
    if (m_in.streamError)
        appendNotice(problems, { NoticeCode::StreamError, { m_in.streamError->code, m_in.streamError->detail } });
    if (!m_in.summary)
        appendNotice(problems, { NoticeCode::SummaryMissing, {} });
    else if (m_in.summary->searchId != m_req.searchId)
        appendNotice(problems, { NoticeCode::SummaryOfAnotherSearch, {} });
    m_r.complete = m_r.unanswered.isEmpty() && m_r.integrityProblems.isEmpty() && !m_in.cachedAt.isValid();
}

void Verdict::findRegime()
{
    TravellerContext& t = m_r.traveller;
    t.nationality = m_req.person.nationality;
    if (m_ctx.visaList)
        t.finding = m_ctx.visaList->find(m_req.document, m_req.person, m_ctx.today);
    else
        t.finding.note = QStringLiteral("no visa list loaded");
    t.regime = t.finding.regime;
    const auto& dob = m_req.person.dateOfBirth;
    if (dob.isValid() && dob <= m_ctx.today) {
        int age = m_ctx.today.year() - dob.year();
        if (QDate(m_ctx.today.year(), dob.month(), 1).addDays(dob.day() - 1) > m_ctx.today)
            --age;
        t.ageYears = age;
    }
    if (const auto& res = m_ctx.declarations.residence) {
        if (res->validUntil.isValid() && res->validUntil >= m_ctx.today)
            t.residence = res;
        else
            appendNotice(
                m_r.notes, { NoticeCode::ResidenceNotValid, { residenceKindKey(res->kind), res->validUntil } });
    }
}

void Verdict::summarise()
{
    QList<Hit> visHits, etiasHits;
    for (const Hit& h : m_hits) {
        if (h.vis)
            visHits.append(h);
        if (h.etias)
            etiasHits.append(h);
        if (h.ees) {
            m_eesFile = true;
            m_movements += h.ees->movements;
            m_overstayFlag = m_overstayFlag || h.ees->overstayFlag;
        }
    }
    m_r.visa = Unifier::summariseVisa(visHits, m_ctx.today);
    m_r.etias = Unifier::summariseEtias(etiasHits, m_ctx.today);
}

void Verdict::declarationActions()
{
    const OfficerDeclarations& d = m_ctx.declarations;
    if (d.asylumRequest)
        add(ActionCode::SecondLineAsylum,
            QStringLiteral(
                "Refer to second line — the traveller asks for international protection. Register the request "
                "and hand over to the asylum authority; a refusal of entry must not prevent it (SBC Art. 3(b) "
                "and 4; Directive 2013/32/EU Art. 6 and 8)."));
    if (d.unaccompaniedMinor)
        add(ActionCode::SecondLineMinor,
            QStringLiteral(
                "Refer to second line — unaccompanied minor: check the documents and the purpose thoroughly to "
                "make sure the minor does not travel against the wishes of those with parental "
                "responsibility (SBC Annex VII point 6)."));
    if (d.faceMismatch)
        add(ActionCode::SecondLineIdentity,
            QStringLiteral(
                "Refer to second line — the live face does not match the document portrait. Establish whether "
                "the traveller is the rightful holder (SBC Art. 8(3)(a)(i))."));
    const int age = m_r.traveller.ageYears;
    if (age >= 0 && age < 18 && !d.unaccompaniedMinor)
        appendNotice(m_r.notes, { NoticeCode::MinorCheckConsent, { age } });
}

void Verdict::documentActions()
{
    const DocumentFacts& doc = m_ctx.document;
    for (const ResultNotice& warning : doc.warnings)
        appendNotice(m_r.notes, warning);
    if (!doc.read) {
        add(ActionCode::VerifyDocument,
            QStringLiteral("Complete the checks manually — no machine-readable zone was read for this check. Read or "
                           "type the zone and check the document by hand."));
        return;
    }
    if (!doc.zoneValid)
        add(ActionCode::VerifyDocument,
            QStringLiteral("Complete the checks manually — the zone is not valid (%1). The search may have run on "
                           "misread data: compare the zone with the data page, correct it and repeat the check.")
                .arg(
                    doc.problems.isEmpty() ? QStringLiteral("check digits") : doc.problems.join(QStringLiteral("; "))));
    if (!doc.unverifiedFields.isEmpty())
        add(ActionCode::VerifyDocument,
            QStringLiteral("Complete the checks manually — characters in %1 were corrected or read with low "
                           "confidence, and no check digit covers them: verify them against the visual zone and "
                           "repeat the check if they differ.")
                .arg(doc.unverifiedFields.join(QStringLiteral(", "))));
    if (!doc.dateOfExpiry.isValid()) {
        // The French identity card issued before 2021 has no expiry in its zone (docs/document-reading.md).
        const bool notInZone = std::any_of(doc.warnings.cbegin(), doc.warnings.cend(), [](const ResultNotice& w) {
            return !w.args.isEmpty() && w.args.first().toString() == QLatin1String("noExpiryInZone");
        });
        if (doc.zoneValid)
            add(ActionCode::VerifyDocument,
                notInZone ? QStringLiteral("Complete the checks manually — the zone of this document has no expiry "
                                           "date: read the expiry date from the card.")
                          : QStringLiteral("Complete the checks manually — the expiry date cannot be read."));
        return;
    }
    const bool expired = doc.dateOfExpiry < m_ctx.today;
    if (!isEntry(m_req.purpose)) {
        if (expired)
            appendNotice(m_r.notes, { NoticeCode::DocumentExpiredAtExit, { doc.dateOfExpiry } });
        return;
    }
    const bool resident = m_r.traveller.residence.has_value();
    if (m_r.traveller.regime == VisaRegime::FreeMovement) {
        if (expired)
            add(ActionCode::VerifyFreeMovement,
                QStringLiteral(
                    "Verify — the travel document expired on %1. A citizen of the EU, EEA or Switzerland may "
                    "prove identity and nationality by other means (Directive 2004/38/EC Art. 5(4)); this is "
                    "no refusal.")
                    .arg(iso(doc.dateOfExpiry)));
        return;
    }
    if (expired) {
        add(ActionCode::RefuseNoValidDocument,
            QStringLiteral("Refuse entry (reason A) — the travel document expired on %1 (SBC Art. 6(1)(a)).")
                .arg(iso(doc.dateOfExpiry)));
        return;
    }
    const QDate latest = doc.dateOfExpiry.addMonths(-3);
    if (latest < m_ctx.today) {
        if (resident)
            appendNotice(m_r.notes, { NoticeCode::DocumentExpiresWithinThreeMonths, { doc.dateOfExpiry } });
        else
            add(ActionCode::RefuseNoValidDocument,
                QStringLiteral(
                    "Refuse entry (reason A) — the travel document expires on %1, less than three months after "
                    "any departure (SBC Art. 6(1)(a)(i)). Only a justified emergency allows a waiver.")
                    .arg(iso(doc.dateOfExpiry)));
        return;
    }
    m_r.stay.latestDepartureForDocument = latest;
}

void Verdict::completeness()
{
    if (const auto& listed = m_ctx.offlineHotlist) {
        // The workstation's copy of an alert, not the alert: what it lists where the listed step is
        // itself a holding one; a refusal waits for the alert confirmed online (R56).
        const auto code = actionFromKey(listed->action);
        const ActionCode action = code == ActionCode::Arrest || code == ActionCode::SeizeDocument
            ? *code
            : (code == ActionCode::RefuseEntrySis ? ActionCode::SecondLineRecord : ActionCode::SecondLineInquiry);
        add(action,
            QStringLiteral("Offline hotlist hit (%1, listed action: %2) — the gateway cannot be reached: hold the "
                           "traveller and the document in second line and confirm the alert online or through "
                           "SIRENE / the NCB before any final measure.")
                .arg(listed->kind, listed->action));
    }
    if (m_in.cachedAt.isValid())
        add(ActionCode::CompleteChecksManually,
            QStringLiteral(
                "Complete the checks manually — the gateway cannot be reached and these answers are the local "
                "cache's of %1 UTC, not a check made now (SBC Art. 8(2)-(3)). Repeat the search when "
                "online.")
                .arg(m_in.cachedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (!m_r.unanswered.isEmpty()) {
        QStringList why;
        for (const SystemLine& l : std::as_const(m_r.systems))
            if (m_r.unanswered.contains(l.system))
                why.append(QStringLiteral("%1: %2").arg(systemKey(l.system).toUpper(),
                    systemLineDetail(l).isEmpty() ? statusKey(l.status) : systemLineDetail(l)));
        add(ActionCode::CompleteChecksManually,
            QStringLiteral(
                "Complete the checks manually — no usable answer from %1 (%2). The check is incomplete; this is "
                "not a no-hit. Repeat the query for those systems.")
                .arg(systemNames(m_r.unanswered), why.join(QStringLiteral("; "))));
    }
    if (!m_r.integrityProblems.isEmpty())
        add(ActionCode::CompleteChecksManually,
            QStringLiteral("Complete the checks manually — the answers cannot be trusted as a whole (%1). Repeat the "
                           "search.")
                .arg(noticeTexts(m_r.integrityProblems).join(QStringLiteral("; "))));
    if (m_req.purpose == Purpose::EntryCheck || m_req.purpose == Purpose::ExitCheck
        || m_req.purpose == Purpose::Training) {
        QList<SystemId> mandatory;
        for (SystemId s : { SystemId::Sis, SystemId::InterpolSltd })
            if (statusOf(s) == SystemStatus::NotAuthorised)
                mandatory.append(s);
        if (!mandatory.isEmpty())
            add(ActionCode::CompleteChecksManually,
                QStringLiteral("Complete the checks manually — %1 withheld from this profile, but a border check must "
                               "consult it (SBC Art. 8(2)-(3)).")
                    .arg(systemNames(mandatory)));
    }
}

void Verdict::choose()
{
    if (m_candidates.isEmpty()) {
        if (m_req.purpose == Purpose::ExitCheck)
            add(ActionCode::LetExit, QStringLiteral("Let exit — every system answered and nothing stands in the way."));
        else
            add(ActionCode::Admit, QStringLiteral("Admit — every system answered and nothing stands in the way."));
    }
    std::stable_sort(m_candidates.begin(), m_candidates.end(),
        [](const RequiredAction& a, const RequiredAction& b) { return actionRank(a.code) < actionRank(b.code); });
    m_r.requiredAction = m_candidates.takeFirst();
    for (const RequiredAction& a : std::as_const(m_candidates)) {
        bool duplicate = a == m_r.requiredAction;
        for (const RequiredAction& o : std::as_const(m_r.otherActions))
            duplicate = duplicate || o == a;
        if (!duplicate)
            m_r.otherActions.append(a);
    }
}

} // namespace bd::results::detail
