#include "ui/ResultMeaning.h"

#include "ui/NoticeText.h"
#include "ui/ResultText.h"

#include <QSet>

#include <algorithm>

namespace bd::ui {

using bd::model::LinkColour;
using bd::model::Purpose;
using bd::model::SystemId;
using bd::model::SystemStatus;
using bd::results::UnifiedResult;

namespace {

int weight(Meaning m)
{
    switch (m) {
    case Meaning::Alert:
        return 4;
    case Meaning::NeedsAttention:
        return 3;
    case Meaning::GoodNews:
        return 2;
    case Meaning::Information:
        return 1;
    default:
        return 0;
    }
}

using bd::results::ActionCode;

// An informational hit (no action) requires nothing, nor does admit or let-exit.
bool requiresNothing(std::optional<ActionCode> action)
{
    return !action || *action == ActionCode::Admit || *action == ActionCode::LetExit;
}

// Actions that stop or divert the traveller because of what a system holds on them; the others
// (refusals for a missing condition, verifications, an overstay on exit) need the officer's
// attention.
bool isAlertAction(ActionCode action)
{
    switch (action) {
    case ActionCode::Arrest:
    case ActionCode::ProtectPerson:
    case ActionCode::RefuseEntrySis:
    case ActionCode::SeizeDocument:
    case ActionCode::SecondLineInterpolNotice:
    case ActionCode::SecondLineIdentity:
    case ActionCode::SecondLineDiscreet:
    case ActionCode::SecondLineSpecific:
    case ActionCode::SecondLineInquiry:
    case ActionCode::SecondLineReturn:
    case ActionCode::SecondLineRecord:
    case ActionCode::SecondLineEtiasFlag:
    case ActionCode::SecondLineAsylum:
    case ActionCode::SecondLineMinor:
        return true;
    case ActionCode::SecondLineExitOverstay:
    case ActionCode::VerifyDocument:
    case ActionCode::RefuseNoValidDocument:
    case ActionCode::RefuseNoVisa:
    case ActionCode::RefuseNoEtias:
    case ActionCode::RefuseOverstay:
    case ActionCode::VerifyVisaRequirement:
    case ActionCode::VerifyFreeMovement:
    case ActionCode::VerifyStay:
    case ActionCode::CompleteChecksManually:
    case ActionCode::Admit:
    case ActionCode::LetExit:
        return false;
    }
    return false;
}

struct Accumulator
{
    Meaning meaning = Meaning::Information;
    QString reason;
    void raise(Meaning m, const QString& why)
    {
        if (weight(m) > weight(meaning)) {
            meaning = m;
            reason = why;
        }
    }
};

// Every identity link of the result once (the identities each list the links touching them).
QList<bd::model::IdentityLink> distinctLinks(const UnifiedResult& r)
{
    QList<bd::model::IdentityLink> out;
    QSet<QString> seen;
    for (const auto& id : r.identities)
        for (const auto& link : id.links)
            if (!seen.contains(link.linkId)) {
                seen.insert(link.linkId);
                out.append(link);
            }
    return out;
}

void linksOf(const UnifiedResult& r, SystemId s, Accumulator& acc, bool answeredNoHit)
{
    for (const auto& link : distinctLinks(r)) {
        if (link.colour != LinkColour::Red && link.colour != LinkColour::Yellow)
            continue;
        const bool names = std::any_of(link.records.cbegin(), link.records.cend(),
            [s](const bd::model::RecordRef& ref) { return ref.system == s; });
        if (!names)
            continue;
        if (link.colour == LinkColour::Red)
            acc.raise(Meaning::Alert,
                answeredNoHit ? ResultMeaning::tr("red link: file under another identity")
                              : ResultMeaning::tr("red link"));
        else
            acc.raise(Meaning::NeedsAttention,
                answeredNoHit ? ResultMeaning::tr("yellow link: file to verify") : ResultMeaning::tr("yellow link"));
    }
}

QString visaState(const bd::results::VisaSummary& v)
{
    const bool issued = v.status == QLatin1String("issued") || v.status == QLatin1String("extended");
    if (v.valid)
        return ResultMeaning::tr("VALID");
    if (v.expired)
        return ResultMeaning::tr("EXPIRED");
    if (v.exhausted)
        return ResultMeaning::tr("ENTRIES USED UP");
    if (issued)
        return ResultMeaning::tr("NOT YET VALID");
    return ResultMeaning::tr("NOT VALID");
}

} // namespace

SystemStatus statusIn(const UnifiedResult& result, SystemId system)
{
    for (const auto& line : result.systems)
        if (line.system == system)
            return line.status;
    if (result.withheld.contains(system))
        return SystemStatus::NotAuthorised;
    return SystemStatus::Pending;
}

QString ResultMeaning::unansweredReason(SystemStatus status)
{
    switch (status) {
    case SystemStatus::Unavailable:
        return tr("did not answer (unavailable)");
    case SystemStatus::Timeout:
        return tr("did not answer (timeout)");
    case SystemStatus::Error:
        return tr("sent an answer that could not be read");
    default:
        return tr("did not answer");
    }
}

namespace {

// The hits of system s: raises their actions and sets the reason to the record count; counts the
// hits acted on into acted.
void raiseFromHits(const UnifiedResult& r, SystemId s, Accumulator& acc, int& acted)
{
    int hits = 0;
    for (const auto& identity : r.identities)
        for (const auto& hit : identity.hits) {
            if (hit.hit.system != s)
                continue;
            ++hits;
            if (hit.excluded)
                continue;
            ++acted;
            if (!requiresNothing(hit.actionCode))
                acc.raise(isAlertAction(*hit.actionCode) ? Meaning::Alert : Meaning::NeedsAttention,
                    ResultText::actionShort(*hit.actionCode));
        }
    for (const auto& line : r.systems)
        if (line.system == s)
            hits = qMax(hits, line.hitCount);
    acc.reason = hits > 0 && acted == 0 ? ResultMeaning::tr("other person, not acted on")
                                        : ResultMeaning::tr("%n record(s)", nullptr, qMax(1, hits));
}

void raiseFromVisa(const UnifiedResult& r, Accumulator& acc)
{
    const auto& v = r.visa;
    if (v.valid && v.transitOnly)
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("airport transit only"));
    else if (v.valid && v.limitedTerritorial)
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("limited territory"));
    else if (v.valid)
        acc.raise(Meaning::GoodNews, ResultMeaning::tr("valid visa"));
    else if (v.expired)
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("visa expired"));
    else if (v.exhausted)
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("entries used up"));
    else
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("visa not valid"));
}

