#pragma once

#include "services/core/Result.h"
#include "services/model/Model.h"

#include <QJsonObject>

// JSON codec of gateway protocol v1 with the checks of resources/schemas/*.json done in code:
// every decode checks required members, types, enumerations, date formats and sizes, and fails
// with a precise path ("events.hits[2].sis.category: unknown value 'x'"). Nothing received is
// trusted before it has passed here.
namespace bd::gateway::json {

inline constexpr int kProtocolVersion = 1;

QJsonObject encode(const model::SearchRequest& r);
QJsonObject encode(const model::SystemEvent& e); // {"type":"system", ...}
QJsonObject encode(const model::SearchSummary& s); // {"type":"summary", ...}
QJsonObject encode(const model::RecordSubmission& r);
QJsonObject encode(const model::RecordReceipt& r);
QJsonObject encode(const model::HotlistDelta& d);
QJsonObject encode(const model::HealthReport& h);
QJsonObject encode(const model::Hit& h);

bd::core::Result<model::SearchRequest> decodeSearchRequest(const QJsonObject& o);
bd::core::Result<model::SystemEvent> decodeSystemEvent(const QJsonObject& o);
bd::core::Result<model::SearchSummary> decodeSearchSummary(const QJsonObject& o);
bd::core::Result<model::RecordSubmission> decodeRecordSubmission(const QJsonObject& o);
bd::core::Result<model::RecordReceipt> decodeRecordReceipt(const QJsonObject& o);
bd::core::Result<model::HotlistDelta> decodeHotlistDelta(const QJsonObject& o);
bd::core::Result<model::HealthReport> decodeHealthReport(const QJsonObject& o);
bd::core::Result<model::Hit> decodeHit(const QJsonObject& o);

// Parses one JSON object from bytes (one NDJSON line or a whole body); error code "gateway.malformed".
bd::core::Result<QJsonObject> parseObject(const QByteArray& bytes);
// One NDJSON line: the object plus a trailing newline.
QByteArray toNdjsonLine(const QJsonObject& o);

} // namespace bd::gateway::json
