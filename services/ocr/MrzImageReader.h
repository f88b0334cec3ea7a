#pragma once

#include "services/core/Error.h"
#include "services/document/MrzRecord.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>

namespace bd::ocr {

// What reading a document image gave: the parsed MRZ (with the reader's choice among candidate
// readings already made by check digits), where the zone is, and how long it took.
struct MrzReading
{
    bool found = false; // an MRZ was located and recognised
    bd::document::MrzRecord record; // valid when found and every check digit passed
    QList<QPointF> box; // 4 corners of the zone in source-image pixels (TL, TR, BR, BL as read)
    QSize imageSize;
    int rotationDegrees = 0; // 0, 90, 180 or 270: the turn that made the zone upright
    double skewDegrees = 0.0;
    qint64 milliseconds = 0;
    bd::core::Error error; // code "ocr.unreadableImage" or "ocr.noMrz" when !found
};

// Reads the machine-readable zone from a photo or scan. Interface, so the UI and tests can use a
// fake; the OpenCV implementation is OpenCvMrzReader. Implementations are thread-safe for
// concurrent read calls (the UI runs them in a worker pool).
class MrzImageReader
{
public:
    virtual ~MrzImageReader() = default;
    virtual MrzReading readFile(const QString& path) const = 0;
    virtual MrzReading readEncoded(const QByteArray& encodedImage) const = 0; // PNG, JPEG, ...
};

} // namespace bd::ocr
