// libFuzzer harness: the gateway protocol v1 JSON codec (services/gateway/GatewayJson) on
// arbitrary bytes. The bytes are parsed as one JSON object (parseObject) and the object goes through
// the decoder of every message type: search request, system event, summary, record submission,
// record receipt, hotlist delta, health report and hit. Whatever a decoder accepts must survive
// encode -> NDJSON line -> parse -> decode unchanged, and every enumerated member it decoded must
// be the value the input spelt (a decoder never makes up a system, status or profile; an
// unknown or empty value is an error). See docs/fuzzing.md.
#include "tests/fuzz/FuzzSupport.h"

#include "services/gateway/GatewayJson.h"

#include <QJsonArray>

namespace {

using namespace bd::gateway;

using namespace bd::model;

// The enumerations a message decoded are the ones it names.
bool named(const QJsonObject& o, const char* key, const QString& decoded)
{
    return o.value(QLatin1String(key)).toString() == decoded;
}
void checkEnums(const QJsonObject& o, const Hit& h)
{
    BD_FUZZ_CHECK(named(o, "system", systemKey(h.system)));
    // Required enumerations of the hit kinds: never empty.
    BD_FUZZ_CHECK(!h.sis || !h.sis->category.isEmpty());
    BD_FUZZ_CHECK(!h.vis || !h.vis->status.isEmpty());
    BD_FUZZ_CHECK(!h.etias || !h.etias->status.isEmpty());
    if (h.ees)
        for (const EesMovement& m : h.ees->movements)
            BD_FUZZ_CHECK(!m.kind.isEmpty() && m.date.isValid());
}
void checkEnums(const QJsonObject& o, const SystemEvent& e)
{
    BD_FUZZ_CHECK(named(o, "system", systemKey(e.system)));
    BD_FUZZ_CHECK(named(o, "status", statusKey(e.status)));
    const QJsonArray hits = o.value(QLatin1String("hits")).toArray();
    BD_FUZZ_CHECK(hits.size() == e.hits.size());
    for (qsizetype i = 0; i < hits.size(); ++i)
        checkEnums(hits.at(i).toObject(), e.hits.at(i));
}
void checkEnums(const QJsonObject& o, const SearchRequest& r)
{
    BD_FUZZ_CHECK(named(o, "profile", profileKey(r.profile)));
    BD_FUZZ_CHECK(named(o, "purpose", purposeKey(r.purpose)));
}
void checkEnums(const QJsonObject& o, const SearchSummary& s)
{
    const QJsonArray links = o.value(QLatin1String("links")).toArray();
    BD_FUZZ_CHECK(links.size() == s.links.size());
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QJsonObject link = links.at(i).toObject();
        BD_FUZZ_CHECK(named(link, "colour", linkColourKey(s.links.at(i).colour)));
        const QJsonArray records = link.value(QLatin1String("records")).toArray();
        for (qsizetype j = 0; j < records.size(); ++j)
            BD_FUZZ_CHECK(named(records.at(j).toObject(), "system", systemKey(s.links.at(i).records.at(j).system)));
    }
}
template <typename T> void checkEnums(const QJsonObject&, const T&) { }

template <typename T> void roundTrip(const QJsonObject& o, bd::core::Result<T> (*decode)(const QJsonObject&))
{
    const bd::core::Result<T> first = decode(o);
    if (!first) {
        BD_FUZZ_CHECK(first.error().code == QLatin1String("gateway.schema"));
        BD_FUZZ_CHECK(!first.error().detail.isEmpty());
        return;
    }
    checkEnums(o, *first);
    const QJsonObject encoded = json::encode(*first);
    const QByteArray line = json::toNdjsonLine(encoded);
    BD_FUZZ_CHECK(line.endsWith('\n') && line.count('\n') == 1); // one NDJSON line, whatever the text
    const auto reparsed = json::parseObject(line);
    BD_FUZZ_CHECK(reparsed.ok() && *reparsed == encoded);
    const bd::core::Result<T> second = decode(*reparsed);
    if (!second)
        std::fprintf(stderr, "re-encoded value rejected: %s\n", qUtf8Printable(second.error().detail));
    BD_FUZZ_CHECK(second.ok());
    BD_FUZZ_CHECK(*second == *first);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    bd::fuzz::quietLogging();
    if (size > 64 * 1024)
        return 0; // the codec's limits are per member; larger inputs only slow the search down
    const auto object = json::parseObject(bd::fuzz::bytes(data, size));
    if (!object) {
        BD_FUZZ_CHECK(object.error().code == QLatin1String("gateway.malformed"));
        return 0;
    }
    roundTrip(*object, &json::decodeSearchRequest);
    roundTrip(*object, &json::decodeSystemEvent);
    roundTrip(*object, &json::decodeSearchSummary);
    roundTrip(*object, &json::decodeRecordSubmission);
    roundTrip(*object, &json::decodeRecordReceipt);
    roundTrip(*object, &json::decodeHotlistDelta);
    roundTrip(*object, &json::decodeHealthReport);
    roundTrip(*object, &json::decodeHit);
    return 0;
}
