#pragma once

#include <QByteArray>
#include <QMetaType>

namespace bd::capture {

// One captured frame as plain bytes, so it can cross to the UI (which never sees cv::Mat):
// 8-bit BGR, rows of `stride` bytes. Implicitly shared (QByteArray), cheap to pass by value.
struct Frame
{
    QByteArray bgr;
    int width = 0;
    int height = 0;
    int stride = 0;
    qint64 index = -1; // 0-based position in the source
    qint64 timestampMs = 0; // since the source started
    bool isNull() const { return bgr.isEmpty(); }
};

} // namespace bd::capture

Q_DECLARE_METATYPE(bd::capture::Frame)
