// Zones not printed in true OCR-B (issue 10). The OCR-B ensemble is trained on OCR-B only; when it
// reads nothing valid, the fallback classifier (trained on DejaVu Sans Mono, bd_ocr_train --fonts
// mono) reads the zone again. Liberation Mono is in neither training set. What must hold whatever
// is read: a reading called valid is the printed zone, character for character, and anything else
// reaches the officer as not valid, with its reasons. Pages are rendered by SyntheticDocument with
// fixed seeds and mild degradations (deterministic; nothing here depends on time).
#include "services/ocr/OcrbFont.h"
#include "services/ocr/OpenCvMrzReader.h"
#include "services/training/RandomMrz.h"
#include "services/training/SyntheticDocument.h"
#include "tests/support/TestHygiene.h"

#include "OcrTestOptions.h"

#include <QtTest>

#include <algorithm>
#include <memory>

using namespace bd::ocr;
using namespace bd::training;
using bd::document::MrzFormat;

namespace {

SyntheticDocumentImage render(const SyntheticDocument& renderer, int format, quint64 seed)
{
    SyntheticDocumentSpec spec;
    spec.mrzLines = RandomMrz::generate(seed, MrzFormat(format));
    spec.dpi = 300;
    spec.seed = seed;
    spec.degradation = Degradation::random(seed, spec.dpi, 0.4);
    return renderer.render(spec);
}

} // namespace

class TestMrzOtherFonts : public QObject
{
    Q_OBJECT
private:
    SyntheticDocument m_dejaVu { std::make_shared<const OcrbFont>(MrzFonts::dejaVuSansMono) };
    SyntheticDocument m_liberation { std::make_shared<const OcrbFont>(MrzFonts::liberationMono) };
    OpenCvMrzReader m_reader { bd::testdata::ocrTestOptions() };

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        QVERIFY2(m_dejaVu.isValid(), "DejaVu Sans Mono is missing (fonts-dejavu-core)");
        QVERIFY2(m_liberation.isValid(), "Liberation Mono is missing (fonts-liberation2)");
        QVERIFY(m_reader.isReady());
    }

    void neverFalselyValid_data()
    {
        QTest::addColumn<bool>("liberation");
        QTest::newRow("DejaVu Sans Mono") << false;
        QTest::newRow("Liberation Mono") << true;
    }

    void neverFalselyValid()
    {
        QFETCH(bool, liberation);
        const SyntheticDocument& renderer = liberation ? m_liberation : m_dejaVu;
        int exact = 0, valid = 0;
        for (quint64 seed = 4201; seed <= 4209; ++seed) {
            const int format = int(seed % 3 == 0 ? MrzFormat::TD1 : seed % 3 == 1 ? MrzFormat::TD3 : MrzFormat::TD2);
            const SyntheticDocumentImage doc = render(renderer, format, seed);
            QVERIFY(!doc.image.empty());
            const MrzReading r = m_reader.read(doc.image);
            const bool isExact = r.found && r.record.lines == doc.mrzLines;
            exact += isExact;
            valid += r.found && r.record.valid;
            if (r.found && r.record.valid)
                QVERIFY2(isExact,
                    qPrintable(QStringLiteral("seed %1 read valid but wrong: %2")
                                   .arg(seed)
                                   .arg(r.record.lines.join(QLatin1Char('/')))));
            else if (r.found)
                QVERIFY2(!r.record.issues.isEmpty(), "a reading that is not valid says why");
            // A zone the fallback read says so (a print that is not OCR-B is worth a look).
            if (r.found && r.record.valid)
                QVERIFY(std::any_of(r.record.issues.cbegin(), r.record.issues.cend(),
                    [](const bd::document::MrzIssue& i) { return i.code == QLatin1String("notOcrB"); }));
        }
        qInfo("%s: %d of 9 pages read exactly, %d valid", liberation ? "Liberation Mono" : "DejaVu Sans Mono", exact,
            valid);
        // The fallback classifier's font reads (7 of 9 here; without the fallback 0 of 9). The bound
        // leaves room for a model trained on another CPU (OpenCV's SIMD paths differ).
        if (!liberation)
            QVERIFY2(
                exact >= 4, qPrintable(QStringLiteral("only %1 of 9 DejaVu Sans Mono pages read exactly").arg(exact)));
    }
};

QTEST_GUILESS_MAIN(TestMrzOtherFonts)
#include "TestMrzOtherFonts.moc"
