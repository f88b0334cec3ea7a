// GUI test of the real booth window: the desk reader's keyboard burst, typed zones, images, steps.
#include "services/document/MrzParser.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FakeDialogService.h"
#include "tests/support/FakeMrzImageReader.h"
#include "tests/support/PlaceholderPage.h"
#include "tests/support/TestHygiene.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"
#include "ui/WedgeEventFilter.h"
#include "widgets/ImageView.h"
#include "widgets/MrzLineView.h"
#include "widgets/StatusBanner.h"
#include "widgets/WatermarkOverlay.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using bd::ui::MainWindow;
using bd::widgets::MrzLineView;

namespace {

// ICAO 9303 specimen passport zone (public test data from the standard).
const QString kLine1 = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
const QString kLine2 = QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10");

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    bd::testsupport::FakeClock m_clock { QDateTime(QDate(2010, 6, 1), QTime(9, 0), Qt::UTC) };
    bd::testsupport::FakeDialogService m_dialogs;
    bd::testsupport::FakeMrzImageReader m_reader;
    std::unique_ptr<bd::ui::WedgeEventFilter> m_wedge;
    std::unique_ptr<MainWindow> m_window;
    bd::ui::DocumentPage* m_document = nullptr;
    qint64 m_fakeMs = 1000;
    int m_keyStepMs = 8;

    template <typename T> T* find(const char* name) const
    {
        T* w = m_window->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    void build(MainWindow::Mode mode, const bd::ocr::MrzImageReader* reader)
    {
        m_wedge = std::make_unique<bd::ui::WedgeEventFilter>(bd::input::KeyboardWedgeDecoder::Config {});
        m_wedge->setToday(m_clock.today());
        // Key times come from this counter, not the wall clock: every key is m_keyStepMs after the last.
        m_wedge->setTimeSource([this](const QKeyEvent&) { return m_fakeMs += m_keyStepMs; });
        m_document = new bd::ui::DocumentPage(m_clock, m_dialogs, reader, QStringLiteral("no reader in this build"));
        MainWindow::Pages pages;
        pages.document = m_document;
        pages.biometrics = new bd::testsupport::PlaceholderPage(QStringLiteral("Biometrics"), QStringLiteral("later"));
        pages.results = new bd::testsupport::PlaceholderPage(QStringLiteral("Results"), QStringLiteral("later"));
        pages.decision = new bd::testsupport::PlaceholderPage(QStringLiteral("Decision"), QStringLiteral("later"));
        m_window = std::make_unique<MainWindow>(pages, mode);
        connect(
            m_wedge.get(), &bd::ui::WedgeEventFilter::mrzLinesRead, m_document, &bd::ui::DocumentPage::readFromReader);
        qApp->installEventFilter(m_wedge.get());
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Puts the keyboard focus into the document-number field of the access-key form.
    QLineEdit* focusDocumentNumber()
    {
        find<QTabWidget>("sourceTabWidget")->setCurrentIndex(1);
        auto* edit = find<QLineEdit>("documentNumberLineEdit");
        m_window->activateWindow();
        edit->setFocus();
        if (!QTest::qWaitFor([edit] { return edit->hasFocus(); }))
            qWarning("the document number field did not get the focus");
        return edit;
    }

    // A desk reader typing the zone into whatever has focus: fast keys, CR after each line.
    void readerTypes(QWidget* focus, const QStringList& lines)
    {
        m_keyStepMs = 8;
        for (const QString& line : lines) {
            QTest::keyClicks(focus, line);
            QTest::keyClick(focus, Qt::Key_Return);
        }
    }

    QTableWidgetItem* checkCell(const QString& fieldLabel) const
    {
        auto* table = find<QTableWidget>("fieldsTableWidget");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == fieldLabel)
                return table->item(row, 2);
        }
        return nullptr;
    }

