#include "services/ocr/MrzUprightStrip.h"

#include "services/ocr/MrzLocator.h"
#include "services/ocr/MrzZoneSegmenter.h"
#include "services/ocr/OcrbFont.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace bd::ocr {

namespace {

constexpr double kCubicAbove = 1.05; // warpUpright enlarges with cubic interpolation above this factor
// A strip is faint when its 1st grey percentile (ink) is lighter than this share of its 99th (paper):
// contrast as a ratio, the same under dim or bright light.
constexpr double kFaintInk = 0.5;

// Faint print: a strip whose darkest percent of pixels is lighter than kFaintInk times its lightest
// percent is stretched linearly over the full range (a local min/max stretch: the strip is the
// zone's neighbourhood). Strips of normal contrast are left as they are.
bool stretchFaint(cv::Mat& strip)
{
    std::array<int, 256> hist {};
    for (int y = 0; y < strip.rows; ++y) {
        const uchar* row = strip.ptr<uchar>(y);
        for (int x = 0; x < strip.cols; ++x)
            ++hist[row[x]];
    }
    const double total = static_cast<double>(strip.total());
    int lo = 0, hi = 255;
    for (double sum = 0; lo < 255 && (sum += hist[static_cast<size_t>(lo)]) < 0.01 * total;)
        ++lo;
    for (double sum = 0; hi > 0 && (sum += hist[static_cast<size_t>(hi)]) < 0.01 * total;)
        --hi;
    const int range = hi - lo;
    if (lo < kFaintInk * hi || range < 12)
        return false;
    strip.convertTo(strip, CV_8U, 255.0 / range, -255.0 * lo / range);
    return true;
}

// Perspective correction (outlineHomography), in pixels of a strip at the segmenter's pitch.
constexpr double kSlabPitches = 3.0; // slab width: three characters (a line's slope moves it little)
constexpr double kMinCorrection = 2.5; // below this corner displacement the zone is left as it is
constexpr int kMinSlabsPerLine = 5;

struct Band
{
    double mid;
    int top;
    int bottom; // inclusive
};

// The bands of ink rows in columns [x0, x1) of a binary image (255 = ink): rows with ink in at least
// 8 % of the columns, gaps of up to three rows closed, at least a third of a capital tall.
std::vector<Band> bandsOf(const cv::Mat& binary, int x0, int x1, double cap)
{
    cv::Mat rowSum;
    cv::reduce(binary.colRange(x0, x1), rowSum, 1, cv::REDUCE_SUM, CV_32S);
    const int minInk = std::max(2, static_cast<int>(0.08 * (x1 - x0))) * 255;
    std::vector<Band> bands;
    int start = -1, end = -1;
    const auto close = [&] {
        if (start >= 0 && end - start + 1 >= cap / 3 && end - start + 1 <= 2.2 * cap)
            bands.push_back({ (start + end) / 2.0, start, end });
    };
    for (int y = 0; y < binary.rows; ++y) {
        if (rowSum.at<int>(y) < minInk)
            continue;
        if (start >= 0 && y - end <= 4) {
            end = y;
            continue;
        }
        close();
        start = end = y;
    }
    close();
    return bands;
}

struct LineFit
{
    double a = 0; // mid(x) = a + b x
    double b = 0;
    double at(double x) const { return a + b * x; }
};

// Least squares, then once more without the points more than 3 px off.
std::optional<LineFit> fitLine(const std::vector<cv::Point2d>& pts)
{
    std::vector<cv::Point2d> use = pts;
    LineFit f;
    for (int pass = 0; pass < 2; ++pass) {
        if (static_cast<int>(use.size()) < kMinSlabsPerLine)
            return std::nullopt;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (const cv::Point2d& p : use) {
            sx += p.x;
            sy += p.y;
            sxx += p.x * p.x;
            sxy += p.x * p.y;
        }
        const double n = static_cast<double>(use.size());
        const double den = n * sxx - sx * sx;
        if (std::abs(den) < 1e-9)
            return std::nullopt;
        f.b = (n * sxy - sx * sy) / den;
        f.a = (sy - f.b * sx) / n;
        std::vector<cv::Point2d> kept;
        for (const cv::Point2d& p : use)
            if (std::abs(p.y - f.at(p.x)) <= 3.0)
                kept.push_back(p);
        use.swap(kept);
    }
    return f;
}

// First (fromLeft) or last column of the line around `fit` with ink in at least two rows, followed
// (towards the inside) by ink in at least half of the next half pitch of columns: the edge of the
// line's first or last glyph, not a speck beside it.
std::optional<double> lineEnd(const cv::Mat& binary, const LineFit& fit, double halfHeight, bool fromLeft)
{
    const int w = binary.cols;
    std::vector<int> count(static_cast<size_t>(w), 0);
    for (int x = 0; x < w; ++x) {
        const double m = fit.at(x);
        const int y0 = std::max(0, static_cast<int>(std::floor(m - halfHeight)));
        const int y1 = std::min(binary.rows - 1, static_cast<int>(std::ceil(m + halfHeight)));
        for (int y = y0; y <= y1; ++y)
            count[static_cast<size_t>(x)] += binary.at<uchar>(y, x) ? 1 : 0;
    }
    const int look = static_cast<int>(MrzZoneSegmenter::kTargetPitch / 2);
    for (int i = 0; i < w; ++i) {
        const int x = fromLeft ? i : w - 1 - i;
        if (count[static_cast<size_t>(x)] < 2)
            continue;
        int inked = 0;
        for (int k = 0; k < look; ++k) {
            const int xx = fromLeft ? x + k : x - k;
            inked += xx >= 0 && xx < w && count[static_cast<size_t>(xx)] >= 1;
        }
        if (inked * 2 >= look)
            return x;
    }
    return std::nullopt;
}

cv::Point2d intersect(const LineFit& line, const cv::Point2d& p, const cv::Point2d& q)
{
    // The point on p + t (q - p) with y = line.at(x).
    const cv::Point2d d = q - p;
    const double den = d.y - line.b * d.x;
    const double t = std::abs(den) < 1e-9 ? 0.0 : (line.at(p.x) - p.y) / den;
    return p + t * d;
}

} // namespace

