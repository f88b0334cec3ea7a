#include "services/training/SyntheticPortrait.h"

#include "services/gateway/Protocol.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace bd::training {
namespace {

// Colours are written RGB (as designers think of them) and turned into BGR when painted.
using Rgb = cv::Vec3d;

cv::Vec3f bgr(const Rgb& c)
{
    return { static_cast<float>(c[2]), static_cast<float>(c[1]), static_cast<float>(c[0]) };
}

Rgb mix(const Rgb& a, const Rgb& b, double t)
{
    return a * (1.0 - t) + b * t;
}

// The raw mt19937_64 stream is fully specified by the standard, unlike its distributions, so the
// same seed gives the same face with every standard library.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_rng(0x9E3779B97F4A7C15ULL * (static_cast<quint64>(seed) + 0x5DEECE66DULL))
    {
    }
    double uniform(double lo, double hi) { return lo + (hi - lo) * static_cast<double>(m_rng() >> 11) * 0x1.0p-53; }
    int below(int n) { return static_cast<int>(m_rng() % static_cast<quint64>(n)); }
    bool chance(double p) { return uniform(0, 1) < p; }
    quint64 raw() { return m_rng(); }

private:
    std::mt19937_64 m_rng;
};

Rgb alongPalette(const std::vector<Rgb>& palette, double t)
{
    const double x = std::clamp(t, 0.0, 1.0) * static_cast<double>(palette.size() - 1);
    const auto i = std::min(static_cast<std::size_t>(x), palette.size() - 2);
    return mix(palette[i], palette[i + 1], x - static_cast<double>(i));
}

enum class Hair
{
    Crop,       // short, neat
    SidePart,   // short to medium, parted
    Long,       // past the shoulders
    Receding,   // bald crown, fringe above the ears
    Curly,      // voluminous curls
    Bun,        // tied back
    Bob,        // chin length with a fringe
    Buzz        // very short, skin shows through
};

enum class Clothes
{
    Suit,     // jacket, shirt, sometimes a tie
    Sweater,  // crew neck
    Shirt,    // open collar
    Top       // round neckline
};

struct Traits
{
    bool masculine = false;
    double age = 0.3; // 0 young adult .. 1 elderly
    Rgb skin, hair, brow, iris, lip, garment, shirt, background;
    double widthRatio = 0.74; // face half-width / half-height
    double jawPower = 1.0;    // < 1: squarer jaw
    double taper = 0.12;      // narrowing towards the chin
    Hair hairStyle = Hair::Crop;
    double hairVolume = 0.03;
    double hairlineHeight = 0.45; // 0 = at the brows, 1 = at the crown
    double partSide = 1;          // -1 or +1
    double eyeScale = 1, eyeGap = 0.41, eyeTilt = 0.1, eyeOpen = 0.42;
    double browThick = 0.05, browArch = 0.5, browLift = 0;
    double noseWidth = 1, noseLength = 1;
    double mouthWidth = 1, upperLip = 0.07, lowerLip = 0.1;
    double earScale = 1;
    double neckWidth = 0.58;
    Clothes clothes = Clothes::Suit;
    bool tie = false;
    double stubble = 0; // opacity of a shaved-beard shadow
};

