// Decompression bombs: the size of every accepted format is read from the header and checked before
// any decoder runs; formats whose header is not checked are refused. The bombs are generated here
// (a few dozen bytes declaring 30000 x 30000 pixels), never stored.
#include "services/ocr/ImageHeader.h"
#include "services/ocr/OpenCvMrzReader.h"
#include "tests/support/ImageBombs.h"
#include "tests/support/TestHygiene.h"

#include <opencv2/imgcodecs.hpp>

#include <QElapsedTimer>
#include <QtTest>

using namespace bd::ocr;

namespace {

QByteArray encode(const cv::Mat& image, const char* extension)
{
    std::vector<uchar> bytes;
    if (!cv::imencode(extension, image, bytes))
        return {};
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

} // namespace

class TestImageHeader : public QObject
{
    Q_OBJECT
private:
    const OpenCvMrzReader m_reader;

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    // The header parsers agree with the encoders OpenCV uses for real files.
    void readsTheSizeOfRealImages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        const cv::Mat grey(37, 53, CV_8UC1, cv::Scalar(128));
        const cv::Mat colour(37, 53, CV_8UC3, cv::Scalar(10, 200, 90));
        QTest::newRow("png") << encode(colour, ".png") << int(ImageFormat::Png);
        QTest::newRow("jpeg") << encode(colour, ".jpg") << int(ImageFormat::Jpeg);
        QTest::newRow("tiff") << encode(colour, ".tiff") << int(ImageFormat::Tiff);
        QTest::newRow("bmp") << encode(colour, ".bmp") << int(ImageFormat::Bmp);
        QTest::newRow("webp lossy") << encode(colour, ".webp") << int(ImageFormat::WebP);
        std::vector<uchar> lossless;
        cv::imencode(".webp", colour, lossless, { cv::IMWRITE_WEBP_QUALITY, 101 });
        QTest::newRow("webp lossless") << QByteArray(
            reinterpret_cast<const char*>(lossless.data()), static_cast<qsizetype>(lossless.size()))
                                       << int(ImageFormat::WebP);
        QTest::newRow("pgm") << encode(grey, ".pgm") << int(ImageFormat::Pnm);
        QTest::newRow("ppm") << encode(colour, ".ppm") << int(ImageFormat::Pnm);
    }
    void readsTheSizeOfRealImages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QVERIFY(!bytes.isEmpty());
        const ImageHeader h = readImageHeader(bytes);
        QCOMPARE(int(h.format), format);
        QVERIFY(h.sized);
        QCOMPARE(h.width, qint64(53));
        QCOMPARE(h.height, qint64(37));
        QCOMPARE(checkImage(bytes, {}), QString());
        QString why;
        const cv::Mat decoded = decodeImage(bytes, cv::IMREAD_COLOR, {}, &why);
        QVERIFY2(!decoded.empty(), qPrintable(why));
        QCOMPARE(decoded.cols, 53);
    }

    // Every accepted format declaring 30000 x 30000 (JPEG 30000 x 30000 as well, WebP likewise) is
    // refused from its header, in well under a second and without allocating the 900 MB.
    void refusesBombsOfEveryFormat_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("formatName");
        for (const auto& [name, bytes] : bd::test::allBombs(30000, 30000))
            QTest::newRow(name) << bytes << QString::fromLatin1(name).section(QLatin1Char(' '), 0, 0);
    }
    void refusesBombsOfEveryFormat()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, formatName);
        QVERIFY2(bytes.size() < 512, qPrintable(QString::number(bytes.size()))); // a tiny file
        const ImageHeader h = readImageHeader(bytes);
        QVERIFY(h.sized);
        QCOMPARE(h.width, qint64(30000));
        QCOMPARE(h.height, qint64(30000));
        const QString why = checkImage(bytes, {});
        QVERIFY2(why.contains(QStringLiteral("30000 x 30000 pixels, the limit is 120000000 pixels")), qPrintable(why));
        QVERIFY2(why.contains(formatName == QLatin1String("BigTIFF") ? QStringLiteral("TIFF") : formatName),
            qPrintable(why));

        // Through the MRZ reader, as borderdesk-cli mrz-ocr, a scan and the image folder read it.
        const OpenCvMrzReader& reader = m_reader;
        QElapsedTimer timer;
        timer.start();
        const MrzReading r = reader.readEncoded(bytes);
        QVERIFY(!r.found);
        QCOMPARE(r.error.code, QStringLiteral("ocr.unreadableImage"));
        QVERIFY2(r.error.detail.contains(QStringLiteral("the limit is")), qPrintable(r.error.detail));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void refusesOversizedTiffTilesAndStrips()
    {
        // 100 x 100 pixels stored in 65536 x 65536 tiles: OpenCV allocates one whole tile.
        const QString tiles = checkImage(bd::test::tiffDeclaring(100, 100, false, false, 65536, 65536), {});
        QVERIFY2(tiles.contains(QStringLiteral("blocks of 4294967296 pixels")), qPrintable(tiles));
        QString why;
        QVERIFY(
            decodeImage(bd::test::tiffDeclaring(100, 100, false, false, 65536, 65536), cv::IMREAD_GRAYSCALE, {}, &why)
                .empty());
        QVERIFY(why.contains(QStringLiteral("the limit is")));
        // A small image in small tiles passes the header check.
        QCOMPARE(checkImage(bd::test::tiffDeclaring(100, 100, false, false, 16, 16), {}), QString());
    }

    void honoursTheConfiguredLimit()
    {
        const ImageLimits tight { 1 << 20, 1000 };
        const QByteArray png = encode(cv::Mat(40, 40, CV_8UC1, cv::Scalar(0)), ".png");
        QVERIFY(checkImage(png, tight).contains(QStringLiteral("40 x 40 pixels, the limit is 1000 pixels")));
        QCOMPARE(checkImage(png, { 1 << 20, 1600 }), QString());
        QVERIFY(checkImage(png, { 100, 1600 }).contains(QStringLiteral("bytes, the limit is 100")));
        QVERIFY(!checkDimensions(0, 10, {}).isEmpty());
        QVERIFY(!checkDimensions(qint64 { 1 } << 40, qint64 { 1 } << 40, {}).isEmpty());
        QCOMPARE(checkDimensions(4000, 3000, {}), QString());
    }

    // Formats the OpenCV build decodes but whose header is not checked here are refused by name.
    void refusesFormatsWithoutAHeaderCheck_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("JPEG 2000") << QByteArray("\x00\x00\x00\x0CjP  \r\n\x87\n\x00\x00\x00\x14", 16)
                                   << QStringLiteral("JPEG 2000 images are not accepted");
        QTest::newRow("J2K codestream") << QByteArray("\xFF\x4F\xFF\x51\x00\x29", 6)
                                        << QStringLiteral("JPEG 2000 images are not accepted");
        QTest::newRow("OpenEXR") << QByteArray("\x76\x2f\x31\x01\x02\x00\x00\x00", 8)
                                 << QStringLiteral("OpenEXR images are not accepted");
        QTest::newRow("Radiance") << QByteArray("#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 30000 +X 30000\n")
                                  << QStringLiteral("Radiance HDR images are not accepted");
        QTest::newRow("Sun raster") << QByteArray("\x59\xa6\x6a\x95\x00\x00\x75\x30", 8)
                                    << QStringLiteral("Sun raster images are not accepted");
        QTest::newRow("PFM") << QByteArray("PF\n30000 30000\n-1.0\n") << QStringLiteral("PFM images are not accepted");
        QTest::newRow("PAM") << QByteArray("P7\nWIDTH 30000\nHEIGHT 30000\n")
                             << QStringLiteral("PAM images are not accepted");
        QByteArray dicom(132, '\0');
        dicom.replace(128, 4, "DICM");
        QTest::newRow("DICOM") << dicom << QStringLiteral("DICOM images are not accepted");
        QTest::newRow("text") << QByteArray("MRZ P<UTO... not an image") << QStringLiteral("not a decodable image");
        QTest::newRow("JPEG without a frame header")
            << QByteArray("\xFF\xD8\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00\xFF\xD9", 14)
            << QStringLiteral("the JPEG header does not state a readable image size");
        QTest::newRow("truncated TIFF directory")
            << bd::test::tiffDeclaring(30000, 30000).left(40)
            << QStringLiteral("the TIFF header does not state a readable image size");
        QTest::newRow("PNG without IHDR") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\x0DIDAT", 16)
                                          << QStringLiteral("the PNG header does not state a readable image size");
    }
    void refusesFormatsWithoutAHeaderCheck()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString why = checkImage(bytes, {});
        QVERIFY2(why.contains(message), qPrintable(why));
        const MrzReading r = m_reader.readEncoded(bytes);
        QVERIFY(!r.found);
        QVERIFY2(r.error.detail.contains(message), qPrintable(r.error.detail));
    }

    // Truncated or hostile headers never read past the end.
    void survivesEveryPrefixOfEveryBomb()
    {
        for (const auto& [name, bytes] : bd::test::allBombs(30000, 30000)) {
            for (qsizetype n = 0; n <= bytes.size(); ++n) {
                const ImageHeader h = readImageHeader(bytes.left(n));
                if (h.sized)
                    QVERIFY2(h.width == 30000 && h.height == 30000, name);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestImageHeader)
#include "TestImageHeader.moc"
