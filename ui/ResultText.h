#pragma once

#include "services/gateway/Protocol.h"
#include "services/results/UnifiedResult.h"

#include <QCoreApplication>
#include <QString>

namespace bd::ui {

// The officer's words for the codes of the unified result (translated here, never taken from the
// services' English diagnostics).
class ResultText
{
    Q_DECLARE_TR_FUNCTIONS(bd::ui::ResultText)
public:
    // The one required action in big plain words, e.g. "Refer to second line — SIS alert: discreet
    // check. Do not inform the traveller."
    static QString actionHeadline(const QString& actionCode);
    static QString systemName(bd::gateway::SystemId system);
    static QString statusText(bd::gateway::SystemStatus status);
    static QString decisionText(const QString& decision); // "admit", "refuse", "second-line", "let-exit"
    // SBC Annex V Part B: the letters of the published standard form, A to I. A case whose letter
    // is not confirmed in law (no valid travel authorisation) has none: the officer chooses it.
    static QString refusalReasonText(const QString& letter); // A..I, else empty
    static QStringList refusalLetters(); // "A".."I"
    static QString linkText(bd::gateway::LinkColour colour);
    static QString hitDetail(const bd::gateway::Hit& hit); // system-specific content, one line
};

} // namespace bd::ui
