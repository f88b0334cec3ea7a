// The outbox on its way out: a decision and its record committed together (or neither); the sender
// against a scripted gateway, on the store's own thread: records sent in order with their keys and
// marked sent; a link failure retried after its backoff with nothing overtaking it; a refused
// record quarantined at once and the rest sent; a record that keeps failing quarantined after N
// tries; an unreadable payload quarantined, never dropped; retry puts the quarantine back; a
// restarted sender keeps the stored backoff; the counts reach the status bar.
#include "services/gateway/GatewayClient.h"
#include "services/gateway/GatewayJson.h"
#include "services/session/CheckService.h"
#include "services/session/OutboxSender.h"
#include "services/session/StoreDecisions.h"
#include "services/storage/FieldCipher.h"
#include "services/storage/StoreSchema.h"
#include "services/storage/StoreThread.h"
#include "tests/support/TestHygiene.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using bd::core::Error;
using bd::core::Result;
using bd::model::RecordReceipt;
using bd::model::RecordSubmission;
using bd::session::OutboxSender;
using bd::storage::Database;
using bd::storage::Outbox;
using bd::storage::OutboxCounts;
using bd::storage::OutboxFailure;

namespace {

// Answers each record on the next event-loop turn with the next scripted outcome (an empty script
// accepts), and remembers what was sent and when.
class RecordGateway final : public bd::gateway::GatewayClient
{
public:
    bd::gateway::SearchHandle* search(const bd::model::SearchRequest& r) override
    {
        return new bd::gateway::SearchHandle(r.searchId, this);
    }
    bd::gateway::RecordHandle* submitRecord(const RecordSubmission& record) override
    {
        keys.append(record.idempotencyKey);
        sentAt.append(clock.elapsed());
        auto* handle = new bd::gateway::RecordHandle(this);
        const std::optional<Error> outcome = script.isEmpty() ? std::nullopt : script.takeFirst();
        QMetaObject::invokeMethod(
            handle,
            [handle, outcome, key = record.idempotencyKey] {
                if (outcome)
                    handle->finish(*outcome);
                else
                    handle->finish(RecordReceipt { QStringLiteral("rec-") + key, false });
            },
            Qt::QueuedConnection);
        return handle;
    }
    bd::gateway::HotlistHandle* fetchHotlist(qint64, const QString&) override
    {
        return new bd::gateway::HotlistHandle(this);
    }
    bd::gateway::HealthHandle* checkHealth() override { return new bd::gateway::HealthHandle(this); }

    QList<std::optional<Error>> script;
    QStringList keys;
    QList<qint64> sentAt;
    QElapsedTimer clock;
};

Error gatewayError(const char* code, int status = 0)
{
    QVariantMap context;
    if (status > 0)
        context.insert(QStringLiteral("status"), status);
    return Error { QString::fromLatin1(code), QStringLiteral("scripted"), context };
}

RecordSubmission submission(int n)
{
    RecordSubmission s;
    s.idempotencyKey = QStringLiteral("key-%1").arg(n);
    s.kind = QStringLiteral("ees-entry");
    s.searchId = QStringLiteral("search-%1").arg(n);
    s.officerId = QStringLiteral("officer-1");
    s.at = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC).addSecs(n);
    s.document.number = QStringLiteral("L898902C3");
    s.document.issuingState = QStringLiteral("UTO");
    s.person.surname = QStringLiteral("ERIKSSON");
    s.person.givenNames = QStringLiteral("ANNA MARIA");
    s.crossingPoint = QStringLiteral("DEU-FRA-01");
    return s;
}

} // namespace

class TestOutboxSender : public QObject
{
    Q_OBJECT

    bd::core::SystemClock m_clock;
    bd::storage::FieldCipher m_cipher { bd::storage::DataKeys { QByteArray(32, '\x11'), QByteArray(32, '\x22') } };
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bd::storage::StoreThread> m_store;
    std::unique_ptr<RecordGateway> m_gateway;
    bd::storage::OutboxPolicy m_policy;

    std::unique_ptr<OutboxSender> sender()
    {
        return std::make_unique<OutboxSender>(*m_store, m_cipher, *m_gateway, m_clock, m_policy);
    }

    // Runs `work` on the store's thread and waits for it.
    template <typename T> T onStore(std::function<T(Database&)> work)
    {
        std::optional<T> out;
        m_store->post([&](Database& db) { out = work(db); });
        m_store->waitForIdle();
        return *out;
    }

    void enqueue(int n)
    {
        const auto seq = onStore<Result<qint64>>(
            [&](Database& db) { return bd::session::StoreDecisions(db, m_cipher).enqueue(submission(n)); });
        QVERIFY2(seq.ok(), qPrintable(seq.ok() ? QString() : seq.error().detail));
    }

