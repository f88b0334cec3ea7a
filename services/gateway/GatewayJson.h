#pragma once

#include "services/core/Result.h"
#include "services/gateway/Protocol.h"

#include <QJsonObject>

// JSON codec of gateway protocol v1 with the checks of resources/schemas/*.json done in code:
// every decode checks required members, types, enumerations, date formats and sizes, and fails
// with a precise path ("events.hits[2].sis.category: unknown value 'x'"). Nothing received is
// trusted before it has passed here.
namespace bd::gateway::json {

inline constexpr int kProtocolVersion = 1;

QJsonObject encode(const SearchRequest& r);
QJsonObject encode(const SystemEvent& e); // {"type":"system", ...}
QJsonObject encode(const SearchSummary& s); // {"type":"summary", ...}
QJsonObject encode(const RecordSubmission& r);
QJsonObject encode(const RecordReceipt& r);
QJsonObject encode(const HotlistDelta& d);
QJsonObject encode(const HealthReport& h);
QJsonObject encode(const Hit& h);

bd::core::Result<SearchRequest> decodeSearchRequest(const QJsonObject& o);
bd::core::Result<SystemEvent> decodeSystemEvent(const QJsonObject& o);
bd::core::Result<SearchSummary> decodeSearchSummary(const QJsonObject& o);
bd::core::Result<RecordSubmission> decodeRecordSubmission(const QJsonObject& o);
bd::core::Result<RecordReceipt> decodeRecordReceipt(const QJsonObject& o);
bd::core::Result<HotlistDelta> decodeHotlistDelta(const QJsonObject& o);
bd::core::Result<HealthReport> decodeHealthReport(const QJsonObject& o);
bd::core::Result<Hit> decodeHit(const QJsonObject& o);

// Parses one JSON object from bytes (one NDJSON line or a whole body); error code "gateway.malformed".
bd::core::Result<QJsonObject> parseObject(const QByteArray& bytes);
// One NDJSON line: the object plus a trailing newline.
QByteArray toNdjsonLine(const QJsonObject& o);

} // namespace bd::gateway::json