Traits chooseTraits(quint32 seed)
{
    Dice d(seed);
    Traits t;
    t.masculine = (seed & 1U) != 0;
    t.age = d.uniform(0.0, 1.0) * d.uniform(0.3, 1.0);

    static const std::vector<Rgb> skins = { { 246, 222, 205 }, { 238, 200, 172 }, { 224, 178, 140 },
        { 200, 150, 108 }, { 165, 112, 76 }, { 125, 82, 56 }, { 92, 60, 44 } };
    const double skinT = d.uniform(0.0, 1.0);
    t.skin = alongPalette(skins, skinT);

    static const std::vector<Rgb> hairs = { { 22, 19, 18 }, { 44, 32, 26 }, { 74, 50, 34 }, { 112, 74, 46 },
        { 128, 62, 36 }, { 176, 138, 92 }, { 214, 182, 128 } };
    // Darker skin mostly goes with darker hair; grey comes with age.
    int hairIndex = skinT > 0.55 ? d.below(3) : d.below(static_cast<int>(hairs.size()));
    t.hair = mix(hairs[static_cast<std::size_t>(hairIndex)], hairs[static_cast<std::size_t>(std::min(hairIndex + 1, 6))],
        d.uniform(0, 0.5));
    if (t.age > 0.55)
        t.hair = mix(t.hair, Rgb(176, 174, 170), std::clamp((t.age - 0.5) * 2.2, 0.0, 0.95));
    t.brow = mix(t.hair, Rgb(40, 30, 25), hairIndex >= 5 ? 0.45 : 0.15);

    static const std::vector<Rgb> irises = { { 52, 34, 22 }, { 88, 56, 30 }, { 112, 92, 48 }, { 78, 104, 66 },
        { 70, 108, 146 }, { 104, 118, 126 } };
    t.iris = skinT > 0.5 || hairIndex < 2 ? irises[static_cast<std::size_t>(d.below(2))]
                                          : irises[static_cast<std::size_t>(d.below(6))];
    t.lip = mix(t.skin * 0.9, Rgb(176, 88, 86), t.masculine ? d.uniform(0.18, 0.3) : d.uniform(0.3, 0.45));

    switch (d.below(5)) {
    case 0: // oval
        t.widthRatio = 0.72, t.jawPower = 1.0, t.taper = 0.13;
        break;
    case 1: // round
        t.widthRatio = 0.79, t.jawPower = 0.95, t.taper = 0.07;
        break;
    case 2: // square
        t.widthRatio = 0.77, t.jawPower = 0.78, t.taper = 0.1;
        break;
    case 3: // heart
        t.widthRatio = 0.75, t.jawPower = 1.05, t.taper = 0.24;
        break;
    default: // long
        t.widthRatio = 0.68, t.jawPower = 0.9, t.taper = 0.11;
        break;
    }
    t.widthRatio *= d.uniform(0.96, 1.04) * (t.masculine ? 1.02 : 0.98);
    if (t.masculine)
        t.jawPower = std::min(t.jawPower, 0.95) - 0.04;

    const int style = d.below(100);
    if (t.masculine) {
        t.hairStyle = style < 30 ? Hair::Crop
            : style < 55         ? Hair::SidePart
            : style < 67         ? Hair::Buzz
            : style < 77         ? Hair::Curly
            : style < 92         ? (t.age > 0.35 ? Hair::Receding : Hair::Crop)
                                 : Hair::Long;
    } else {
        t.hairStyle = style < 32 ? Hair::Long
            : style < 52         ? Hair::Bob
            : style < 70         ? Hair::Bun
            : style < 84         ? Hair::Curly
                                 : Hair::SidePart;
    }
    t.hairVolume = d.uniform(0.6, 1.4);
    t.hairlineHeight = d.uniform(0.38, 0.52) + (t.masculine ? t.age * 0.12 : 0);
    t.partSide = d.chance(0.5) ? -1 : 1;

    t.eyeScale = d.uniform(0.9, 1.1);
    t.eyeGap = d.uniform(0.38, 0.43);
    t.eyeTilt = d.uniform(-0.1, 0.3);
    t.eyeOpen = d.uniform(0.36, 0.46);
    t.browThick = (t.masculine ? d.uniform(0.055, 0.08) : d.uniform(0.035, 0.055));
    t.browArch = d.uniform(0.2, 0.8);
    t.browLift = d.uniform(-0.05, 0.08);
    t.noseWidth = d.uniform(0.85, 1.2) * (skinT > 0.6 ? 1.1 : 1.0);
    t.noseLength = d.uniform(0.92, 1.08);
    t.mouthWidth = d.uniform(0.9, 1.1);
    t.upperLip = d.uniform(0.05, 0.08) * (t.masculine ? 0.85 : 1.0);
    t.lowerLip = d.uniform(0.075, 0.11) * (t.masculine ? 0.9 : 1.0);
    t.earScale = d.uniform(0.9, 1.1);
    t.neckWidth = t.masculine ? d.uniform(0.6, 0.7) : d.uniform(0.5, 0.58);

    static const std::vector<Rgb> clothes = { { 38, 42, 56 }, { 58, 60, 64 }, { 30, 52, 92 }, { 104, 36, 40 },
        { 46, 84, 72 }, { 128, 120, 108 }, { 180, 172, 160 }, { 70, 96, 140 } };
    t.clothes = static_cast<Clothes>(d.below(4));
    t.garment = clothes[static_cast<std::size_t>(d.below(static_cast<int>(clothes.size())))];
    t.shirt = d.chance(0.6) ? Rgb(240, 240, 236) : Rgb(196, 214, 236);
    t.clothes = t.clothes == Clothes::Top && t.masculine ? Clothes::Sweater : t.clothes;
    t.tie = t.masculine && t.clothes == Clothes::Suit && d.chance(0.6);
    static const std::vector<Rgb> backgrounds = { { 234, 236, 238 }, { 226, 232, 240 }, { 238, 236, 230 },
        { 222, 226, 230 } };
    t.background = backgrounds[static_cast<std::size_t>(d.below(4))];
    t.stubble = t.masculine && d.chance(0.35) ? d.uniform(0.08, 0.18) : 0.0;
    return t;
}


