// borderdesk-cli mrz-scan: reads zones from a camera, a video file or a folder of images through
// the same frame source and scanner the workstation uses (docs/cli.md).
#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"
#include "app/cli/ReadingJson.h"

#include "services/capture/MrzFrameScanner.h"
#include "services/capture/OpenCvFrameSource.h"
#include "services/core/Clock.h"
#include "services/ocr/OpenCvMrzReader.h"

#include <QCoreApplication>
#include <QTimer>

namespace bd::app::cli {
namespace {

void scanUsage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli mrz-scan [--today YYYY-MM-DD] [--seconds N] SOURCE\n"
               "  SOURCE        device:N (camera), video:PATH or folder:PATH\n"
               "  --seconds N   stop a camera after N seconds (default 30); files end by themselves\n"
               "output: one JSON line per document read (as mrz-ocr, plus \"frame\": its index)\n"
               "exit status: 0 at least one valid document read, 1 none, 2 usage or source error\n",
        out);
}

} // namespace

int runMrzScan(const QStringList& arguments)
{
    CliParser cli("mrz-scan", scanUsage);
    cli.addOptions({ todayOption(), QCommandLineOption(QStringLiteral("seconds"), QString(), QStringLiteral("N")) });
    if (const auto stop = cli.parseOrExit(arguments))
        return *stop;
    bd::ocr::OpenCvMrzReader::Options options;
    options.today = bd::core::SystemClock().today();
    QString problem;
    if (!readToday(cli.parser(), &options.today, &problem))
        return cli.usageError(problem);
    int seconds = 30;
    if (cli.parser().isSet(QStringLiteral("seconds"))) {
        const QString v = cli.parser().value(QStringLiteral("seconds"));
        bool ok = false;
        seconds = v.toInt(&ok);
        if (!ok || seconds < 1)
            return cli.usageError(QStringLiteral("--seconds '%1' is not a whole number from 1").arg(v));
    }
    const QStringList sources = cli.positionalArguments();
    if (sources.size() > 1)
        return cli.usageError(QStringLiteral("only one source may be given"));
    if (sources.isEmpty())
        return cli.usageError(QStringLiteral("no source given"));
    const QString sourceText = sources.first();
    bd::capture::OpenCvFrameSource::Spec spec;
    QString why;
    if (!bd::capture::OpenCvFrameSource::parseSpec(sourceText, &spec, &why))
        return cli.usageError(why);
    const bool live = spec.kind == bd::capture::OpenCvFrameSource::Kind::Device;
    spec.pull = !live;
    spec.framesPerSecond = 1000.0;

    const bd::ocr::OpenCvMrzReader reader(options);
    bd::capture::OpenCvFrameSource source(spec);
    bd::capture::MrzFrameScanner scanner(
        source, bd::capture::openCvFrameReader(reader), bd::capture::MrzFrameScanner::Options::forSource(live));
    int exitCode = 1;
    QObject::connect(&scanner, &bd::capture::MrzFrameScanner::documentRead, &scanner,
        [&exitCode](const bd::capture::Frame& frame, const bd::ocr::MrzReading& reading) {
            QJsonObject json = readingToJson(reading);
            json.insert(QStringLiteral("frame"), frame.index);
            printJsonLine(json);
            if (reading.record.valid)
                exitCode = 0;
        });
    QObject::connect(
        &source, &bd::capture::FrameSource::errorOccurred, &source, [&exitCode](const bd::core::Error& error) {
            std::fprintf(stderr, "borderdesk-cli mrz-scan: %s\n", qPrintable(error.detail));
            if (error.code == QLatin1String("capture.open"))
                exitCode = 2;
        });
    QObject::connect(&scanner, &bd::capture::MrzFrameScanner::idle, qApp, &QCoreApplication::quit);
    if (live)
        QTimer::singleShot(seconds * 1000, &source, [&source] { source.stop(); });
    source.start();
    QCoreApplication::exec();
    std::fprintf(
        stderr, "borderdesk-cli mrz-scan: %d frames read, %d dropped\n", scanner.framesRead(), scanner.framesDropped());
    return exitCode;
}

} // namespace bd::app::cli
