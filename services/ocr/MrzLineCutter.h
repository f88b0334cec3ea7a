#pragma once

#include "services/ocr/MrzZoneSegmenter.h"

#include <opencv2/core.hpp>

namespace bd::ocr {

// The second half of MrzZoneSegmenter::segment: cuts one text line of a deskewed strip into its
// fixed-pitch character cells. Finds the line's glyph components, its cap height and baseline and
// the glyph centres, counts pitches along the line to place the window of charsPerLine cells (every
// MRZ position holds a glyph, fillers included), fits the cell grid and computes each cell's
// features.
class MrzLineCutter
{
public:
    // The core rows of one text line in the strip.
    struct Rows
    {
        int start = 0;
        int end = 0; // exclusive
    };

    // Where a zone's ink extends, in strip pixels (widened by each line cut).
    struct Extent
    {
        float left = 1e9f;
        float right = -1e9f;
        float top = 1e9f;
        float bottom = -1e9f;
    };

    // ink: the strip's ink map (contrast normalised), binary: its threshold, both deskewed; h0: the
    // expected capital height. Returns false when the line does not hold charsPerLine cells.
    static bool cut(const cv::Mat& ink,
        const cv::Mat& binary,
        Rows rows,
        int charsPerLine,
        float h0,
        MrzSegmentedLine& line,
        Extent& extent);
};

} // namespace bd::ocr
