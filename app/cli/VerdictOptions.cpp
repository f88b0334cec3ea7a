#include "app/cli/VerdictOptions.h"

#include "app/cli/CliParser.h"
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

QList<QCommandLineOption> VerdictOptions::options()
{
    const auto valued = [](const char* name, const char* valueName) {
        return QCommandLineOption(QLatin1String(name), QString(), QLatin1String(valueName));
    };
    return { todayOption(), valued("purpose", "P"), valued("mrz", "LINE"), valued("etias-start", "YYYY-MM-DD"),
        valued("etias-transitional-end", "YYYY-MM-DD"), valued("etias-grace-end", "YYYY-MM-DD"),
        valued("border-state", "CODE"), valued("residence", "KIND:STATE:UNTIL"), valued("confirm", "CONDITION"),
        QCommandLineOption(QStringLiteral("family-member")), QCommandLineOption(QStringLiteral("asylum")),
        QCommandLineOption(QStringLiteral("unaccompanied-minor")),
        QCommandLineOption(QStringLiteral("face-mismatch")) };
}

namespace {

std::optional<ResidenceTitle> residenceFrom(const QString& v)
{
    const QStringList parts = v.split(QLatin1Char(':'));
    const auto kind = parts.size() == 3 ? bd::results::residenceKindFromKey(parts[0]) : std::nullopt;
    const QDate until = parts.size() == 3 ? QDate::fromString(parts[2], Qt::ISODate) : QDate();
    if (!kind || parts[1].isEmpty() || !until.isValid())
        return std::nullopt;
    return ResidenceTitle { *kind, parts[1].toUpper(), until };
}

} // namespace

bool VerdictOptions::read(const QCommandLineParser& parser, QString* error)
{
    const auto set = [&parser](const char* name) { return parser.isSet(QLatin1String(name)); };
    declarations.familyMemberOfEuCitizen = set("family-member");
    declarations.asylumRequest = set("asylum");
    declarations.unaccompaniedMinor = set("unaccompanied-minor");
    declarations.faceMismatch = set("face-mismatch");
    if (!readToday(parser, &today, error) || !readDate(parser, QStringLiteral("etias-start"), &etiasStart, error)
        || !readDate(parser, QStringLiteral("etias-transitional-end"), &etiasTransitionalEnd, error)
        || !readDate(parser, QStringLiteral("etias-grace-end"), &etiasGraceEnd, error))
        return false;
    if (set("purpose")) {
        const QString v = parser.value(QStringLiteral("purpose"));
        purpose = bd::model::purposeFromKey(v);
        if (!purpose) {
            *error
                = QStringLiteral("unknown purpose '%1' (entry-check, exit-check, visa-application, training)").arg(v);
            return false;
        }
    }
    mrzLines += parser.values(QStringLiteral("mrz"));
    if (set("border-state"))
        borderState = parser.value(QStringLiteral("border-state")).trimmed().toUpper();
    for (const QString& v : parser.values(QStringLiteral("confirm")))
        declarations.confirmedConditions.append(v.trimmed());
    for (const QString& v : parser.values(QStringLiteral("residence"))) {
        const auto residence = residenceFrom(v);
        if (!residence) {
            *error = QStringLiteral("--residence '%1' must be KIND:STATE:YYYY-MM-DD with KIND residence-permit, "
                                    "long-stay-visa or residence-card")
                         .arg(v);
            return false;
        }
        declarations.residence = residence;
    }
    return true;
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
    const bd::model::Decision decision = result.requiredAction.decision;
    return decision == bd::model::Decision::Admit || decision == bd::model::Decision::LetExit ? 0 : 1;
}

} // namespace bd::app::cli
