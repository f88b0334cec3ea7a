#include "services/ocr/MrzUprightStrip.h"

#include "services/ocr/MrzLocator.h"
#include "services/ocr/MrzZoneSegmenter.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>

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

} // namespace

std::optional<UprightStrip> warpUpright(
    const cv::Mat& gray, const MrzCandidate& cand, int chars, int lineCount, bool flipped)
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
    out.toSource = cv::Matx23d(c / s, -sn / s, cx - (c * W / 2 - sn * H / 2) / s, //
        sn / s, c / s, cy - (sn * W / 2 + c * H / 2) / s);
    const cv::Matx23d& toSource = out.toSource;
    const cv::Matx23d toPre(toSource(0, 0) * pre, toSource(0, 1) * pre, (toSource(0, 2) - origin.x) * pre,
        toSource(1, 0) * pre, toSource(1, 1) * pre, (toSource(1, 2) - origin.y) * pre);
    // The first search's candidates are read as they always were (linear); the wider search's get
    // the preprocessing for small and faint zones. Enlarging (a zone whose pitch is below the
    // segmenter's): cubic, the strokes stay sharper.
    const bool enlarge = cand.search != MrzCandidate::Search::First && s * pre > kCubicAbove;
    const int interpolation = enlarge ? cv::INTER_CUBIC : cv::INTER_LINEAR;
    cv::warpAffine(source, out.strip, toPre, { W, H }, interpolation | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    const bool stretched = cand.search != MrzCandidate::Search::First && stretchFaint(out.strip);
    // A first-search zone read again: only when the preprocessing changes its strip.
    if (cand.search == MrzCandidate::Search::Again && !enlarge && !stretched)
        return std::nullopt;
    return out;
}

} // namespace bd::ocr
