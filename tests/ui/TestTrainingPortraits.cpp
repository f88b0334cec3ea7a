// The Biometrics step (F2) in the real window as `borderdesk --demo` builds it: a scenario's
// document is printed with the traveller's synthetic portrait and read by the real OCR; the
// portrait then stands in for the camera capture, labelled as a training portrait, and the faces
// the scenario puts in the records are shown beside it (the red link: the same face under two
// identities). In live mode the page says that face capture is not available, and shows no face.
#include "app/DemoGateway.h"
#include "tests/support/DemoWorkstation.h"
#include "tests/support/TestHygiene.h"
#include "ui/BiometricsPage.h"
#include "ui/CheckController.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"
#include "widgets/ImageView.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using bd::model::LinkColour;
using bd::model::SystemId;
using bd::testsupport::DemoWorkstation;

class TestTrainingPortraits : public QObject
{
    Q_OBJECT

private:
    static void saveShot(QWidget& window, const QString& name)
    {
        // BD_SCREENSHOT_DIR=<dir>: docs/screenshots/make-results-screenshots keeps the window as shown.
        const QString shots = qEnvironmentVariable("BD_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            window.grab().save(QDir(shots).filePath(name));
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void scenarioPortraitOnTheBiometricsPage_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("red link") << "red-link";
        QTest::newRow("green link") << "green-link-namesake";
        QTest::newRow("clean") << "clean-visa-exempt";
    }

    void scenarioPortraitOnTheBiometricsPage()
    {
        QFETCH(QString, scenario);
        DemoWorkstation workstation;
        auto& root = workstation.root();
        QVERIFY2(root.demoGateway(), "the in-process training gateway did not start");
        auto& window = workstation.window();
        QVERIFY(workstation.show(QSize(1440, 900)));
        auto& page = root.biometricsPage();
        QCOMPARE(page.mode(), bd::ui::BiometricsPage::Mode::Training);
        QVERIFY(!page.hasPortrait());

        const auto* c = root.demoGateway()->deck().findById(scenario);
        QVERIFY(c);
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        QVERIFY(root.runScenario(scenario));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        // The document was read from the printed page with the portrait on it.
        QCOMPARE(root.checkController().currentRequest().document.number, c->document.number);
        if (scenario == QLatin1String("red-link")) {
            window.showStep(bd::ui::MainWindow::DocumentStep);
            saveShot(window, QStringLiteral("document-with-portrait.png"));
            window.showStep(bd::ui::MainWindow::ResultsStep);
        }

        // F2: the Biometrics step shows the scenario's portrait, marked as a training portrait.
        QTest::keyClick(&window, Qt::Key_F2);
        QCOMPARE(window.currentStep(), int(bd::ui::MainWindow::BiometricsStep));
        QVERIFY(page.isVisible());
        QVERIFY(page.hasPortrait());
        const QImage expected = root.demoGateway()->travellerPortrait(scenario);
        QVERIFY(!expected.isNull());
        QCOMPARE(page.portrait(), expected);
        auto* view = page.findChild<bd::widgets::ImageView*>(QStringLiteral("faceView"));
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->image(), expected);
        QVERIFY(view->imageRect().width() >= 300); // big enough to compare with the traveller
        QVERIFY2(page.captionText().contains(QStringLiteral("TRAINING PORTRAIT")), qPrintable(page.captionText()));
        QVERIFY(page.captionText().contains(QStringLiteral("Not a real person")));

        const auto& faces = page.facesOnFile();
        if (scenario == QLatin1String("red-link")) {
            // The VIS file of this identity and the EES file of the other identity: one face.
            QCOMPARE(faces.size(), 2);
            QCOMPARE(faces[0].system, SystemId::Vis);
            QCOMPARE(faces[0].recordId, QStringLiteral("vis-s12"));
            QCOMPARE(faces[1].system, SystemId::Ees);
            QCOMPARE(faces[1].recordId, QStringLiteral("ees-alias-s12"));
            for (const auto& f : faces) {
                QCOMPARE(f.link, std::optional<LinkColour>(LinkColour::Red));
                QCOMPARE(f.image, expected);
            }
            const QStringList labels = page.faceLabels();
            QVERIFY2(labels[1].contains(QStringLiteral("ees-alias-s12")) && labels[1].contains(QStringLiteral("RED")),
                qPrintable(labels.join(QLatin1Char('|'))));
            auto* shown = page.findChild<bd::widgets::ImageView*>(QStringLiteral("faceOnFile1"));
            QVERIFY(shown && shown->isVisible());
            QCOMPARE(shown->image(), expected);
            saveShot(window, QStringLiteral("biometrics-red-link.png"));
        } else if (scenario == QLatin1String("green-link-namesake")) {
            // A namesake: the SIS record holds another person's face.
            QCOMPARE(faces.size(), 2);
            const auto namesake = std::find_if(
                faces.cbegin(), faces.cend(), [](const auto& f) { return f.recordId == QLatin1String("sis-ns-s14"); });
            QVERIFY(namesake != faces.cend());
            QVERIFY(namesake->image != expected);
            saveShot(window, QStringLiteral("biometrics-green-link.png"));
        } else {
            QVERIFY(faces.isEmpty());
        }

        // Esc: a new check forgets the face.
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!page.hasPortrait());
        QVERIFY(page.facesOnFile().isEmpty());
    }

    void liveModeSaysCaptureIsNotAvailable()
    {
        DemoWorkstation workstation(DemoWorkstation::live());
        auto& root = workstation.root();
        auto& window = workstation.window();
        QVERIFY(workstation.show());
        auto& page = root.biometricsPage();
        QCOMPARE(page.mode(), bd::ui::BiometricsPage::Mode::Live);
        page.setTrainingPortrait(QImage(10, 10, QImage::Format_RGB32)); // refused outside training
        QTest::keyClick(&window, Qt::Key_F2);
        QCOMPARE(window.currentStep(), int(bd::ui::MainWindow::BiometricsStep));
        QVERIFY(!page.hasPortrait());
        QVERIFY2(page.captionText().contains(QStringLiteral("not yet available on this workstation")),
            qPrintable(page.captionText()));
        auto* view = page.findChild<bd::widgets::ImageView*>(QStringLiteral("faceView"));
        QVERIFY(view && view->image().isNull());
    }
};

QTEST_MAIN(TestTrainingPortraits)
#include "TestTrainingPortraits.moc"
