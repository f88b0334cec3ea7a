#include "services/ocr/MrzLocator.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace bd::ocr {

namespace {

constexpr int kWorkSide = 1100; // long side of the image the search runs on
constexpr int kSmallSide = 800; // the wider search enlarges images with a shorter long side
// The wider search turns the text mask by these angles (degrees): with the axes of locate() the
// closings then run within 15 degrees of any text direction.
constexpr double kWiderTurns[] = { 30.0, 60.0 };

struct Bar
{
    cv::RotatedRect rect;
    cv::Point2f centre;
    cv::Point2f dir; // unit vector along the bar
    double length = 0;
    double thickness = 0;
    double angle = 0; // degrees, [0,180)
};

Bar makeBar(const cv::RotatedRect& r)
{
    Bar b;
    b.rect = r;
    b.centre = r.center;
    double angle = r.angle;
    double length = r.size.width, thickness = r.size.height;
    if (r.size.height > r.size.width) {
        std::swap(length, thickness);
        angle += 90.0;
    }
    angle = std::fmod(angle + 360.0, 180.0);
    b.angle = angle;
    b.length = length;
    b.thickness = thickness;
    b.dir = cv::Point2f(
        static_cast<float>(std::cos(angle * CV_PI / 180.0)), static_cast<float>(std::sin(angle * CV_PI / 180.0)));
    return b;
}

double angleDiff(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), 180.0);
    return std::min(d, 180.0 - d);
}

void collectBars(const cv::Mat& mask, std::vector<Bar>& bars, bool vertical)
{
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (const auto& c : contours) {
        if (c.size() < 4)
            continue;
        const Bar b = makeBar(cv::minAreaRect(c));
        if (b.length < 40 || b.thickness < 2.5 || b.length / b.thickness < 7.0)
            continue;
        // Keep bars of the direction this mask was closed along (+-22 degrees).
        const double d = angleDiff(b.angle, vertical ? 90.0 : 0.0);
        if (d > 22.0)
            continue;
        bars.push_back(b);
    }
}

// Dark strokes smaller than the kernel, on any light background: the black-hat of the working
// image, thresholded by Otsu (at 12 when Otsu picks a lower level).
cv::Mat textMask(const cv::Mat& work)
{
    cv::Mat blackhat;
    cv::morphologyEx(work, blackhat, cv::MORPH_BLACKHAT, cv::getStructuringElement(cv::MORPH_RECT, { 19, 19 }));
    cv::Mat text;
    const double otsu = cv::threshold(blackhat, text, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    if (otsu < 12)
        cv::threshold(blackhat, text, 12, 255, cv::THRESH_BINARY);
    return text;
}

// Line bars: characters joined by closing along the rows and the columns with two kernel lengths,
// thin threads across the line direction removed; longest first.
std::vector<Bar> lineBars(const cv::Mat& text)
{
    std::vector<Bar> bars;
    for (int k : { 9, 15 }) {
        for (bool vertical : { false, true }) {
            cv::Mat closed;
            const cv::Size ks = vertical ? cv::Size(1, k) : cv::Size(k, 1);
            cv::morphologyEx(text, closed, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, ks));
            // Remove thin threads across the line direction (pattern lines, noise).
            const cv::Size os = vertical ? cv::Size(3, 1) : cv::Size(1, 3);
            cv::morphologyEx(closed, closed, cv::MORPH_OPEN, cv::getStructuringElement(cv::MORPH_RECT, os));
            collectBars(closed, bars, vertical);
        }
    }
    std::sort(bars.begin(), bars.end(), [](const Bar& a, const Bar& b) { return a.length > b.length; });
    return bars;
}

