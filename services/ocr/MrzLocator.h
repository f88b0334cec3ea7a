#pragma once

#include <opencv2/core.hpp>

#include <vector>

namespace bd::ocr {

// A place that may hold the machine-readable zone: a turned rectangle around 2 or 3 long parallel
// text lines of equal length, in the coordinates of the grey image given to locate().
struct MrzCandidate
{
    cv::RotatedRect zone; // size.width along the lines, size.height across them
    double lineAngle = 0; // degrees, direction of the text lines (mod 180), image coordinates
    int lineCount = 0; // 2 or 3 when lines were seen separately, 0 for a merged band
    double lineHeight = 0; // thickness of one line bar (about the capital height)
    double score = 0;
};

// Finds MRZ candidates anywhere on a page, in any orientation (0/90/180/270 with skew): dark text
// is isolated with a morphological black-hat, characters are joined into line bars by closing along
// two directions, bars are measured with minAreaRect, and runs of 2-3 equally long, parallel,
// evenly spaced bars become candidates (best first).
class MrzLocator
{
public:
    static std::vector<MrzCandidate> locate(const cv::Mat& gray, int maxCandidates = 6);
};

} // namespace bd::ocr
