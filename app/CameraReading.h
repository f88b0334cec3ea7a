#pragma once

#include "services/capture/OpenCvFrameSource.h"

#include <QObject>

#include <memory>

namespace bd::capture {
class MrzFrameScanner;
struct Frame;
} // namespace bd::capture
namespace bd::ocr {
class OpenCvMrzReader;
}
namespace bd::ui {
class DocumentPage;
}

namespace bd::app {

// The Document page's Camera button, wired to the site's frame source (setting capture/source):
// pressing it opens the source and a scanner; frames are previewed, the first zone that the
// scanner reports is shown and starts the check, and the source is closed again. A failing source
// or a file source that ends without a zone stops the camera with the reason on the page.
// Each press starts a fresh scanner, so the same document can be read again for a new check.
class CameraReading : public QObject
{
    Q_OBJECT
public:
    CameraReading(const bd::capture::OpenCvFrameSource::Spec& spec,
        const bd::ocr::OpenCvMrzReader& reader,
        bd::ui::DocumentPage& page,
        QObject* parent = nullptr);
    ~CameraReading() override;

    // "camera 0", "video file.avi", "image folder scans" — for the button's tooltip (no path).
    static QString describe(const bd::capture::OpenCvFrameSource::Spec& spec);
    // A frame's bytes as an image for the screen (a deep copy: the frame may be released).
    static QImage toImage(const bd::capture::Frame& frame);

private:
    void start();
    void stop();

    bd::capture::OpenCvFrameSource::Spec m_spec;
    const bd::ocr::OpenCvMrzReader& m_reader;
    bd::ui::DocumentPage& m_page;
    // Children of this object; released with deleteLater because they stop from their own signals.
    bd::capture::OpenCvFrameSource* m_source = nullptr;
    bd::capture::MrzFrameScanner* m_scanner = nullptr;
    bool m_readOne = false;
};

} // namespace bd::app