using Poly = std::vector<cv::Point2d>;

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

void fillPoly(cv::Mat& mask, const Poly& poly, double value = 255)
{
    const std::vector<std::vector<cv::Point>> pts { fixedPoint(poly) };
    cv::fillPoly(mask, pts, cv::Scalar::all(value), cv::LINE_AA, kShift);
}

void strokePoly(cv::Mat& mask, const Poly& poly, double thickness, double value = 255)
{
    const std::vector<std::vector<cv::Point>> pts { fixedPoint(poly) };
    cv::polylines(mask, pts, false, cv::Scalar::all(value), std::max(1, static_cast<int>(std::lround(thickness))),
        cv::LINE_AA, kShift);
}

void fillEllipse(cv::Mat& mask, cv::Point2d c, cv::Size2d axes, double angle = 0, double value = 255, double from = 0,
    double to = 360, int thickness = -1)
{
    cv::ellipse(mask, cv::Point(static_cast<int>(std::lround(c.x * kOne)), static_cast<int>(std::lround(c.y * kOne))),
        cv::Size(static_cast<int>(std::lround(std::max(axes.width, 0.5) * kOne)),
            static_cast<int>(std::lround(std::max(axes.height, 0.5) * kOne))),
        angle, from, to, cv::Scalar::all(value), thickness, cv::LINE_AA, kShift);
}

// Cubic Bezier from p0 to p3, n segments (p0 included, p3 included).
Poly bezier(cv::Point2d p0, cv::Point2d p1, cv::Point2d p2, cv::Point2d p3, int n = 24)
{
    Poly out;
    for (int i = 0; i <= n; ++i) {
        const double t = static_cast<double>(i) / n, u = 1 - t;
        out.push_back(u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3);
    }
    return out;
}

// A float BGR picture; every shape is painted through a coverage mask so hard shapes, soft
// shadows and tints share one path. Work is limited to the mask's bounding box.
class Canvas
{
public:
    Canvas(cv::Size size, const Rgb& background)
        : m_image(size, CV_32FC3, cv::Scalar(bgr(background)[0], bgr(background)[1], bgr(background)[2]))
    {
    }
    cv::Size size() const { return m_image.size(); }
    cv::Mat mask() const { return cv::Mat::zeros(m_image.size(), CV_8U); }
    cv::Mat& image() { return m_image; }

