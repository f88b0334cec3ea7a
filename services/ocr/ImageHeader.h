#pragma once

#include <opencv2/core.hpp>

#include <QByteArray>
#include <QString>

namespace bd::ocr {

// Limits on an image before it is decoded (decompression bombs: a few kilobytes of TIFF can declare
// 30000 x 30000 pixels). Shared by the MRZ reader (files, scans) and the capture sources (image
// folders, video files, cameras).
struct ImageLimits
{
    qint64 maxEncodedBytes = 100LL << 20; // larger files are refused
    qint64 maxPixels = 120'000'000; // larger images (or decoder blocks) are refused
};

enum class ImageFormat
{
    Unknown, // no signature we know
    Refused, // a format OpenCV could decode but we do not accept (JPEG 2000, OpenEXR, DICOM, ...)
    Png,
    Jpeg,
    Tiff,
    Bmp,
    WebP,
    Pnm,
};

// What the header of an encoded image says, read without decoding.
struct ImageHeader
{
    ImageFormat format = ImageFormat::Unknown;
    QString formatName; // "PNG", "TIFF", ...; for Refused the refused format ("JPEG 2000")
    bool sized = false; // the header states the dimensions and they could be read
    qint64 width = 0;
    qint64 height = 0;
    qint64 blockPixels = 0; // TIFF: pixels of one tile or strip, which the decoder allocates at once
};

// Identifies the format by its signature and reads width and height from the header. Accepted
// formats: PNG, JPEG, TIFF (classic and BigTIFF), BMP, WebP (VP8, VP8L, VP8X), PNM (P1-P6).
ImageHeader readImageHeader(const QByteArray& bytes);

// Empty when `bytes` may be decoded under `limits`; otherwise why not, in words that name the format,
// the stated size and the limit (never image content). Unknown and refused formats, headers whose
// size cannot be read and sizes over the limit are all refused before any decoder runs.
QString checkImage(const QByteArray& bytes, const ImageLimits& limits);

// checkImage, then cv::imdecode with `flags`. An empty Mat and `*why` set when refused or undecodable.
cv::Mat decodeImage(const QByteArray& bytes, int flags, const ImageLimits& limits, QString* why);

// Empty when a decoded image (or a video/camera frame size) of width x height fits the limits.
QString checkDimensions(qint64 width, qint64 height, const ImageLimits& limits);

// "PNG, JPEG, TIFF, BMP, WebP, PNM"
QString acceptedImageFormats();

} // namespace bd::ocr
