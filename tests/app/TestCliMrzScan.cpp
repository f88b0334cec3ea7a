#include "services/document/MrzRecord.h"
#include "services/training/RandomMrz.h"
#include "services/training/SyntheticDocument.h"
#include "tests/support/TestHygiene.h"

#include <opencv2/imgcodecs.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// Drives the real borderdesk-cli: `mrz-scan folder:DIR` reads every scan in a folder.
class TestCliMrzScan : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void readsAFolderOfScans()
    {
        QTemporaryDir dir;
        bd::training::SyntheticDocument renderer;
        QVERIFY(renderer.isValid());
        QList<QStringList> expected;
        for (int i = 0; i < 2; ++i) {
            const QStringList lines = bd::training::RandomMrz::generate(9300 + i, bd::document::MrzFormat::TD3);
            expected.append(lines);
            bd::training::SyntheticDocumentSpec spec;
            spec.mrzLines = lines;
            spec.dpi = 200;
            spec.seed = 90 + i;
            spec.degradation.rotationDegrees = i == 0 ? 0 : 180;
            QVERIFY(cv::imwrite(QDir(dir.path()).filePath(QStringLiteral("p%1.png").arg(i)).toStdString(),
                renderer.render(spec).image));
        }
        QProcess p;
        p.start(QStringLiteral(BD_CLI_PATH),
            { QStringLiteral("mrz-scan"), QStringLiteral("--today"), QStringLiteral("2026-11-28"),
                QStringLiteral("folder:") + dir.path() });
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> out = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(out.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(out.at(i)).object();
            QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
            QCOMPARE(o.value(QStringLiteral("frame")).toInt(), i);
            QStringList lines;
            for (const QJsonValue& v : o.value(QStringLiteral("lines")).toArray())
                lines.append(v.toString());
            QCOMPARE(lines, expected.at(i));
        }
        QVERIFY(p.readAllStandardError().contains("2 frames read, 0 dropped"));
    }

    void badSourceIsAUsageError()
    {
        QProcess p;
        p.start(QStringLiteral(BD_CLI_PATH), { QStringLiteral("mrz-scan"), QStringLiteral("webcam") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("use device:N, video:PATH or folder:PATH"));

        QProcess q;
        q.start(QStringLiteral(BD_CLI_PATH), { QStringLiteral("mrz-scan"), QStringLiteral("folder:/nonexistent/dir") });
        QVERIFY(q.waitForFinished(30000));
        QCOMPARE(q.exitCode(), 2);
        QVERIFY(q.readAllStandardError().contains("cannot open image folder"));
    }
};

QTEST_GUILESS_MAIN(TestCliMrzScan)
#include "TestCliMrzScan.moc"
