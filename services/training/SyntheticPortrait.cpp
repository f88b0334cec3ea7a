#include "services/training/SyntheticPortrait.h"

#include "services/model/Model.h"
#include "services/training/PortraitParts.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

// The portrait is painted in named steps, one area per file: PortraitTraits (what the seed
// chooses), PortraitKit (canvas, drawing helpers, head layout), PortraitHair, PortraitFace (skin,
// eyes, brows, nose, mouth, stubble) and PortraitBody (neck, shoulders, clothes).
namespace bd::training {

using namespace portrait;

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
    fillPoly(neckMask,
        { { h.cx - h.neckW, h.noseY }, { h.cx + h.neckW, h.noseY }, { h.cx + h.neckW * 1.03, h.shoulderY + 0.05 * h.H },
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

quint32 SyntheticPortrait::seedFor(const bd::model::PersonData& person)
{
    const QByteArray key
        = QStringLiteral("%1|%2|%3|%4")
              .arg(person.surname, person.givenNames, person.dateOfBirth.toString(Qt::ISODate), person.nationality)
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
