#include "app/cli/CliCommands.h"

#include "services/results/StayCalculator.h"
#include "services/results/StayJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd::app::cli {

int runStay(const QStringList& arguments)
{
    if (arguments.size() > 1
        || (arguments.size() == 1 && arguments.first().startsWith(QLatin1Char('-'))
            && arguments.first() != QLatin1String("-"))) {
        std::fputs("usage: borderdesk-cli stay [FILE|-]   (JSON input, see docs/cli.md)\n", stderr);
        return 2;
    }
    QFile in;
    const QString path = arguments.isEmpty() ? QStringLiteral("-") : arguments.first();
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
