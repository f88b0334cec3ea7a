// bd-bench-mrz-ocr: reads the MRZ from a synthetic corpus of full-page document images on ONE core
// and reports the share read exactly (every line identical to the ground truth) and the time per
// image. The corpus is generated here (OCR-B rendering + degradations), with seeds disjoint from the
// tests (1..10^4) and from the classifier training (20261128).
//
// usage: bd-bench-mrz-ocr [--count N] [--seed S | --first-seed S] [--seeds S1,S2,...] [--dump DIR]
//                         [--condition NAME] [--condition-count N]
//   --seed/--first-seed: the first seed of the corpus (default 700000, the published benchmark;
//   develop on another range, e.g. 800000). --seeds: exactly these seeds (re-run failures).
//   Conditions: `original` (the corpus above, unchanged) and the harder ones of the wider search,
//   each the original's random degradations plus one more: `lowres-page` (the whole document
//   250-350 px wide), `rotation` (turned by any angle), `perspective` (page plane tilted up to 30
//   degrees), `faint` (MRZ ink at 55-75 % of white, mild blur), and two zones not printed in
//   OCR-B, with the original degradations: `font-dejavu` (DejaVu Sans Mono) and `font-liberation`
//   (Liberation Mono); the classifier is trained on OCR-B only. By default the original corpus
//   prints its detailed rows (--count pages), then one row per condition (--condition-count pages
//   each, default 50 to keep the default run short, same first seed). --condition NAME: only that
//   condition, --count pages (default 50 unless given; 200 for the development figures).
//   --dump DIR: failing pages go to DIR/fail-<seed>.jpg and their ground truth and reading to
//   stderr (synthetic data only).
//   --tesseract N: instead, compare with Tesseract (if installed; not a project dependency) on the
//   first N pages: the ground-truth zone is cut out upright (perspective undone, capitals about
//   32 px tall) and read by `tesseract --psm 6` with the MRZ alphabet as whitelist and
//   OMP_THREAD_LIMIT=1, and by OpenCvMrzReader on the same crop; prints exact lines, exact
//   zones and ms per zone for both.
#include "services/ocr/OcrbFont.h"
#include "services/ocr/OpenCvMrzReader.h"
#include "services/training/RandomMrz.h"
#include "services/training/SyntheticDocument.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <opencv2/imgproc.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace bd::ocr;
using namespace bd::training;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

// The printed zone cut out upright from the page, capitals about 32 px tall, with a margin.
cv::Mat groundTruthCrop(const SyntheticDocumentImage& doc)
{
    const int chars = static_cast<int>(doc.mrzLines.first().size());
    const double pitch = 34.0;
    const double margin = 1.5 * pitch;
    const double zoneW = chars * pitch;
    const double zoneH
        = cv::norm(doc.mrzCorners[3] - doc.mrzCorners[0]) / cv::norm(doc.mrzCorners[1] - doc.mrzCorners[0]) * zoneW;
    const cv::Point2f dst[4] = { { float(margin), float(margin) }, { float(margin + zoneW), float(margin) },
        { float(margin + zoneW), float(margin + zoneH) }, { float(margin), float(margin + zoneH) } };
    const cv::Mat H = cv::getPerspectiveTransform(doc.mrzCorners.data(), dst);
    cv::Mat crop;
    cv::warpPerspective(
        doc.image, crop, H, { int(zoneW + 2 * margin), int(zoneH + 2 * margin) }, cv::INTER_AREA, cv::BORDER_REPLICATE);
    cv::cvtColor(crop, crop, cv::COLOR_BGR2GRAY);
    return crop;
}

// Page `seed` of the corpus: a random valid zone at one of five resolutions with the random
// degradations (the same page for the benchmark and the Tesseract comparison).
int corpusDpi(quint64 seed)
{
    static const int dpis[] = { 150, 200, 300, 400, 600 };
    return dpis[seed % 5];
}

// The benchmark's conditions (see the top of this file).
enum class Condition
{
    Original,
    LowresPage,
    Rotation,
    Perspective,
    Faint,
    FontDejaVu,
    FontLiberation
};

