#include "services/training/PortraitParts.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace bd::training::portrait {

namespace {

// Shirt, collar, lapels and (sometimes) a tie.
void paintSuit(Canvas& canvas, const Head& h, const Traits& t, const Rgb& garment, Dice& d)
{
    const double nw = h.neckW, sy = h.shoulderY, W = h.W, H = h.H;
    Poly shirtV { { h.cx - nw * 0.9, sy - 0.01 * H }, { h.cx + nw * 0.9, sy - 0.01 * H }, { h.cx, H + 10 } };
    cv::Mat shirt = canvas.mask();
    fillPoly(shirt, shirtV);
    canvas.paint(shirt, t.shirt);
    for (int side : { -1, +1 }) {
        Poly collar { { h.cx + side * nw * 0.95, sy - 0.035 * H }, { h.cx + side * nw * 1.1, sy + 0.02 * H },
            { h.cx + side * nw * 0.15, sy + 0.05 * H }, { h.cx + side * nw * 0.05, sy + 0.01 * H } };
        cv::Mat c = canvas.mask();
        fillPoly(c, collar);
        canvas.paint(c, t.shirt * 0.93);
        Poly lapel { { h.cx + side * nw * 0.9, sy - 0.01 * H }, { h.cx, H + 10 } };
        cv::Mat l = canvas.mask();
        strokePoly(l, lapel, 0.006 * W);
        canvas.paint(l, garment * 0.55, 0.8, 1.5);
    }
    if (t.tie) {
        const Rgb tie = Rgb(d.uniform(40, 150), d.uniform(20, 60), d.uniform(30, 90));
        Poly knot { { h.cx - nw * 0.16, sy + 0.012 * H }, { h.cx + nw * 0.16, sy + 0.012 * H },
            { h.cx + nw * 0.1, sy + 0.045 * H }, { h.cx - nw * 0.1, sy + 0.045 * H } };
        Poly blade { { h.cx - nw * 0.1, sy + 0.045 * H }, { h.cx + nw * 0.1, sy + 0.045 * H },
            { h.cx + nw * 0.22, H + 10 }, { h.cx - nw * 0.22, H + 10 } };
        cv::Mat m = canvas.mask();
        fillPoly(m, blade);
        canvas.paint(m, tie);
        m = canvas.mask();
        fillPoly(m, knot);
        canvas.paint(m, tie * 0.85);
    }
}

void paintSweaterBand(Canvas& canvas, const Head& h, const Rgb& garment)
{
    const double nw = h.neckW, sy = h.shoulderY, H = h.H;
    cv::Mat band = canvas.mask();
    fillEllipse(band, { h.cx, sy - 0.004 * H }, { nw * 1.12, 0.035 * H }, 0, 255, 0, 180,
        std::max(2, static_cast<int>(0.022 * H)));
    canvas.paint(band, garment * 0.82, 1, 1.0);
}

// An open collar showing the skin of the neck.
void paintOpenShirt(Canvas& canvas, const Head& h, const Traits& t, const Rgb& garment, const cv::Mat& skin)
{
    const double nw = h.neckW, sy = h.shoulderY, H = h.H;
    Poly open { { h.cx - nw * 0.75, sy - 0.02 * H }, { h.cx + nw * 0.75, sy - 0.02 * H }, { h.cx, sy + 0.09 * H } };
    cv::Mat m = canvas.mask();
    fillPoly(m, open);
    canvas.paint(m, skin, 1, 0);
    canvas.paint(m, t.skin * 0.8, 0.25, 0);
    for (int side : { -1, +1 }) {
        Poly collar { { h.cx + side * nw * 0.8, sy - 0.045 * H }, { h.cx + side * nw * 1.25, sy + 0.03 * H },
            { h.cx + side * nw * 0.1, sy + 0.09 * H }, { h.cx + side * nw * 0.75, sy - 0.015 * H } };
        cv::Mat c = canvas.mask();
        fillPoly(c, collar);
        canvas.paint(c, garment * 1.06);
        cv::Mat edge = canvas.mask();
        strokePoly(edge, collar, 2);
        canvas.paint(edge, garment * 0.7, 0.6, 0.8);
    }
}

// A round neckline.
void paintTopNeckline(Canvas& canvas, const Head& h, const Traits& t, const Rgb& garment, const cv::Mat& skin)
{
    const double nw = h.neckW, sy = h.shoulderY, H = h.H;
    cv::Mat m = canvas.mask();
    fillEllipse(m, { h.cx, sy - 0.01 * H }, { nw * 1.7, 0.06 * H }, 0, 255, 0, 180);
    canvas.paint(m, skin, 1, 0);
    canvas.paint(m, t.skin * 0.85, 0.2, 0);
    cv::Mat edge = canvas.mask();
    fillEllipse(edge, { h.cx, sy - 0.01 * H }, { nw * 1.7, 0.06 * H }, 0, 255, 0, 180, 3);
    canvas.paint(edge, garment * 0.75, 0.7, 1);
}

} // namespace

void paintBody(Canvas& canvas, const Head& h, const Traits& t, const cv::Mat& skin, Dice& d)
{
    const double nw = h.neckW, sy = h.shoulderY, W = h.W, H = h.H;
    // From the neck out over the left shoulder, along the bottom, back over the right one.
    Poly body = bezier({ h.cx - nw * 1.05, sy }, { h.cx - nw * 1.05 - 0.12 * W, sy + 0.005 * H },
        { h.cx - 0.4 * W, sy + 0.015 * H }, { h.cx - 0.58 * W, sy + 0.1 * H });
    const Poly leftShoulder = body;
    body.emplace_back(h.cx - 0.6 * W, H + 10);
    body.emplace_back(h.cx + 0.6 * W, H + 10);
    for (auto it = leftShoulder.rbegin(); it != leftShoulder.rend(); ++it)
        body.emplace_back(2 * h.cx - it->x, it->y);
    cv::Mat bodyMask = canvas.mask();
    fillPoly(bodyMask, body);

    const Rgb garment = t.clothes == Clothes::Shirt ? mix(t.garment, Rgb(235, 235, 230), 0.45) : t.garment;
    canvas.paint(bodyMask, garment);
    // Shade: the shoulders turn away from the light, folds run down from the neck.
    cv::Mat fold = canvas.mask();
    for (int side : { -1, +1 })
        fillEllipse(fold, { h.cx + side * 0.5 * W, H }, { 0.12 * W, 0.1 * H });
    canvas.paint(fold, garment * 0.7, 0.5, 0.05 * W, bodyMask);

    switch (t.clothes) {
    case Clothes::Suit:
        paintSuit(canvas, h, t, garment, d);
        break;
    case Clothes::Sweater:
        paintSweaterBand(canvas, h, garment);
        break;
    case Clothes::Shirt:
        paintOpenShirt(canvas, h, t, garment, skin);
        break;
    case Clothes::Top:
        paintTopNeckline(canvas, h, t, garment, skin);
        break;
    }
}

} // namespace bd::training::portrait
