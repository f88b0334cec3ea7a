// libFuzzer harness: the client side of a streamed search answer (services/gateway/SearchStream)
// on arbitrary bytes, cut into arbitrary chunks as they might arrive from the network.
//
// Input: byte 0 = how the stream is played (bits 0-4: chunk size 1-31, 0 = all at once; bit 5:
// the per-system deadline passes halfway; bits 6-7: the end: 0/1 end of stream, 2 cancel (the
// client then passes gateway.cancelled to outcome()), 3 deadline then end of stream); byte 1 =
// which of the first eight systems the client asked for (bit n = allSystems()[n]; the ninth is
// always asked); the rest = the NDJSON body. Lines must
// carry the search id 7f0c3b7e-2f4e-4f0e-9a51-3d3f4b0c2a11 to be this search's answers.
// Invariants: every event carries the stream's search id and a real answer status (never
// pending); once the stream has ended every system asked for has exactly one final event; the
// outcome holds exactly the final events and has an error whenever the summary is missing.
#include "tests/fuzz/FuzzSupport.h"

#include "services/gateway/SearchStream.h"

#include <QSet>

namespace {

using namespace bd::gateway;

using namespace bd::model;

const QString kSearchId = QStringLiteral("7f0c3b7e-2f4e-4f0e-9a51-3d3f4b0c2a11");
constexpr qint64 kMaxLineBytes = 4096; // small, so the oversized-line path is reached

void checkEvents(const QList<SystemEvent>& events)
{
    for (const SystemEvent& e : events) {
        BD_FUZZ_CHECK(e.searchId == kSearchId);
        BD_FUZZ_CHECK(e.status != SystemStatus::Pending);
        BD_FUZZ_CHECK((e.status == SystemStatus::Hit) == !e.hits.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    bd::fuzz::quietLogging();
    if (size < 2 || size > 256 * 1024)
        return 0;
    const std::uint8_t mode = data[0];
    const std::uint8_t mask = data[1];
    const QList<SystemId> all = allSystems();
    QList<SystemId> expected;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (i >= 8 || (mask >> i) & 1U)
            expected.append(all.at(i));

    SearchStream stream(kSearchId, expected, kMaxLineBytes);
    QByteArrayView body(reinterpret_cast<const char*>(data) + 2, static_cast<qsizetype>(size - 2));
    const qsizetype chunk = (mode & 0x1F) == 0 ? body.size() : (mode & 0x1F);
    const qsizetype half = body.size() / 2;
    bool expired = false;
    for (qsizetype at = 0; at < body.size(); at += chunk) {
        if ((mode & 0x20) && !expired && at >= half) {
            checkEvents(stream.expirePending(800));
            expired = true;
        }
        checkEvents(stream.feed(body.sliced(at, qMin(chunk, body.size() - at))));
    }
    std::optional<bd::core::Error> callerError; // what the client passes to outcome() (HttpsGatewayClient)
    switch (mode >> 6) {
    case 2:
        checkEvents(stream.failPending(QStringLiteral("cancelled")));
        callerError = bd::core::Error { QStringLiteral("gateway.cancelled"), QStringLiteral("cancelled"), {} };
        break;
    case 3:
        checkEvents(stream.expirePending(8000));
        checkEvents(stream.endOfStream());
        break;
    default:
        checkEvents(stream.endOfStream());
        break;
    }

    BD_FUZZ_CHECK(stream.pending().isEmpty());
    const QList<SystemEvent> finals = stream.finalEvents();
    checkEvents(finals);
    QSet<int> seen;
    for (const SystemEvent& e : finals) {
        BD_FUZZ_CHECK(!seen.contains(static_cast<int>(e.system))); // one final event per system
        seen.insert(static_cast<int>(e.system));
    }
    for (SystemId s : expected)
        BD_FUZZ_CHECK(seen.contains(static_cast<int>(s)));
    const SearchOutcome outcome = stream.outcome(callerError);
    BD_FUZZ_CHECK(outcome.searchId == kSearchId);
    BD_FUZZ_CHECK(outcome.events == finals);
    if (callerError)
        BD_FUZZ_CHECK(outcome.error == callerError);
    if (!stream.hasSummary())
        BD_FUZZ_CHECK(outcome.error.has_value());
    else
        BD_FUZZ_CHECK(stream.summary()->searchId == kSearchId);
    return 0;
}
