#include "services/ocr/ImageHeader.h"

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>

namespace bd::ocr {

namespace {

// Bounds-checked little- and big-endian reads: a read past the end returns false (or 0 for at()).
class Bytes
{
public:
    explicit Bytes(const QByteArray& bytes)
        : m_data(reinterpret_cast<const unsigned char*>(bytes.constData()))
        , m_size(static_cast<quint64>(bytes.size()))
    {
    }
    quint64 size() const { return m_size; }
    bool has(quint64 offset, quint64 count) const { return offset <= m_size && count <= m_size - offset; }
    unsigned char at(quint64 offset) const { return has(offset, 1) ? m_data[offset] : 0; }
    bool startsWith(quint64 offset, const char* text, quint64 count) const
    {
        if (!has(offset, count))
            return false;
        return std::equal(m_data + offset, m_data + offset + count, reinterpret_cast<const unsigned char*>(text));
    }
    // Unsigned integer of `count` (1..8) bytes; false when out of range.
    bool read(quint64 offset, int count, bool bigEndian, quint64* value) const
    {
        if (!has(offset, static_cast<quint64>(count)))
            return false;
        quint64 v = 0;
        for (int i = 0; i < count; ++i) {
            const quint64 b = m_data[offset + static_cast<quint64>(bigEndian ? i : count - 1 - i)];
            v = (v << 8) | b;
        }
        *value = v;
        return true;
    }

private:
    const unsigned char* m_data;
    quint64 m_size;
};

ImageHeader header(ImageFormat format, const char* name)
{
    ImageHeader h;
    h.format = format;
    h.formatName = QString::fromLatin1(name);
    return h;
}

ImageHeader sized(ImageHeader h, qint64 width, qint64 height)
{
    h.sized = true;
    h.width = width;
    h.height = height;
    return h;
}

ImageHeader png(const Bytes& b)
{
    ImageHeader h = header(ImageFormat::Png, "PNG");
    quint64 w = 0;
    quint64 ht = 0;
    // Signature (8), then the first chunk must be IHDR: length (4), type (4), width (4), height (4).
    if (!b.startsWith(12, "IHDR", 4) || !b.read(16, 4, true, &w) || !b.read(20, 4, true, &ht))
        return h;
    return sized(h, static_cast<qint64>(w), static_cast<qint64>(ht));
}

bool isJpegFrameMarker(unsigned char m)
{
    return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

ImageHeader jpeg(const Bytes& b)
{
    ImageHeader h = header(ImageFormat::Jpeg, "JPEG");
    // Walk the marker segments as libjpeg does (garbage and fill bytes skipped) up to the first frame
    // header; a scan before any frame header, or a truncated segment, leaves the size unknown.
    quint64 i = 2;
    while (b.has(i, 2)) {
        if (b.at(i) != 0xFF || b.at(i + 1) == 0xFF) {
            ++i;
            continue;
        }
        const unsigned char marker = b.at(i + 1);
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
            i += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA)
            return h; // end of image or start of scan before a frame header
        quint64 length = 0;
        if (!b.read(i + 2, 2, true, &length) || length < 2)
            return h;
        if (isJpegFrameMarker(marker)) {
            quint64 w = 0;
            quint64 ht = 0;
            if (length < 8 || !b.read(i + 5, 2, true, &ht) || !b.read(i + 7, 2, true, &w))
                return h;
            return sized(h, static_cast<qint64>(w), static_cast<qint64>(ht));
        }
        i += 2 + length;
    }
    return h;
}

// Where the first image file directory of a TIFF lies and how to read its entries.
struct TiffIfd
{
    bool big = false; // big-endian ("MM")
    bool bigTiff = false; // BigTIFF (version 43): 8-byte counts and values
    quint64 entries = 0; // offset of the first entry
    quint64 count = 0; // number of entries
    quint64 entrySize = 12;
    int valueSize = 4;
};

// Reads the TIFF header (classic or BigTIFF) and locates the first IFD; false when the header is
// malformed or the IFD's entries do not all lie in the file (at most 65535 of them).
bool firstIfd(const Bytes& b, TiffIfd& d)
{
    d.big = b.at(0) == 'M';
    quint64 version = 0;
    if (!b.read(2, 2, d.big, &version))
        return false;
    d.bigTiff = version == 43;
    quint64 ifd = 0;
    d.entrySize = d.bigTiff ? 20 : 12;
    d.valueSize = d.bigTiff ? 8 : 4;
    if (d.bigTiff) {
        quint64 offsetSize = 0;
        if (!b.read(4, 2, d.big, &offsetSize) || offsetSize != 8 || !b.read(8, 8, d.big, &ifd)
            || !b.read(ifd, 8, d.big, &d.count))
            return false;
        ifd += 8;
    } else {
        if (version != 42 || !b.read(4, 4, d.big, &ifd) || !b.read(ifd, 2, d.big, &d.count))
            return false;
        ifd += 2;
    }
    d.entries = ifd;
    return d.count != 0 && d.count <= 65535 && b.has(ifd, d.count * d.entrySize);
}

// Byte size of a TIFF field type libtiff converts to an integer (BYTE, SHORT, LONG, SBYTE, SSHORT,
// SLONG, LONG8, SLONG8); 0 for any other type.
int tiffIntegerSize(quint64 type)
{
    switch (type) {
    case 1:
    case 6:
        return 1;
    case 3:
    case 8:
        return 2;
    case 4:
    case 9:
        return 4;
    case 16:
    case 17:
        return 8;
    default:
        return 0;
    }
}

// The size tags of a TIFF IFD: image width and length, rows per strip, tile width and length.
struct TiffSizeTags
{
    quint64 width = 0;
    quint64 height = 0;
    quint64 tileWidth = 0;
    quint64 tileLength = 0;
    quint64 rowsPerStrip = 0;
    bool tiled = false;
    bool haveWidth = false;
    bool haveHeight = false;
};

// Reads IFD entry e into `tags` when it is a size tag (other tags are skipped). False when a size
// tag has a type libtiff refuses, more than one value, or a value outside the file: the header is
// refused then, as the decoder would.
bool readSizeEntry(const Bytes& b, const TiffIfd& d, quint64 e, TiffSizeTags& tags)
{
    const quint64 at = d.entries + e * d.entrySize;
    quint64 tag = 0;
    quint64 type = 0;
    quint64 n = 0;
    b.read(at, 2, d.big, &tag);
    b.read(at + 2, 2, d.big, &type);
    b.read(at + 4, d.bigTiff ? 8 : 4, d.big, &n);
    if (tag != 256 && tag != 257 && tag != 278 && tag != 322 && tag != 323)
        return true;
    const int size = tiffIntegerSize(type);
    if (size == 0)
        return false; // a size in a type libtiff refuses: refuse too
    if (n != 1)
        return false;
    const quint64 valueAt = at + 4 + static_cast<quint64>(d.valueSize);
    quint64 where = valueAt;
    if (size > d.valueSize && !b.read(valueAt, d.valueSize, d.big, &where))
        return false;
    quint64 value = 0;
    if (!b.read(where, size, d.big, &value))
        return false;
    // Duplicated tags: keep the largest, whichever one the decoder uses.
    switch (tag) {
    case 256:
        tags.width = std::max(tags.width, value);
        tags.haveWidth = true;
        break;
    case 257:
        tags.height = std::max(tags.height, value);
        tags.haveHeight = true;
        break;
    case 278:
        tags.rowsPerStrip = std::max(tags.rowsPerStrip, value);
        break;
    case 322:
        tags.tileWidth = std::max(tags.tileWidth, value);
        tags.tiled = true;
        break;
    case 323:
        tags.tileLength = std::max(tags.tileLength, value);
        tags.tiled = true;
        break;
    default:
        break;
    }
    return true;
}

// `h` sized by the tags, with the pixels of the tile or strip the decoder allocates at once (the
// whole image when untiled without a strip height).
ImageHeader tiffSized(ImageHeader h, const TiffSizeTags& tags)
{
    constexpr quint64 kWhole = std::numeric_limits<std::uint32_t>::max();
    const quint64 cap = quint64 { 1 } << 32; // keeps the products below in range
    const quint64 width = std::min(tags.width, cap);
    const quint64 height = std::min(tags.height, cap);
    quint64 blockWidth = width;
    quint64 blockHeight = height;
    if (tags.tiled) {
        blockWidth = tags.tileWidth == 0 ? width : std::min(tags.tileWidth, cap);
        blockHeight = tags.tileLength == 0 ? height : std::min(tags.tileLength, cap);
    } else if (tags.rowsPerStrip != 0 && tags.rowsPerStrip != kWhole) {
        blockHeight = std::min(tags.rowsPerStrip, cap);
    }
    h = sized(h, static_cast<qint64>(width), static_cast<qint64>(height));
    h.blockPixels = static_cast<qint64>(std::min(blockWidth * blockHeight, quint64 { 1 } << 62));
    return h;
}

// The first image file directory of a TIFF (what OpenCV decodes): size, and the tile or strip the
// decoder allocates in one piece.
ImageHeader tiff(const Bytes& b)
{
    ImageHeader h = header(ImageFormat::Tiff, "TIFF");
    TiffIfd d;
    if (!firstIfd(b, d))
        return h;
    TiffSizeTags tags;
    for (quint64 e = 0; e < d.count; ++e) {
        if (!readSizeEntry(b, d, e, tags))
            return h;
    }
    if (!tags.haveWidth || !tags.haveHeight)
        return h;
    return tiffSized(h, tags);
}

ImageHeader bmp(const Bytes& b)
{
    ImageHeader h = header(ImageFormat::Bmp, "BMP");
    quint64 infoSize = 0;
    if (!b.read(14, 4, false, &infoSize))
        return h;
    quint64 w = 0;
    quint64 ht = 0;
    if (infoSize == 12) { // OS/2 core header: 16-bit sizes
        if (!b.read(18, 2, false, &w) || !b.read(20, 2, false, &ht))
            return h;
        return sized(h, static_cast<qint64>(w), static_cast<qint64>(ht));
    }
    if (infoSize < 36 || !b.read(18, 4, false, &w) || !b.read(22, 4, false, &ht))
        return h;
    // Signed 32-bit; a negative height is a top-down image.
    const qint64 sw = static_cast<std::int32_t>(static_cast<std::uint32_t>(w));
    const qint64 sh = static_cast<std::int32_t>(static_cast<std::uint32_t>(ht));
    return sized(h, sw < 0 ? -sw : sw, sh < 0 ? -sh : sh);
}

ImageHeader webp(const Bytes& b)
{
    ImageHeader h = header(ImageFormat::WebP, "WebP");
    quint64 w = 0;
    quint64 ht = 0;
    if (b.startsWith(12, "VP8 ", 4)) {
        // Frame tag (3), start code 9d 01 2a, then 14-bit width and height.
        if (b.at(23) != 0x9D || b.at(24) != 0x01 || b.at(25) != 0x2A || !b.read(26, 2, false, &w)
            || !b.read(28, 2, false, &ht))
            return h;
        return sized(h, static_cast<qint64>(w & 0x3FFF), static_cast<qint64>(ht & 0x3FFF));
    }
    if (b.startsWith(12, "VP8L", 4)) {
        quint64 bits = 0;
        if (b.at(20) != 0x2F || !b.read(21, 4, false, &bits))
            return h;
        return sized(h, static_cast<qint64>((bits & 0x3FFF) + 1), static_cast<qint64>(((bits >> 14) & 0x3FFF) + 1));
    }
    if (b.startsWith(12, "VP8X", 4)) {
        if (!b.read(24, 3, false, &w) || !b.read(27, 3, false, &ht))
            return h;
        return sized(h, static_cast<qint64>(w + 1), static_cast<qint64>(ht + 1));
    }
    return h;
}

// P1..P6: magic, then width and height as decimal text, separated by white space and # comments.
ImageHeader pnm(const Bytes& b)
{
    ImageHeader h = header(ImageFormat::Pnm, "PNM");
    quint64 i = 2;
    qint64 values[2] = { 0, 0 };
    for (qint64& value : values) {
        for (;;) {
            if (!b.has(i, 1))
                return h;
            const unsigned char c = b.at(i);
            if (c == '#') {
                while (b.has(i, 1) && b.at(i) != '\n' && b.at(i) != '\r')
                    ++i;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
                ++i;
            } else {
                break;
            }
        }
        if (b.at(i) < '0' || b.at(i) > '9')
            return h;
        while (b.has(i, 1) && b.at(i) >= '0' && b.at(i) <= '9') {
            value = std::min<qint64>(value * 10 + (b.at(i) - '0'), qint64 { 1 } << 40);
            ++i;
        }
        if (!b.has(i, 1))
            return h; // a number cut off by the end of the data
    }
    return sized(h, values[0], values[1]);
}

ImageHeader refused(const char* name)
{
    return header(ImageFormat::Refused, name);
}

} // namespace

ImageHeader readImageHeader(const QByteArray& bytes)
{
    const Bytes b(bytes);
    if (b.startsWith(0, "\x89PNG\r\n\x1a\n", 8))
        return png(b);
    if (b.at(0) == 0xFF && b.at(1) == 0xD8 && b.has(0, 3))
        return jpeg(b);
    if (b.startsWith(0, "II", 2) || b.startsWith(0, "MM", 2)) {
        const bool big = b.at(0) == 'M';
        quint64 version = 0;
        if (b.read(2, 2, big, &version) && (version == 42 || version == 43))
            return tiff(b);
    }
    if (b.startsWith(0, "BM", 2))
        return bmp(b);
    if (b.startsWith(0, "RIFF", 4) && b.startsWith(8, "WEBP", 4))
        return webp(b);
    if (b.at(0) == 'P' && b.at(1) >= '1' && b.at(1) <= '6')
        return pnm(b);
    // Formats the OpenCV build would decode, refused here by name so the message is clear.
    if (b.startsWith(4, "jP  ", 4) || (b.at(0) == 0xFF && b.at(1) == 0x4F && b.at(2) == 0xFF && b.at(3) == 0x51))
        return refused("JPEG 2000");
    if (b.startsWith(0, "\x76\x2f\x31\x01", 4))
        return refused("OpenEXR");
    if (b.startsWith(0, "#?RADIANCE", 10) || b.startsWith(0, "#?RGBE", 6))
        return refused("Radiance HDR");
    if (b.startsWith(0, "\x59\xa6\x6a\x95", 4))
        return refused("Sun raster");
    if (b.startsWith(0, "PF", 2) || b.startsWith(0, "Pf", 2))
        return refused("PFM");
    if (b.startsWith(0, "P7", 2))
        return refused("PAM");
    if (b.startsWith(128, "DICM", 4))
        return refused("DICOM");
    if (b.startsWith(0, "GIF8", 4))
        return refused("GIF");
    return {};
}

QString acceptedImageFormats()
{
    return QStringLiteral("PNG, JPEG, TIFF, BMP, WebP, PNM");
}

QString checkDimensions(qint64 width, qint64 height, const ImageLimits& limits)
{
    if (width <= 0 || height <= 0)
        return QStringLiteral("the image is %1 x %2 pixels, which is empty").arg(width).arg(height);
    const bool tooLarge = width > limits.maxPixels || height > limits.maxPixels || width > limits.maxPixels / height;
    if (tooLarge)
        return QStringLiteral("the image is %1 x %2 pixels, the limit is %3 pixels")
            .arg(width)
            .arg(height)
            .arg(limits.maxPixels);
    return {};
}

QString checkImage(const QByteArray& bytes, const ImageLimits& limits)
{
    if (bytes.isEmpty())
        return QStringLiteral("the image data is empty");
    if (bytes.size() > limits.maxEncodedBytes)
        return QStringLiteral("the image data has %1 bytes, the limit is %2")
            .arg(bytes.size())
            .arg(limits.maxEncodedBytes);
    const ImageHeader h = readImageHeader(bytes);
    switch (h.format) {
    case ImageFormat::Unknown:
        return QStringLiteral("not a decodable image (%1 bytes; %2 are read)")
            .arg(bytes.size())
            .arg(acceptedImageFormats());
    case ImageFormat::Refused:
        return QStringLiteral("%1 images are not accepted; %2 are read").arg(h.formatName, acceptedImageFormats());
    default:
        break;
    }
    if (!h.sized)
        return QStringLiteral("the %1 header does not state a readable image size, the image is not decoded")
            .arg(h.formatName);
    if (QString why = checkDimensions(h.width, h.height, limits); !why.isEmpty())
        return QStringLiteral("%1 (%2 header)").arg(why, h.formatName);
    if (h.blockPixels > limits.maxPixels)
        return QStringLiteral("the %1 image is stored in blocks of %2 pixels, the limit is %3 pixels")
            .arg(h.formatName)
            .arg(h.blockPixels)
            .arg(limits.maxPixels);
    return {};
}

cv::Mat decodeImage(const QByteArray& bytes, int flags, const ImageLimits& limits, QString* why)
{
    if (QString refusal = checkImage(bytes, limits); !refusal.isEmpty()) {
        *why = refusal;
        return {};
    }
    cv::Mat image;
    try {
        const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8UC1,
            const_cast<char*>(bytes.constData())); // NOLINT: imdecode only reads
        image = cv::imdecode(raw, flags);
    } catch (const cv::Exception& e) {
        *why = QStringLiteral("the image decoder failed: %1").arg(QString::fromStdString(e.msg));
        return {};
    }
    if (image.empty()) {
        *why = QStringLiteral("not a decodable image (%1 bytes; %2 are read)")
                   .arg(bytes.size())
                   .arg(acceptedImageFormats());
        return {};
    }
    // The header and the decoder agree in practice; this guards the rest of the pipeline if not.
    if (QString refusal = checkDimensions(image.cols, image.rows, limits); !refusal.isEmpty()) {
        *why = refusal;
        return {};
    }
    return image;
}

} // namespace bd::ocr
