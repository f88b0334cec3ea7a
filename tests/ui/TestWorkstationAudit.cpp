// The audit trail of the real workstation (`borderdesk --demo` as app/CompositionRoot builds it):
// a check's search, the view of its hits and its decision go on the trail by reference only, with the data folder made
// private and its key owner-only; a trail found damaged at start, or one that cannot be opened,
// is a lasting warning in the status bar — never silence.
#include "services/session/AuditShipper.h"
#include "services/storage/AuditTrail.h"
#include "services/storage/AuditWriter.h"
#include "services/training/TrainingGatewayServer.h"
#include "tests/support/DemoWorkstation.h"
#include "tests/support/FileProbe.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/TestHygiene.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/MainWindow.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using bd::storage::AuditTrail;
using bd::testsupport::DemoWorkstation;

using bd::testsupport::modeOf;

namespace {

QList<QJsonObject> recordsIn(const QString& dataDir)
{
    QFile file(QDir(dataDir).filePath(QString::fromLatin1(AuditTrail::kFileName)));
    QList<QJsonObject> records;
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : file.readAll().split('\n'))
            if (!line.isEmpty())
                records << QJsonDocument::fromJson(line).object();
    }
    return records;
}

// Three records, then the second removed.
void leaveADamagedTrail(const QString& dataDir)
{
    const auto keys = bd::storage::loadOrCreateDataKeys(dataDir);
    const bd::core::SystemClock clock;
    auto trail = AuditTrail::open(dataDir, keys.value(), clock, nullptr);
    for (int i = 1; i <= 3; ++i)
        trail.value()->append({ QStringLiteral("search"), QStringLiteral("officer-1"), QStringLiteral("ws"),
            QStringLiteral("s-%1").arg(i), {}, {} });
    QFile file(QDir(dataDir).filePath(QString::fromLatin1(AuditTrail::kFileName)));
    file.open(QIODevice::ReadOnly);
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    lines.removeAt(1);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(lines.join('\n'));
}

} // namespace

