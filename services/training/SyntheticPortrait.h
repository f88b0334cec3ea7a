#pragma once

#include <opencv2/core.hpp>

#include <QtGlobal>

namespace bd::model {
struct PersonData;
}

namespace bd::training {

// Portraits of synthetic travellers for the training scenarios: an ICAO-style head-and-shoulders
// picture (plain light background, centred face looking straight ahead, neutral expression, head
// about three quarters of the height), drawn from nothing but a seed. No real person's photo is
// used or imitated. Face shape, skin tone, hair style and colour, eyes, brows, nose, mouth, ears,
// neck and clothing all vary with the seed; the same seed always gives the same picture (on the
// same OpenCV build). Thread-safe: no shared state.
class SyntheticPortrait
{
public:
    // 35 x 45 mm at 300 dpi is 413 x 531; the default keeps that 7:9 aspect.
    static constexpr int kDefaultWidth = 420;
    static constexpr int kDefaultHeight = 540;

    // 8-bit BGR. size: at least 70 x 90 (smaller sizes are raised to that). Bit 0 of the seed
    // chooses masculine (1) or feminine (0) features; the other traits come from the whole seed.
    static cv::Mat render(quint32 seed, cv::Size size = { kDefaultWidth, kDefaultHeight });

    // The default face of a traveller: a stable hash of name, date of birth, sex and nationality
    // (not of the document, so one person keeps one face across documents). Never 0.
    static quint32 seedFor(const bd::model::PersonData& person);
};

} // namespace bd::training
