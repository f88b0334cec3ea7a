#include "services/gateway/GatewayJson.h"
#include "services/training/ScenarioDeck.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace bd::gateway;

// resources/schemas documents protocol v1; GatewayJson enforces it. These checks keep the two
// from drifting apart: every schema parses, and its enumerations are the codec's.
class TestProtocolSchemas : public QObject
{
    Q_OBJECT

private:
    static QJsonObject schema(const QString& name)
    {
        QFile f(QStringLiteral(BD_SOURCE_DIR "/resources/schemas/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const auto o = json::parseObject(f.readAll());
        return o ? *o : QJsonObject();
    }
    static QStringList enumAt(const QJsonObject& root, const QStringList& path)
    {
        QJsonObject o = root;
        for (const QString& key : path)
            o = o.value(key).toObject();
        QStringList out;
        for (const QJsonValue& v : o.value(QStringLiteral("enum")).toArray())
            out.append(v.toString());
        return out;
    }
    static QStringList defEnum(const char* name)
    {
        return enumAt(schema(QStringLiteral("common.json")), { QStringLiteral("$defs"), QString::fromLatin1(name) });
    }

private slots:
    void everySchemaParses()
    {
        const QDir dir(QStringLiteral(BD_SOURCE_DIR "/resources/schemas"));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
        QVERIFY(files.size() >= 10);
        for (const QString& f : files) {
            const QJsonObject s = schema(f);
            QVERIFY2(!s.isEmpty(), qPrintable(f));
            QCOMPARE(s.value(QStringLiteral("$id")).toString(),
                QStringLiteral("https://borderdesk.example/schemas/v1/") + f);
        }
    }

    void enumerationsMatchTheCodec()
    {
        QStringList systems, profiles, purposes, statuses;
        for (SystemId s : allSystems())
            systems.append(systemKey(s));
        for (auto p : { UserProfile::BorderFirstLine, UserProfile::BorderSecondLine, UserProfile::Consular,
                 UserProfile::Trainer })
            profiles.append(profileKey(p));
        for (auto p : { Purpose::EntryCheck, Purpose::ExitCheck, Purpose::VisaApplication, Purpose::Training })
            purposes.append(purposeKey(p));
        for (auto s : { SystemStatus::Hit, SystemStatus::NoHit, SystemStatus::Unavailable, SystemStatus::Timeout,
                 SystemStatus::NotAuthorised, SystemStatus::Error })
            statuses.append(statusKey(s));
        QCOMPARE(defEnum("system"), systems);
        QCOMPARE(defEnum("profile"), profiles);
        QCOMPARE(defEnum("purpose"), purposes);
        QCOMPARE(defEnum("status"), statuses);
        const QJsonObject scenario = schema(QStringLiteral("scenario.json"));
        QCOMPARE(enumAt(scenario,
                     { QStringLiteral("properties"), QStringLiteral("expected"), QStringLiteral("properties"),
                         QStringLiteral("requiredAction") }),
            bd::training::requiredActionCodes());
    }

    void scenarioFacesMatchTheDeck()
    {
        // ScenarioDeck::parse accepts seeds 1..2^32-1 (a SyntheticPortrait seed) and needs system + recordId.
        const QJsonObject scenario = schema(QStringLiteral("scenario.json"));
        const QJsonObject seed = scenario.value(QStringLiteral("$defs"))
                                     .toObject()
                                     .value(QStringLiteral("face"))
                                     .toObject()
                                     .value(QStringLiteral("properties"))
                                     .toObject()
                                     .value(QStringLiteral("seed"))
                                     .toObject();
        QCOMPARE(seed.value(QStringLiteral("minimum")).toDouble(), 1.0);
        QCOMPARE(seed.value(QStringLiteral("maximum")).toDouble(), 4294967295.0);
        const QJsonObject properties = scenario.value(QStringLiteral("properties")).toObject();
        const QJsonObject item
            = properties.value(QStringLiteral("enrolledFaces")).toObject().value(QStringLiteral("items")).toObject();
        QCOMPARE(item.value(QStringLiteral("required")).toArray(),
            QJsonArray({ QStringLiteral("system"), QStringLiteral("recordId") }));
        QCOMPARE(item.value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("face"))
                     .toObject()
                     .value(QStringLiteral("$ref"))
                     .toString(),
            QStringLiteral("#/$defs/face"));
        QCOMPARE(properties.value(QStringLiteral("traveller"))
                     .toObject()
                     .value(QStringLiteral("properties"))
                     .toObject()
                     .value(QStringLiteral("face"))
                     .toObject()
                     .value(QStringLiteral("$ref"))
                     .toString(),
            QStringLiteral("#/$defs/face"));
    }

    void scenarioTranslationsMatchTheDeck()
    {
        // ScenarioDeck::parse: two-letter codes but not "en", members title (1..512) and debrief
        // (at least as long as the English one must be), nothing else.
        const QJsonObject properties
            = schema(QStringLiteral("scenario.json")).value(QStringLiteral("properties")).toObject();
        const QJsonObject translations = properties.value(QStringLiteral("translations")).toObject();
        QCOMPARE(translations.value(QStringLiteral("type")).toString(), QStringLiteral("object"));
        const QJsonObject names = translations.value(QStringLiteral("propertyNames")).toObject();
        QCOMPARE(names.value(QStringLiteral("pattern")).toString(), QStringLiteral("^[a-z]{2}$"));
        QCOMPARE(names.value(QStringLiteral("not")).toObject().value(QStringLiteral("const")).toString(),
            QStringLiteral("en"));
        const QJsonObject language = translations.value(QStringLiteral("additionalProperties")).toObject();
        QCOMPARE(language.value(QStringLiteral("additionalProperties")).toBool(true), false);
        const QJsonObject members = language.value(QStringLiteral("properties")).toObject();
        QCOMPARE(members.keys(), QStringList({ QStringLiteral("debrief"), QStringLiteral("title") }));
        const QJsonObject title = members.value(QStringLiteral("title")).toObject();
        QCOMPARE(title.value(QStringLiteral("minLength")).toInt(), 1);
        QCOMPARE(title.value(QStringLiteral("maxLength")).toInt(), 512);
        const QJsonObject englishDebrief = properties.value(QStringLiteral("expected"))
                                               .toObject()
                                               .value(QStringLiteral("properties"))
                                               .toObject()
                                               .value(QStringLiteral("debrief"))
                                               .toObject();
        QCOMPARE(members.value(QStringLiteral("debrief")).toObject().value(QStringLiteral("minLength")).toInt(),
            englishDebrief.value(QStringLiteral("minLength")).toInt());
    }
};

QTEST_APPLESS_MAIN(TestProtocolSchemas)
#include "TestProtocolSchemas.moc"
