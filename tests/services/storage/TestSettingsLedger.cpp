// What changed in the configuration between two starts, by key name: nothing on a start with the
// same values, exactly the keys that changed otherwise; the first start and a damaged state told
// as such; the state file private and holding no value in clear.
#include "services/core/Settings.h"
#include "services/storage/SettingsLedger.h"
#include "tests/support/FileProbe.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using bd::core::Settings;
using bd::storage::SettingsComparison;
using bd::storage::SettingsLedger;
using Basis = SettingsComparison::Basis;

namespace {

const QByteArray kKey(32, 'k');

QString statePath(const QTemporaryDir& dir)
{
    return dir.filePath(QLatin1String(SettingsLedger::kFileName));
}

} // namespace

class TestSettingsLedger : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void everyKnownKeyHasItsValue()
    {
        QStringList known = Settings::knownKeys();
        known.sort();
        QCOMPARE(Settings().values().keys(), known);
    }

    void onlyTheKeysThatChangedAreNamed()
    {
        QTemporaryDir dir;
        Settings s;
        s.borderState = QStringLiteral("DEU");
        const auto first = SettingsLedger::compareAndKeep(dir.path(), kKey, s.values());
        QVERIFY(first.ok());
        QCOMPARE(first->basis, Basis::FirstStart);
        QCOMPARE(bd::testsupport::modeOf(statePath(dir)), 0600);

        const auto same = SettingsLedger::compareAndKeep(dir.path(), kKey, s.values());
        QVERIFY(same.ok());
        QCOMPARE(same->basis, Basis::Compared);
        QVERIFY(same->changed.isEmpty());

        s.borderState = QStringLiteral("FRA");
        s.cacheRetentionHours = 12;
        s.gatewayUrl = QUrl(QStringLiteral("https://esp.example.eu"));
        const auto changed = SettingsLedger::compareAndKeep(dir.path(), kKey, s.values());
        QVERIFY(changed.ok());
        QCOMPARE(changed->basis, Basis::Compared);
        QCOMPARE(changed->changed,
            QStringList({ QStringLiteral("border/state"), QStringLiteral("gateway/url"),
                QStringLiteral("privacy/cacheRetentionHours") }));

        // Back to an earlier value is a change too; the next start with it is not.
        s.borderState = QStringLiteral("DEU");
        QCOMPARE(SettingsLedger::compareAndKeep(dir.path(), kKey, s.values())->changed,
            QStringList { QStringLiteral("border/state") });
        QVERIFY(SettingsLedger::compareAndKeep(dir.path(), kKey, s.values())->changed.isEmpty());
    }

    void theStateHoldsNoValueInClear()
    {
        QTemporaryDir dir;
        Settings s;
        s.gatewayUrl = QUrl(QStringLiteral("https://esp-gateway.border.example"));
        s.captureSource = QStringLiteral("folder:/srv/booth-7/scans");
        QVERIFY(SettingsLedger::compareAndKeep(dir.path(), kKey, s.values()).ok());
        QFile f(statePath(dir));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("border/state")); // the key names are there
        QVERIFY(!text.contains("esp-gateway"));
        QVERIFY(!text.contains("booth-7"));
        // Under another key the same values compare as all changed: the digests are keyed.
        const auto other = SettingsLedger::compareAndKeep(dir.path(), QByteArray(32, 'x'), s.values());
        QCOMPARE(other->changed.size(), Settings::knownKeys().size());
    }

    void aDamagedStateIsSaidAndReplaced()
    {
        QTemporaryDir dir;
        QFile f(statePath(dir));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\":1,\"digests\":");
        f.close();
        const auto damaged = SettingsLedger::compareAndKeep(dir.path(), kKey, Settings().values());
        QVERIFY(damaged.ok());
        QCOMPARE(damaged->basis, Basis::StateUnreadable);
        QVERIFY(damaged->changed.isEmpty());
        QCOMPARE(SettingsLedger::compareAndKeep(dir.path(), kKey, Settings().values())->basis, Basis::Compared);
    }

    void aStateThatCannotBeWrittenIsAnError()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no-such-folder"));
        const auto failed = SettingsLedger::compareAndKeep(missing, kKey, Settings().values());
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("storage.settingsState"));
    }
};

QTEST_GUILESS_MAIN(TestSettingsLedger)
#include "TestSettingsLedger.moc"