    OutboxCounts counts()
    {
        return onStore<OutboxCounts>([&](Database& db) { return Outbox(db, m_cipher, m_clock).counts().value(); });
    }

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<bd::storage::StoreThread>();
        const auto opened = m_store->open(
            m_dir->filePath(QString::fromLatin1(bd::storage::kStoreFileName)), bd::storage::storeMigrations(), m_clock);
        QVERIFY(opened.ok());
        m_gateway = std::make_unique<RecordGateway>();
        m_gateway->clock.start();
        m_policy = {};
        m_policy.firstDelayMs = 60;
        m_policy.maxDelayMs = 240;
    }
    void cleanup()
    {
        m_store.reset();
        m_gateway.reset();
        m_dir.reset();
    }

    void aDecisionAndItsRecordCommitTogether()
    {
        bd::session::DecisionEntry entry;
        entry.searchId = QStringLiteral("search-1");
        entry.at = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        entry.decision = bd::model::Decision::Refuse;
        entry.refusalReason = QStringLiteral("C");
        entry.idempotencyKey = QStringLiteral("key-1");
        bd::model::SearchRequest request;
        request.searchId = entry.searchId;
        request.officerId = QStringLiteral("officer-1");
        const RecordSubmission s = bd::session::CheckService::submissionFor(entry, request);
        QCOMPARE(s.refusalReasons, QStringList { QStringLiteral("C") });
        const auto seq = onStore<Result<QList<qint64>>>(
            [&](Database& db) { return bd::session::StoreDecisions(db, m_cipher).recordDecision(entry, { s }); });
        QCOMPARE(seq.value(), QList<qint64> { 1 });
        // The same key again: the outbox refuses it, so the decision is not written either.
        entry.searchId = QStringLiteral("search-2");
        const auto again = onStore<Result<QList<qint64>>>(
            [&](Database& db) { return bd::session::StoreDecisions(db, m_cipher).recordDecision(entry, { s }); });
        QCOMPARE(again.error().code, QStringLiteral("storage.outboxDuplicate"));
        RecordSubmission other = s;
        other.idempotencyKey = QStringLiteral("key-2");
        const auto mismatch = onStore<Result<QList<qint64>>>(
            [&](Database& db) { return bd::session::StoreDecisions(db, m_cipher).recordDecision(entry, { other }); });
        QCOMPARE(mismatch.error().code, QStringLiteral("storage.invalidRecord"));
        QCOMPARE(onStore<int>(
                     [&](Database& db) { return bd::session::StoreDecisions(db, m_cipher).decisionCount().value(); }),
            1);
        const auto head = onStore<std::optional<bd::storage::OutboxDue>>(
            [&](Database& db) { return Outbox(db, m_cipher, m_clock).head().value(); });
        const auto decoded = bd::gateway::json::decodeRecordSubmission(QJsonDocument::fromJson(head->payload).object());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value(), s);
    }

    // Rule R57: the decision, its record and the EES record that follows it commit in one
    // transaction, the EES record with a key derived from the decision's, and are sent in that order.
    void aDecisionAndItsEesRecordCommitTogetherAndGoOutInOrder()
    {
        bd::session::DecisionRecord recorded;
        recorded.entry.searchId = QStringLiteral("search-ees");
        recorded.entry.at = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        recorded.entry.decision = bd::model::Decision::Refuse;
        recorded.entry.refusalReason = QStringLiteral("H");
        recorded.entry.idempotencyKey = QStringLiteral("key-ees");
        recorded.ees = bd::results::eesRecordFor(
            { bd::model::Purpose::EntryCheck, bd::model::Decision::Refuse, QStringLiteral("H"),
                bd::results::VisaRegime::VisaRequired, QStringLiteral("RUS"), {}, QDate(2026, 11, 28) });
        bd::model::SearchRequest request;
        request.searchId = recorded.entry.searchId;
        request.officerId = QStringLiteral("officer-1");
        const QList<RecordSubmission> both = bd::session::CheckService::submissionsFor(recorded, request);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[1].kind, QStringLiteral("ees-refusal"));
        QCOMPARE(both[1].idempotencyKey, QStringLiteral("key-ees-ees"));
        QCOMPARE(both[1].refusalReasons, QStringList { QStringLiteral("H") });
        // The EES record's key already in the outbox: nothing of the decision is written.
        QVERIFY(onStore<Result<qint64>>([&](Database& db) {
            return bd::session::StoreDecisions(db, m_cipher).enqueue(both[1]);
        }).ok());
        const auto clash = onStore<Result<QList<qint64>>>([&](Database& db) {
            return bd::session::StoreDecisions(db, m_cipher).recordDecision(recorded.entry, both);
        });
        QCOMPARE(clash.error().code, QStringLiteral("storage.outboxDuplicate"));
        QCOMPARE(onStore<int>(
                     [&](Database& db) { return bd::session::StoreDecisions(db, m_cipher).decisionCount().value(); }),
            0);
        QCOMPARE(counts().pending, 1); // only the one enqueued alone: the decision's record rolled back
        // Two records with one key are refused before anything is written.
        QCOMPARE(onStore<Result<QList<qint64>>>([&](Database& db) {
            return bd::session::StoreDecisions(db, m_cipher).recordDecision(recorded.entry, { both[0], both[0] });
        })
                     .error()
                     .code,
            QStringLiteral("storage.invalidRecord"));
        // A fresh decision: both rows, in order, with the decision.
        recorded.entry.idempotencyKey = QStringLiteral("key-fresh");
        const QList<RecordSubmission> fresh = bd::session::CheckService::submissionsFor(recorded, request);
        const auto seqs = onStore<Result<QList<qint64>>>([&](Database& db) {
            return bd::session::StoreDecisions(db, m_cipher).recordDecision(recorded.entry, fresh);
        });
        QVERIFY(seqs.ok());
        QCOMPARE(seqs.value().size(), 2);
        QVERIFY(seqs.value()[0] < seqs.value()[1]);
        QCOMPARE(counts().pending, 3);
        QCOMPARE(onStore<int>(
                     [&](Database& db) { return bd::session::StoreDecisions(db, m_cipher).decisionCount().value(); }),
            1);
        // Sent oldest first: the decision before the EES record it causes, each with its own key.
        auto out = sender();
        QSignalSpy drained(out.get(), &OutboxSender::drained);
        out->start();
        QTRY_COMPARE(drained.size(), 1);
        QCOMPARE(m_gateway->keys,
            (QStringList {
                QStringLiteral("key-ees-ees"), QStringLiteral("key-fresh"), QStringLiteral("key-fresh-ees") }));
    }

    void recordsAreSentInOrderAndMarkedSent()
    {
        for (int n = 1; n <= 3; ++n)
            enqueue(n);
        auto out = sender();
        QSignalSpy counted(out.get(), &OutboxSender::countsChanged);
        QSignalSpy drained(out.get(), &OutboxSender::drained);
        out->start();
        QTRY_COMPARE(drained.size(), 1);
        QCOMPARE(m_gateway->keys,
            (QStringList { QStringLiteral("key-1"), QStringLiteral("key-2"), QStringLiteral("key-3") }));
        QCOMPARE(counted.first(), (QList<QVariant> { 3, 0 }));
        QCOMPARE(counted.last(), (QList<QVariant> { 0, 0 }));
        QCOMPARE(counts(), (OutboxCounts { 0, 0, 3 }));

        enqueue(4); // a new record wakes it
        out->wake();
        QTRY_COMPARE(drained.size(), 2);
        QCOMPARE(m_gateway->keys.last(), QStringLiteral("key-4"));
    }

    void aLinkFailureWaitsForItsBackoffAndNothingOvertakes()
    {
        enqueue(1);
        enqueue(2);
        m_gateway->script
            = { gatewayError(bd::gateway::errors::kUnreachable), gatewayError(bd::gateway::errors::kHttp, 503) };
        auto out = sender();
        QSignalSpy drained(out.get(), &OutboxSender::drained);
        out->start();
        QTRY_COMPARE(drained.size(), 1);
        QCOMPARE(m_gateway->keys,
            (QStringList {
                QStringLiteral("key-1"), QStringLiteral("key-1"), QStringLiteral("key-1"), QStringLiteral("key-2") }));
        // 60 ms, then 120 ms, each at least 80 % of it (the timer never fires early).
        QVERIFY2(m_gateway->sentAt.at(1) - m_gateway->sentAt.at(0) >= 48, "first backoff too short");
        QVERIFY2(m_gateway->sentAt.at(2) - m_gateway->sentAt.at(1) >= 96, "second backoff too short");
        QCOMPARE(counts(), (OutboxCounts { 0, 0, 2 }));
    }

    void aRefusedRecordIsQuarantinedAtOnceAndRetriedOnRequest()
    {
        enqueue(1);
        enqueue(2);
        m_gateway->script = { gatewayError(bd::gateway::errors::kSchema, 400) };
        auto out = sender();
        QSignalSpy quarantined(out.get(), &OutboxSender::recordQuarantined);
        QSignalSpy counted(out.get(), &OutboxSender::countsChanged);
        QSignalSpy drained(out.get(), &OutboxSender::drained);
        QTest::ignoreMessage(QtWarningMsg, "outbox: record 1 quarantined after 1 tries: gateway.schema");
        out->start();
        QTRY_COMPARE(drained.size(), 1);
        QCOMPARE(quarantined.size(), 1);
        QCOMPARE(quarantined.first().at(1).toString(), QStringLiteral("gateway.schema"));
        QCOMPARE(counted.last(), (QList<QVariant> { 0, 1 }));
        QCOMPARE(counts(), (OutboxCounts { 0, 1, 1 }));

        out->retryQuarantined();
        QTRY_COMPARE(drained.size(), 2);
        QCOMPARE(m_gateway->keys,
            (QStringList { QStringLiteral("key-1"), QStringLiteral("key-2"), QStringLiteral("key-1") }));
        QCOMPARE(counts(), (OutboxCounts { 0, 0, 2 }));
    }

    void aRecordThatKeepsFailingIsQuarantinedAfterN()
    {
        enqueue(1);
        m_policy.maxFailures = 2;
        m_gateway->script = { gatewayError(bd::gateway::errors::kHttp, 500),
            gatewayError(bd::gateway::errors::kTimeout), gatewayError(bd::gateway::errors::kMalformed) };
        auto out = sender();
        QSignalSpy drained(out.get(), &OutboxSender::drained);
        QTest::ignoreMessage(QtWarningMsg, "outbox: record 1 quarantined after 3 tries: gateway.malformed");
        out->start();
        QTRY_COMPARE(drained.size(), 1);
        QCOMPARE(m_gateway->keys.size(), 3);
        QCOMPARE(counts(), (OutboxCounts { 0, 1, 0 }));
    }

    void anUnreadablePayloadIsQuarantinedNeverDropped()
    {
        const auto seq = onStore<Result<qint64>>([&](Database& db) {
            return Outbox(db, m_cipher, m_clock)
                .enqueue({ QStringLiteral("key-x"), QStringLiteral("decision"), m_clock.now(), "not json" });
        });
        QVERIFY(seq.ok());
        enqueue(2);
        auto out = sender();
        QSignalSpy drained(out.get(), &OutboxSender::drained);
        QTest::ignoreMessage(QtWarningMsg, "outbox: record 1 quarantined after 1 tries: gateway.malformed");
        out->start();
        QTRY_COMPARE(drained.size(), 1);
        QCOMPARE(m_gateway->keys, QStringList { QStringLiteral("key-2") });
        const auto listed = onStore<QList<bd::storage::OutboxItem>>(
            [&](Database& db) { return Outbox(db, m_cipher, m_clock).list().value(); });
        QCOMPARE(listed.first().lastError, QStringLiteral("gateway.malformed"));
        QCOMPARE(listed.first().state, bd::storage::OutboxState::Quarantined);
    }

    void aRestartedSenderKeepsTheStoredBackoff()
    {
        enqueue(1);
        QElapsedTimer since;
        since.start();
        const auto failed = onStore<Result<bd::storage::OutboxItem>>([&](Database& db) {
            return Outbox(db, m_cipher, m_clock, m_policy, [] {
                return 0.5;
            }).markFailed(1, QStringLiteral("gateway.timeout"), OutboxFailure::Unreachable);
        });
        QVERIFY(failed.ok());
        auto out = sender();
        QSignalSpy drained(out.get(), &OutboxSender::drained);
        out->start();
        QTRY_COMPARE(drained.size(), 1);
        QVERIFY2(since.elapsed() >= 55, "sent before its stored next attempt");
    }

    void failuresAreClassified_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failure");
        const int unreachable = int(OutboxFailure::Unreachable);
        const int failed = int(OutboxFailure::Failed);
        const int refused = int(OutboxFailure::Refused);
        QTest::newRow("unreachable") << QStringLiteral("gateway.unreachable") << 0 << unreachable;
        QTest::newRow("timeout") << QStringLiteral("gateway.timeout") << 0 << unreachable;
        QTest::newRow("503") << QStringLiteral("gateway.http") << 503 << unreachable;
        QTest::newRow("429") << QStringLiteral("gateway.http") << 429 << unreachable;
        QTest::newRow("certificate") << QStringLiteral("gateway.clientCertificateRejected") << 403 << unreachable;
        QTest::newRow("mode") << QStringLiteral("gateway.modeUnconfirmed") << 0 << unreachable;
        QTest::newRow("500") << QStringLiteral("gateway.http") << 500 << failed;
        QTest::newRow("bad receipt") << QStringLiteral("gateway.schema") << 0 << failed;
        QTest::newRow("400") << QStringLiteral("gateway.schema") << 400 << refused;
        QTest::newRow("409") << QStringLiteral("gateway.http") << 409 << refused;
        QTest::newRow("413") << QStringLiteral("gateway.tooLarge") << 413 << refused;
    }
    void failuresAreClassified()
    {
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(int, failure);
        QVariantMap context;
        if (status > 0)
            context.insert(QStringLiteral("status"), status);
        QCOMPARE(int(OutboxSender::classify(Error { code, {}, context })), failure);
    }
};

QTEST_GUILESS_MAIN(TestOutboxSender)
#include "TestOutboxSender.moc"
