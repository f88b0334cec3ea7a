#include "services/ocr/OcrbFont.h"

#include <opencv2/freetype.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstdlib>
#include <fstream>

namespace bd::ocr {

std::string OcrbFont::defaultPath()
{
    if (const char* env = std::getenv("BD_OCRB_FONT"); env && *env)
        return env;
    return "/usr/share/fonts/opentype/ocr-b/OCRB.otf";
}

OcrbFont::OcrbFont(const std::string& path)
{
    if (!std::ifstream(path).good())
        return;
    try {
        m_ft = cv::freetype::createFreeType2();
        m_ft->loadFontData(path, 0);
        int baseline = 0;
        const cv::Size h = m_ft->getTextSize("H", 100, -1, &baseline);
        if (h.height > 0)
            m_capRatio = h.height / 100.0;
        m_valid = true;
    } catch (const cv::Exception&) {
        m_ft.reset();
        m_valid = false;
    }
}

OcrbFont::~OcrbFont() = default;

void OcrbFont::drawMonospaced(cv::Mat& image,
    const std::string& text,
    double x0,
    double baselineY,
    double pitch,
    double capHeight,
    const cv::Scalar& color) const
{
    if (!m_valid)
        return;
    const int fontHeight = std::max(4, static_cast<int>(std::lround(capHeight / m_capRatio)));
    std::lock_guard lock(m_mutex);
    for (size_t i = 0; i < text.size(); ++i) {
        const std::string ch(1, text[i]);
        int baseline = 0;
        const cv::Size size = m_ft->getTextSize(ch, fontHeight, -1, &baseline);
        const double cx = x0 + (static_cast<double>(i) + 0.5) * pitch;
        const cv::Point org(
            static_cast<int>(std::lround(cx - size.width / 2.0)), static_cast<int>(std::lround(baselineY)));
        m_ft->putText(image, ch, org, fontHeight, color, -1, cv::LINE_AA, true);
    }
}

void OcrbFont::drawText(
    cv::Mat& image, const std::string& text, cv::Point origin, int capHeight, const cv::Scalar& color) const
{
    if (!m_valid || text.empty())
        return;
    const int fontHeight = std::max(4, static_cast<int>(std::lround(capHeight / m_capRatio)));
    std::lock_guard lock(m_mutex);
    m_ft->putText(image, text, origin, fontHeight, color, -1, cv::LINE_AA, true);
}

int OcrbFont::textWidth(const std::string& text, int capHeight) const
{
    if (!m_valid || text.empty())
        return 0;
    const int fontHeight = std::max(4, static_cast<int>(std::lround(capHeight / m_capRatio)));
    std::lock_guard lock(m_mutex);
    int baseline = 0;
    return m_ft->getTextSize(text, fontHeight, -1, &baseline).width;
}

} // namespace bd::ocr
