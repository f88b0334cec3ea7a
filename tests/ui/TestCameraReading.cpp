// The Document page's Camera button as the workstation wires it (CompositionRoot with the site
// setting capture/source): frames from an OpenCV source, the zone read by the real OCR, the check
// started, the source closed; a failing or empty source stops with the reason on the page.
#include "services/document/MrzParser.h"
#include "services/training/RandomMrz.h"
#include "services/training/SyntheticDocument.h"
#include "tests/support/DemoWorkstation.h"
#include "tests/support/TestHygiene.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"

#include <opencv2/imgcodecs.hpp>

#include <QDir>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCameraReading : public QObject
{
    Q_OBJECT

    // A live workstation with these settings, and its Camera button and image status.
    struct Workstation
    {
        explicit Workstation(const bd::core::Settings& settings)
            : fixture(bd::testsupport::DemoWorkstation::live(settings))
            , root(&fixture.root())
        {
        }
        bd::testsupport::DemoWorkstation fixture;
        bd::app::CompositionRoot* root;
        QPushButton* camera = nullptr;
        QLabel* status = nullptr;
    };

    static std::unique_ptr<Workstation> workstation(const QString& captureSource)
    {
        bd::core::Settings settings;
        settings.captureSource = captureSource;
        auto w = std::make_unique<Workstation>(settings);
        w->camera = w->root->documentPage().findChild<QPushButton*>(QStringLiteral("cameraPushButton"));
        w->status = w->root->documentPage().findChild<QLabel*>(QStringLiteral("imageStatusLabel"));
        return w;
    }

    static bool writeBlank(const QString& path)
    {
        return cv::imwrite(path.toStdString(), cv::Mat(600, 800, CV_8UC3, cv::Scalar(235, 235, 235)));
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void noSourceConfiguredDisablesTheButton()
    {
        auto w = workstation(QString());
        QVERIFY(w->camera);
        QVERIFY(!w->camera->isEnabled());
        QVERIFY(w->camera->toolTip().contains(QStringLiteral("capture/source")));
    }

    // A folder source: the blank first image gives nothing, the scan is read, the check starts with
    // that document and the camera stops by itself. A second press reads the same document again.
    void folderSourceReadsTheDocumentAndStops()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QStringList lines = bd::training::RandomMrz::generate(7301, bd::document::MrzFormat::TD3);
        QVERIFY(!lines.isEmpty());
        bd::training::SyntheticDocument printer;
        QVERIFY(printer.isValid());
        bd::training::SyntheticDocumentSpec spec;
        spec.mrzLines = lines;
        spec.dpi = 200;
        spec.seed = 31;
        QVERIFY(writeBlank(QDir(folder.path()).filePath(QStringLiteral("a-blank.png"))));
        QVERIFY(cv::imwrite(
            QDir(folder.path()).filePath(QStringLiteral("b-scan.png")).toStdString(), printer.render(spec).image));

        auto w = workstation(QStringLiteral("folder:") + folder.path());
        auto& page = w->root->documentPage();
        QVERIFY(w->camera->isEnabled());
        QVERIFY(w->camera->toolTip().contains(QStringLiteral("image folder")));
        QVERIFY2(!w->camera->toolTip().contains(folder.path()), "the tooltip shows the whole path");
        QVERIFY(bd::document::MrzParser::parse(lines, { QDate(2026, 11, 28), false }).valid);

        for (int press = 0; press < 2; ++press) {
            QSignalSpy read(&page, &bd::ui::DocumentPage::documentRead);
            QTest::mouseClick(w->camera, Qt::LeftButton);
            QVERIFY(page.isCameraRunning());
            QTRY_VERIFY_WITH_TIMEOUT(read.size() == 1, 30000);
            QVERIFY(page.currentRecord().valid);
            QCOMPARE(page.currentRecord().lines, lines);
            QVERIFY(!page.isCameraRunning());
            QVERIFY(!w->camera->isChecked());
            QTest::qWait(200); // nothing else arrives from a closed source
            QCOMPARE(read.size(), 1);
        }
    }

    void folderWithoutAZoneStopsWithTheReason()
    {
        QTemporaryDir folder;
        QVERIFY(writeBlank(QDir(folder.path()).filePath(QStringLiteral("blank.png"))));
        auto w = workstation(QStringLiteral("folder:") + folder.path());
        QSignalSpy read(&w->root->documentPage(), &bd::ui::DocumentPage::documentRead);
        QTest::mouseClick(w->camera, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w->root->documentPage().isCameraRunning(), 30000);
        QVERIFY2(w->status->text().contains(QStringLiteral("No machine-readable zone")), qPrintable(w->status->text()));
        QCOMPARE(read.size(), 0);
        QVERIFY(w->camera->isEnabled()); // the officer may try again
    }

    void missingCameraStopsWithTheReason()
    {
        auto w = workstation(QStringLiteral("device:63"));
        QVERIFY(w->camera->isEnabled());
        QTest::ignoreMessage(QtWarningMsg, "camera: capture.open"); // CameraReading logs why it stopped
        QTest::mouseClick(w->camera, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!w->root->documentPage().isCameraRunning(), 30000);
        QVERIFY2(w->status->text().contains(QStringLiteral("could not be opened")), qPrintable(w->status->text()));
    }

    void stoppingByHandClosesTheSource()
    {
        QTemporaryDir folder;
        for (int i = 0; i < 50; ++i)
            QVERIFY(writeBlank(
                QDir(folder.path()).filePath(QStringLiteral("blank%1.png").arg(i, 2, 10, QLatin1Char('0')))));
        auto w = workstation(QStringLiteral("folder:") + folder.path());
        QTest::mouseClick(w->camera, Qt::LeftButton);
        QVERIFY(w->root->documentPage().isCameraRunning());
        QTest::mouseClick(w->camera, Qt::LeftButton);
        QVERIFY(!w->root->documentPage().isCameraRunning());
        QCOMPARE(w->status->text(), QStringLiteral("Camera stopped."));
        QTest::qWait(300); // a late frame or the end of the folder changes nothing
        QCOMPARE(w->status->text(), QStringLiteral("Camera stopped."));
    }
};

QTEST_MAIN(TestCameraReading)
#include "TestCameraReading.moc"
