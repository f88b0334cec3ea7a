#pragma once

#include <opencv2/core.hpp>

#include <optional>

namespace bd::ocr {

struct MrzCandidate;

// A candidate zone warped upright into a strip of about MrzZoneSegmenter::kTargetPitch pixels per
// character.
struct UprightStrip
{
    cv::Mat strip;
    cv::Matx33d toSource; // strip pixel -> source pixel (homogeneous; projective once rectified)
    int width = 0;
    int height = 0;
};

// Warps `cand` upright along its lineAngle (turned by 180 degrees when flipped) for `chars`
// characters per line in lineCount lines; nullopt when the strip would be implausibly small or
// large. The preprocessing before the segmenter: a neighbourhood much larger than the strip is
// shrunk first (anti-aliasing); a small zone is enlarged with cubic interpolation; a faint strip
// (its 1st and 99th grey percentiles close together) is stretched over the full grey range.
// `rectify` (strip pixel -> pixel of the plain upright strip, see outlineHomography) undoes the
// perspective of a page photographed at an angle in the same single warp from the source.
std::optional<UprightStrip> warpUpright(const cv::Mat& gray,
    const MrzCandidate& cand,
    int chars,
    int lineCount,
    bool flipped,
    const cv::Matx33d& rectify = cv::Matx33d::eye());

// The zone's outline in an upright strip, for perspective correction: in vertical slabs across the
// strip each of the lineCount text lines shows as a band of ink rows; each line's centre and
// height are fitted as straight lines along the strip, and its first and last ink columns found.
// The first line's top, the last line's bottom and the lines through the ends make the outline
// quadrilateral. When it differs from a rectangle by more than a few pixels (the lines converge
// or their ends lean: a page at an angle to the camera), returns the homography from a rectified
// strip of the same size (lines level, the pitch the same along them) to this one; nullopt when the
// zone is already rectangular or its outline cannot be measured with confidence.
std::optional<cv::Matx33d> outlineHomography(const cv::Mat& strip, int lineCount);

} // namespace bd::ocr
