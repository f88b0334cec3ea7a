#include "ui/DocumentPage.h"

#include "ui_DocumentPage.h"

#include "services/core/Clock.h"
#include "services/core/LogCategories.h"
#include "services/document/MrzParser.h"
#include "ui/DialogService.h"
#include "ui/ErrorText.h"

#include <QImageReader>
#include <QSignalBlocker>
#include <QTime>
#include <QtConcurrent>

namespace bd::ui {
namespace {

using Source = DocumentResultPanel::Source;

bool isMrzChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'<';
}

QString okText(const QString& text)
{
    return QStringLiteral("<span style='color:#1e7b34'>\u2714 %1</span>").arg(text.toHtmlEscaped());
}

QString badText(const QString& text)
{
    return QStringLiteral("<span style='color:#b01e1e'>\u2718 %1</span>").arg(text.toHtmlEscaped());
}

void setStatus(QLabel* label, bool ok, const QString& text)
{
    label->setText(text.isEmpty() ? QString() : (ok ? okText(text) : badText(text)));
    label->setProperty("valid", ok);
}

} // namespace

DocumentPage::DocumentPage(const bd::core::Clock& clock,
    DialogService& dialogs,
    const bd::ocr::MrzImageReader* imageReader,
    const QString& imageUnavailableReason,
    QWidget* parent)
    : CheckStepPage(parent)
    , m_ui(std::make_unique<Ui::DocumentPage>())
    , m_clock(clock)
    , m_dialogs(dialogs)
    , m_imageReader(imageReader)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("documentPage"));
    QFont mono(QStringLiteral("OCR B"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.1);
    m_ui->mrzPlainTextEdit->setFont(mono);
    m_ui->mrzPlainTextEdit->setPlaceholderText(tr("e.g. P<UTOERIKSSON<<ANNA<MARIA<<<…"));
    m_ui->imageView->setPlaceholderText(tr("No image opened."));
    m_ui->openImagePushButton->setEnabled(m_imageReader != nullptr);
    m_ui->imageStatusLabel->setText(
        m_imageReader ? tr("Open a photo or scan of the data page.") : imageUnavailableReason);
    setCameraUnavailableReason(tr("No camera is configured (site setting capture/source)."));

    connect(m_ui->mrzPlainTextEdit, &QPlainTextEdit::textChanged, this, &DocumentPage::handleMrzTextChanged);
    connect(m_ui->clearMrzPushButton, &QPushButton::clicked, this, [this] {
        m_ui->mrzPlainTextEdit->clear();
        m_ui->mrzPlainTextEdit->setFocus();
    });
    for (QLineEdit* edit : { m_ui->documentNumberLineEdit, m_ui->dateOfBirthLineEdit, m_ui->dateOfExpiryLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &DocumentPage::handleAccessKeyChanged);
    connect(m_ui->useAccessKeyPushButton, &QPushButton::clicked, this, &DocumentPage::handleUseAccessKey);
    connect(m_ui->openImagePushButton, &QPushButton::clicked, this, &DocumentPage::openImage);
    connect(&m_imageWatcher, &QFutureWatcherBase::finished, this, &DocumentPage::handleImageRead);
    connect(m_ui->cameraPushButton, &QPushButton::toggled, this, [this](bool on) {
        setCameraRunning(on);
        if (!on)
            m_ui->imageStatusLabel->setText(tr("Camera stopped."));
        emit cameraToggled(on);
    });
    handleMrzTextChanged();
    handleAccessKeyChanged();
}

DocumentPage::~DocumentPage()
{
    // The worker uses the image reader, which the composition root destroys after the window.
    m_imageWatcher.waitForFinished();
}

void DocumentPage::setCameraUnavailableReason(const QString& reason)
{
    m_ui->cameraPushButton->setEnabled(false);
    m_ui->cameraPushButton->setToolTip(reason);
}

void DocumentPage::setCameraAvailable(const QString& description)
{
    m_ui->cameraPushButton->setEnabled(true);
    m_ui->cameraPushButton->setCheckable(true);
    m_ui->cameraPushButton->setToolTip(tr("Read the zone from %1").arg(description));
}

bool DocumentPage::isCameraRunning() const
{
    return m_ui->cameraPushButton->isChecked();
}

quint64 DocumentPage::beginReading()
{
    return ++m_check;
}

void DocumentPage::setCameraRunning(bool running)
{
    if (running && m_cameraCheck == 0)
        m_cameraCheck = beginReading();
    else if (!running)
        m_cameraCheck = 0;
    const QSignalBlocker block(m_ui->cameraPushButton);
    m_ui->cameraPushButton->setChecked(running);
    m_ui->cameraPushButton->setText(running ? tr("Stop camera") : tr("Camera"));
    if (running)
        m_ui->imageStatusLabel->setText(tr("Camera on: hold the data page in view."));
}

void DocumentPage::showCameraFrame(const QImage& frame)
{
    if (isCameraRunning())
        m_ui->imageView->setImage(frame);
}

void DocumentPage::showCameraReading(const QImage& frame, const bd::ocr::MrzReading& reading)
{
    const bool current = m_cameraCheck != 0 && m_cameraCheck == m_check;
    setCameraRunning(false);
    if (!current) {
        // The camera was stopped, or a newer reading started a new check meanwhile.
        qCInfo(lcUi, "camera reading dropped: it belongs to an earlier check");
        return;
    }
    showImageReading(frame, reading, Source::Camera);
}

void DocumentPage::showCameraStopped(const bd::core::Error& error)
{
    setCameraRunning(false);
    const ErrorText::Text text = ErrorText::forError(error);
    m_ui->imageStatusLabel->setText(text.message + QLatin1Char(' ') + text.remedy);
    qCInfo(lcUi, "camera stopped: %s", qPrintable(error.code));
}

void DocumentPage::restart()
{
    beginReading(); // whatever is still being read belongs to the previous check
    if (isCameraRunning()) {
        setCameraRunning(false);
        emit cameraToggled(false);
    }
    m_record = {};
    m_lastTypedZone.clear();
    m_ui->mrzPlainTextEdit->clear();
    m_ui->documentNumberLineEdit->clear();
    m_ui->dateOfBirthLineEdit->clear();
    m_ui->dateOfExpiryLineEdit->clear();
    m_ui->imageView->clear();
    if (m_imageReader && !m_readingImage)
        m_ui->imageStatusLabel->setText(tr("Open a photo or scan of the data page."));
    else if (m_readingImage)
        m_ui->imageStatusLabel->setText(
            tr("The image of the previous check is still being read; its result will be discarded."));
    m_ui->wedgeStatusLabel->setText(tr("Desk reader ready: place the data page on the reader."));
    m_ui->documentResultPanel->clear();
}

void DocumentPage::readFromReader(const QStringList& lines)
{
    m_ui->wedgeStatusLabel->setText(tr("Zone received from the desk reader at %1.")
                                        .arg(m_clock.now().toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));
    readMrzLines(lines, Source::Reader);
}

void DocumentPage::readMrzLines(const QStringList& lines, Source source)
{
    const quint64 check = beginReading();
    m_record = bd::document::MrzParser::parse(lines, { m_clock.today(), true });
    qCInfo(lcUi, "document checked: format %s, valid %d, %lld issues, %lld repairs",
        qPrintable(bd::document::formatName(m_record.format)), m_record.valid ? 1 : 0,
        static_cast<long long>(m_record.issues.size()), static_cast<long long>(m_record.repairs.size()));
    m_ui->documentResultPanel->showRecord(m_record, source);
    emit documentRead(m_record, check);
}

void DocumentPage::showRestoredRecord(const bd::document::MrzRecord& record)
{
    beginReading(); // a reading still under way belongs to the check that was open before
    m_record = record;
    m_ui->documentResultPanel->showRecord(m_record, Source::Restored);
}

void DocumentPage::handleMrzTextChanged()
{
    const QString text = m_ui->mrzPlainTextEdit->toPlainText().toUpper();
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty()) {
        m_ui->mrzLineStatusLabel->setText(tr("Lines of 30 (ID card), 36 or 44 (passport) characters."));
        return;
    }
    // Which format the first line suggests decides the length the others need.
    const qsizetype target
        = lines.size() == 3 || lines.first().size() <= 30 ? 30 : (lines.first().size() <= 36 ? 36 : 44);
    QStringList status;
    bool allGood = true;
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        int bad = -1;
        for (int c = 0; c < line.size(); ++c) {
            if (!isMrzChar(line.at(c))) {
                bad = c;
                break;
            }
        }
        QString s;
        bool ok = false;
        if (bad >= 0)
            s = tr("Line %1: \u201C%2\u201D at position %3 is not allowed (only A to Z, 0 to 9 and <)")
                    .arg(i + 1)
                    .arg(line.at(bad))
                    .arg(bad + 1);
        else if (line.size() != target)
            s = tr("Line %1: %2 of %3 characters").arg(i + 1).arg(line.size()).arg(target);
        else {
            s = tr("Line %1: %2 characters").arg(i + 1).arg(line.size());
            ok = true;
        }
        allGood = allGood && ok;
        status.append(ok ? okText(s) : badText(s));
    }
    const qsizetype expectedLines = target == 30 ? 3 : 2;
    if (lines.size() < expectedLines)
        status.append(tr("%n more line(s) needed", nullptr, static_cast<int>(expectedLines - lines.size())));
    else if (lines.size() > expectedLines)
        status.append(badText(tr("Too many lines: this format has %n", nullptr, static_cast<int>(expectedLines))));
    m_ui->mrzLineStatusLabel->setText(status.join(QStringLiteral("<br>")));
    if (allGood && lines.size() == expectedLines) {
        const QString zone = lines.join(QLatin1Char('\n'));
        if (zone != m_lastTypedZone) {
            m_lastTypedZone = zone;
            readMrzLines(lines, Source::Typed);
        }
    }
}

