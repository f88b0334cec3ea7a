// The outbox never loses or doubles a record (issue 9, "Done when"): bd-outbox-driver, a headless
// workstation of the same services (StoreDecisions, Outbox, OutboxSender, HttpsGatewayClient),
// records 1,000 decisions while it sends them to the real training gateway on loopback (mutual
// TLS); the test kills it with SIGKILL at random points of its progress, several times per trial,
// restarts it until it finishes, then proves the gateway holds every one of the 1,000 records
// exactly once (each search id once, under the key the store holds for it) and the store has all
// 1,000 sent. 20 trials (BD_OUTBOX_CRASH_TRIALS overrides; the asan build runs fewer), seeded
// (BD_OUTBOX_CRASH_SEED replays one; the seed is printed). Kill points are counted in the driver's
// progress lines, not in time, so a slow machine changes nothing but the duration.
#include "services/storage/DataKeys.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/Outbox.h"
#include "services/storage/StoreSchema.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/TestHygiene.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using bd::testsupport::LoopbackGateway;

namespace {

constexpr int kRecords = 1000;

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

// SIGKILL does not care about fsync; a RAM disk keeps 20,000 synced commits from taking minutes.
QString scratchBase()
{
    return QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm/bd-outbox-crash-XXXXXX")
                                                              : QString();
}

} // namespace

class TestOutboxCrash : public QObject
{
    Q_OBJECT

    std::unique_ptr<LoopbackGateway> m_gateway;
    int m_kills = 0;
    int m_runs = 0;
    int m_replays = 0; // records the gateway had already when the driver sent them again after a kill

    QStringList driverArguments(const QString& dataDir, const QString& prefix) const
    {
        return { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--url"), m_gateway->url().toString(),
            QStringLiteral("--ca"), m_gateway->caCertificatePath(), QStringLiteral("--cert"),
            m_gateway->clientCertificatePath(), QStringLiteral("--key"), m_gateway->clientKeyPath(),
            QStringLiteral("--records"), QString::number(kRecords), QStringLiteral("--prefix"), prefix };
    }

    // Runs the driver until it has printed `lines` progress lines (then SIGKILL) or has ended by
    // itself; returns its exit code, or -1 when it was killed.
    int runDriver(const QStringList& arguments, int lines)
    {
        QProcess driver;
        driver.setProgram(QStringLiteral(BD_OUTBOX_DRIVER_PATH));
        driver.setArguments(arguments);
        driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        driver.start();
        ++m_runs;
        if (!driver.waitForStarted(10000))
            return -2;
        int seen = 0;
        QByteArray output;
        while (lines >= 0 && seen < lines && driver.state() == QProcess::Running) {
            driver.waitForReadyRead(1000);
            const QByteArray more = driver.readAllStandardOutput();
            seen += int(more.count('\n'));
            output += more;
        }
        int code = -1;
        if (lines >= 0 && driver.state() == QProcess::Running) {
            driver.kill(); // SIGKILL
            driver.waitForFinished(10000);
            ++m_kills;
        } else if (!driver.waitForFinished(60000)) {
            driver.kill();
            driver.waitForFinished(10000);
            code = -3;
        } else {
            code = driver.exitStatus() == QProcess::NormalExit ? driver.exitCode() : -4;
        }
        output += driver.readAllStandardOutput();
        m_replays += int(output.count("\nr ")) + (output.startsWith("r ") ? 1 : 0);
        return code;
    }

    // What the gateway holds now: idempotency key -> search id (asked on the gateway's thread).
    QList<QPair<QString, QString>> gatewayRecords()
    {
        QList<QPair<QString, QString>> records;
        bd::training::TrainingGatewayServer& server = m_gateway->server();
        QMetaObject::invokeMethod(
            &server, [&]() { records = server.storedRecords(); }, Qt::BlockingQueuedConnection);
        return records;
    }

