// The embedded OCR-B classifier on rendered MRZ lines it never saw (seeds differ from training).
#include "services/ocr/MrzCharset.h"
#include "services/ocr/MrzZoneSegmenter.h"
#include "services/ocr/OcrbFont.h"
#include "services/ocr/OcrbModel.h"
#include "tests/support/TestHygiene.h"

#include <opencv2/imgproc.hpp>

#include <QDir>
#include <QFile>
#include <QtTest>

#include <random>

using namespace bd::ocr;

class TestOcrbModel : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        QVERIFY2(OcrbFont().isValid(), "the OCR-B font is missing (fonts-ocr-b)");
        QVERIFY(OcrbModel().isValid());
    }

    void recognisesRenderedLines_data()
    {
        QTest::addColumn<int>("chars");
        QTest::addColumn<double>("pitch");
        QTest::addColumn<double>("blur");
        QTest::addColumn<double>("noise");
        QTest::newRow("44 chars, 300 dpi, clean") << 44 << 29.5 << 0.0 << 0.0;
        QTest::newRow("36 chars, 150 dpi, soft") << 36 << 15.0 << 0.7 << 5.0;
        QTest::newRow("30 chars, 600 dpi, noisy") << 30 << 60.0 << 1.5 << 10.0;
        QTest::newRow("44 chars, 200 dpi, blurred") << 44 << 20.0 << 1.0 << 3.0;
    }
    void recognisesRenderedLines()
    {
        QFETCH(int, chars);
        QFETCH(double, pitch);
        QFETCH(double, blur);
        QFETCH(double, noise);
        const OcrbFont font;
        const OcrbModel model;
        std::mt19937 rng(static_cast<unsigned>(chars * 1000 + pitch));
        int total = 0, correct = 0, inTop3 = 0;
        for (int round = 0; round < 6; ++round) {
            // Every character of the alphabet appears, in random order.
            std::string alphabet(kMrzAlphabet);
            std::shuffle(alphabet.begin(), alphabet.end(), rng);
            const int lines = chars == 30 ? 3 : 2;
            std::vector<std::string> text;
            for (int l = 0; l < lines; ++l)
                text.push_back(
                    (alphabet + alphabet).substr(static_cast<size_t>(l * 7 + round), static_cast<size_t>(chars)));
            const double cap = pitch * MrzGeometry::capHeightMm / MrzGeometry::pitchMm;
            const double spacing = pitch * MrzGeometry::lineSpacingMm / MrzGeometry::pitchMm;
            cv::Mat page(static_cast<int>(lines * spacing + 2 * pitch), static_cast<int>((chars + 3) * pitch), CV_8UC3,
                cv::Scalar(225, 230, 220));
            for (int l = 0; l < lines; ++l)
                font.drawMonospaced(page, text[static_cast<size_t>(l)], 1.5 * pitch, pitch + cap + l * spacing, pitch,
                    cap, cv::Scalar::all(20));
            cv::Mat gray;
            cv::cvtColor(page, gray, cv::COLOR_BGR2GRAY);
            if (blur > 0)
                cv::GaussianBlur(gray, gray, {}, blur);
            if (noise > 0) {
                cv::Mat n(gray.size(), CV_16S), tmp;
                cv::randn(n, 0, noise);
                gray.convertTo(tmp, CV_16S);
                tmp += n;
                tmp.convertTo(gray, CV_8U);
            }
            const double scale = MrzZoneSegmenter::kTargetPitch / pitch;
            cv::resize(gray, gray, {}, scale, scale, scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
            MrzSegmentedZone zone;
            QVERIFY(MrzZoneSegmenter::segment(gray, chars, lines, zone));
            QCOMPARE(static_cast<int>(zone.lines.size()), lines);
            for (int l = 0; l < lines; ++l) {
                const std::vector<GlyphReading> readings = model.classify(zone.lines[static_cast<size_t>(l)].features);
                QCOMPARE(static_cast<int>(readings.size()), chars);
                for (int i = 0; i < chars; ++i) {
                    const char truth = text[static_cast<size_t>(l)][static_cast<size_t>(i)];
                    const GlyphReading& r = readings[static_cast<size_t>(i)];
                    QVERIFY(r[0].probability >= r[1].probability && r[1].probability >= r[2].probability);
                    ++total;
                    correct += r[0].character == truth;
                    inTop3 += r[0].character == truth || r[1].character == truth || r[2].character == truth;
                }
            }
        }
        const double accuracy = static_cast<double>(correct) / total;
        QVERIFY2(
            accuracy >= 0.995, qPrintable(QStringLiteral("accuracy %1 (%2/%3)").arg(accuracy).arg(correct).arg(total)));
        QCOMPARE(inTop3, total);
    }

    void embedsAnEnsemble()
    {
        QVERIFY2(OcrbModel().memberCount() >= 2, "the build embeds one network per seed in BD_OCR_SEEDS");
    }

    void rejectsAForeignModel()
    {
        QVERIFY(!OcrbModel(QByteArray("not a model")).isValid());
        // One unreadable member spoils the ensemble: a reader never runs on part of its model.
        const QStringList members = QDir(QStringLiteral(":/ocr")).entryList({ QStringLiteral("ocrb-mlp-*.yml") });
        QVERIFY(!members.isEmpty());
        QFile good(QStringLiteral(":/ocr/") + members.first());
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray yaml = good.readAll();
        QVERIFY(OcrbModel(std::vector<QByteArray> { yaml }).isValid());
        QVERIFY(!OcrbModel(std::vector<QByteArray> { yaml, QByteArray("not a model") }).isValid());
        QVERIFY(!OcrbModel(std::vector<QByteArray> {}).isValid());
        QVERIFY(OcrbModel(QByteArray()).classify(cv::Mat::ones(1, 10, CV_32F)).empty());
    }
};

QTEST_APPLESS_MAIN(TestOcrbModel)
#include "TestOcrbModel.moc"
