#pragma once

#include "services/model/Model.h"
#include "services/results/CheckFacts.h"

#include <QCommandLineOption>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

class QCommandLineParser;

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
    std::optional<bd::model::Purpose> purpose;
    QStringList mrzLines;
    QDate etiasStart, etiasTransitionalEnd, etiasGraceEnd;
    QString borderState;
    bd::results::OfficerDeclarations declarations;

    // These options, for the command's CliParser (--today is todayOption()).
    static QList<QCommandLineOption> options();
    // Reads them once parsed; a bad value: false and *error says why. `today` keeps its value
    // unless --today is given.
    bool read(const QCommandLineParser& parser, QString* error);
    // Usage lines for these options.
    static const char* usage();

    // The context for a request: the zone parsed on `today` (no zone: not read), ETIAS periods,
    // declarations, the visa list.
    bd::results::CheckContext context(const bd::results::VisaList* visaList) const;

    // The process exit code for a verdict: 0 admit or let exit, 1 anything else.
    static int exitCodeFor(const bd::results::UnifiedResult& result);
};

} // namespace bd::app::cli