    QString valueCell(const QString& fieldLabel) const
    {
        auto* table = find<QTableWidget>("fieldsTableWidget");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == fieldLabel)
                return table->item(row, 1)->text();
        }
        return {};
    }

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        build(MainWindow::Mode::Training, &m_reader);
    }
    void cleanup()
    {
        qApp->removeEventFilter(m_wedge.get());
        m_window.reset();
        m_wedge.reset();
    }

    void alertsStayAcrossChecksUntilAcknowledged()
    {
        auto* bar = find<QWidget>("alertBar");
        QVERIFY(bar && !bar->isVisible());
        m_window->addAlert(QStringLiteral("RETRO-HIT: first"));
        m_window->addAlert(QStringLiteral("RETRO-HIT: second"));
        QVERIFY(bar->isVisible());
        QVERIFY(find<QLabel>("alertText")->text().contains(QStringLiteral("second")));
        m_window->restartCheck(); // a new traveller: the alerts stay
        QCOMPARE(m_window->alerts().size(), 2);
        QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->alerts().isEmpty());
        QVERIFY(!bar->isVisible());
    }

    void theOutboxIsShownAndRetriedFromTheKeyboard()
    {
        auto* label = find<QLabel>("outboxLabel");
        QVERIFY(label && !label->isVisible());
        m_window->setOutbox(3, 0);
        QCOMPARE(m_window->outboxText(), QStringLiteral("3 records to send"));
        QVERIFY(label->isVisible());
        m_window->setOutbox(1, 1);
        QCOMPARE(m_window->outboxText(), QStringLiteral("1 record to send \u00b7 1 record NOT sent (Ctrl+Shift+R)"));
        QCOMPARE(label->property("quarantined").toInt(), 1);
        QSignalSpy retry(m_window.get(), &MainWindow::outboxRetryRequested);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(retry.size(), 1);
        m_window->setOutbox(0, 0);
        QVERIFY(!label->isVisible());
    }

    void readerBurstShowsFieldsAndNeverReachesTheFocusedField()
    {
        QLineEdit* edit = focusDocumentNumber();
        QVERIFY(edit->hasFocus());
        readerTypes(edit, { kLine1, kLine2 });
        QTRY_VERIFY(m_document->currentRecord().valid);
        QCOMPARE(edit->text(), QString()); // not one keystroke leaked
        QVERIFY(edit->hasFocus());
        QCOMPARE(valueCell(QStringLiteral("Document number")), QStringLiteral("L898902C3"));
        QCOMPARE(valueCell(QStringLiteral("Surname")), QStringLiteral("ERIKSSON"));
        QTableWidgetItem* dob = checkCell(QStringLiteral("Date of birth"));
        QVERIFY(dob);
        QVERIFY(dob->text().startsWith(bd::ui::DocumentResultPanel::tickText()));
        auto* lineView = find<MrzLineView>("mrzLineView");
        QCOMPARE(lineView->lines(), QStringList({ kLine1, kLine2 }));
        QVERIFY(lineView->isVisible());
        QVERIFY(find<QLabel>("wedgeStatusLabel")->text().contains(QStringLiteral("desk reader")));
    }

    void personTypingReachesTheFocusedField()
    {
        QLineEdit* edit = focusDocumentNumber();
        m_keyStepMs = 150;
        QTest::keyClicks(edit, QStringLiteral("L898902C3"));
        QTRY_COMPARE(edit->text(), QStringLiteral("L898902C3"));
        QVERIFY(m_document->currentRecord().lines.isEmpty());
        // Live validation shows the computed check digit of the typed number.
        QVERIFY(find<QLabel>("documentNumberStatusLabel")->text().contains(QStringLiteral("check digit 6")));
    }

    void wrongCheckDigitShowsCrossAndReason()
    {
        QString bad = kLine2;
        bad[19] = u'3'; // date-of-birth check digit: 2 is right
        readerTypes(focusDocumentNumber(), { kLine1, bad });
        QTRY_VERIFY(!m_document->currentRecord().lines.isEmpty());
        QVERIFY(!m_document->currentRecord().valid);
        QTableWidgetItem* dob = checkCell(QStringLiteral("Date of birth"));
        QVERIFY(dob);
        QVERIFY2(dob->text().startsWith(bd::ui::DocumentResultPanel::crossText()), qPrintable(dob->text()));
        QVERIFY(dob->text().contains(QStringLiteral("2 expected")));
        auto* issues = find<QWidget>("issuesWidget");
        QVERIFY(issues->isVisible());
        bool reasonShown = false;
        for (const QLabel* label : issues->findChildren<QLabel*>(QStringLiteral("issueLabel"))) {
            if (label->property("issueCode").toString() == QLatin1String("checkDigit")) {
                reasonShown
                    = label->isVisible() && label->text().contains(QStringLiteral("check digit does not match"));
            }
        }
        QVERIFY(reasonShown);
        auto* banner = find<bd::widgets::StatusBanner>("documentSummaryBanner");
        QCOMPARE(banner->kind(), bd::widgets::StatusBanner::Kind::Error);
        QCOMPARE(find<MrzLineView>("mrzLineView")->markAt(1, 19), MrzLineView::Mark::Problem);
    }

    void confusableInDateOfBirthIsRepairedAndHighlighted()
    {
        QString typed = kLine2;
        typed[15] = u'O'; // 740812 typed as 74O812
        find<QTabWidget>("sourceTabWidget")->setCurrentIndex(0);
        find<QPlainTextEdit>("mrzPlainTextEdit")->setPlainText(kLine1 + QLatin1Char('\n') + typed);
        QTRY_VERIFY(!m_document->currentRecord().lines.isEmpty());
        QCOMPARE(m_document->currentRecord().lines.value(1), kLine2);
        auto* lineView = find<MrzLineView>("mrzLineView");
        QCOMPARE(lineView->markAt(1, 15), MrzLineView::Mark::Changed);
        QCOMPARE(lineView->markAt(1, 14), MrzLineView::Mark::None);
        auto* repairs = find<QWidget>("repairsWidget");
        QVERIFY(repairs->isVisible());
        const QList<QLabel*> listed = repairs->findChildren<QLabel*>(QStringLiteral("repairLabel"));
        QCOMPARE(listed.size(), 1);
        QVERIFY(listed.first()->text().contains(QStringLiteral("position 16")));
    }

    void typedLinesAreValidatedPerLine()
    {
        find<QTabWidget>("sourceTabWidget")->setCurrentIndex(0);
        auto* editor = find<QPlainTextEdit>("mrzPlainTextEdit");
        editor->setPlainText(kLine1 + QLatin1Char('\n') + kLine2.left(40));
        const QString status = find<QLabel>("mrzLineStatusLabel")->text();
        QVERIFY(status.contains(QStringLiteral("Line 1: 44 characters")));
        QVERIFY(status.contains(QStringLiteral("Line 2: 40 of 44 characters")));
        QVERIFY(m_document->currentRecord().lines.isEmpty());
        editor->setPlainText(kLine1 + QLatin1Char('\n') + kLine2.left(40) + QStringLiteral("b#<<"));
        QVERIFY(find<QLabel>("mrzLineStatusLabel")->text().contains(QStringLiteral("position 42")));
    }

    void functionKeysSwitchStepsAndEscapeRestarts()
    {
        readerTypes(focusDocumentNumber(), { kLine1, kLine2 });
        QTRY_VERIFY(m_document->currentRecord().valid);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QCOMPARE(m_window->currentStep(), int(MainWindow::BiometricsStep));
        QWidget* shown = find<QStackedWidget>("pagesStackedWidget")->currentWidget();
        QVERIFY(shown->findChild<QLabel*>(QStringLiteral("notAvailableLabel"))->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_F4);
        QCOMPARE(m_window->currentStep(), int(MainWindow::DecisionStep));
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QCOMPARE(m_window->currentStep(), int(MainWindow::ResultsStep));
        QTest::mouseClick(find<QPushButton>("documentStepPushButton"), Qt::LeftButton);
        QCOMPARE(m_window->currentStep(), int(MainWindow::DocumentStep));
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QCOMPARE(m_window->currentStep(), int(MainWindow::DocumentStep));
        QVERIFY(m_document->currentRecord().lines.isEmpty());
        QVERIFY(!find<QTableWidget>("fieldsTableWidget")->isVisible());
        QVERIFY(find<QLabel>("documentEmptyLabel")->isVisible());
    }

    void readerWorksOnEveryStep()
    {
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        // Whatever has the focus now (or the window itself) receives the reader's keys.
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        readerTypes(focus, { kLine1, kLine2 });
        QTRY_VERIFY(m_document->currentRecord().valid);
    }

    void trainingModeIsMarked()
    {
        auto* watermark = find<bd::widgets::WatermarkOverlay>("trainingWatermark");
        QVERIFY(watermark);
        QVERIFY(watermark->isVisible());
        QCOMPARE(watermark->text(), QStringLiteral("TRAINING"));
        QCOMPARE(watermark->geometry(), watermark->parentWidget()->rect());
        QCOMPARE(find<QLabel>("modeLabel")->text(), QStringLiteral("TRAINING"));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("TRAINING")));

        cleanup();
        build(MainWindow::Mode::Live, &m_reader);
        QVERIFY(!m_window->findChild<bd::widgets::WatermarkOverlay*>());
        QCOMPARE(find<QLabel>("modeLabel")->text(), QStringLiteral("LIVE"));
    }

    void imageIsReadOffTheGuiThreadAndShowsTheZone()
    {
        QTemporaryDir dir;
        QImage image(800, 560, QImage::Format_RGB32);
        image.fill(Qt::white);
        m_dialogs.path = dir.filePath(QStringLiteral("page.png"));
        QVERIFY(image.save(m_dialogs.path));
        bd::ocr::MrzReading reading;
        reading.found = true;
        reading.record = bd::document::MrzParser::parse({ kLine1, kLine2 }, { m_clock.today(), true });
        reading.box = { QPointF(40, 440), QPointF(760, 440), QPointF(760, 520), QPointF(40, 520) };
        reading.imageSize = image.size();
        m_reader.setReading(reading);
        m_reader.holdCalls(true);

        QTest::mouseClick(find<QPushButton>("openImagePushButton"), Qt::LeftButton);
        QCOMPARE(m_dialogs.calls, 1);
        QVERIFY(m_document->isReadingImage());
        QVERIFY(!find<QPushButton>("openImagePushButton")->isEnabled());
        // The GUI thread is free while the reader works: the officer can still switch steps.
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QCOMPARE(m_window->currentStep(), int(MainWindow::BiometricsStep));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        m_reader.release();
        m_reader.holdCalls(false);
        QTRY_VERIFY(m_document->currentRecord().valid);
        QVERIFY(!m_document->isReadingImage());
        QVERIFY(m_reader.lastThread() != QThread::currentThread());
        QCOMPARE(m_reader.lastPath(), m_dialogs.path);
        auto* view = find<bd::widgets::ImageView>("imageView");
        QCOMPARE(view->image().size(), image.size());
        QCOMPARE(view->outline().size(), 4);
        QVERIFY(find<QLabel>("documentSourceLabel")->text().contains(QStringLiteral("image")));
    }

    void imageNotFoundExplainsWhy()
    {
        QTemporaryDir dir;
        m_dialogs.path = dir.filePath(QStringLiteral("blank.png"));
        QImage blank(200, 100, QImage::Format_RGB32);
        blank.fill(Qt::gray);
        QVERIFY(blank.save(m_dialogs.path));
        bd::ocr::MrzReading nothing;
        nothing.error = { QStringLiteral("ocr.noMrz"), QStringLiteral("no zone"), {} };
        m_reader.setReading(nothing);
        QTest::mouseClick(find<QPushButton>("openImagePushButton"), Qt::LeftButton);
        QTRY_VERIFY(find<QPushButton>("openImagePushButton")->isEnabled());
        QVERIFY(find<QLabel>("imageStatusLabel")->text().contains(QStringLiteral("No machine-readable zone")));
        QVERIFY(m_document->currentRecord().lines.isEmpty());
    }

    void withoutImageReaderTheSourceIsDisabledWithReason()
    {
        cleanup();
        build(MainWindow::Mode::Training, nullptr);
        QVERIFY(!find<QPushButton>("openImagePushButton")->isEnabled());
        QCOMPARE(find<QLabel>("imageStatusLabel")->text(), QStringLiteral("no reader in this build"));
        QVERIFY(!find<QPushButton>("cameraPushButton")->isEnabled());
    }

    void cameraReadingShowsTheFrameAndTheZone()
    {
        QPushButton* camera = find<QPushButton>("cameraPushButton");
        QVERIFY(!camera->isEnabled());
        m_document->setCameraAvailable(QStringLiteral("camera device 0"));
        QVERIFY(camera->isEnabled());
        QSignalSpy toggled(m_document, &bd::ui::DocumentPage::cameraToggled);
        QSignalSpy read(m_document, &bd::ui::DocumentPage::documentRead);
        QTest::mouseClick(camera, Qt::LeftButton);
        QCOMPARE(toggled.count(), 1);
        QCOMPARE(toggled.at(0).at(0).toBool(), true);
        QVERIFY(m_document->isCameraRunning());

        bd::ocr::MrzReading reading;
        reading.found = true;
        reading.record = bd::document::MrzParser::parse({ kLine1, kLine2 }, { m_clock.today(), true });
        reading.box = { QPointF(10, 200), QPointF(300, 200), QPointF(300, 240), QPointF(10, 240) };
        reading.imageSize = QSize(320, 260);
        QImage frame(320, 260, QImage::Format_RGB888);
        frame.fill(Qt::gray);
        m_document->showCameraReading(frame, reading);
        QCOMPARE(read.count(), 1);
        QVERIFY(!m_document->isCameraRunning()); // a document was read: the camera stops
        QCOMPARE(m_document->currentRecord().lines, (QStringList { kLine1, kLine2 }));
        QVERIFY(!find<bd::widgets::ImageView>("imageView")->outline().isEmpty());

        // Esc restarts the check and turns a running camera off.
        QTest::mouseClick(camera, Qt::LeftButton);
        QVERIFY(m_document->isCameraRunning());
        m_window->restartCheck();
        QVERIFY(!m_document->isCameraRunning());
        QCOMPARE(toggled.last().at(0).toBool(), false);
    }

    // F6 switches the check purpose; the status bar shows it permanently (not a timed message).
    void functionKeySixSwitchesEntryAndExit()
    {
        auto* label = find<QLabel>("checkPurposeLabel");
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("ENTRY check"));
        QVERIFY(!label->accessibleName().isEmpty());
        QSignalSpy changed(m_window.get(), &MainWindow::checkPurposeChanged);
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QCOMPARE(m_window->checkPurpose(), MainWindow::CheckPurpose::Exit);
        QCOMPARE(label->text(), QStringLiteral("EXIT check"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<MainWindow::CheckPurpose>(), MainWindow::CheckPurpose::Exit);
        QTest::keyClick(m_window.get(), Qt::Key_F2); // the step keys do not touch it
        QCOMPARE(label->text(), QStringLiteral("EXIT check"));
        QTest::keyClick(m_window.get(), Qt::Key_F6);
        QCOMPARE(label->text(), QStringLiteral("ENTRY check"));
        m_window->setCheckPurpose(MainWindow::CheckPurpose::Exit, true);
        QVERIFY2(label->text().contains(QStringLiteral("next traveller")), qPrintable(label->text()));
        QCOMPARE(changed.size(), 2); // set by the controller: no signal
        QSignalSpy declarations(m_window.get(), &MainWindow::declarationsRequested);
        QTest::keyClick(m_window.get(), Qt::Key_F7);
        QCOMPARE(declarations.size(), 1);
    }

    // Every reading belongs to a check: a reading that finishes after a newer one started is dropped.
    void lateImageReadingIsDroppedAfterATypedZone()
    {
        QTemporaryDir dir;
        QImage image(400, 280, QImage::Format_RGB32);
        image.fill(Qt::white);
        m_dialogs.path = dir.filePath(QStringLiteral("page.png"));
        QVERIFY(image.save(m_dialogs.path));
        bd::ocr::MrzReading reading;
        reading.found = true;
        reading.record = bd::document::MrzParser::parse({ kLine1, kLine2 }, { m_clock.today(), true });
        m_reader.setReading(reading);
        m_reader.holdCalls(true);
        QSignalSpy read(m_document, &bd::ui::DocumentPage::documentRead);
        QTest::mouseClick(find<QPushButton>("openImagePushButton"), Qt::LeftButton);
        const quint64 imageCheck = m_document->currentCheck();
        QVERIFY(m_document->isReadingImage());
        // Meanwhile the officer types another zone: a new check.
        QString typed = kLine1;
        typed.replace(QStringLiteral("ANNA"), QStringLiteral("ANNE"));
        m_document->readMrzLines({ typed, kLine2 }, bd::ui::DocumentResultPanel::Source::Typed);
        QCOMPARE(read.size(), 1);
        QVERIFY(read.last().at(1).toULongLong() > imageCheck);
        m_reader.release();
        m_reader.holdCalls(false);
        QTRY_VERIFY(!m_document->isReadingImage());
        QCOMPARE(read.size(), 1);
        QCOMPARE(m_document->currentRecord().lines.value(0), typed);
        QVERIFY(find<QPushButton>("openImagePushButton")->isEnabled());
        QVERIFY(find<QLabel>("imageStatusLabel")->text().contains(QStringLiteral("discarded")));
    }

    void lateCameraReadingIsDroppedAfterEscape()
    {
        m_document->setCameraAvailable(QStringLiteral("camera device 0"));
        QSignalSpy read(m_document, &bd::ui::DocumentPage::documentRead);
        QTest::mouseClick(find<QPushButton>("cameraPushButton"), Qt::LeftButton);
        QVERIFY(m_document->isCameraRunning());
        m_window->restartCheck(); // Esc: the camera stops; a frame already on its way arrives late
        bd::ocr::MrzReading reading;
        reading.found = true;
        reading.record = bd::document::MrzParser::parse({ kLine1, kLine2 }, { m_clock.today(), true });
        QImage frame(320, 260, QImage::Format_RGB888);
        frame.fill(Qt::gray);
        m_document->showCameraReading(frame, reading);
        QCOMPARE(read.size(), 0);
        QVERIFY(m_document->currentRecord().lines.isEmpty());
    }

    void accessKeyFormValidatesEachField()
    {
        focusDocumentNumber();
        m_wedge->setEnabled(false); // typing speed is not what this test is about
        find<QLineEdit>("documentNumberLineEdit")->setText(QStringLiteral("l898902c3"));
        find<QLineEdit>("dateOfBirthLineEdit")->setText(QStringLiteral("741312"));
        find<QLineEdit>("dateOfExpiryLineEdit")->setText(QStringLiteral("120415"));
        QCOMPARE(find<QLineEdit>("documentNumberLineEdit")->text(), QStringLiteral("L898902C3"));
        QVERIFY(find<QLabel>("dateOfBirthStatusLabel")->text().contains(QStringLiteral("not a calendar date")));
        QVERIFY(find<QLabel>("dateOfExpiryStatusLabel")->text().contains(QStringLiteral("check digit 9")));
        QVERIFY(!find<QPushButton>("useAccessKeyPushButton")->isEnabled());
        find<QLineEdit>("dateOfBirthLineEdit")->setText(QStringLiteral("740812"));
        QVERIFY(find<QLabel>("dateOfBirthStatusLabel")->text().contains(QStringLiteral("check digit 2")));
        QVERIFY(find<QPushButton>("useAccessKeyPushButton")->isEnabled());
        QTest::mouseClick(find<QPushButton>("useAccessKeyPushButton"), Qt::LeftButton);
        QCOMPARE(find<MrzLineView>("mrzLineView")->lines(),
            QStringList { QStringLiteral("L898902C367408122120415"
                                         "9") });
    }
    // Esc starts a new check without a question, also on an undecided check (the controller parks
    // it). F8 and Ctrl+R reach the controller; the status bar counts the parked checks; quitting
    // with undecided checks asks through the dialog service, and Enter does not quit.
    void undecidedChecksInTheWindow()
    {
        m_window->setDialogService(&m_dialogs);
        m_dialogs.questions.clear();
        QSignalSpy restarted(m_window.get(), &MainWindow::checkRestarted);
        m_window->setOpenCheckUndecided(true);
        m_window->showStep(MainWindow::DecisionStep);
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QCOMPARE(restarted.size(), 1);
        QCOMPARE(m_dialogs.questions.size(), 0);
        QCOMPARE(m_window->currentStep(), int(MainWindow::DocumentStep));

        QSignalSpy parked(m_window.get(), &MainWindow::parkedChecksRequested);
        QSignalSpy repeat(m_window.get(), &MainWindow::repeatQueryRequested);
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(parked.size(), 1);
        QCOMPARE(repeat.size(), 1);
        auto* label = find<QLabel>("parkedChecksLabel");
        QVERIFY(label->isHidden());
        m_window->setParkedChecks(1);
        QCOMPARE(label->text(), QStringLiteral("1 parked check (F8)"));
        m_window->setParkedChecks(3);
        QCOMPARE(m_window->parkedChecksText(), QStringLiteral("3 parked checks (F8)"));
        QVERIFY(!label->isHidden());

        // Quitting with undecided checks: Enter does not quit (the default answer is to stay).
        m_dialogs.answer = false;
        QTest::ignoreMessage(QtWarningMsg, "closing with 4 undecided checks"); // MainWindow logs the question
        QVERIFY(!m_window->close());
        QVERIFY(!m_dialogs.questions.last().acceptIsDefault);
        QVERIFY2(m_dialogs.questions.last().text.startsWith(QStringLiteral("4 checks have no recorded decision")),
            qPrintable(m_dialogs.questions.last().text));
        m_window->setParkedChecks(0);
        m_window->setOpenCheckUndecided(false);
        const int asked = static_cast<int>(m_dialogs.questions.size());
        QVERIFY(m_window->close());
        QCOMPARE(m_dialogs.questions.size(), asked);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