    // colour (a flat colour, or a CV_32FC3 image of the canvas size) where the mask is set;
    // soft > 0 blurs the edge by that many pixels; clip (CV_8U) limits the result after blurring.
    void paint(const cv::Mat& mask, const Rgb& colour, double opacity = 1, double soft = 0, const cv::Mat& clip = {})
    {
        paintImpl(mask, &colour, nullptr, opacity, soft, clip);
    }
    void paint(const cv::Mat& mask, const cv::Mat& colours, double opacity = 1, double soft = 0, const cv::Mat& clip = {})
    {
        paintImpl(mask, nullptr, &colours, opacity, soft, clip);
    }

private:
    void paintImpl(const cv::Mat& mask, const Rgb* flat, const cv::Mat* colours, double opacity, double soft,
        const cv::Mat& clip)
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

    cv::Mat m_image;
};

// Where the parts of the head are, in canvas pixels.
struct Head
{
    double W = 0, H = 0;
    double cx = 0, cy = 0, rx = 0, ryTop = 0, ryBottom = 0;
    double crownY = 0, chinY = 0, eyeY = 0, browY = 0, noseY = 0, mouthY = 0;
    double d = 0; // eyes to chin, the unit of most measures
    double ew = 0, eh = 0; // eye half-width, half-height
    double noseW = 0, mouthW = 0;
    double neckW = 0, shoulderY = 0;
    Poly face;

    // Half the face's width at height y (0 above the crown or below the chin).
    double halfWidthAt(double y) const
    {
        double best = 0;
        for (std::size_t i = 0; i < face.size(); ++i) {
            const cv::Point2d& p = face[i];
            const cv::Point2d& q = face[(i + 1) % face.size()];
            if ((p.y - y) * (q.y - y) <= 0 && p.y != q.y)
                best = std::max(best, p.x + (y - p.y) * (q.x - p.x) / (q.y - p.y) - cx);
        }
        return best;
    }
};

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

// ---- hair ---------------------------------------------------------------------------------------

struct HairShapes
{
    cv::Mat back;  // behind the head and shoulders
    cv::Mat front; // over the forehead, temples and (long styles) the shoulders
    double opacity = 1;
    cv::Point2d flowFrom; // strands run away from here
    bool curly = false;
};

