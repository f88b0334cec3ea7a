#include "services/ocr/MrzLineCutter.h"

#include "services/ocr/GlyphFeatures.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace bd::ocr {

namespace {

using Rows = MrzLineCutter::Rows;
using Extent = MrzLineCutter::Extent;

// A connected component of ink near one line: its box in strip pixels and horizontal centre.
struct Component
{
    cv::Rect box;
    float cx = 0;
    int area = 0;
};

// Least-squares line y = a + b*x; returns false with fewer than two distinct x.
bool fitLine(const std::vector<float>& xs, const std::vector<float>& ys, double& a, double& b)
{
    const size_t n = xs.size();
    if (n < 2)
        return false;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (size_t i = 0; i < n; ++i) {
        sx += xs[i];
        sy += ys[i];
        sxx += static_cast<double>(xs[i]) * xs[i];
        sxy += static_cast<double>(xs[i]) * ys[i];
    }
    const double den = n * sxx - sx * sx;
    if (std::abs(den) < 1e-9)
        return false;
    b = (n * sxy - sx * sy) / den;
    a = (sy - b * sx) / n;
    return true;
}

float median(std::vector<float> v)
{
    if (v.empty())
        return 0;
    const auto mid = v.begin() + static_cast<long>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}

// Frame height per pitch: a little above the nominal capital height (2.35 mm / 2.54 mm).
constexpr float kCapPerPitch = 0.95f;

// The baseline y = a + b*x of one text line.
struct Baseline
{
    double a = 0;
    double b = 0;
};

// Glyph centres of one line indexed by counting pitches along it: pos[j] is the centre of glyph
// number idx[j]; unit is the measured distance between neighbouring glyphs.
struct PitchIndex
{
    float unit = 0;
    std::vector<int> idx;
    std::vector<float> pos;
};

// The window of n consecutive cells a line is read in (k0: its first index) and its score.
struct Window
{
    int k0 = 0;
    int score = -1;
};

// Cell centres of one line: x(i) = a + b*i + c*i*i (the quadratic term absorbs perspective).
struct Grid
{
    double a = 0;
    double b = 0;
    double c = 0;
};

// Step 6a: the connected components of glyph size in the band around one line that overlap its
// core rows (box in strip pixels), sorted left to right.
std::vector<Component> lineComponents(const cv::Mat& binary, Rows run, float h0)
{
    const int runH = run.end - run.start;
    const int y0 = std::max(0, run.start - runH / 2);
    const int y1 = std::min(binary.rows, run.end + runH / 2);
    const cv::Mat band = binary.rowRange(y0, y1);
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(band, labels, stats, centroids, 8, CV_32S);
    std::vector<Component> comps;
    for (int c = 1; c < count; ++c) {
        const cv::Rect box(stats.at<int>(c, cv::CC_STAT_LEFT), stats.at<int>(c, cv::CC_STAT_TOP) + y0,
            stats.at<int>(c, cv::CC_STAT_WIDTH), stats.at<int>(c, cv::CC_STAT_HEIGHT));
        const int area = stats.at<int>(c, cv::CC_STAT_AREA);
        if (area < std::max(4.0f, 0.02f * h0 * h0) || box.height < 0.2f * h0 || box.height > 2.2f * h0)
            continue;
        // Must overlap the line's core rows.
        if (box.y + box.height <= run.start || box.y >= run.end)
            continue;
        comps.push_back({ box, box.x + box.width / 2.0f, area });
    }
    std::sort(comps.begin(), comps.end(), [](const Component& a, const Component& b) { return a.cx < b.cx; });
    return comps;
}

// Step 6b: the cap height of a line, the upper quartile of its component heights.
float capHeightOf(const std::vector<Component>& comps)
{
    std::vector<float> heights;
    for (const auto& c : comps)
        heights.push_back(static_cast<float>(c.box.height));
    std::vector<float> sortedH = heights;
    std::sort(sortedH.begin(), sortedH.end());
    return sortedH[sortedH.size() * 3 / 4];
}

// Step 6c: drops stray components far from the text on either side (gap > 3.5 typical gaps);
// returns the typical gap between neighbouring components (measured before dropping).
float dropStrays(std::vector<Component>& comps)
{
    std::vector<float> gaps;
    for (size_t i = 1; i < comps.size(); ++i)
        gaps.push_back(comps[i].cx - comps[i - 1].cx);
    const float typicalGap = std::max(2.0f, median(gaps));
    size_t lo = 0, hi = comps.size();
    while (hi - lo > 2 && comps[lo + 1].cx - comps[lo].cx > 3.5f * typicalGap)
        ++lo;
    while (hi - lo > 2 && comps[hi - 1].cx - comps[hi - 2].cx > 3.5f * typicalGap)
        --hi;
    comps = std::vector<Component>(comps.begin() + static_cast<long>(lo), comps.begin() + static_cast<long>(hi));
    return typicalGap;
}

// Step 6d: the baseline from the tall components (every capital and digit stands on it): a fitted
// line when at least 6 of them give a nearly level one, else their median bottom.
Baseline fitBaseline(const std::vector<Component>& comps, float capH)
{
    std::vector<float> tx, by;
    for (const auto& c : comps) {
        if (c.box.height >= 0.85f * capH && c.box.height <= 1.2f * capH) {
            tx.push_back(c.cx);
            by.push_back(static_cast<float>(c.box.y + c.box.height));
        }
    }
    Baseline base { median(by), 0 };
    if (tx.size() >= 6) {
        double a = 0, b = 0;
        if (fitLine(tx, by, a, b) && std::abs(b) < 0.05) {
            base.a = a;
            base.b = b;
        }
    }
    return base;
}

// Step 6e, split characters: the glyph centres of a line, sorted; a run of touching glyphs
// (blurred '<<<<' fillers) counts as evenly spaced glyphs across its width. P: the expected pitch.
std::vector<float> glyphCentres(const std::vector<Component>& comps, float capH, float P, int charsPerLine)
{
    std::vector<float> singles;
    for (const auto& c : comps) {
        if (c.box.height < 0.3f * capH)
            continue;
        const float w = static_cast<float>(c.box.width);
        if (w <= 1.25f * P) {
            singles.push_back(c.cx);
            continue;
        }
        const int k = static_cast<int>(std::lround((w + 0.4f * P) / P));
        if (k < 2 || k > charsPerLine)
            continue;
        const float step = (w - 0.6f * P) / static_cast<float>(k - 1);
        for (int j = 0; j < k; ++j)
            singles.push_back(static_cast<float>(c.box.x) + 0.3f * P + step * static_cast<float>(j));
    }
    std::sort(singles.begin(), singles.end());
    return singles;
}

// Step 6f: indexes every glyph centre by counting pitches along the line (robust to the uneven ink
// centres of different glyphs and to perspective); fragments of one glyph count once.
PitchIndex indexByPitch(const std::vector<float>& singles, float P)
{
    std::vector<float> gapsSingles;
    for (size_t j = 1; j < singles.size(); ++j) {
        const float g = singles[j] - singles[j - 1];
        if (g > 0.6f * P && g < 1.5f * P)
            gapsSingles.push_back(g);
    }
    PitchIndex index;
    index.unit = gapsSingles.size() >= 4 ? median(gapsSingles) : P;
    index.idx = { 0 };
    index.pos = { singles.front() };
    for (size_t j = 1; j < singles.size(); ++j) {
        const float g = singles[j] - index.pos.back();
        if (g < 0.5f * index.unit)
            continue; // a fragment of the same glyph
        index.idx.push_back(index.idx.back() + std::max(1, static_cast<int>(std::lround(g / index.unit))));
        index.pos.push_back(singles[j]);
    }
    return index;
}

// Whether a glyph was counted at index k.
bool hasGlyph(const std::vector<int>& idx, int k)
{
    return std::binary_search(idx.begin(), idx.end(), k);
}

// How many counted glyphs fall in the n cells from k0.
int glyphsInWindow(const std::vector<int>& idx, int k0, int n)
{
    const auto first = std::lower_bound(idx.begin(), idx.end(), k0);
    const auto last = std::upper_bound(idx.begin(), idx.end(), k0 + n - 1);
    return static_cast<int>(last - first);
}

// Step 6g: the n-cell window starting or ending at a glyph with most glyphs inside, a glyph at both
// ends (every MRZ position is printed, fillers too) and clear space just outside.
Window bestWindow(const std::vector<int>& idx, int n)
{
    Window best;
    for (size_t j = 0; j < idx.size(); ++j) {
        for (int k0 : { idx[j], idx[j] - n + 1 }) {
            const int score = 2 * glyphsInWindow(idx, k0, n) + 6 * (hasGlyph(idx, k0) + hasGlyph(idx, k0 + n - 1))
                - 4 * (hasGlyph(idx, k0 - 1) + hasGlyph(idx, k0 + n));
            if (score > best.score) {
                best.score = score;
                best.k0 = k0;
            }
        }
    }
    return best;
}

// Step 6h: the line must fill the window and end there: a 44-character line read as 36 (or the
// reverse) passes visa check digits, so the count of glyphs decides. A 36-character line holds 36 of
// 44 cells (82 %): the window must be nearly full and printed at both ends.
bool fillsWindow(const std::vector<int>& idx, int k0, int n)
{
    const int inWindow = glyphsInWindow(idx, k0, n);
    int outside = 0;
    for (int k = 1; k <= 4; ++k)
        outside += hasGlyph(idx, k0 - k) + hasGlyph(idx, k0 + n - 1 + k);
    return !(inWindow < n - std::max(3, n / 10) || outside >= 3 || !hasGlyph(idx, k0) || !hasGlyph(idx, k0 + n - 1));
}

// Least squares x = a + b i + c i^2 over n cells (linear with fewer than 12 points) into `grid`;
// false (grid unchanged) when the solution is implausible for the line's pitch.
bool solveGrid(const std::vector<double>& is, const std::vector<double>& xs, double pitch, int n, Grid& grid)
{
    if (is.size() < 6)
        return false;
    cv::Matx33d A = cv::Matx33d::zeros();
    cv::Vec3d y(0, 0, 0);
    for (size_t k = 0; k < is.size(); ++k) {
        const double v[3] = { 1, is[k], is[k] * is[k] };
        for (int r = 0; r < 3; ++r) {
            y[r] += v[r] * xs[k];
            for (int c = 0; c < 3; ++c)
                A(r, c) += v[r] * v[c];
        }
    }
    if (is.size() < 12)
        A(2, 2) += 1e9; // effectively linear
    cv::Vec3d sol;
    if (!cv::solve(A, y, sol, cv::DECOMP_CHOLESKY))
        return false;
    // Perspective changes the pitch along the line by up to about a third.
    if (sol[1] < 0.6 * pitch || sol[1] > 1.4 * pitch || std::abs(sol[2]) * n > 0.35 * sol[1])
        return false;
    const double endPitch = sol[1] + 2 * sol[2] * (n - 1);
    if (endPitch < 0.5 * pitch || endPitch > 1.5 * pitch)
        return false;
    grid = { sol[0], sol[1], sol[2] };
    return true;
}

// The glyph centres that lie within 0.3 pitch of a cell of `grid` (xs), with that cell (is).
void assignToGrid(
    const std::vector<float>& singles, const Grid& grid, int n, std::vector<double>& is, std::vector<double>& xs)
{
    for (float x : singles) {
        // Invert the grid: the root of c i^2 + b i + a - x = 0 nearest the linear guess.
        double fi = (x - grid.a) / grid.b;
        if (std::abs(grid.c) > 1e-9) {
            const double disc = grid.b * grid.b + 4 * grid.c * (x - grid.a);
            if (disc >= 0)
                fi = (-grid.b + std::sqrt(disc)) / (2 * grid.c);
        }
        const double ri = std::round(fi);
        if (ri < 0 || ri >= n)
            continue;
        const double pred = grid.a + grid.b * ri + grid.c * ri * ri;
        if (std::abs(x - pred) > 0.3 * (grid.b + 2 * grid.c * ri))
            continue;
        is.push_back(ri);
        xs.push_back(x);
    }
}

// Step 6i, fit the pitch: the grid of the n cells of `window`: a straight line through the counted
// glyphs inside it, then least squares from the counted indices themselves (a straight line through
// them misses the ends of a line under perspective by more than half a pitch), then up to 3 rounds
// with re-assignment of all glyph centres. False when the line pitch is implausible.
bool fitGrid(const PitchIndex& index, const std::vector<float>& singles, Window window, int n, Grid& grid)
{
    std::vector<float> wi, wx;
    for (size_t j = 0; j < index.idx.size(); ++j) {
        if (index.idx[j] >= window.k0 && index.idx[j] < window.k0 + n) {
            wi.push_back(static_cast<float>(index.idx[j] - window.k0));
            wx.push_back(index.pos[j]);
        }
    }
    double bestOrigin = 0, bestPitch = 0;
    if (!fitLine(wi, wx, bestOrigin, bestPitch) || bestPitch < 0.5 * index.unit || bestPitch > 1.5 * index.unit)
        return false;
    if (window.score < 2 * std::max(4, n / 3))
        return false;
    grid = { bestOrigin, bestPitch, 0 };
    solveGrid(std::vector<double>(wi.begin(), wi.end()), std::vector<double>(wx.begin(), wx.end()), bestPitch, n, grid);
    for (int iter = 0; iter < 3; ++iter) {
        std::vector<double> is, xs;
        assignToGrid(singles, grid, n, is, xs);
        if (!solveGrid(is, xs, bestPitch, n, grid))
            break;
    }
    return true;
}

// Step 6j, cut the cells: the n cells of a line on `grid` (snapped to a single glyph component near
// a cell centre) with their features from `ink`; widens `extent` by the line.
MrzSegmentedLine cutCells(const cv::Mat& ink,
    const std::vector<Component>& comps,
    const Grid& grid,
    Baseline base,
    float capH,
    int n,
    Extent& extent)
{
    const double pitch = grid.b + grid.c * (n - 1); // mean pitch over the line
    MrzSegmentedLine line;
    line.pitch = static_cast<float>(pitch);
    line.capHeight = capH;
    line.features = cv::Mat(n, GlyphFeatures::size(), CV_32F);
    size_t cursor = 0;
    for (int i = 0; i < n; ++i) {
        float cx = static_cast<float>(grid.a + grid.b * i + grid.c * i * i);
        while (cursor < comps.size() && comps[cursor].cx < cx - 0.5 * pitch)
            ++cursor;
        if (cursor < comps.size() && std::abs(comps[cursor].cx - cx) < 0.22 * pitch
            && comps[cursor].box.width < 1.1 * pitch)
            cx = comps[cursor].cx;
        // Vertical frame from the baseline and the local pitch, not from the fitted cap line: in
        // OCR-B digits stand about 10 % taller than capitals (O/0, B/8, S/5, Z/2, I/1 differ in
        // height), and a cap line fitted to a digit-heavy line sits higher than on a name line.
        // The pitch is fixed by the print (2.54 mm), so the glyph height stays visible. (The
        // line's mean pitch: the local pitch of the quadratic grid read worse, even under
        // perspective.)
        const float bottom = static_cast<float>(base.a + base.b * cx);
        const float top = bottom - kCapPerPitch * line.pitch;
        line.centres.emplace_back(cx, (top + bottom) / 2);
        GlyphFeatures::compute(ink, { cx, (top + bottom) / 2 }, line.pitch, top, bottom, line.features.row(i));
        extent.top = std::min(extent.top, top);
        extent.bottom = std::max(extent.bottom, bottom);
    }
    const double lastCentre = grid.a + grid.b * (n - 1) + grid.c * (n - 1) * (n - 1);
    extent.left = std::min(extent.left, static_cast<float>(grid.a - pitch / 2));
    extent.right = std::max(extent.right, static_cast<float>(lastCentre + pitch / 2));
    return line;
}

} // namespace

