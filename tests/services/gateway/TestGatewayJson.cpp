#include "services/gateway/GatewayJson.h"
#include "tests/support/TestHygiene.h"

#include <QJsonArray>
#include <QtTest>

using namespace bd::gateway;

using namespace bd::model;

namespace {

// A well-formed hotlist entry key (64 hex digits).
QString hexKey(char digit)
{
    return QString(64, QLatin1Char(digit));
}

} // namespace

class TestGatewayJson : public QObject
{
    Q_OBJECT
private:
    static SystemEvent sampleEvent()
    {
        Hit sis;
        sis.recordId = QStringLiteral("SIS-1");
        sis.system = SystemId::Sis;
        sis.person = { QStringLiteral("DOE"), QStringLiteral("JANE"), QDate(1980, 2, 29), QStringLiteral("F"),
            QStringLiteral("UTO") };
        sis.sis = SisAlert { QStringLiteral("discreet-check"), QStringLiteral("Report whereabouts; do not alert"),
            { QStringLiteral("violent") }, QStringLiteral("D"), {} };
        return SystemEvent { QStringLiteral("6f1c"), SystemId::Sis, SystemStatus::Hit, 42, { sis }, {} };
    }

    // A refusal as the workstation submits it.
    static RecordSubmission sampleSubmission()
    {
        RecordSubmission sub;
        sub.idempotencyKey = QStringLiteral("k-1");
        sub.kind = QStringLiteral("decision");
        sub.officerId = QStringLiteral("officer-7");
        sub.at = QDateTime(QDate(2026, 11, 28), QTime(9, 30, 0, 5), Qt::UTC);
        sub.decision = Decision::Refuse;
        sub.refusalReasons = { QStringLiteral("H") };
        return sub;
    }

