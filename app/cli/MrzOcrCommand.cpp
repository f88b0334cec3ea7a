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

} // namespace

int runMrzOcr(const QStringList& arguments)
{
    CliParser cli("mrz-ocr", usage);
    cli.addOption(todayOption());
    if (const auto stop = cli.parseOrExit(arguments))
        return *stop;
    ocr::OpenCvMrzReader::Options options;
    options.today = core::SystemClock().today();
    QString error;
    if (!readToday(cli.parser(), &options.today, &error))
        return cli.usageError(error);
    const QStringList images = cli.positionalArguments();
    if (images.isEmpty())
        return cli.usageError(QStringLiteral("no image given"));

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
