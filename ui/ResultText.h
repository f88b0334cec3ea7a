#pragma once

#include "services/model/Model.h"
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
    static QString actionHeadline(bd::results::ActionCode action);
    static QString actionHeadline(const QString& actionCode); // an unknown code: "Unknown result (code) ..."
    static QString systemName(bd::model::SystemId system);
    static QString systemNames(const QList<bd::model::SystemId>& systems); // "SIS, VIS"
    static QString statusText(bd::model::SystemStatus status);
    static QString decisionText(bd::model::Decision decision);
    static QString decisionText(const QString& decision); // by its key; an unknown key as it is
    // SBC Annex V Part B: the letters of the published standard form, A to I. A case whose letter
    // is not confirmed in law (no valid travel authorisation) has none: the officer chooses it.
    static QString refusalReasonText(const QString& letter); // A..I, else empty
    static QStringList refusalLetters(); // "A".."I"
    static QString linkText(bd::model::LinkColour colour);
    static QString hitDetail(const bd::model::Hit& hit); // system-specific content, one line

    // A short form of an action for lists ("also: ..." and the hit list), e.g. "second line: discreet
    // check". Unknown codes: "unknown action (code)".
    static QString actionShort(bd::results::ActionCode action);
    static QString actionShort(const QString& actionCode);
    // The words for the protocol's codes; an unknown code reads "unknown … (code) — not understood".
    static QString visaStatusText(const QString& code); // requested, issued, refused, ...
    static QString visaTypeText(const QString& code); // A, C, LTV, D
    static QString etiasStatusText(const QString& code); // valid, refused, annulled, revoked, pending
    static QString etiasFlagText(const QString& code); // second-line-check, hit-checked-false
    static QString movementText(const QString& kind); // entry, exit, refusal
    static QString sisCategoryText(const QString& code);
    static QString objectStatusText(const QString& code); // stolen, lost, ...
    static QString warningMarkerText(const QString& code); // armed, violent, ...
    static QString recordCategoryText(bd::model::SystemId system, const QString& code); // Eurodac, Interpol, ...
    static QString notUnderstood(const QString& what, const QString& code);
    static QString date(const QDate& date); // ISO 8601 (locale-independent), "—" when unknown
};

} // namespace bd::ui
