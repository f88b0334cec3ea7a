#pragma once

#include <QString>

namespace bd::core {

// Personal data never reaches a log. Code logs through these helpers (a document number becomes
// "<9 chars>"), and the log sink passes every message through redactLogMessage() as a safety net
// that masks anything shaped like an MRZ line, a document number, a date or an encoded image.
QString redactedLength(const QString& value);
QString redactLogMessage(const QString& message);

} // namespace bd::core
