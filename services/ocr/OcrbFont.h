#pragma once

#include <opencv2/core.hpp>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace cv::freetype {
class FreeType2;
}

namespace bd::ocr {

// Physical MRZ geometry (ICAO 9303-3: OCR-B size 1 at 10 characters per inch).
struct MrzGeometry
{
    static constexpr double pitchMm = 2.54; // character pitch
    static constexpr double capHeightMm = 2.35; // height of a capital or digit
    static constexpr double lineSpacingMm = 4.23; // baseline to baseline (6 lines per inch)
};

// Fonts besides OCR-B that Debian packages ship, for zones not printed in true OCR-B: the MRZ is
// meant to be OCR-B (ICAO 9303-3), but some issuers print it in a look-alike monospace. The
// benchmark and the tests render zones in DejaVu Sans Mono and Liberation Mono, which the
// classifier (trained on OCR-B) has never seen; the trainer can take any of them (--font).
struct MrzFonts
{
    static constexpr const char* ocrbSharp = "/usr/share/fonts/opentype/ocr-b/OCRBS.otf"; // fonts-ocr-b
    static constexpr const char* dejaVuSansMono
        = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"; // fonts-dejavu-core
    static constexpr const char* dejaVuSansMonoBold
        = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"; // fonts-dejavu-core
    static constexpr const char* liberationMono
        = "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"; // fonts-liberation2
};

// Renders OCR-B text (or any of MrzFonts) with cv::freetype. Glyph rendering in FreeType is not re-entrant on one face,
// so calls are serialised by a mutex; create one font per thread for parallel rendering.
class OcrbFont
{
public:
    static std::string defaultPath(); // /usr/share/fonts/opentype/ocr-b/OCRB.otf (or $BD_OCRB_FONT)

    explicit OcrbFont(const std::string& path = defaultPath());
    ~OcrbFont();
    OcrbFont(const OcrbFont&) = delete;
    OcrbFont& operator=(const OcrbFont&) = delete;

    bool isValid() const { return m_valid; }

    // Draws text monospaced: character i is centred in the cell [x0 + i*pitch, x0 + (i+1)*pitch),
    // its baseline at baselineY, scaled so capitals are capHeight pixels tall. color is the ink.
    void drawMonospaced(cv::Mat& image,
        const std::string& text,
        double x0,
        double baselineY,
        double pitch,
        double capHeight,
        const cv::Scalar& color) const;

    // Draws proportional text (visual zone) with its baseline at (x, baselineY).
    void drawText(
        cv::Mat& image, const std::string& text, cv::Point origin, int capHeight, const cv::Scalar& color) const;
    int textWidth(const std::string& text, int capHeight) const;

private:
    cv::Ptr<cv::freetype::FreeType2> m_ft;
    mutable std::mutex m_mutex;
    bool m_valid = false;
    double m_capRatio = 0.7; // cap height / FreeType font height, measured at load
};

} // namespace bd::ocr
