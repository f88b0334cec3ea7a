#include "services/results/Unifier.h"

#include "services/results/RuleSupport.h"
#include "services/results/Verdict.h"
#include "services/results/VisaList.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace bd::results {

using namespace bd::model;
using namespace bd::results::rules;

// ---- codes, presentation ------------------------------------------------------------------------

QString systemLineDetail(const SystemLine& line)
{
    return line.rejection ? noticeText(*line.rejection) : line.detail;
}

LinkPresentation presentLink(LinkColour colour)
{
    switch (colour) {
    case LinkColour::White:
        return { colour, linkColourKey(colour), QStringLiteral("#f5f5f5"), QStringLiteral("circle"),
            QStringLiteral("White link: same person, legitimately") };
    case LinkColour::Green:
        return { colour, linkColourKey(colour), QStringLiteral("#2e7d32"), QStringLiteral("square"),
            QStringLiteral("Green link: different persons, verified") };
    case LinkColour::Yellow:
        return { colour, linkColourKey(colour), QStringLiteral("#f9a825"), QStringLiteral("triangle"),
            QStringLiteral("Yellow link: unverified match — verify the identity") };
    case LinkColour::Red:
        return { colour, linkColourKey(colour), QStringLiteral("#c62828"), QStringLiteral("octagon"),
            QStringLiteral("Red link: identity fraud — unjustified use of identities or document") };
    }
    return {};
}

// ---- per-hit actions ----------------------------------------------------------------------------

namespace {

// SIS alert categories whose action does not depend on the direction or the alert's details: the
// action code and the instruction, to which the alert's warning markers are appended.
struct SisCategoryAction
{
    const char* category;
    ActionCode code;
    const char* instruction;
};
constexpr SisCategoryAction kSisCategoryActions[] = {
    { "arrest", ActionCode::Arrest,
        "Refer to second line — SIS alert: arrest for surrender or extradition. Hold the person and follow the "
        "alert's instructions." },
    { "missing-person", ActionCode::ProtectPerson,
        "Refer to second line — SIS alert: missing or vulnerable person. Place the person under protection." },
    { "discreet-check", ActionCode::SecondLineDiscreet,
        "Refer to second line — SIS alert: discreet check. Do not inform the traveller." },
    { "specific-check", ActionCode::SecondLineSpecific,
        "Refer to second line — SIS alert: specific check. Search the person and belongings." },
    { "inquiry-check", ActionCode::SecondLineInquiry,
        "Refer to second line — SIS alert: inquiry check. Interview the person." },
    { "judicial-procedure", ActionCode::SecondLineInquiry,
        "Refer to second line — SIS alert: sought for a judicial procedure. Follow the alert's instructions." },
};

RequiredAction sisActionForHit(const Hit& hit, bool exit)
{
    if (!hit.sis)
        return makeAction(ActionCode::CompleteChecksManually,
            QStringLiteral("Complete the checks manually — an SIS hit arrived without its alert data; "
                           "ask SIRENE for the alert."),
            hit.system, hit.recordId);
    const SisAlert& a = *hit.sis;
    const QString& c = a.category;
    const QString m = markers(a);
    for (const SisCategoryAction& entry : kSisCategoryActions) {
        if (c == QLatin1String(entry.category))
            return makeAction(entry.code, QString::fromUtf8(entry.instruction) + m, hit.system, hit.recordId);
    }
    if (c == QLatin1String("refusal-of-entry")) {
        if (exit)
            return makeAction(ActionCode::SecondLineRecord,
                QStringLiteral("Refer to second line — SIS alert for refusal of entry found at exit: it is "
                               "no reason to stop the departure; report the hit to the SIRENE bureau.%1")
                    .arg(m),
                hit.system, hit.recordId);
        return makeAction(ActionCode::RefuseEntrySis,
            QStringLiteral("Refuse entry (reason H) — SIS alert: refusal of entry and stay. Confirm the "
                           "identity against the alert first.%1")
                .arg(m),
            hit.system, hit.recordId);
    }
    if (c == QLatin1String("object"))
        return makeAction(ActionCode::SeizeDocument,
            QStringLiteral("Refer to second line and seize the document — SIS object alert: document %1. "
                           "Once the hit is confirmed, a third-country national without another valid "
                           "document is refused entry (reason %2); an EU, EEA or Swiss citizen is not refused.")
                .arg(a.objectStatus.isEmpty() ? QStringLiteral("sought") : a.objectStatus,
                    a.objectStatus == QLatin1String("false") ? QStringLiteral("B") : QStringLiteral("A")),
            hit.system, hit.recordId);
    if (c == QLatin1String("return"))
        return makeAction(ActionCode::SecondLineReturn,
            exit ? QStringLiteral("Refer to second line — SIS return alert at exit: confirm the departure "
                                  "and report it to the issuing State through SIRENE.%1")
                       .arg(m)
                 : QStringLiteral("Refer to second line — SIS return alert: the person is subject to a "
                                  "return decision. Follow the alert's instructions.%1")
                       .arg(m),
            hit.system, hit.recordId);
    return makeAction(ActionCode::SecondLineInquiry,
        QStringLiteral("Refer to second line — SIS alert of an unrecognised category."), hit.system, hit.recordId);
}

std::optional<RequiredAction> otherSystemActionForHit(const Hit& hit, bool exit)
{
    if (hit.system == SystemId::InterpolSltd) {
        const QString what
            = hit.other && !hit.other->category.isEmpty() ? hit.other->category : QStringLiteral("listed");
        return makeAction(ActionCode::SeizeDocument,
            QStringLiteral("Refer to second line and hold the document — Interpol SLTD: document reported "
                           "%1. Confirm the hit with the issuing State through the NCB; once it is confirmed, a "
                           "third-country national without another valid document is refused entry (reason A).")
                .arg(what),
            hit.system, hit.recordId);
    }
    if (hit.system == SystemId::InterpolTdawn)
        return makeAction(ActionCode::SecondLineInterpolNotice,
            QStringLiteral("Refer to second line — Interpol TDAWN: the document is linked to a person "
                           "subject to an Interpol notice. The document itself is not reported invalid. "
                           "Follow the notice through the NCB; do not inform the traveller."),
            hit.system, hit.recordId);
    if (hit.system == SystemId::Eurodac)
        return makeAction(ActionCode::SecondLineRecord,
            QStringLiteral("Refer to second line — Eurodac: the person's fingerprints are recorded (asylum "
                           "application or irregular crossing). The competent authority decides."),
            hit.system, hit.recordId);
    if (hit.system == SystemId::EcrisTcn)
        return makeAction(ActionCode::SecondLineRecord,
            QStringLiteral("Refer to second line — ECRIS-TCN: a Member State holds conviction records. "
                           "Assess whether the person is a threat to public policy (SBC Art. 6(1)(e))."),
            hit.system, hit.recordId);
    if (hit.system == SystemId::Europol)
        return makeAction(ActionCode::SecondLineRecord,
            QStringLiteral("Refer to second line — Europol data hold information on this person. Contact the "
                           "national Europol unit; do not inform the traveller."),
            hit.system, hit.recordId);
    if (hit.etias && hit.etias->flags.contains(QLatin1String("second-line-check")) && !exit)
        return makeAction(ActionCode::SecondLineEtiasFlag,
            QStringLiteral("Refer to second line — ETIAS: travel authorisation flagged for a second-line "
                           "check (Art. 36(2))."),
            hit.system, hit.recordId);
    return std::nullopt;
}

} // namespace

