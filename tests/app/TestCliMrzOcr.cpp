#include "services/document/MrzRecord.h"
#include "services/training/RandomMrz.h"
#include "services/training/SyntheticDocument.h"
#include "tests/support/TestHygiene.h"

#include <opencv2/imgcodecs.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Drives the real borderdesk-cli: `mrz-ocr IMAGE...` on documents printed for this test only
// (seeds no other test, the benchmark or the classifier's training uses), every ICAO layout,
// turned and skewed, as PNG and JPEG; then the error paths and exit codes.
class TestCliMrzOcr : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QList<QJsonObject> objects;
        QByteArray err;
    };

    static Run run(const QStringList& arguments)
    {
        QProcess p;
        p.start(QStringLiteral(BD_CLI_PATH), QStringList { QStringLiteral("mrz-ocr") } + arguments);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.exitCode = p.exitCode();
        r.err = p.readAllStandardError();
        for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                r.objects.append(QJsonDocument::fromJson(line).object());
        return r;
    }

    static QStringList lines(const QJsonObject& o)
    {
        QStringList out;
        for (const QJsonValue& v : o.value(QStringLiteral("lines")).toArray())
            out.append(v.toString());
        return out;
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void readsUnseenDocumentsOfEveryLayout()
    {
        using bd::document::MrzFormat;
        struct Case
        {
            MrzFormat format;
            int dpi;
            int rotation;
            double skew;
            const char* extension;
        };
        const Case cases[] = {
            { MrzFormat::TD1, 300, 0, 4.0, ".png" },
            { MrzFormat::TD2, 250, 90, -6.0, ".jpg" },
            { MrzFormat::TD3, 200, 180, 2.5, ".png" },
            { MrzFormat::MRVA, 300, 270, -3.0, ".jpg" },
            { MrzFormat::MRVB, 300, 0, 8.0, ".png" },
        };
        QTemporaryDir dir;
        bd::training::SyntheticDocument printer;
        QVERIFY(printer.isValid());
        QStringList paths;
        QList<QStringList> expected;
        for (int i = 0; i < int(std::size(cases)); ++i) {
            const Case& c = cases[i];
            const QStringList zone = bd::training::RandomMrz::generate(424200 + i, c.format);
            QVERIFY(!zone.isEmpty());
            bd::training::SyntheticDocumentSpec spec;
            spec.mrzLines = zone;
            spec.dpi = c.dpi;
            spec.seed = 4242 + i;
            spec.degradation.rotationDegrees = c.rotation;
            spec.degradation.skewDegrees = c.skew;
            const QString path
                = QDir(dir.path()).filePath(QStringLiteral("doc%1%2").arg(i).arg(QLatin1String(c.extension)));
            QVERIFY(cv::imwrite(path.toStdString(), printer.render(spec).image));
            paths.append(path);
            expected.append(zone);
        }
        const Run r = run(QStringList { QStringLiteral("--today"), QStringLiteral("2026-11-28") } + paths);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.objects.size(), paths.size());
        for (int i = 0; i < paths.size(); ++i) {
            const QJsonObject& o = r.objects.at(i);
            QCOMPARE(o.value(QStringLiteral("image")).toString(), paths.at(i));
            QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
            QCOMPARE(lines(o), expected.at(i));
            QCOMPARE(o.value(QStringLiteral("rotation")).toInt(), cases[i].rotation);
            QCOMPARE(o.value(QStringLiteral("box")).toArray().size(), 4);
            QVERIFY(o.value(QStringLiteral("milliseconds")).toInt() >= 0);
            QVERIFY(o.contains(QStringLiteral("fields")));
        }
    }

    // One image without a zone and one that is not an image: each gets its own error, the readable
    // document is still reported, and the exit status says that not every image was read.
    void badImagesGetTheirOwnErrors()
    {
        QTemporaryDir dir;
        const QString blank = dir.filePath(QStringLiteral("blank.png"));
        QVERIFY(cv::imwrite(blank.toStdString(), cv::Mat(900, 1300, CV_8UC3, cv::Scalar(230, 230, 230))));
        const QString notImage = dir.filePath(QStringLiteral("notes.jpg"));
        QFile f(notImage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a picture");
        f.close();
        const QString missing = dir.filePath(QStringLiteral("missing.png"));
        const Run r = run({ blank, notImage, missing });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.objects.size(), 3);
        QCOMPARE(r.objects.at(0).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("ocr.noMrz"));
        QCOMPARE(r.objects.at(1).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("ocr.unreadableImage"));
        QCOMPARE(r.objects.at(2).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("ocr.unreadableImage"));
        for (const QJsonObject& o : r.objects)
            QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
    }

    void usageErrorsExitTwo()
    {
        const Run none = run({});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("no image given"));
        const Run unknown = run({ QStringLiteral("--fast"), QStringLiteral("x.png") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown option '--fast'"));
        const Run badDate = run({ QStringLiteral("--today"), QStringLiteral("28.11.2026"), QStringLiteral("x.png") });
        QCOMPARE(badDate.exitCode, 2);
        QVERIFY(badDate.err.contains("is not a date"));
        QVERIFY(none.objects.isEmpty() && unknown.objects.isEmpty() && badDate.objects.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliMrzOcr)
#include "TestCliMrzOcr.moc"
