#pragma once

#include "services/capture/OpenCvFrameSource.h"
#include "services/ocr/ImageHeader.h"

#include <opencv2/videoio.hpp>

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

#include <atomic>

namespace bd::capture {

// Lives on the capture thread: opens the source, reads on a timer, emits frames. Internal to
// OpenCvFrameSource.
class CaptureWorker : public QObject
{
    Q_OBJECT
public:
    CaptureWorker(OpenCvFrameSource::Spec spec, const bd::ocr::ImageLimits& limits, std::atomic<bool>* inFlight);

public slots:
    void begin();
    void end();

signals:
    void frameReady(const bd::capture::Frame& frame);
    void failed(const bd::core::Error& error);
    void done();

private:
    void handleTick();
    bool readNext(cv::Mat* image);

    OpenCvFrameSource::Spec m_spec;
    bd::ocr::ImageLimits m_limits;
    std::atomic<bool>* m_inFlight;
    cv::VideoCapture m_capture;
    QStringList m_files;
    qsizetype m_nextFile = 0;
    qint64 m_index = 0;
    int m_consecutiveFailures = 0;
    QElapsedTimer m_clock;
    QTimer* m_timer = nullptr;
};

} // namespace bd::capture
