#include "services/capture/MrzFrameScanner.h"
#include "services/capture/OpenCvFrameSource.h"
#include "services/document/MrzRecord.h"
#include "services/ocr/OpenCvMrzReader.h"
#include "services/training/RandomMrz.h"
#include "services/training/SyntheticDocument.h"
#include "tests/support/TestHygiene.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd::capture;

// The camera path end to end: frames from a folder or a video go through the real OCR-B reader.
class TestMrzFrameScanner : public QObject
{
    Q_OBJECT
private:
    bd::training::SyntheticDocument m_renderer;
    bd::ocr::OpenCvMrzReader m_reader { bd::ocr::OpenCvMrzReader::Options { QDate(2026, 11, 28) } };

    cv::Mat documentImage(const QStringList& lines, quint64 seed)
    {
        bd::training::SyntheticDocumentSpec spec;
        spec.mrzLines = lines;
        spec.dpi = 200;
        spec.seed = seed;
        spec.degradation.skewDegrees = 3.0;
        return m_renderer.render(spec).image;
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        QVERIFY(m_renderer.isValid());
        QVERIFY(m_reader.isReady());
    }

    // A folder of scans in pull mode: every image is read, none dropped, each document reported once.
    void folderOfScansIsReadCompletely()
    {
        QTemporaryDir dir;
        QList<QStringList> expected;
        for (int i = 0; i < 3; ++i) {
            const QStringList lines = bd::training::RandomMrz::generate(
                7100 + i, i == 1 ? bd::document::MrzFormat::TD1 : bd::document::MrzFormat::TD3);
            QVERIFY(!lines.isEmpty());
            expected.append(lines);
            QVERIFY(cv::imwrite(QDir(dir.path()).filePath(QStringLiteral("scan%1.png").arg(i)).toStdString(),
                documentImage(lines, 50 + i)));
        }
        QVERIFY(cv::imwrite(QDir(dir.path()).filePath(QStringLiteral("scan9-blank.png")).toStdString(),
            cv::Mat(600, 800, CV_8UC3, cv::Scalar(240, 240, 240))));

        OpenCvFrameSource source({ OpenCvFrameSource::Kind::ImageFolder, 0, dir.path(), 1000.0, false, true });
        MrzFrameScanner scanner(source, openCvFrameReader(m_reader), { 1, 1, true });
        QSignalSpy documents(&scanner, &MrzFrameScanner::documentRead);
        QSignalSpy idle(&scanner, &MrzFrameScanner::idle);
        source.start();
        QVERIFY(idle.wait(90000));
        QCOMPARE(scanner.framesRead(), 4);
        QCOMPARE(scanner.framesDropped(), 0);
        QCOMPARE(documents.count(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(documents.at(i).at(1).value<bd::ocr::MrzReading>().record.lines, expected.at(i));
    }

    // A camera-like stream: the same passport held up, taken away, shown again.
    void documentInViewIsReportedOncePerPresentation()
    {
        QTemporaryDir dir;
        const QStringList lines = bd::training::RandomMrz::generate(7200, bd::document::MrzFormat::TD3);
        const cv::Mat doc = documentImage(lines, 60);
        const cv::Mat empty(doc.size(), CV_8UC3, cv::Scalar(90, 110, 120));
        const std::string path = QDir(dir.path()).filePath(QStringLiteral("desk.avi")).toStdString();
        {
            cv::VideoWriter writer(path, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0, doc.size());
            QVERIFY(writer.isOpened());
            for (int i = 0; i < 3; ++i)
                writer.write(doc);
            for (int i = 0; i < 3; ++i)
                writer.write(empty);
            for (int i = 0; i < 3; ++i)
                writer.write(doc);
        }
        OpenCvFrameSource source(
            { OpenCvFrameSource::Kind::VideoFile, 0, QString::fromStdString(path), 1000.0, false, true });
        MrzFrameScanner scanner(source, openCvFrameReader(m_reader), { 2, 3, true });
        QSignalSpy documents(&scanner, &MrzFrameScanner::documentRead);
        QSignalSpy idle(&scanner, &MrzFrameScanner::idle);
        source.start();
        QVERIFY(idle.wait(90000));
        QCOMPARE(scanner.framesRead(), 9);
        // Reported after two agreeing frames, not again while in view, again after it left the view.
        QCOMPARE(documents.count(), 2);
        QCOMPARE(documents.at(0).at(0).value<Frame>().index, 1);
        QCOMPARE(documents.at(1).at(0).value<Frame>().index, 7);
        QCOMPARE(documents.at(0).at(1).value<bd::ocr::MrzReading>().record.lines, lines);
    }
};

QTEST_GUILESS_MAIN(TestMrzFrameScanner)
#include "TestMrzFrameScanner.moc"