bool DocumentPage::validateDate(const QString& text, QString* message) const
{
    if (text.size() != 6 || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })) {
        *message = tr("6 digits, YYMMDD");
        return false;
    }
    const int yy = text.left(2).toInt();
    const int mm = text.mid(2, 2).toInt();
    const int dd = text.mid(4, 2).toInt();
    if (!QDate(2000 + yy, mm, dd).isValid() && !QDate(1900 + yy, mm, dd).isValid()) {
        *message = tr("not a calendar date");
        return false;
    }
    return true;
}

void DocumentPage::handleAccessKeyChanged()
{
    const auto upper = [](QLineEdit* edit) {
        const QString up = edit->text().toUpper();
        if (up != edit->text()) {
            const int pos = edit->cursorPosition();
            edit->setText(up);
            edit->setCursorPosition(pos);
        }
        return up.trimmed();
    };
    const QString number = upper(m_ui->documentNumberLineEdit);
    const QString birth = upper(m_ui->dateOfBirthLineEdit);
    const QString expiry = upper(m_ui->dateOfExpiryLineEdit);
    const auto digit
        = [](const QString& protectedText) { return QString::number(bd::document::mrzCheckDigit(protectedText)); };

    bool numberOk
        = !number.isEmpty() && std::all_of(number.cbegin(), number.cend(), isMrzChar) && !number.contains(u'<');
    const QString paddedNumber = number.leftJustified(9, QLatin1Char('<'));
    if (number.isEmpty())
        setStatus(m_ui->documentNumberStatusLabel, false, QString());
    else if (!numberOk)
        setStatus(m_ui->documentNumberStatusLabel, false, tr("letters A\u2013Z and digits only"));
    else
        setStatus(m_ui->documentNumberStatusLabel, true, tr("check digit %1").arg(digit(paddedNumber)));

    QString message;
    const bool birthOk = validateDate(birth, &message);
    setStatus(m_ui->dateOfBirthStatusLabel, birthOk,
        birth.isEmpty() ? QString() : (birthOk ? tr("check digit %1").arg(digit(birth)) : message));
    const bool expiryOk = validateDate(expiry, &message);
    setStatus(m_ui->dateOfExpiryStatusLabel, expiryOk,
        expiry.isEmpty() ? QString() : (expiryOk ? tr("check digit %1").arg(digit(expiry)) : message));
    m_ui->useAccessKeyPushButton->setEnabled(numberOk && birthOk && expiryOk);
}

