#include "services/gateway/GatewayJson.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/SyntheticPortrait.h"
#include "tests/support/TestHygiene.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bd::gateway;

using namespace bd::model;
using namespace bd::training;

namespace {

const QDate kToday(2026, 11, 28);

} // namespace

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
    static QJsonObject scenarioFile(const QString& name)
    {
        QFile f(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    // {"seed": n} as the deck reads it.
    static quint32 seedIn(const QJsonValue& face)
    {
        return static_cast<quint32>(face.toObject().value(QStringLiteral("seed")).toDouble());
    }
    static QStringList defEnum(const char* name)
    {
        return enumAt(schema(QStringLiteral("common.json")), { QStringLiteral("$defs"), QString::fromLatin1(name) });
    }

    // What scenario.json says of a face: its seed bounds and the members an enrolled face requires;
    // and that the traveller's face and every enrolled face refer to that one definition.
    struct FaceSchema
    {
        double minimum = -1;
        double maximum = -1;
        QStringList required;
    };
    static FaceSchema faceSchema()
    {
        FaceSchema out;
        const QJsonObject scenario = schema(QStringLiteral("scenario.json"));
        const QJsonObject face
            = scenario.value(QStringLiteral("$defs")).toObject().value(QStringLiteral("face")).toObject();
        if (face.value(QStringLiteral("required")).toArray() != QJsonArray({ QStringLiteral("seed") }))
            return out;
        const QJsonObject seed
            = face.value(QStringLiteral("properties")).toObject().value(QStringLiteral("seed")).toObject();
        if (seed.value(QStringLiteral("type")).toString() != QStringLiteral("integer"))
            return out;
        const QJsonObject properties = scenario.value(QStringLiteral("properties")).toObject();
        const QJsonObject item
            = properties.value(QStringLiteral("enrolledFaces")).toObject().value(QStringLiteral("items")).toObject();
        const auto faceRef = [](const QJsonObject& o) {
            return o.value(QStringLiteral("properties"))
                .toObject()
                .value(QStringLiteral("face"))
                .toObject()
                .value(QStringLiteral("$ref"))
                .toString();
        };
        if (faceRef(item) != QStringLiteral("#/$defs/face")
            || faceRef(properties.value(QStringLiteral("traveller")).toObject()) != QStringLiteral("#/$defs/face"))
            return out;
        for (const QJsonValue& v : item.value(QStringLiteral("required")).toArray())
            out.required << v.toString();
        out.minimum = seed.value(QStringLiteral("minimum")).toDouble(-1);
        out.maximum = seed.value(QStringLiteral("maximum")).toDouble(-1);
        return out;
    }
    // A scenario file with enrolled faces.
    static QString fileWithEnrolledFaces()
    {
        const QStringList files = QDir(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"))
                                      .entryList({ QStringLiteral("*.json") }, QDir::Files);
        for (const QString& file : files)
            if (!scenarioFile(file).value(QStringLiteral("enrolledFaces")).toArray().isEmpty())
                return file;
        return {};
    }

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

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

    // The schema's faces: one definition with an integer seed between two bounds, used by the
    // traveller and by every enrolled face, which names its required members.
    void scenarioFaceSchemaIsOneSeededDefinition()
    {
        const FaceSchema face = faceSchema();
        QVERIFY(face.minimum >= 0 && face.maximum > face.minimum);
        QVERIFY(!face.required.isEmpty());
    }

    // Every face a scenario file writes is the one the deck loads (the embedded deck the training
    // gateway serves), with the members the schema requires.
    void scenarioFacesMatchTheDeck()
    {
        const QStringList required = faceSchema().required;
        QVERIFY(!required.isEmpty());
        // Every face written in a scenario file, as the deck loaded it.
        const auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), kToday);
        QVERIFY2(deck.ok(), deck.ok() ? "" : qPrintable(deck.error().detail));
        const QStringList files = QDir(QStringLiteral(BD_SOURCE_DIR "/resources/scenarios"))
                                      .entryList({ QStringLiteral("*.json") }, QDir::Files);
        QCOMPARE(deck->cases().size(), files.size());
        int enrolledFaces = 0;
        int writtenSeeds = 0;
        for (const QString& file : files) {
            const QJsonObject o = scenarioFile(file);
            const CaseFile* c = deck->findById(QFileInfo(file).completeBaseName());
            QVERIFY2(c, qPrintable(file));
            const QJsonObject traveller = o.value(QStringLiteral("traveller")).toObject();
            quint32 travellerFace = SyntheticPortrait::seedFor(c->person);
            if (traveller.contains(QStringLiteral("face"))) {
                travellerFace = seedIn(traveller.value(QStringLiteral("face")));
                ++writtenSeeds;
            }
            QCOMPARE(c->faceSeed, travellerFace);
            const QJsonArray faces = o.value(QStringLiteral("enrolledFaces")).toArray();
            QCOMPARE(c->enrolledFaces.size(), faces.size());
            for (const QJsonValue& v : faces) {
                const QJsonObject e = v.toObject();
                for (const QString& member : required)
                    QVERIFY2(e.contains(member), qPrintable(file + QStringLiteral(": ") + member));
                const auto system = systemFromKey(e.value(QStringLiteral("system")).toString());
                QVERIFY2(system, qPrintable(file));
                quint32 expected = c->faceSeed; // by default the traveller's face
                if (e.contains(QStringLiteral("face"))) {
                    expected = seedIn(e.value(QStringLiteral("face")));
                    ++writtenSeeds;
                }
                QCOMPARE(c->enrolledFaceSeed(*system, e.value(QStringLiteral("recordId")).toString()), expected);
                ++enrolledFaces;
            }
        }
        QVERIFY2(enrolledFaces > 0 && writtenSeeds > 0, "the deck has faces to compare");
    }

    // The seed bounds and required members the schema states are the ones ScenarioDeck::parse
    // enforces, tried on a real file.
    void scenarioFaceBoundsAreEnforced()
    {
        const FaceSchema face = faceSchema();
        const double minimum = face.minimum;
        const double maximum = face.maximum;
        const QStringList& required = face.required;
        QVERIFY(minimum >= 0 && maximum > minimum && !required.isEmpty());
        const QString sample = fileWithEnrolledFaces();
        QVERIFY(!sample.isEmpty());
        // On that real file: a seed at either bound of the schema loads as written; one past a bound,
        // a fraction or a string is refused, for the traveller's face and for an enrolled one.
        const QJsonObject original = scenarioFile(sample);
        const QJsonObject firstFace = original.value(QStringLiteral("enrolledFaces")).toArray().first().toObject();
        const SystemId firstSystem = *systemFromKey(firstFace.value(QStringLiteral("system")).toString());
        const QString firstRecord = firstFace.value(QStringLiteral("recordId")).toString();
        const auto withEnrolledFace = [&](const QJsonObject& entry) {
            QJsonObject o = original;
            QJsonArray faces = o.value(QStringLiteral("enrolledFaces")).toArray();
            faces[0] = entry;
            o[QStringLiteral("enrolledFaces")] = faces;
            return QJsonDocument(o).toJson();
        };
        const auto withTravellerSeed = [&](const QJsonValue& value) {
            QJsonObject o = original;
            QJsonObject traveller = o.value(QStringLiteral("traveller")).toObject();
            traveller[QStringLiteral("face")] = QJsonObject { { QStringLiteral("seed"), value } };
            o[QStringLiteral("traveller")] = traveller;
            return QJsonDocument(o).toJson();
        };
        const auto withEnrolledSeed = [&](const QJsonValue& value) {
            QJsonObject entry = firstFace;
            entry[QStringLiteral("face")] = QJsonObject { { QStringLiteral("seed"), value } };
            return withEnrolledFace(entry);
        };
        for (const double bound : { minimum, maximum }) {
            const auto traveller = ScenarioDeck::parse(withTravellerSeed(bound), kToday, sample);
            QVERIFY2(traveller.ok(), traveller.ok() ? "" : qPrintable(traveller.error().detail));
            QCOMPARE(traveller->faceSeed, static_cast<quint32>(bound));
            const auto enrolled = ScenarioDeck::parse(withEnrolledSeed(bound), kToday, sample);
            QVERIFY2(enrolled.ok(), enrolled.ok() ? "" : qPrintable(enrolled.error().detail));
            QCOMPARE(enrolled->enrolledFaceSeed(firstSystem, firstRecord), static_cast<quint32>(bound));
        }
        for (const QJsonValue& outside : { QJsonValue(minimum - 1), QJsonValue(maximum + 1), QJsonValue(minimum + 0.5),
                 QJsonValue(QStringLiteral("7")) }) {
            const QString what = outside.isString() ? outside.toString() : QString::number(outside.toDouble(), 'f', 1);
            for (const QByteArray& json : { withTravellerSeed(outside), withEnrolledSeed(outside) }) {
                const auto c = ScenarioDeck::parse(json, kToday, sample);
                QVERIFY2(!c.ok(), qPrintable(QStringLiteral("seed %1 was accepted").arg(what)));
                QCOMPARE(c.error().code, QStringLiteral("scenario.schema"));
            }
        }
        // A face without its seed, and an enrolled face without a member the schema requires.
        QJsonObject seedless = firstFace;
        seedless[QStringLiteral("face")] = QJsonObject();
        const auto noSeed = ScenarioDeck::parse(withEnrolledFace(seedless), kToday, sample);
        QVERIFY2(!noSeed.ok(), "a face without its seed was accepted");
        QCOMPARE(noSeed.error().code, QStringLiteral("scenario.schema"));
        for (const QString& member : required) {
            QJsonObject entry = firstFace;
            entry.remove(member);
            const auto c = ScenarioDeck::parse(withEnrolledFace(entry), kToday, sample);
            QVERIFY2(!c.ok(), qPrintable(QStringLiteral("an enrolled face without %1 was accepted").arg(member)));
            QCOMPARE(c.error().code, QStringLiteral("scenario.schema"));
        }
        // The face itself is optional, as the schema says: without it, the traveller's face.
        QJsonObject faceless = firstFace;
        faceless.remove(QStringLiteral("face"));
        const auto defaulted = ScenarioDeck::parse(withEnrolledFace(faceless), kToday, sample);
        QVERIFY2(defaulted.ok(), defaulted.ok() ? "" : qPrintable(defaulted.error().detail));
        QCOMPARE(defaulted->enrolledFaceSeed(firstSystem, firstRecord), defaulted->faceSeed);
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
