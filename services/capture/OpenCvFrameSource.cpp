#include "services/capture/OpenCvFrameSource.h"

#include "services/capture/CaptureWorker.h"

namespace bd::capture {

OpenCvFrameSource::OpenCvFrameSource(Spec spec, QObject* parent)
    : FrameSource(parent)
    , m_spec(std::move(spec))
{
    qRegisterMetaType<bd::capture::Frame>();
    qRegisterMetaType<bd::core::Error>();
    m_thread.setObjectName(QStringLiteral("capture"));
}

OpenCvFrameSource::~OpenCvFrameSource()
{
    stop();
}

void OpenCvFrameSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_inFlight.store(false);
    m_worker = new CaptureWorker(m_spec, m_limits, &m_inFlight);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_worker, &CaptureWorker::begin);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CaptureWorker::frameReady, this, [this](const Frame& frame) {
        if (!m_spec.pull)
            m_inFlight.store(false);
        emit frameCaptured(frame);
    });
    connect(m_worker, &CaptureWorker::failed, this, &FrameSource::errorOccurred);
    connect(m_worker, &CaptureWorker::done, this, [this] {
        if (!m_running)
            return;
        stop();
    });
    m_thread.start();
}

void OpenCvFrameSource::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &CaptureWorker::end, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_worker = nullptr; // deleted by deleteLater when the thread finished
    emit finished();
}

void OpenCvFrameSource::requestFrame()
{
    m_inFlight.store(false);
}

bool OpenCvFrameSource::isRunning() const
{
    return m_running;
}

bool OpenCvFrameSource::parseSpec(const QString& text, Spec* spec, QString* error)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? text : text.left(colon);
    const QString value = colon < 0 ? QString() : text.mid(colon + 1);
    if (kind == QLatin1String("device")) {
        bool ok = false;
        const int index = value.isEmpty() ? 0 : value.toInt(&ok);
        if (!value.isEmpty() && (!ok || index < 0)) {
            *error = QStringLiteral("camera device must be a number from 0, found '%1'").arg(value);
            return false;
        }
        spec->kind = Kind::Device;
        spec->deviceIndex = index;
        return true;
    }
    if (kind == QLatin1String("video") || kind == QLatin1String("folder")) {
        if (value.isEmpty()) {
            *error = QStringLiteral("'%1:' needs a path").arg(kind);
            return false;
        }
        spec->kind = kind == QLatin1String("video") ? Kind::VideoFile : Kind::ImageFolder;
        spec->path = value;
        return true;
    }
    *error = QStringLiteral("unknown frame source '%1'; use device:N, video:PATH or folder:PATH").arg(text);
    return false;
}

} // namespace bd::capture