void DocumentPage::handleUseAccessKey()
{
    const QString number = m_ui->documentNumberLineEdit->text().trimmed();
    const QString birth = m_ui->dateOfBirthLineEdit->text().trimmed();
    const QString expiry = m_ui->dateOfExpiryLineEdit->text().trimmed();
    const QString padded = number.leftJustified(9, QLatin1Char('<'));
    const QString key = padded + QString::number(bd::document::mrzCheckDigit(padded)) + birth
        + QString::number(bd::document::mrzCheckDigit(birth)) + expiry
        + QString::number(bd::document::mrzCheckDigit(expiry));
    beginReading();
    m_record = {};
    m_ui->documentResultPanel->showAccessKey(number, birth, expiry, key);
    emit accessKeyEntered(number, birth, expiry);
}

void DocumentPage::openImage()
{
    if (!m_imageReader || m_imageWatcher.isRunning())
        return;
    const QString path = m_dialogs.openImageFile(this);
    if (path.isEmpty())
        return;
    m_ui->sourceTabWidget->setCurrentWidget(m_ui->imageTab);
    m_ui->openImagePushButton->setEnabled(false);
    m_ui->imageStatusLabel->setText(tr("Reading the zone\u2026"));
    m_ui->imageView->clear();
    m_readingImage = true;
    const bd::ocr::MrzImageReader* reader = m_imageReader;
    const quint64 check = beginReading();
    m_imageWatcher.setFuture(QtConcurrent::run([reader, path, check] {
        ImageResult result;
        result.check = check;
        QImageReader imageReader(path);
        imageReader.setAutoTransform(true);
        result.image = imageReader.read();
        result.reading = reader->readFile(path);
        return result;
    }));
}

