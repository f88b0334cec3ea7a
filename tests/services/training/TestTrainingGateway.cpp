#include "services/gateway/GatewayJson.h"
#include "services/model/HotlistKey.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/TestCertificates.h"
#include "tests/support/TestHygiene.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <map>

using namespace bd::gateway;

using namespace bd::model;
using namespace bd::training;
using bd::testsupport::LoopbackGateway;
using bd::testsupport::TestClient;

namespace {

struct Exchange
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QByteArray> lines; // NDJSON lines, in arrival order
    int linesBeforeLastRead = -1; // lines complete before the final chunk arrived
    bool finished = false;
};

SearchRequest searchFor(const DocumentData& d, UserProfile profile = UserProfile::Trainer)
{
    SearchRequest r;
    r.searchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.officerId = QStringLiteral("officer-7");
    r.profile = profile;
    r.purpose = Purpose::Training;
    r.document = d;
    return r;
}

} // namespace

class TestTrainingGateway : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LoopbackGateway> m_gateway;
    QNetworkAccessManager m_nam; // presents the trainer's certificate
    // One manager per certificate: a manager reuses its open connections whatever the TLS
    // configuration, and the gateway takes the identity from the connection's certificate.
    std::map<TestClient, std::unique_ptr<QNetworkAccessManager>> m_namAs;

    QNetworkAccessManager& namAs(TestClient who)
    {
        auto& nam = m_namAs[who];
        if (!nam)
            nam = std::make_unique<QNetworkAccessManager>();
        return *nam;
    }

    QNetworkRequest requestAs(const QString& path, TestClient who) const
    {
        QNetworkRequest r = request(path);
        r.setSslConfiguration(m_gateway->clientTlsConfiguration(who));
        return r;
    }

    Exchange searchAs(const SearchRequest& r, TestClient who)
    {
        return run(namAs(who).post(requestAs(QStringLiteral("/v1/search"), who),
            QJsonDocument(json::encode(r)).toJson(QJsonDocument::Compact)));
    }

    static QString errorCode(const Exchange& x)
    {
        const auto o = json::parseObject(x.body);
        return o ? o->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() : QString();
    }

    QNetworkRequest request(const QString& path, bool clientCert = true) const
    {
        QNetworkRequest r(m_gateway->url().resolved(QUrl(path)));
        r.setSslConfiguration(m_gateway->clientTlsConfiguration(clientCert));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return r;
    }

    Exchange run(QNetworkReply* reply, int timeoutMs = 10000, int stopAfterLines = -1)
    {
        Exchange x;
        QByteArray pending;
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
            pending += reply->readAll();
            x.linesBeforeLastRead = static_cast<int>(x.lines.size());
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                x.lines.append(pending.left(nl));
                pending.remove(0, nl + 1);
            }
        });
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (stopAfterLines < 0) {
            done.wait(timeoutMs);
        } else {
            QElapsedTimer clock;
            clock.start();
            while (x.lines.size() < stopAfterLines && done.isEmpty() && clock.elapsed() < timeoutMs)
                QTest::qWait(20);
            QTest::qWait(300); // anything that would still come, comes now
        }
        x.finished = reply->isFinished();
        x.body = pending + reply->readAll();
        x.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        x.error = reply->error();
        reply->abort();
        reply->deleteLater();
        return x;
    }

    Exchange search(const SearchRequest& r, int stopAfterLines = -1)
    {
        return run(m_nam.post(request(QStringLiteral("/v1/search")),
                       QJsonDocument(json::encode(r)).toJson(QJsonDocument::Compact)),
            10000, stopAfterLines);
    }

    static QMap<SystemId, SystemEvent> events(const Exchange& x, SearchSummary* summary = nullptr)
    {
        QMap<SystemId, SystemEvent> out;
        for (const QByteArray& line : x.lines) {
            const auto o = json::parseObject(line);
            if (!o)
                continue;
            if (o->value(QStringLiteral("type")).toString() == QLatin1String("summary")) {
                if (summary)
                    *summary = *json::decodeSearchSummary(*o);
                continue;
            }
            const auto e = json::decodeSystemEvent(*o);
            if (e)
                out.insert(e->system, *e);
        }
        return out;
    }

    const CaseFile& scenario(const char* id) const { return *m_gateway->scenarios().findById(QString::fromLatin1(id)); }

