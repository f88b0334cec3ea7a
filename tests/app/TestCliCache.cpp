// Drives the real borderdesk-cli binary against the training gateway on loopback (mutual TLS):
// `query --data-dir` caches the answers and puts the search on the workstation's audit trail;
// with the gateway gone the same query prints the cached answers with cachedAt and never admits
// (rule R55), and remembers the check for its re-check; `cache stats` counts, `cache purge`
// deletes; a directory without a store is refused and left empty.
#include "services/storage/AuditTrail.h"
#include "tests/support/CliRun.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/TestHygiene.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

namespace {

using Run = bd::testsupport::CliRun;

Run cli(const QStringList& args)
{
    return bd::testsupport::runCli(args);
}

QStringList queryArgs(const bd::testsupport::LoopbackGateway& gateway, const QString& dataDir)
{
    return { QStringLiteral("query"), QStringLiteral("--gateway"), gateway.url().toString(), QStringLiteral("--ca"),
        gateway.caCertificatePath(), QStringLiteral("--cert"), gateway.clientCertificatePath(), QStringLiteral("--key"),
        gateway.clientKeyPath(), QStringLiteral("--mode"), QStringLiteral("training"),
        QStringLiteral("--document-number"), QStringLiteral("ZQ1234567"), QStringLiteral("--issuing-state"),
        QStringLiteral("FRA"), QStringLiteral("--nationality"), QStringLiteral("FRA"), QStringLiteral("--surname"),
        QStringLiteral("CACHEDOE"), QStringLiteral("--expiry"), QStringLiteral("2031-01-01"),
        QStringLiteral("--data-dir"), dataDir, QStringLiteral("--system-timeout"), QStringLiteral("3000") };
}

} // namespace

class TestCliCache : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void aQueryIsCachedAuditedAndShownOffline()
    {
        QTemporaryDir data;
        std::optional<bd::testsupport::LoopbackGateway> gateway;
        gateway.emplace();
        QVERIFY2(gateway->isRunning(), qPrintable(gateway->errorString()));
        const QStringList args = queryArgs(*gateway, data.path());

        const Run online = cli(args);
        QVERIFY2(online.exitCode == 0 || online.exitCode == 1, online.err.constData());
        const QJsonObject first = QJsonDocument::fromJson(online.out).object();
        QVERIFY(!first.contains(QLatin1String("cachedAt")));
        const QString searchId = first.value(QLatin1String("searchId")).toString();
        QVERIFY(!searchId.isEmpty());

        Run stats
            = cli({ QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--data-dir"), data.path() });
        QCOMPARE(stats.exitCode, 0);
        QVERIFY2(stats.out.contains("cached results: 1\n"), stats.out.constData());
        QVERIFY2(stats.out.contains("offline checks waiting for their re-check: 0"), stats.out.constData());

        gateway.reset(); // the link is gone: its port refuses
        const Run offline = cli(args);
        QCOMPARE(offline.exitCode, 1); // never admit from the cache
        const QJsonObject cached = QJsonDocument::fromJson(offline.out).object();
        QVERIFY2(cached.contains(QLatin1String("cachedAt")), offline.out.constData());
        QCOMPARE(cached.value(QLatin1String("searchId")).toString(), searchId); // the first search's answers
        // Without a zone the document counts as unread (verify-document comes first); the cache's own
        // rule is among the actions either way.
        QStringList codes {
            cached.value(QLatin1String("requiredAction")).toObject().value(QLatin1String("code")).toString()
        };
        for (const QJsonValue& a : cached.value(QLatin1String("otherActions")).toArray())
            codes << a.toObject().value(QLatin1String("code")).toString();
        QVERIFY2(codes.contains(QStringLiteral("complete-checks-manually")), qPrintable(codes.join(QLatin1Char(' '))));
        QVERIFY(!codes.contains(QStringLiteral("admit")));
        stats = cli({ QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--data-dir"), data.path() });
        QVERIFY2(stats.out.contains("offline checks waiting for their re-check: 1"), stats.out.constData());

        // Both searches on the workstation's audit trail, intact.
        const Run verify
            = cli({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--data-dir"), data.path() });
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.err.contains("2 records, intact"), verify.err.constData());

        const Run purge = cli({ QStringLiteral("cache"), QStringLiteral("purge"), QStringLiteral("--data-dir"),
            data.path(), QStringLiteral("--older-than"), QStringLiteral("1") });
        QCOMPARE(purge.exitCode, 0);
        QVERIFY2(purge.err.contains("0 cached results deleted"), purge.err.constData()); // kept just now
        const Run all
            = cli({ QStringLiteral("cache"), QStringLiteral("purge"), QStringLiteral("--data-dir"), data.path() });
        QVERIFY2(all.err.contains("1 cached results deleted"), all.err.constData());
        stats = cli({ QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--data-dir"), data.path() });
        QVERIFY2(stats.out.contains("cached results: 0\n"), stats.out.constData());
    }

    void aDirectoryWithoutAStoreIsRefusedAndLeftEmpty()
    {
        QTemporaryDir data;
        const Run run
            = cli({ QStringLiteral("cache"), QStringLiteral("stats"), QStringLiteral("--data-dir"), data.path() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("there is no store key"), run.err.constData());
        QVERIFY(QDir(data.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
        const Run bad = cli({ QStringLiteral("cache"), QStringLiteral("purge"), QStringLiteral("--older-than"),
            QStringLiteral("soon"), QStringLiteral("--data-dir"), data.path() });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--older-than: a whole number of hours"), bad.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliCache)
#include "TestCliCache.moc"