// Step 6 of MrzZoneSegmenter::segment, segment one line: its glyph components, cap height and
// baseline, the glyph centres, the fixed-pitch grid of n cells and the cells' features.
bool MrzLineCutter::cut(const cv::Mat& ink,
    const cv::Mat& binary,
    Rows rows,
    int charsPerLine,
    float h0,
    MrzSegmentedLine& line,
    Extent& extent)
{
    const int n = charsPerLine;
    std::vector<Component> comps = lineComponents(binary, rows, h0);
    if (static_cast<int>(comps.size()) < n / 4)
        return false;
    const float capH = capHeightOf(comps);
    const float typicalGap = dropStrays(comps);
    if (comps.size() < 2)
        return false;
    const Baseline base = fitBaseline(comps, capH);
    // Grid: first the pitch and phase that put the most glyph centres on grid points within n
    // consecutive cells, then least-squares refinement with re-assignment.
    const float P
        = std::clamp(typicalGap, 0.8f * MrzZoneSegmenter::kTargetPitch, 1.25f * MrzZoneSegmenter::kTargetPitch);
    const std::vector<float> singles = glyphCentres(comps, capH, P, n);
    if (static_cast<int>(singles.size()) < std::max(4, n / 4))
        return false;
    const PitchIndex index = indexByPitch(singles, P);
    const Window window = bestWindow(index.idx, n);
    if (!fillsWindow(index.idx, window.k0, n))
        return false;
    Grid grid;
    if (!fitGrid(index, singles, window, n, grid))
        return false;
    line = cutCells(ink, comps, grid, base, capH, n, extent);
    return true;
}

} // namespace bd::ocr
