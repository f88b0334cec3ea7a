#include "services/ocr/OcrbModel.h"

#include "services/ocr/GlyphFeatures.h"
#include "services/ocr/MrzCharset.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace bd::ocr {

cv::Ptr<cv::ml::ANN_MLP> OcrbModel::createNetwork()
{
    cv::Ptr<cv::ml::ANN_MLP> mlp = cv::ml::ANN_MLP::create();
    const cv::Mat layers = (cv::Mat_<int>(1, 3) << GlyphFeatures::size(), 80, kMrzClassCount);
    mlp->setLayerSizes(layers);
    mlp->setActivationFunction(cv::ml::ANN_MLP::SIGMOID_SYM, 1.0, 1.0);
    mlp->setTrainMethod(cv::ml::ANN_MLP::RPROP, 0.1);
    mlp->setTermCriteria(cv::TermCriteria(cv::TermCriteria::MAX_ITER + cv::TermCriteria::EPS, 100, 1e-5));
    return mlp;
}

OcrbModel::OcrbModel()
{
    QFile file(QStringLiteral(":/ocr/ocrb-mlp.yml"));
    if (file.open(QIODevice::ReadOnly))
        *this = OcrbModel(file.readAll());
}

OcrbModel::OcrbModel(const QByteArray& yaml)
{
    if (yaml.isEmpty())
        return;
    try {
        m_mlp = cv::Algorithm::loadFromString<cv::ml::ANN_MLP>(yaml.toStdString());
        m_valid = m_mlp && m_mlp->isTrained() && m_mlp->getLayerSizes().at<int>(0) == GlyphFeatures::size();
    } catch (const cv::Exception&) {
        m_mlp.reset();
        m_valid = false;
    }
}

std::vector<GlyphReading> OcrbModel::classify(const cv::Mat& features) const
{
    std::vector<GlyphReading> out;
    if (!m_valid || features.empty())
        return out;
    cv::Mat response;
    m_mlp->predict(features, response);
    out.reserve(static_cast<size_t>(response.rows));
    for (int r = 0; r < response.rows; ++r) {
        const float* v = response.ptr<float>(r);
        float maxV = v[0];
        for (int c = 1; c < kMrzClassCount; ++c)
            maxV = std::max(maxV, v[c]);
        std::array<float, kMrzClassCount> p{};
        float sum = 0;
        for (int c = 0; c < kMrzClassCount; ++c) {
            p[static_cast<size_t>(c)] = std::exp(8.0f * (v[c] - maxV));
            sum += p[static_cast<size_t>(c)];
        }
        GlyphReading reading;
        std::array<int, kMrzClassCount> idx{};
        for (int c = 0; c < kMrzClassCount; ++c)
            idx[static_cast<size_t>(c)] = c;
        std::partial_sort(idx.begin(), idx.begin() + 3, idx.end(),
                          [&p](int a, int b) { return p[static_cast<size_t>(a)] > p[static_cast<size_t>(b)]; });
        for (size_t k = 0; k < 3; ++k)
            reading[k] = {kMrzAlphabet[static_cast<size_t>(idx[k])], p[static_cast<size_t>(idx[k])] / sum};
        out.push_back(reading);
    }
    return out;
}

} // namespace bd::ocr
