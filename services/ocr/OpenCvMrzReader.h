#pragma once

#include "services/ocr/MrzImageReader.h"

#include <opencv2/core.hpp>

#include <QDate>

#include <memory>

namespace bd::ocr {

class OcrbModel;

// MrzImageReader with OpenCV: MrzLocator finds candidate zones, each is warped upright (both
// 180-degree readings), cut into fixed-pitch cells by MrzZoneSegmenter, classified by the
// embedded OCR-B model (top-3 per cell), and the readings are chosen by MrzParser's check digits
// (with its confusable repair, then the classifier's alternatives). Thread-safe: read calls share
// only immutable state.
//
// The search, cheapest first: MrzLocator::locate()'s candidates (text near 0/90/180/270 degrees)
// are read in score order, stopping at a valid, confident reading; only when none of them read
// valid, MrzLocator::locateWider() adds candidates at any angle and from an enlarged small image,
// then the first candidates once more, all read the same way after them. The wider search's
// strips get a preprocessing before the segmenter (warpUpright, MrzUprightStrip.h): a small zone is
// enlarged with cubic interpolation and a faint strip is stretched to the full grey range (a first
// candidate is read again only when that changes its strip). Pages read in the first step are read
// exactly as before the wider search existed.
class OpenCvMrzReader final : public MrzImageReader
{
public:
    struct Options
    {
        QDate today; // for the parser's date checks; null = the current date
        qint64 maxEncodedBytes = 100LL << 20; // larger files are refused as unreadable
        qint64 maxPixels = 120'000'000; // larger images are refused as unreadable
    };

    OpenCvMrzReader();
    explicit OpenCvMrzReader(const Options& options);
    ~OpenCvMrzReader() override;

    bool isReady() const; // the embedded model loaded

    MrzReading readFile(const QString& path) const override;
    MrzReading readEncoded(const QByteArray& encodedImage) const override;
    // 8-bit grey, BGR or BGRA image.
    MrzReading read(const cv::Mat& image) const;

private:
    MrzReading readGray(const cv::Mat& gray) const;

    Options m_options;
    std::shared_ptr<const OcrbModel> m_model; // the OCR-B ensemble
    std::shared_ptr<const OcrbModel> m_fallbackModel; // zones not in OCR-B (look-alike monospace)
};

} // namespace bd::ocr
