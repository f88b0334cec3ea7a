#include "ui/ResultText.h"

namespace bd::ui {

using bd::model::Decision;
using bd::model::LinkColour;
using bd::model::SystemId;
using bd::model::SystemStatus;
using bd::results::ActionCode;

QString ResultText::actionHeadline(const QString& code)
{
    const auto action = bd::results::actionFromKey(code);
    return action ? actionHeadline(*action) : tr("Unknown result (%1) — refer to second line.").arg(code);
}

QString ResultText::actionHeadline(ActionCode action)
{
    switch (action) {
    case ActionCode::Arrest:
        return tr("Arrest — SIS alert for arrest. Secure the person, call second line now.");
    case ActionCode::ProtectPerson:
        return tr("Protect the person — SIS alert: missing or vulnerable person. Refer to second line.");
    case ActionCode::RefuseEntrySis:
        return tr("Refuse entry — SIS alert for refusal of entry (reason H).");
    case ActionCode::SeizeDocument:
        return tr("Hold (seize) the document and refer to second line — reported stolen, lost or invalid. Refuse entry "
                  "(reason A) only once the hit is confirmed.");
    case ActionCode::SecondLineInterpolNotice:
        return tr(
            "Refer to second line — Interpol: the document is linked to a person under an Interpol notice. Do not "
            "inform the traveller.");
    case ActionCode::SecondLineIdentity:
        return tr("Refer to second line — the identity is in doubt (red or yellow identity link, or the face does not "
                  "match the document). Establish the identity.");
    case ActionCode::SecondLineDiscreet:
        return tr("Refer to second line — SIS alert: discreet check. Do not inform the traveller.");
    case ActionCode::SecondLineSpecific:
        return tr("Refer to second line — SIS alert: specific check.");
    case ActionCode::SecondLineInquiry:
        return tr("Refer to second line — SIS alert: inquiry check.");
    case ActionCode::SecondLineReturn:
        return tr("Refer to second line — SIS return alert: the person is subject to a return decision. Follow the "
                  "alert's instructions.");
    case ActionCode::SecondLineRecord:
        return tr("Refer to second line — a record on this person needs assessment (Eurodac, ECRIS-TCN, Europol or an "
                  "SIS alert). Not an automatic refusal.");
    case ActionCode::SecondLineEtiasFlag:
        return tr("Refer to second line — the travel authorisation carries a flag for second-line checks.");
    case ActionCode::SecondLineAsylum:
        return tr("Refer to second line — the traveller asks for international protection. Register the request and "
                  "hand over to the asylum authority.");
    case ActionCode::SecondLineMinor:
        return tr(
            "Refer to second line — unaccompanied minor. Check the documents, the purpose and the parental consent "
            "thoroughly.");
    case ActionCode::SecondLineExitOverstay:
        return tr("Refer to second line — overstay found at exit. Record the exit and inform the person; this is not a "
                  "reason to stop the departure.");
    case ActionCode::VerifyDocument:
        return tr("Check the document by hand — the machine-readable zone was not read, is not valid or was corrected. "
                  "Compare it with the data page.");
    case ActionCode::RefuseNoValidDocument:
        return tr("Refuse entry — no valid travel document: expired, or not valid for three months after departure "
                  "(reason A).");
    case ActionCode::RefuseNoVisa:
        return tr("Refuse entry — no valid visa (reason C).");
    case ActionCode::RefuseNoEtias:
        return tr(
            "Refuse entry — no valid travel authorisation (ETIAS). Choose the refusal letter from the form in use.");
    case ActionCode::RefuseOverstay:
        return tr("Refuse entry — 90 days in the last 180 already used (reason F).");
    case ActionCode::VerifyVisaRequirement:
        return tr(
            "Verify the visa requirement — the visa or travel authorisation could not be confirmed by the systems. "
            "Check the document and the visa by hand.");
    case ActionCode::VerifyFreeMovement:
        return tr(
            "Verify the right of free movement — EU, EEA or Swiss citizen or family member. Check by hand; not an "
            "automatic refusal.");
    case ActionCode::VerifyStay:
        return tr(
            "Verify the length of stay — the EES history does not prove the 90/180 days. Ask for evidence (stamps, "
            "tickets).");
    case ActionCode::CompleteChecksManually:
        return tr(
            "Check incomplete — a required system did not answer or the answers cannot be trusted. Refer to second "
            "line and complete the checks.");
    case ActionCode::Admit:
        return tr("Admit — no hit in any system, entry conditions met.");
    case ActionCode::LetExit:
        return tr("Let exit — every system answered and nothing stands in the way.");
    }
    return {};
}

QString ResultText::systemNames(const QList<bd::model::SystemId>& systems)
{
    QStringList names;
    for (bd::model::SystemId s : systems)
        names << systemName(s);
    return names.join(QStringLiteral(", "));
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
    const auto d = bd::model::decisionFromKey(decision);
    return d ? decisionText(*d) : decision;
}

QString ResultText::decisionText(Decision decision)
{
    switch (decision) {
    case Decision::Admit:
        return tr("Admit");
    case Decision::Refuse:
        return tr("Refuse entry");
    case Decision::SecondLine:
        return tr("Refer to second line");
    case Decision::LetExit:
        return tr("Let exit");
    }
    return {};
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

QString ResultText::date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}

QString ResultText::notUnderstood(const QString& what, const QString& code)
{
    return tr("unknown %1 (%2) — not understood, check by hand").arg(what, code);
}

QString ResultText::visaStatusText(const QString& code)
{
    if (code == QLatin1String("requested"))
        return tr("applied for (not issued)");
    if (code == QLatin1String("issued"))
        return tr("issued");
    if (code == QLatin1String("refused"))
        return tr("refused");
    if (code == QLatin1String("discontinued"))
        return tr("application discontinued");
    if (code == QLatin1String("annulled"))
        return tr("annulled");
    if (code == QLatin1String("revoked"))
        return tr("revoked");
    if (code == QLatin1String("extended"))
        return tr("extended");
    return notUnderstood(tr("visa status"), code);
}

QString ResultText::visaTypeText(const QString& code)
{
    if (code == QLatin1String("A"))
        return tr("type A (airport transit)");
    if (code == QLatin1String("C"))
        return tr("type C (short stay)");
    if (code == QLatin1String("LTV"))
        return tr("limited territorial validity");
    if (code == QLatin1String("D"))
        return tr("type D (long stay)");
    if (code.isEmpty())
        return tr("type not stated");
    return notUnderstood(tr("visa type"), code);
}

QString ResultText::etiasStatusText(const QString& code)
{
    if (code == QLatin1String("valid"))
        return tr("valid");
    if (code == QLatin1String("refused"))
        return tr("refused");
    if (code == QLatin1String("annulled"))
        return tr("annulled");
    if (code == QLatin1String("revoked"))
        return tr("revoked");
    if (code == QLatin1String("pending"))
        return tr("application pending");
    return notUnderstood(tr("authorisation status"), code);
}

QString ResultText::etiasFlagText(const QString& code)
{
    if (code == QLatin1String("second-line-check"))
        return tr("second-line check required");
    if (code == QLatin1String("hit-checked-false"))
        return tr("earlier hit checked: false hit");
    return notUnderstood(tr("flag"), code);
}

QString ResultText::movementText(const QString& kind)
{
    if (kind == QLatin1String("entry"))
        return tr("entry");
    if (kind == QLatin1String("exit"))
        return tr("exit");
    if (kind == QLatin1String("refusal"))
        return tr("refusal of entry");
    return notUnderstood(tr("movement"), kind);
}

QString ResultText::sisCategoryText(const QString& code)
{
    if (code == QLatin1String("refusal-of-entry"))
        return tr("refusal of entry and stay");
    if (code == QLatin1String("return"))
        return tr("return decision");
    if (code == QLatin1String("arrest"))
        return tr("arrest");
    if (code == QLatin1String("missing-person"))
        return tr("missing or vulnerable person");
    if (code == QLatin1String("judicial-procedure"))
        return tr("sought for a judicial procedure");
    if (code == QLatin1String("discreet-check"))
        return tr("discreet check");
    if (code == QLatin1String("inquiry-check"))
        return tr("inquiry check");
    if (code == QLatin1String("specific-check"))
        return tr("specific check");
    if (code == QLatin1String("object"))
        return tr("object (document)");
    return notUnderstood(tr("alert category"), code);
}

QString ResultText::objectStatusText(const QString& code)
{
    if (code == QLatin1String("stolen"))
        return tr("stolen");
    if (code == QLatin1String("lost"))
        return tr("lost");
    if (code == QLatin1String("misappropriated"))
        return tr("misappropriated");
    if (code == QLatin1String("invalidated"))
        return tr("invalidated");
    if (code == QLatin1String("false"))
        return tr("false (forged)");
    return notUnderstood(tr("object status"), code);
}

QString ResultText::warningMarkerText(const QString& code)
{
    if (code == QLatin1String("armed"))
        return tr("armed");
    if (code == QLatin1String("violent"))
        return tr("violent");
    if (code == QLatin1String("escaped"))
        return tr("escaped");
    if (code == QLatin1String("suicide-risk"))
        return tr("suicide risk");
    if (code == QLatin1String("public-health"))
        return tr("public health risk");
    if (code == QLatin1String("terrorism"))
        return tr("terrorism");
    return notUnderstood(tr("warning"), code);
}

QString ResultText::recordCategoryText(SystemId system, const QString& code)
{
    if (system == SystemId::Eurodac) {
        if (code == QLatin1String("1"))
            return tr("category 1: applicant for international protection");
        if (code == QLatin1String("2"))
            return tr("category 2: apprehended crossing a border irregularly");
        if (code == QLatin1String("3"))
            return tr("category 3: found staying illegally");
    }
    if (system == SystemId::InterpolSltd || system == SystemId::InterpolTdawn) {
        if (code == QLatin1String("stolen"))
            return tr("document reported stolen");
        if (code == QLatin1String("lost"))
            return tr("document reported lost");
        if (code == QLatin1String("revoked"))
            return tr("document revoked");
        if (code == QLatin1String("notice"))
            return tr("linked to an Interpol notice");
    }
    if (code == QLatin1String("person-of-interest"))
        return tr("person of interest");
    if (code == QLatin1String("conviction"))
        return tr("conviction records");
    if (code.isEmpty())
        return tr("record");
    return notUnderstood(tr("category"), code);
}

QString ResultText::actionShort(const QString& code)
{
    if (code.isEmpty())
        return tr("information only");
    const auto action = bd::results::actionFromKey(code);
    return action ? actionShort(*action) : notUnderstood(tr("action"), code);
}

QString ResultText::actionShort(ActionCode action)
{
    switch (action) {
    case ActionCode::Arrest:
        return tr("arrest");
    case ActionCode::ProtectPerson:
        return tr("protect the person");
    case ActionCode::RefuseEntrySis:
        return tr("refuse entry (SIS alert)");
    case ActionCode::SeizeDocument:
        return tr("hold the document");
    case ActionCode::SecondLineInterpolNotice:
        return tr("second line: Interpol notice");
    case ActionCode::SecondLineIdentity:
        return tr("second line: identity in doubt");
    case ActionCode::SecondLineDiscreet:
        return tr("second line: discreet check");
    case ActionCode::SecondLineSpecific:
        return tr("second line: specific check");
    case ActionCode::SecondLineInquiry:
        return tr("second line: inquiry check");
    case ActionCode::SecondLineReturn:
        return tr("second line: return alert");
    case ActionCode::SecondLineRecord:
        return tr("second line: assess the record");
    case ActionCode::SecondLineEtiasFlag:
        return tr("second line: ETIAS flag");
    case ActionCode::SecondLineAsylum:
        return tr("second line: asylum request");
    case ActionCode::SecondLineMinor:
        return tr("second line: unaccompanied minor");
    case ActionCode::SecondLineExitOverstay:
        return tr("second line: overstay at exit");
    case ActionCode::VerifyDocument:
        return tr("check the document by hand");
    case ActionCode::RefuseNoValidDocument:
        return tr("refuse: no valid document");
    case ActionCode::RefuseNoVisa:
        return tr("refuse: no valid visa");
    case ActionCode::RefuseNoEtias:
        return tr("refuse: no travel authorisation");
    case ActionCode::RefuseOverstay:
        return tr("refuse: 90 days used");
    case ActionCode::VerifyVisaRequirement:
        return tr("verify the visa");
    case ActionCode::VerifyFreeMovement:
        return tr("verify free movement");
    case ActionCode::VerifyStay:
        return tr("verify the stay");
    case ActionCode::CompleteChecksManually:
        return tr("complete the checks by hand");
    case ActionCode::Admit:
        return tr("admit");
    case ActionCode::LetExit:
        return tr("let exit");
    }
    return {};
}

QString ResultText::hitDetail(const bd::model::Hit& hit)
{
    QStringList parts;
    if (hit.sis) {
        const auto& s = *hit.sis;
        parts << tr("alert: %1").arg(sisCategoryText(s.category));
        if (!s.objectStatus.isEmpty())
            parts << tr("object: %1").arg(objectStatusText(s.objectStatus));
        if (!s.action.isEmpty())
            parts << tr("action to be taken, as issued by the State: %1").arg(s.action);
        if (!s.warningMarkers.isEmpty()) {
            QStringList markers;
            for (const QString& m : s.warningMarkers)
                markers << warningMarkerText(m);
            parts << tr("WARNING: %1").arg(markers.join(QStringLiteral(", ")));
        }
        if (!s.issuingState.isEmpty())
            parts << tr("issued by %1").arg(s.issuingState);
    }
    if (hit.vis) {
        const auto& v = *hit.vis;
        parts << tr("visa %1, %2").arg(visaStatusText(v.status), visaTypeText(v.visaType));
        if (v.validFrom.isValid() || v.validUntil.isValid())
            parts << tr("valid %1 to %2").arg(date(v.validFrom), date(v.validUntil));
        parts << (v.entriesAllowed == 0 ? tr("multiple entries, %n used", nullptr, v.entriesUsed)
                                        : tr("%1 of %n entries used", nullptr, v.entriesAllowed).arg(v.entriesUsed));
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
            const QString day = date(last.date);
            parts << (last.kind == QLatin1String("entry") ? tr("last entry on %1").arg(day)
                    : last.kind == QLatin1String("exit")  ? tr("last exit on %1").arg(day)
                    : last.kind == QLatin1String("refusal")
                    ? tr("last refusal on %1").arg(day)
                    : tr("last movement on %1: %2").arg(day, movementText(last.kind)));
        }
        if (e.overstayFlag)
            parts << tr("OVERSTAY flagged");
    }
    if (hit.etias) {
        const auto& t = *hit.etias;
        parts << tr("travel authorisation %1").arg(etiasStatusText(t.status));
        if (t.validUntil.isValid())
            parts << tr("valid until %1").arg(date(t.validUntil));
        if (!t.flags.isEmpty()) {
            QStringList flags;
            for (const QString& f : t.flags)
                flags << etiasFlagText(f);
            parts << tr("flags: %1").arg(flags.join(QStringLiteral(", ")));
        }
    }
    if (hit.other) {
        const auto& o = *hit.other;
        parts << recordCategoryText(hit.system, o.category);
        if (!o.memberStates.isEmpty())
            parts << o.memberStates.join(QStringLiteral(", "));
        if (!o.note.isEmpty())
            parts << tr("note as recorded: %1").arg(o.note);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace bd::ui
