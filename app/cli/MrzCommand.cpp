// borderdesk-cli mrz: parses and checks MRZ lines, one JSON object per document (docs/cli.md).
#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"

#include "services/core/Clock.h"
#include "services/document/MrzJson.h"
#include "services/document/MrzParser.h"

#include <QFile>

namespace bd::app::cli {

namespace {

void usage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli mrz [--today YYYY-MM-DD] [--no-repair] [LINE...]\n"
               "  LINE...       the lines of one MRZ; without them, documents are read from stdin,\n"
               "                separated by blank lines, and printed as one JSON object per line\n"
               "  --today D     the date that decides expiry, age and date centuries (default: today)\n"
               "  --no-repair   report OCR confusions (O/0, I/1, ...) instead of repairing them\n"
               "exit status: 0 every document valid, 1 any invalid, 2 usage error\n",
        out);
}

// Documents in text: groups of non-blank lines separated by blank ones.
QList<QStringList> documents(const QString& text)
{
    QList<QStringList> out;
    QStringList current;
    for (const QString& line : document::MrzParser::splitText(text)) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
            continue;
        }
        current.append(line);
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace

int runMrz(const QStringList& arguments)
{
    CliParser cli("mrz", usage);
    cli.addOptions({ todayOption(), QCommandLineOption(QStringLiteral("no-repair")) });
    if (const auto stop = cli.parseOrExit(arguments))
        return *stop;
    document::MrzParser::Options options;
    options.today = core::SystemClock().today();
    QString error;
    if (!readToday(cli.parser(), &options.today, &error))
        return cli.usageError(error);
    options.repairConfusables = !cli.parser().isSet(QStringLiteral("no-repair"));
    const QStringList lines = cli.positionalArguments();

    QList<QStringList> docs;
    if (!lines.isEmpty()) {
        docs.append(lines);
    } else {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return cli.usageError(QStringLiteral("cannot read standard input"));
        docs = documents(QString::fromUtf8(in.readAll()));
    }
    if (docs.isEmpty())
        return cli.usageError(QStringLiteral("no MRZ lines given (as arguments or on standard input)"));

    bool allValid = true;
    for (const QStringList& doc : docs) {
        const document::MrzRecord record = document::MrzParser::parse(doc, options);
        allValid = allValid && record.valid;
        const QByteArray json = document::MrzJson::toCompactJson(record) + '\n';
        std::fwrite(json.constData(), 1, static_cast<std::size_t>(json.size()), stdout);
    }
    std::fflush(stdout);
    return allValid ? 0 : 1;
}

} // namespace bd::app::cli
