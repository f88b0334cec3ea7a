#pragma once

#include <opencv2/core.hpp>

#include <QByteArray>
#include <QStringList>

#include <array>
#include <memory>

namespace bd::ocr {
class OcrbFont;
} // namespace bd::ocr

namespace bd::training {

// The document layouts the renderer draws; the MRZ lines decide the default (3x30 → TD1 card,
// 2x36 → TD2 card or MRV-B visa, 2x44 → TD3 passport data page or MRV-A visa).
enum class DocumentLayout
{
    Auto,
    IdCard, // TD1, 85.6 x 54 mm
    Td2Card, // TD2, 105 x 74 mm
    PassportPage, // TD3 data page, 125 x 88 mm
    VisaA, // MRV-A sticker, 120 x 80 mm
    VisaB // MRV-B sticker, 105 x 74 mm
};

// What happens to the document between printing and the image file. All zero = a clean scan.
struct Degradation
{
    int rotationDegrees = 0; // 0, 90, 180 or 270 (counter-clockwise turn of the document)
    double skewDegrees = 0.0; // extra turn, e.g. -15..15
    double perspective = 0.0; // corner displacement as a fraction of the document size (0..0.08)
    double margin = 0.15; // canvas padding around the document, fraction of its size
    double offsetX = 0.5; // where the document sits in the free space (0..1)
    double offsetY = 0.5;
    bool busyBackground = false; // clutter (shapes, lines, text) around the document
    double unevenLight = 0.0; // strength of the light gradient (0..0.6)
    double blurSigma = 0.0; // Gaussian blur, output pixels
    double noiseSigma = 0.0; // Gaussian noise, grey levels
    int jpegQuality = 0; // 0 = no JPEG round trip, else 1..100
    // The conditions of the wider benchmark (neutral defaults: random() never sets them).
    double tiltXDegrees = 0.0; // turn of the document plane about its horizontal axis, seen by a camera
    double tiltYDegrees = 0.0; // the same about its vertical axis (-30..30)
    int pageWidthPx = 0; // 0 = as drawn at the dpi; else the document is shrunk to this width (far camera)
    double mrzInkLevel = 0.0; // 0 = the usual dark MRZ ink; else its grey as a fraction of white (faint)

    // A random but plausible mix, deterministic in seed; severity 0..1 scales every effect.
    static Degradation random(quint64 seed, int dpi, double severity = 1.0);
    // random(seed, dpi) with one harder condition each (the wider benchmark; deterministic in seed):
    static Degradation anyRotation(quint64 seed, int dpi); // turned by any angle (0..360)
    static Degradation tilted(quint64 seed, int dpi); // page plane turned up to 30 degrees (perspective)
    static Degradation faintPrint(quint64 seed, int dpi); // MRZ ink at 55-75 % of white, mild blur
    static Degradation lowResolution(quint64 seed, int dpi); // whole document 250-350 px wide
};

struct SyntheticDocumentSpec
{
    QStringList mrzLines; // ground truth, exactly as printed
    QStringList visualFields; // "LABEL=VALUE" pairs for the visual zone (optional)
    DocumentLayout layout = DocumentLayout::Auto;
    int dpi = 300; // 150..600
    Degradation degradation;
    quint64 seed = 1; // background, colours and clutter
    cv::Mat portrait; // 8-bit BGR or grey, drawn in the portrait area (centre-cropped to
                      // fit); empty: a drawn placeholder head
};

struct SyntheticDocumentImage
{
    cv::Mat image; // 8-bit BGR
    QStringList mrzLines; // ground truth
    std::array<cv::Point2f, 4> mrzCorners; // the zone in image pixels: TL, TR, BR, BL as printed
    int rotationDegrees = 0;
    double skewDegrees = 0.0;
};

// Renders synthetic travel documents with the MRZ in OCR-B: for the OCR tests and benchmark and
// for the training gateway's scenario documents. Deterministic for a given spec. Thread-safe
// (font access is serialised).
class SyntheticDocument
{
public:
    SyntheticDocument(); // loads OcrbFont::defaultPath()
    explicit SyntheticDocument(std::shared_ptr<const bd::ocr::OcrbFont> font);
    ~SyntheticDocument();

    bool isValid() const; // false when the OCR-B font could not be loaded

    SyntheticDocumentImage render(const SyntheticDocumentSpec& spec) const;

    // Encodes an image (".png" or ".jpg"); empty on failure.
    static QByteArray encode(const cv::Mat& image, const char* extension = ".png", int jpegQuality = 90);

private:
    cv::Mat drawDocument(
        const SyntheticDocumentSpec& spec, DocumentLayout layout, std::array<cv::Point2f, 4>& mrz) const;

    std::shared_ptr<const bd::ocr::OcrbFont> m_font;
};

} // namespace bd::training