void DocumentPage::handleImageRead()
{
    const ImageResult result = m_imageWatcher.result();
    m_ui->openImagePushButton->setEnabled(true);
    if (result.check != m_check) {
        // The desk reader, a typed zone or Esc started a newer check while the OCR ran.
        m_readingImage = false;
        if (!isCameraRunning())
            m_ui->imageStatusLabel->setText(
                tr("The image of the previous check was discarded. Open a photo or scan of the data page."));
        qCInfo(lcUi, "image reading dropped: it belongs to an earlier check");
        return;
    }
    showImageReading(result.image, result.reading, Source::Image);
    m_readingImage = false;
}

void DocumentPage::showImageReading(
    const QImage& image, const bd::ocr::MrzReading& reading, DocumentResultPanel::Source source)
{
    m_ui->imageView->setImage(image);
    if (!reading.found) {
        const ErrorText::Text text = ErrorText::forError(reading.error);
        m_ui->imageStatusLabel->setText(text.message + QLatin1Char(' ') + text.remedy);
        qCInfo(lcUi, "image read without a zone: %s", qPrintable(reading.error.code));
        return;
    }
    QPolygonF box;
    for (const QPointF& p : reading.box)
        box << p;
    // The outline is in the reader's pixel coordinates; it matches the image when sizes agree.
    if (reading.imageSize.isEmpty() || reading.imageSize == image.size())
        m_ui->imageView->setOutline(box);
    m_ui->imageStatusLabel->setText(tr("Zone found in %1 ms.").arg(reading.milliseconds));
    m_record = reading.record;
    m_ui->documentResultPanel->showRecord(m_record, source);
    emit documentRead(m_record, m_check);
}

} // namespace bd::ui