struct ConditionInfo
{
    Condition condition;
    const char* name;
    const char* description;
};

constexpr ConditionInfo kConditions[] = {
    { Condition::Original, "original", "the corpus above (0/90/180/270 +-15 deg, perspective <= 0.05)" },
    { Condition::LowresPage, "lowres-page", "whole document 250-350 px wide (caps ~4-8 px)" },
    { Condition::Rotation, "rotation", "turned by any angle, 0-360 deg" },
    { Condition::Perspective, "perspective", "page plane tilted up to 30 deg (3D turn, pinhole)" },
    { Condition::Faint, "faint", "MRZ ink at 55-75 % of white, mild blur" },
    { Condition::FontDejaVu, "font-dejavu", "zone in DejaVu Sans Mono (not OCR-B), original degradations" },
    { Condition::FontLiberation, "font-liberation", "zone in Liberation Mono (not OCR-B), original degradations" },
};

// One renderer per MRZ font of the conditions.
struct Renderers
{
    SyntheticDocument ocrb;
    SyntheticDocument dejaVu { std::make_shared<const OcrbFont>(MrzFonts::dejaVuSansMono) };
    SyntheticDocument liberation { std::make_shared<const OcrbFont>(MrzFonts::liberationMono) };

    bool isValid() const { return ocrb.isValid() && dejaVu.isValid() && liberation.isValid(); }
    const SyntheticDocument& forCondition(Condition condition) const
    {
        if (condition == Condition::FontDejaVu)
            return dejaVu;
        if (condition == Condition::FontLiberation)
            return liberation;
        return ocrb;
    }
};

SyntheticDocumentImage corpusPage(const SyntheticDocument& renderer, quint64 seed, Condition condition)
{
    SyntheticDocumentSpec spec;
    spec.mrzLines = RandomMrz::generate(seed);
    spec.dpi = corpusDpi(seed);
    spec.seed = seed;
    switch (condition) {
    case Condition::Original:
    case Condition::FontDejaVu:
    case Condition::FontLiberation:
        spec.degradation = Degradation::random(seed, spec.dpi, 1.0);
        break;
    case Condition::LowresPage:
        spec.dpi = 150; // drawn small, then shrunk to the page width
        spec.degradation = Degradation::lowResolution(seed, spec.dpi);
        break;
    case Condition::Rotation:
        spec.degradation = Degradation::anyRotation(seed, spec.dpi);
        break;
    case Condition::Perspective:
        spec.degradation = Degradation::tilted(seed, spec.dpi);
        break;
    case Condition::Faint:
        spec.degradation = Degradation::faintPrint(seed, spec.dpi);
        break;
    }
    return renderer.render(spec);
}

SyntheticDocumentImage corpusPage(const SyntheticDocument& renderer, quint64 seed)
{
    return corpusPage(renderer, seed, Condition::Original);
}

