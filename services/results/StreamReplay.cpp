#include "services/results/StreamReplay.h"

#include "services/gateway/GatewayJson.h"
#include "services/gateway/SearchStream.h"

#include <QJsonDocument>

namespace bd::results {

using namespace bd::gateway;

using namespace bd::model;

bd::core::Result<SearchAnswers> replaySearchAnswers(const QByteArray& ndjson, qint64 maxLineBytes)
{
    const qsizetype nl = ndjson.indexOf('\n');
    const QByteArray first = (nl < 0 ? ndjson : ndjson.first(nl)).trimmed();
    const auto object = json::parseObject(first);
    if (!object)
        return bd::core::Error { QStringLiteral("input"),
            QStringLiteral("line 1: the SearchRequest is not a JSON object (%1)").arg(object.error().detail), {} };
    auto request = json::decodeSearchRequest(*object);
    if (!request)
        return bd::core::Error { QStringLiteral("input"), QStringLiteral("line 1: %1").arg(request.error().detail),
            {} };
    const QList<SystemId> expected = request->systems.isEmpty() ? allSystems() : request->systems;
    SearchStream stream(request->searchId, expected, maxLineBytes);
    if (nl >= 0)
        stream.feed(QByteArrayView(ndjson).sliced(nl + 1));
    stream.endOfStream();
    const SearchOutcome outcome = stream.outcome(std::nullopt);
    SearchAnswers answers;
    answers.request = *request;
    answers.events = outcome.events;
    answers.summary = outcome.summary;
    answers.streamError = outcome.error;
    return answers;
}

QByteArray searchAnswersToNdjson(
    const SearchRequest& request, const QList<SystemEvent>& events, const std::optional<SearchSummary>& summary)
{
    QByteArray out = QJsonDocument(json::encode(request)).toJson(QJsonDocument::Compact) + '\n';
    for (const SystemEvent& e : events)
        out += QJsonDocument(json::encode(e)).toJson(QJsonDocument::Compact) + '\n';
    if (summary)
        out += QJsonDocument(json::encode(*summary)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace bd::results