    void verifyTrial(const QString& dataDir, const QString& prefix)
    {
        QHash<QString, QString> atGateway; // key -> search id, this trial's only
        QSet<QString> searchIds;
        for (const auto& [key, searchId] : gatewayRecords()) {
            if (!searchId.startsWith(prefix + QLatin1Char('-')))
                continue;
            QVERIFY2(!atGateway.contains(key), qPrintable(QStringLiteral("key stored twice: ") + key));
            QVERIFY2(!searchIds.contains(searchId), qPrintable(QStringLiteral("record stored twice: ") + searchId));
            atGateway.insert(key, searchId);
            searchIds.insert(searchId);
        }
        QCOMPARE(atGateway.size(), kRecords);
        for (int n = 0; n < kRecords; ++n)
            QVERIFY2(searchIds.contains(QStringLiteral("%1-%2").arg(prefix).arg(n)), qPrintable(QString::number(n)));

        const bd::core::SystemClock clock;
        const auto keys = bd::storage::loadDataKeys(dataDir);
        QVERIFY(keys.ok());
        const bd::storage::FieldCipher cipher(keys.value());
        auto db = bd::storage::Database::open(QDir(dataDir).filePath(QString::fromLatin1(bd::storage::kStoreFileName)),
            bd::storage::storeMigrations(), clock);
        QVERIFY(db.ok());
        const auto items = bd::storage::Outbox(*db.value(), cipher, clock).list();
        QVERIFY(items.ok());
        QCOMPARE(items->size(), kRecords);
        for (const bd::storage::OutboxItem& item : items.value()) {
            QCOMPARE(item.state, bd::storage::OutboxState::Sent);
            QVERIFY2(atGateway.contains(item.idempotencyKey), qPrintable(item.idempotencyKey));
        }
    }

private slots:
    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        // One line per stored record would bury the test's own output.
        QLoggingCategory::setFilterRules(QStringLiteral("bd.services.training.info=false"));
        QVERIFY(QFileInfo(QStringLiteral(BD_OUTBOX_DRIVER_PATH)).isExecutable());
        m_gateway = std::make_unique<LoopbackGateway>();
        QVERIFY2(m_gateway->isRunning(), qPrintable(m_gateway->errorString()));
    }
    void init() { bd::testsupport::failOnAnyWarning(); }

    void everyRecordArrivesExactlyOnceDespiteKills()
    {
        const int trials = envInt("BD_OUTBOX_CRASH_TRIALS", 20);
        const auto seed = quint32(envInt("BD_OUTBOX_CRASH_SEED", int(QRandomGenerator::system()->bounded(1 << 30))));
        qInfo("outbox crash test: seed %u (BD_OUTBOX_CRASH_SEED=%u replays it), %d trials", seed, seed, trials);
        QRandomGenerator random(seed);
        const auto scratch = scratchBase().isEmpty() ? std::make_unique<QTemporaryDir>()
                                                     : std::make_unique<QTemporaryDir>(scratchBase());
        QVERIFY(scratch->isValid());
        QElapsedTimer took;
        took.start();
        for (int trial = 0; trial < trials; ++trial) {
            const QString dataDir = scratch->filePath(QStringLiteral("trial-%1").arg(trial));
            const QString prefix = QStringLiteral("s%1t%2").arg(seed).arg(trial);
            const QStringList arguments = driverArguments(dataDir, prefix);
            const int kills = 2 + int(random.bounded(3)); // 2..4, the first may land during start-up
            for (int k = 0; k < kills; ++k)
                runDriver(arguments, int(random.bounded(k == 0 ? 200 : 700)));
            int exitCode = -1;
            for (int restart = 0; restart < 5 && exitCode != 0; ++restart)
                exitCode = runDriver(arguments, -1);
            QVERIFY2(exitCode == 0,
                qPrintable(
                    QStringLiteral("trial %1 (seed %2): the driver ended with %3").arg(trial).arg(seed).arg(exitCode)));
            verifyTrial(dataDir, prefix);
            if (QTest::currentTestFailed())
                return qInfo("outbox crash test failed in trial %d, seed %u", trial, seed);
        }
        qInfo("outbox crash test: %d trials, %d driver runs, %d kills, %d records sent again after a kill "
              "(the gateway had them), %lld ms",
            trials, m_runs, m_kills, m_replays, static_cast<long long>(took.elapsed()));
    }

    void cleanupTestCase() { m_gateway.reset(); }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "TestOutboxCrash.moc"
