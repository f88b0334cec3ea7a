#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"

#include "services/results/StayCalculator.h"
#include "services/results/StayJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd::app::cli {

namespace {

void usage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli stay [FILE|-]   (JSON input, see docs/cli.md)\n", out);
}

} // namespace

int runStay(const QStringList& arguments)
{
    CliParser cli("stay", usage);
    if (const auto stop = cli.parseOrExit(arguments))
        return *stop;
    const QStringList files = cli.positionalArguments();
    if (files.size() > 1)
        return cli.usageError(QStringLiteral("only one input may be given"));
    QFile in;
    const QString path = files.isEmpty() ? QStringLiteral("-") : files.first();
    const bool ok = path == QLatin1String("-") ? in.open(stdin, QIODevice::ReadOnly)
                                               : (in.setFileName(path), in.open(QIODevice::ReadOnly));
    if (!ok) {
        std::fprintf(stderr, "borderdesk-cli stay: cannot read '%s'\n", qPrintable(path));
        return 2;
    }
    const auto query = bd::results::stayQueryFromJson(in.readAll());
    if (!query) {
        std::fprintf(stderr, "borderdesk-cli stay: %s\n", qPrintable(query.error().detail));
        return 2;
    }
    const auto assessment = bd::results::StayCalculator::assess(query->stays, query->controlDate);
    if (!assessment) {
        std::fprintf(stderr, "borderdesk-cli stay: %s\n", qPrintable(assessment.error().detail));
        return 2;
    }
    QJsonObject out = bd::results::stayAssessmentToJson(*assessment);
    if (query->plannedEntry.isValid()) {
        const auto days = bd::results::StayCalculator::plannedStayLength(query->stays, query->plannedEntry);
        if (!days) {
            std::fprintf(stderr, "borderdesk-cli stay: %s\n", qPrintable(days.error().detail));
            return 2;
        }
        out.insert(QStringLiteral("planned"),
            QJsonObject { { QStringLiteral("entry"), query->plannedEntry.toString(Qt::ISODate) },
                { QStringLiteral("days"), *days },
                { QStringLiteral("lastDay"),
                    *days > 0 ? QJsonValue(query->plannedEntry.addDays(*days - 1).toString(Qt::ISODate))
                              : QJsonValue(QJsonValue::Null) } });
    }
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return assessment->overstayDays > 0 ? 1 : 0;
}

} // namespace bd::app::cli
