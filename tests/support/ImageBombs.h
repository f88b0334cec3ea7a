#pragma once

// Tiny encoded images whose headers declare huge dimensions (decompression bombs), one per accepted
// format, built byte by byte so the tests never need the gigabytes they declare.

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <utility>

namespace bd::test {

namespace bombs {

inline void put16(QByteArray& b, quint32 v, bool big)
{
    const char bytes[2] = { char(big ? v >> 8 : v), char(big ? v : v >> 8) };
    b.append(bytes, 2);
}

inline void put32(QByteArray& b, quint32 v, bool big)
{
    for (int i = 0; i < 4; ++i)
        b.append(char(v >> (8 * (big ? 3 - i : i))));
}

inline void put64(QByteArray& b, quint64 v, bool big)
{
    for (int i = 0; i < 8; ++i)
        b.append(char(v >> (8 * (big ? 7 - i : i))));
}

struct TiffEntry
{
    quint16 tag = 0;
    quint16 type = 0; // 3 SHORT, 4 LONG
    quint32 value = 0;
};

} // namespace bombs

// A grey 8-bit TIFF of width x height in one uncompressed strip (or tiles of tileWidth x tileHeight)
// whose data is a few bytes: the decoder allocates the full image before it finds the data missing.
inline QByteArray tiffDeclaring(quint32 width,
    quint32 height,
    bool bigEndian = false,
    bool bigTiff = false,
    quint32 tileWidth = 0,
    quint32 tileHeight = 0)
{
    using namespace bombs;
    QList<TiffEntry> entries = { { 256, 4, width }, { 257, 4, height }, { 258, 3, 8 }, { 259, 3, 1 }, { 262, 3, 1 } };
    const quint32 dataOffset = 16; // the pixel bytes follow the header
    if (tileWidth == 0) {
        entries += { { 273, 4, dataOffset }, { 277, 3, 1 }, { 278, 4, height }, { 279, 4, 16 } };
    } else {
        entries
            += { { 277, 3, 1 }, { 322, 4, tileWidth }, { 323, 4, tileHeight }, { 324, 4, dataOffset }, { 325, 4, 16 } };
    }
    QByteArray b(bigEndian ? "MM" : "II");
    put16(b, bigTiff ? 43 : 42, bigEndian);
    if (bigTiff) {
        put16(b, 8, bigEndian);
        put16(b, 0, bigEndian);
        put64(b, 32, bigEndian); // IFD after 16 bytes of header and 16 of data
    } else {
        put32(b, 32, bigEndian);
    }
    b.resize(32, '\0'); // header, then 16 zero "pixel" bytes from offset 16 (bigTiff: from 16 as well)
    if (bigTiff)
        put64(b, static_cast<quint64>(entries.size()), bigEndian);
    else
        put16(b, static_cast<quint32>(entries.size()), bigEndian);
    for (const TiffEntry& e : entries) {
        put16(b, e.tag, bigEndian);
        put16(b, e.type, bigEndian);
        if (bigTiff)
            put64(b, 1, bigEndian);
        else
            put32(b, 1, bigEndian);
        const int valueSize = bigTiff ? 8 : 4;
        QByteArray value;
        if (e.type == 3)
            put16(value, e.value, bigEndian);
        else
            put32(value, e.value, bigEndian);
        value.resize(valueSize, '\0'); // inline values are left-justified
        b += value;
    }
    if (bigTiff)
        put64(b, 0, bigEndian);
    else
        put32(b, 0, bigEndian); // no next IFD
    return b;
}

inline QByteArray pngDeclaring(quint32 width, quint32 height)
{
    using namespace bombs;
    QByteArray b("\x89PNG\r\n\x1a\n", 8);
    put32(b, 13, true);
    b += "IHDR";
    put32(b, width, true);
    put32(b, height, true);
    b += QByteArray("\x08\x00\x00\x00\x00", 5); // 8-bit grey
    put32(b, 0, true); // CRC (not checked before the size)
    return b;
}

inline QByteArray jpegDeclaring(quint16 width, quint16 height)
{
    using namespace bombs;
    QByteArray b("\xFF\xD8", 2);
    b += QByteArray("\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
    b += QByteArray("\xFF\xC0\x00\x0B\x08", 5);
    put16(b, height, true);
    put16(b, width, true);
    b += QByteArray("\x01\x01\x11\x00", 4);
    b += QByteArray("\xFF\xD9", 2);
    return b;
}

inline QByteArray bmpDeclaring(qint32 width, qint32 height)
{
    using namespace bombs;
    QByteArray b("BM");
    put32(b, 58, false);
    put32(b, 0, false);
    put32(b, 54, false);
    put32(b, 40, false);
    put32(b, static_cast<quint32>(width), false);
    put32(b, static_cast<quint32>(height), false);
    put16(b, 1, false);
    put16(b, 24, false);
    b.resize(58, '\0');
    return b;
}

inline QByteArray webpDeclaring(quint32 width, quint32 height) // VP8X canvas
{
    using namespace bombs;
    QByteArray b("RIFF");
    put32(b, 22, false);
    b += "WEBPVP8X";
    put32(b, 10, false);
    put32(b, 0, false);
    for (quint32 v : { width - 1, height - 1 })
        b += QByteArray(1, char(v)) + char(v >> 8) + char(v >> 16);
    return b;
}

inline QByteArray pnmDeclaring(quint32 width, quint32 height)
{
    return QByteArray("P5\n# a comment\n") + QByteArray::number(width) + ' ' + QByteArray::number(height) + "\n255\n"
        + QByteArray(16, '\0');
}

// Every accepted format, each declaring width x height (JPEG and WebP are capped by their formats).
inline QList<std::pair<const char*, QByteArray>> allBombs(quint32 width, quint32 height)
{
    return { { "PNG", pngDeclaring(width, height) },
        { "JPEG",
            jpegDeclaring(static_cast<quint16>(std::min<quint32>(width, 65535)),
                static_cast<quint16>(std::min<quint32>(height, 65535))) },
        { "TIFF", tiffDeclaring(width, height) }, { "TIFF big-endian", tiffDeclaring(width, height, true) },
        { "BigTIFF", tiffDeclaring(width, height, false, true) },
        { "BMP", bmpDeclaring(static_cast<qint32>(width), -static_cast<qint32>(height)) },
        { "WebP", webpDeclaring(std::min<quint32>(width, 1 << 24), std::min<quint32>(height, 1 << 24)) },
        { "PNM", pnmDeclaring(width, height) } };
}

} // namespace bd::test
