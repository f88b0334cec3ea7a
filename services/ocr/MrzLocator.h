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
    // Which search found it: locate(), locateWider() (a turned mask or an enlarged image), or
    // locate()'s again, read a second time with the wider search's preprocessing (see
    // OpenCvMrzReader).
    enum class Search
    {
        First,
        Wider,
        Again
    };
    Search search = Search::First;
};

// Finds MRZ candidates anywhere on a page: dark text is isolated with a morphological black-hat,
// characters are joined into line bars by closing along two directions, bars are measured with
// minAreaRect, and runs of 2-3 equally long, parallel, evenly spaced bars become candidates (best
// first); where lines are too close to separate, long filled bands are candidates too.
//
// The search has two steps, so that the common page pays only for the first:
// - locate(): the closings run along the image's rows and columns, at the working scale (long side
//   at most 1100 px) and at half of it: text within about 22 degrees of 0/90/180/270 (the page
//   held roughly upright or sideways), characters about 6-50 px tall at the working scale.
// - locateWider(), when none of locate()'s candidates read: the text mask turned by 30 and 60
//   degrees before the same closings (with the axes, every text direction is within 15 degrees of
//   a closing direction: any angle over the full circle), and an image whose long side is below
//   800 px enlarged with cubic interpolation first (a whole page a few hundred pixels wide, the
//   characters a few pixels tall), searched along the axes too. Candidates near locate()'s are
//   left out. The reader warps each candidate upright along its lineAngle, both ways round.
class MrzLocator
{
public:
    static std::vector<MrzCandidate> locate(const cv::Mat& gray, int maxCandidates = 6);
    // The wider search (see above): candidates not near `known`, best first (Search::Wider).
    static std::vector<MrzCandidate> locateWider(
        const cv::Mat& gray, const std::vector<MrzCandidate>& known, int maxCandidates = 6);
};

} // namespace bd::ocr
