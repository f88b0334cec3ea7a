#include "services/training/SyntheticDocument.h"

#include "services/ocr/OcrbFont.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <random>

namespace bd::training {

using bd::ocr::MrzGeometry;
using bd::ocr::OcrbFont;

namespace {

using Rng = std::mt19937_64;

double uniform(Rng& rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

int uniformInt(Rng& rng, int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

struct LayoutSize
{
    double widthMm;
    double heightMm;
    const char* title;
};

LayoutSize layoutSize(DocumentLayout layout)
{
    switch (layout) {
    case DocumentLayout::IdCard:
        return { 85.6, 54.0, "IDENTITY CARD" };
    case DocumentLayout::Td2Card:
        return { 105.0, 74.0, "RESIDENCE PERMIT" };
    case DocumentLayout::VisaA:
        return { 120.0, 80.0, "VISA" };
    case DocumentLayout::VisaB:
        return { 105.0, 74.0, "VISA" };
    case DocumentLayout::PassportPage:
    case DocumentLayout::Auto:
        break;
    }
    return { 125.0, 88.0, "PASSPORT" };
}

DocumentLayout autoLayout(const QStringList& lines)
{
    const bool visa = !lines.isEmpty() && lines.first().startsWith(QLatin1Char('V'));
    if (lines.size() == 3)
        return DocumentLayout::IdCard;
    if (!lines.isEmpty() && lines.first().size() <= 36)
        return visa ? DocumentLayout::VisaB : DocumentLayout::Td2Card;
    return visa ? DocumentLayout::VisaA : DocumentLayout::PassportPage;
}

cv::Scalar pastel(Rng& rng)
{
    return { uniform(rng, 200, 250), uniform(rng, 200, 250), uniform(rng, 200, 250) };
}

// Fine guilloche-like rosettes and waves, the security background of real documents.
void drawSecurityPattern(cv::Mat& img, Rng& rng, double scale)
{
    const int waves = uniformInt(rng, 6, 14);
    const cv::Scalar tint(uniform(rng, 150, 215), uniform(rng, 150, 215), uniform(rng, 150, 215));
    const int thickness = std::max(1, static_cast<int>(std::lround(scale)));
    for (int w = 0; w < waves; ++w) {
        const double amp = uniform(rng, 0.02, 0.12) * img.rows;
        const double freq = uniform(rng, 1.0, 6.0) * 2 * CV_PI / img.cols;
        const double phase = uniform(rng, 0, 2 * CV_PI);
        const double y0 = uniform(rng, 0, img.rows);
        std::vector<cv::Point> pts;
        for (int x = 0; x < img.cols; x += std::max(2, img.cols / 200))
            pts.emplace_back(x, static_cast<int>(y0 + amp * std::sin(freq * x + phase)));
        cv::polylines(img, pts, false, tint, thickness, cv::LINE_AA);
    }
    const cv::Point c(uniformInt(rng, img.cols / 4, img.cols), uniformInt(rng, 0, img.rows));
    const int rosettes = uniformInt(rng, 8, 20);
    for (int r = 0; r < rosettes; ++r) {
        const int radius = static_cast<int>((0.1 + 0.04 * r) * img.rows);
        cv::ellipse(img, c, { radius, radius * 2 / 3 }, r * 9.0, 0, 360, tint, thickness, cv::LINE_AA);
    }
}

void drawClutter(cv::Mat& img, Rng& rng)
{
    const int shapes = uniformInt(rng, 15, 40);
    const int minSide = std::min(img.cols, img.rows);
    for (int i = 0; i < shapes; ++i) {
        const cv::Scalar color(uniformInt(rng, 0, 255), uniformInt(rng, 0, 255), uniformInt(rng, 0, 255));
        const cv::Point p(uniformInt(rng, 0, img.cols), uniformInt(rng, 0, img.rows));
        const int size = uniformInt(rng, minSide / 40 + 1, minSide / 5 + 2);
        switch (uniformInt(rng, 0, 3)) {
        case 0:
            cv::rectangle(img, p, p + cv::Point(size, size / 2), color, uniformInt(rng, 0, 1) ? -1 : 3);
            break;
        case 1:
            cv::circle(img, p, size / 2, color, uniformInt(rng, 0, 1) ? -1 : 2, cv::LINE_AA);
            break;
        case 2:
            cv::line(img, p, { uniformInt(rng, 0, img.cols), uniformInt(rng, 0, img.rows) }, color,
                uniformInt(rng, 1, 6), cv::LINE_AA);
            break;
        default: {
            static const char* words[] = { "RECEIPT", "TICKET 0042", "BOARDING", "GATE B12", "TOTAL 19.90", "THANK YOU",
                "SEAT 14C", "FLIGHT LX318" };
            cv::putText(img, words[uniformInt(rng, 0, 7)], p, cv::FONT_HERSHEY_SIMPLEX, size / 60.0 + 0.4, color,
                std::max(1, size / 40), cv::LINE_AA);
        }
        }
    }
}

void drawPortrait(cv::Mat& img, cv::Rect box, Rng& rng)
{
    cv::rectangle(img, box, cv::Scalar(uniform(rng, 170, 215), uniform(rng, 170, 215), uniform(rng, 170, 215)), -1);
    const cv::Scalar skin(uniform(rng, 90, 170), uniform(rng, 110, 180), uniform(rng, 140, 210));
    const cv::Point centre(box.x + box.width / 2, box.y + box.height * 2 / 5);
    cv::ellipse(img, centre, { box.width / 4, box.height / 4 }, 0, 0, 360, skin, -1, cv::LINE_AA);
    cv::ellipse(img, { centre.x, box.y + box.height }, { box.width * 4 / 9, box.height / 3 }, 0, 180, 360, skin * 0.6,
        -1, cv::LINE_AA);
    cv::rectangle(img, box, cv::Scalar(90, 90, 90), 1);
}

// The holder's picture, cropped to the box's aspect around its centre and scaled to fill it.
void placePortrait(cv::Mat& img, cv::Rect box, const cv::Mat& picture)
{
    box &= cv::Rect(0, 0, img.cols, img.rows);
    if (box.empty() || picture.empty() || picture.depth() != CV_8U)
        return;
    cv::Mat colour;
    if (picture.channels() == 1)
        cv::cvtColor(picture, colour, cv::COLOR_GRAY2BGR);
    else if (picture.channels() == 4)
        cv::cvtColor(picture, colour, cv::COLOR_BGRA2BGR);
    else
        colour = picture;
    const double aspect = static_cast<double>(box.width) / box.height;
    cv::Rect crop(0, 0, colour.cols, colour.rows);
    if (static_cast<double>(colour.cols) / colour.rows > aspect)
        crop.width = std::max(1, static_cast<int>(std::lround(colour.rows * aspect)));
    else
        crop.height = std::max(1, static_cast<int>(std::lround(colour.cols / aspect)));
    crop.x = (colour.cols - crop.width) / 2;
    crop.y = (colour.rows - crop.height) / 2;
    cv::Mat scaled;
    cv::resize(colour(crop), scaled, box.size(), 0, 0, cv::INTER_AREA);
    scaled.copyTo(img(box));
    cv::rectangle(img, box, cv::Scalar(90, 90, 90), 1);
}

// Where the document lands on the canvas.
struct Placement
{
    int rotation = 0; // 0, 90, 180 or 270
    std::array<cv::Point2f, 4> src; // document corners in document pixels
    std::array<cv::Point2f, 4> dst; // the same corners on the canvas
    int canvasW = 0;
    int canvasH = 0;
};

// A corner (x, y) of the document plane (centred) after the plane is turned by tiltX about its
// horizontal axis and then by tiltY about its vertical axis, as a pinhole camera 2 document sizes
// away sees it (scale 1 at the document's centre): the homography of a 3D rotation.
void tiltCorner(double& x, double& y, const Degradation& d, double size)
{
    const double ax = std::clamp(d.tiltXDegrees, -60.0, 60.0) * CV_PI / 180.0;
    const double ay = std::clamp(d.tiltYDegrees, -60.0, 60.0) * CV_PI / 180.0;
    const double y1 = y * std::cos(ax), z1 = y * std::sin(ax);
    const double x2 = x * std::cos(ay) + z1 * std::sin(ay), z2 = -x * std::sin(ay) + z1 * std::cos(ay);
    const double camera = 2.0 * size;
    const double k = camera / (camera + z2);
    x = x2 * k;
    y = y1 * k;
}

// The document's corners after the turn (rotation and skew, counter-clockwise on screen) and the
// perspective jitter, shifted into a canvas with the margin around them at the offsets.
Placement placeDocument(const cv::Mat& doc, const Degradation& d, Rng& rng)
{
    Placement at;
    at.rotation = ((d.rotationDegrees % 360) + 360) % 360 / 90 * 90;
    const double angle = (at.rotation + d.skewDegrees) * CV_PI / 180.0;
    const float w = static_cast<float>(doc.cols);
    const float h = static_cast<float>(doc.rows);
    at.src = { cv::Point2f(0, 0), cv::Point2f(w, 0), cv::Point2f(w, h), cv::Point2f(0, h) };
    std::array<cv::Point2f, 4>& dst = at.dst;
    const double jitter = std::clamp(d.perspective, 0.0, 0.2) * std::max(w, h);
    for (int i = 0; i < 4; ++i) {
        double x = at.src[i].x - w / 2.0 + uniform(rng, -jitter, jitter);
        double y = at.src[i].y - h / 2.0 + uniform(rng, -jitter, jitter);
        if (d.tiltXDegrees != 0.0 || d.tiltYDegrees != 0.0)
            tiltCorner(x, y, d, std::max(w, h));
        // Counter-clockwise on screen (y points down).
        dst[i] = cv::Point2f(static_cast<float>(x * std::cos(angle) + y * std::sin(angle)),
            static_cast<float>(-x * std::sin(angle) + y * std::cos(angle)));
    }
    const cv::Rect2f bounds = cv::boundingRect(std::vector<cv::Point2f>(dst.begin(), dst.end()));
    const double margin = std::clamp(d.margin, 0.0, 3.0);
    at.canvasW = static_cast<int>(bounds.width * (1 + margin)) + 2;
    at.canvasH = static_cast<int>(bounds.height * (1 + margin)) + 2;
    const float shiftX = static_cast<float>((at.canvasW - bounds.width) * std::clamp(d.offsetX, 0.0, 1.0)) - bounds.x;
    const float shiftY = static_cast<float>((at.canvasH - bounds.height) * std::clamp(d.offsetY, 0.0, 1.0)) - bounds.y;
    for (auto& p : dst)
        p += cv::Point2f(shiftX, shiftY);
    return at;
}

// A far camera: the canvas (and the zone's corners) shrunk by `factor` (< 1) with area averaging.
void shrinkToPageWidth(cv::Mat& canvas, std::array<cv::Point2f, 4>& corners, double factor)
{
    if (factor >= 1.0 || factor <= 0.0)
        return;
    const cv::Size size(std::max(1, static_cast<int>(std::lround(canvas.cols * factor))),
        std::max(1, static_cast<int>(std::lround(canvas.rows * factor))));
    const float fx = static_cast<float>(size.width) / static_cast<float>(canvas.cols);
    const float fy = static_cast<float>(size.height) / static_cast<float>(canvas.rows);
    cv::resize(canvas, canvas, size, 0, 0, cv::INTER_AREA);
    for (cv::Point2f& p : corners)
        p = cv::Point2f((p.x + 0.5f) * fx - 0.5f, (p.y + 0.5f) * fy - 0.5f);
}

// Uneven light: a smooth multiplicative field (a linear ramp plus a soft spot) of the given
// strength over the canvas.
void applyUnevenLight(cv::Mat& canvas, double strength, Rng& rng)
{
    const int canvasW = canvas.cols;
    const int canvasH = canvas.rows;
    cv::Mat field(canvas.size(), CV_32F);
    const double gx = uniform(rng, -1, 1), gy = uniform(rng, -1, 1);
    const cv::Point2d spot(uniform(rng, 0, canvasW), uniform(rng, 0, canvasH));
    const double spotR = 0.5 * std::max(canvasW, canvasH);
    for (int yy = 0; yy < canvasH; ++yy) {
        float* row = field.ptr<float>(yy);
        for (int xx = 0; xx < canvasW; ++xx) {
            const double ramp = (gx * xx / canvasW + gy * yy / canvasH) * 0.5;
            const double r2 = ((xx - spot.x) * (xx - spot.x) + (yy - spot.y) * (yy - spot.y)) / (spotR * spotR);
            row[xx] = static_cast<float>(1.0 - strength * (0.5 + ramp) + 0.3 * strength * std::exp(-r2));
        }
    }
    cv::Mat f3;
    cv::cvtColor(field, f3, cv::COLOR_GRAY2BGR);
    canvas.convertTo(canvas, CV_32FC3);
    canvas = canvas.mul(f3);
    canvas.convertTo(canvas, CV_8UC3);
}

// The camera and file effects after the light: Gaussian blur, Gaussian noise (seeded by
// noiseSeed) and a JPEG round trip, each when the degradation asks for it.
void applyCameraEffects(cv::Mat& canvas, const Degradation& d, quint64 noiseSeed)
{
    if (d.blurSigma > 0.05)
        cv::GaussianBlur(canvas, canvas, cv::Size(), d.blurSigma);
    if (d.noiseSigma > 0) {
        cv::Mat noise(canvas.size(), CV_16SC3);
        cv::RNG cvRng(noiseSeed);
        cvRng.fill(noise, cv::RNG::NORMAL, 0, d.noiseSigma);
        cv::Mat tmp;
        canvas.convertTo(tmp, CV_16SC3);
        tmp += noise;
        tmp.convertTo(canvas, CV_8UC3);
    }
    if (d.jpegQuality > 0) {
        std::vector<uchar> bytes;
        cv::imencode(".jpg", canvas, bytes, { cv::IMWRITE_JPEG_QUALITY, std::clamp(d.jpegQuality, 1, 100) });
        canvas = cv::imdecode(bytes, cv::IMREAD_COLOR);
    }
}

} // namespace

Degradation Degradation::random(quint64 seed, int dpi, double severity)
{
    Rng rng(seed * 0x9E3779B97F4A7C15ULL + 17);
    Degradation d;
    const double k = std::clamp(severity, 0.0, 1.0);
    d.rotationDegrees = 90 * uniformInt(rng, 0, 3);
    d.skewDegrees = k * uniform(rng, -15.0, 15.0);
    d.perspective = k * uniform(rng, 0.0, 0.05);
    d.margin = uniform(rng, 0.05, 0.6);
    d.offsetX = uniform(rng, 0.0, 1.0);
    d.offsetY = uniform(rng, 0.0, 1.0);
    d.busyBackground = uniform(rng, 0, 1) < 0.5 * k + 0.1;
    d.unevenLight = k * uniform(rng, 0.0, 0.5);
    d.blurSigma = k * uniform(rng, 0.0, 1.2) * dpi / 300.0;
    d.noiseSigma = k * uniform(rng, 0.0, 12.0);
    d.jpegQuality = uniform(rng, 0, 1) < 0.6 ? uniformInt(rng, static_cast<int>(95 - 40 * k), 95) : 0;
    return d;
}

// The generators of the harder conditions draw from their own stream (salted seed), so random()'s
// part stays what it is for the same seed.
Degradation Degradation::anyRotation(quint64 seed, int dpi)
{
    Degradation d = random(seed, dpi, 1.0);
    Rng rng(seed * 0x9E3779B97F4A7C15ULL + 1001);
    const double angle = uniform(rng, 0.0, 360.0);
    const int quarter = static_cast<int>(std::lround(angle / 90.0)) % 4;
    d.rotationDegrees = 90 * quarter;
    d.skewDegrees = angle - 90.0 * std::lround(angle / 90.0); // -45..45
    return d;
}

Degradation Degradation::tilted(quint64 seed, int dpi)
{
    Degradation d = random(seed, dpi, 1.0);
    Rng rng(seed * 0x9E3779B97F4A7C15ULL + 1002);
    const double tilt = uniform(rng, -30.0, 30.0);
    if (uniformInt(rng, 0, 1) == 0)
        d.tiltXDegrees = tilt;
    else
        d.tiltYDegrees = tilt;
    return d;
}

Degradation Degradation::faintPrint(quint64 seed, int dpi)
{
    Degradation d = random(seed, dpi, 1.0);
    Rng rng(seed * 0x9E3779B97F4A7C15ULL + 1003);
    d.mrzInkLevel = uniform(rng, 0.55, 0.75);
    d.blurSigma = uniform(rng, 0.4, 0.9) * dpi / 300.0;
    return d;
}

Degradation Degradation::lowResolution(quint64 seed, int dpi)
{
    Degradation d = random(seed, dpi, 1.0);
    Rng rng(seed * 0x9E3779B97F4A7C15ULL + 1004);
    d.pageWidthPx = uniformInt(rng, 250, 350);
    // The camera effects at the small image's own pixels: mild blur, no harsh JPEG.
    d.blurSigma = uniform(rng, 0.0, 0.5);
    if (d.jpegQuality > 0)
        d.jpegQuality = std::max(d.jpegQuality, 80);
    return d;
}

SyntheticDocument::SyntheticDocument()
    : SyntheticDocument(std::make_shared<const OcrbFont>())
{
}

SyntheticDocument::SyntheticDocument(std::shared_ptr<const OcrbFont> font)
    : m_font(std::move(font))
{
}

SyntheticDocument::~SyntheticDocument() = default;

bool SyntheticDocument::isValid() const
{
    return m_font && m_font->isValid();
}

cv::Mat SyntheticDocument::drawDocument(
    const SyntheticDocumentSpec& spec, DocumentLayout layout, std::array<cv::Point2f, 4>& mrz) const
{
    Rng rng(spec.seed);
    const int dpi = std::clamp(spec.dpi, 72, 1200);
    const double pxPerMm = dpi / 25.4;
    const LayoutSize size = layoutSize(layout);
    cv::Mat doc(static_cast<int>(std::lround(size.heightMm * pxPerMm)),
        static_cast<int>(std::lround(size.widthMm * pxPerMm)), CV_8UC3, pastel(rng));
    drawSecurityPattern(doc, rng, pxPerMm / 6.0);

    const auto mm = [pxPerMm](double v) { return static_cast<int>(std::lround(v * pxPerMm)); };
    const cv::Scalar textInk(uniform(rng, 20, 90), uniform(rng, 20, 90), uniform(rng, 20, 90));
    const cv::Scalar titleInk(uniform(rng, 60, 160), uniform(rng, 30, 90), uniform(rng, 20, 80));

    // Header and portrait.
    m_font->drawText(doc, size.title, { mm(4), mm(7) }, mm(3.2), titleInk);
    m_font->drawText(
        doc, "UTOPIA", { doc.cols - m_font->textWidth("UTOPIA", mm(2.5)) - mm(4), mm(7) }, mm(2.5), titleInk);
    const double portraitW = layout == DocumentLayout::IdCard ? 22 : 30;
    const cv::Rect portrait(mm(4), mm(10), mm(portraitW), mm(portraitW * 1.28));
    drawPortrait(doc, portrait, rng); // always: keeps the rest of the document the same
    if (!spec.portrait.empty())
        placePortrait(doc, portrait, spec.portrait);

    // Visual zone: label/value pairs to the right of the portrait.
    QStringList fields = spec.visualFields;
    if (fields.isEmpty()) {
        fields = { QStringLiteral("SURNAME=SPECIMEN"), QStringLiteral("GIVEN NAMES=SAMPLE"),
            QStringLiteral("NATIONALITY=UTOPIAN"), QStringLiteral("DATE OF BIRTH=01 JAN 1980"),
            QStringLiteral("DATE OF EXPIRY=31 DEC 2030"), QStringLiteral("AUTHORITY=MINISTRY") };
    }
    const int textX = portrait.x + portrait.width + mm(4);
    int y = mm(12);
    const double rowMm = layout == DocumentLayout::IdCard ? 5.0 : 6.5;
    const double mrzTopMm = size.heightMm - (spec.mrzLines.size() + 0.6) * MrzGeometry::lineSpacingMm - 2.0;
    for (const QString& f : fields) {
        if (y + mm(rowMm) > mm(mrzTopMm))
            break;
        const QString label = f.section(QLatin1Char('='), 0, 0);
        const QString value = f.section(QLatin1Char('='), 1);
        cv::putText(doc, label.toStdString(), { textX, y }, cv::FONT_HERSHEY_SIMPLEX, pxPerMm * 0.055, titleInk,
            std::max(1, mm(0.12)), cv::LINE_AA);
        m_font->drawText(doc, value.toStdString(), { textX, y + mm(rowMm * 0.5) }, mm(2.2), textInk);
        y += mm(rowMm);
    }

    // Machine-readable zone: clear band, lines flush to the bottom.
    const int lineCount = static_cast<int>(spec.mrzLines.size());
    const int chars = lineCount > 0 ? static_cast<int>(spec.mrzLines.first().size()) : 0;
    const double pitch = MrzGeometry::pitchMm * pxPerMm;
    const double spacing = MrzGeometry::lineSpacingMm * pxPerMm * uniform(rng, 0.95, 1.1);
    const double capHeight = MrzGeometry::capHeightMm * pxPerMm * uniform(rng, 0.95, 1.05);
    const double x0 = (doc.cols - chars * pitch) / 2.0;
    const double lastBaseline = doc.rows - mm(uniform(rng, 3.0, 5.0));
    const double firstBaseline = lastBaseline - (lineCount - 1) * spacing;
    const cv::Rect clear(0, static_cast<int>(firstBaseline - capHeight - mm(1.5)), doc.cols,
        doc.rows - static_cast<int>(firstBaseline - capHeight - mm(1.5)));
    doc(clear & cv::Rect(0, 0, doc.cols, doc.rows))
        = doc(clear & cv::Rect(0, 0, doc.cols, doc.rows)) * 0.4 + cv::Scalar::all(255 * 0.6);
    cv::Scalar mrzInk = cv::Scalar::all(uniform(rng, 0, 50));
    if (spec.degradation.mrzInkLevel > 0)
        mrzInk = cv::Scalar::all(255.0 * std::clamp(spec.degradation.mrzInkLevel, 0.0, 1.0));
    for (int i = 0; i < lineCount; ++i)
        m_font->drawMonospaced(
            doc, spec.mrzLines[i].toStdString(), x0, firstBaseline + i * spacing, pitch, capHeight, mrzInk);
    const float top = static_cast<float>(firstBaseline - capHeight);
    const float bottom = static_cast<float>(lastBaseline);
    const float left = static_cast<float>(x0);
    const float right = static_cast<float>(x0 + chars * pitch);
    mrz = { cv::Point2f(left, top), cv::Point2f(right, top), cv::Point2f(right, bottom), cv::Point2f(left, bottom) };
    return doc;
}

// Draws the document, places it on a (possibly cluttered) canvas and applies the degradations.
SyntheticDocumentImage SyntheticDocument::render(const SyntheticDocumentSpec& spec) const
{
    SyntheticDocumentImage out;
    out.mrzLines = spec.mrzLines;
    if (!isValid())
        return out;
    const DocumentLayout layout = spec.layout == DocumentLayout::Auto ? autoLayout(spec.mrzLines) : spec.layout;
    std::array<cv::Point2f, 4> mrz;
    const cv::Mat doc = drawDocument(spec, layout, mrz);
    const Degradation& d = spec.degradation;
    Rng rng(spec.seed ^ 0xA5A5A5A5ULL);

    const Placement at = placeDocument(doc, d, rng);
    cv::Mat canvas(at.canvasH, at.canvasW, CV_8UC3,
        cv::Scalar(uniform(rng, 60, 230), uniform(rng, 60, 230), uniform(rng, 60, 230)));
    if (d.busyBackground)
        drawClutter(canvas, rng);
    const cv::Mat H = cv::getPerspectiveTransform(at.src.data(), at.dst.data());
    cv::warpPerspective(doc, canvas, H, canvas.size(), cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
    std::vector<cv::Point2f> zone(mrz.begin(), mrz.end());
    cv::perspectiveTransform(zone, zone, H);
    std::copy(zone.begin(), zone.end(), out.mrzCorners.begin());

    if (d.pageWidthPx > 0)
        shrinkToPageWidth(canvas, out.mrzCorners, static_cast<double>(d.pageWidthPx) / doc.cols);
    if (d.unevenLight > 0)
        applyUnevenLight(canvas, d.unevenLight, rng);
    applyCameraEffects(canvas, d, spec.seed + 7);
    out.image = canvas;
    out.rotationDegrees = at.rotation;
    out.skewDegrees = d.skewDegrees;
    return out;
}

QByteArray SyntheticDocument::encode(const cv::Mat& image, const char* extension, int jpegQuality)
{
    std::vector<uchar> bytes;
    try {
        std::vector<int> params;
        if (std::string(extension) == ".jpg" || std::string(extension) == ".jpeg")
            params = { cv::IMWRITE_JPEG_QUALITY, jpegQuality };
        if (!cv::imencode(extension, image, bytes, params))
            return {};
    } catch (const cv::Exception&) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

} // namespace bd::training
