#pragma once

#include "services/document/MrzRecord.h"

#include <QByteArray>
#include <QJsonObject>

namespace bd::document {

// The JSON form of an MrzRecord, shared by `borderdesk-cli mrz` and `mrz-ocr` (docs/cli.md):
// {"format","lines","valid","fields":{name:{"value","raw","line","position","length"}},
//  "checks":[{"field","found","expected","ok","line","position"}],
//  "warnings":[{"code","message","line"?,"position"?,"length"?}], "errors":[...],
//  "repairs":[{"line","position","from","to"}], "variant"?,
//  read from an image only: "confidence":[{"line","minimum","mean"}],
//  "weakCharacters":[{"line","position","character","confidence"}]}. Lines and positions are
// 1-based; "variant" (e.g. "BEL-TD1-long-number") only when a national rule was applied; a derived
// field (FRA-ID nationality) has no line/position.
class MrzJson
{
public:
    static QJsonObject toJson(const MrzRecord& record);
    // One compact line (no trailing newline), for NDJSON output.
    static QByteArray toCompactJson(const MrzRecord& record);
};

} // namespace bd::document
