// The synthetic traveller portraits: deterministic in the seed, varied across seeds, ICAO-like
// framing (plain light background, one face in the middle that OpenCV's own face detector finds),
// and printed into the document's portrait area without touching the rest of the page.
#include "services/model/Model.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/SyntheticDocument.h"
#include "services/training/SyntheticPortrait.h"
#include "tests/support/TestHygiene.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <QFile>
#include <QTest>

using bd::training::SyntheticPortrait;

class TestSyntheticPortrait : public QObject
{
    Q_OBJECT

private:
    static double meanAbsDiff(const cv::Mat& a, const cv::Mat& b)
    {
        cv::Mat diff;
        cv::absdiff(a, b, diff);
        const cv::Scalar m = cv::mean(diff);
        return (m[0] + m[1] + m[2]) / 3;
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void sameSeedSameImage()
    {
        for (quint32 seed : { 1U, 2U, 77U, 4294967295U }) {
            const cv::Mat a = SyntheticPortrait::render(seed);
            const cv::Mat b = SyntheticPortrait::render(seed);
            QCOMPARE(a.type(), CV_8UC3);
            QCOMPARE(a.cols, SyntheticPortrait::kDefaultWidth);
            QCOMPARE(a.rows, SyntheticPortrait::kDefaultHeight);
            QCOMPARE(cv::norm(a, b, cv::NORM_INF), 0.0);
        }
        const cv::Mat small = SyntheticPortrait::render(5, { 140, 180 });
        QCOMPARE(small.size(), cv::Size(140, 180));
        QCOMPARE(SyntheticPortrait::render(5, { 10, 10 }).size(), cv::Size(70, 90)); // raised to the minimum
    }

    void differentSeedsGiveDifferentFaces()
    {
        std::vector<cv::Mat> faces;
        const quint32 end = bd::testsupport::sanitized() ? 106 : 112; // fewer under the sanitizers (slow)
        for (quint32 seed = 100; seed < end; ++seed)
            faces.push_back(SyntheticPortrait::render(seed));
        for (std::size_t i = 0; i < faces.size(); ++i)
            for (std::size_t j = i + 1; j < faces.size(); ++j)
                QVERIFY2(meanAbsDiff(faces[i], faces[j]) > 6.0,
                    qPrintable(QStringLiteral("seeds %1 and %2 look alike").arg(100 + i).arg(100 + j)));
    }

    void backgroundIsPlainAndLight()
    {
        const quint32 count = bd::testsupport::sanitized() ? 6 : 24;
        for (quint32 seed = 1; seed <= count; ++seed) {
            const cv::Mat p = SyntheticPortrait::render(seed * 2654435761U);
            const int w = p.cols / 8, h = p.rows / 12;
            cv::Scalar leftMean, leftDev, rightMean, rightDev;
            cv::meanStdDev(p(cv::Rect(0, 0, w, h)), leftMean, leftDev);
            cv::meanStdDev(p(cv::Rect(p.cols - w, 0, w, h)), rightMean, rightDev);
            for (int c = 0; c < 3; ++c) {
                QVERIFY2(leftMean[c] > 200 && rightMean[c] > 200, "the background is not light");
                QVERIFY2(leftDev[c] < 3 && rightDev[c] < 3, "the background is not plain");
                QVERIFY2(std::abs(leftMean[c] - rightMean[c]) < 2, "the background is not even");
            }
        }
    }

    void oneFaceInTheMiddle()
    {
        cv::CascadeClassifier detector(
            "/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml"); // opencv-data
        if (detector.empty())
            QSKIP("the opencv-data face cascade is not installed");
        const int n = bd::testsupport::sanitized() ? 10 : 40;
        int found = 0;
        for (int i = 1; i <= n; ++i) {
            const cv::Mat p = SyntheticPortrait::render(static_cast<quint32>(i) * 7919U);
            cv::Mat grey;
            cv::cvtColor(p, grey, cv::COLOR_BGR2GRAY);
            std::vector<cv::Rect> faces;
            detector.detectMultiScale(grey, faces, 1.1, 3, 0, cv::Size(p.cols / 5, p.cols / 5));
            QVERIFY2(faces.size() <= 1, "more than one face");
            if (faces.empty())
                continue;
            ++found;
            const cv::Rect f = faces.front();
            const double cx = (f.x + f.width / 2.0) / p.cols, cy = (f.y + f.height / 2.0) / p.rows;
            QVERIFY2(cx > 0.45 && cx < 0.55, qPrintable(QStringLiteral("face centre x %1").arg(cx)));
            QVERIFY2(cy > 0.4 && cy < 0.62, qPrintable(QStringLiteral("face centre y %1").arg(cy)));
            QVERIFY2(f.width > p.cols / 2, "the face is too small for a passport portrait");
        }
        // A drawn face is not a photograph; the detector still has to see a face in nearly all.
        QVERIFY2(found >= n * 8 / 10, qPrintable(QStringLiteral("a face was found in %1 of %2").arg(found).arg(n)));
    }

    void seedFollowsThePerson()
    {
        bd::model::PersonData a { QStringLiteral("PETROV"), QStringLiteral("ALEXEI"), QDate(1985, 5, 5),
            QStringLiteral("M"), QStringLiteral("RUS") };
        const quint32 seed = SyntheticPortrait::seedFor(a);
        QCOMPARE(SyntheticPortrait::seedFor(a), seed);
        QVERIFY(seed != 0);
        QCOMPARE(seed & 1U, 1U); // masculine features for sex M
        bd::model::PersonData f = a;
        f.sex = QStringLiteral("F");
        QCOMPARE(SyntheticPortrait::seedFor(f) & 1U, 0U);
        bd::model::PersonData other = a;
        other.givenNames = QStringLiteral("IVAN");
        QVERIFY(SyntheticPortrait::seedFor(other) != seed);
    }

    void scenarioFaces()
    {
        const QDate today(2026, 11, 28);
        const auto deck
            = bd::training::ScenarioDeck::load(QString::fromLatin1(bd::training::ScenarioDeck::kEmbedded), today);
        QVERIFY2(deck.ok(), deck.ok() ? "" : qPrintable(deck.error().detail));
        QSet<quint32> seeds;
        for (const auto& c : deck->cases()) {
            QCOMPARE(c.faceSeed, SyntheticPortrait::seedFor(c.person)); // the deck gives no explicit face
            seeds.insert(c.faceSeed);
        }
        QCOMPARE(seeds.size(), deck->cases().size()); // every traveller has a face of their own

        // Red link: the VIS file and the EES file under another identity hold the same face, the traveller's.
        const auto* red = deck->findById(QStringLiteral("red-link"));
        QVERIFY(red);
        QCOMPARE(red->links.size(), 1);
        QCOMPARE(red->links.first().colour, bd::model::LinkColour::Red);
        const auto& records = red->links.first().records;
        QCOMPARE(records.size(), 2);
        for (const auto& r : records)
            QCOMPARE(red->enrolledFaceSeed(r.system, r.recordId), red->faceSeed);
        // Green link: the namesake in SIS is another person with another face.
        const auto* green = deck->findById(QStringLiteral("green-link-namesake"));
        QVERIFY(green);
        const quint32 namesake = green->enrolledFaceSeed(bd::model::SystemId::Sis, QStringLiteral("sis-ns-s14"));
        QVERIFY(namesake != 0 && namesake != green->faceSeed);
        QCOMPARE(green->enrolledFaceSeed(bd::model::SystemId::Vis, QStringLiteral("vis-s14")), green->faceSeed);
    }

    void scenarioFaceMembersAreChecked_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("error");
        QTest::newRow("seed 0") << QByteArray(
            R"("enrolledFaces": [{"system": "vis", "recordId": "v1", "face": {"seed": 0}}])")
                                << "enrolledFaces[0].face";
        QTest::newRow("seed not whole") << QByteArray(
            R"("enrolledFaces": [{"system": "vis", "recordId": "v1", "face": {"seed": 1.5}}])")
                                        << "enrolledFaces[0].face";
        QTest::newRow("unknown system") << QByteArray(R"("enrolledFaces": [{"system": "xyz", "recordId": "v1"}])")
                                        << "enrolledFaces[0]";
        QTest::newRow("no record") << QByteArray(R"("enrolledFaces": [{"system": "vis"}])") << "enrolledFaces[0]";
        QTest::newRow("twice") << QByteArray(
            R"("enrolledFaces": [{"system": "vis", "recordId": "v1"}, {"system": "vis", "recordId": "v1"}])")
                               << "enrolledFaces[1]";
        QTest::newRow("not an array") << QByteArray(R"("enrolledFaces": {})") << "enrolledFaces";
        QTest::newRow("good") << QByteArray(
            R"("enrolledFaces": [{"system": "vis", "recordId": "v1", "face": {"seed": 4294967295}}])")
                              << QString();
    }
    void scenarioFaceMembersAreChecked()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, error);
        const QByteArray json = R"({"id": "face-test", "title": "t", "traveller": {"person": {"surname": "A"},
            "document": {"issuingState": "UTO", "number": "X1"}, "face": {"seed": 42}}, )"
            + extra + "}";
        const auto c = bd::training::ScenarioDeck::parse(json, QDate(2026, 11, 28), QStringLiteral("t.json"));
        if (error.isEmpty()) {
            QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().detail));
            QCOMPARE(c->faceSeed, 42U);
            QCOMPARE(c->enrolledFaceSeed(bd::model::SystemId::Vis, QStringLiteral("v1")), 4294967295U);
        } else {
            QVERIFY(!c.ok());
            QCOMPARE(c.error().code, QStringLiteral("scenario.schema"));
            QVERIFY2(c.error().detail.startsWith(QStringLiteral("t.json: ") + error), qPrintable(c.error().detail));
        }
    }

    void documentPortraitAreaOnly()
    {
        const bd::training::SyntheticDocument printer;
        if (!printer.isValid())
            QSKIP("the OCR-B font is missing (fonts-ocr-b)");
        bd::training::SyntheticDocumentSpec spec;
        spec.mrzLines = { QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") };
        spec.layout = bd::training::DocumentLayout::PassportPage;
        spec.degradation.margin = 0; // the page fills the image: its pixels are the page's
        const auto plain = printer.render(spec);
        spec.portrait = SyntheticPortrait::render(8);
        const auto withFace = printer.render(spec);
        QCOMPARE(withFace.image.size(), plain.image.size());
        cv::Mat diff;
        cv::absdiff(plain.image, withFace.image, diff);
        cv::cvtColor(diff, diff, cv::COLOR_BGR2GRAY);
        const cv::Rect changed = cv::boundingRect(diff > 0);
        // The portrait area of a TD3 page: 30 x 38.4 mm at (4, 10) mm.
        const double px = 300 / 25.4;
        QVERIFY2(changed.area() > 0, "the portrait was not drawn");
        QVERIFY(std::abs(changed.x - 4 * px) <= 3 && std::abs(changed.y - 10 * px) <= 3);
        QVERIFY(std::abs(changed.width - 30 * px) <= 3 && std::abs(changed.height - 38.4 * px) <= 3);
        QVERIFY2(changed.br().y < withFace.mrzCorners[0].y, "the portrait reaches the machine-readable zone");
        // It shows the face: in the middle of the area the picture's own pixels.
        const cv::Mat face = withFace.image(changed);
        cv::Mat expected;
        const cv::Mat& src = spec.portrait;
        const double aspect = static_cast<double>(changed.width) / changed.height;
        const int cropH = std::min(src.rows, static_cast<int>(std::lround(src.cols / aspect)));
        cv::resize(
            src(cv::Rect(0, (src.rows - cropH) / 2, src.cols, cropH)), expected, changed.size(), 0, 0, cv::INTER_AREA);
        const cv::Rect inner(changed.width / 4, changed.height / 4, changed.width / 2, changed.height / 2);
        QVERIFY(meanAbsDiff(face(inner), expected(inner)) < 2.0);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticPortrait)
#include "TestSyntheticPortrait.moc"
