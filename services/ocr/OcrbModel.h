#pragma once

#include <opencv2/core.hpp>
#include <opencv2/ml.hpp>

#include <QByteArray>

#include <array>
#include <vector>

namespace bd::ocr {

// One reading of a character cell: the class (index into kMrzAlphabet) and its probability.
struct GlyphAlternative
{
    char character = '<';
    float probability = 0;
};

using GlyphReading = std::array<GlyphAlternative, 3>; // best first

// The OCR-B character classifier: an OpenCV ANN_MLP over GlyphFeatures, trained at build time by
// bd_ocr_train and embedded as the resource :/ocr/ocrb-mlp.yml. Prediction is const and
// thread-safe (ANN_MLP::predict keeps no state between calls).
class OcrbModel
{
public:
    static cv::Ptr<cv::ml::ANN_MLP> createNetwork(); // the untrained topology (shared with the trainer)

    OcrbModel(); // loads the embedded model
    explicit OcrbModel(const QByteArray& yaml);

    bool isValid() const { return m_valid; }

    // features: one row per cell. Returns the top three alternatives per row (softmax probabilities).
    std::vector<GlyphReading> classify(const cv::Mat& features) const;

private:
    cv::Ptr<cv::ml::ANN_MLP> m_mlp;
    bool m_valid = false;
};

} // namespace bd::ocr