int compareWithTesseract(
    int count, quint64 seed, const SyntheticDocument& renderer, const OpenCvMrzReader& reader, const QString& dump)
{
    const QString tesseract = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
    if (tesseract.isEmpty()) {
        std::printf("| Tesseract | skipped: `tesseract` is not installed (apt-get install tesseract-ocr "
                    "tesseract-ocr-eng) |  |\n");
        return 0;
    }
    QTemporaryDir dir;
    int tessLines = 0, tessZones = 0, ownLines = 0, ownZones = 0, lines = 0;
    std::vector<double> tessMs, ownMs;
    for (int i = 0; i < count; ++i) {
        const quint64 s = seed + static_cast<quint64>(i);
        const SyntheticDocumentImage doc = corpusPage(renderer, s);
        const cv::Mat crop = groundTruthCrop(doc);
        const QString path = (dump.isEmpty() ? dir.path() : dump) + QStringLiteral("/zone-%1.png").arg(s);
        cv::imwrite(path.toStdString(), crop);

        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(tesseract,
            { path, QStringLiteral("stdout"), QStringLiteral("--psm"), QStringLiteral("6"), QStringLiteral("-c"),
                QStringLiteral("tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<") });
        process.waitForFinished(60000);
        tessMs.push_back(timer.nsecsElapsed() / 1e6);
        QStringList read;
        for (QString line : QString::fromLatin1(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            line.remove(QLatin1Char(' '));
            if (!line.trimmed().isEmpty())
                read.append(line.trimmed());
        }
        timer.restart();
        const MrzReading own = reader.read(crop);
        ownMs.push_back(timer.nsecsElapsed() / 1e6);
        bool tessAll = read.size() == doc.mrzLines.size(),
             ownAll = own.found && own.record.lines.size() == doc.mrzLines.size();
        for (int l = 0; l < doc.mrzLines.size(); ++l) {
            ++lines;
            const bool t = l < read.size() && read[l] == doc.mrzLines[l];
            const bool o = own.found && l < own.record.lines.size() && own.record.lines[l] == doc.mrzLines[l];
            tessLines += t;
            ownLines += o;
            tessAll = tessAll && t;
            ownAll = ownAll && o;
        }
        tessZones += tessAll;
        ownZones += ownAll;
    }
    std::printf("| zones (ground-truth crops, upright, cap height ~32 px) | %d, seeds %llu.. |  |\n", count,
        static_cast<unsigned long long>(seed));
    std::printf(
        "| Tesseract 5 (eng, --psm 6, whitelist): exact lines / exact zones | %.1f %% (%d/%d) / %.1f %% (%d/%d) |  |\n",
        100.0 * tessLines / lines, tessLines, lines, 100.0 * tessZones / count, tessZones, count);
    std::printf(
        "| OpenCvMrzReader on the same crops: exact lines / exact zones | %.1f %% (%d/%d) / %.1f %% (%d/%d) |  |\n",
        100.0 * ownLines / lines, ownLines, lines, 100.0 * ownZones / count, ownZones, count);
    std::printf("| ms per zone, median (Tesseract incl. process start / OpenCvMrzReader) | %.0f / %.0f ms |  |\n",
        percentile(tessMs, 0.5), percentile(ownMs, 0.5));
    return 0;
}

// The command line (see the top of this file).
struct BenchArgs
{
    int count = 500;
    quint64 seed = 700000;
    QString dump;
    std::vector<quint64> seedList;
    int tesseractCount = 0;
    QString condition; // empty: the original corpus in detail, then every condition
    int conditionCount = 50;
    bool countGiven = false;
};

BenchArgs parseArgs(const QStringList& args)
{
    BenchArgs a;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--count")) {
            a.count = args[i + 1].toInt();
            a.countGiven = true;
        } else if (args[i] == QLatin1String("--condition"))
            a.condition = args[i + 1];
        else if (args[i] == QLatin1String("--condition-count"))
            a.conditionCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seed") || args[i] == QLatin1String("--first-seed"))
            a.seed = args[i + 1].toULongLong();
        else if (args[i] == QLatin1String("--tesseract"))
            a.tesseractCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--seeds")) {
            for (const QString& v : args[i + 1].split(QLatin1Char(','), Qt::SkipEmptyParts))
                a.seedList.push_back(v.toULongLong());
        } else if (args[i] == QLatin1String("--dump"))
            a.dump = args[i + 1];
    }
    return a;
}

// What the corpus run counts, page by page.
struct CorpusTally
{
    std::vector<double> times, decodeTimes, megapixels;
    int exact = 0, valid = 0, found = 0, falseValid = 0, silentFalseValid = 0;
    std::map<int, std::pair<int, int>> byDpi; // dpi -> (exact, total)
    std::map<QString, std::pair<int, int>> byFormat;
};

// A misread page to `dump`, its ground truth and reading to stderr (synthetic data only).
void dumpFailure(const QString& dump, quint64 s, const SyntheticDocumentImage& doc, const MrzReading& r)
{
    cv::imwrite(QStringLiteral("%1/fail-%2.jpg").arg(dump).arg(s).toStdString(), doc.image);
    std::fprintf(stderr, "seed %llu dpi %d rot %d skew %.1f: %s%s\n", static_cast<unsigned long long>(s), corpusDpi(s),
        doc.rotationDegrees, doc.skewDegrees,
        r.found ? (r.record.valid ? "misread (valid)" : "misread (invalid)") : "not found ",
        r.found ? "" : qPrintable(r.error.detail));
    if (r.found)
        for (int l = 0; l < doc.mrzLines.size(); ++l)
            std::fprintf(stderr, "   %s\n   %s\n", qPrintable(doc.mrzLines[l]),
                l < r.record.lines.size() ? qPrintable(r.record.lines[l]) : "-");
}

