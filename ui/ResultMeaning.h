#pragma once

#include "services/model/Model.h"
#include "services/results/UnifiedResult.h"

#include <QCoreApplication>
#include <QString>

namespace bd::ui {

// What one system's answer means for the officer, decided in one place from the unified result
// (the hits' actions, the visa / travel authorisation / stay summaries, the identity links and the
// system's status): the chips, the hit list and the entry-condition sentences all follow it.
enum class Meaning
{
    Alert, // something that requires action (the hit's action is not admit / informational)
    NeedsAttention, // not valid, exhausted, transit only, overstay, inferred stay, verify
    Information, // a record that is only informational
    GoodNews, // a valid visa in VIS, a valid travel authorisation in ETIAS
    NoHit, // answered, nothing found
    NotAnswered, // unavailable, timeout, unreadable: unknown — not a "no hit"
    Withheld, // not searched for this profile
    Waiting // asked, no answer yet
};

struct SystemMeaning
{
    bd::model::SystemId system = bd::model::SystemId::Sis;
    bd::model::SystemStatus status = bd::model::SystemStatus::Pending;
    bool asked = false; // the system is in the result at all
    Meaning meaning = Meaning::Waiting;
    QString reason; // a few words: "valid visa", "red link", "timeout" (translated)
};

class ResultMeaning
{
    Q_DECLARE_TR_FUNCTIONS(bd::ui::ResultMeaning)
public:
    static SystemMeaning of(const bd::results::UnifiedResult& result, bd::model::SystemId system);
    // The word of a meaning in capitals, e.g. "GOOD NEWS", "NOT ANSWERED".
    static QString word(Meaning meaning);
    // The chip's lines: system, meaning word, reason.
    static QString chipText(const SystemMeaning& meaning);

    // The entry-conditions panel, from the same per-system statuses: never "no visa file" or "no
    // movements recorded" unless VIS / EES answered with no hit.
    static QString visaSentence(const bd::results::UnifiedResult& result);
    static QString etiasSentence(const bd::results::UnifiedResult& result);
    static QString staySentence(const bd::results::UnifiedResult& result); // the stay panel's title line
    // Under the stay bar: days used, remaining, latest exit and the next possible entry date.
    static QString stayCaption(const bd::results::StaySummary& stay, bd::model::Purpose purpose);

    // Why a system that was asked has no usable answer, e.g. "did not answer (timeout)".
    static QString unansweredReason(bd::model::SystemStatus status);
};

// The status the result records for a system (Pending when it is not in the result).
bd::model::SystemStatus statusIn(const bd::results::UnifiedResult& result, bd::model::SystemId system);

} // namespace bd::ui
