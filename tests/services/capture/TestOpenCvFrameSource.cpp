#include "services/capture/OpenCvFrameSource.h"
#include "tests/support/TestHygiene.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using bd::capture::Frame;
using bd::capture::OpenCvFrameSource;

namespace {
// A frame whose mean grey level encodes its number, so order can be checked after compression.
cv::Mat numberedImage(int n)
{
    return cv::Mat(120, 160, CV_8UC3, cv::Scalar(20 + 40 * n, 20 + 40 * n, 20 + 40 * n));
}
int numberOf(const Frame& f)
{
    const cv::Mat m(f.height, f.width, CV_8UC3, const_cast<char*>(f.bgr.constData()), static_cast<size_t>(f.stride));
    return static_cast<int>(std::lround((cv::mean(m)[0] - 20.0) / 40.0));
}
} // namespace

class TestOpenCvFrameSource : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void imageFolderDeliversEveryImageInNameOrder()
    {
        QTemporaryDir dir;
        for (int n = 0; n < 4; ++n)
            QVERIFY(cv::imwrite(
                QDir(dir.path()).filePath(QStringLiteral("page%1.png").arg(n)).toStdString(), numberedImage(n)));
        QFile junk(QDir(dir.path()).filePath(QStringLiteral("notes.txt")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not an image");
        junk.close();

        OpenCvFrameSource source({ OpenCvFrameSource::Kind::ImageFolder, 0, dir.path(), 200.0, false });
        QSignalSpy frames(&source, &OpenCvFrameSource::frameCaptured);
        QSignalSpy finished(&source, &OpenCvFrameSource::finished);
        QSignalSpy errors(&source, &OpenCvFrameSource::errorOccurred);
        source.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(errors.count(), 0);
        QCOMPARE(frames.count(), 4);
        for (int n = 0; n < 4; ++n) {
            const Frame f = frames.at(n).at(0).value<Frame>();
            QCOMPARE(f.index, n);
            QCOMPARE(f.width, 160);
            QCOMPARE(f.height, 120);
            QCOMPARE(numberOf(f), n);
        }
        QVERIFY(!source.isRunning());
    }

    void videoFileDeliversItsFrames()
    {
        QTemporaryDir dir;
        const std::string path = QDir(dir.path()).filePath(QStringLiteral("clip.avi")).toStdString();
        {
            cv::VideoWriter writer(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0, cv::Size(160, 120));
            QVERIFY(writer.isOpened());
            for (int n = 0; n < 5; ++n)
                writer.write(numberedImage(n));
        }
        OpenCvFrameSource source({ OpenCvFrameSource::Kind::VideoFile, 0, QString::fromStdString(path), 200.0, false });
        QSignalSpy frames(&source, &OpenCvFrameSource::frameCaptured);
        QSignalSpy finished(&source, &OpenCvFrameSource::finished);
        source.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(frames.count(), 5);
        for (int n = 0; n < 5; ++n)
            QCOMPARE(numberOf(frames.at(n).at(0).value<Frame>()), n);
    }

    void missingSourcesReportAClearError_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no such video") << int(OpenCvFrameSource::Kind::VideoFile)
                                       << QStringLiteral("/nonexistent/a.avi")
                                       << QStringLiteral("cannot open video file '/nonexistent/a.avi'");
        QTest::newRow("empty folder") << int(OpenCvFrameSource::Kind::ImageFolder) << QStringLiteral("/nonexistent")
                                      << QStringLiteral("cannot open image folder '/nonexistent'");
        QTest::newRow("no such camera") << int(OpenCvFrameSource::Kind::Device) << QString()
                                        << QStringLiteral("cannot open camera device 97");
    }
    void missingSourcesReportAClearError()
    {
        QFETCH(int, kind);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        OpenCvFrameSource source({ static_cast<OpenCvFrameSource::Kind>(kind), 97, path, 30.0, false });
        QSignalSpy errors(&source, &OpenCvFrameSource::errorOccurred);
        QSignalSpy finished(&source, &OpenCvFrameSource::finished);
        source.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(errors.count(), 1);
        const auto error = errors.at(0).at(0).value<bd::core::Error>();
        QCOMPARE(error.code, QStringLiteral("capture.open"));
        QCOMPARE(error.detail, expected);
    }

    void stopEndsALoopingSource()
    {
        QTemporaryDir dir;
        QVERIFY(cv::imwrite(QDir(dir.path()).filePath(QStringLiteral("a.png")).toStdString(), numberedImage(1)));
        OpenCvFrameSource source({ OpenCvFrameSource::Kind::ImageFolder, 0, dir.path(), 100.0, true });
        QSignalSpy frames(&source, &OpenCvFrameSource::frameCaptured);
        QSignalSpy finished(&source, &OpenCvFrameSource::finished);
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(frames.count() >= 3, 10000);
        source.stop();
        QCOMPARE(finished.count(), 1);
        QVERIFY(!source.isRunning());
    }

    void parsesSpecs()
    {
        OpenCvFrameSource::Spec spec;
        QString error;
        QVERIFY(OpenCvFrameSource::parseSpec(QStringLiteral("device:2"), &spec, &error));
        QCOMPARE(spec.deviceIndex, 2);
        QVERIFY(OpenCvFrameSource::parseSpec(QStringLiteral("folder:/tmp/x"), &spec, &error));
        QCOMPARE(spec.kind, OpenCvFrameSource::Kind::ImageFolder);
        QVERIFY(!OpenCvFrameSource::parseSpec(QStringLiteral("device:x"), &spec, &error));
        QVERIFY(error.contains(QStringLiteral("'x'")));
        QVERIFY(!OpenCvFrameSource::parseSpec(QStringLiteral("webcam"), &spec, &error));
        QVERIFY(error.contains(QStringLiteral("device:N")));
    }
};

QTEST_GUILESS_MAIN(TestOpenCvFrameSource)
#include "TestOpenCvFrameSource.moc"
