#pragma once

#include "services/core/Result.h"
#include "services/results/CheckFacts.h"

#include <QByteArray>

namespace bd::results {

// Replays a recorded search answer: the protocol's own messages as NDJSON, the SearchRequest on the
// first line, then the SystemEvent lines and the SearchSummary exactly as the gateway streams them.
// Everything after the request goes through the same SearchStream the HTTPS client uses, so a
// garbage, foreign, duplicate or missing line gives the same answers the workstation would see.
// Only an unreadable request line is an error (the replay has nothing to check against).
bd::core::Result<SearchAnswers> replaySearchAnswers(const QByteArray& ndjson, qint64 maxLineBytes = 4 * 1024 * 1024);

// The same messages written as NDJSON (what replaySearchAnswers reads).
QByteArray searchAnswersToNdjson(const bd::model::SearchRequest& request,
    const QList<bd::model::SystemEvent>& events,
    const std::optional<bd::model::SearchSummary>& summary);

} // namespace bd::results
