// Entry and exit conditions: visa (R29-R36), ETIAS (R37-R42), stay (R43-R47), exit (R48-R49).
#include "services/results/RuleSupport.h"
#include "services/results/Unifier.h"
#include "services/results/Verdict.h"
#include "services/results/VisaList.h"

namespace bd::results::detail {

using namespace bd::results::rules;

namespace {

// An open stay at the end of the history, closed on `day` (the entry day alone is proven).
QList<Stay> closeOpenStay(QList<Stay> stays, const QDate& day)
{
    if (!stays.isEmpty() && !stays.last().exit.isValid())
        stays.last().exit = std::max(stays.last().entry, day);
    return stays;
}

int daysWithin(const QList<Stay>& stays, const QDate& from, const QDate& to)
{
    int days = 0;
    for (const Stay& s : stays) {
        const QDate a = std::max(s.entry, from);
        const QDate b = std::min(s.exit.isValid() ? s.exit : to, to);
        if (a <= b)
            days += static_cast<int>(a.daysTo(b)) + 1;
    }
    return days;
}

// Why the EES history cannot be assessed, as a notice: the calculator's code, its English words
// and the numbers and dates behind them (StayCalculator fills the error's context).
ResultNotice stayProblem(const bd::core::Error& error)
{
    return { NoticeCode::StayHistoryInvalid, { error.code, error.detail, error.context } };
}

} // namespace

void Verdict::entryConditions()
{
    const TravellerContext& t = m_r.traveller;
    if (t.regime == VisaRegime::FreeMovement)
        return; // SBC Art. 8(2): document and database checks only
    if (t.residence) {
        appendNotice(m_r.notes,
            { NoticeCode::ResidenceReplacesVisa,
                { residenceKindKey(t.residence->kind), t.residence->issuingState, t.residence->validUntil } });
        return;
    }
    if (m_ctx.declarations.familyMemberOfEuCitizen) {
        add(ActionCode::VerifyFreeMovement,
            QStringLiteral("Verify — family member of an EU, EEA or Swiss citizen without a residence card: entry is "
                           "governed by Directive 2004/38/EC Art. 5 (a visa, where required, is facilitated and may be "
                           "issued at the border). Verify the family relationship; no automatic refusal."));
        return;
    }
    visaCondition();
    if (t.regime == VisaRegime::VisaExempt)
        etiasCondition();
    if (t.regime == VisaRegime::VisaRequired || t.regime == VisaRegime::VisaExempt)
        stayCondition();
}

void Verdict::visaCondition()
{
    const TravellerContext& t = m_r.traveller;
    const RegimeFinding& f = t.finding;
    if (t.regime == VisaRegime::Unknown) {
        add(ActionCode::VerifyVisaRequirement,
            QStringLiteral("Verify the visa requirement — %1.")
                .arg(f.note.isEmpty() ? QStringLiteral("nationality %1 is not on the visa list").arg(t.nationality)
                                      : f.note));
        return;
    }
    if (!f.condition.isEmpty() && !m_ctx.declarations.confirmedConditions.contains(f.condition))
        add(ActionCode::VerifyVisaRequirement,
            QStringLiteral("Verify the visa requirement — %1 (%2). Confirm it on the document to continue.")
                .arg(f.conditionText.isEmpty() ? f.condition : f.conditionText, f.basis));
    if (t.regime != VisaRegime::VisaRequired)
        return;
    const SystemStatus vis = statusOf(SystemId::Vis);
    if (vis == SystemStatus::NotAuthorised) {
        add(ActionCode::VerifyVisaRequirement,
            QStringLiteral("Verify the visa — VIS is withheld from this profile, so the visa cannot be verified."));
        return;
    }
    if (!answeredHitOrNoHit(SystemId::Vis))
        return; // the check is incomplete: completeness() says so
    const VisaSummary& v = m_r.visa;
    if (!v.valid) {
        add(ActionCode::RefuseNoVisa,
            QStringLiteral("Refuse entry (reason C) — VIS: no valid visa (%1) (SBC Art. 6(1)(b); "
                           "Reg. (EU) 2018/1806 Art. 3).")
                .arg(v.text),
            SystemId::Vis);
        return;
    }
    if (v.transitOnly) {
        add(ActionCode::RefuseNoVisa,
            QStringLiteral(
                "Refuse entry (reason C) — the only visa is an airport transit visa (type A): it does not allow "
                "entry (Visa Code Art. 2(5))."),
            SystemId::Vis);
        return;
    }
    if (v.limitedTerritorial)
        add(ActionCode::VerifyVisaRequirement,
            QStringLiteral(
                "Verify the visa — a visa with limited territorial validity: check that the sticker's 'valid "
                "for' field covers %1 (Visa Code Art. 25).")
                .arg(m_ctx.borderState.isEmpty() ? QStringLiteral("this Member State") : m_ctx.borderState),
            SystemId::Vis);
    if (v.entriesAllowed > 0 && v.entriesUsed == 0) {
        if (!answeredHitOrNoHit(SystemId::Ees))
            return;
        int used = 0;
        for (const EesMovement& m : m_movements)
            if (m.kind == QLatin1String("entry") && m.date.isValid() && m.date < m_ctx.today
                && (!v.validFrom.isValid() || m.date >= v.validFrom))
                ++used;
        if (used >= v.entriesAllowed)
            add(ActionCode::RefuseNoVisa,
                QStringLiteral(
                    "Refuse entry (reason C) — the visa allows %1 entr%2 and EES records %3 since %4: no entry "
                    "left.")
                    .arg(v.entriesAllowed)
                    .arg(v.entriesAllowed == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                    .arg(used)
                    .arg(iso(v.validFrom)),
                SystemId::Vis);
    }
}

void Verdict::etiasCondition()
{
    const EtiasPhase phase = etiasPhase(m_ctx.etias, m_ctx.today);
    if (phase == EtiasPhase::NotInOperation)
        return;
    const SystemStatus etias = statusOf(SystemId::Etias);
    if (etias == SystemStatus::NotAuthorised) {
        add(ActionCode::VerifyVisaRequirement,
            QStringLiteral("Verify the travel authorisation — ETIAS is withheld from this profile."));
        return;
    }
    if (!answeredHitOrNoHit(SystemId::Etias))
        return;
    const EtiasSummary& e = m_r.etias;
    if (e.valid)
        return;
    if (phase == EtiasPhase::Transitional) {
        appendNotice(m_r.notes, { NoticeCode::EtiasTransitional, { m_ctx.etias.transitionalEnd } });
        return;
    }
    if (phase == EtiasPhase::Grace) {
        if (!answeredHitOrNoHit(SystemId::Ees)) {
            if (statusOf(SystemId::Ees) == SystemStatus::NotAuthorised)
                add(ActionCode::VerifyVisaRequirement,
                    QStringLiteral("Verify — ETIAS grace period: whether this is the first crossing since %1 needs the "
                                   "EES history, which is withheld from this profile (Art. 83(3)).")
                        .arg(iso(m_ctx.etias.transitionalEnd)));
            return;
        }
        QDate crossed;
        for (const EesMovement& m : m_movements)
            if (m.kind == QLatin1String("entry") && m.date > m_ctx.etias.transitionalEnd && m.date < m_ctx.today)
                crossed = m.date;
        if (!crossed.isValid()) {
            appendNotice(m_r.notes, { NoticeCode::EtiasGraceFirstCrossing, { m_ctx.etias.transitionalEnd } });
            return;
        }
        add(ActionCode::RefuseNoEtias,
            QStringLiteral(
                "Refuse entry — no valid travel authorisation (%1), and EES records an entry on %2, after the "
                "transitional period ended: the grace period allows only the first crossing (Reg. (EU) "
                "2018/1240 Art. 83(3)). Choose the refusal letter from the form in use (the ETIAS wording of "
                "Annex V Part B is not confirmed).")
                .arg(e.text, iso(crossed)),
            SystemId::Etias);
        return;
    }
    add(ActionCode::RefuseNoEtias,
        QStringLiteral("Refuse entry — ETIAS: no valid travel authorisation (%1) (SBC Art. 6(1)(b) as amended by Reg. "
                       "(EU) 2018/1240 Art. 80). Choose the refusal letter from the form in use (the ETIAS wording of "
                       "Annex V Part B is not confirmed).")
            .arg(e.text),
        SystemId::Etias);
}

void Verdict::stayCondition()
{
    const SystemStatus ees = statusOf(SystemId::Ees);
    if (ees == SystemStatus::NotAuthorised) {
        add(ActionCode::VerifyStay,
            QStringLiteral("Verify the stay — EES is withheld from this profile: the 90/180 rule cannot be checked "
                           "(check the stamps)."));
        return;
    }
    if (!answeredHitOrNoHit(SystemId::Ees))
        return;
    StaySummary& stay = m_r.stay;
    stay.applicable = true;
    const QDate today = m_ctx.today;
    bool inferredGap = false;
    const QList<Stay> raw = Unifier::staysFromMovements(m_movements, today, true, &inferredGap);
    const bool openAtEnd = !raw.isEmpty() && !raw.last().exit.isValid();
    const QList<Stay> recorded = closeOpenStay(raw, raw.isEmpty() ? today : raw.last().entry);
    const auto assessment = StayCalculator::assess(recorded, today);
    if (!assessment) {
        stay.problem = stayProblem(assessment.error());
        add(ActionCode::VerifyStay,
            QStringLiteral("Verify the stay — the EES history cannot be assessed (%1).").arg(noticeText(*stay.problem)),
            SystemId::Ees);
        return;
    }
    stay.assessment = *assessment;
    stay.inferred = inferredGap || openAtEnd;
    int allowed = assessment->daysAllowedFromControl;
    if (m_overstayFlag)
        add(ActionCode::VerifyStay,
            QStringLiteral(
                "Verify the stay — EES flags this file (an exit missing after the authorised stay, or a stay "
                "beyond it; EES Art. 12). Ask for evidence of the exit before deciding."),
            SystemId::Ees);
    if (allowed == 0) {
        add(ActionCode::RefuseOverstay,
            QStringLiteral("Refuse entry (reason F) — EES: the 90 days in any 180 are used up (%1 recorded days in the "
                           "window ending today; SBC Art. 6(1)).")
                .arg(assessment->daysUsed),
            SystemId::Ees);
    } else if (stay.inferred) {
        const QList<Stay> inferred
            = closeOpenStay(Unifier::staysFromMovements(m_movements, today, false), today.addDays(-1));
        const auto withInferred = StayCalculator::assess(inferred, today);
        const QString which = openAtEnd
            ? QStringLiteral("the last entry, on %1, has no exit recorded").arg(iso(raw.last().entry))
            : QStringLiteral("an entry has no exit recorded before the next entry");
        if (!withInferred || withInferred->daysAllowedFromControl == 0 || openAtEnd)
            add(ActionCode::VerifyStay,
                QStringLiteral(
                    "Verify the stay — %1 (EES Art. 20): the days between cannot be counted as proven. Ask for "
                    "evidence of the exit (stamps, tickets); refuse (reason F) only if the stay is confirmed.")
                    .arg(which),
                SystemId::Ees);
    }
    // The visa's own limits (Visa Code Art. 24; Annex VII point 4 for visas valid over six months).
    const VisaSummary& v = m_r.visa;
    if (m_r.traveller.regime == VisaRegime::VisaRequired && v.valid && v.validUntil.isValid()) {
        allowed = std::min(allowed, static_cast<int>(today.daysTo(v.validUntil)) + 1);
        const bool shortVisa = v.validFrom.isValid() && v.validFrom.daysTo(v.validUntil) < 183;
        if (shortVisa && v.durationOfStayDays > 0) {
            const int used = daysWithin(recorded, v.validFrom, today.addDays(-1));
            stay.visaDaysLeft = std::max(0, v.durationOfStayDays - used);
            allowed = std::min(allowed, stay.visaDaysLeft);
            if (stay.visaDaysLeft == 0)
                add(ActionCode::VerifyVisaRequirement,
                    QStringLiteral(
                        "Verify the visa — its duration of stay (%1 days) is used up within its validity (%2 "
                        "days recorded since %3).")
                        .arg(v.durationOfStayDays)
                        .arg(used)
                        .arg(iso(v.validFrom)),
                    SystemId::Vis);
        }
    }
    if (stay.latestDepartureForDocument.isValid())
        allowed = std::min(allowed, static_cast<int>(today.daysTo(stay.latestDepartureForDocument)) + 1);
    stay.daysAllowedFromToday = std::max(0, allowed);
}

void Verdict::exitConditions()
{
    const TravellerContext& t = m_r.traveller;
    if (t.regime == VisaRegime::FreeMovement || t.residence)
        return;
    const SystemStatus ees = statusOf(SystemId::Ees);
    if (ees == SystemStatus::NotAuthorised) {
        add(ActionCode::VerifyStay,
            QStringLiteral("Verify the stay — EES is withheld from this profile (check the stamps)."));
        return;
    }
    if (ees == SystemStatus::NoHit) {
        add(ActionCode::VerifyStay,
            QStringLiteral("Verify the stay — EES holds no entry for this traveller: ask for the entry stamp or other "
                           "evidence of the entry date (EES Art. 20; SBC Art. 12)."),
            SystemId::Ees);
        return;
    }
    if (ees != SystemStatus::Hit)
        return;
    StaySummary& stay = m_r.stay;
    stay.applicable = true;
    bool inferredGap = false;
    const QList<Stay> stays = Unifier::staysFromMovements(m_movements, m_ctx.today, false, &inferredGap);
    const auto assessment = StayCalculator::assess(stays, m_ctx.today);
    if (!assessment) {
        stay.problem = stayProblem(assessment.error());
        add(ActionCode::VerifyStay,
            QStringLiteral("Verify the stay — the EES history cannot be assessed (%1).").arg(noticeText(*stay.problem)),
            SystemId::Ees);
        return;
    }
    stay.assessment = *assessment;
    stay.inferred = inferredGap;
    if (m_overstayFlag || assessment->overstayDays > 0) {
        add(ActionCode::SecondLineExitOverstay,
            QStringLiteral(
                "Refer to second line — overstay found at exit (%1 days in the window ending today%2). Record "
                "the exit, inform the person of the consequences and take any evidence of force majeure "
                "(EES Art. 12; FRA EES guidance 4.1-4.2). This is no refusal.")
                .arg(assessment->daysUsed)
                .arg(m_overstayFlag ? QStringLiteral(", flagged by EES") : QString()),
            SystemId::Ees);
    } else if (inferredGap) {
        add(ActionCode::VerifyStay,
            QStringLiteral(
                "Verify the stay — an entry has no exit recorded before the next entry (EES Art. 20): ask for "
                "evidence of the exit."),
            SystemId::Ees);
    }
}

} // namespace bd::results::detail