class TestWorkstationAudit : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void aCheckIsOnTheTrailByReference()
    {
        DemoWorkstation workstation;
        auto& root = workstation.root();
        QVERIFY(root.auditWriter());
        QCOMPARE(modeOf(workstation.dataPath()), 0700);
        QCOMPARE(modeOf(workstation.dataPath() + QStringLiteral("/store.key")), 0600);
        QVERIFY(workstation.window().warningText().isEmpty());
        QVERIFY(workstation.show(QSize(1440, 900)));

        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        QVERIFY(root.runScenario(QStringLiteral("sis-discreet-check")));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        const auto request = root.checkController().currentRequest();
        QTest::keyClick(&workstation.window(), Qt::Key_F4);
        QTest::keyClick(
            QApplication::focusWidget() ? QApplication::focusWidget() : &root.decisionPage(), Qt::Key_Return);
        QTRY_VERIFY(root.decisionPage().isRecorded());
        root.auditWriter()->waitUntilWritten();

        // F6 twice: to exit checks and back (a change of what the next check is for).
        QTest::keyClick(&workstation.window(), Qt::Key_F6);
        QTest::keyClick(&workstation.window(), Qt::Key_F6);
        root.auditWriter()->waitUntilWritten();

        QList<QJsonObject> records = recordsIn(workstation.dataPath());
        QCOMPARE(records.size(), 6);
        // The first start records the configuration's baseline (key names and counts only).
        QCOMPARE(records[0].value(QLatin1String("kind")).toString(), QStringLiteral("settings.baseline"));
        records.removeFirst();
        QCOMPARE(records[3].value(QLatin1String("kind")).toString(), QStringLiteral("purpose.change"));
        QCOMPARE(records[3].value(QLatin1String("reference")).toString(), QStringLiteral("exit-check"));
        QCOMPARE(records[4].value(QLatin1String("reference")).toString(), QStringLiteral("training"));
        records = records.mid(0, 3);
        QCOMPARE(records[0].value(QLatin1String("kind")).toString(), QStringLiteral("search"));
        QCOMPARE(records[1].value(QLatin1String("kind")).toString(), QStringLiteral("hit.view")); // the SIS alert
        QCOMPARE(records[2].value(QLatin1String("kind")).toString(), QStringLiteral("decision"));
        for (const QJsonObject& r : records) {
            QCOMPARE(r.value(QLatin1String("reference")).toString(), request.searchId);
            QCOMPARE(r.value(QLatin1String("officer")).toString(), request.officerId);
            QVERIFY(!r.value(QLatin1String("workstation")).toString().isEmpty());
            const QByteArray text = QJsonDocument(r).toJson();
            for (const QString& personal :
                { request.person.surname, request.document.number, request.person.dateOfBirth.toString(Qt::ISODate),
                    request.person.dateOfBirth.toString(QStringLiteral("yyMMdd")) })
                QVERIFY2(personal.isEmpty() || !text.contains(personal.toUtf8()), "the trail holds personal data");
        }
        const auto keys = bd::storage::loadDataKeys(workstation.dataPath());
        QVERIFY(AuditTrail::verify(workstation.dataPath(), keys.value()).ok());
    }

    void aSettingsChangeBetweenStartsIsOnTheTrail()
    {
        const QStringList kept { QStringLiteral("store.key"), QStringLiteral("audit.jsonl"),
            QStringLiteral("audit.head"), QStringLiteral("settings.state") };
        QTemporaryDir between;
        {
            DemoWorkstation first;
            QVERIFY(first.root().auditWriter());
            first.root().auditWriter()->waitUntilWritten();
            for (const QString& name : kept)
                QVERIFY2(
                    QFile::copy(first.dataPath() + QLatin1Char('/') + name, between.filePath(name)), qPrintable(name));
        }
        DemoWorkstation::Setup setup;
        setup.settings.cacheRetentionHours = 6;
        setup.settings.idleClearSeconds = 120;
        setup.prepareDataDir = [&](const QString& dataDir) {
            for (const QString& name : kept)
                QFile::copy(between.filePath(name), dataDir + QLatin1Char('/') + name);
        };
        DemoWorkstation second(setup);
        QVERIFY(second.root().auditWriter());
        QVERIFY(second.window().warningText().isEmpty());
        second.root().auditWriter()->waitUntilWritten();
        const QList<QJsonObject> records = recordsIn(second.dataPath());
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].value(QLatin1String("kind")).toString(), QStringLiteral("settings.baseline"));
        for (int i : { 1, 2 })
            QCOMPARE(records[i].value(QLatin1String("kind")).toString(), QStringLiteral("settings.change"));
        // By key name, never the value.
        QCOMPARE(
            records[1].value(QLatin1String("reference")).toString(), QStringLiteral("privacy/cacheRetentionHours"));
        QCOMPARE(records[2].value(QLatin1String("reference")).toString(), QStringLiteral("privacy/idleClearSeconds"));
        const auto keys = bd::storage::loadDataKeys(second.dataPath());
        QVERIFY(AuditTrail::verify(second.dataPath(), keys.value()).ok());
    }

    // Every record of the trail reaches the centre through the outbox, once each, by its trail
    // number: here the classroom's training gateway on loopback.
    void theTrailReachesTheCentreThroughTheOutbox()
    {
        bd::testsupport::LoopbackGateway trainer;
        QVERIFY2(trainer.isRunning(), qPrintable(trainer.errorString()));
        DemoWorkstation workstation(DemoWorkstation::classroom(trainer));
        auto& root = workstation.root();
        QVERIFY(root.auditWriter());
        QSignalSpy results(&root.checkController(), &bd::ui::CheckController::resultReady);
        QVERIFY(root.runScenario(QStringLiteral("sis-discreet-check")));
        QTRY_VERIFY_WITH_TIMEOUT(results.size() == 1, 60000);
        root.auditWriter()->waitUntilWritten();
        const qint64 written = recordsIn(workstation.dataPath()).size();
        QVERIFY(written >= 3); // the baseline, the search, the view of the SIS hit

        auto& server = trainer.server();
        const auto auditKeysAtTheCentre = [&server]() {
            QList<QPair<QString, QString>> records;
            QMetaObject::invokeMethod(
                &server, [&]() { records = server.storedRecords(); }, Qt::BlockingQueuedConnection);
            QStringList keys;
            for (const auto& record : records)
                if (record.first.startsWith(QLatin1String("audit-")))
                    keys << record.first;
            return keys;
        };
        QTRY_COMPARE_WITH_TIMEOUT(auditKeysAtTheCentre().size(), written, 30000);
        const QStringList keys = auditKeysAtTheCentre();
        for (qint64 seq = 1; seq <= written; ++seq) // in trail order, each once
            QCOMPARE(keys.at(seq - 1), bd::session::AuditShipping::idempotencyKey(QSysInfo::machineHostName(), seq));
    }

    void aDamagedTrailIsSaidAtStartAndRecordingGoesOn()
    {
        DemoWorkstation::Setup setup;
        setup.prepareDataDir = leaveADamagedTrail;
        QTest::ignoreMessage(QtWarningMsg, "audit trail: record 2 is missing: line 2 holds record 3 (records removed)");
        DemoWorkstation workstation(setup);
        const QString warning = workstation.window().warningText();
        QVERIFY2(warning.startsWith(QStringLiteral(
                     "Audit trail damaged \u2014 tell support; recording goes on. Found: record 2 is missing")),
            qPrintable(warning));
        QVERIFY(workstation.root().auditWriter());
        // The status bar may cut a long warning; its tooltip holds all of it.
        const auto* label = workstation.window().findChild<QLabel*>(QStringLiteral("statusWarningLabel"));
        QVERIFY(label);
        QCOMPARE(label->toolTip(), warning);
    }

    void aTrailThatCannotBeOpenedIsSaidAtStart()
    {
        DemoWorkstation::Setup setup;
        setup.prepareDataDir = [](const QString& dataDir) {
            QFile key(dataDir + QStringLiteral("/store.key"));
            key.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
            key.write(QByteArray(72, 'k'));
        };
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("^audit trail unavailable \\(storage.keyUnprotected\\)")));
        DemoWorkstation workstation(setup);
        QVERIFY(!workstation.root().auditWriter());
        const QString warning = workstation.window().warningText();
        QVERIFY2(warning.startsWith(QStringLiteral(
                     "Audit trail unavailable \u2014 tell support; searches and decisions are not being recorded.")),
            qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("chmod 600")));
    }
};

QTEST_MAIN(TestWorkstationAudit)
#include "TestWorkstationAudit.moc"
