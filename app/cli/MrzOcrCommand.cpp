// borderdesk-cli mrz-ocr: reads the MRZ from document images, one JSON object per image (docs/cli.md).
#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"
#include "app/cli/ReadingJson.h"

#include "services/core/Clock.h"
#include "services/ocr/OpenCvMrzReader.h"

#include <QJsonObject>

namespace bd::app::cli {

namespace {

void usage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli mrz-ocr [--today YYYY-MM-DD] IMAGE...\n"
               "  IMAGE...      document photos or scans (PNG, JPEG, TIFF, BMP, WebP); the zone may be\n"
               "                anywhere and turned by 0/90/180/270 degrees plus up to about 15 degrees\n"
               "  --today D     the date that decides expiry, age and date centuries (default: today)\n"
               "output: one JSON object per image and line: the `mrz` object plus image, box, rotation,\n"
               "        skew, milliseconds (or error when no zone was read)\n"
               "exit status: 0 every image read and valid, 1 any not found or invalid, 2 usage error\n",
        out);
}

int usageError(const QString& message)
{
    std::fprintf(stderr, "borderdesk-cli mrz-ocr: %s\n", qPrintable(message));
    usage(stderr);
    return 2;
}

} // namespace

int runMrzOcr(const QStringList& arguments)
{
    CliParser cli;
    cli.addOption(todayOption());
    QString error;
    if (!cli.parse(arguments, &error))
        return usageError(error);
    if (cli.helpRequested()) {
        usage(stdout);
        return 0;
    }
    ocr::OpenCvMrzReader::Options options;
    options.today = core::SystemClock().today();
    if (!readToday(cli.parser(), &options.today, &error))
        return usageError(error);
    const QStringList images = cli.positionalArguments();
    if (images.isEmpty())
        return usageError(QStringLiteral("no image given"));

    const ocr::OpenCvMrzReader reader(options);
    bool allValid = true;
    for (const QString& path : images) {
        const ocr::MrzReading reading = reader.readFile(path);
        QJsonObject json = readingToJson(reading);
        json.insert(QStringLiteral("image"), path);
        allValid = allValid && reading.found && reading.record.valid;
        printJsonLine(json);
    }
    return allValid ? 0 : 1;
}

} // namespace bd::app::cli