    // The same check admitted against the required action (arrest): an override with its reason.
    static RecordSubmission sampleOverride()
    {
        RecordSubmission overridden = sampleSubmission();
        overridden.decision = Decision::Admit;
        overridden.refusalReasons.clear();
        overridden.requiredAction = QStringLiteral("arrest");
        overridden.overrideReason = QStringLiteral("SIRENE confirmed by phone: alert withdrawn");
        return overridden;
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    // Every message of the protocol survives encode and decode unchanged: the steps below.
    void roundTripsSearchRequest()
    {
        SearchRequest req;
        req.searchId = QStringLiteral("6f1c");
        req.officerId = QStringLiteral("officer-7");
        req.profile = UserProfile::Consular;
        req.purpose = Purpose::VisaApplication;
        req.document = { QStringLiteral("P"), QStringLiteral("UTO"), QStringLiteral("L898902C3"), QDate(2030, 4, 15) };
        req.faceImage = QByteArray("\x89PNG fake", 9);
        req.fingerprints = { FingerprintSample { 2, QByteArray("print"), 61 } };
        req.systems = { SystemId::Vis, SystemId::Ees };
        const auto r = json::decodeSearchRequest(json::encode(req));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(*r, req);
    }

    void roundTripsSystemEvent()
    {
        const SystemEvent ev = sampleEvent();
        const auto e = json::decodeSystemEvent(json::encode(ev));
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().detail));
        QCOMPARE(*e, ev);
    }

    void roundTripsVisAndEesHits()
    {
        Hit vis;
        vis.recordId = QStringLiteral("VIS-9");
        vis.system = SystemId::Vis;
        vis.vis = VisRecord { QStringLiteral("APP1"), QStringLiteral("issued"), QStringLiteral("C"),
            QStringLiteral("S1"), QDate(2026, 1, 1), QDate(2026, 12, 31), 2, 2, 30 };
        Hit ees;
        ees.recordId = QStringLiteral("EES-3");
        ees.system = SystemId::Ees;
        ees.ees = EesFile {
            { EesMovement { QStringLiteral("entry"), QDate(2026, 10, 1), QStringLiteral("FRA-CDG"), {} },
                EesMovement { QStringLiteral("refusal"), QDate(2026, 10, 5), {}, { QStringLiteral("F") } } },
            true
        };
        for (const Hit& h : { vis, ees }) {
            const auto d = json::decodeHit(json::encode(h));
            QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().detail));
            QCOMPARE(*d, h);
        }
    }

    void roundTripsSearchSummary()
    {
        SearchSummary sum { QStringLiteral("6f1c"),
            { IdentityLink { QStringLiteral("L1"), LinkColour::Red,
                { RecordRef { SystemId::Vis, QStringLiteral("VIS-9") },
                    RecordRef { SystemId::Ees, QStringLiteral("EES-3") } },
                QStringLiteral("SIRENE DE"), QDate(2026, 3, 1) } },
            { SystemId::EcrisTcn }, { SystemId::Vis, SystemId::Ees }, 120 };
        const auto s = json::decodeSearchSummary(json::encode(sum));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(*s, sum);
    }

    void roundTripsRecordSubmissions()
    {
        const RecordSubmission sub = sampleSubmission();
        const auto sb = json::decodeRecordSubmission(json::encode(sub));
        QVERIFY2(sb.ok(), qPrintable(sb.ok() ? QString() : sb.error().detail));
        QCOMPARE(*sb, sub);

        // An override travels with its required action and the officer's reason.
        const RecordSubmission overridden = sampleOverride();
        const auto ob = json::decodeRecordSubmission(json::encode(overridden));
        QVERIFY2(ob.ok(), qPrintable(ob.ok() ? QString() : ob.error().detail));
        QCOMPARE(*ob, overridden);
    }

    // Only a decision has an override: an EES entry record claiming one is refused.
    void entryRecordWithAnOverrideIsRefused()
    {
        RecordSubmission entryRecord = sampleOverride();
        entryRecord.kind = QStringLiteral("ees-entry");
        entryRecord.decision.reset();
        const auto eb = json::decodeRecordSubmission(json::encode(entryRecord));
        QVERIFY(!eb.ok());
        QVERIFY2(eb.error().detail.contains(QStringLiteral("overrideReason")), qPrintable(eb.error().detail));
    }

    // An audit record travels with its trail number, seal and references, and nothing personal.
    void auditRecordsRoundTripAndCarryNothingPersonal()
    {
        RecordSubmission audit;
        audit.idempotencyKey = QStringLiteral("audit-0123456789abcdef-42");
        audit.kind = QStringLiteral("audit");
        audit.officerId = QStringLiteral("officer-7");
        audit.at = QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC);
        audit.audit
            = AuditRecordPart { 42, QStringLiteral("hit.view"), QStringLiteral("booth-3"), QStringLiteral("search-1"),
                  QJsonObject { { QStringLiteral("system"), QStringLiteral("sis") } }, QString(64, QLatin1Char('a')) };
        const auto decoded = json::decodeRecordSubmission(json::encode(audit));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().detail));
        QCOMPARE(*decoded, audit);

        const auto refused = [](const RecordSubmission& s, const char* expected) {
            const auto r = json::decodeRecordSubmission(json::encode(s));
            QVERIFY2(!r.ok(), expected);
            QVERIFY2(r.error().detail.contains(QLatin1String(expected)), qPrintable(r.error().detail));
        };
        RecordSubmission withDocument = audit;
        withDocument.document.number = QStringLiteral("S10000002");
        refused(withDocument, "carries no document");
        RecordSubmission withoutPart = audit;
        withoutPart.audit.reset();
        refused(withoutPart, "audit: missing");
        RecordSubmission decisionWithPart = sampleSubmission();
        decisionWithPart.audit = audit.audit;
        refused(decisionWithPart, "only an audit record has an audit part");
        RecordSubmission badMac = audit;
        badMac.audit->mac = QStringLiteral("not-hex");
        refused(badMac, "mac");
        RecordSubmission nested = audit;
        nested.audit->details.insert(QStringLiteral("nested"), QJsonObject { { QStringLiteral("a"), 1 } });
        refused(nested, "details");
    }

    void roundTripsHotlistDeltaAndHealthReport()
    {
        HotlistDelta delta { 3, 5, false, { HotlistEntry { hexKey('a'), QStringLiteral("stolen-document"), {} } },
            { hexKey('c') }, QStringLiteral("hk-1"), {} };
        QCOMPARE(*json::decodeHotlistDelta(json::encode(delta)), delta);
        HotlistDelta full { 0, 5, true,
            { HotlistEntry { hexKey('b'), QStringLiteral("arrest"), QStringLiteral("arrest") } }, {},
            QStringLiteral("hk-2.rotated_1"), QByteArray(32, '\x7f') };
        QCOMPARE(*json::decodeHotlistDelta(json::encode(full)), full);
        QCOMPARE(json::encode(full).value(QStringLiteral("key")).toString(), QString::fromLatin1(full.key.toBase64()));

        HealthReport health { QStringLiteral("ok"), QStringLiteral("1.0"), true,
            { { SystemId::Sis, QStringLiteral("up") }, { SystemId::Vis, QStringLiteral("slow") } } };
        QCOMPARE(*json::decodeHealthReport(json::encode(health)), health);
    }

    void rejectsWhatTheSchemaForbids_data()
    {
        QTest::addColumn<QJsonObject>("event");
        QTest::addColumn<QString>("expected");
        const QJsonObject good = json::encode(sampleEvent());
        auto with = [&](const QString& key, const QJsonValue& v) {
            QJsonObject o = good;
            o.insert(key, v);
            return o;
        };
        QTest::newRow("unknown system") << with(QStringLiteral("system"), QStringLiteral("nsa"))
                                        << QStringLiteral("system: unknown value 'nsa'");
        QTest::newRow("unknown status") << with(QStringLiteral("status"), QStringLiteral("maybe"))
                                        << QStringLiteral("status: unknown value");
        QTest::newRow("pending is no answer")
            << with(QStringLiteral("status"), QStringLiteral("pending")) << QStringLiteral("'pending'");
        QTest::newRow("latency text") << with(QStringLiteral("latencyMs"), QStringLiteral("fast"))
                                      << QStringLiteral("latencyMs: must be a whole number");
        QTest::newRow("no-hit with records")
            << with(QStringLiteral("status"), QStringLiteral("no-hit")) << QStringLiteral("only a hit carries records");
        QTest::newRow("hit without records")
            << with(QStringLiteral("hits"), QJsonArray()) << QStringLiteral("a hit needs at least one record");
        QJsonObject badHit = good;
        QJsonArray hits = good.value(QStringLiteral("hits")).toArray();
        QJsonObject h = hits.at(0).toObject();
        QJsonObject sis = h.value(QStringLiteral("sis")).toObject();
        sis.insert(QStringLiteral("category"), QStringLiteral("party"));
        h.insert(QStringLiteral("sis"), sis);
        hits[0] = h;
        badHit.insert(QStringLiteral("hits"), hits);
        QTest::newRow("bad sis category") << badHit << QStringLiteral("hits[0].sis.category: unknown value 'party'");
        QJsonObject missing = good;
        missing.remove(QStringLiteral("latencyMs"));
        QTest::newRow("missing member") << missing << QStringLiteral("latencyMs: missing");
        QJsonObject noSearch = good;
        noSearch.remove(QStringLiteral("searchId"));
        QTest::newRow("no search id") << noSearch << QStringLiteral("searchId: missing");
        QTest::newRow("search id number")
            << with(QStringLiteral("searchId"), 7) << QStringLiteral("searchId: must be a string");
        QTest::newRow("search id too long") << with(QStringLiteral("searchId"), QString(65, QLatin1Char('a')))
                                            << QStringLiteral("searchId: longer than 64 characters");
    }
    void rejectsWhatTheSchemaForbids()
    {
        QFETCH(QJsonObject, event);
        QFETCH(QString, expected);
        const auto e = json::decodeSystemEvent(event);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, QStringLiteral("gateway.schema"));
        QVERIFY2(e.error().detail.contains(expected), qPrintable(e.error().detail));
    }

    // A JSON number is a double: one out of range, not whole, or too large for any integer is a
    // decode error (gateway.schema) with the member and the reason, never cast (UBSan: 1e+300).
    // The key comes with every full list and only then, exactly 32 bytes; the key id is bounded;
    // entry keys are HMAC digests in lower-case hex and nothing else.
    void hotlistKeyAndEntriesAreStrict_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("fullReplace");
        QTest::addColumn<QString>("expected"); // empty: accepted
        const QString key31 = QString::fromLatin1(QByteArray(31, 'k').toBase64());
        const QString key33 = QString::fromLatin1(QByteArray(33, 'k').toBase64());
        const QString key32 = QString::fromLatin1(QByteArray(32, 'k').toBase64());
        QTest::newRow("full without key")
            << "key" << QJsonValue() << true << "key: a full replace needs the 32-byte key";
        QTest::newRow("full, 31-byte key") << "key" << QJsonValue(key31) << true << "32-byte key";
        QTest::newRow("full, 33-byte key") << "key" << QJsonValue(key33) << true << "32-byte key";
        QTest::newRow("full, not base64") << "key" << QJsonValue(QStringLiteral("%%%")) << true << "not valid base64";
        QTest::newRow("full, 32-byte key") << "key" << QJsonValue(key32) << true << "";
        QTest::newRow("delta with key") << "key" << QJsonValue(key32) << false
                                        << "key: is sent with a full replace only";
        QTest::newRow("no key id") << "keyId" << QJsonValue() << false << "keyId: missing";
        QTest::newRow("empty key id") << "keyId" << QJsonValue(QString()) << false << "keyId: must be 1 to 64";
        QTest::newRow("key id 65") << "keyId" << QJsonValue(QString(65, QLatin1Char('a'))) << false << "longer than 64";
        QTest::newRow("key id slash") << "keyId" << QJsonValue(QStringLiteral("a/b")) << false << "keyId: must be";
        QTest::newRow("entry key upper case")
            << "added"
            << QJsonValue(QJsonArray { QJsonObject {
                   { QStringLiteral("key"), hexKey('A') }, { QStringLiteral("kind"), QStringLiteral("arrest") } } })
            << false << "added[0].key: must be 64 lower-case hex digits";
        QTest::newRow("entry key short") << "added"
                                         << QJsonValue(QJsonArray {
                                                QJsonObject { { QStringLiteral("key"), QStringLiteral("ab12") },
                                                    { QStringLiteral("kind"), QStringLiteral("arrest") } } })
                                         << false << "added[0].key: must be 64";
        QTest::newRow("removed not hex") << "removed" << QJsonValue(QJsonArray { QString(64, QLatin1Char('g')) })
                                         << false << "removed[0]: must be 64";
        QTest::newRow("removed hex") << "removed" << QJsonValue(QJsonArray { hexKey('0') }) << false << "";
    }
    void hotlistKeyAndEntriesAreStrict()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(bool, fullReplace);
        QFETCH(QString, expected);
        HotlistDelta d { 0, 1, fullReplace, {}, {}, QStringLiteral("hk-1"),
            fullReplace ? QByteArray(32, 'k') : QByteArray() };
        QJsonObject o = json::encode(d);
        if (value.isNull())
            o.remove(member);
        else
            o.insert(member, value);
        const auto decoded = json::decodeHotlistDelta(o);
        if (expected.isEmpty()) {
            QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().detail));
            return;
        }
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().detail.contains(expected), qPrintable(decoded.error().detail));
    }

    void numbersMustBeWholeAndInRange_data()
    {
        QTest::addColumn<QString>("message"); // which decoder
        QTest::addColumn<QString>("member");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected"); // empty: accepted
        const QString event = QStringLiteral("event"), summary = QStringLiteral("summary"),
                      hotlist = QStringLiteral("hotlist"), request = QStringLiteral("request");
        QTest::newRow("latency 1e300")
            << event << "latencyMs" << 1e300
            << "latencyMs: must be a whole number from 0 to 3600000, found 1e+300 (out of range)";
        QTest::newRow("latency -1e300") << event << "latencyMs" << -1e300 << "found -1e+300 (out of range)";
        QTest::newRow("latency 2^63") << event << "latencyMs" << 9223372036854775808.0 << "(out of range)";
        QTest::newRow("latency 2^31") << event << "latencyMs" << 2147483648.0 << "(out of range)";
        QTest::newRow("latency one over") << event << "latencyMs" << 3600001.0 << "found 3600001 (out of range)";
        QTest::newRow("latency negative") << event << "latencyMs" << -1.0 << "found -1 (out of range)";
        QTest::newRow("latency fraction") << event << "latencyMs" << 12.5 << "found 12.5 (not a whole number)";
        QTest::newRow("latency tiny fraction") << event << "latencyMs" << 1e-300 << "(not a whole number)";
        QTest::newRow("latency max") << event << "latencyMs" << 3600000.0 << "";
        QTest::newRow("latency -0") << event << "latencyMs" << -0.0 << "";
        QTest::newRow("total 1e300") << summary << "totalMs" << 1e300 << "totalMs: must be a whole number";
        QTest::newRow("total fraction") << summary << "totalMs" << 0.5 << "(not a whole number)";
        QTest::newRow("hotlist version 1e300")
            << hotlist << "fromVersion" << 1e300 << "fromVersion: must be a whole number";
        QTest::newRow("hotlist version 2^53") << hotlist << "toVersion" << 9007199254740992.0 << "(out of range)";
        QTest::newRow("hotlist version 2^52") << hotlist << "toVersion" << 4503599627370496.0 << "";
        QTest::newRow("request version 1e300") << request << "version" << 1e300 << "version: must be a whole number";
        QTest::newRow("request version 1.5") << request << "version" << 1.5 << "(not a whole number)";
    }
    void numbersMustBeWholeAndInRange()
    {
        QFETCH(QString, message);
        QFETCH(QString, member);
        QFETCH(double, value);
        QFETCH(QString, expected);
        std::optional<bd::core::Error> error;
        auto check = [&](auto result) {
            if (!result.ok())
                error = result.error();
        };
        if (message == QLatin1String("event")) {
            QJsonObject o = json::encode(sampleEvent());
            o.insert(member, value);
            check(json::decodeSystemEvent(o));
        } else if (message == QLatin1String("summary")) {
            QJsonObject o = json::encode(SearchSummary { QStringLiteral("6f1c"), {}, {}, { SystemId::Sis }, 10 });
            o.insert(member, value);
            check(json::decodeSearchSummary(o));
        } else if (message == QLatin1String("hotlist")) {
            QJsonObject o = json::encode(HotlistDelta { 0, 1, false, {}, {}, QStringLiteral("hk-1"), {} });
            o.insert(member, value);
            check(json::decodeHotlistDelta(o));
        } else {
            SearchRequest req;
            req.searchId = QStringLiteral("6f1c");
            req.officerId = QStringLiteral("officer-7");
            req.document
                = { QStringLiteral("P"), QStringLiteral("UTO"), QStringLiteral("L898902C3"), QDate(2030, 4, 15) };
            QJsonObject o = json::encode(req);
            o.insert(member, value);
            check(json::decodeSearchRequest(o));
        }
        if (expected.isEmpty()) {
            QVERIFY2(!error, qPrintable(error ? error->detail : QString()));
            return;
        }
        QVERIFY(error);
        QCOMPARE(error->code, QStringLiteral("gateway.schema"));
        QVERIFY2(error->detail.contains(expected), qPrintable(error->detail));
    }

    void outOfRangeFingerprintPositionIsRejected()
    {
        SearchRequest req;
        req.searchId = QStringLiteral("6f1c");
        req.officerId = QStringLiteral("officer-7");
        req.document = { QStringLiteral("P"), QStringLiteral("UTO"), QStringLiteral("L898902C3"), QDate(2030, 4, 15) };
        req.fingerprints = { FingerprintSample { 2, QByteArray("print"), 61 } };
        QJsonObject o = json::encode(req);
        QJsonArray prints = o.value(QStringLiteral("fingerprints")).toArray();
        QJsonObject print = prints.at(0).toObject();
        print.insert(QStringLiteral("position"), 1e300);
        prints[0] = print;
        o.insert(QStringLiteral("fingerprints"), prints);
        const auto r = json::decodeSearchRequest(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("gateway.schema"));
        QVERIFY2(
            r.error().detail.contains(QLatin1String("fingerprints[0].position: must be a whole number from 1 to 10")),
            qPrintable(r.error().detail));
    }

    void malformedBytesAreReported()
    {
        const auto r = json::parseObject("{\"type\":\"system\",");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("gateway.malformed"));
        QVERIFY(!json::parseObject("[1,2]").ok());
    }
};

QTEST_APPLESS_MAIN(TestGatewayJson)
#include "TestGatewayJson.moc"
