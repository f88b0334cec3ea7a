#include "app/cli/VerdictOptions.h"

#include "services/document/MrzParser.h"
#include "services/results/UnifiedResult.h"
#include "services/results/VisaList.h"

namespace bd::app::cli {

using bd::results::ResidenceTitle;

const char* VerdictOptions::usage()
{
    return "  --today YYYY-MM-DD       the control date (default: today)\n"
           "  --purpose P              entry-check (default), exit-check, visa-application, training\n"
           "  --mrz LINE               one line of the document's zone (repeat for each line); without it\n"
           "                           the document counts as not read and the verdict is never admit\n"
           "  --etias-start DATE       first day of ETIAS operations (default: not in operation)\n"
           "  --etias-transitional-end DATE, --etias-grace-end DATE   (default: start + 6 / + 12 months)\n"
           "  --border-state CODE      the Member State of this border (ICAO code, for LTV visas)\n"
           "  --residence KIND:STATE:UNTIL  declared residence-permit | long-stay-visa | residence-card\n"
           "  --family-member          family member of an EU/EEA/CH citizen\n"
           "  --asylum                 the traveller asks for international protection\n"
           "  --unaccompanied-minor    --face-mismatch\n"
           "  --confirm CONDITION      a visa-list condition verified on the document (e.g. biometric-passport)\n";
}

VerdictOptions::Taken VerdictOptions::take(const QStringList& arguments, qsizetype& i, QString* error)
{
    const QString a = arguments.at(i);
    if (a == QLatin1String("--family-member")) {
        declarations.familyMemberOfEuCitizen = true;
        return Taken::Flag;
    }
    if (a == QLatin1String("--asylum")) {
        declarations.asylumRequest = true;
        return Taken::Flag;
    }
    if (a == QLatin1String("--unaccompanied-minor")) {
        declarations.unaccompaniedMinor = true;
        return Taken::Flag;
    }
    if (a == QLatin1String("--face-mismatch")) {
        declarations.faceMismatch = true;
        return Taken::Flag;
    }
    static const QStringList withValue { QStringLiteral("--today"), QStringLiteral("--purpose"),
        QStringLiteral("--mrz"), QStringLiteral("--etias-start"), QStringLiteral("--etias-transitional-end"),
        QStringLiteral("--etias-grace-end"), QStringLiteral("--border-state"), QStringLiteral("--residence"),
        QStringLiteral("--confirm") };
    if (!withValue.contains(a))
        return Taken::No;
    if (i + 1 >= arguments.size()) {
        *error = QStringLiteral("%1 needs a value").arg(a);
        return Taken::WithValue;
    }
    const QString v = arguments.at(++i);
    const auto date = [&](QDate* d) {
        *d = QDate::fromString(v, Qt::ISODate);
        if (!d->isValid())
            *error = QStringLiteral("%1 '%2' is not a date (YYYY-MM-DD)").arg(a, v);
    };
    if (a == QLatin1String("--today"))
        date(&today);
    else if (a == QLatin1String("--purpose")) {
        purpose = bd::gateway::purposeFromKey(v);
        if (!purpose)
            *error
                = QStringLiteral("unknown purpose '%1' (entry-check, exit-check, visa-application, training)").arg(v);
    } else if (a == QLatin1String("--mrz"))
        mrzLines.append(v);
    else if (a == QLatin1String("--etias-start"))
        date(&etiasStart);
    else if (a == QLatin1String("--etias-transitional-end"))
        date(&etiasTransitionalEnd);
    else if (a == QLatin1String("--etias-grace-end"))
        date(&etiasGraceEnd);
    else if (a == QLatin1String("--border-state"))
        borderState = v.trimmed().toUpper();
    else if (a == QLatin1String("--confirm"))
        declarations.confirmedConditions.append(v.trimmed());
    else if (a == QLatin1String("--residence")) {
        const QStringList parts = v.split(QLatin1Char(':'));
        const auto kind = parts.size() == 3 ? bd::results::residenceKindFromKey(parts[0]) : std::nullopt;
        const QDate until = parts.size() == 3 ? QDate::fromString(parts[2], Qt::ISODate) : QDate();
        if (!kind || parts[1].isEmpty() || !until.isValid())
            *error = QStringLiteral("--residence '%1' must be KIND:STATE:YYYY-MM-DD with KIND residence-permit, "
                                    "long-stay-visa or residence-card")
                         .arg(v);
        else
            declarations.residence = ResidenceTitle { *kind, parts[1].toUpper(), until };
    }
    return Taken::WithValue;
}

bd::results::CheckContext VerdictOptions::context(const bd::results::VisaList* visaList) const
{
    bd::results::CheckContext c;
    c.today = today;
    if (!mrzLines.isEmpty())
        c.document = bd::results::documentFactsFrom(bd::document::MrzParser::parse(mrzLines, { today, true }));
    c.declarations = declarations;
    c.etias = bd::results::EtiasPeriods::fromStart(etiasStart);
    if (etiasTransitionalEnd.isValid())
        c.etias.transitionalEnd = etiasTransitionalEnd;
    if (etiasGraceEnd.isValid())
        c.etias.graceEnd = etiasGraceEnd;
    c.borderState = borderState;
    c.visaList = visaList;
    return c;
}

int VerdictOptions::exitCodeFor(const bd::results::UnifiedResult& result)
{
    const QString& decision = result.requiredAction.decision;
    return decision == QLatin1String(bd::results::decisions::kAdmit)
            || decision == QLatin1String(bd::results::decisions::kLetExit)
        ? 0
        : 1;
}

} // namespace bd::app::cli