void raiseFromEtias(const UnifiedResult& r, Accumulator& acc)
{
    const auto& e = r.etias;
    if (e.valid)
        acc.raise(Meaning::GoodNews, ResultMeaning::tr("valid authorisation"));
    else if (e.status == QLatin1String("valid"))
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("authorisation expired"));
    else
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("authorisation not valid"));
}

void raiseFromStay(const UnifiedResult& r, Accumulator& acc, int acted)
{
    const auto& stay = r.stay;
    if (stay.problem)
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("history unreadable"));
    else if (stay.assessment && stay.assessment->overstayDays > 0)
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("overstay"));
    else if (stay.applicable && stay.assessment && r.purpose != Purpose::ExitCheck
        && stay.assessment->daysAllowedFromControl == 0)
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("no days left"));
    else if (stay.inferred)
        acc.raise(Meaning::NeedsAttention, ResultMeaning::tr("exit not recorded"));
    else if (stay.applicable && stay.assessment && acc.meaning == Meaning::Information && acted > 0)
        acc.reason = ResultMeaning::tr("%n day(s) left", nullptr, stay.assessment->daysRemaining);
}

void raiseFromActions(const UnifiedResult& r, SystemId s, Accumulator& acc)
{
    QList<bd::results::RequiredAction> actions { r.requiredAction };
    actions += r.otherActions;
    for (const auto& action : actions)
        if (action.source && *action.source == s && !requiresNothing(action.code))
            acc.raise(isAlertAction(action.code) ? Meaning::Alert : Meaning::NeedsAttention,
                ResultText::actionShort(action.code));
}

} // namespace