// The bars parallel to bars[i] (a), of about its length and thickness, stacked beside it at line
// spacing, one per offset: group[0] is a itself at offset 0; offsets are across a, in pixels.
void stackedBars(const std::vector<Bar>& bars, size_t i, std::vector<const Bar*>& group, std::vector<double>& offsets)
{
    const Bar& a = bars[i];
    const cv::Point2f normal(-a.dir.y, a.dir.x);
    group = { &a };
    offsets = { 0.0 };
    for (size_t j = 0; j < bars.size(); ++j) {
        if (j == i)
            continue;
        const Bar& b = bars[j];
        if (angleDiff(a.angle, b.angle) > 4.0 || b.length < 0.85 * a.length || b.length > 1.18 * a.length)
            continue;
        if (b.thickness < 0.55 * a.thickness || b.thickness > 1.8 * a.thickness)
            continue;
        const cv::Point2f d = b.centre - a.centre;
        const double along = d.dot(a.dir);
        const double across = d.dot(normal);
        if (std::abs(along) > 0.12 * a.length)
            continue;
        const double spacing = std::abs(across) / std::max(a.thickness, b.thickness);
        if (spacing < 1.1 || spacing > 4.8)
            continue;
        bool duplicate = false;
        for (double o : offsets)
            duplicate = duplicate || std::abs(o - across) < 0.6 * a.thickness;
        if (duplicate)
            continue;
        group.push_back(&b);
        offsets.push_back(across);
    }
}

// The most compact run of 2 or 3 bars of `group` that contains group[0] (of thickness
// `thickness`): a run of 3 with regular spacing is preferred, else the closest neighbour pair.
// Returns the run (empty when none) and its cost in bestCost (negative: a good run).
std::vector<const Bar*> compactRun(
    const std::vector<const Bar*>& group, const std::vector<double>& offsets, double thickness, double& bestCost)
{
    std::vector<size_t> order(group.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [&offsets](size_t x, size_t y) { return offsets[x] < offsets[y]; });
    const auto posA = std::find(order.begin(), order.end(), size_t(0)) - order.begin();
    const long lo = std::max<long>(0, posA - 2);
    const long hi = std::min<long>(static_cast<long>(order.size()) - 1, posA + 2);
    std::vector<const Bar*> best;
    bestCost = 1e9;
    for (long s = lo; s <= hi; ++s) {
        for (long len = 2; len <= 3; ++len) {
            const long e = s + len - 1;
            if (e > hi || posA < s || posA > e)
                continue;
            double cost = 0;
            std::vector<double> steps;
            for (long q = s + 1; q <= e; ++q)
                steps.push_back(offsets[order[static_cast<size_t>(q)]] - offsets[order[static_cast<size_t>(q - 1)]]);
            if (steps.size() == 2)
                cost = std::abs(steps[0] - steps[1]) / std::max(steps[0], steps[1]);
            if (steps.front() > 3.2 * thickness || steps.back() > 3.2 * thickness)
                cost += 1.0;
            cost -= 0.3 * static_cast<double>(len); // more lines is better when regular
            if (cost < bestCost) {
                bestCost = cost;
                best.clear();
                for (long q = s; q <= e; ++q)
                    best.push_back(group[order[static_cast<size_t>(q)]]);
            }
        }
    }
    return best;
}

// The candidate around a run of line bars: the turned rectangle around all their corners, scored by
// the mean bar length times the line count (less for an irregular run).
MrzCandidate runCandidate(const std::vector<const Bar*>& run, double lineAngle, double cost)
{
    std::vector<cv::Point2f> pts;
    double thickness = 0, length = 0;
    for (const Bar* b : run) {
        cv::Point2f corners[4];
        b->rect.points(corners);
        pts.insert(pts.end(), corners, corners + 4);
        thickness += b->thickness;
        length += b->length;
    }
    thickness /= static_cast<double>(run.size());
    length /= static_cast<double>(run.size());
    MrzCandidate c;
    const Bar zone = makeBar(cv::minAreaRect(pts));
    c.zone
        = cv::RotatedRect(zone.centre, cv::Size2f(static_cast<float>(zone.length), static_cast<float>(zone.thickness)),
            static_cast<float>(zone.angle));
    c.lineAngle = lineAngle;
    c.lineCount = static_cast<int>(run.size());
    c.lineHeight = thickness;
    c.score = length * static_cast<double>(run.size()) * (cost < 0 ? 1.0 : 0.7);
    return c;
}

// Groups of 2-3 parallel bars of the same length, stacked at line spacing, as candidates.
void addBarGroups(const std::vector<Bar>& bars, std::vector<MrzCandidate>& found)
{
    for (size_t i = 0; i < bars.size(); ++i) {
        std::vector<const Bar*> group;
        std::vector<double> offsets;
        stackedBars(bars, i, group, offsets);
        if (group.size() < 2)
            continue;
        double cost = 0;
        const std::vector<const Bar*> run = compactRun(group, offsets, bars[i].thickness, cost);
        if (run.size() < 2)
            continue;
        found.push_back(runCandidate(run, bars[i].angle, cost));
    }
}

