#include "services/training/PortraitParts.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace bd::training::portrait {

namespace {

void addEllipse(cv::Mat& map, cv::Point2d c, cv::Size2d axes, double value, double angle = 0)
{
    cv::Mat shape = cv::Mat::zeros(map.size(), CV_32F);
    fillEllipse(shape, c, axes, angle, value);
    map += shape;
}

} // namespace

// The skin colour per pixel: the base tone under a soft key light from the viewer's left, with
// the hollows of eyes, nose, mouth and neck in shadow.
cv::Mat shadeSkin(const Head& h, const Traits& t, const cv::Mat& faceMask, const cv::Mat& earMask)
{
    const cv::Size size = faceMask.size();
    cv::Mat face = cv::Mat::zeros(size, CV_32F);
    const double rx = h.rx, d = h.d;
    addEllipse(face, { h.cx - 0.1 * rx, h.eyeY - 0.55 * d }, { 0.5 * rx, 0.3 * d }, 0.05);
    for (int side : { -1, +1 }) {
        const double ex = h.cx + side * t.eyeGap * rx;
        addEllipse(face, { ex, h.eyeY - 0.03 * d }, { h.ew * 1.5, h.eh * 2.6 }, -0.09);
        addEllipse(face, { h.cx + side * 0.5 * rx, h.eyeY + 0.24 * d }, { 0.2 * rx, 0.09 * d }, 0.035);
        addEllipse(face, { h.cx + side * h.noseW * 0.75, h.eyeY + 0.28 * d }, { 0.05 * rx, 0.2 * d },
            side > 0 ? -0.11 : -0.06);
        // The soft fold from the nose wing towards the mouth corner.
        addEllipse(face, { h.cx + side * (h.noseW + 0.12 * rx), (h.noseY + h.mouthY) / 2 }, { 0.035 * rx, 0.16 * d },
            -0.04 - 0.06 * t.age, side * 22.0);
    }
    addEllipse(face, { h.cx, h.eyeY + 0.12 * d }, { 0.05 * rx, 0.3 * d }, 0.06);
    addEllipse(face, { h.cx, h.noseY - 0.07 * d }, { h.noseW * 0.4, 0.06 * d }, 0.06);
    addEllipse(face, { h.cx, h.noseY + 0.05 * d }, { h.noseW * 0.75, 0.045 * d }, -0.1);
    addEllipse(face, { h.cx, h.mouthY + t.lowerLip * rx + 0.06 * d }, { h.mouthW * 0.45, 0.035 * d }, -0.08);
    addEllipse(face, { h.cx, h.chinY - 0.12 * d }, { 0.18 * rx, 0.06 * d }, 0.03);
    cv::GaussianBlur(face, face, cv::Size(), 0.06 * rx);
    // Key light: the viewer's right side of the face a little darker.
    for (int x = 0; x < size.width; ++x)
        face.col(x) += std::clamp(-0.05 * (x - h.cx) / rx, -0.06, 0.04);
    cv::Mat dist;
    cv::distanceTransform(faceMask > 127, dist, cv::DIST_L2, 3);
    cv::Mat edge;
    cv::exp(dist * (-1.0 / (0.1 * rx)), edge);
    cv::Mat faceShade = (face + 1.0) - edge * 0.2;

    // Neck: in the shadow of the chin.
    cv::Mat neck(size, CV_32F, cv::Scalar(-0.2));
    Poly chin;
    for (const auto& p : h.face)
        if (p.y > h.cy)
            chin.emplace_back(p.x, p.y + 0.08 * d);
    cv::Mat chinShadow = cv::Mat::zeros(size, CV_32F);
    fillPoly(chinShadow, chin, -0.18);
    neck += chinShadow;
    cv::GaussianBlur(neck, neck, cv::Size(), 0.04 * rx);
    cv::Mat shade = neck + 1.0;

    cv::Mat earF, faceF;
    earMask.convertTo(earF, CV_32F, 1 / 255.0);
    shade = shade.mul(1 - earF) + earF * 0.9;
    faceMask.convertTo(faceF, CV_32F, 1 / 255.0);
    shade = shade.mul(1 - faceF) + faceShade.mul(faceF);

    const cv::Vec3f base = bgr(t.skin);
    std::vector<cv::Mat> channels { shade * base[0], shade * base[1], shade * base[2] };
    cv::Mat out;
    cv::merge(channels, out);
    return out;
}

// ---- features -----------------------------------------------------------------------------------

