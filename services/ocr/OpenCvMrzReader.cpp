#include "services/ocr/OpenCvMrzReader.h"

#include "services/core/LogCategories.h"
#include "services/document/MrzFieldReader.h"
#include "services/document/MrzLayout.h"
#include "services/document/MrzParser.h"
#include "services/ocr/GlyphFeatures.h"
#include "services/ocr/ImageHeader.h"
#include "services/ocr/MrzConfidence.h"
#include "services/ocr/MrzLocator.h"
#include "services/ocr/MrzUprightStrip.h"
#include "services/ocr/MrzZoneSegmenter.h"
#include "services/ocr/OcrbFont.h"
#include "services/ocr/OcrbModel.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

namespace bd::ocr {

namespace {

using bd::core::Error;
using bd::document::MrzParser;
using bd::document::MrzRecord;

constexpr int kMaxCandidates = 5;

Error unreadable(const QString& detail)
{
    return { QStringLiteral("ocr.unreadableImage"), detail, {} };
}

struct Hypothesis
{
    int chars = 0;
    QStringList lines;
    std::vector<GlyphReading> glyphs; // all cells, line by line, after the format's character classes
    std::vector<GlyphReading> raw; // the same before them: what the recogniser itself said
    bool ambiguousRepair = false; // another repair passed every check digit as well
    double meanLogP = -1e9;
    MrzRecord record;
    QList<QPointF> box;
    double readAngle = 0; // degrees, direction of reading in image coordinates
};

double logP(float p)
{
    return std::log(std::max(p, 1e-6f));
}

bool fitsClass(char c, bd::document::MrzCharClass cls)
{
    using bd::document::MrzCharClass;
    const bool digit = c >= '0' && c <= '9';
    switch (cls) {
    case MrzCharClass::Alpha:
        return !digit;
    case MrzCharClass::Digit:
        return digit || c == '<';
    case MrzCharClass::AlphaNum:
        break;
    }
    return true;
}

// Where the format allows only letters (names, codes) or only digits (dates, check digits), the
// classifier's most probable choice of the right kind replaces a top choice of the wrong kind (an
// R read as 5 in a name becomes R, not the parser's fixed look-alike S); impossible choices get
// probability 0, so the search over alternatives never tries them.
void applyCharClasses(std::vector<GlyphReading>& glyphs, QStringList& lines, int chars)
{
    using namespace bd::document;
    const MrzFormat format = detectMrzFormat(lines);
    if (format == MrzFormat::Unknown)
        return;
    const MrzLayout layout = mrzLayout(format, lines);
    if (layout.lineLength != chars || layout.lineCount != lines.size())
        return;
    for (int l = 0; l < lines.size(); ++l) {
        for (int i = 0; i < chars; ++i) {
            GlyphReading& g = glyphs[static_cast<size_t>(l * chars + i)];
            const MrzCharClass cls = layout.charClassAt(l, i);
            if (cls == MrzCharClass::AlphaNum || !std::any_of(g.begin(), g.end(), [cls](const GlyphAlternative& a) {
                    return fitsClass(a.character, cls) && a.probability > 0.002f;
                }))
                continue; // no choice of the right kind: left to the parser's repair
            // Impossible characters drop to the end with probability 0.
            for (GlyphAlternative& a : g)
                if (!fitsClass(a.character, cls))
                    a.probability = 0;
            std::stable_sort(g.begin(), g.end(),
                [](const GlyphAlternative& a, const GlyphAlternative& b) { return a.probability > b.probability; });
            lines[l][i] = QLatin1Char(g[0].character);
        }
    }
}

// Tries the classifier's second choices at the least certain cells, cheapest change first, until
// the check digits pass. The search goes on through the changes that are not clearly less probable
// (MrzConfidenceRules::clearlyBetterLog): when one of them passes too, with other text, the repair
// is ambiguous and the reading cannot be called valid.
bool repairWithAlternatives(Hypothesis& h, const MrzParser::Options& options)
{
    std::vector<size_t> doubtful;
    for (size_t i = 0; i < h.glyphs.size(); ++i) {
        if (h.glyphs[i][0].probability < 0.98f && h.glyphs[i][1].probability > 0.005f)
            doubtful.push_back(i);
    }
    std::sort(doubtful.begin(), doubtful.end(),
        [&h](size_t a, size_t b) { return h.glyphs[a][0].probability < h.glyphs[b][0].probability; });
    if (doubtful.size() > 7)
        doubtful.resize(7);
    if (doubtful.empty())
        return false;
    struct Combo
    {
        unsigned mask;
        double cost;
    };
    std::vector<Combo> combos;
    for (unsigned mask = 1; mask < (1u << doubtful.size()); ++mask) {
        double cost = 0;
        for (size_t k = 0; k < doubtful.size(); ++k)
            if (mask & (1u << k))
                cost += logP(h.glyphs[doubtful[k]][0].probability) - logP(h.glyphs[doubtful[k]][1].probability);
        combos.push_back({ mask, cost });
    }
    std::sort(combos.begin(), combos.end(), [](const Combo& a, const Combo& b) { return a.cost < b.cost; });
    const int perLine = h.chars;
    const double clearly = MrzConfidenceRules {}.clearlyBetterLog;
    std::optional<double> foundCost;
    for (size_t c = 0; c < combos.size() && c < 96; ++c) {
        if (foundCost && combos[c].cost - *foundCost >= clearly)
            break;
        QStringList lines = h.lines;
        for (size_t k = 0; k < doubtful.size(); ++k) {
            if (!(combos[c].mask & (1u << k)))
                continue;
            const size_t cell = doubtful[k];
            lines[static_cast<qsizetype>(cell) / perLine][static_cast<qsizetype>(cell) % perLine]
                = QLatin1Char(h.glyphs[cell][1].character);
        }
        MrzRecord record = MrzParser::parse(lines, options);
        if (!record.valid)
            continue;
        if (foundCost) {
            if (record.lines != h.record.lines) {
                h.ambiguousRepair = true;
                break;
            }
            continue;
        }
        foundCost = combos[c].cost;
        h.record = std::move(record);
        h.lines = lines;
    }
    return foundCost.has_value();
}

// The classifier's top-3 for every cell of a segmented zone, line by line.
std::vector<GlyphReading> classifyZone(const MrzSegmentedZone& zone, const OcrbModel& model)
{
    cv::Mat features;
    for (const auto& line : zone.lines)
        features.push_back(line.features);
    return model.classify(features);
}

// The classifier's probabilities per cell and character, summed over several looks at one strip.
class GlyphVotes
{
public:
    explicit GlyphVotes(size_t cells)
        : m_votes(cells)
    {
    }

