#pragma once

#include "services/capture/Frame.h"
#include "services/core/Error.h"

#include <QObject>

namespace bd::capture {

// A stream of frames from a camera, a video file or a folder of images. Capture runs on a worker
// thread owned by the implementation; frames arrive as queued signals on the receiver's thread.
class FrameSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~FrameSource() override = default;

    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    // Pull mode (a consumer slower than the source, e.g. OCR over a folder): the next frame is
    // delivered only after this call. No-op for sources without pull mode.
    virtual void requestFrame() { }

signals:
    void frameCaptured(const bd::capture::Frame& frame);
    void errorOccurred(const bd::core::Error& error); // codes "capture.open", "capture.read"
    void finished(); // end of file/folder, or stopped
};

} // namespace bd::capture