// Merged bands (lines too close to separate at this scale) as fallback candidates: long, filled
// blobs of the text mask closed in both directions.
void addMergedBands(const cv::Mat& text, std::vector<MrzCandidate>& found)
{
    cv::Mat band;
    cv::morphologyEx(text, band, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_RECT, { 13, 13 }));
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(band, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    for (const auto& ct : contours) {
        if (ct.size() < 4)
            continue;
        const Bar b = makeBar(cv::minAreaRect(ct));
        const double ratio = b.length / std::max(1.0, b.thickness);
        if (b.length < 60 || ratio < 3.5 || ratio > 18)
            continue;
        const double fill = cv::contourArea(ct) / std::max(1.0, b.length * b.thickness);
        if (fill < 0.6)
            continue;
        MrzCandidate c;
        c.zone = cv::RotatedRect(b.centre, cv::Size2f(static_cast<float>(b.length), static_cast<float>(b.thickness)),
            static_cast<float>(b.angle));
        c.lineAngle = b.angle;
        c.lineCount = 0;
        c.lineHeight = 0;
        c.score = b.length * 0.5 * fill;
        found.push_back(c);
    }
}

// Candidates in one text mask; coordinates are converted to the source by 1/scale.
std::vector<MrzCandidate> locateInMask(const cv::Mat& text, double scale)
{
    std::vector<MrzCandidate> found;
    addBarGroups(lineBars(text), found);
    addMergedBands(text, found);
    // Back to the caller's pixels (scores too, so both scales compare).
    for (MrzCandidate& c : found) {
        const float inv = static_cast<float>(1.0 / scale);
        c.zone = cv::RotatedRect(c.zone.center * inv, c.zone.size * inv, c.zone.angle);
        c.lineHeight /= scale;
        c.score /= scale;
    }
    return found;
}

// Candidates on one working image; coordinates are converted to the source by 1/scale.
std::vector<MrzCandidate> locateAt(const cv::Mat& work, double scale)
{
    return locateInMask(textMask(work), scale);
}

// Candidates in the text mask turned by `turn` degrees (counter-clockwise on screen, the canvas
// grown to hold all of it): the closings along its rows and columns then join text lines that run
// at turn +-22 and turn + 90 +-22 degrees in the mask. Mapped back to the mask's pixels / scale.
std::vector<MrzCandidate> locateTurned(const cv::Mat& text, double scale, double turn)
{
    const cv::Point2f centre(static_cast<float>(text.cols) / 2.0f, static_cast<float>(text.rows) / 2.0f);
    cv::Mat toTurned = cv::getRotationMatrix2D(centre, turn, 1.0);
    const cv::Rect2f bounds = cv::RotatedRect(
        centre, cv::Size2f(static_cast<float>(text.cols), static_cast<float>(text.rows)), static_cast<float>(turn))
                                  .boundingRect2f();
    toTurned.at<double>(0, 2) += bounds.width / 2.0 - centre.x;
    toTurned.at<double>(1, 2) += bounds.height / 2.0 - centre.y;
    cv::Mat turned;
    cv::warpAffine(text, turned, toTurned,
        { static_cast<int>(std::ceil(bounds.width)), static_cast<int>(std::ceil(bounds.height)) }, cv::INTER_NEAREST,
        cv::BORDER_CONSTANT, 0);
    std::vector<MrzCandidate> found = locateInMask(turned, 1.0);
    cv::Mat back;
    cv::invertAffineTransform(toTurned, back);
    const cv::Matx23d m(back);
    // A direction (degrees) in the turned mask -> in the mask, mod 180.
    const auto angleBack = [&m](double degrees) {
        const double a = degrees * CV_PI / 180.0;
        const double dx = m(0, 0) * std::cos(a) + m(0, 1) * std::sin(a);
        const double dy = m(1, 0) * std::cos(a) + m(1, 1) * std::sin(a);
        return std::fmod(std::atan2(dy, dx) * 180.0 / CV_PI + 360.0, 180.0);
    };
    for (MrzCandidate& c : found) {
        const cv::Point2d p = c.zone.center;
        const cv::Point2d centreBack(m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2), m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2));
        const float inv = static_cast<float>(1.0 / scale);
        c.zone = cv::RotatedRect(
            cv::Point2f(centreBack) * inv, c.zone.size * inv, static_cast<float>(angleBack(c.zone.angle)));
        c.lineAngle = angleBack(c.lineAngle);
        c.lineHeight /= scale;
        c.score /= scale;
        c.search = MrzCandidate::Search::Wider;
    }
    return found;
}

