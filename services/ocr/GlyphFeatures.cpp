#include "services/ocr/GlyphFeatures.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace bd::ocr {

void GlyphFeatures::compute(const cv::Mat& ink, cv::Point2f centre, float pitch, float top, float bottom, cv::Mat out)
{
    CV_Assert(ink.type() == CV_32F && out.type() == CV_32F && static_cast<int>(out.total()) == size());
    constexpr int patchW = kGridW * 2;
    constexpr int patchH = kGridH * 2;
    const float h = std::max(4.0f, bottom - top);
    const float winW = 1.1f * pitch;
    const float winH = 1.4f * h;
    const float x0 = centre.x - winW / 2;
    const float y0 = top - 0.2f * h;
    // Affine map from the window to the patch (scale + translate).
    const double sx = patchW / winW;
    const double sy = patchH / winH;
    const cv::Matx23d m(sx, 0, -x0 * sx, 0, sy, -y0 * sy);
    cv::Mat patch;
    cv::warpAffine(ink, patch, m, { patchW, patchH }, cv::INTER_LINEAR, cv::BORDER_CONSTANT, 0);

    float* dst = out.ptr<float>();
    cv::Mat grid;
    cv::resize(patch, grid, { kGridW, kGridH }, 0, 0, cv::INTER_AREA);
    for (int y = 0; y < kGridH; ++y)
        for (int x = 0; x < kGridW; ++x)
            *dst++ = grid.at<float>(y, x);

    cv::Mat gx, gy;
    cv::Sobel(patch, gx, CV_32F, 1, 0, 3);
    cv::Sobel(patch, gy, CV_32F, 0, 1, 3);
    float* hog = dst;
    std::fill(hog, hog + kHogCellsX * kHogCellsY * kHogBins, 0.0f);
    const int cellW = patchW / kHogCellsX;
    const int cellH = patchH / kHogCellsY;
    for (int y = 0; y < patchH; ++y) {
        const float* rx = gx.ptr<float>(y);
        const float* ry = gy.ptr<float>(y);
        const int cy = std::min(kHogCellsY - 1, y / cellH);
        for (int x = 0; x < patchW; ++x) {
            const float mag = std::sqrt(rx[x] * rx[x] + ry[x] * ry[x]);
            if (mag < 1e-3f)
                continue;
            float angle = std::atan2(ry[x], rx[x]); // -pi..pi
            if (angle < 0)
                angle += static_cast<float>(CV_PI);
            const int bin = std::min(kHogBins - 1, static_cast<int>(angle / static_cast<float>(CV_PI) * kHogBins));
            const int cx = std::min(kHogCellsX - 1, x / cellW);
            hog[(cy * kHogCellsX + cx) * kHogBins + bin] += mag;
        }
    }
    double norm = 0;
    for (int i = 0; i < kHogCellsX * kHogCellsY * kHogBins; ++i)
        norm += hog[i] * hog[i];
    const float scale = norm > 1e-6 ? static_cast<float>(2.0 / std::sqrt(norm)) : 0.0f;
    for (int i = 0; i < kHogCellsX * kHogCellsY * kHogBins; ++i)
        hog[i] *= scale;
}

} // namespace bd::ocr
