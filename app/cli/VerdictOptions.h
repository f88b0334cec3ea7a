#pragma once

#include "services/gateway/Protocol.h"
#include "services/results/CheckFacts.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace bd::results {
class VisaList;
struct UnifiedResult;
} // namespace bd::results

namespace bd::app::cli {

// The options `query` and `unify` share for the verdict: control date, purpose, the zone, the
// ETIAS periods, the border and the officer's declarations (docs/cli.md).
struct VerdictOptions
{
    QDate today;
    std::optional<bd::gateway::Purpose> purpose;
    QStringList mrzLines;
    QDate etiasStart, etiasTransitionalEnd, etiasGraceEnd;
    QString borderState;
    bd::results::OfficerDeclarations declarations;

    enum class Taken
    {
        No, // not one of these options
        Flag, // a flag without value
        WithValue // the option and its value (i advanced)
    };
    // Takes arguments[i] (and its value) when it is one of these options; a bad value sets *error.
    Taken take(const QStringList& arguments, qsizetype& i, QString* error);
    // Usage lines for these options.
    static const char* usage();

    // The context for a request: the zone parsed on `today` (no zone: not read), ETIAS periods,
    // declarations, the visa list.
    bd::results::CheckContext context(const bd::results::VisaList* visaList) const;

    // The process exit code for a verdict: 0 admit or let exit, 1 anything else.
    static int exitCodeFor(const bd::results::UnifiedResult& result);
};

} // namespace bd::app::cli
