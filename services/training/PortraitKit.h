#pragma once

// The shared kit of SyntheticPortrait's painting steps (not a public interface): colours, the
// seeded dice, the traits a seed chooses, drawing helpers, the canvas and the head's layout.

#include <opencv2/core.hpp>

#include <QtGlobal>

#include <random>
#include <vector>

namespace bd::training::portrait {

// Colours are written RGB (as designers think of them) and turned into BGR when painted.
using Rgb = cv::Vec3d;

inline cv::Vec3f bgr(const Rgb& c)
{
    return { static_cast<float>(c[2]), static_cast<float>(c[1]), static_cast<float>(c[0]) };
}

inline Rgb mix(const Rgb& a, const Rgb& b, double t)
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

Rgb alongPalette(const std::vector<Rgb>& palette, double t);

enum class Hair
{
    Crop, // short, neat
    SidePart, // short to medium, parted
    Long, // past the shoulders
    Receding, // bald crown, fringe above the ears
    Curly, // voluminous curls
    Bun, // tied back
    Bob, // chin length with a fringe
    Buzz // very short, skin shows through
};

enum class Clothes
{
    Suit, // jacket, shirt, sometimes a tie
    Sweater, // crew neck
    Shirt, // open collar
    Top // round neckline
};

struct Traits
{
    bool masculine = false;
    double age = 0.3; // 0 young adult .. 1 elderly
    Rgb skin, hair, brow, iris, lip, garment, shirt, background;
    double widthRatio = 0.74; // face half-width / half-height
    double jawPower = 1.0; // < 1: squarer jaw
    double taper = 0.12; // narrowing towards the chin
    Hair hairStyle = Hair::Crop;
    double hairVolume = 0.03;
    double hairlineHeight = 0.45; // 0 = at the brows, 1 = at the crown
    double partSide = 1; // -1 or +1
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

// The traits of the face a seed gives (PortraitTraits.cpp).
Traits chooseTraits(quint32 seed);

using Poly = std::vector<cv::Point2d>;

void fillPoly(cv::Mat& mask, const Poly& poly, double value = 255);
void strokePoly(cv::Mat& mask, const Poly& poly, double thickness, double value = 255);
void fillEllipse(cv::Mat& mask,
    cv::Point2d c,
    cv::Size2d axes,
    double angle = 0,
    double value = 255,
    double from = 0,
    double to = 360,
    int thickness = -1);
// Cubic Bezier from p0 to p3, n segments (p0 included, p3 included).
Poly bezier(cv::Point2d p0, cv::Point2d p1, cv::Point2d p2, cv::Point2d p3, int n = 24);

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
    void paint(
        const cv::Mat& mask, const cv::Mat& colours, double opacity = 1, double soft = 0, const cv::Mat& clip = {})
    {
        paintImpl(mask, nullptr, &colours, opacity, soft, clip);
    }

private:
    void paintImpl(
        const cv::Mat& mask, const Rgb* flat, const cv::Mat* colours, double opacity, double soft, const cv::Mat& clip);

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

Head layoutHead(cv::Size size, const Traits& t, Dice& d);

} // namespace bd::training::portrait
