#include "services/training/PortraitKit.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace bd::training::portrait {

Rgb alongPalette(const std::vector<Rgb>& palette, double t)
{
    const double x = std::clamp(t, 0.0, 1.0) * static_cast<double>(palette.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(x), palette.size() - 2);
    return mix(palette[i], palette[i + 1], x - static_cast<double>(i));
}

namespace {

constexpr int kShift = 3; // sub-pixel bits for OpenCV's drawing functions
constexpr double kOne = 1 << kShift;

std::vector<cv::Point> fixedPoint(const Poly& poly)
{
    std::vector<cv::Point> out;
    out.reserve(poly.size());
    for (const auto& p : poly)
        out.emplace_back(static_cast<int>(std::lround(p.x * kOne)), static_cast<int>(std::lround(p.y * kOne)));
    return out;
}

} // namespace

void fillPoly(cv::Mat& mask, const Poly& poly, double value)
{
    const std::vector<std::vector<cv::Point>> pts { fixedPoint(poly) };
    cv::fillPoly(mask, pts, cv::Scalar::all(value), cv::LINE_AA, kShift);
}

void strokePoly(cv::Mat& mask, const Poly& poly, double thickness, double value)
{
    const std::vector<std::vector<cv::Point>> pts { fixedPoint(poly) };
    cv::polylines(mask, pts, false, cv::Scalar::all(value), std::max(1, static_cast<int>(std::lround(thickness))),
        cv::LINE_AA, kShift);
}

void fillEllipse(
    cv::Mat& mask, cv::Point2d c, cv::Size2d axes, double angle, double value, double from, double to, int thickness)
{
    cv::ellipse(mask, cv::Point(static_cast<int>(std::lround(c.x * kOne)), static_cast<int>(std::lround(c.y * kOne))),
        cv::Size(static_cast<int>(std::lround(std::max(axes.width, 0.5) * kOne)),
            static_cast<int>(std::lround(std::max(axes.height, 0.5) * kOne))),
        angle, from, to, cv::Scalar::all(value), thickness, cv::LINE_AA, kShift);
}

// Cubic Bezier from p0 to p3, n segments (p0 included, p3 included).
Poly bezier(cv::Point2d p0, cv::Point2d p1, cv::Point2d p2, cv::Point2d p3, int n)
{
    Poly out;
    for (int i = 0; i <= n; ++i) {
        const double t = static_cast<double>(i) / n, u = 1 - t;
        out.push_back(u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3);
    }
    return out;
}

void Canvas::paintImpl(
    const cv::Mat& mask, const Rgb* flat, const cv::Mat* colours, double opacity, double soft, const cv::Mat& clip)
{
    cv::Rect box = cv::boundingRect(mask);
    if (box.empty())
        return;
    const int pad = static_cast<int>(std::ceil(soft * 3)) + 2;
    box = cv::Rect(box.x - pad, box.y - pad, box.width + 2 * pad, box.height + 2 * pad)
        & cv::Rect(cv::Point(), m_image.size());
    cv::Mat alpha;
    mask(box).convertTo(alpha, CV_32F, opacity / 255.0);
    if (soft > 0.05)
        cv::GaussianBlur(alpha, alpha, cv::Size(), soft);
    if (!clip.empty()) {
        cv::Mat c;
        clip(box).convertTo(c, CV_32F, 1 / 255.0);
        alpha = alpha.mul(c);
    }
    cv::Mat a3;
    cv::merge(std::vector<cv::Mat> { alpha, alpha, alpha }, a3);
    cv::Mat roi = m_image(box);
    cv::Mat src;
    if (flat) {
        const cv::Vec3f c = bgr(*flat);
        src = cv::Mat(box.size(), CV_32FC3, cv::Scalar(c[0], c[1], c[2]));
    } else {
        src = (*colours)(box);
    }
    cv::Mat blended = roi.mul(cv::Scalar::all(1.0) - a3) + src.mul(a3);
    blended.copyTo(roi);
}

Head layoutHead(cv::Size size, const Traits& t, Dice& d)
{
    Head h;
    h.W = size.width;
    h.H = size.height;
    h.crownY = h.H * d.uniform(0.145, 0.16);
    h.chinY = h.H * d.uniform(0.77, 0.785);
    const double hh = h.chinY - h.crownY;
    h.eyeY = h.crownY + hh * d.uniform(0.49, 0.52);
    h.d = h.chinY - h.eyeY;
    h.cx = h.W * d.uniform(0.495, 0.505);
    h.cy = h.eyeY - 0.03 * hh;
    h.ryTop = h.cy - h.crownY;
    h.ryBottom = h.chinY - h.cy;
    h.rx = t.widthRatio * hh / 2;
    h.browY = h.eyeY - h.d * (0.2 + t.browLift);
    h.noseY = h.eyeY + h.d * 0.46 * t.noseLength;
    h.mouthY = std::max(h.eyeY + h.d * 0.67, h.noseY + h.d * 0.17);
    h.ew = 0.19 * h.rx * t.eyeScale;
    h.eh = h.ew * t.eyeOpen;
    h.noseW = 0.2 * h.rx * t.noseWidth;
    h.mouthW = 0.38 * h.rx * t.mouthWidth;
    h.neckW = t.neckWidth * h.rx;
    h.shoulderY = h.chinY + 0.18 * h.d;

    const int n = 240;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * CV_PI * i / n;
        const double c = std::cos(a), s = std::sin(a);
        if (s <= 0) {
            h.face.emplace_back(h.cx + h.rx * c, h.cy + h.ryTop * s);
        } else {
            const double cp = std::copysign(std::pow(std::abs(c), t.jawPower), c);
            h.face.emplace_back(h.cx + h.rx * cp * (1 - t.taper * s * s), h.cy + h.ryBottom * s);
        }
    }
    return h;
}

} // namespace bd::training::portrait
