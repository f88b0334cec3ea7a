#pragma once

#include <opencv2/core.hpp>
#include <opencv2/ml.hpp>

#include <QByteArray>
#include <QString>

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

// The OCR-B character classifier: a small ensemble of OpenCV ANN_MLPs over GlyphFeatures, each
// trained at build time by bd_ocr_train from its own seed and embedded as a resource
// :/ocr/ocrb-mlp-SEED.yml. The members' softmax probabilities are averaged: one network's quirks
// (which vary with the seed and with the build machine's floating point) are outvoted by the others.
// Prediction is const and thread-safe (ANN_MLP::predict keeps no state between calls).
class OcrbModel
{
public:
    static cv::Ptr<cv::ml::ANN_MLP> createNetwork(); // the untrained topology (shared with the trainer)

    OcrbModel(); // loads every embedded member of the OCR-B ensemble (ocrb-mlp-*.yml)
    // The embedded members whose resource names match `pattern`, e.g. "mono-mlp-*.yml" (the fallback
    // classifier for zones not printed in OCR-B).
    static std::vector<QByteArray> embedded(const QString& pattern);
    explicit OcrbModel(const QByteArray& yaml);
    explicit OcrbModel(const std::vector<QByteArray>& members);

    bool isValid() const { return m_valid; }
    int memberCount() const { return static_cast<int>(m_mlps.size()); }

    // features: one row per cell. Returns the top three alternatives per row (softmax probabilities).
    std::vector<GlyphReading> classify(const cv::Mat& features) const;

private:
    std::vector<cv::Ptr<cv::ml::ANN_MLP>> m_mlps;
    bool m_valid = false;
};

} // namespace bd::ocr