    // Adds one look (as many cells as the first).
    void add(const std::vector<GlyphReading>& glyphs)
    {
        for (size_t i = 0; i < glyphs.size(); ++i) {
            for (const GlyphAlternative& a : glyphs[i]) {
                auto it = std::find_if(m_votes[i].begin(), m_votes[i].end(),
                    [&a](const GlyphAlternative& b) { return b.character == a.character; });
                if (it == m_votes[i].end())
                    m_votes[i].push_back(a);
                else
                    it->probability += a.probability;
            }
        }
        ++m_looks;
    }

    // Whether some cell's best character averages below 0.95.
    bool unsure() const
    {
        for (const auto& v : m_votes) {
            float best = 0;
            for (const GlyphAlternative& a : v)
                best = std::max(best, a.probability);
            if (best < 0.95f * static_cast<float>(m_looks))
                return true;
        }
        return false;
    }

    // Replaces glyphs by the averaged top-3 of each cell ('<' with 0 where fewer were seen); leaves
    // them as they are after a single look.
    void averageInto(std::vector<GlyphReading>& glyphs)
    {
        if (m_looks <= 1)
            return;
        for (size_t i = 0; i < m_votes.size(); ++i) {
            std::sort(m_votes[i].begin(), m_votes[i].end(),
                [](const GlyphAlternative& a, const GlyphAlternative& b) { return a.probability > b.probability; });
            for (size_t k = 0; k < glyphs[i].size(); ++k)
                glyphs[i][k] = k < m_votes[i].size() ? GlyphAlternative { m_votes[i][k].character,
                    m_votes[i][k].probability / static_cast<float>(m_looks) }
                                                     : GlyphAlternative { '<', 0.0f };
        }
    }

private:
    std::vector<std::vector<GlyphAlternative>> m_votes;
    int m_looks = 0;
};

// More looks at the strip where the classifier is unsure of a cell: scaled by 0.93 and 1.08, then
// by 0.88 and 1.15, the cells are cut and sampled anew and the classifier's probabilities are
// averaged over the looks that segment alike (a glyph framed a little off in one look is usually
// framed well in another). Sure strips keep their single look (time).
void averageLooks(
    const cv::Mat& strip, int chars, int lineCount, const OcrbModel& model, std::vector<GlyphReading>& glyphs)
{
    GlyphVotes votes(glyphs.size());
    votes.add(glyphs);
    static constexpr std::array<std::array<double, 2>, 2> rounds { { { 0.93, 1.08 }, { 0.88, 1.15 } } };
    for (const auto& round : rounds) {
        if (!votes.unsure())
            break;
        for (double k : round) {
            cv::Mat scaled;
            cv::resize(strip, scaled, {}, k, k, k < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
            MrzSegmentedZone other;
            if (!MrzZoneSegmenter::segment(scaled, chars, lineCount, other))
                continue;
            const std::vector<GlyphReading> otherGlyphs = classifyZone(other, model);
            if (otherGlyphs.size() == glyphs.size())
                votes.add(otherGlyphs);
        }
    }
    votes.averageInto(glyphs);
}

// The text lines of the classifier's top choices and their mean log-probability.
void topChoiceLines(Hypothesis& h, int lineCount)
{
    const int chars = h.chars;
    double sum = 0;
    for (int l = 0; l < lineCount; ++l) {
        QString text;
        for (int i = 0; i < chars; ++i) {
            const GlyphReading& g = h.glyphs[static_cast<size_t>(l * chars + i)];
            text.append(QLatin1Char(g[0].character));
            sum += logP(g[0].probability);
        }
        h.lines.append(text);
    }
    h.meanLogP = sum / static_cast<double>(h.glyphs.size());
}

// Zone corners in source pixels: the segmenter's ink bounds with its residual turn undone, mapped
// back from the strip.
QList<QPointF> zoneCorners(const MrzSegmentedZone& zone, const UprightStrip& up)
{
    QList<QPointF> box;
    const cv::Mat rot = cv::getRotationMatrix2D({ up.width / 2.0f, up.height / 2.0f }, zone.residualAngle, 1.0);
    cv::Mat inv;
    cv::invertAffineTransform(rot, inv);
    const cv::Rect2f& b = zone.inkBounds;
    const cv::Point2f corners[4]
        = { { b.x, b.y }, { b.x + b.width, b.y }, { b.x + b.width, b.y + b.height }, { b.x, b.y + b.height } };
    for (const cv::Point2f& p : corners) {
        const double u = inv.at<double>(0, 0) * p.x + inv.at<double>(0, 1) * p.y + inv.at<double>(0, 2);
        const double v = inv.at<double>(1, 0) * p.x + inv.at<double>(1, 1) * p.y + inv.at<double>(1, 2);
        const cv::Vec3d q = up.toSource * cv::Vec3d(u, v, 1.0);
        box.append(QPointF(q[0] / q[2], q[1] / q[2]));
    }
    return box;
}

// Warps a candidate zone upright for `chars` characters per line and reads it. rectify: only when
// the zone's outline shows perspective (outlineHomography), read it with the perspective undone;
// nullopt otherwise.
std::optional<Hypothesis> readHypothesis(
    const cv::Mat& gray, const MrzCandidate& cand, int chars, bool flipped, const OcrbModel& model, bool rectify)
{
    const int lineCount = chars == 30 ? 3 : 2;
    std::optional<UprightStrip> up = warpUpright(gray, cand, chars, lineCount, flipped);
    if (up && rectify) {
        const std::optional<cv::Matx33d> outline = outlineHomography(up->strip, lineCount);
        up = outline ? warpUpright(gray, cand, chars, lineCount, flipped, *outline) : std::nullopt;
    }
    if (!up)
        return std::nullopt;
    MrzSegmentedZone zone;
    if (!MrzZoneSegmenter::segment(up->strip, chars, lineCount, zone))
        return std::nullopt;
    Hypothesis h;
    h.chars = chars;
    h.glyphs = classifyZone(zone, model);
    if (h.glyphs.size() != static_cast<size_t>(chars * lineCount))
        return std::nullopt;
    averageLooks(up->strip, chars, lineCount, model, h.glyphs);
    h.raw = h.glyphs;
    topChoiceLines(h, lineCount);
    applyCharClasses(h.glyphs, h.lines, chars);
    h.readAngle = (cand.lineAngle + (flipped ? 180.0 : 0.0) - zone.residualAngle);
    h.box = zoneCorners(zone, *up);
    return h;
}

bool better(const Hypothesis& a, const Hypothesis& b)
{
    if (a.record.valid != b.record.valid)
        return a.record.valid;
    return a.meanLogP > b.meanLogP;
}

} // namespace

OpenCvMrzReader::OpenCvMrzReader()
    : OpenCvMrzReader(Options {})
{
}

OpenCvMrzReader::OpenCvMrzReader(const Options& options)
    : m_options(options)
    , m_model(std::make_shared<const OcrbModel>())
    , m_fallbackModel(std::make_shared<const OcrbModel>(OcrbModel::embedded(QStringLiteral("mono-mlp-*.yml"))))
{
    if (!m_model->isValid())
        qCWarning(lcOcr) << "the embedded OCR-B model did not load; image MRZ reading is unavailable";
}

OpenCvMrzReader::~OpenCvMrzReader() = default;

bool OpenCvMrzReader::isReady() const
{
    return m_model && m_model->isValid();
}

MrzReading OpenCvMrzReader::readFile(const QString& path) const
{
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    const QFileInfo info(path);
    MrzReading reading;
    if (!info.exists() || !info.isFile()) {
        reading.error = unreadable(QStringLiteral("no such file"));
    } else if (info.size() > m_options.maxEncodedBytes) {
        reading.error = unreadable(
            QStringLiteral("the file has %1 bytes, the limit is %2").arg(info.size()).arg(m_options.maxEncodedBytes));
    } else if (!file.open(QIODevice::ReadOnly)) {
        reading.error = unreadable(QStringLiteral("cannot open the file: %1").arg(file.errorString()));
    } else {
        reading = readEncoded(file.readAll());
    }
    reading.milliseconds = timer.elapsed();
    return reading;
}

MrzReading OpenCvMrzReader::readEncoded(const QByteArray& encodedImage) const
{
    QElapsedTimer timer;
    timer.start();
    MrzReading reading;
    // The header is checked against the limits for every accepted format before any decoder runs.
    QString why;
    const cv::Mat image
        = decodeImage(encodedImage, cv::IMREAD_GRAYSCALE, { m_options.maxEncodedBytes, m_options.maxPixels }, &why);
    if (image.empty()) {
        reading.error = unreadable(why);
        return reading;
    }
    reading = read(image);
    reading.milliseconds = timer.elapsed();
    return reading;
}

MrzReading OpenCvMrzReader::read(const cv::Mat& image) const
{
    QElapsedTimer timer;
    timer.start();
    MrzReading reading;
    if (image.empty() || image.dims != 2) {
        reading.error = unreadable(QStringLiteral("the image is empty"));
        return reading;
    }
    reading.imageSize = QSize(image.cols, image.rows);
    if (static_cast<qint64>(image.cols) * image.rows > m_options.maxPixels) {
        reading.error = unreadable(QStringLiteral("the image is %1 x %2 pixels, the limit is %3 pixels")
                                       .arg(image.cols)
                                       .arg(image.rows)
                                       .arg(m_options.maxPixels));
        return reading;
    }
    if (!isReady()) {
        reading.error = unreadable(QStringLiteral("the OCR-B model is not available"));
        return reading;
    }
    try {
        cv::Mat gray;
        cv::Mat eight = image;
        if (image.depth() != CV_8U)
            image.convertTo(eight, CV_8U, image.depth() == CV_16U ? 1.0 / 256 : 1.0);
        if (eight.channels() == 3)
            cv::cvtColor(eight, gray, cv::COLOR_BGR2GRAY);
        else if (eight.channels() == 4)
            cv::cvtColor(eight, gray, cv::COLOR_BGRA2GRAY);
        else if (eight.channels() == 1)
            gray = eight;
        else {
            reading.error = unreadable(QStringLiteral("unsupported image with %1 channels").arg(image.channels()));
            return reading;
        }
        const MrzReading result = readGray(gray);
        reading.found = result.found;
        reading.record = result.record;
        reading.box = result.box;
        reading.rotationDegrees = result.rotationDegrees;
        reading.skewDegrees = result.skewDegrees;
        reading.error = result.error;
    } catch (const cv::Exception& e) {
        reading.found = false;
        reading.error = unreadable(QStringLiteral("image processing failed: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception& e) {
        reading.found = false;
        reading.error = unreadable(QStringLiteral("image processing failed: %1").arg(QString::fromUtf8(e.what())));
    }
    reading.milliseconds = timer.elapsed();
    qCInfo(lcOcr) << "MRZ image read:" << (reading.found ? "found" : "not found") << "valid=" << reading.record.valid
                  << "lines=" << reading.record.lines.size() << "ms=" << reading.milliseconds;
    return reading;
}

MrzReading OpenCvMrzReader::readGray(const cv::Mat& gray) const
{
    MrzReading reading;
    MrzParser::Options options;
    options.today = m_options.today.isValid() ? m_options.today : QDate::currentDate();
    options.repairConfusables = true;

    std::vector<MrzCandidate> candidates = MrzLocator::locate(gray, kMaxCandidates);
    Hypothesis best; // meanLogP -1e9: nothing read yet
    // The zone most like MRZ text to the OCR-B classifier (valid or not): for the fallback below.
    struct Target
    {
        MrzCandidate cand;
        int chars = 0;
        bool rectify = false;
        double meanLogP = -1e9;
    } target;
    const auto consider = [&](Hypothesis& h, bool byFallback) {
        h.record = MrzParser::parse(h.lines, options);
        if (!h.record.valid && h.meanLogP > -0.8)
            repairWithAlternatives(h, options);
        assessConfidence(h.raw, h.ambiguousRepair, h.record);
        if (byFallback)
            h.record.issues.append(bd::document::mrzIssue(bd::document::MrzIssue::Severity::Warning, "notOcrB",
                QStringLiteral("the zone's print does not read as OCR-B (ICAO 9303-3); it was read by the fallback "
                               "classifier for look-alike monospace fonts")));
        // The two classifiers' probabilities do not compare: the fallback's reading counts only
        // when it is valid (the OCR-B reading is not).
        if (better(h, best) && (!byFallback || h.record.valid))
            best = std::move(h);
    };
    // When none of the first candidates read valid: once, the locator's wider search (any angle,
    // small images enlarged) adds its candidates to the end of the list, then the first ones again
    // for the preprocessing of small and faint zones (warpUpright skips those it would not change).
    bool widened = false;
    const auto widen = [&]() {
        if (widened || best.record.valid)
            return false;
        widened = true;
        std::vector<MrzCandidate> more = MrzLocator::locateWider(gray, candidates, kMaxCandidates);
        for (MrzCandidate again : std::vector<MrzCandidate>(candidates)) {
            again.search = MrzCandidate::Search::Again;
            more.push_back(again);
        }
        candidates.insert(candidates.end(), more.begin(), more.end());
        return !more.empty();
    };
    for (size_t next = 0; next < candidates.size() || widen(); ++next) {
        const MrzCandidate& cand = candidates[next]; // the list grows only between candidates
        qCDebug(lcOcr) << "candidate at" << cand.zone.center.x << cand.zone.center.y << "size" << cand.zone.size.width
                       << cand.zone.size.height << "angle" << cand.lineAngle << "lines" << cand.lineCount << "score"
                       << cand.score;
        std::vector<int> lengths;
        if (cand.lineCount == 3)
            lengths = { 30 };
        else if (cand.lineCount == 2)
            lengths = { 44, 36, 30 }; // a TD1 zone can show only two of its bars
        else
            lengths = { 44, 36, 30 };
        // The length whose pitch matches the line height best goes first.
        if (cand.lineHeight > 0 && cand.lineCount == 2) {
            // Zone length over capital height: 44 x 2.54 mm / 2.35 mm = 47.6 for 44 characters.
            const double perChar = cand.zone.size.width / cand.lineHeight;
            const double expect44 = 44 * MrzGeometry::pitchMm / MrzGeometry::capHeightMm;
            const double expect36 = 36 * MrzGeometry::pitchMm / MrzGeometry::capHeightMm;
            if (std::abs(perChar - expect36) < std::abs(perChar - expect44))
                std::swap(lengths[0], lengths[1]);
        }
        bool done = false;
        for (int chars : lengths) {
            // Both turns as warped; when neither reads valid, both again with the zone's perspective
            // undone (only where its outline shows any: a page photographed at an angle).
            for (const auto& [flipped, rectify] :
                { std::pair(false, false), std::pair(true, false), std::pair(false, true), std::pair(true, true) }) {
                if (rectify && best.record.valid)
                    continue;
                std::optional<Hypothesis> h = readHypothesis(gray, cand, chars, flipped, *m_model, rectify);
                qCDebug(lcOcr) << "  hypothesis" << chars << "flipped" << flipped << "rectified" << rectify
                               << "segmented" << h.has_value() << "meanLogP" << (h ? h->meanLogP : 0.0);
                if (h && h->meanLogP > target.meanLogP)
                    target = { cand, chars, rectify, h->meanLogP };
                if (!h || h->meanLogP < -2.5)
                    continue;
                consider(*h, false);
                if (best.record.valid && best.meanLogP > -0.1) {
                    done = true;
                    break;
                }
            }
            if (done)
                break;
        }
        if (done)
            break;
    }
    // Nothing valid: a zone not printed in OCR-B? The fallback classifier (trained on a look-alike
    // monospace) reads the most MRZ-like zone once more, both ways up; its reading goes through the
    // same parser, repair rule and confidence rule, and replaces the OCR-B one only when valid.
    if (!best.record.valid && target.chars > 0 && m_fallbackModel && m_fallbackModel->isValid()) {
        for (const bool flipped : { false, true }) {
            std::optional<Hypothesis> h
                = readHypothesis(gray, target.cand, target.chars, flipped, *m_fallbackModel, target.rectify);
            qCDebug(lcOcr) << "  fallback classifier, flipped" << flipped << "segmented" << h.has_value() << "meanLogP"
                           << (h ? h->meanLogP : 0.0);
            if (h && h->meanLogP >= -2.5)
                consider(*h, true);
        }
    }
    if (best.meanLogP < -1.2) {
        reading.error = { QStringLiteral("ocr.noMrz"),
            candidates.empty()
                ? QStringLiteral("no text band shaped like a machine-readable zone was found")
                : QStringLiteral("%1 candidate zone(s) checked, none read as MRZ text").arg(candidates.size()),
            {} };
        return reading;
    }
    reading.found = true;
    reading.record = best.record;
    reading.box = best.box;
    const double turn = std::fmod(-best.readAngle + 720.0, 360.0); // counter-clockwise turn of the text
    reading.rotationDegrees = (static_cast<int>(std::lround(turn / 90.0)) % 4) * 90;
    double skew = turn - reading.rotationDegrees;
    if (skew > 180)
        skew -= 360;
    reading.skewDegrees = skew;
    return reading;
}

} // namespace bd::ocr