// Reads page `s` (the i-th of the run) and counts it; every tenth page also times a JPEG decode.
void readPage(CorpusTally& tally,
    const SyntheticDocument& renderer,
    const OpenCvMrzReader& reader,
    quint64 s,
    int i,
    const QString& dump,
    Condition condition)
{
    const SyntheticDocumentImage doc = corpusPage(renderer, s, condition);
    tally.megapixels.push_back(doc.image.total() / 1e6);

    QElapsedTimer timer;
    timer.start();
    const MrzReading r = reader.read(doc.image);
    tally.times.push_back(timer.nsecsElapsed() / 1e6);
    if (i % 10 == 0) {
        const QByteArray jpeg = SyntheticDocument::encode(doc.image, ".jpg", 90);
        QElapsedTimer t;
        t.start();
        const cv::Mat raw(1, static_cast<int>(jpeg.size()), CV_8UC1, const_cast<char*>(jpeg.constData()));
        const cv::Mat decoded = cv::imdecode(raw, cv::IMREAD_GRAYSCALE);
        tally.decodeTimes.push_back(t.nsecsElapsed() / 1e6);
    }
    const bool isExact = r.found && r.record.lines == doc.mrzLines;
    tally.exact += isExact;
    tally.valid += r.found && r.record.valid;
    tally.falseValid += r.found && r.record.valid && !isExact;
    // Valid with a wrong character and nothing sending the officer to the visual zone: the reading
    // the officer would trust (a verifyVisualZone warning routes the check to the officer, R25).
    const bool flagged = std::any_of(r.record.issues.cbegin(), r.record.issues.cend(),
        [](const bd::document::MrzIssue& issue) { return issue.code == QLatin1String("verifyVisualZone"); });
    tally.silentFalseValid += r.found && r.record.valid && !isExact && !flagged;
    tally.found += r.found;
    auto& d = tally.byDpi[corpusDpi(s)];
    d.first += isExact;
    d.second += 1;
    auto& f = tally.byFormat[doc.mrzLines.size() == 3
            ? QStringLiteral("TD1")
            : QStringLiteral("%1x%2")
                  .arg(doc.mrzLines.first().at(0) == QLatin1Char('V') ? QStringLiteral("V") : QStringLiteral("doc"))
                  .arg(doc.mrzLines.first().size())];
    f.first += isExact;
    f.second += 1;
    if (!isExact && !dump.isEmpty())
        dumpFailure(dump, s, doc, r);
}

void printCorpusTable(const CorpusTally& tally, int count, quint64 firstSeed)
{
    std::printf("| corpus | %d synthetic full-page images (TD1/TD2/TD3/MRV-A/MRV-B), 150-600 dpi, %.1f-%.1f MP, seeds "
                "%llu.. |\n",
        count, percentile(tally.megapixels, 0), percentile(tally.megapixels, 1),
        static_cast<unsigned long long>(firstSeed));
    std::printf("| read exactly (all lines = ground truth) | %.1f %% (%d/%d) | target >= 99 %% |\n",
        100.0 * tally.exact / count, tally.exact, count);
    std::printf(
        "| valid (every check digit passes) | %.1f %% (%d/%d) |  |\n", 100.0 * tally.valid / count, tally.valid, count);
    std::printf("| zone found | %.1f %% (%d/%d) |  |\n", 100.0 * tally.found / count, tally.found, count);
    std::printf("| time per image, 1 thread (median / p95 / max) | %.0f / %.0f / %.0f ms | target median <= 150 ms |\n",
        percentile(tally.times, 0.5), percentile(tally.times, 0.95), percentile(tally.times, 1.0));
    std::printf(
        "| JPEG decode of the page, not included above (median) | %.0f ms |  |\n", percentile(tally.decodeTimes, 0.5));
    for (const auto& [dpi, v] : tally.byDpi)
        std::printf("| exact at %d dpi | %d/%d |  |\n", dpi, v.first, v.second);
    for (const auto& [fmt, v] : tally.byFormat)
        std::printf("| exact for %s | %d/%d |  |\n", qPrintable(fmt), v.first, v.second);
}

