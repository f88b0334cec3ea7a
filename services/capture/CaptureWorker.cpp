#include "services/capture/CaptureWorker.h"

#include "services/core/LogCategories.h"
#include "services/ocr/ImageHeader.h"

#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QDir>

#include <QFileInfo>
#include <cstring>

namespace bd::capture {
namespace {

Frame toFrame(const cv::Mat& image, qint64 index, qint64 timestampMs)
{
    cv::Mat bgr;
    if (image.channels() == 1)
        cv::cvtColor(image, bgr, cv::COLOR_GRAY2BGR);
    else if (image.channels() == 4)
        cv::cvtColor(image, bgr, cv::COLOR_BGRA2BGR);
    else
        bgr = image;
    if (bgr.depth() != CV_8U)
        bgr.convertTo(bgr, CV_8U);
    Frame frame;
    frame.width = bgr.cols;
    frame.height = bgr.rows;
    frame.stride = bgr.cols * 3;
    frame.bgr.resize(static_cast<qsizetype>(frame.stride) * bgr.rows);
    for (int y = 0; y < bgr.rows; ++y)
        std::memcpy(frame.bgr.data() + static_cast<qsizetype>(y) * frame.stride, bgr.ptr(y), frame.stride);
    frame.index = index;
    frame.timestampMs = timestampMs;
    return frame;
}

} // namespace

CaptureWorker::CaptureWorker(
    OpenCvFrameSource::Spec spec, const bd::ocr::ImageLimits& limits, std::atomic<bool>* inFlight)
    : m_spec(std::move(spec))
    , m_limits(limits)
    , m_inFlight(inFlight)
{
}

void CaptureWorker::begin()
{
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
    bool opened = false;
    QString what;
    try {
        switch (m_spec.kind) {
        case OpenCvFrameSource::Kind::Device:
            what = QStringLiteral("camera device %1").arg(m_spec.deviceIndex);
            opened = m_capture.open(m_spec.deviceIndex, cv::CAP_ANY);
            break;
        case OpenCvFrameSource::Kind::VideoFile:
            what = QStringLiteral("video file '%1'").arg(m_spec.path);
            opened = QFileInfo(m_spec.path).isReadable()
                && m_capture.open(QFile::encodeName(m_spec.path).toStdString(), cv::CAP_ANY);
            break;
        case OpenCvFrameSource::Kind::ImageFolder: {
            what = QStringLiteral("image folder '%1'").arg(m_spec.path);
            const QDir dir(m_spec.path);
            m_files = dir.entryList({ QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
                                        QStringLiteral("*.bmp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff") },
                QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
            for (QString& f : m_files)
                f = dir.filePath(f);
            opened = dir.exists() && !m_files.isEmpty();
            break;
        }
        }
    } catch (const cv::Exception& e) {
        qCWarning(lcCapture, "opening the source raised an OpenCV error: %s", e.what());
        opened = false;
    }
    if (opened && m_spec.kind != OpenCvFrameSource::Kind::ImageFolder) {
        // A camera or video states its frame size when opened: refuse one over the image limits.
        const auto width = static_cast<qint64>(m_capture.get(cv::CAP_PROP_FRAME_WIDTH));
        const auto height = static_cast<qint64>(m_capture.get(cv::CAP_PROP_FRAME_HEIGHT));
        if (width > 0 && height > 0) {
            if (const QString why = bd::ocr::checkDimensions(width, height, m_limits); !why.isEmpty()) {
                m_capture.release();
                emit failed({ QStringLiteral("capture.open"), QStringLiteral("cannot use %1: %2").arg(what, why), {} });
                emit done();
                return;
            }
        }
    }
    if (!opened) {
        emit failed({ QStringLiteral("capture.open"), QStringLiteral("cannot open %1").arg(what), {} });
        emit done();
        return;
    }
    qCInfo(lcCapture, "capture started (%d)", static_cast<int>(m_spec.kind));
    m_clock.start();
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    const double fps = m_spec.kind == OpenCvFrameSource::Kind::Device ? 60.0 : std::max(0.1, m_spec.framesPerSecond);
    m_timer->setInterval(static_cast<int>(1000.0 / fps));
    connect(m_timer, &QTimer::timeout, this, &CaptureWorker::handleTick);
    m_timer->start();
}

void CaptureWorker::end()
{
    if (m_timer)
        m_timer->stop();
    m_capture.release();
}

bool CaptureWorker::readNext(cv::Mat* image)
{
    if (m_spec.kind == OpenCvFrameSource::Kind::ImageFolder) {
        for (;;) {
            if (m_nextFile >= m_files.size()) {
                if (!m_spec.loop)
                    return false;
                m_nextFile = 0;
            }
            const QString path = m_files.at(m_nextFile++);
            // Read the bytes and check the header against the limits before decoding (a few kilobytes
            // of TIFF can declare gigabytes of pixels); the file name stays out of the message.
            QString why;
            QFile file(path);
            if (file.size() > m_limits.maxEncodedBytes)
                why = QStringLiteral("the file has %1 bytes, the limit is %2")
                          .arg(file.size())
                          .arg(m_limits.maxEncodedBytes);
            else if (!file.open(QIODevice::ReadOnly))
                why = QStringLiteral("cannot open the file: %1").arg(file.errorString());
            else
                *image = bd::ocr::decodeImage(file.readAll(), cv::IMREAD_COLOR, m_limits, &why);
            if (!image->empty())
                return true;
            emit failed({ QStringLiteral("capture.read"),
                QStringLiteral("cannot decode image %1 of the folder: %2").arg(m_nextFile).arg(why), {} });
            if (m_files.size() == 1 && m_spec.loop)
                return false; // a single refused image, looped, would be retried forever
        }
    }
    if (m_capture.read(*image) && !image->empty())
        return true;
    if (m_spec.kind == OpenCvFrameSource::Kind::VideoFile && m_spec.loop && m_index > 0) {
        m_capture.set(cv::CAP_PROP_POS_FRAMES, 0);
        return m_capture.read(*image) && !image->empty();
    }
    return false;
}

void CaptureWorker::handleTick()
{
    const bool isDevice = m_spec.kind == OpenCvFrameSource::Kind::Device;
    // A file or folder waits for the consumer (every frame matters); a camera drops frames instead.
    if (!isDevice && m_inFlight->load())
        return;
    cv::Mat image;
    bool ok = false;
    try {
        ok = readNext(&image);
    } catch (const cv::Exception& e) {
        qCWarning(lcCapture, "reading a frame raised an OpenCV error: %s", e.what());
    }
    if (!ok) {
        if (isDevice && ++m_consecutiveFailures < 30)
            return;
        if (isDevice)
            emit failed({ QStringLiteral("capture.read"), QStringLiteral("the camera stopped delivering frames"), {} });
        m_timer->stop();
        emit done();
        return;
    }
    m_consecutiveFailures = 0;
    if (const QString why = bd::ocr::checkDimensions(image.cols, image.rows, m_limits); !why.isEmpty()) {
        // A stream that changes its size mid-way: stop rather than pass on frames over the limit.
        emit failed({ QStringLiteral("capture.read"), QStringLiteral("a frame was refused: %1").arg(why), {} });
        m_timer->stop();
        emit done();
        return;
    }
    if (isDevice && m_inFlight->load())
        return; // consumer still busy with the previous frame: drop this one
    m_inFlight->store(true);
    emit frameReady(toFrame(image, m_index++, m_clock.elapsed()));
}

} // namespace bd::capture
