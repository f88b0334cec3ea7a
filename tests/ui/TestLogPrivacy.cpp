// No personal data in the log: a full parse-and-display run (typed zone, image read by the real
// OCR, an invalid zone, a repaired zone) at debug level, then the log file is searched for every
// piece of the traveller's data.
#include "services/core/LogCategories.h"
#include "services/core/LogSink.h"
#include "services/document/MrzGenerator.h"
#include "services/document/MrzParser.h"
#include "services/ocr/OpenCvMrzReader.h"
#include "services/ocr/SyntheticDocument.h"
#include "tests/support/FakeClock.h"
#include "ui/DialogService.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"
#include "ui/PlaceholderPage.h"

#include <opencv2/imgcodecs.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

class FixedDialogService final : public bd::ui::DialogService
{
public:
    QString openImageFile(QWidget* parent) override
    {
        Q_UNUSED(parent);
        return path;
    }
    QString path;
};

// A synthetic traveller (invented, no real person) whose every field is distinctive enough to find.
const QString kSurname = QStringLiteral("QUENTINOVSKA");
const QString kGiven = QStringLiteral("ZELMIRA");
const QString kNumber = QStringLiteral("XK4471Q93");
const QDate kBirth(1987, 6, 23);
const QDate kExpiry(2031, 9, 14);

} // namespace

class TestLogPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void fullRunLeavesNoPersonalDataInTheLog()
    {
        QTemporaryDir dir;
        bd::testsupport::FakeClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));

        bd::document::MrzDocumentData in;
        in.format = bd::document::MrzFormat::TD3;
        in.documentCode = QStringLiteral("P");
        in.issuingState = QStringLiteral("UTO");
        in.surname = kSurname;
        in.givenNames = kGiven;
        in.documentNumber = kNumber;
        in.nationality = QStringLiteral("UTO");
        in.dateOfBirth = kBirth;
        in.sex = QLatin1Char('F');
        in.dateOfExpiry = kExpiry;
        const auto generated = bd::document::MrzGenerator::generate(in);
        QVERIFY(generated.ok());
        const QStringList lines = generated.value();

        bd::ocr::SyntheticDocumentSpec spec;
        spec.mrzLines = lines;
        spec.dpi = 250;
        const QString imagePath = QDir(dir.path()).filePath(QStringLiteral("page.png"));
        QVERIFY(cv::imwrite(imagePath.toStdString(), bd::ocr::SyntheticDocument().render(spec).image));

        QString logPath;
        {
            bd::core::LogSink sink({dir.path(), QStringLiteral("privacy.log"), QtDebugMsg, false});
            logPath = sink.filePath();
            FixedDialogService dialogs;
            dialogs.path = imagePath;
            const bd::ocr::OpenCvMrzReader reader(bd::ocr::OpenCvMrzReader::Options {clock.today()});
            QVERIFY(reader.isReady());
            auto* document = new bd::ui::DocumentPage(clock, dialogs, &reader, QString());
            bd::ui::MainWindow::Pages pages;
            pages.document = document;
            pages.biometrics = bd::ui::PlaceholderPage::biometrics();
            pages.results = bd::ui::PlaceholderPage::results();
            pages.decision = bd::ui::PlaceholderPage::decision();
            bd::ui::MainWindow window(pages, bd::ui::MainWindow::Mode::Training);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            QSignalSpy read(document, &bd::ui::DocumentPage::documentRead);
            document->readMrzLines(lines, bd::ui::DocumentResultPanel::Source::Typed);
            QString broken = lines.at(1);
            broken[9] = broken.at(9) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // wrong check digit
            document->readMrzLines({lines.at(0), broken}, bd::ui::DocumentResultPanel::Source::Reader);
            QString confusable = lines.at(1);
            confusable[13] = QLatin1Char('O'); // birth year digit typed as a letter: repaired
            document->readMrzLines({lines.at(0), confusable}, bd::ui::DocumentResultPanel::Source::Typed);
            document->openImage();
            QTRY_VERIFY_WITH_TIMEOUT(!document->isReadingImage(), 60000);
            QCOMPARE(read.count(), 4); // three typed zones, then the page read by the OCR
            QCOMPARE(document->currentRecord().lines, lines); // the real OCR read the page
            qCDebug(lcUi) << "diagnostic with a stray value" << lines.at(1); // the sink's safety net
            window.restartCheck();
        }

        QFile f(logPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY2(log.contains(QStringLiteral("document checked")), "the run must have logged something");
        const QStringList secrets {kSurname,
                                   kGiven,
                                   kNumber,
                                   kBirth.toString(QStringLiteral("yyMMdd")),
                                   kBirth.toString(Qt::ISODate),
                                   kExpiry.toString(QStringLiteral("yyMMdd")),
                                   kExpiry.toString(Qt::ISODate),
                                   lines.at(0),
                                   lines.at(1),
                                   lines.at(1).left(20),
                                   QStringLiteral("iVBORw0KGgo")}; // PNG bytes as base64
        for (const QString& secret : secrets)
            QVERIFY2(!log.contains(secret, Qt::CaseInsensitive), qPrintable(QStringLiteral("log leaks '%1'").arg(secret)));
    }
};

QTEST_MAIN(TestLogPrivacy)
#include "TestLogPrivacy.moc"