// The top of the hair: from the left side at y = sideY over the crown to the right side.
Poly hairOutline(const Head& h, double volume, double sideY, double sideOut, double bumps, Dice& d)
{
    Poly out;
    const double phase = d.uniform(0, 2 * CV_PI);
    for (int i = 0; i <= 90; ++i) {
        const double a = CV_PI + CV_PI * i / 90.0;
        const double wobble = 1 + bumps * std::sin(11 * a + phase) + 0.5 * bumps * std::sin(17 * a + 2 * phase);
        out.emplace_back(h.cx + (h.rx + volume * 0.8) * std::cos(a) * wobble,
            h.cy + (h.ryTop + volume) * std::sin(a) * wobble);
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
Poly faceSide(const Head& h, int side, double y0, double y1, double inset, double minHalf = 0)
{
    Poly out;
    for (int i = 0; i <= 24; ++i) {
        const double y = y0 + (y1 - y0) * i / 24.0;
        const double half = std::max(h.halfWidthAt(y) - inset, minHalf);
        out.emplace_back(h.cx + side * half, y);
    }
    return out;
}

HairShapes shapeHair(const Head& h, const Traits& t, Canvas& canvas, Dice& d)
{
    HairShapes s;
    s.back = canvas.mask();
    s.front = canvas.mask();
    const double hv = t.hairVolume;
    const double forehead = (h.browY - h.crownY) * std::clamp(t.hairlineHeight + 0.2, 0.55, 0.9);
    const double hairlineY = h.browY - forehead;
    const double templeY = hairlineY + (h.browY - hairlineY) * 0.5;
    const double partX = h.cx + t.partSide * h.rx * d.uniform(0.15, 0.4);
    s.flowFrom = { partX, h.crownY + 0.05 * h.d };

    // Cap: outline over the top, down to sideY, then back along the face and the hairline.
    const auto cap = [&](double volume, double sideY, double sideOut, double bumps, const Poly& line, double inset) {
        Poly poly = hairOutline(h, volume, sideY, sideOut, bumps, d); // left bottom .. over .. right bottom
        Poly right = faceSide(h, +1, sideY, templeY, inset); // up the right side of the face
        poly.insert(poly.end(), right.begin(), right.end());
        poly.insert(poly.end(), line.begin(), line.end()); // right temple .. left temple
        Poly left = faceSide(h, -1, templeY, sideY, inset);
        poly.insert(poly.end(), left.begin(), left.end());
        fillPoly(s.front, poly);
    };

    switch (t.hairStyle) {
    case Hair::Crop:
    case Hair::Buzz:
    case Hair::SidePart: {
        const bool buzz = t.hairStyle == Hair::Buzz;
        const double volume = h.d * (buzz ? 0.02 : t.hairStyle == Hair::Crop ? 0.07 * hv : 0.11 * hv);
        const double topY = hairlineY - (t.hairStyle == Hair::SidePart ? 0.02 * h.d : 0);
        Poly line = hairline(h, templeY, topY, t.hairStyle == Hair::SidePart ? partX : h.cx, 3.0, 0.02 * h.rx);
        if (t.hairStyle == Hair::SidePart) // swept: the far side sits a little lower
            for (auto& p : line)
                p.y += 0.05 * h.d * std::clamp(-t.partSide * (p.x - partX) / h.rx, 0.0, 1.0);
        cap(volume, h.browY + 0.08 * h.d, volume * 0.3, 0.0, line, 0.03 * h.rx);
        // Sideburns in front of the ears, tapering down.
        for (int side : { -1, +1 }) {
            const double top = templeY, bottom = h.eyeY + 0.12 * h.d;
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
        break;
    }
    case Hair::Receding: {
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
        break;
    }
    case Hair::Curly: {
        const double volume = h.d * 0.2 * hv;
        const double sideY = h.eyeY + 0.1 * h.d;
        cap(volume, sideY, volume * 0.7, 0.035, hairline(h, templeY, hairlineY, h.cx, 2.5, 0.02 * h.rx),
            0.02 * h.rx);
        s.curly = true;
        break;
    }
    case Hair::Bun: {
        const double volume = h.d * 0.035;
        cap(volume, h.browY, volume * 0.4, 0.0, hairline(h, templeY, hairlineY, partX, 1.6, 0.02 * h.rx), 0.02 * h.rx);
        fillEllipse(s.back, { h.cx, h.crownY - 0.03 * h.d }, { 0.3 * h.rx, 0.2 * h.rx });
        break;
    }
    case Hair::Long:
    case Hair::Bob: {
        const bool bob = t.hairStyle == Hair::Bob;
        const double volume = h.d * (bob ? 0.12 : 0.09) * hv;
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
            line = hairline(h, h.eyeY - 0.12 * h.d, hairlineY - 0.03 * h.d, partX, 0.7, 0.1 * h.rx);
        const double frameTop = line.front().y;
        const double frameBottom = bob ? h.chinY - 0.03 * h.d : h.shoulderY + 0.3 * h.d;
        Poly front = hairOutline(h, volume, h.cy, volume * 0.8, 0.0, d);
        front.erase(front.begin()); // starts over the top at the left
        front.back() = { h.cx + h.rx + volume * 0.8, h.cy };
        for (int i = 0; i <= 12; ++i) { // down the right side, flaring out
            const double k = i / 12.0;
            front.emplace_back(h.cx + h.rx + volume * 0.8 + k * (outWide - h.rx - volume * 0.8) * 0.9,
                h.cy + k * (frameBottom - h.cy));
        }
        Poly right = faceSide(h, +1, frameBottom, frameTop, 0.1 * h.rx, h.neckW * 1.05);
        front.insert(front.end(), right.begin(), right.end());
        front.insert(front.end(), line.begin(), line.end());
        Poly left = faceSide(h, -1, frameTop, frameBottom, 0.1 * h.rx, h.neckW * 1.05);
        front.insert(front.end(), left.begin(), left.end());
        for (int i = 12; i >= 0; --i) {
            const double k = i / 12.0;
            front.emplace_back(h.cx - (h.rx + volume * 0.8 + k * (outWide - h.rx - volume * 0.8) * 0.9),
                h.cy + k * (frameBottom - h.cy));
        }
        fillPoly(s.front, front);
        break;
    }
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
            fillEllipse(target, p, { r, r * d.uniform(0.6, 1.0) }, d.uniform(0, 180), 255, a0, a0 + d.uniform(120, 260), 1);
        } else {
            cv::Point2d dir = p - s.flowFrom;
            const double n = std::hypot(dir.x, dir.y);
            dir = n > 1e-6 ? dir / n : cv::Point2d(0, 1);
            const double len = d.uniform(0.04, 0.12) * h.d;
            const cv::Point2d bend(-dir.y * d.uniform(-0.2, 0.2) * len, dir.x * d.uniform(-0.2, 0.2) * len);
            strokePoly(target, bezier(p, p + dir * len * 0.33 + bend, p + dir * len * 0.66 + bend, p + dir * len, 6), 1);
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

// ---- skin ---------------------------------------------------------------------------------------

void addEllipse(cv::Mat& map, cv::Point2d c, cv::Size2d axes, double value, double angle = 0)
{
    cv::Mat shape = cv::Mat::zeros(map.size(), CV_32F);
    fillEllipse(shape, c, axes, angle, value);
    map += shape;
}

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
        crease.emplace_back(at(v), base(v) - eh * (1.45 + 0.15 * std::sin(CV_PI * v)) * std::sin(CV_PI * std::pow(v, 0.8)) - eh * 0.1);
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

// ---- body ---------------------------------------------------------------------------------------

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
    case Clothes::Suit: {
        Poly vee { { h.cx - nw * 0.95, sy - 0.01 * H }, { h.cx + nw * 0.95, sy - 0.01 * H }, { h.cx + nw * 0.2, H + 10 },
            { h.cx - nw * 0.2, H + 10 } };
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
        (void)vee;
        break;
    }
    case Clothes::Sweater: {
        cv::Mat band = canvas.mask();
        fillEllipse(band, { h.cx, sy - 0.004 * H }, { nw * 1.12, 0.035 * H }, 0, 255, 0, 180,
            std::max(2, static_cast<int>(0.022 * H)));
        canvas.paint(band, garment * 0.82, 1, 1.0);
        break;
    }
    case Clothes::Shirt: {
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
        break;
    }
    case Clothes::Top: {
        cv::Mat m = canvas.mask();
        fillEllipse(m, { h.cx, sy - 0.01 * H }, { nw * 1.7, 0.06 * H }, 0, 255, 0, 180);
        canvas.paint(m, skin, 1, 0);
        canvas.paint(m, t.skin * 0.85, 0.2, 0);
        cv::Mat edge = canvas.mask();
        fillEllipse(edge, { h.cx, sy - 0.01 * H }, { nw * 1.7, 0.06 * H }, 0, 255, 0, 180, 3);
        canvas.paint(edge, garment * 0.75, 0.7, 1);
        break;
    }
    }
}

} // namespace

cv::Mat SyntheticPortrait::render(quint32 seed, cv::Size size)
{
    size.width = std::max(size.width, 70);
    size.height = std::max(size.height, 90);
    const Traits t = chooseTraits(seed);
    Dice d(seed ^ 0xA5F00DU);
    // Painted at twice the size, then reduced: smooth edges and fine strands for free.
    const cv::Size work(size.width * 2, size.height * 2);
    Canvas canvas(work, t.background);
    const Head h = layoutHead(work, t, d);

    cv::Mat faceMask = canvas.mask();
    fillPoly(faceMask, h.face);
    cv::Mat earMask = canvas.mask();
    for (int side : { -1, +1 }) {
        const double earTop = h.browY + 0.02 * h.d, earBottom = h.noseY + 0.02 * h.d;
        const double half = (earBottom - earTop) / 2 * t.earScale;
        const double x = h.cx + side * (h.halfWidthAt(h.eyeY + 0.1 * h.d) + 0.03 * h.rx);
        fillEllipse(earMask, { x, (earTop + earBottom) / 2 }, { 0.13 * h.rx, half }, side * 8.0);
    }
    cv::Mat neckMask = canvas.mask();
    fillPoly(neckMask, { { h.cx - h.neckW, h.noseY }, { h.cx + h.neckW, h.noseY }, { h.cx + h.neckW * 1.03, h.shoulderY + 0.05 * h.H },
                           { h.cx - h.neckW * 1.03, h.shoulderY + 0.05 * h.H } });
    const cv::Mat skin = shadeSkin(h, t, faceMask, earMask);

    HairShapes hair = shapeHair(h, t, canvas, d);
    paintHair(canvas, hair.back, h, t, hair, d);
    canvas.paint(neckMask, skin);
    paintBody(canvas, h, t, skin, d);
    canvas.paint(earMask, skin);
    for (int side : { -1, +1 }) {
        cv::Mat inner = canvas.mask();
        const double x = h.cx + side * (h.halfWidthAt(h.eyeY + 0.1 * h.d) + 0.05 * h.rx);
        fillEllipse(inner, { x, h.eyeY + 0.08 * h.d }, { 0.06 * h.rx, 0.14 * h.d }, side * 8.0);
        canvas.paint(inner, t.skin * 0.7, 0.5, 0.02 * h.rx, earMask);
    }
    canvas.paint(faceMask, skin);
    cv::Mat blush = canvas.mask();
    for (int side : { -1, +1 })
        fillEllipse(blush, { h.cx + side * 0.52 * h.rx, h.eyeY + 0.3 * h.d }, { 0.18 * h.rx, 0.1 * h.d });
    canvas.paint(blush, mix(t.skin, Rgb(210, 90, 90), 0.5), 0.1, 0.08 * h.rx, faceMask);

    paintStubble(canvas, h, t, faceMask, d);
    paintNose(canvas, h, t);
    paintMouth(canvas, h, t);
    for (int side : { -1, +1 }) {
        paintEye(canvas, h, t, side, d);
        paintBrow(canvas, h, t, side, d);
    }
    paintHair(canvas, hair.front, h, t, hair, d);

    cv::Mat out = canvas.image();
    cv::GaussianBlur(out, out, cv::Size(), 0.7);
    cv::resize(out, out, size, 0, 0, cv::INTER_AREA);
    cv::Mat noise(size, CV_32FC3);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::NORMAL, 0, 1.2);
    out += noise;
    cv::Mat result;
    out.convertTo(result, CV_8UC3);
    return result;
}

quint32 SyntheticPortrait::seedFor(const bd::gateway::PersonData& person)
{
    const QByteArray key = QStringLiteral("%1|%2|%3|%4")
                               .arg(person.surname, person.givenNames, person.dateOfBirth.toString(Qt::ISODate),
                                   person.nationality)
                               .toUtf8();
    quint32 h = 2166136261U; // FNV-1a
    for (const char c : key) {
        h ^= static_cast<quint8>(c);
        h *= 16777619U;
    }
    // Bit 0 chooses masculine (1) or feminine (0) features: follow the document's sex.
    if (person.sex == QLatin1String("M"))
        h |= 1U;
    else if (person.sex == QLatin1String("F"))
        h &= ~1U;
    return h == 0 ? 2U : h;
}

} // namespace bd::training
