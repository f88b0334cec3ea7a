#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace bd::ocr {

// One text line of an upright MRZ strip, cut into its fixed-pitch character cells.
struct MrzSegmentedLine
{
    std::vector<cv::Point2f> centres; // cell centres in strip pixels
    cv::Mat features; // one row of GlyphFeatures::size() floats per cell
    float pitch = 0;
    float capHeight = 0;
};

struct MrzSegmentedZone
{
    std::vector<MrzSegmentedLine> lines;
    double residualAngle = 0; // degrees the strip content was still turned (already compensated)
    cv::Rect2f inkBounds; // extent of the zone's ink in strip pixels (after compensation)
};

// Finds the 2 or 3 lines of an upright MRZ strip (grey, dark ink) and cuts each into cells using the
// known character count per line (30, 36 or 44): MRZ text is monospaced and every position holds a
// glyph (fillers included), so the first and last glyph fix the pitch and connected components
// refine it. The same code cuts the training lines, so training and reading see identical cells.
class MrzZoneSegmenter
{
public:
    static constexpr float kTargetPitch = 20.0f; // strips are scaled so the pitch is about this

    // expectedLines: 2 or 3, or 0 to accept either. Returns false when the strip does not hold that
    // many plausible text lines.
    static bool segment(const cv::Mat& stripGray, int charsPerLine, int expectedLines, MrzSegmentedZone& zone);

    // The ink map used for features: background flattened, ink bright (CV_32F, 0..1).
    static cv::Mat inkMap(const cv::Mat& stripGray, float capHeight);
    // The ink map and its Otsu threshold (255 = ink). False when the contrast is too low (Otsu on a
    // nearly empty strip picks noise).
    static bool binarise(const cv::Mat& stripGray, float capHeight, cv::Mat& ink, cv::Mat& binary);
};

} // namespace bd::ocr