bool nearDuplicate(const MrzCandidate& c, const MrzCandidate& o)
{
    const double dist = cv::norm(c.zone.center - o.zone.center);
    return dist < 0.2 * std::max(o.zone.size.width, 1.0f) && angleDiff(c.lineAngle, o.lineAngle) < 5
        && std::abs(c.zone.size.width - o.zone.size.width) < 0.2 * o.zone.size.width;
}

// The best of `found` (sorted here), near-duplicates of each other or of `known` left out.
std::vector<MrzCandidate> bestDistinct(
    std::vector<MrzCandidate>& found, const std::vector<MrzCandidate>& known, int maxCandidates)
{
    std::sort(
        found.begin(), found.end(), [](const MrzCandidate& x, const MrzCandidate& y) { return x.score > y.score; });
    std::vector<MrzCandidate> out;
    for (const MrzCandidate& c : found) {
        if (static_cast<int>(out.size()) >= maxCandidates)
            break;
        const auto same = [&c](const MrzCandidate& o) { return nearDuplicate(c, o); };
        if (std::none_of(known.begin(), known.end(), same) && std::none_of(out.begin(), out.end(), same))
            out.push_back(c);
    }
    return out;
}

// The working image of the search: the long side at most kWorkSide (area averaging); `enlarge`:
// a smaller image is enlarged (cubic) towards kWorkSide, by at most 3.
cv::Mat workImage(const cv::Mat& gray, bool enlarge, double& scale)
{
    const double longSide = std::max(gray.cols, gray.rows);
    scale = std::min(1.0, kWorkSide / longSide);
    if (enlarge && longSide < kSmallSide)
        scale = std::min(3.0, kWorkSide / longSide);
    cv::Mat work;
    if (scale < 1.0)
        cv::resize(gray, work, {}, scale, scale, cv::INTER_AREA);
    else if (scale > 1.0)
        cv::resize(gray, work, {}, scale, scale, cv::INTER_CUBIC);
    else
        work = gray;
    return work;
}

} // namespace

std::vector<MrzCandidate> MrzLocator::locate(const cv::Mat& gray, int maxCandidates)
{
    std::vector<MrzCandidate> out;
    if (gray.empty() || gray.type() != CV_8UC1)
        return out;
    // Two scales: characters 6-25 px tall at the first, larger ones at the second.
    double scale = 1.0;
    const cv::Mat work = workImage(gray, false, scale);
    std::vector<MrzCandidate> found = locateAt(work, scale);
    cv::Mat half;
    cv::resize(work, half, {}, 0.5, 0.5, cv::INTER_AREA);
    const std::vector<MrzCandidate> coarse = locateAt(half, scale * 0.5);
    found.insert(found.end(), coarse.begin(), coarse.end());
    // Drop near-duplicates (the same zone found from several bars or kernels).
    return bestDistinct(found, {}, maxCandidates);
}

std::vector<MrzCandidate> MrzLocator::locateWider(
    const cv::Mat& gray, const std::vector<MrzCandidate>& known, int maxCandidates)
{
    if (gray.empty() || gray.type() != CV_8UC1)
        return {};
    double scale = 1.0;
    const cv::Mat work = workImage(gray, true, scale);
    const bool enlarged = scale > 1.0;
    cv::Mat half;
    cv::resize(work, half, {}, 0.5, 0.5, cv::INTER_AREA);
    std::vector<MrzCandidate> found;
    for (const auto& [image, at] : { std::pair { work, scale }, std::pair { half, scale * 0.5 } }) {
        const cv::Mat text = textMask(image);
        // An enlarged image is searched along the axes too (locate() saw it too small).
        if (enlarged) {
            std::vector<MrzCandidate> axes = locateInMask(text, at);
            for (MrzCandidate& c : axes)
                c.search = MrzCandidate::Search::Wider;
            found.insert(found.end(), axes.begin(), axes.end());
        }
        for (double turn : kWiderTurns) {
            const std::vector<MrzCandidate> more = locateTurned(text, at, turn);
            found.insert(found.end(), more.begin(), more.end());
        }
    }
    return bestDistinct(found, known, maxCandidates);
}

} // namespace bd::ocr