SystemMeaning ResultMeaning::of(const UnifiedResult& r, SystemId s)
{
    SystemMeaning out;
    out.system = s;
    out.status = statusIn(r, s);
    out.asked = std::any_of(r.systems.cbegin(), r.systems.cend(), [s](const auto& l) { return l.system == s; })
        || r.withheld.contains(s) || r.unanswered.contains(s);
    switch (out.status) {
    case SystemStatus::Pending:
        out.meaning = r.unanswered.contains(s) ? Meaning::NotAnswered : Meaning::Waiting;
        out.reason = out.meaning == Meaning::NotAnswered ? tr("no answer") : tr("waiting…");
        return out;
    case SystemStatus::NotAuthorised:
        out.meaning = Meaning::Withheld;
        out.reason = tr("not searched for you");
        return out;
    case SystemStatus::Unavailable:
        out.meaning = Meaning::NotAnswered;
        out.reason = tr("unavailable");
        return out;
    case SystemStatus::Timeout:
        out.meaning = Meaning::NotAnswered;
        out.reason = tr("timeout");
        return out;
    case SystemStatus::Error:
        out.meaning = Meaning::NotAnswered;
        out.reason = tr("unreadable answer");
        return out;
    case SystemStatus::NoHit: {
        Accumulator acc;
        acc.meaning = Meaning::NoHit;
        acc.reason = tr("nothing found");
        linksOf(r, s, acc, true);
        out.meaning = acc.meaning;
        out.reason = acc.reason;
        return out;
    }
    case SystemStatus::Hit:
        break;
    }

    Accumulator acc;
    int acted = 0;
    raiseFromHits(r, s, acc, acted);
    if (s == SystemId::Vis && r.visa.present)
        raiseFromVisa(r, acc);
    if (s == SystemId::Etias && r.etias.present)
        raiseFromEtias(r, acc);
    if (s == SystemId::Ees)
        raiseFromStay(r, acc, acted);
    raiseFromActions(r, s, acc);
    linksOf(r, s, acc, false);
    out.meaning = acc.meaning;
    out.reason = acc.reason;
    return out;
}

QString ResultMeaning::word(Meaning meaning)
{
    switch (meaning) {
    case Meaning::Alert:
        return tr("ALERT");
    case Meaning::NeedsAttention:
        return tr("NEEDS ATTENTION");
    case Meaning::Information:
        return tr("INFORMATION");
    case Meaning::GoodNews:
        return tr("GOOD NEWS");
    case Meaning::NoHit:
        return tr("NO HIT");
    case Meaning::NotAnswered:
        return tr("NOT ANSWERED");
    case Meaning::Withheld:
        return tr("WITHHELD");
    case Meaning::Waiting:
        return tr("WAITING");
    }
    return {};
}

QString ResultMeaning::chipText(const SystemMeaning& m)
{
    QStringList lines { ResultText::systemName(m.system), word(m.meaning) };
    if (!m.reason.isEmpty())
        lines << m.reason;
    return lines.join(QLatin1Char('\n'));
}

QString ResultMeaning::visaSentence(const UnifiedResult& r)
{
    const SystemMeaning m = of(r, SystemId::Vis);
    if (!m.asked)
        return tr("Visa (VIS): not searched.");
    switch (m.status) {
    case SystemStatus::NotAuthorised:
        return tr("Visa (VIS): NOT KNOWN — VIS is withheld from your profile (not searched); check the visa sticker "
                  "by hand.");
    case SystemStatus::Pending:
    case SystemStatus::Unavailable:
    case SystemStatus::Timeout:
    case SystemStatus::Error:
        return tr("Visa (VIS): NOT KNOWN — VIS %1; check the visa sticker by hand.").arg(unansweredReason(m.status));
    case SystemStatus::NoHit:
        return r.traveller.regime == bd::results::VisaRegime::VisaRequired
            ? tr("Visa (VIS): no visa file — this nationality needs a visa.")
            : tr("Visa (VIS): no visa file.");
    case SystemStatus::Hit:
        break;
    }
    const auto& v = r.visa;
    if (!v.present)
        return tr("Visa (VIS): a record without visa data — check the visa sticker by hand.");
    const QString entries = v.entriesAllowed == 0
        ? tr("multiple entries")
        : tr("%1 of %n entries used", nullptr, v.entriesAllowed).arg(v.entriesUsed);
    QString text = tr("Visa (VIS): %1 — %2, %3, valid %4 to %5, %6")
                       .arg(visaState(v), ResultText::visaStatusText(v.status), ResultText::visaTypeText(v.visaType),
                           ResultText::date(v.validFrom), ResultText::date(v.validUntil), entries);
    if (v.durationOfStayDays > 0)
        text += tr(", stay of up to %n day(s)", nullptr, v.durationOfStayDays);
    if (v.transitOnly)
        text += tr(" — AIRPORT TRANSIT ONLY: not an entry visa");
    if (v.limitedTerritorial)
        text += tr(" — LIMITED TERRITORIAL VALIDITY: check the Member States named on the sticker");
    return text;
}