std::optional<RequiredAction> Unifier::actionForHit(const Hit& hit, Purpose purpose)
{
    const bool exit = purpose == Purpose::ExitCheck;
    if (hit.system == SystemId::Sis)
        return sisActionForHit(hit, exit);
    return otherSystemActionForHit(hit, exit);
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
        s.durationOfStayDays = v.durationOfStayDays;
        s.transitOnly = v.visaType == QLatin1String("A");
        s.limitedTerritorial = v.visaType == QLatin1String("LTV");
        const bool issued = v.status == QLatin1String("issued") || v.status == QLatin1String("extended");
        s.expired = issued && v.validUntil.isValid() && v.validUntil < today;
        s.exhausted = issued && v.entriesAllowed > 0 && v.entriesUsed >= v.entriesAllowed;
        const bool started = !v.validFrom.isValid() || v.validFrom <= today;
        s.valid = issued && started && v.validUntil.isValid() && !s.expired && !s.exhausted;
        if (s.valid)
            s.text = QStringLiteral("Valid %1 visa until %2, entries %3")
                         .arg(v.visaType, v.validUntil.toString(Qt::ISODate),
                             v.entriesAllowed == 0
                                 ? QStringLiteral("multiple")
                                 : QStringLiteral("%1 of %2 used").arg(v.entriesUsed).arg(v.entriesAllowed));
        else if (s.expired)
            s.text = QStringLiteral("Visa expired on %1").arg(v.validUntil.toString(Qt::ISODate));
        else if (s.exhausted)
            s.text = QStringLiteral("Visa entries exhausted (%1 of %2 used)").arg(v.entriesUsed).arg(v.entriesAllowed);
        else if (issued && !started)
            s.text = QStringLiteral("Visa not yet valid (from %1)").arg(v.validFrom.toString(Qt::ISODate));
        else
            s.text = QStringLiteral("Visa application %1").arg(v.status);
        const int score = (s.valid ? 1000000 : 0)
            + (v.validUntil.isValid() ? static_cast<int>(v.validUntil.toJulianDay() % 900000) : 0);
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

QList<Stay> Unifier::staysFromMovements(
    const QList<EesMovement>& movements, const QDate& today, bool recordedOnly, bool* inferred)
{
    if (inferred)
        *inferred = false;
    QList<EesMovement> sorted;
    for (const EesMovement& m : movements)
        if (m.date.isValid() && m.date <= today
            && (m.kind == QLatin1String("entry") || m.kind == QLatin1String("exit")))
            sorted.append(m);
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const EesMovement& a, const EesMovement& b) { return a.date < b.date; });
    QList<Stay> stays;
    QDate open; // invalid: not in the area
    auto enter = [&stays, &open, recordedOnly, inferred](const QDate& day) {
        if (open.isValid() && open < day) {
            // A missing exit record (EES Art. 20): the stay up to the day before this entry is
            // inferred, not proven. Only the entry day itself is proven.
            if (inferred)
                *inferred = true;
            stays.append(Stay { open, recordedOnly ? open : day.addDays(-1) });
            open = QDate();
        }
        if (!open.isValid() && !stays.isEmpty() && stays.last().exit >= day)
            open = stays.takeLast().entry; // re-entry on the day of the exit: one continuous stay
        else if (!open.isValid() || open < day)
            open = day;
    };
    auto leave = [&stays, &open](const QDate& day) {
        if (open.isValid()) {
            stays.append(Stay { open, day });
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
        stays.append(Stay { open, QDate() });
    return stays;
}

// ---- unify --------------------------------------------------------------------------------------

UnifiedResult Unifier::unify(const SearchAnswers& answers, const CheckContext& context)
{
    return detail::Verdict(answers, context).run();
}

} // namespace bd::results
