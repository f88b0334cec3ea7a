#pragma once

#include "services/capture/FrameSource.h"
#include "services/ocr/MrzImageReader.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <functional>

namespace bd::ocr {
class OpenCvMrzReader;
}

namespace bd::capture {

// Reads the MRZ from a stream of frames (camera, video file, image folder). Recognition runs in the
// worker pool, never on the receiver's thread. A live camera sees the same document in many frames:
// a document is reported once, when `agreement` consecutive frames give the same valid zone, and
// again only after it has left the view (`absenceFrames` frames without that zone). With a pull-mode
// source (files, folders) every frame is read: the scanner asks for the next one when it is free;
// otherwise frames that arrive while recognition is busy are dropped (a camera's stale frames).
class MrzFrameScanner : public QObject
{
    Q_OBJECT
public:
    using ReadFrame = std::function<bd::ocr::MrzReading(const Frame&)>;
    struct Options
    {
        int agreement = 2; // consecutive identical valid readings before a document is reported
        int absenceFrames = 5; // frames without the reported zone before it may be reported again
        bool pull = false; // the source is in pull mode: request each next frame

        // A live camera: agreement of 2 frames, 5 frames of absence, push mode. Files and folders
        // (every frame a different still): each valid frame counts, pull mode.
        static Options forSource(bool liveCamera)
        {
            return liveCamera ? Options { 2, 5, false } : Options { 1, 1, true };
        }
    };

    MrzFrameScanner(FrameSource& source, ReadFrame read, Options options, QObject* parent = nullptr);
    ~MrzFrameScanner() override;

    int framesSeen() const { return m_seen; }
    int framesRead() const { return m_read; }
    int framesDropped() const { return m_dropped; }

signals:
    void frameRead(const bd::capture::Frame& frame, const bd::ocr::MrzReading& reading); // every recognised frame
    void documentRead(const bd::capture::Frame& frame, const bd::ocr::MrzReading& reading);
    void idle(); // the source finished and every queued frame was read

private:
    void handleFrame(const Frame& frame);
    void handleRead();

    FrameSource& m_source;
    ReadFrame m_readFrame;
    Options m_options;
    QFutureWatcher<bd::ocr::MrzReading> m_watcher;
    Frame m_current;
    bool m_sourceFinished = false;
    QStringList m_candidate; // lines of the last valid reading
    int m_candidateCount = 0;
    QStringList m_reported; // zone reported and possibly still in view
    int m_absent = 0;
    int m_seen = 0;
    int m_read = 0;
    int m_dropped = 0;
};

// Reads a frame with the OpenCV reader through a zero-copy view of the frame's bytes. The reader
// must outlive the returned function.
MrzFrameScanner::ReadFrame openCvFrameReader(const bd::ocr::OpenCvMrzReader& reader);

} // namespace bd::capture

Q_DECLARE_METATYPE(bd::ocr::MrzReading)
