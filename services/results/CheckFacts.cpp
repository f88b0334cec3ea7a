#include "services/results/CheckFacts.h"

#include "services/document/MrzLayout.h"
#include "services/document/MrzRecord.h"

#include <algorithm>

namespace bd::results {

DocumentFacts documentFactsFrom(const bd::document::MrzRecord& record)
{
    using bd::document::MrzIssue;
    DocumentFacts f;
    f.read = record.format != bd::document::MrzFormat::Unknown && !record.lines.isEmpty();
    f.dateOfExpiry = QDate::fromString(record.value(QStringLiteral("dateOfExpiry")), Qt::ISODate);
    bool errors = false;
    const auto remark = [](const MrzIssue& issue) {
        return ResultNotice { NoticeCode::DocumentRemark,
            { issue.code, issue.detail, issue.span.line, issue.span.column } };
    };
    for (const MrzIssue& issue : record.issues) {
        // An unknown country code is shown, never a reason to call a real document invalid: ICAO
        // adds codes, and the check digits still prove the zone was read as printed.
        if (issue.code == QLatin1String("unknownCountry")) {
            f.warnings.append(remark(issue));
            continue;
        }
        // Expiry is judged by the verdict rules (it depends on who travels), not here.
        if (issue.code == QLatin1String("expired") || issue.code == QLatin1String("expiresSoon"))
            continue;
        if (issue.severity == MrzIssue::Severity::Error) {
            errors = true;
            f.problems.append(issue.detail);
        } else {
            f.warnings.append(remark(issue));
        }
    }
    f.zoneValid = f.read && !errors && record.checksPass() && !record.checks.isEmpty();
    if (f.read && !record.checksPass() && !errors)
        f.problems.append(QStringLiteral("a check digit does not match"));

    // A repaired character that no check digit protects was guessed, not proven; so was a character
    // the recogniser was unsure of (read from an image) where no check digit can catch a misreading.
    // (A weak check digit that passes is proven by its data, a repaired one is still listed.)
    QList<bd::document::MrzSpan> unproven;
    for (const bd::document::MrzRepair& rep : record.repairs)
        unproven.append({ rep.line, rep.column, 0 });
    unproven.append(record.weakCharacters);
    if (!unproven.isEmpty()) {
        const bd::document::MrzLayout layout = bd::document::mrzLayout(record.format, record.lines);
        for (const bd::document::MrzSpan& at : unproven) {
            const bool weakCheckDigit = at.length > 0 && layout.isCheckDigit(at.line, at.column);
            if (weakCheckDigit || layout.protectedByCheckDigit(at.line, at.column))
                continue;
            QString field = QStringLiteral("zone");
            for (const auto& spec : layout.fields)
                if (spec.span.contains(at.line, at.column))
                    field = spec.name;
            if (!f.unverifiedFields.contains(field))
                f.unverifiedFields.append(field);
        }
    }
    return f;
}

QString residenceKindKey(ResidenceTitle::Kind k)
{
    switch (k) {
    case ResidenceTitle::Kind::ResidencePermit:
        return QStringLiteral("residence-permit");
    case ResidenceTitle::Kind::LongStayVisa:
        return QStringLiteral("long-stay-visa");
    case ResidenceTitle::Kind::ResidenceCard:
        return QStringLiteral("residence-card");
    }
    return {};
}

std::optional<ResidenceTitle::Kind> residenceKindFromKey(const QString& key)
{
    for (auto k : { ResidenceTitle::Kind::ResidencePermit, ResidenceTitle::Kind::LongStayVisa,
             ResidenceTitle::Kind::ResidenceCard })
        if (residenceKindKey(k) == key)
            return k;
    return std::nullopt;
}

EtiasPeriods EtiasPeriods::fromStart(const QDate& start)
{
    EtiasPeriods p;
    if (!start.isValid())
        return p;
    p.operationsStart = start;
    p.transitionalEnd = start.addMonths(6).addDays(-1);
    p.graceEnd = start.addMonths(12).addDays(-1);
    return p;
}

EtiasPhase etiasPhase(const EtiasPeriods& p, const QDate& day)
{
    if (!p.operationsStart.isValid() || day < p.operationsStart)
        return EtiasPhase::NotInOperation;
    if (p.transitionalEnd.isValid() && day <= p.transitionalEnd)
        return EtiasPhase::Transitional;
    if (p.graceEnd.isValid() && day <= p.graceEnd)
        return EtiasPhase::Grace;
    return EtiasPhase::Required;
}

} // namespace bd::results
