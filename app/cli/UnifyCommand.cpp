#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"
#include "app/cli/VerdictOptions.h"

#include "services/core/Clock.h"
#include "services/results/StreamReplay.h"
#include "services/results/UnifiedResultJson.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd::app::cli {

namespace {

void usage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli unify [OPTIONS] < answers.ndjson\n"
               "Reads a recorded search answer as NDJSON on stdin (the SearchRequest, then the SystemEvent lines\n"
               "and the SearchSummary, as the gateway streams them) and prints the unified result with the\n"
               "required action. Exit code: 0 admit / let exit, 1 anything else, 2 bad input.\n",
        out);
    std::fputs(VerdictOptions::usage(), out);
}

} // namespace

int runUnify(const QStringList& arguments)
{
    CliParser cli("unify", usage);
    cli.addOptions(VerdictOptions::options());
    if (const auto stop = cli.parseOrExit(arguments, CliParser::Positionals::Refused))
        return *stop;
    VerdictOptions options;
    options.today = bd::core::SystemClock().today();
    QString error;
    if (!options.read(cli.parser(), &error))
        return cli.usageError(error);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return cli.usageError(QStringLiteral("cannot read stdin"));
    const auto replayed = bd::results::replaySearchAnswers(in.readAll());
    if (!replayed) {
        std::fprintf(stderr, "borderdesk-cli unify: %s\n", qPrintable(replayed.error().detail));
        return 2;
    }
    bd::results::SearchAnswers answers = *replayed;
    if (options.purpose)
        answers.request.purpose = *options.purpose;
    const auto visaList = bd::results::VisaList::builtIn();
    if (!visaList)
        std::fprintf(stderr, "borderdesk-cli unify: visa list not loaded (%s): every nationality is verified by hand\n",
            qPrintable(visaList.error().detail));
    const bd::results::UnifiedResult result
        = bd::results::Unifier::unify(answers, options.context(visaList ? &*visaList : nullptr));
    std::fputs(
        QJsonDocument(bd::results::unifiedResultToJson(result)).toJson(QJsonDocument::Indented).constData(), stdout);
    return VerdictOptions::exitCodeFor(result);
}

} // namespace bd::app::cli