void paintEye(Canvas& canvas, const Head& h, const Traits& t, int side, Dice& d)
{
    const double ex = h.cx + side * t.eyeGap * h.rx, ey = h.eyeY;
    const double ew = h.ew, eh = h.eh;
    // v = 0 at the inner corner, 1 at the outer corner.
    const auto at = [&](double v) { return ex + side * (-ew + 2 * ew * v); };
    const auto base = [&](double v) { return ey + eh * (0.12 * (1 - v) - t.eyeTilt * v * 0.5); };
    Poly upper, lower;
    for (int i = 0; i <= 24; ++i) {
        const double v = i / 24.0;
        upper.emplace_back(at(v), base(v) - eh * std::sin(CV_PI * std::pow(v, 0.85)));
        lower.emplace_back(at(v), base(v) + eh * 0.6 * std::sin(CV_PI * std::pow(v, 1.1)));
    }
    Poly almond = upper;
    almond.insert(almond.end(), lower.rbegin(), lower.rend());
    cv::Mat eye = canvas.mask();
    fillPoly(eye, almond);

    canvas.paint(eye, mix(Rgb(236, 232, 226), t.skin, 0.12));
    // Iris, pupil and a catch light, inside the opening.
    const double ri = 0.44 * ew;
    const cv::Point2d ic(ex + side * d.uniform(-0.02, 0.02) * ew, ey + 0.05 * eh);
    cv::Mat iris = canvas.mask();
    fillEllipse(iris, ic, { ri, ri });
    canvas.paint(iris, t.iris * 0.55, 1, 0, eye);
    cv::Mat irisInner = canvas.mask();
    fillEllipse(irisInner, ic, { ri * 0.8, ri * 0.8 });
    canvas.paint(irisInner, t.iris, 1, ri * 0.12, eye);
    cv::Mat pupil = canvas.mask();
    fillEllipse(pupil, ic, { ri * 0.38, ri * 0.38 });
    canvas.paint(pupil, Rgb(16, 14, 14), 1, 0.8, eye);
    cv::Mat glint = canvas.mask();
    fillEllipse(glint, ic + cv::Point2d(-0.35 * ri, -0.35 * ri), { ri * 0.14, ri * 0.14 });
    canvas.paint(glint, Rgb(250, 250, 250), 0.9, 0.5, eye);
    // The upper lid shades the eyeball.
    cv::Mat lidShadow = canvas.mask();
    strokePoly(lidShadow, upper, eh * 0.5);
    canvas.paint(lidShadow, Rgb(40, 30, 28), 0.3, eh * 0.2, eye);
    // Lid lines, lashes and the crease.
    cv::Mat lid = canvas.mask();
    Poly lash = upper;
    lash.emplace_back(at(1.06), base(1.0) - eh * 0.12);
    strokePoly(lid, lash, std::max(2.0, eh * 0.16));
    canvas.paint(lid, mix(Rgb(34, 24, 22), t.hair * 0.5, 0.3), 0.92, 0.7);
    cv::Mat under = canvas.mask();
    strokePoly(under, lower, std::max(1.0, eh * 0.07));
    canvas.paint(under, t.skin * 0.62, 0.55, 0.8);
    Poly crease;
    for (int i = 3; i <= 22; ++i) {
        const double v = i / 24.0;
        crease.emplace_back(
            at(v), base(v) - eh * (1.45 + 0.15 * std::sin(CV_PI * v)) * std::sin(CV_PI * std::pow(v, 0.8)) - eh * 0.1);
    }
    cv::Mat creaseMask = canvas.mask();
    strokePoly(creaseMask, crease, std::max(1.0, eh * 0.1));
    canvas.paint(creaseMask, t.skin * 0.68, 0.5, eh * 0.12);
}

void paintBrow(Canvas& canvas, const Head& h, const Traits& t, int side, Dice& d)
{
    const double ex = h.cx + side * t.eyeGap * h.rx;
    const double thick = t.browThick * h.d;
    Poly top, bottom, centre;
    for (int i = 0; i <= 24; ++i) {
        const double v = i / 24.0;
        const double arch = v < 0.62 ? std::sin(CV_PI / 2 * v / 0.62) : std::cos(CV_PI / 2 * (v - 0.62) / 0.38 * 0.85);
        const double x = ex + side * (-h.ew * 1.15 + v * h.ew * 2.45);
        const double y = h.browY + 0.02 * h.d * (1 - v) - t.browArch * 0.06 * h.d * arch;
        const double th = thick * (1.0 - 0.6 * std::pow(v, 1.5));
        top.emplace_back(x, y - th * 0.55);
        bottom.emplace_back(x, y + th * 0.45);
        centre.emplace_back(x, y);
    }
    Poly shape = top;
    shape.insert(shape.end(), bottom.rbegin(), bottom.rend());
    cv::Mat brow = canvas.mask();
    fillPoly(brow, shape);
    canvas.paint(brow, t.brow, 0.75, thick * 0.12);
    cv::Mat hairs = canvas.mask();
    for (int i = 0; i < 70; ++i) {
        const auto k = static_cast<std::size_t>(d.below(static_cast<int>(centre.size()) - 1));
        const cv::Point2d p = centre[k] + cv::Point2d(0, d.uniform(-0.5, 0.5) * thick);
        const cv::Point2d dir = centre[k + 1] - centre[k];
        const double n = std::hypot(dir.x, dir.y);
        const cv::Point2d u = dir / (n > 0 ? n : 1);
        const double len = d.uniform(0.6, 1.2) * thick;
        strokePoly(hairs, { p, p + u * len + cv::Point2d(0, -0.25 * len) }, 1);
    }
    canvas.paint(hairs, t.brow * 0.7, 0.6, 0.4, brow);
}

