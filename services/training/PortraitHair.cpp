#include "services/training/PortraitParts.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace bd::training::portrait {

// The top of the hair: from the left side at y = sideY over the crown to the right side.
Poly hairOutline(const Head& h, double volume, double sideY, double sideOut, double bumps, Dice& d)
{
    Poly out;
    const double phase = d.uniform(0, 2 * CV_PI);
    for (int i = 0; i <= 90; ++i) {
        const double a = CV_PI + CV_PI * i / 90.0;
        const double wobble = 1 + bumps * std::sin(11 * a + phase) + 0.5 * bumps * std::sin(17 * a + 2 * phase);
        out.emplace_back(
            h.cx + (h.rx + volume * 0.8) * std::cos(a) * wobble, h.cy + (h.ryTop + volume) * std::sin(a) * wobble);
    }
    // Down the right side, then back to the left side's bottom (the caller closes the shape).
    out.emplace_back(h.cx + h.rx + sideOut, sideY);
    out.insert(out.begin(), cv::Point2d(h.cx - h.rx - sideOut, sideY));
    return out;
}

// The hairline across the forehead, from the right temple to the left temple (y = templeY at the
// ends, topY at x = partX).
Poly hairline(const Head& h, double templeY, double topY, double partX, double power, double inset)
{
    Poly out;
    const double halfW = h.halfWidthAt(templeY) - inset;
    for (int i = 0; i <= 40; ++i) {
        const double u = 1 - 2.0 * i / 40; // +1 right .. -1 left
        const double x = h.cx + u * halfW;
        const double span = x >= partX ? (h.cx + halfW - partX) : (partX - (h.cx - halfW));
        const double k = span > 0 ? std::abs(x - partX) / span : 0;
        out.emplace_back(x, topY + (templeY - topY) * std::pow(std::clamp(k, 0.0, 1.0), power));
    }
    return out;
}

// The inner edge of hair running down the side of the face, inset into it, from y0 to y1.
Poly faceSide(const Head& h, int side, double y0, double y1, double inset, double minHalf)
{
    Poly out;
    for (int i = 0; i <= 24; ++i) {
        const double y = y0 + (y1 - y0) * i / 24.0;
        const double half = std::max(h.halfWidthAt(y) - inset, minHalf);
        out.emplace_back(h.cx + side * half, y);
    }
    return out;
}

