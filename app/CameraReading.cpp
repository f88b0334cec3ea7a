#include "app/CameraReading.h"

#include "services/capture/MrzFrameScanner.h"
#include "services/core/LogCategories.h"
#include "services/ocr/OpenCvMrzReader.h"
#include "ui/DocumentPage.h"

#include <QFileInfo>
#include <QImage>

#include <utility>

namespace bd::app {

using bd::capture::OpenCvFrameSource;

CameraReading::CameraReading(const OpenCvFrameSource::Spec& spec,
    const bd::ocr::OpenCvMrzReader& reader,
    bd::ui::DocumentPage& page,
    QObject* parent)
    : QObject(parent)
    , m_spec(spec)
    , m_reader(reader)
    , m_page(page)
{
    m_page.setCameraAvailable(describe(spec));
    connect(&m_page, &bd::ui::DocumentPage::cameraToggled, this, [this](bool on) {
        if (on)
            start();
        else
            stop();
    });
}

CameraReading::~CameraReading()
{
    // The scanner's worker reads with m_reader: wait for it before the reader goes.
    delete m_scanner;
    delete m_source;
}

QString CameraReading::describe(const OpenCvFrameSource::Spec& spec)
{
    switch (spec.kind) {
    case OpenCvFrameSource::Kind::Device:
        return tr("camera %1").arg(spec.deviceIndex);
    case OpenCvFrameSource::Kind::VideoFile:
        return tr("video %1").arg(QFileInfo(spec.path).fileName());
    case OpenCvFrameSource::Kind::ImageFolder:
        return tr("image folder %1").arg(QFileInfo(spec.path).fileName());
    }
    return {};
}

QImage CameraReading::toImage(const bd::capture::Frame& frame)
{
    if (frame.isNull())
        return {};
    return QImage(reinterpret_cast<const uchar*>(frame.bgr.constData()), frame.width, frame.height, frame.stride,
        QImage::Format_BGR888)
        .copy();
}

void CameraReading::start()
{
    stop();
    const bool live = m_spec.kind == OpenCvFrameSource::Kind::Device;
    OpenCvFrameSource::Spec spec = m_spec;
    spec.pull = !live;
    m_readOne = false;
    m_source = new OpenCvFrameSource(spec, this);
    m_scanner = new bd::capture::MrzFrameScanner(*m_source, bd::capture::openCvFrameReader(m_reader),
        bd::capture::MrzFrameScanner::Options::forSource(live), this);
    connect(m_source, &bd::capture::FrameSource::frameCaptured, &m_page,
        [this](const bd::capture::Frame& frame) { m_page.showCameraFrame(toImage(frame)); });
    connect(m_scanner, &bd::capture::MrzFrameScanner::documentRead, this,
        [this](const bd::capture::Frame& frame, const bd::ocr::MrzReading& reading) {
            if (m_readOne)
                return;
            m_readOne = true;
            qCInfo(lcApp, "camera: zone read in frame %lld", static_cast<long long>(frame.index));
            m_page.showCameraReading(toImage(frame), reading);
            stop();
        });
    connect(m_source, &bd::capture::FrameSource::errorOccurred, this, [this](const bd::core::Error& error) {
        qCWarning(lcApp, "camera: %s", qPrintable(error.code));
        m_page.showCameraStopped(error);
        stop();
    });
    connect(m_scanner, &bd::capture::MrzFrameScanner::idle, this, [this] {
        // A file or folder ended (a camera only ends when stopped).
        if (!m_readOne && m_page.isCameraRunning())
            m_page.showCameraStopped({ QStringLiteral("ocr.noMrz"), QStringLiteral("no zone in the frames"), {} });
        stop();
    });
    qCInfo(lcApp, "camera: started");
    m_source->start();
}

void CameraReading::stop()
{
    if (!m_source)
        return;
    // Detach first: stopping emits finished, which may bring us back here through the scanner.
    auto* source = std::exchange(m_source, nullptr);
    auto* scanner = std::exchange(m_scanner, nullptr);
    source->stop();
    // Both may be in the middle of emitting the signal that brought us here.
    scanner->deleteLater();
    source->deleteLater();
}

} // namespace bd::app