void printConditionHeader()
{
    std::printf("\n| condition | pages (seeds) | read exactly | false-valid (of them unflagged) | valid | median / p95 "
                "ms |\n");
    std::printf("|---|---|---|---|---|---|\n");
}

void printConditionRow(const ConditionInfo& info, const CorpusTally& tally, int count, quint64 firstSeed)
{
    std::printf("| %s: %s | %d (%llu..) | %.1f %% (%d) | %d (%d) | %.1f %% | %.0f / %.0f |\n", info.name,
        info.description, count, static_cast<unsigned long long>(firstSeed), 100.0 * tally.exact / std::max(1, count),
        tally.exact, tally.falseValid, tally.silentFalseValid, 100.0 * tally.valid / std::max(1, count),
        percentile(tally.times, 0.5), percentile(tally.times, 0.95));
    std::fflush(stdout);
}

// Reads `count` pages of one condition (or exactly `seedList`).
CorpusTally runCondition(
    const Renderers& renderers, const OpenCvMrzReader& reader, const BenchArgs& args, Condition condition, int count)
{
    CorpusTally tally;
    for (int i = 0; i < count; ++i) {
        const quint64 s
            = args.seedList.empty() ? args.seed + static_cast<quint64>(i) : args.seedList[static_cast<size_t>(i)];
        readPage(tally, renderers.forCondition(condition), reader, s, i, args.dump, condition);
    }
    return tally;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    BenchArgs args = parseArgs(app.arguments());
    cv::setNumThreads(1); // one core: the officer's PC runs other work

    const Renderers renderers;
    const SyntheticDocument& renderer = renderers.ocrb;
    OpenCvMrzReader::Options options;
    options.today = QDate(2026, 11, 28);
    const OpenCvMrzReader reader(options);
    if (!renderers.isValid() || !reader.isReady()) {
        std::fprintf(
            stderr, "bd-bench-mrz-ocr: a font (OCR-B, DejaVu Sans Mono, Liberation Mono) or the model is missing\n");
        return 1;
    }
    if (!args.dump.isEmpty())
        QDir().mkpath(args.dump);
    if (args.tesseractCount > 0)
        return compareWithTesseract(args.tesseractCount, args.seed, renderer, reader, args.dump);
    if (!args.seedList.empty())
        args.count = static_cast<int>(args.seedList.size());

    const quint64 firstSeed = args.seedList.empty() ? args.seed : args.seedList.front();
    if (!args.condition.isEmpty()) {
        const auto* info = std::find_if(std::begin(kConditions), std::end(kConditions),
            [&args](const ConditionInfo& c) { return args.condition == QLatin1String(c.name); });
        if (info == std::end(kConditions)) {
            std::fprintf(stderr, "bd-bench-mrz-ocr: unknown condition %s\n", qPrintable(args.condition));
            return 2;
        }
        const int count = args.seedList.empty() && !args.countGiven ? args.conditionCount : args.count;
        const CorpusTally tally = runCondition(renderers, reader, args, info->condition, count);
        printConditionHeader();
        printConditionRow(*info, tally, count, firstSeed);
        return 0;
    }

    const CorpusTally original = runCondition(renderers, reader, args, Condition::Original, args.count);
    printCorpusTable(original, args.count, firstSeed);
    printConditionHeader();
    printConditionRow(kConditions[0], original, args.count, firstSeed);
    if (!args.seedList.empty())
        return 0;
    for (const ConditionInfo& info : kConditions) {
        if (info.condition == Condition::Original)
            continue;
        const CorpusTally tally = runCondition(renderers, reader, args, info.condition, args.conditionCount);
        printConditionRow(info, tally, args.conditionCount, firstSeed);
    }
    return 0;
}
