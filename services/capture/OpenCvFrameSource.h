#pragma once

#include "services/capture/FrameSource.h"

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

    // "device:0", "video:/path/file.avi", "folder:/path/dir"; an error names what is wrong.
    static bool parseSpec(const QString& text, Spec* spec, QString* error);

private:
    Spec m_spec;
    QThread m_thread;
    CaptureWorker* m_worker = nullptr; // lives in m_thread, deleted when the thread finishes
    std::atomic<bool> m_inFlight {false}; // a frame was emitted and not yet delivered
    bool m_running = false;
};

} // namespace bd::capture
