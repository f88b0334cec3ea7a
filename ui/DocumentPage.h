#pragma once

#include "services/document/MrzRecord.h"
#include "services/ocr/MrzImageReader.h"
#include "ui/CheckStepPage.h"
#include "ui/DocumentResultPanel.h"

#include <memory>

#include <QFutureWatcher>
#include <QImage>

namespace bd::core {
class Clock;
struct Error;
} // namespace bd::core

namespace Ui {
class DocumentPage;
}

namespace bd::ui {

class DialogService;

// Step 1 of the check: read the travel document from the desk reader (keyboard wedge, always
// listening), typed MRZ or access key, or an image file, and show the checked result.
// Every reading belongs to a check: a new check starts with each reading that begins (a zone from
// the desk reader or typed, an image opened, the camera switched on) and with restart(). A reading
// that finishes after a newer check started (an image still in the OCR, a late camera frame) is
// dropped, never shown or emitted: it would start a search for the previous traveller.
class DocumentPage : public CheckStepPage
{
    Q_OBJECT
public:
    // imageReader may be null: the image source is then disabled and imageUnavailableReason (or a
    // default text when empty) shown.
    DocumentPage(const bd::core::Clock& clock,
        DialogService& dialogs,
        const bd::ocr::MrzImageReader* imageReader,
        const QString& imageUnavailableReason,
        QWidget* parent = nullptr);
    ~DocumentPage() override;

    void restart() override;
    // No camera is wired (no capture/source setting, or no image reader): the button is disabled.
    void setCameraUnavailableReason(const QString& reason);
    // A frame source is wired: the Camera button starts and stops it (cameraToggled).
    void setCameraAvailable(const QString& description);
    bool isCameraRunning() const;
    const bd::document::MrzRecord& currentRecord() const { return m_record; }
    // True from the moment an image is chosen until its reading is on screen (not only while the
    // worker runs: the result is shown from a queued signal after the worker has finished).
    bool isReadingImage() const { return m_readingImage; }
    // The check the page is reading for now (increases with every new reading and restart()).
    quint64 currentCheck() const { return m_check; }

public slots:
    // A zone from any source (the desk reader's wedge filter calls this).
    void readMrzLines(const QStringList& lines, bd::ui::DocumentResultPanel::Source source);
    void readFromReader(const QStringList& lines);
    // A parked check brought back: its document on the page again, without starting a check.
    void showRestoredRecord(const bd::document::MrzRecord& record);
    void openImage();
    // Camera path: live frames for the preview, and the frame on which a zone was read.
    void showCameraFrame(const QImage& frame);
    void showCameraReading(const QImage& frame, const bd::ocr::MrzReading& reading);
    void setCameraRunning(bool running);
    // The camera stopped by itself: the source failed (capture.open, capture.read) or a file
    // source ended without a readable zone (error.code ocr.noMrz).
    void showCameraStopped(const bd::core::Error& error);

signals:
    // `check`: the check the reading belongs to (currentCheck() when it is emitted).
    void documentRead(const bd::document::MrzRecord& record, quint64 check);
    void cameraToggled(bool on);
    void accessKeyEntered(const QString& documentNumber, const QString& dateOfBirth, const QString& dateOfExpiry);

private:
    struct ImageResult
    {
        bd::ocr::MrzReading reading;
        QImage image;
        quint64 check = 0; // the check the image was opened for
    };

    void handleMrzTextChanged();
    void handleAccessKeyChanged();
    void handleUseAccessKey();
    void handleImageRead();
    void showImageReading(const QImage& image, const bd::ocr::MrzReading& reading, DocumentResultPanel::Source source);
    quint64 beginReading(); // a new reading: a new check, which makes every older reading stale
    bool validateDate(const QString& text, QString* message) const;

    std::unique_ptr<Ui::DocumentPage> m_ui;
    const bd::core::Clock& m_clock;
    DialogService& m_dialogs;
    const bd::ocr::MrzImageReader* m_imageReader;
    QFutureWatcher<ImageResult> m_imageWatcher;
    bool m_readingImage = false;
    quint64 m_check = 0;
    quint64 m_cameraCheck = 0; // the check the running camera reads for; 0 when off
    bd::document::MrzRecord m_record;
    QString m_lastTypedZone;
};

} // namespace bd::ui
