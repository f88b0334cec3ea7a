// Drives the real borderdesk-cli binary: `audit verify` says an intact trail's record count (exit
// 0) and a tampered trail's first problem with its place (exit 1); `audit export` writes the trail
// as JSON lines, checks it first and records the export in the trail itself; a directory without
// a store key is refused (exit 2) and nothing is created in it.
#include "services/storage/AuditTrail.h"
#include "tests/support/CliRun.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestHygiene.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using bd::storage::AuditTrail;

namespace {

using Run = bd::testsupport::CliRun;

Run cli(const QStringList& args)
{
    return bd::testsupport::runCli(QStringList { QStringLiteral("audit") } + args);
}

// A data directory with a store key and `count` audit records.
bool makeTrail(const QString& dir, int count)
{
    const bd::testsupport::FakeClock clock;
    const auto keys = bd::storage::loadOrCreateDataKeys(dir);
    if (!keys)
        return false;
    auto trail = AuditTrail::open(dir, *keys, clock, nullptr);
    for (int i = 1; trail && i <= count; ++i) {
        if (trail.value()->append({ QStringLiteral("search"), QStringLiteral("officer-7"), QStringLiteral("ws-1"),
                QStringLiteral("search-%1").arg(i), {}, {} }))
            return false;
    }
    return trail.ok();
}

QList<QByteArray> linesOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeLast();
    return lines;
}

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void verifyCountsAnIntactTrail()
    {
        QTemporaryDir dir;
        QVERIFY(makeTrail(dir.path(), 4));
        const Run r = cli({ QStringLiteral("verify"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray("borderdesk-cli audit verify: 4 records, intact\n"));
        QVERIFY(r.out.isEmpty());
    }

    void verifyNamesTheFirstProblemAndItsPlace()
    {
        QTemporaryDir dir;
        QVERIFY(makeTrail(dir.path(), 4));
        const QString path = dir.filePath(QString::fromLatin1(AuditTrail::kFileName));
        QList<QByteArray> lines = linesOf(path);
        lines.removeAt(1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n') + '\n');
        file.close();
        const Run r = cli({ QStringLiteral("verify"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(
                "PROBLEM: record 2 is missing: line 2 holds record 3 (records removed) (1 records intact before it)"),
            r.err.constData());
    }

    void exportWritesTheLinesAndRecordsItself()
    {
        QTemporaryDir dir;
        QVERIFY(makeTrail(dir.path(), 2));
        const QString path = dir.filePath(QString::fromLatin1(AuditTrail::kFileName));
        const QList<QByteArray> before = linesOf(path);
        const Run r = cli({ QStringLiteral("export"), QStringLiteral("--data-dir"), dir.path(),
            QStringLiteral("--officer"), QStringLiteral("support-3") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, before.join('\n') + '\n');
        const QList<QByteArray> after = linesOf(path);
        QCOMPARE(after.size(), 3);
        const QJsonObject exported = QJsonDocument::fromJson(after[2]).object();
        QCOMPARE(exported.value(QLatin1String("kind")).toString(), QStringLiteral("export"));
        QCOMPARE(exported.value(QLatin1String("officer")).toString(), QStringLiteral("support-3"));
        QCOMPARE(exported.value(QLatin1String("details")).toObject().value(QLatin1String("records")).toInt(), 2);
        QCOMPARE(cli({ QStringLiteral("verify"), QStringLiteral("--data-dir"), dir.path() }).exitCode, 0);
    }

    void aDirectoryWithoutAKeyIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const Run r = cli({ QStringLiteral("verify"), QStringLiteral("--data-dir"), dir.path() });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("there is no store key"), r.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden), QStringList());
    }

    void aMissingOrUnknownActionIsAUsageError()
    {
        QCOMPARE(cli({}).exitCode, 2);
        const Run r = cli({ QStringLiteral("purge") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("borderdesk-cli audit: unexpected argument 'purge'"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "TestCliAudit.moc"