QString ResultMeaning::etiasSentence(const UnifiedResult& r)
{
    const SystemMeaning m = of(r, SystemId::Etias);
    if (!m.asked)
        return tr("Travel authorisation (ETIAS): not searched.");
    switch (m.status) {
    case SystemStatus::NotAuthorised:
        return tr("Travel authorisation (ETIAS): NOT KNOWN — ETIAS is withheld from your profile (not searched).");
    case SystemStatus::Pending:
    case SystemStatus::Unavailable:
    case SystemStatus::Timeout:
    case SystemStatus::Error:
        return tr("Travel authorisation (ETIAS): NOT KNOWN — ETIAS %1; the authorisation cannot be confirmed.")
            .arg(unansweredReason(m.status));
    case SystemStatus::NoHit:
        return tr("Travel authorisation (ETIAS): none found.");
    case SystemStatus::Hit:
        break;
    }
    const auto& e = r.etias;
    if (!e.present)
        return tr("Travel authorisation (ETIAS): a record without authorisation data — check by hand.");
    QString state;
    if (e.valid)
        state = tr("VALID");
    else if (e.status == QLatin1String("valid"))
        state = tr("EXPIRED");
    else
        state = tr("NOT VALID (%1)").arg(ResultText::etiasStatusText(e.status));
    QString text = tr("Travel authorisation (ETIAS): %1").arg(state);
    if (e.validUntil.isValid())
        text += tr(", until %1").arg(ResultText::date(e.validUntil));
    if (!e.flags.isEmpty()) {
        QStringList flags;
        for (const QString& f : e.flags)
            flags << ResultText::etiasFlagText(f);
        text += tr(", flags: %1").arg(flags.join(QStringLiteral(", ")));
    }
    return text;
}

QString ResultMeaning::staySentence(const UnifiedResult& r)
{
    const SystemMeaning m = of(r, SystemId::Ees);
    if (!m.asked)
        return tr("Stay (EES): not searched.");
    switch (m.status) {
    case SystemStatus::NotAuthorised:
        return tr("Stay (EES): NOT KNOWN — EES is withheld from your profile (not searched); count the days from the "
                  "stamps.");
    case SystemStatus::Pending:
    case SystemStatus::Unavailable:
    case SystemStatus::Timeout:
    case SystemStatus::Error:
        return tr("Stay (EES): NOT KNOWN — EES %1; count the days from the stamps.").arg(unansweredReason(m.status));
    case SystemStatus::NoHit:
        return m.meaning == Meaning::NoHit
            ? tr("Stay (EES): no movements recorded.")
            : tr("Stay (EES): no movements recorded under this identity — but an identity link names an EES file "
                 "under another identity (see the linked records).");
    case SystemStatus::Hit:
        break;
    }
    const auto& stay = r.stay;
    if (stay.problem)
        return tr("Stay (EES): NOT KNOWN — the EES history could not be assessed (%1); count the days from the "
                  "stamps.")
            .arg(NoticeText::text(*stay.problem));
    if (!stay.applicable || !stay.assessment)
        return tr("Stay (EES): movements recorded; the 90 days in any 180 were not assessed for this traveller.");
    QString title = tr("Stay (EES, 90 days in any 180):");
    if (stay.inferred)
        title += QLatin1Char(' ') + tr("an entry has no recorded exit — the days are not all proven.");
    if (stay.visaDaysLeft >= 0)
        title += QLatin1Char(' ') + tr("The visa's own duration of stay leaves %n day(s).", nullptr, stay.visaDaysLeft);
    return title;
}

QString ResultMeaning::stayCaption(const bd::results::StaySummary& stay, Purpose purpose)
{
    if (!stay.assessment)
        return {};
    const auto& a = *stay.assessment;
    QStringList parts;
    if (a.overstayDays > 0)
        parts << tr("%1 of 90 days used in the 180 days to %2 — OVERSTAY by %n day(s)", nullptr, a.overstayDays)
                     .arg(a.daysUsed)
                     .arg(ResultText::date(a.controlDate));
    else
        parts << tr("%1 of 90 days used").arg(a.daysUsed) << tr("%n day(s) remaining", nullptr, a.daysRemaining);
    if (purpose != Purpose::ExitCheck) {
        const int allowed = stay.applicable ? stay.daysAllowedFromToday : a.daysAllowedFromControl;
        if (allowed > 0 && allowed < a.daysAllowedFromControl)
            parts << tr("latest exit %1 (limited by the visa or the document)")
                         .arg(ResultText::date(a.controlDate.addDays(allowed - 1)));
        else if (a.latestExit.isValid() && allowed > 0)
            parts << tr("latest exit %1").arg(ResultText::date(a.latestExit));
        else
            parts << tr("NO DAYS LEFT — entry not possible today");
        if (allowed > 0 && !a.present)
            parts << tr("entry possible today");
        else if (a.nextPossibleEntry.isValid())
            parts << tr("NEXT POSSIBLE ENTRY %1").arg(ResultText::date(a.nextPossibleEntry));
    } else if (a.nextPossibleEntry.isValid()) {
        parts << tr("next possible entry after leaving: %1").arg(ResultText::date(a.nextPossibleEntry));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace bd::ui
