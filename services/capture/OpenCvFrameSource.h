#pragma once

#include "services/capture/FrameSource.h"
#include "services/ocr/ImageHeader.h"

#include <QString>
#include <QThread>

#include <atomic>

namespace bd::capture {

class CaptureWorker;

// FrameSource over OpenCV: a camera device (index), a video file, or a folder of images (sorted by
// name; .png .jpg .jpeg .bmp .tif .tiff). Reads on its own QThread; a slow consumer never stalls
// capture: at most one frame is in flight, newer frames replace an undelivered one (a camera must
// not build a queue of stale frames). Files and folders are paced at `framesPerSecond`.
class OpenCvFrameSource final : public FrameSource
{
    Q_OBJECT
public:
    enum class Kind
    {
        Device,
        VideoFile,
        ImageFolder
    };
    struct Spec
    {
        Kind kind = Kind::Device;
        int deviceIndex = 0;
        QString path;
        double framesPerSecond = 15.0;
        bool loop = false; // files and folders: start again at the end
        bool pull = false; // deliver a frame only after requestFrame() (see FrameSource)
    };

    explicit OpenCvFrameSource(Spec spec, QObject* parent = nullptr);
    ~OpenCvFrameSource() override;

    void start() override;
    void stop() override;
    bool isRunning() const override;
    void requestFrame() override;
    // Size limits for images of a folder (checked from the header before decoding) and for camera
    // and video frames (checked when opened and for every frame). Takes effect at the next start().
    void setLimits(const bd::ocr::ImageLimits& limits) { m_limits = limits; }

    // "device:0", "video:/path/file.avi", "folder:/path/dir"; an error names what is wrong.
    static bool parseSpec(const QString& text, Spec* spec, QString* error);
    // parseSpec without the result: the check Settings::load gets for capture/source.
    static bool checkSpec(const QString& text, QString* error)
    {
        Spec spec;
        return parseSpec(text, &spec, error);
    }

private:
    Spec m_spec;
    bd::ocr::ImageLimits m_limits;
    QThread m_thread;
    CaptureWorker* m_worker = nullptr; // lives in m_thread, deleted when the thread finishes
    std::atomic<bool> m_inFlight { false }; // a frame was emitted and not yet delivered
    bool m_running = false;
};

} // namespace bd::capture