std::optional<cv::Matx33d> outlineHomography(const cv::Mat& strip, int lineCount)
{
    if (strip.empty() || strip.type() != CV_8UC1 || lineCount < 2)
        return std::nullopt;
    const double pitch = MrzZoneSegmenter::kTargetPitch;
    const double cap = pitch * 0.93;
    cv::Mat ink, binary;
    if (!MrzZoneSegmenter::binarise(strip, static_cast<float>(cap), ink, binary))
        return std::nullopt;

    // Bands per slab; the lines are tracked from the slab nearest the centre that shows exactly
    // lineCount bands, outwards, each line taking the band nearest its mid in the previous slab.
    const int slabW = static_cast<int>(kSlabPitches * pitch);
    const int slabs = strip.cols / slabW;
    if (slabs < 2 * kMinSlabsPerLine)
        return std::nullopt;
    std::vector<std::vector<Band>> bands(static_cast<size_t>(slabs));
    for (int i = 0; i < slabs; ++i)
        bands[static_cast<size_t>(i)] = bandsOf(binary, i * slabW, (i + 1) * slabW, cap);
    int seed = -1;
    for (int d = 0; d < slabs && seed < 0; ++d) {
        for (const int i : { slabs / 2 - d, slabs / 2 + d }) {
            if (i >= 0 && i < slabs && static_cast<int>(bands[static_cast<size_t>(i)].size()) == lineCount) {
                seed = i;
                break;
            }
        }
    }
    if (seed < 0)
        return std::nullopt;
    const double spacing = pitch * MrzGeometry::lineSpacingMm / MrzGeometry::pitchMm;
    std::vector<std::vector<cv::Point2d>> mids(static_cast<size_t>(lineCount));
    std::vector<std::vector<double>> heights(static_cast<size_t>(lineCount));
    for (const int step : { -1, 1 }) {
        std::vector<double> last;
        for (const Band& b : bands[static_cast<size_t>(seed)])
            last.push_back(b.mid);
        for (int i = step < 0 ? seed : seed + 1; i >= 0 && i < slabs; i += step) {
            const double x = (i + 0.5) * slabW;
            for (int l = 0; l < lineCount; ++l) {
                const Band* best = nullptr;
                for (const Band& b : bands[static_cast<size_t>(i)])
                    if (std::abs(b.mid - last[static_cast<size_t>(l)]) < 0.3 * spacing
                        && (!best
                            || std::abs(b.mid - last[static_cast<size_t>(l)])
                                < std::abs(best->mid - last[static_cast<size_t>(l)])))
                        best = &b;
                if (!best)
                    continue;
                last[static_cast<size_t>(l)] = best->mid;
                mids[static_cast<size_t>(l)].push_back({ x, best->mid });
                heights[static_cast<size_t>(l)].push_back(best->bottom - best->top + 1.0);
            }
        }
    }
    const std::optional<LineFit> first = fitLine(mids.front());
    const std::optional<LineFit> lastLine = fitLine(mids.back());
    if (!first || !lastLine)
        return std::nullopt;
    const auto median = [](std::vector<double> v) {
        std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    const std::optional<double> l0 = lineEnd(binary, *first, median(heights.front()) / 2, true);
    const std::optional<double> r0 = lineEnd(binary, *first, median(heights.front()) / 2, false);
    const std::optional<double> l1 = lineEnd(binary, *lastLine, median(heights.back()) / 2, true);
    const std::optional<double> r1 = lineEnd(binary, *lastLine, median(heights.back()) / 2, false);
    if (!l0 || !r0 || !l1 || !r1)
        return std::nullopt;
    // The ends' lines through both lines' first and last glyphs; the outline's corners on the
    // first and last lines' middles.
    const cv::Point2d a0(*l0, first->at(*l0)), b0(*r0, first->at(*r0));
    const cv::Point2d a1(*l1, lastLine->at(*l1)), b1(*r1, lastLine->at(*r1));
    const cv::Point2d tl = intersect(*first, a0, a1), bl = intersect(*lastLine, a0, a1);
    const cv::Point2d tr = intersect(*first, b0, b1), br = intersect(*lastLine, b0, b1);
    const double top = cv::norm(tr - tl), bottom = cv::norm(br - bl);
    const double left = cv::norm(bl - tl), right = cv::norm(br - tr);
    const double width = (top + bottom) / 2, height = (left + right) / 2;
    // Plausible: long lines, the expected distance between the outer lines, sides within a factor.
    if (width < 0.5 * strip.cols || std::max(top, bottom) > 1.6 * std::min(top, bottom)
        || std::max(left, right) > 1.6 * std::min(left, right) || height < 0.6 * (lineCount - 1) * spacing
        || height > 1.6 * (lineCount - 1) * spacing)
        return std::nullopt;
    // The rectangle it should be, level and centred where the outline is.
    const cv::Point2d c = (tl + tr + br + bl) / 4.0;
    const std::array<cv::Point2f, 4> from
        = { cv::Point2f(c.x - width / 2, c.y - height / 2), cv::Point2f(c.x + width / 2, c.y - height / 2),
              cv::Point2f(c.x + width / 2, c.y + height / 2), cv::Point2f(c.x - width / 2, c.y + height / 2) };
    const std::array<cv::Point2f, 4> to = { cv::Point2f(tl), cv::Point2f(tr), cv::Point2f(br), cv::Point2f(bl) };
    // A rectangle only turned (or not at all) is left to the segmenter's deskew.
    const double angle = std::atan2((tr.y - tl.y) + (br.y - bl.y), (tr.x - tl.x) + (br.x - bl.x));
    const double ca = std::cos(angle), sa = std::sin(angle);
    double offRectangle = 0;
    for (size_t k = 0; k < 4; ++k) {
        const cv::Point2d v = cv::Point2d(from[k]) - c;
        const cv::Point2d turned(c.x + ca * v.x - sa * v.y, c.y + sa * v.x + ca * v.y);
        offRectangle = std::max(offRectangle, cv::norm(turned - cv::Point2d(to[k])));
    }
    if (offRectangle < kMinCorrection)
        return std::nullopt;
    return cv::Matx33d(cv::getPerspectiveTransform(from.data(), to.data()));
}

std::optional<UprightStrip> warpUpright(
    const cv::Mat& gray, const MrzCandidate& cand, int chars, int lineCount, bool flipped, const cv::Matx33d& rectify)
{
    const double pitch = MrzZoneSegmenter::kTargetPitch;
    const double length = std::max(10.0f, cand.zone.size.width);
    const double thickness = std::max(4.0f, cand.zone.size.height);
    const double s = pitch * chars / length; // strip pixels per source pixel
    const int W = static_cast<int>(std::lround(length * s + 4 * pitch));
    const int H = static_cast<int>(std::lround(std::max(thickness * s, lineCount * 1.7 * pitch) + 2.6 * pitch));
    if (W < 100 || H < 20 || W > 4000 || H > 1000)
        return std::nullopt;
    const double theta = (cand.lineAngle + (flipped ? 180.0 : 0.0)) * CV_PI / 180.0;
    const double c = std::cos(theta), sn = std::sin(theta);

    // Shrink the neighbourhood first when the strip is much smaller than the source (anti-aliasing).
    cv::Mat source = gray;
    cv::Point2d origin(0, 0);
    double pre = 1.0;
    if (s < 0.6) {
        const cv::Rect roi = (cv::RotatedRect(cand.zone.center,
                                 cv::Size2f(static_cast<float>(W / s), static_cast<float>(H / s)), cand.zone.angle)
                                     .boundingRect())
            & cv::Rect(0, 0, gray.cols, gray.rows);
        if (roi.empty())
            return std::nullopt;
        pre = std::min(1.0, s * 1.6);
        cv::resize(gray(roi), source, {}, pre, pre, cv::INTER_AREA);
        origin = cv::Point2d(roi.x, roi.y);
    }
    // strip (u,v) -> source pixel: centre + R(theta) * ((u - W/2)/s, (v - H/2)/s)
    const double cx = cand.zone.center.x, cy = cand.zone.center.y;
    UprightStrip out;
    out.width = W;
    out.height = H;
    const cv::Matx33d plain(c / s, -sn / s, cx - (c * W / 2 - sn * H / 2) / s, //
        sn / s, c / s, cy - (sn * W / 2 + c * H / 2) / s, //
        0, 0, 1);
    out.toSource = plain * rectify;
    // source pixel -> pixel of the (possibly shrunk) neighbourhood
    const cv::Matx33d sourceToPre(pre, 0, -origin.x * pre, 0, pre, -origin.y * pre, 0, 0, 1);
    const cv::Matx33d toPre = sourceToPre * out.toSource;
    const bool projective = rectify != cv::Matx33d::eye();
    // The first search's candidates are read as they always were (linear); the wider search's get
    // the preprocessing for small and faint zones. Enlarging (a zone whose pitch is below the
    // segmenter's): cubic, the strokes stay sharper.
    const bool enlarge = cand.search != MrzCandidate::Search::First && s * pre > kCubicAbove;
    const int interpolation = enlarge ? cv::INTER_CUBIC : cv::INTER_LINEAR;
    if (projective)
        cv::warpPerspective(
            source, out.strip, toPre, { W, H }, interpolation | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    else
        cv::warpAffine(source, out.strip, toPre.get_minor<2, 3>(0, 0), { W, H }, interpolation | cv::WARP_INVERSE_MAP,
            cv::BORDER_REPLICATE);
    const bool stretched = cand.search != MrzCandidate::Search::First && stretchFaint(out.strip);
    // A first-search zone read again: only when the preprocessing changes its strip.
    if (cand.search == MrzCandidate::Search::Again && !enlarge && !stretched)
        return std::nullopt;
    return out;
}

} // namespace bd::ocr
