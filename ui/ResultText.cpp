#include "ui/ResultText.h"

namespace bd::ui {

using bd::gateway::LinkColour;
using bd::gateway::SystemId;
using bd::gateway::SystemStatus;
namespace a = bd::results::actions;
namespace d = bd::results::decisions;

QString ResultText::actionHeadline(const QString& code)
{
    if (code == QLatin1String(a::kArrest))
        return tr("Arrest — SIS alert for arrest. Secure the person, call second line now.");
    if (code == QLatin1String(a::kProtectPerson))
        return tr("Protect the person — SIS alert: missing or vulnerable person. Refer to second line.");
    if (code == QLatin1String(a::kRefuseEntrySis))
        return tr("Refuse entry — SIS alert for refusal of entry (reason H).");
    if (code == QLatin1String(a::kSeizeDocument))
        return tr("Hold (seize) the document and refer to second line — reported stolen, lost or invalid. Refuse entry "
                  "(reason A) only once the hit is confirmed.");
    if (code == QLatin1String(a::kSecondLineInterpolNotice))
        return tr(
            "Refer to second line — Interpol: the document is linked to a person under an Interpol notice. Do not "
            "inform the traveller.");
    if (code == QLatin1String(a::kSecondLineIdentity))
        return tr("Refer to second line — the identity is in doubt (red or yellow identity link, or the face does not "
                  "match the document). Establish the identity.");
    if (code == QLatin1String(a::kSecondLineDiscreet))
        return tr("Refer to second line — SIS alert: discreet check. Do not inform the traveller.");
    if (code == QLatin1String(a::kSecondLineSpecific))
        return tr("Refer to second line — SIS alert: specific check.");
    if (code == QLatin1String(a::kSecondLineInquiry))
        return tr("Refer to second line — SIS alert: inquiry check.");
    if (code == QLatin1String(a::kSecondLineReturn))
        return tr("Refer to second line — SIS return alert: the person is subject to a return decision. Follow the "
                  "alert's instructions.");
    if (code == QLatin1String(a::kSecondLineRecord))
        return tr("Refer to second line — a record on this person needs assessment (Eurodac, ECRIS-TCN, Europol or an "
                  "SIS alert). Not an automatic refusal.");
    if (code == QLatin1String(a::kSecondLineEtiasFlag))
        return tr("Refer to second line — the travel authorisation carries a flag for second-line checks.");
    if (code == QLatin1String(a::kSecondLineAsylum))
        return tr("Refer to second line — the traveller asks for international protection. Register the request and "
                  "hand over to the asylum authority.");
    if (code == QLatin1String(a::kSecondLineMinor))
        return tr(
            "Refer to second line — unaccompanied minor. Check the documents, the purpose and the parental consent "
            "thoroughly.");
    if (code == QLatin1String(a::kSecondLineExitOverstay))
        return tr("Refer to second line — overstay found at exit. Record the exit and inform the person; this is not a "
                  "reason to stop the departure.");
    if (code == QLatin1String(a::kVerifyDocument))
        return tr("Check the document by hand — the machine-readable zone was not read, is not valid or was corrected. "
                  "Compare it with the data page.");
    if (code == QLatin1String(a::kRefuseNoValidDocument))
        return tr("Refuse entry — no valid travel document: expired, or not valid for three months after departure "
                  "(reason A).");
    if (code == QLatin1String(a::kRefuseNoVisa))
        return tr("Refuse entry — no valid visa (reason C).");
    if (code == QLatin1String(a::kRefuseNoEtias))
        return tr(
            "Refuse entry — no valid travel authorisation (ETIAS). Choose the refusal letter from the form in use.");
    if (code == QLatin1String(a::kRefuseOverstay))
        return tr("Refuse entry — 90 days in the last 180 already used (reason F).");
    if (code == QLatin1String(a::kVerifyVisaRequirement))
        return tr(
            "Verify the visa requirement — the visa or travel authorisation could not be confirmed by the systems. "
            "Check the document and the visa by hand.");
    if (code == QLatin1String(a::kVerifyFreeMovement))
        return tr(
            "Verify the right of free movement — EU, EEA or Swiss citizen or family member. Check by hand; not an "
            "automatic refusal.");
    if (code == QLatin1String(a::kVerifyStay))
        return tr(
            "Verify the length of stay — the EES history does not prove the 90/180 days. Ask for evidence (stamps, "
            "tickets).");
    if (code == QLatin1String(a::kCompleteChecksManually))
        return tr(
            "Check incomplete — a required system did not answer or the answers cannot be trusted. Refer to second "
            "line and complete the checks.");
    if (code == QLatin1String(a::kAdmit))
        return tr("Admit — no hit in any system, entry conditions met.");
    if (code == QLatin1String(a::kLetExit))
        return tr("Let exit — every system answered and nothing stands in the way.");
    return tr("Unknown result (%1) — refer to second line.").arg(code);
}

QString ResultText::systemName(SystemId system)
{
    switch (system) {
    case SystemId::Sis:
        return tr("SIS");
    case SystemId::Vis:
        return tr("VIS");
    case SystemId::Ees:
        return tr("EES");
    case SystemId::Etias:
        return tr("ETIAS");
    case SystemId::Eurodac:
        return tr("Eurodac");
    case SystemId::EcrisTcn:
        return tr("ECRIS-TCN");
    case SystemId::Europol:
        return tr("Europol");
    case SystemId::InterpolSltd:
        return tr("Interpol SLTD");
    case SystemId::InterpolTdawn:
        return tr("Interpol TDAWN");
    }
    return {};
}

QString ResultText::statusText(SystemStatus status)
{
    switch (status) {
    case SystemStatus::Pending:
        return tr("waiting…");
    case SystemStatus::Hit:
        return tr("HIT");
    case SystemStatus::NoHit:
        return tr("no hit");
    case SystemStatus::Unavailable:
        return tr("unavailable");
    case SystemStatus::Timeout:
        return tr("no answer (timeout)");
    case SystemStatus::NotAuthorised:
        return tr("withheld (profile)");
    case SystemStatus::Error:
        return tr("error");
    }
    return {};
}

QString ResultText::decisionText(const QString& decision)
{
    if (decision == QLatin1String(d::kAdmit))
        return tr("Admit");
    if (decision == QLatin1String(d::kRefuse))
        return tr("Refuse entry");
    if (decision == QLatin1String(d::kSecondLine))
        return tr("Refer to second line");
    if (decision == QLatin1String(d::kLetExit))
        return tr("Let exit");
    return decision;
}

QStringList ResultText::refusalLetters()
{
    return { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QStringLiteral("E"),
        QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H"), QStringLiteral("I") };
}

QString ResultText::refusalReasonText(const QString& letter)
{
    switch (letter.isEmpty() ? 0 : letter.at(0).toLatin1()) {
    case 'A':
        return tr("No valid travel document");
    case 'B':
        return tr("False, counterfeit or forged travel document");
    case 'C':
        return tr("No valid visa or residence permit");
    case 'D':
        return tr("False, counterfeit or forged visa or residence permit");
    case 'E':
        return tr("No documents justifying the purpose and conditions of stay");
    case 'F':
        return tr("Already stayed 90 days in the current 180-day period");
    case 'G':
        return tr("Insufficient means of subsistence");
    case 'H':
        return tr("SIS or national alert for refusal of entry");
    case 'I':
        return tr("Threat to public policy, internal security, public health or international relations");
    default:
        return {};
    }
}

QString ResultText::linkText(LinkColour colour)
{
    switch (colour) {
    case LinkColour::White:
        return tr("WHITE link — same person, legitimately");
    case LinkColour::Green:
        return tr("GREEN link — different persons (verified)");
    case LinkColour::Yellow:
        return tr("YELLOW link — unverified match: verify the identity");
    case LinkColour::Red:
        return tr("RED link — identity fraud suspected");
    }
    return {};
}

QString ResultText::hitDetail(const bd::gateway::Hit& hit)
{
    QStringList parts;
    if (hit.sis) {
        const auto& s = *hit.sis;
        parts << tr("alert: %1").arg(s.category);
        if (!s.objectStatus.isEmpty())
            parts << tr("object: %1").arg(s.objectStatus);
        if (!s.action.isEmpty())
            parts << tr("action: %1").arg(s.action);
        if (!s.warningMarkers.isEmpty())
            parts << tr("WARNING: %1").arg(s.warningMarkers.join(QStringLiteral(", ")));
        if (!s.issuingState.isEmpty())
            parts << tr("issued by %1").arg(s.issuingState);
    }
    if (hit.vis) {
        const auto& v = *hit.vis;
        parts << tr("visa %1 type %2").arg(v.status, v.visaType);
        if (v.validFrom.isValid() || v.validUntil.isValid())
            parts << tr("valid %1 to %2").arg(v.validFrom.toString(Qt::ISODate), v.validUntil.toString(Qt::ISODate));
        parts << (v.entriesAllowed == 0 ? tr("multiple entries, %1 used").arg(v.entriesUsed)
                                        : tr("entries %1 of %2 used").arg(v.entriesUsed).arg(v.entriesAllowed));
    }
    if (hit.ees) {
        const auto& e = *hit.ees;
        int entries = 0;
        int exits = 0;
        int refusals = 0;
        for (const auto& m : e.movements) {
            if (m.kind == QLatin1String("entry"))
                ++entries;
            else if (m.kind == QLatin1String("exit"))
                ++exits;
            else
                ++refusals;
        }
        parts << tr("%n entry(s)", nullptr, entries) + QStringLiteral(", ") + tr("%n exit(s)", nullptr, exits)
                + QStringLiteral(", ") + tr("%n refusal(s)", nullptr, refusals);
        if (!e.movements.isEmpty()) {
            const auto& last = e.movements.last();
            const QString date = last.date.toString(Qt::ISODate);
            parts << (last.kind == QLatin1String("entry")  ? tr("last entry on %1").arg(date)
                      : last.kind == QLatin1String("exit") ? tr("last exit on %1").arg(date)
                                                           : tr("last refusal on %1").arg(date));
        }
        if (e.overstayFlag)
            parts << tr("OVERSTAY flagged");
    }
    if (hit.etias) {
        const auto& t = *hit.etias;
        parts << tr("authorisation %1").arg(t.status);
        if (t.validUntil.isValid())
            parts << tr("valid until %1").arg(t.validUntil.toString(Qt::ISODate));
        if (!t.flags.isEmpty())
            parts << tr("flags: %1").arg(t.flags.join(QStringLiteral(", ")));
    }
    if (hit.other) {
        const auto& o = *hit.other;
        parts << tr("category %1").arg(o.category);
        if (!o.memberStates.isEmpty())
            parts << o.memberStates.join(QStringLiteral(", "));
        if (!o.note.isEmpty())
            parts << o.note;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace bd::ui