void paintNose(Canvas& canvas, const Head& h, const Traits& t)
{
    const double y = h.noseY, w = h.noseW;
    for (int side : { -1, +1 }) {
        cv::Mat nostril = canvas.mask();
        fillEllipse(nostril, { h.cx + side * w * 0.42, y - 0.012 * h.d }, { w * 0.27, w * 0.12 }, side * 18.0);
        canvas.paint(nostril, t.skin * 0.32, 0.8, w * 0.06);
        cv::Mat wing = canvas.mask();
        fillEllipse(wing, { h.cx + side * w * 0.7, y - 0.055 * h.d }, { w * 0.32, w * 0.36 }, 0, 255,
            side > 0 ? -70 : 110, side > 0 ? 80 : 250, std::max(1, static_cast<int>(w * 0.07)));
        canvas.paint(wing, t.skin * 0.6, 0.55, w * 0.07);
    }
    cv::Mat tip = canvas.mask();
    fillEllipse(tip, { h.cx, y - 0.045 * h.d }, { w * 0.42, 0.04 * h.d }, 0, 255, 20, 160,
        std::max(1, static_cast<int>(w * 0.06)));
    canvas.paint(tip, t.skin * 0.72, 0.5, w * 0.08);
}

void paintMouth(Canvas& canvas, const Head& h, const Traits& t)
{
    const double y = h.mouthY, mw = h.mouthW;
    const double ul = t.upperLip * h.rx, ll = t.lowerLip * h.rx;
    Poly upper, line, lower;
    for (int i = 0; i <= 40; ++i) {
        const double u = -1 + 2.0 * i / 40;
        const double x = h.cx + u * mw;
        const double bow = (1 - std::pow(std::abs(u), 1.8)) * (1 - 0.28 * std::exp(-std::pow(u / 0.12, 2)));
        upper.emplace_back(x, y - ul * bow);
        line.emplace_back(x, y + 0.06 * ul * (1 - u * u));
        lower.emplace_back(x, y + ll * std::pow(std::max(0.0, 1 - std::pow(std::abs(u), 2.2)), 0.8));
    }
    Poly upperLip = upper;
    upperLip.insert(upperLip.end(), line.rbegin(), line.rend());
    Poly lowerLip = line;
    lowerLip.insert(lowerLip.end(), lower.rbegin(), lower.rend());
    cv::Mat m = canvas.mask();
    fillPoly(m, upperLip);
    canvas.paint(m, t.lip * 0.82, 0.9, ul * 0.12);
    m = canvas.mask();
    fillPoly(m, lowerLip);
    canvas.paint(m, t.lip, 0.9, ll * 0.12);
    m = canvas.mask();
    fillEllipse(m, { h.cx - 0.1 * mw, y + ll * 0.45 }, { mw * 0.3, ll * 0.18 });
    canvas.paint(m, mix(t.lip, Rgb(255, 245, 240), 0.35), 0.3, ll * 0.2);
    m = canvas.mask();
    strokePoly(m, line, std::max(1.0, ul * 0.14));
    canvas.paint(m, t.lip * 0.42, 0.85, ul * 0.06);
}

void paintStubble(Canvas& canvas, const Head& h, const Traits& t, const cv::Mat& faceMask, Dice& d)
{
    if (t.stubble <= 0)
        return;
    cv::Mat area = canvas.mask();
    const double top = h.noseY + 0.02 * h.d;
    cv::rectangle(area, cv::Rect(0, static_cast<int>(top), area.cols, area.rows - static_cast<int>(top)), 255, -1);
    cv::bitwise_and(area, faceMask, area);
    cv::Mat cheeks = canvas.mask(); // the upper cheeks stay clear
    for (int side : { -1, +1 })
        fillEllipse(cheeks, { h.cx + side * 0.62 * h.rx, h.noseY - 0.02 * h.d }, { 0.28 * h.rx, 0.16 * h.d });
    area.setTo(0, cheeks);
    cv::Mat lips = canvas.mask();
    fillEllipse(lips, { h.cx, h.mouthY + 0.02 * h.d }, { h.mouthW * 1.02, t.lowerLip * h.rx * 1.05 });
    area.setTo(0, lips);
    cv::Mat grain(area.size(), CV_8U);
    cv::RNG rng(d.raw());
    rng.fill(grain, cv::RNG::UNIFORM, 90, 256);
    cv::Mat textured;
    cv::multiply(area, grain, textured, 1 / 255.0);
    canvas.paint(textured, mix(t.hair * 0.5, t.skin * 0.55, 0.35), t.stubble, 0.004 * h.d);
}

} // namespace bd::training::portrait
