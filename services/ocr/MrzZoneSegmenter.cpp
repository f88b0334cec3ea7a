#include "services/ocr/MrzZoneSegmenter.h"

#include "services/ocr/GlyphFeatures.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bd::ocr {

namespace {

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

// Frame height per pitch: a little above the nominal capital height (2.35 mm / 2.54 mm).
constexpr float kCapPerPitch = 0.95f;

struct Run
{
    int start;
    int end; // exclusive
    double mass;
};

} // namespace

cv::Mat MrzZoneSegmenter::inkMap(const cv::Mat& stripGray, float capHeight)
{
    const int k = std::max(5, static_cast<int>(capHeight * 1.6) | 1);
    cv::Mat bg;
    cv::dilate(stripGray, bg, cv::getStructuringElement(cv::MORPH_RECT, {k, k}));
    cv::blur(bg, bg, {k, k});
    cv::Mat g, b;
    stripGray.convertTo(g, CV_32F);
    bg.convertTo(b, CV_32F);
    cv::Mat ink = (b - g) / cv::max(b, 1.0f);
    cv::max(ink, 0.0f, ink);
    return ink;
}

bool MrzZoneSegmenter::segment(const cv::Mat& stripGray, int charsPerLine, int expectedLines, MrzSegmentedZone& zone)
{
    zone = {};
    if (stripGray.empty() || stripGray.type() != CV_8UC1 || charsPerLine < 10)
        return false;
    const float h0 = kTargetPitch * 0.93f;
    cv::Mat ink = inkMap(stripGray, h0);
    cv::Mat ink8;
    ink.convertTo(ink8, CV_8U, 255.0);
    cv::Mat binary;
    // Otsu on a nearly empty strip picks noise; require a sane contrast.
    const double otsu = cv::threshold(ink8, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
    if (otsu < 20)
        return false;

    const double angle = refineAngle(binary);
    zone.residualAngle = angle;
    if (std::abs(angle) > 0.01) {
        const cv::Mat rot = cv::getRotationMatrix2D({stripGray.cols / 2.0f, stripGray.rows / 2.0f}, angle, 1.0);
        cv::warpAffine(ink, ink, rot, ink.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);
        cv::warpAffine(binary, binary, rot, binary.size(), cv::INTER_NEAREST, cv::BORDER_CONSTANT, 0);
    }

    // Text lines from the row profile, without blobs far taller than a line that cover only part of
    // it (a portrait or a photo edge next to the zone would join a text line to its own rows).
    cv::Mat textOnly = binary.clone();
    {
        cv::Mat labels, stats, centroids;
        const int count = cv::connectedComponentsWithStats(binary, labels, stats, centroids, 8, CV_32S);
        for (int c = 1; c < count; ++c) {
            if (stats.at<int>(c, cv::CC_STAT_HEIGHT) > 1.8f * h0 && stats.at<int>(c, cv::CC_STAT_WIDTH) < binary.cols / 2)
                textOnly.setTo(0, labels == c);
        }
    }
    cv::Mat profile;
    cv::reduce(textOnly, profile, 1, cv::REDUCE_SUM, CV_32F);
    cv::blur(profile, profile, {1, 3});
    // The reference level comes from text-like rows only: a dark document edge or a solid bar in
    // the strip would otherwise raise it above the thin rows of a text line and split the line.
    double maxProfile = 0, maxAny = 0;
    const double solidRow = 0.6 * 255.0 * binary.cols;
    for (int y = 0; y < profile.rows; ++y) {
        const double v = profile.at<float>(y);
        maxAny = std::max(maxAny, v);
        if (v < solidRow)
            maxProfile = std::max(maxProfile, v);
    }
    if (maxProfile <= 0)
        maxProfile = maxAny;
    if (maxProfile <= 0)
        return false;
    const float limit = static_cast<float>(maxProfile * 0.22);
    std::vector<Run> rawRuns;
    // Solid rows (an edge touching the text) end a run instead of joining it.
    const auto textRow = [&](int y) { return profile.at<float>(y) > limit && profile.at<float>(y) < solidRow; };
    for (int y = 0; y < profile.rows;) {
        if (!textRow(y)) {
            ++y;
            continue;
        }
        Run r{y, y, 0};
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
    std::vector<Run> runs;
    for (const Run& r : rawRuns) {
        const int height = r.end - r.start;
        // Text rows, not a document edge or a solid bar: plausible height and a broken fill.
        const double density = r.mass / 255.0 / (static_cast<double>(height) * binary.cols);
        // Text alternates ink and gaps along the line; a photo edge or a bar does not.
        int transitions = 0;
        for (int yy = r.start + height / 3; yy <= r.start + 2 * height / 3; ++yy) {
            const uchar* row = binary.ptr<uchar>(yy);
            int t = 0;
            for (int x = 1; x < binary.cols; ++x)
                t += row[x] && !row[x - 1];
            transitions = std::max(transitions, t);
        }
        if (height >= static_cast<int>(0.35f * h0) && height <= static_cast<int>(2.0f * h0) && density < 0.6
            && transitions >= charsPerLine * 2 / 5)
            runs.push_back(r);
    }
    const int wanted = expectedLines > 0 ? expectedLines : (runs.size() >= 3 ? 3 : 2);
    if (static_cast<int>(runs.size()) < wanted)
        return false;
    // The consecutive group of `wanted` lines with the most ink and even spacing.
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
    if (bestStart < 0)
        return false;

    // Contrast: scale the ink so the strokes of the chosen lines average about 0.8.
    {
        const Run& first = runs[static_cast<size_t>(bestStart)];
        const Run& last = runs[static_cast<size_t>(bestStart + wanted - 1)];
        const cv::Rect band(0, first.start, ink.cols, last.end - first.start);
        const double strokes = cv::mean(ink(band), binary(band))[0];
        if (strokes > 1e-3) {
            ink *= 0.8 / strokes;
            cv::min(ink, 1.0f, ink);
        }
    }

    float zoneLeft = 1e9f, zoneRight = -1e9f, zoneTop = 1e9f, zoneBottom = -1e9f;
    for (int li = 0; li < wanted; ++li) {
        const Run& run = runs[static_cast<size_t>(bestStart + li)];
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
            comps.push_back({box, box.x + box.width / 2.0f, area});
        }
        if (static_cast<int>(comps.size()) < charsPerLine / 4)
            return false;
        std::sort(comps.begin(), comps.end(), [](const Component& a, const Component& b) { return a.cx < b.cx; });

        // Cap height and the cap/base lines from the tall components.
        std::vector<float> heights;
        for (const auto& c : comps)
            heights.push_back(static_cast<float>(c.box.height));
        std::vector<float> sortedH = heights;
        std::sort(sortedH.begin(), sortedH.end());
        const float capH = sortedH[sortedH.size() * 3 / 4];

        // Drop stray components far from the text on either side (gap > 3 typical gaps).
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
        if (comps.size() < 2)
            return false;

        // The baseline from the tall components (every capital and digit stands on it).
        std::vector<float> tx, by;
        for (const auto& c : comps) {
            if (c.box.height >= 0.85f * capH && c.box.height <= 1.2f * capH) {
                tx.push_back(c.cx);
                by.push_back(static_cast<float>(c.box.y + c.box.height));
            }
        }
        double ba = median(by), bb = 0;
        if (tx.size() >= 6) {
            double a = 0, b = 0;
            if (fitLine(tx, by, a, b) && std::abs(b) < 0.05) {
                ba = a;
                bb = b;
            }
        }

        // Grid: x(i) = a + b*i + c*i*i (the quadratic term absorbs perspective). First the pitch and
        // phase that put the most single-glyph components on grid points within n consecutive
        // cells, then least-squares refinement with re-assignment.
        // Glyph centres; a run of touching glyphs (blurred '<<<<' fillers) counts as evenly spaced
        // glyphs across its width.
        const float P = std::clamp(typicalGap, 0.8f * kTargetPitch, 1.25f * kTargetPitch);
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
        if (static_cast<int>(singles.size()) < std::max(4, charsPerLine / 4))
            return false;
        // Index every glyph centre by counting pitches along the line (robust to the uneven ink
        // centres of different glyphs and to perspective), then pick the n-cell window: most glyphs
        // inside, a glyph at both ends (every MRZ position is printed, fillers too) and clear space
        // just outside.
        std::vector<float> gapsSingles;
        for (size_t j = 1; j < singles.size(); ++j) {
            const float g = singles[j] - singles[j - 1];
            if (g > 0.6f * P && g < 1.5f * P)
                gapsSingles.push_back(g);
        }
        const float unit = gapsSingles.size() >= 4 ? median(gapsSingles) : P;
        std::vector<int> idx{0};
        std::vector<float> pos{singles.front()};
        for (size_t j = 1; j < singles.size(); ++j) {
            const float g = singles[j] - pos.back();
            if (g < 0.5f * unit)
                continue; // a fragment of the same glyph
            idx.push_back(idx.back() + std::max(1, static_cast<int>(std::lround(g / unit))));
            pos.push_back(singles[j]);
        }
        const auto has = [&idx](int k) { return std::binary_search(idx.begin(), idx.end(), k); };
        int bestCount = -1, bestK0 = 0;
        for (size_t j = 0; j < idx.size(); ++j) {
            for (int k0 : {idx[j], idx[j] - charsPerLine + 1}) {
                const auto first = std::lower_bound(idx.begin(), idx.end(), k0);
                const auto last = std::upper_bound(idx.begin(), idx.end(), k0 + charsPerLine - 1);
                const int inWindow = static_cast<int>(last - first);
                const int score = 2 * inWindow + 6 * (has(k0) + has(k0 + charsPerLine - 1))
                    - 4 * (has(k0 - 1) + has(k0 + charsPerLine));
                if (score > bestCount) {
                    bestCount = score;
                    bestK0 = k0;
                }
            }
        }
        // The line must fill the window and end there: a 44-character line read as 36 (or the
        // reverse) passes visa check digits, so the count of glyphs decides.
        {
            const auto first = std::lower_bound(idx.begin(), idx.end(), bestK0);
            const auto last = std::upper_bound(idx.begin(), idx.end(), bestK0 + charsPerLine - 1);
            const int inWindow = static_cast<int>(last - first);
            int outside = 0;
            for (int k = 1; k <= 4; ++k)
                outside += has(bestK0 - k) + has(bestK0 + charsPerLine - 1 + k);
            // A 36-character line holds 36 of 44 cells (82 %): the window must be nearly full and
            // printed at both ends.
            if (inWindow < charsPerLine - std::max(3, charsPerLine / 10) || outside >= 3 || !has(bestK0)
                || !has(bestK0 + charsPerLine - 1))
                return false;
        }
        std::vector<float> wi, wx;
        for (size_t j = 0; j < idx.size(); ++j) {
            if (idx[j] >= bestK0 && idx[j] < bestK0 + charsPerLine) {
                wi.push_back(static_cast<float>(idx[j] - bestK0));
                wx.push_back(pos[j]);
            }
        }
        double bestOrigin = 0, bestPitch = 0;
        if (!fitLine(wi, wx, bestOrigin, bestPitch) || bestPitch < 0.5 * unit || bestPitch > 1.5 * unit)
            return false;
        if (bestCount < 2 * std::max(4, charsPerLine / 3))
            return false;
        double qa = bestOrigin, qb = bestPitch, qc = 0;
        // Least squares x = a + b i + c i^2 (linear with fewer than 12 points); false when the
        // solution is implausible.
        const auto solveGrid = [&](const std::vector<double>& is, const std::vector<double>& xs) {
            if (is.size() < 6)
                return false;
            cv::Matx33d A = cv::Matx33d::zeros();
            cv::Vec3d y(0, 0, 0);
            for (size_t k = 0; k < is.size(); ++k) {
                const double v[3] = {1, is[k], is[k] * is[k]};
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
            if (sol[1] < 0.6 * bestPitch || sol[1] > 1.4 * bestPitch || std::abs(sol[2]) * charsPerLine > 0.35 * sol[1])
                return false;
            const double endPitch = sol[1] + 2 * sol[2] * (charsPerLine - 1);
            if (endPitch < 0.5 * bestPitch || endPitch > 1.5 * bestPitch)
                return false;
            qa = sol[0];
            qb = sol[1];
            qc = sol[2];
            return true;
        };
        // First from the counted indices themselves (a straight line through them misses the ends
        // of a line under perspective by more than half a pitch), then with re-assignment.
        {
            std::vector<double> is(wi.begin(), wi.end()), xs(wx.begin(), wx.end());
            solveGrid(is, xs);
        }
        for (int iter = 0; iter < 3; ++iter) {
            std::vector<double> is, xs;
            for (float x : singles) {
                // Invert the grid: the root of c i^2 + b i + a - x = 0 nearest the linear guess.
                double fi = (x - qa) / qb;
                if (std::abs(qc) > 1e-9) {
                    const double disc = qb * qb + 4 * qc * (x - qa);
                    if (disc >= 0)
                        fi = (-qb + std::sqrt(disc)) / (2 * qc);
                }
                const double ri = std::round(fi);
                if (ri < 0 || ri >= charsPerLine)
                    continue;
                const double pred = qa + qb * ri + qc * ri * ri;
                if (std::abs(x - pred) > 0.3 * (qb + 2 * qc * ri))
                    continue;
                is.push_back(ri);
                xs.push_back(x);
            }
            if (!solveGrid(is, xs))
                break;
        }
        const double origin = qa;
        const double pitch = qb + qc * (charsPerLine - 1); // mean pitch over the line

        MrzSegmentedLine line;
        line.pitch = static_cast<float>(pitch);
        line.capHeight = capH;
        line.features = cv::Mat(charsPerLine, GlyphFeatures::size(), CV_32F);
        size_t cursor = 0;
        for (int i = 0; i < charsPerLine; ++i) {
            float cx = static_cast<float>(qa + qb * i + qc * i * i);
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
            const float bottom = static_cast<float>(ba + bb * cx);
            const float top = bottom - kCapPerPitch * line.pitch;
            line.centres.emplace_back(cx, (top + bottom) / 2);
            GlyphFeatures::compute(ink, {cx, (top + bottom) / 2}, line.pitch, top, bottom, line.features.row(i));
            zoneTop = std::min(zoneTop, top);
            zoneBottom = std::max(zoneBottom, bottom);
        }
        const double lastCentre = qa + qb * (charsPerLine - 1) + qc * (charsPerLine - 1) * (charsPerLine - 1);
        zoneLeft = std::min(zoneLeft, static_cast<float>(origin - pitch / 2));
        zoneRight = std::max(zoneRight, static_cast<float>(lastCentre + pitch / 2));
        zone.lines.push_back(std::move(line));
    }
    zone.inkBounds = cv::Rect2f(zoneLeft, zoneTop, zoneRight - zoneLeft, zoneBottom - zoneTop);
    return true;
}

} // namespace bd::ocr
