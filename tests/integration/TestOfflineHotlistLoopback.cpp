// The offline hotlist end to end: the real client fetches the training gateway's hotlist over
// mutual TLS on loopback, HotlistSync applies it to a real store on its own thread, and a document
// the gateway lists (a scenario's stolen passport, a listed traveller of the population) is found
// offline by look-up; after the gateway rotates its hotlist key the next sync replaces the whole
// list under the new key and the same documents are still found.
#include "services/gateway/HttpsGatewayClient.h"
#include "services/session/HotlistSync.h"
#include "services/storage/DataKeys.h"
#include "services/storage/StoreSchema.h"
#include "services/storage/StoreThread.h"
#include "services/training/Population.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/TestHygiene.h"

#include <algorithm>

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using bd::core::Result;
using bd::session::HotlistSync;
using bd::storage::HotlistHit;
using bd::testsupport::LoopbackGateway;

class TestOfflineHotlistLoopback : public QObject
{
    Q_OBJECT

    std::optional<HotlistHit> find(HotlistSync& sync, const QString& state, const QString& number)
    {
        std::optional<Result<std::optional<HotlistHit>>> answer;
        sync.lookup(state, number, this, [&answer](Result<std::optional<HotlistHit>> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&]() { return answer.has_value(); }, 10000) || !answer->ok())
            qFatal("hotlist look-up failed");
        return answer->value();
    }

    static bd::gateway::GatewayClientConfig clientConfig(const LoopbackGateway& gateway)
    {
        bd::gateway::GatewayClientConfig config;
        config.baseUrl = gateway.url();
        config.caFile = gateway.caCertificatePath();
        config.certFile = gateway.clientCertificatePath();
        config.keyFile = gateway.clientKeyPath();
        config.mode = bd::gateway::GatewayMode::Demo;
        return config;
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void aListedDocumentIsFoundOfflineBeforeAndAfterAKeyRotation()
    {
        LoopbackGateway gateway;
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorString()));
        QNetworkAccessManager network;
        bd::gateway::HttpsGatewayClient client(network, clientConfig(gateway));

        QTemporaryDir dir;
        const bd::core::SystemClock clock;
        bd::storage::StoreThread store;
        QVERIFY(store.open(
            dir.filePath(QString::fromLatin1(bd::storage::kStoreFileName)), bd::storage::storeMigrations(), clock));
        const auto keys = bd::storage::loadOrCreateDataKeys(dir.path());
        QVERIFY(keys.ok());
        HotlistSync sync(store, bd::storage::FieldCipher(*keys), client, clock, {});
        sync.start();
        const qint64 version = gateway.server().hotlistVersion();
        QTRY_VERIFY_WITH_TIMEOUT(sync.status().list.version == version && !sync.status().syncing, 20000);
        QVERIFY(!sync.status().lastError);
        const QString firstKeyId = sync.status().list.keyId;
        QCOMPARE(firstKeyId, gateway.server().hotlistKeyId());
        const qint64 entries = sync.status().list.entries;
        QVERIFY(entries > 1);

        const auto* stolen = gateway.scenarios().findById(QStringLiteral("stolen-passport-sltd"));
        QVERIFY(stolen);
        const auto* clean = gateway.scenarios().findById(QStringLiteral("clean-visa-exempt"));
        QVERIFY(clean);
        // A traveller of the population listed in a version and never removed.
        const auto& items = gateway.population().hotlistItems();
        const auto listed
            = std::find_if(items.begin(), items.end(), [](const auto& i) { return i.removedInVersion == 0; });
        QVERIFY(listed != items.end());
        const auto traveller = gateway.population().traveller(listed->index);

        auto check = [&]() {
            const auto hit = find(sync, stolen->document.issuingState, stolen->document.number + QLatin1Char('<'));
            QVERIFY(hit);
            QCOMPARE(hit->kind, QStringLiteral("stolen-document"));
            QCOMPARE(hit->action, QStringLiteral("seize-document"));
            QVERIFY(find(sync, traveller.document.issuingState, traveller.document.number));
            QVERIFY(!find(sync, clean->document.issuingState, clean->document.number));
        };
        check();
        if (QTest::currentTestFailed())
            return;

        // Up to date: the next sync is an empty delta under the same key.
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.status().syncing, 20000);
        QCOMPARE(sync.status().list.keyId, firstKeyId);
        QCOMPARE(sync.status().list.entries, entries);

        const QString rotated = gateway.server().rotateHotlistKey();
        QVERIFY(rotated != firstKeyId);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!sync.status().syncing && sync.status().list.keyId == rotated, 20000);
        QVERIFY(!sync.status().lastError);
        QCOMPARE(sync.status().list.entries, entries);
        QCOMPARE(sync.status().list.version, version);
        check();
    }
};

QTEST_GUILESS_MAIN(TestOfflineHotlistLoopback)
#include "TestOfflineHotlistLoopback.moc"
