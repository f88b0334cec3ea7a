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
    cv::Matx23d toSource; // strip pixel -> source pixel
    int width = 0;
    int height = 0;
};

// Warps `cand` upright along its lineAngle (turned by 180 degrees when flipped) for `chars`
// characters per line in lineCount lines; nullopt when the strip would be implausibly small or
// large. The preprocessing before the segmenter: a neighbourhood much larger than the strip is
// shrunk first (anti-aliasing); a small zone is enlarged with cubic interpolation; a faint strip
// (its 1st and 99th grey percentiles close together) is stretched over the full grey range.
std::optional<UprightStrip> warpUpright(
    const cv::Mat& gray, const MrzCandidate& cand, int chars, int lineCount, bool flipped);

} // namespace bd::ocr
