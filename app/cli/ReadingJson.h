#pragma once

#include "services/ocr/MrzImageReader.h"

#include <QJsonObject>

namespace bd::app::cli {

// The JSON of one image reading (docs/cli.md, mrz-ocr): the `mrz` object plus box, rotation, skew
// and milliseconds, or valid:false with the error when no zone was read.
QJsonObject readingToJson(const bd::ocr::MrzReading& reading);
void printJsonLine(const QJsonObject& json);

} // namespace bd::app::cli