private slots:
    void initTestCase()
    {
        bd::testsupport::failOnAnyWarning();
        m_gateway = std::make_unique<LoopbackGateway>();
        QVERIFY2(m_gateway->isRunning(), qPrintable(m_gateway->errorString()));
        QVERIFY(m_gateway->port() != 0);
        QVERIFY(m_gateway->scenarios().cases().size() >= 16);
    }

    void init()
    {
        bd::testsupport::failOnAnyWarning();
        m_gateway->clearFaults();
        for (SystemId s : allSystems())
            m_gateway->setLatency(s, 0);
    }

    void searchStreamsOneEventPerSystemThenSummary()
    {
        m_gateway->setLatency(SystemId::EcrisTcn, 400); // the last system answers well after the others
        const Traveller t = m_gateway->population().traveller(17);
        const Exchange x = search(searchFor(t.document));
        QCOMPARE(x.status, 200);
        QCOMPARE(x.lines.size(), allSystems().size() + 1);
        // The first answers were readable before the slow system's answer existed.
        QVERIFY2(x.linesBeforeLastRead >= 1 && x.linesBeforeLastRead < x.lines.size(), "not streamed progressively");
        SearchSummary summary;
        const auto byId = events(x, &summary);
        QCOMPARE(byId.size(), allSystems().size());
        for (const QByteArray& line : x.lines.first(x.lines.size() - 1))
            QVERIFY2(json::decodeSystemEvent(*json::parseObject(line)).ok(), line.constData());
        QVERIFY(json::decodeSearchSummary(*json::parseObject(x.lines.last())).ok());
        QCOMPARE(
            json::parseObject(x.lines.last())->value(QStringLiteral("type")).toString(), QStringLiteral("summary"));
        QCOMPARE(summary.answered.size(), allSystems().size());
        QVERIFY(summary.withheld.isEmpty());
        QVERIFY(byId.value(SystemId::EcrisTcn).latencyMs >= 400);
        // The answers are the population's answers for that traveller.
        const CaseFile c = m_gateway->population().caseFile(17);
        for (SystemId s : allSystems())
            QCOMPARE(byId.value(s).status, c.answers.contains(s) ? SystemStatus::Hit : SystemStatus::NoHit);
    }

    void scenarioIsFoundByDocumentNumber_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<int>("system");
        QTest::addColumn<int>("status");
        QTest::newRow("overstayer") << QByteArray("overstayer") << int(SystemId::Ees) << int(SystemStatus::Hit);
        QTest::newRow("sltd") << QByteArray("stolen-passport-sltd") << int(SystemId::InterpolSltd)
                              << int(SystemStatus::Hit);
        QTest::newRow("sis down") << QByteArray("sis-unavailable") << int(SystemId::Sis)
                                  << int(SystemStatus::Unavailable);
        QTest::newRow("clean") << QByteArray("clean-visa-exempt") << int(SystemId::Sis) << int(SystemStatus::NoHit);
    }
    void scenarioIsFoundByDocumentNumber()
    {
        QFETCH(QByteArray, id);
        QFETCH(int, system);
        QFETCH(int, status);
        const CaseFile* c = m_gateway->scenarios().findById(QString::fromLatin1(id));
        QVERIFY(c);
        const auto byId = events(search(searchFor(c->document)));
        QCOMPARE(int(byId.value(SystemId(system)).status), status);
    }

    void redLinkIsInTheSummary()
    {
        SearchSummary summary;
        events(search(searchFor(scenario("red-link").document)), &summary);
        QCOMPARE(summary.links.size(), 1);
        QCOMPARE(summary.links.first().colour, LinkColour::Red);
    }

    // Each profile with its own certificate (subject OU = the profile).
    void profilesWithholdSystems_data()
    {
        QTest::addColumn<int>("profile");
        QTest::addColumn<int>("client");
        QTest::addColumn<QString>("withheldText");
        QTest::newRow("first line") << int(UserProfile::BorderFirstLine) << int(TestClient::BorderGuard)
                                    << QStringLiteral("eurodac,ecris-tcn,europol");
        QTest::newRow("second line") << int(UserProfile::BorderSecondLine) << int(TestClient::SecondLine)
                                     << QStringLiteral("ecris-tcn");
        QTest::newRow("consular") << int(UserProfile::Consular) << int(TestClient::Consular)
                                  << QStringLiteral("eurodac,ecris-tcn,europol,interpol-tdawn");
        QTest::newRow("trainer") << int(UserProfile::Trainer) << int(TestClient::Trainer) << QString();
    }
    void profilesWithholdSystems()
    {
        QFETCH(int, profile);
        QFETCH(int, client);
        QFETCH(QString, withheldText);
        const QStringList withheld = withheldText.split(QLatin1Char(','), Qt::SkipEmptyParts);
        SearchSummary summary;
        const SearchRequest r = searchFor(scenario("consular-withheld").document, UserProfile(profile));
        const Exchange x = searchAs(r, TestClient(client));
        QCOMPARE(x.status, 200);
        const auto byId = events(x, &summary);
        for (const SystemEvent& e : byId)
            QCOMPARE(e.searchId, r.searchId); // not-authorised lines too
        QStringList got;
        for (SystemId s : summary.withheld)
            got.append(systemKey(s));
        QCOMPARE(got, withheld);
        for (SystemId s : allSystems()) {
            const bool hidden = withheld.contains(systemKey(s));
            QCOMPARE(byId.value(s).status == SystemStatus::NotAuthorised, hidden);
            QCOMPARE(summary.answered.contains(s), !hidden);
        }
        // A consular officer does not see the SIS police alert (specific check); a border officer does.
        QCOMPARE(byId.value(SystemId::Sis).status,
            UserProfile(profile) == UserProfile::Consular ? SystemStatus::NoHit : SystemStatus::Hit);
    }

    // The profile is the certificate's: a border guard's workstation asking as trainer (to see
    // ECRIS-TCN and Europol) is refused, not widened; the same search with its own profile works.
    void profileOtherThanTheCertificatesIsRefused_data()
    {
        QTest::addColumn<int>("client");
        QTest::addColumn<int>("claimed");
        QTest::newRow("border guard as trainer") << int(TestClient::BorderGuard) << int(UserProfile::Trainer);
        QTest::newRow("border guard as second line")
            << int(TestClient::BorderGuard) << int(UserProfile::BorderSecondLine);
        QTest::newRow("consular as first line") << int(TestClient::Consular) << int(UserProfile::BorderFirstLine);
        QTest::newRow("trainer as consular") << int(TestClient::Trainer) << int(UserProfile::Consular);
    }
    void profileOtherThanTheCertificatesIsRefused()
    {
        QFETCH(int, client);
        QFETCH(int, claimed);
        const qint64 before = m_gateway->server().counters().forbidden;
        const Exchange x
            = searchAs(searchFor(scenario("consular-withheld").document, UserProfile(claimed)), TestClient(client));
        QCOMPARE(x.status, 403);
        QVERIFY(x.lines.isEmpty() || !x.body.contains("\"type\":\"system\""));
        QCOMPARE(errorCode(x), QStringLiteral("gateway.profile-mismatch"));
        QCOMPARE(m_gateway->server().counters().forbidden, before + 1);
    }

    void adminCertificateIsOnlyForTheAdminEndpoint()
    {
        const Exchange search = searchAs(searchFor(scenario("clean-visa-exempt").document), TestClient::Admin);
        QCOMPARE(search.status, 403);
        QCOMPARE(errorCode(search), QStringLiteral("gateway.forbidden"));
        const Exchange health
            = run(namAs(TestClient::Admin).get(requestAs(QStringLiteral("/v1/health"), TestClient::Admin)));
        QCOMPARE(health.status, 200);
    }

    void adminEndpointNeedsAnAdminCertificate_data()
    {
        QTest::addColumn<int>("client");
        QTest::newRow("border guard") << int(TestClient::BorderGuard);
        QTest::newRow("trainer") << int(TestClient::Trainer);
    }
    void adminEndpointNeedsAnAdminCertificate()
    {
        QFETCH(int, client);
        const TestClient who = TestClient(client);
        const QByteArray body = R"({"faults":{"sis":{"kind":"down"}}})";
        const Exchange set = run(namAs(who).post(requestAs(QStringLiteral("/v1/admin/faults"), who), body));
        QCOMPARE(set.status, 403);
        QCOMPARE(errorCode(set), QStringLiteral("gateway.forbidden"));
        QVERIFY(m_gateway->server().faults().isEmpty()); // nothing was set
        const Exchange get = run(namAs(who).get(requestAs(QStringLiteral("/v1/admin/faults"), who)));
        QCOMPARE(get.status, 403);
    }

    void noClientCertificateIsRefused()
    {
        // Fresh managers: a manager reuses its open connections whatever the TLS configuration.
        QNetworkAccessManager fresh, fresh2;
        const Exchange none = run(fresh.get(request(QStringLiteral("/v1/health"), false)));
        QVERIFY(none.error != QNetworkReply::NoError);
        QCOMPARE(none.status, 0); // refused in the handshake: no HTTP answer at all

        QNetworkRequest r = request(QStringLiteral("/v1/health"));
        r.setSslConfiguration(bd::testsupport::clientTlsConfiguration(bd::testsupport::untrustedCertificates()));
        QSslConfiguration tls = r.sslConfiguration();
        tls.setCaCertificates(m_gateway->clientTlsConfiguration().caCertificates()); // trusts the server
        r.setSslConfiguration(tls);
        const Exchange foreign = run(fresh2.get(r));
        QVERIFY(foreign.error != QNetworkReply::NoError);
        QCOMPARE(foreign.status, 0);

        const Exchange good = run(m_nam.get(request(QStringLiteral("/v1/health"))));
        QCOMPARE(good.status, 200);
        const auto health = json::decodeHealthReport(*json::parseObject(good.body));
        QVERIFY(health.ok());
        QVERIFY(health->training);
    }

    void recordReplayReturnsTheSameRecordId()
    {
        RecordSubmission s;
        s.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.kind = QStringLiteral("ees-entry");
        s.officerId = QStringLiteral("officer-7");
        s.at = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
        s.document = scenario("clean-visa-exempt").document;
        s.crossingPoint = QStringLiteral("FRA-CDG");
        auto post = [&](const RecordSubmission& body, const QByteArray& key) {
            QNetworkRequest r = request(QStringLiteral("/v1/records"));
            r.setRawHeader("Idempotency-Key", key);
            return run(m_nam.post(r, QJsonDocument(json::encode(body)).toJson()));
        };
        const Exchange first = post(s, s.idempotencyKey.toUtf8());
        QCOMPARE(first.status, 201);
        const auto r1 = json::decodeRecordReceipt(*json::parseObject(first.body));
        QVERIFY(r1.ok());
        QVERIFY(!r1->replayed);
        const Exchange again = post(s, s.idempotencyKey.toUtf8());
        QCOMPARE(again.status, 200);
        const auto r2 = json::decodeRecordReceipt(*json::parseObject(again.body));
        QVERIFY(r2->replayed);
        QCOMPARE(r2->recordId, r1->recordId);

        RecordSubmission other = s;
        other.crossingPoint = QStringLiteral("DEU-FRA");
        QCOMPARE(post(other, s.idempotencyKey.toUtf8()).status, 409);
        const Exchange mismatch = post(s, "another-key");
        QCOMPARE(mismatch.status, 400);
        QVERIFY(mismatch.body.contains("Idempotency-Key"));
    }

    void hotlistDeltasAreVersioned()
    {
        auto get = [&](const QString& since) {
            return run(m_nam.get(request(QStringLiteral("/v1/hotlist?since=") + since)));
        };
        const Exchange full = get(QStringLiteral("0"));
        QCOMPARE(full.status, 200);
        const auto all = json::decodeHotlistDelta(*json::parseObject(full.body));
        QVERIFY(all.ok());
        QVERIFY(all->fullReplace);
        QCOMPARE(all->toVersion, m_gateway->server().hotlistVersion());
        QVERIFY(all->added.size() > 1);
        const QString stolenKey = m_gateway->server().hotlistKeyFor(
            scenario("stolen-passport-sltd").document.issuingState, scenario("stolen-passport-sltd").document.number);
        QVERIFY(std::any_of(all->added.begin(), all->added.end(),
            [&](const HotlistEntry& e) { return e.key == stolenKey && e.kind == QLatin1String("stolen-document"); }));
        QVERIFY(!full.body.contains("S10000007")); // keys only, never a document number

        QCOMPARE(all->key.size(), 32); // a full replace brings the key its entries are made with
        QCOMPARE(all->keyId, m_gateway->server().hotlistKeyId());

        const qint64 v = all->toVersion;
        const QString withKey = QStringLiteral("&keyId=") + all->keyId;
        const auto delta = json::decodeHotlistDelta(*json::parseObject(get(QString::number(v - 3) + withKey).body));
        QVERIFY(delta.ok());
        QVERIFY(!delta->fullReplace);
        QVERIFY(delta->key.isEmpty()); // the key travels with full lists only
        QCOMPARE(delta->fromVersion, v - 3);
        QVERIFY(delta->added.size() < all->added.size());
        const auto upToDate = json::decodeHotlistDelta(*json::parseObject(get(QString::number(v) + withKey).body));
        QVERIFY(upToDate->added.isEmpty() && upToDate->removed.isEmpty());
        QVERIFY(json::decodeHotlistDelta(*json::parseObject(get(QStringLiteral("1") + withKey).body))
                    ->fullReplace); // too far behind
        QVERIFY(json::decodeHotlistDelta(*json::parseObject(get(QString::number(v - 3)).body))
                    ->fullReplace); // no key held: the whole list with the key
        QCOMPARE(get(QString::number(v + 1)).status, 400);
    }

    // The key is the deployment's: taken from the configuration when given, else random at every
    // start (never a constant of the code).
    void theHotlistKeyComesFromTheConfigurationOrIsRandom()
    {
        GatewayConfig configured;
        configured.hotlistKey = QByteArray(32, 'z');
        configured.hotlistKeyId = QStringLiteral("hk-site-1");
        const TrainingGatewayServer site(nullptr, nullptr, configured);
        QCOMPARE(site.hotlistKeyId(), QStringLiteral("hk-site-1"));
        QCOMPARE(site.hotlistKeyFor(QStringLiteral("GBR"), QStringLiteral("S10000007")),
            QString::fromLatin1(
                bd::model::hotlistDigest(configured.hotlistKey, QStringLiteral("GBR"), QStringLiteral("S10000007"))
                    .toHex()));
        const TrainingGatewayServer a(nullptr, nullptr, GatewayConfig {});
        const TrainingGatewayServer b(nullptr, nullptr, GatewayConfig {});
        QVERIFY(a.hotlistKeyId() != b.hotlistKeyId());
        QVERIFY(a.hotlistKeyFor(QStringLiteral("GBR"), QStringLiteral("S1"))
            != b.hotlistKeyFor(QStringLiteral("GBR"), QStringLiteral("S1")));
    }

    void aRotatedHotlistKeyReplacesTheWholeList()
    {
        auto get = [&](const QString& query) {
            return json::decodeHotlistDelta(
                *json::parseObject(run(m_nam.get(request(QStringLiteral("/v1/hotlist?") + query))).body));
        };
        const auto before = get(QStringLiteral("since=0"));
        QVERIFY(before.ok());
        const QString newId = m_gateway->server().rotateHotlistKey();
        QVERIFY(newId != before->keyId);
        const auto after = get(QStringLiteral("since=%1&keyId=%2").arg(before->toVersion).arg(before->keyId));
        QVERIFY(after.ok());
        QVERIFY(after->fullReplace);
        QCOMPARE(after->keyId, newId);
        QVERIFY(after->key != before->key);
        QCOMPARE(after->added.size(), before->added.size());
        QVERIFY(after->added.first().key != before->added.first().key); // every entry re-keyed
    }

    void faultsBehaveAsSpecified_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("down") << int(FaultKind::Down);
        QTest::newRow("error") << int(FaultKind::Error);
        QTest::newRow("garbage") << int(FaultKind::Garbage);
        QTest::newRow("oversized") << int(FaultKind::Oversized);
        QTest::newRow("latency") << int(FaultKind::Latency);
        QTest::newRow("truncated") << int(FaultKind::Truncated);
        QTest::newRow("stalled") << int(FaultKind::Stalled);
    }
    void faultsBehaveAsSpecified()
    {
        QFETCH(int, kind);
        const auto k = FaultKind(kind);
        m_gateway->setFault(SystemId::Vis, k, 200);
        const SearchRequest r = searchFor(scenario("visa-exhausted").document);
        const int others = static_cast<int>(allSystems().size()) - 1;
        const Exchange x = k == FaultKind::Stalled ? search(r, others) : search(r);
        SearchSummary summary;
        const auto byId = events(x, &summary);
        for (const SystemEvent& e : byId)
            QCOMPARE(e.searchId, r.searchId); // every readable line, fault answers included
        switch (k) {
        case FaultKind::Down:
            QCOMPARE(byId.value(SystemId::Vis).status, SystemStatus::Unavailable);
            QVERIFY(!summary.answered.contains(SystemId::Vis));
            break;
        case FaultKind::Error:
            QCOMPARE(byId.value(SystemId::Vis).status, SystemStatus::Error);
            break;
        case FaultKind::Latency:
            QCOMPARE(byId.value(SystemId::Vis).status, SystemStatus::Hit);
            QVERIFY(byId.value(SystemId::Vis).latencyMs >= 200);
            break;
        case FaultKind::Garbage:
        case FaultKind::Oversized: {
            QCOMPARE(x.lines.size(), allSystems().size() + 1);
            QVERIFY(!byId.contains(SystemId::Vis));
            const auto bad = std::find_if(x.lines.begin(), x.lines.end(), [](const QByteArray& l) {
                return !json::decodeSystemEvent(json::parseObject(l).ok() ? *json::parseObject(l) : QJsonObject()).ok()
                    && !l.contains("\"summary\"");
            });
            QVERIFY(bad != x.lines.end());
            if (k == FaultKind::Garbage)
                QVERIFY(!json::parseObject(*bad).ok());
            else
                QVERIFY(bad->size() >= 5 * 1024 * 1024 - 2);
            QVERIFY(!summary.answered.contains(SystemId::Vis));
            break;
        }
        case FaultKind::Truncated:
            QVERIFY(x.error != QNetworkReply::NoError); // the stream ended without its closing chunk
            QVERIFY(summary.searchId.isEmpty());
            QVERIFY(!byId.contains(SystemId::Vis));
            break;
        case FaultKind::Stalled:
            QVERIFY(!x.finished); // still open, waiting for VIS
            QCOMPARE(byId.size(), others);
            QVERIFY(!byId.contains(SystemId::Vis));
            QVERIFY(summary.searchId.isEmpty());
            break;
        default:
            QFAIL("unexpected kind");
        }
        // The next search on a fresh connection is unaffected once the fault is cleared.
        m_gateway->clearFaults();
        QCOMPARE(events(search(r)).value(SystemId::Vis).status, SystemStatus::Hit);
    }

    void adminEndpointSetsFaults()
    {
        const QByteArray body = R"({"faults":{"sis":{"kind":"down"}},"latency":{"etias":50}})";
        QNetworkAccessManager& admin = namAs(TestClient::Admin);
        const QString faults = QStringLiteral("/v1/admin/faults");
        const Exchange set = run(admin.post(requestAs(faults, TestClient::Admin), body));
        QCOMPARE(set.status, 200);
        QVERIFY(set.body.contains("\"down\""));
        QCOMPARE(m_gateway->server().faults().value(SystemId::Sis).kind, FaultKind::Down);
        QCOMPARE(events(search(searchFor(scenario("clean-visa-exempt").document))).value(SystemId::Sis).status,
            SystemStatus::Unavailable);
        const auto health
            = json::decodeHealthReport(*json::parseObject(run(m_nam.get(request(QStringLiteral("/v1/health")))).body));
        QCOMPARE(health->status, QStringLiteral("degraded"));
        const Exchange bad
            = run(admin.post(requestAs(faults, TestClient::Admin), R"({"faults":{"sis":{"kind":"melt"}}})"));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.body.contains("faults.sis.kind"));
    }

    void badRequestIsRejectedWithAPreciseMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("not json") << QByteArray("{nope") << QByteArray("not valid JSON");
        QTest::newRow("no search id") << QByteArray(
            R"({"version":1,"officerId":"o","profile":"trainer","purpose":"training","document":{"number":"X"}})")
                                      << QByteArray("searchId: missing");
        QTest::newRow("bad profile") << QByteArray(
            R"({"version":1,"searchId":"s","officerId":"o","profile":"boss","purpose":"training","document":{"number":"X"}})")
                                     << QByteArray("profile: unknown value 'boss'");
        QTest::newRow("version 2") << QByteArray(
            R"({"version":2,"searchId":"s","officerId":"o","profile":"trainer","purpose":"training"})")
                                   << QByteArray("version");
    }
    void badRequestIsRejectedWithAPreciseMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, message);
        const Exchange x = run(m_nam.post(request(QStringLiteral("/v1/search")), body));
        QCOMPARE(x.status, 400);
        const auto o = json::parseObject(x.body);
        QVERIFY(o.ok());
        const QString got = o->value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(got.contains(QString::fromLatin1(message)), qPrintable(got));
        QVERIFY(!o->value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString().isEmpty());
    }

    void unknownEndpointAndWrongMethod()
    {
        QCOMPARE(run(m_nam.get(request(QStringLiteral("/v1/nothing")))).status, 404);
        QCOMPARE(run(m_nam.get(request(QStringLiteral("/v1/search")))).status, 405);
    }

    void cleanupTestCase()
    {
        m_namAs.clear();
        m_gateway.reset();
    }
};

QTEST_GUILESS_MAIN(TestTrainingGateway)
#include "TestTrainingGateway.moc"
