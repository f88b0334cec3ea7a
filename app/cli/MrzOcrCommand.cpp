// borderdesk-cli mrz-ocr: reads the MRZ from document images, one JSON object per image (docs/cli.md).
#include "app/cli/CliCommands.h"
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
    ocr::OpenCvMrzReader::Options options;
    options.today = core::SystemClock().today();
    QStringList images;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            usage(stdout);
            return 0;
        }
        if (a == QLatin1String("--today")) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("--today needs a date (YYYY-MM-DD)"));
            options.today = QDate::fromString(arguments.at(++i), Qt::ISODate);
            if (!options.today.isValid())
                return usageError(QStringLiteral("--today '%1' is not a date (YYYY-MM-DD)").arg(arguments.at(i)));
            continue;
        }
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return usageError(QStringLiteral("unknown option '%1'").arg(a));
        images.append(a);
    }
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
