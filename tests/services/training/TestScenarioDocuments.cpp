// Every training scenario's printed document (the same spec DemoGateway::renderDocument prints for
// the demo) is read back exactly by the image MRZ reader: clean 300 dpi scans must never need the
// officer to correct a character.
#include "services/ocr/OpenCvMrzReader.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/ScenarioDocument.h"
#include "services/training/SyntheticDocument.h"
#include "tests/support/TestHygiene.h"

#include <QtTest>

using namespace bd::training;

class TestScenarioDocuments : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void readsEveryScenarioDocumentExactly_data()
    {
        QTest::addColumn<QString>("id");
        const QDate today(2026, 11, 28);
        const auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), today);
        QVERIFY(deck.ok());
        QVERIFY(deck.value().cases().size() >= 10);
        for (const CaseFile& c : deck.value().cases())
            QTest::newRow(qPrintable(c.id)) << c.id;
    }

    void readsEveryScenarioDocumentExactly()
    {
        QFETCH(QString, id);
        const QDate today(2026, 11, 28);
        const auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), today);
        QVERIFY(deck.ok());
        const CaseFile* c = deck.value().findById(id);
        QVERIFY(c);
        const auto spec = scenarioDocumentSpec(*c);
        QVERIFY2(spec.ok(), qPrintable(spec.ok() ? QString() : spec.error().code));
        static const bd::training::SyntheticDocument printer;
        QVERIFY2(printer.isValid(), "the OCR-B font is missing (fonts-ocr-b)");
        const bd::training::SyntheticDocumentImage doc = printer.render(spec.value());
        QVERIFY(!doc.image.empty());

        bd::ocr::OpenCvMrzReader::Options options;
        options.today = today;
        static const bd::ocr::OpenCvMrzReader reader(options);
        QVERIFY(reader.isReady());
        // Through the encoded PNG, as the workstation reads the demo file.
        const bd::ocr::MrzReading r = reader.readEncoded(bd::training::SyntheticDocument::encode(doc.image, ".png"));
        QVERIFY2(r.found, qPrintable(r.error.detail));
        QVERIFY(r.record.valid);
        QVERIFY(r.record.repairs.isEmpty());
        QCOMPARE(r.record.lines, spec.value().mrzLines);
        QCOMPARE(r.rotationDegrees, 0);
    }
};

QTEST_GUILESS_MAIN(TestScenarioDocuments)
#include "TestScenarioDocuments.moc"
