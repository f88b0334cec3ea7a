#pragma once

#include <opencv2/core.hpp>

namespace bd::ocr {

// Feature vector of one MRZ character cell: the ink of a window one pitch wide and slightly taller
// than the capitals, resampled to a fixed grid (area averaging), plus a coarse gradient-orientation
// histogram. Size and position stay meaningful (the window follows the line, not the glyph), so '<'
// and '-like shapes are not blown up to full height.
class GlyphFeatures
{
public:
    static constexpr int kGridW = 12;
    static constexpr int kGridH = 16;
    static constexpr int kHogCellsX = 3;
    static constexpr int kHogCellsY = 4;
    static constexpr int kHogBins = 8;
    static constexpr int size() { return kGridW * kGridH + kHogCellsX * kHogCellsY * kHogBins; }

    // ink: CV_32F ink map (0..1, ink bright). centre: cell centre; top/bottom: cap line and baseline
    // at that x. Writes size() floats into out (a 1 x size() CV_32F row).
    static void compute(const cv::Mat& ink, cv::Point2f centre, float pitch, float top, float bottom, cv::Mat out);
};

} // namespace bd::ocr
