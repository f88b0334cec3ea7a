// libFuzzer harness: MrzParser::parseText (with confusable repair) and the JSON writer on
// arbitrary bytes. Build with the "fuzz" preset; see docs/fuzzing.md.
#include "services/document/MrzJson.h"
#include "services/document/MrzParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace bd::document;
    if (size > 4096)
        return 0; // an MRZ is ~100 characters; longer inputs only slow the search down
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    MrzParser::Options options;
    options.today = QDate(2026, 11, 28);
    options.repairConfusables = size % 2 == 0;
    const MrzRecord record = MrzParser::parseText(text, options);
    // Invariants: a valid record has no errors and passing checks; repairs point into the lines.
    if (record.valid && (record.hasErrors() || !record.checksPass()))
        std::abort();
    for (const MrzRepair& r : record.repairs) {
        if (r.line < 0 || r.line >= record.lines.size() || r.column < 0 || r.column >= record.lines.at(r.line).size()
            || record.lines.at(r.line).at(r.column) != r.to)
            std::abort();
    }
    if (MrzJson::toCompactJson(record).isEmpty())
        std::abort();
    return 0;
}