namespace {

// Where the hair meets the face, shared by every style.
struct HairFrame
{
    double volume = 1; // Traits::hairVolume
    double hairlineY = 0;
    double templeY = 0;
    double partX = 0;
};

// Cap: outline over the top, down to sideY, then back along the face and the hairline.
void addCap(HairShapes& s,
    const Head& h,
    const HairFrame& f,
    Dice& d,
    double volume,
    double sideY,
    double sideOut,
    double bumps,
    const Poly& line,
    double inset)
{
    Poly poly = hairOutline(h, volume, sideY, sideOut, bumps, d); // left bottom .. over .. right bottom
    Poly right = faceSide(h, +1, sideY, f.templeY, inset); // up the right side of the face
    poly.insert(poly.end(), right.begin(), right.end());
    poly.insert(poly.end(), line.begin(), line.end()); // right temple .. left temple
    Poly left = faceSide(h, -1, f.templeY, sideY, inset);
    poly.insert(poly.end(), left.begin(), left.end());
    fillPoly(s.front, poly);
}

// Crop, buzz and side part: a close cap with sideburns.
void shapeShortHair(HairShapes& s, const Head& h, const Traits& t, const HairFrame& f, Dice& d)
{
    const bool buzz = t.hairStyle == Hair::Buzz;
    const double volume = h.d * (buzz ? 0.02 : t.hairStyle == Hair::Crop ? 0.07 * f.volume : 0.11 * f.volume);
    const double topY = f.hairlineY - (t.hairStyle == Hair::SidePart ? 0.02 * h.d : 0);
    Poly line = hairline(h, f.templeY, topY, t.hairStyle == Hair::SidePart ? f.partX : h.cx, 3.0, 0.02 * h.rx);
    if (t.hairStyle == Hair::SidePart) // swept: the far side sits a little lower
        for (auto& p : line)
            p.y += 0.05 * h.d * std::clamp(-t.partSide * (p.x - f.partX) / h.rx, 0.0, 1.0);
    addCap(s, h, f, d, volume, h.browY + 0.08 * h.d, volume * 0.3, 0.0, line, 0.03 * h.rx);
    // Sideburns in front of the ears, tapering down.
    for (int side : { -1, +1 }) {
        const double top = f.templeY, bottom = h.eyeY + 0.12 * h.d;
        Poly burn;
        for (int i = 0; i <= 12; ++i) {
            const double y = top + (bottom - top) * i / 12.0;
            burn.emplace_back(h.cx + side * (h.halfWidthAt(y) + 0.01 * h.rx), y);
        }
        for (int i = 12; i >= 0; --i) {
            const double y = top + (bottom - top) * i / 12.0;
            burn.emplace_back(h.cx + side * (h.halfWidthAt(y) - (0.1 - 0.05 * i / 12.0) * h.rx), y);
        }
        fillPoly(s.front, burn);
    }
    s.opacity = buzz ? 0.55 : 1.0;
}

// A bald crown: only the fringe above and behind the ears.
void shapeRecedingHair(HairShapes& s, const Head& h)
{
    for (int side : { -1, +1 }) {
        Poly fringe;
        const double top = h.browY - 0.22 * h.d, bottom = h.eyeY + 0.15 * h.d;
        Poly inner = faceSide(h, side, top, bottom, 0.02 * h.rx);
        fringe.insert(fringe.end(), inner.begin(), inner.end());
        for (int i = 0; i <= 16; ++i) {
            const double y = bottom + (top - bottom) * i / 16.0;
            const double bulge = std::sin(CV_PI * i / 16.0);
            fringe.emplace_back(h.cx + side * (h.halfWidthAt(y) + (0.03 + 0.07 * bulge) * h.rx), y);
        }
        fillPoly(s.back, fringe);
    }
    s.opacity = 0.95;
}

void shapeCurlyHair(HairShapes& s, const Head& h, const HairFrame& f, Dice& d)
{
    const double volume = h.d * 0.2 * f.volume;
    const double sideY = h.eyeY + 0.1 * h.d;
    addCap(s, h, f, d, volume, sideY, volume * 0.7, 0.035, hairline(h, f.templeY, f.hairlineY, h.cx, 2.5, 0.02 * h.rx),
        0.02 * h.rx);
    s.curly = true;
}

void shapeBun(HairShapes& s, const Head& h, const HairFrame& f, Dice& d)
{
    const double volume = h.d * 0.035;
    addCap(s, h, f, d, volume, h.browY, volume * 0.4, 0.0,
        hairline(h, f.templeY, f.hairlineY, f.partX, 1.6, 0.02 * h.rx), 0.02 * h.rx);
    fillEllipse(s.back, { h.cx, h.crownY - 0.03 * h.d }, { 0.3 * h.rx, 0.2 * h.rx });
}

// Long hair and bob: a mass behind the head and shoulders, and a front framing the face.
void shapeLongHair(HairShapes& s, const Head& h, const Traits& t, const HairFrame& f, Dice& d)
{
    const bool bob = t.hairStyle == Hair::Bob;
    const double volume = h.d * (bob ? 0.12 : 0.09) * f.volume;
    const double bottom = bob ? h.chinY + 0.02 * h.d : h.shoulderY + 0.45 * h.d;
    const double outWide = h.rx + volume * 0.8 + (bob ? 0.05 : 0.12) * h.rx;
    // Behind: the mass of hair around the head, down to the bottom.
    Poly back = hairOutline(h, volume, h.cy, volume * 0.8, 0.0, d);
    back.emplace_back(h.cx + outWide, bottom - 0.05 * h.d);
    back.emplace_back(h.cx + outWide * 0.8, bottom);
    back.emplace_back(h.cx - outWide * 0.8, bottom);
    back.emplace_back(h.cx - outWide, bottom - 0.05 * h.d);
    fillPoly(s.back, back);
    // In front: the top, the fringe or the parting, and the sides framing the face.
    Poly line;
    if (bob)
        line = hairline(h, h.browY - 0.08 * h.d, h.browY - 0.16 * h.d, h.cx, 2.0, 0.06 * h.rx);
    else
        line = hairline(h, h.eyeY - 0.12 * h.d, f.hairlineY - 0.03 * h.d, f.partX, 0.7, 0.1 * h.rx);
    const double frameTop = line.front().y;
    const double frameBottom = bob ? h.chinY - 0.03 * h.d : h.shoulderY + 0.3 * h.d;
    Poly front = hairOutline(h, volume, h.cy, volume * 0.8, 0.0, d);
    front.erase(front.begin()); // starts over the top at the left
    front.back() = { h.cx + h.rx + volume * 0.8, h.cy };
    for (int i = 0; i <= 12; ++i) { // down the right side, flaring out
        const double k = i / 12.0;
        front.emplace_back(
            h.cx + h.rx + volume * 0.8 + k * (outWide - h.rx - volume * 0.8) * 0.9, h.cy + k * (frameBottom - h.cy));
    }
    Poly right = faceSide(h, +1, frameBottom, frameTop, 0.1 * h.rx, h.neckW * 1.05);
    front.insert(front.end(), right.begin(), right.end());
    front.insert(front.end(), line.begin(), line.end());
    Poly left = faceSide(h, -1, frameTop, frameBottom, 0.1 * h.rx, h.neckW * 1.05);
    front.insert(front.end(), left.begin(), left.end());
    for (int i = 12; i >= 0; --i) {
        const double k = i / 12.0;
        front.emplace_back(
            h.cx - (h.rx + volume * 0.8 + k * (outWide - h.rx - volume * 0.8) * 0.9), h.cy + k * (frameBottom - h.cy));
    }
    fillPoly(s.front, front);
}

} // namespace

