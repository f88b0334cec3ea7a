#include "services/ocr/MrzZoneSegmenter.h"

#include "services/ocr/MrzLineCutter.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bd::ocr {

namespace {

// Angle (degrees) that makes the rows of ink sharpest: projection-profile search.
double refineAngle(const cv::Mat& binary)
{
    std::vector<cv::Point> pts;
    cv::findNonZero(binary, pts);
    if (pts.size() < 50)
        return 0;
    const size_t step = std::max<size_t>(1, pts.size() / 6000);
    const float cx = binary.cols / 2.0f;
    const int rows = binary.rows;
    std::vector<float> hist(static_cast<size_t>(rows) * 2 + 2);
    const auto score = [&](double deg) {
        std::fill(hist.begin(), hist.end(), 0.0f);
        const double t = std::tan(deg * CV_PI / 180.0);
        for (size_t i = 0; i < pts.size(); i += step) {
            const double y = pts[i].y - (pts[i].x - cx) * t + rows / 2.0;
            const int bin = static_cast<int>(y);
            if (bin >= 0 && bin < static_cast<int>(hist.size()))
                hist[static_cast<size_t>(bin)] += 1.0f;
        }
        double s = 0;
        for (float h : hist)
            s += static_cast<double>(h) * h;
        return s;
    };
    double best = 0, bestScore = -1;
    for (double a = -4.0; a <= 4.0001; a += 0.25) {
        const double s = score(a);
        if (s > bestScore) {
            bestScore = s;
            best = a;
        }
    }
    const double coarse = best;
    for (double a = coarse - 0.2; a <= coarse + 0.2001; a += 0.05) {
        const double s = score(a);
        if (s > bestScore) {
            bestScore = s;
            best = a;
        }
    }
    return best;
}

// Consecutive strip rows above the profile limit: a candidate text line, with its ink mass.
struct Run
{
    int start;
    int end; // exclusive
    double mass;
};

// Step 2, deskew: turns ink and binary by the residual angle of the text rows; returns that angle
// (degrees).
double deskew(cv::Mat& ink, cv::Mat& binary)
{
    const double angle = refineAngle(binary);
    if (std::abs(angle) > 0.01) {
        const cv::Mat rot = cv::getRotationMatrix2D({ binary.cols / 2.0f, binary.rows / 2.0f }, angle, 1.0);
        cv::warpAffine(ink, ink, rot, ink.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
        cv::warpAffine(binary, binary, rot, binary.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT, 0);
    }
    return angle;
}

// Step 3a: the row profile of the binary strip without blobs far taller than a line that cover
// only part of it (a portrait or a photo edge next to the zone would join a text line to its own
// rows), smoothed over 3 rows.
cv::Mat textRowProfile(const cv::Mat& binary, float h0)
{
    cv::Mat textOnly = binary.clone();
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
    for (int c = 1; c < count; ++c) {
        if (stats.at<int>(c, cv::CC_STAT_HEIGHT) > 1.8f * h0 && stats.at<int>(c, cv::CC_STAT_WIDTH) < binary.cols / 2)
            textOnly.setTo(0, labels == c);
    }
    cv::Mat profile;
    cv::reduce(textOnly, profile, 1, cv::REDUCE_SUM, CV_32F);
    cv::blur(profile, profile, { 1, 3 });
    return profile;
}

// Step 3b: runs of rows above 22 % of the text-like reference level, pieces of one line joined.
// Empty when the profile holds no ink at all.
std::vector<Run> rowRuns(const cv::Mat& profile, int width, float h0)
{
    // The reference level comes from text-like rows only: a dark document edge or a solid bar in
    // the strip would otherwise raise it above the thin rows of a text line and split the line.
    double maxProfile = 0, maxAny = 0;
    const double solidRow = 0.6 * 255.0 * width;
    for (int y = 0; y < profile.rows; ++y) {
        const double v = profile.at<float>(y);
        maxAny = std::max(maxAny, v);
        if (v < solidRow)
            maxProfile = std::max(maxProfile, v);
    }
    if (maxProfile <= 0)
        maxProfile = maxAny;
    if (maxProfile <= 0)
        return {};
    const float limit = static_cast<float>(maxProfile * 0.22);
    std::vector<Run> rawRuns;
    // Solid rows (an edge touching the text) end a run instead of joining it.
    const auto textRow = [&](int y) { return profile.at<float>(y) > limit && profile.at<float>(y) < solidRow; };
    for (int y = 0; y < profile.rows;) {
        if (!textRow(y)) {
            ++y;
            continue;
        }
        Run r { y, y, 0 };
        while (y < profile.rows && textRow(y))
            r.mass += profile.at<float>(y++);
        r.end = y;
        // A line whose middle rows are thin (many '<') can dip below the limit: join pieces a few
        // rows apart while the whole stays no taller than a line.
        if (!rawRuns.empty() && r.start - rawRuns.back().end <= static_cast<int>(0.3f * h0)
            && r.end - rawRuns.back().start <= static_cast<int>(1.4f * h0)) {
            rawRuns.back().end = r.end;
            rawRuns.back().mass += r.mass;
        } else {
            rawRuns.push_back(r);
        }
    }
    return rawRuns;
}

// Step 3c: whether a run holds text rows, not a document edge or a solid bar: plausible height, a
// broken fill, and ink alternating with gaps along the line (a photo edge or a bar does not).
bool isTextRun(const Run& r, const cv::Mat& binary, float h0, int charsPerLine)
{
    const int height = r.end - r.start;
    const double density = r.mass / 255.0 / (static_cast<double>(height) * binary.cols);
    int transitions = 0;
    for (int yy = r.start + height / 3; yy <= r.start + 2 * height / 3; ++yy) {
        const uchar* row = binary.ptr<uchar>(yy);
        int t = 0;
        for (int x = 1; x < binary.cols; ++x)
            t += row[x] && !row[x - 1];
        transitions = std::max(transitions, t);
    }
    return height >= static_cast<int>(0.35f * h0) && height <= static_cast<int>(2.0f * h0) && density < 0.6
        && transitions >= charsPerLine * 2 / 5;
}

// Step 3, find the text lines: the row runs of the deskewed strip that look like text, top down.
std::vector<Run> textLines(const cv::Mat& binary, float h0, int charsPerLine)
{
    std::vector<Run> runs;
    for (const Run& r : rowRuns(textRowProfile(binary, h0), binary.cols, h0)) {
        if (isTextRun(r, binary, h0, charsPerLine))
            runs.push_back(r);
    }
    return runs;
}

// Step 4, choose the zone: the first of the consecutive group of `wanted` lines with the most ink
// and even spacing (similar mass and height, line-spacing gaps); -1 when no group qualifies.
int bestLineGroup(const std::vector<Run>& runs, int wanted, float h0)
{
    int bestStart = -1;
    double bestMass = -1;
    for (size_t s = 0; s + static_cast<size_t>(wanted) <= runs.size(); ++s) {
        double mass = 0, minMass = 1e18, maxMass = 0;
        int minH = 1 << 20, maxH = 0;
        bool ok = true;
        for (int i = 0; i < wanted; ++i) {
            const Run& r = runs[s + static_cast<size_t>(i)];
            mass += r.mass;
            minMass = std::min(minMass, r.mass);
            maxMass = std::max(maxMass, r.mass);
            minH = std::min(minH, r.end - r.start);
            maxH = std::max(maxH, r.end - r.start);
            if (i > 0) {
                const Run& p = runs[s + static_cast<size_t>(i) - 1];
                const float gap = static_cast<float>((r.start + r.end) - (p.start + p.end)) / 2.0f;
                if (gap < 1.2f * h0 * 0.7f || gap > 2.6f * h0 * 1.3f)
                    ok = false;
            }
        }
        if (maxMass > 3.0 * minMass || maxH > 1.7 * minH)
            ok = false;
        if (ok && mass > bestMass) {
            bestMass = mass;
            bestStart = static_cast<int>(s);
        }
    }
    return bestStart;
}

// Step 5, contrast: scales the ink so the strokes of the chosen lines (first to last) average about
// 0.8.
void normaliseContrast(cv::Mat& ink, const cv::Mat& binary, const Run& first, const Run& last)
{
    const cv::Rect band(0, first.start, ink.cols, last.end - first.start);
    const double strokes = cv::mean(ink(band), binary(band))[0];
    if (strokes > 1e-3) {
        ink *= 0.8 / strokes;
        cv::min(ink, 1.0f, ink);
    }
}

} // namespace

bool MrzZoneSegmenter::binarise(const cv::Mat& stripGray, float capHeight, cv::Mat& ink, cv::Mat& binary)
{
    ink = inkMap(stripGray, capHeight);
    cv::Mat ink8;
    ink.convertTo(ink8, CV_8U, 255.0);
    const double otsu = cv::threshold(ink8, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    return otsu >= 20;
}

cv::Mat MrzZoneSegmenter::inkMap(const cv::Mat& stripGray, float capHeight)
{
    const int k = std::max(5, static_cast<int>(capHeight * 1.6) | 1);
    cv::Mat bg;
    cv::dilate(stripGray, bg, cv::getStructuringElement(cv::MORPH_RECT, { k, k }));
    cv::blur(bg, bg, { k, k });
    cv::Mat g, b;
    stripGray.convertTo(g, CV_32F);
    bg.convertTo(b, CV_32F);
    cv::Mat ink = (b - g) / cv::max(b, 1.0f);
    cv::max(ink, 0.0f, ink);
    return ink;
}

// Finds the text lines of the strip (binarise, deskew, line bands, the best group of lines), then
// cuts each chosen line into its cells (MrzLineCutter::cut).
bool MrzZoneSegmenter::segment(const cv::Mat& stripGray, int charsPerLine, int expectedLines, MrzSegmentedZone& zone)
{
    zone = {};
    if (stripGray.empty() || stripGray.type() != CV_8UC1 || charsPerLine < 10)
        return false;
    const float h0 = kTargetPitch * 0.93f;
    cv::Mat ink, binary;
    if (!binarise(stripGray, h0, ink, binary)) // step 1
        return false;
    zone.residualAngle = deskew(ink, binary);

    const std::vector<Run> runs = textLines(binary, h0, charsPerLine);
    const int wanted = expectedLines > 0 ? expectedLines : (runs.size() >= 3 ? 3 : 2);
    if (static_cast<int>(runs.size()) < wanted)
        return false;
    const int bestStart = bestLineGroup(runs, wanted, h0);
    if (bestStart < 0)
        return false;
    normaliseContrast(
        ink, binary, runs[static_cast<size_t>(bestStart)], runs[static_cast<size_t>(bestStart + wanted - 1)]);

    MrzLineCutter::Extent extent;
    for (int li = 0; li < wanted; ++li) {
        const Run& run = runs[static_cast<size_t>(bestStart + li)];
        MrzSegmentedLine line;
        if (!MrzLineCutter::cut(ink, binary, { run.start, run.end }, charsPerLine, h0, line, extent))
            return false;
        zone.lines.push_back(std::move(line));
    }
    zone.inkBounds = cv::Rect2f(extent.left, extent.top, extent.right - extent.left, extent.bottom - extent.top);
    return true;
}

} // namespace bd::ocr
