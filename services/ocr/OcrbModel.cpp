#include "services/ocr/OcrbModel.h"

#include "services/ocr/GlyphFeatures.h"
#include "services/ocr/MrzCharset.h"

#include <QDir>
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

std::vector<QByteArray> OcrbModel::embedded(const QString& pattern)
{
    std::vector<QByteArray> members;
    const QDir dir(QStringLiteral(":/ocr"));
    for (const QString& name : dir.entryList({ pattern }, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            members.push_back(file.readAll());
    }
    return members;
}

OcrbModel::OcrbModel()
    : OcrbModel(embedded(QStringLiteral("ocrb-mlp-*.yml")))
{
}

OcrbModel::OcrbModel(const QByteArray& yaml)
    : OcrbModel(std::vector<QByteArray> { yaml })
{
}

OcrbModel::OcrbModel(const std::vector<QByteArray>& members)
{
    for (const QByteArray& yaml : members) {
        if (yaml.isEmpty())
            return;
        try {
            cv::Ptr<cv::ml::ANN_MLP> mlp = cv::Algorithm::loadFromString<cv::ml::ANN_MLP>(yaml.toStdString());
            if (!mlp || !mlp->isTrained())
                return;
            const cv::Mat layers = mlp->getLayerSizes(); // a row or a column, depending on how it was made
            if (layers.total() < 2 || layers.at<int>(0) != GlyphFeatures::size()
                || layers.at<int>(static_cast<int>(layers.total()) - 1) != kMrzClassCount)
                return;
            m_mlps.push_back(mlp);
        } catch (const cv::Exception&) {
            m_mlps.clear();
            return;
        }
    }
    m_valid = !m_mlps.empty() && m_mlps.size() == members.size();
    if (!m_valid)
        m_mlps.clear();
}

std::vector<GlyphReading> OcrbModel::classify(const cv::Mat& features) const
{
    std::vector<GlyphReading> out;
    if (!m_valid || features.empty())
        return out;
    // Per member a softmax over its outputs; the ensemble's probability is the members' mean.
    cv::Mat mean = cv::Mat::zeros(features.rows, kMrzClassCount, CV_32F);
    for (const cv::Ptr<cv::ml::ANN_MLP>& mlp : m_mlps) {
        cv::Mat response;
        mlp->predict(features, response);
        for (int r = 0; r < response.rows; ++r) {
            const float* v = response.ptr<float>(r);
            float* m = mean.ptr<float>(r);
            float maxV = v[0];
            for (int c = 1; c < kMrzClassCount; ++c)
                maxV = std::max(maxV, v[c]);
            std::array<float, kMrzClassCount> p {};
            float sum = 0;
            for (int c = 0; c < kMrzClassCount; ++c) {
                p[static_cast<size_t>(c)] = std::exp(8.0f * (v[c] - maxV));
                sum += p[static_cast<size_t>(c)];
            }
            for (int c = 0; c < kMrzClassCount; ++c)
                m[c] += p[static_cast<size_t>(c)] / sum / static_cast<float>(m_mlps.size());
        }
    }
    out.reserve(static_cast<size_t>(mean.rows));
    for (int r = 0; r < mean.rows; ++r) {
        const float* p = mean.ptr<float>(r);
        std::array<int, kMrzClassCount> idx {};
        for (int c = 0; c < kMrzClassCount; ++c)
            idx[static_cast<size_t>(c)] = c;
        std::partial_sort(idx.begin(), idx.begin() + 3, idx.end(), [p](int a, int b) { return p[a] > p[b]; });
        GlyphReading reading;
        for (size_t k = 0; k < 3; ++k)
            reading[k] = { kMrzAlphabet[static_cast<size_t>(idx[k])], p[idx[k]] };
        out.push_back(reading);
    }
    return out;
}

} // namespace bd::ocr
