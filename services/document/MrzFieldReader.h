#pragma once

#include "services/document/MrzLayout.h"
#include "services/document/MrzRecord.h"

#include <QDate>

namespace bd::document {

// Interprets the fields of a zone whose format is known: values (dates as YYYY-MM-DD, names with
// spaces, codes trimmed), field-level issues (document code, country codes, dates, sex, names) and
// the plausibility warnings (expired, expiresSoon, minor, birthAfterExpiry, truncatedName). Fields
// that the lines do not reach are left out. Pure.
class MrzFieldReader
{
public:
    static void read(const MrzLayout& layout, const QStringList& lines, const QDate& today, MrzRecord& record);

    static constexpr int expiresSoonMonths = 6;
    static constexpr int adultAge = 18;
};

// "line 2, position 14" (1-based) for a span.
QString mrzWhere(const MrzSpan& span);
MrzIssue mrzIssue(MrzIssue::Severity severity, const char* code, const QString& detail, const MrzSpan& span = {});

} // namespace bd::document