HairShapes shapeHair(const Head& h, const Traits& t, Canvas& canvas, Dice& d)
{
    HairShapes s;
    s.back = canvas.mask();
    s.front = canvas.mask();
    HairFrame f;
    f.volume = t.hairVolume;
    const double forehead = (h.browY - h.crownY) * std::clamp(t.hairlineHeight + 0.2, 0.55, 0.9);
    f.hairlineY = h.browY - forehead;
    f.templeY = f.hairlineY + (h.browY - f.hairlineY) * 0.5;
    f.partX = h.cx + t.partSide * h.rx * d.uniform(0.15, 0.4);
    s.flowFrom = { f.partX, h.crownY + 0.05 * h.d };

    switch (t.hairStyle) {
    case Hair::Crop:
    case Hair::Buzz:
    case Hair::SidePart:
        shapeShortHair(s, h, t, f, d);
        break;
    case Hair::Receding:
        shapeRecedingHair(s, h);
        break;
    case Hair::Curly:
        shapeCurlyHair(s, h, f, d);
        break;
    case Hair::Bun:
        shapeBun(s, h, f, d);
        break;
    case Hair::Long:
    case Hair::Bob:
        shapeLongHair(s, h, t, f, d);
        break;
    }
    return s;
}

// Paints a hair mass: base colour, strands (or curls), a sheen on top and shade at the edges.
void paintHair(Canvas& canvas, const cv::Mat& mask, const Head& h, const Traits& t, const HairShapes& s, Dice& d)
{
    if (cv::countNonZero(mask) == 0)
        return;
    const double soft = 0.006 * h.d;
    canvas.paint(mask, t.hair, s.opacity, soft);
    cv::Mat inside;
    cv::erode(mask, inside, cv::Mat(), cv::Point(-1, -1), 1);
    cv::Mat dark = canvas.mask(), light = canvas.mask();
    const cv::Rect box = cv::boundingRect(mask);
    const int strands = static_cast<int>(box.area() / (s.curly ? 90 : 60));
    for (int i = 0; i < strands; ++i) {
        const cv::Point2d p(box.x + d.uniform(0, box.width), box.y + d.uniform(0, box.height));
        cv::Mat& target = d.chance(0.5) ? dark : light;
        if (s.curly) {
            const double r = d.uniform(0.012, 0.03) * h.d;
            const double a0 = d.uniform(0, 360);
            fillEllipse(
                target, p, { r, r * d.uniform(0.6, 1.0) }, d.uniform(0, 180), 255, a0, a0 + d.uniform(120, 260), 1);
        } else {
            cv::Point2d dir = p - s.flowFrom;
            const double n = std::hypot(dir.x, dir.y);
            dir = n > 1e-6 ? dir / n : cv::Point2d(0, 1);
            const double len = d.uniform(0.04, 0.12) * h.d;
            const cv::Point2d bend(-dir.y * d.uniform(-0.2, 0.2) * len, dir.x * d.uniform(-0.2, 0.2) * len);
            strokePoly(
                target, bezier(p, p + dir * len * 0.33 + bend, p + dir * len * 0.66 + bend, p + dir * len, 6), 1);
        }
    }
    canvas.paint(dark, t.hair * 0.62, 0.45 * s.opacity, 0.6, inside);
    canvas.paint(light, mix(t.hair * 1.35, Rgb(255, 250, 240), 0.12), 0.3 * s.opacity, 0.6, inside);
    // Sheen where the light falls on the crown.
    cv::Mat sheen = canvas.mask();
    fillEllipse(sheen, { h.cx - 0.2 * h.rx, h.crownY + 0.02 * h.d }, { 0.45 * h.rx, 0.1 * h.d }, -12);
    canvas.paint(sheen, mix(t.hair * 1.5, Rgb(255, 255, 255), 0.15), 0.25 * s.opacity, 0.06 * h.d, inside);
    // Shade towards the edges of the mass.
    cv::Mat dist;
    cv::distanceTransform(mask > 127, dist, cv::DIST_L2, 3);
    cv::Mat edge;
    cv::exp(dist * (-1.0 / (0.05 * h.d)), edge);
    cv::Mat edge8;
    edge.convertTo(edge8, CV_8U, 255);
    canvas.paint(edge8, t.hair * 0.55, 0.5 * s.opacity, 0, inside);
}

} // namespace bd::training::portrait
