// Every training scenario's document as the demo workstation prints it — with the traveller's
// synthetic portrait in the portrait area — is read exactly by the image MRZ reader, and reads
// the same as the same page without the portrait: the face sits beside the MRZ, never on it.
#include "services/ocr/OpenCvMrzReader.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/ScenarioDocument.h"
#include "services/training/SyntheticDocument.h"
#include "services/training/SyntheticPortrait.h"
#include "tests/support/TestHygiene.h"

#include <QtTest>

using namespace bd::training;

class TestScenarioPortraitDocuments : public QObject
{
    Q_OBJECT
private:
    const QDate m_today { 2026, 11, 28 };

    bd::ocr::MrzReading read(const bd::training::SyntheticDocumentSpec& spec) const
    {
        static const bd::training::SyntheticDocument printer;
        bd::ocr::OpenCvMrzReader::Options options;
        options.today = m_today;
        static const bd::ocr::OpenCvMrzReader reader(options);
        return reader.readEncoded(bd::training::SyntheticDocument::encode(printer.render(spec).image, ".png"));
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        QVERIFY2(bd::training::SyntheticDocument().isValid(), "the OCR-B font is missing (fonts-ocr-b)");
    }

    void readsEveryScenarioDocumentWithItsPortrait_data()
    {
        QTest::addColumn<QString>("id");
        const auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), m_today);
        QVERIFY(deck.ok());
        for (const CaseFile& c : deck->cases())
            QTest::newRow(qPrintable(c.id)) << c.id;
    }
    void readsEveryScenarioDocumentWithItsPortrait()
    {
        QFETCH(QString, id);
        const auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), m_today);
        QVERIFY(deck.ok());
        const CaseFile* c = deck->findById(id);
        QVERIFY(c && c->faceSeed != 0);
        const auto spec = scenarioDocumentSpec(*c);
        QVERIFY(spec.ok());
        bd::training::SyntheticDocumentSpec printed = spec.value();
        printed.portrait = SyntheticPortrait::render(c->faceSeed); // as DemoGateway::renderDocument prints it
        // BD_DOCUMENT_DIR=<dir>: keep the printed pages, e.g. for `borderdesk-cli mrz-ocr <dir>/*.png`.
        const QString keep = qEnvironmentVariable("BD_DOCUMENT_DIR");
        if (!keep.isEmpty()) {
            static const bd::training::SyntheticDocument printer;
            QFile file(QDir(keep).filePath(id + QStringLiteral(".png")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bd::training::SyntheticDocument::encode(printer.render(printed).image, ".png"));
        }
        const bd::ocr::MrzReading withFace = read(printed);
        const bd::ocr::MrzReading without = read(spec.value());
        QCOMPARE(withFace.found, without.found);
        QCOMPARE(withFace.record.lines, without.record.lines);
        QVERIFY2(withFace.found, qPrintable(withFace.error.detail));
        QCOMPARE(withFace.record.lines, printed.mrzLines);
        QVERIFY(withFace.record.valid);
        QVERIFY(withFace.record.repairs.isEmpty());
        QCOMPARE(withFace.rotationDegrees, 0);
    }
};

QTEST_GUILESS_MAIN(TestScenarioPortraitDocuments)
#include "TestScenarioPortraitDocuments.moc"
