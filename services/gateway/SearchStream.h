#pragma once

#include "services/core/Error.h"
#include "services/gateway/GatewayClient.h"
#include "services/model/Model.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace bd::gateway {

// The client side of one streamed search answer (NDJSON), without any network: bytes go in as they
// arrive, every complete line is checked with the codec and turned into per-system events at once.
// A bad line never stops the stream: a line that names its system gives that system an `error`;
// an unreadable one (garbage, oversized, truncated) is remembered and the systems still pending
// end as `error` with that reason instead of `timeout` (at once when only one system is pending). It fails closed: a
// line of another search makes its system `error` and the outcome a `gateway.schema` error; a system answers once, a
// repeat of the same answer changes nothing and a different second answer (no-hit then hit, other records) makes the
// system `error` for good. Only a status the client made up at the deadline may be replaced by a late answer. Every
// event carries the stream's search id. Pure and single-threaded.
class SearchStream
{
public:
    SearchStream(QString searchId, QList<model::SystemId> expected, qint64 maxLineBytes);

    // Feeds received bytes; returns the events to show now, in arrival order.
    QList<model::SystemEvent> feed(QByteArrayView bytes);
    // The body ended: a partial last line is a truncated answer. Returns the final events for
    // systems still pending: after a summary `timeout`, or `error` with the unreadable line's reason
    // for a system the summary says was answered (that line was its answer); `error` when the
    // stream broke off.
    QList<model::SystemEvent> endOfStream();
    // The per-system deadline passed: pending systems become `timeout` (the detail adds that an
    // unreadable line may have been their answer, when one came). A later answer still replaces it.
    QList<model::SystemEvent> expirePending(int deadlineMs);
    // The search ends without its normal end (cancel, abort, network error): pending → `error`.
    QList<model::SystemEvent> failPending(const QString& detail);

    bool hasSummary() const { return m_summary.has_value(); }
    const std::optional<model::SearchSummary>& summary() const { return m_summary; }
    // A protocol-level problem (summary unreadable, a line of another search, no summary):
    // gateway.schema / malformed.
    const std::optional<bd::core::Error>& streamError() const { return m_streamError; }
    QList<model::SystemId> pending() const;
    QList<model::SystemEvent> finalEvents() const { return m_final; }
    SearchOutcome outcome(std::optional<bd::core::Error> error) const;

private:
    // "; a line that could not be read may have been its answer (...)" when one came; else empty.
    QString maybeUnreadable() const;
    void handleLine(QByteArrayView line, QList<model::SystemEvent>& out);
    void badLine(const QString& reason, std::optional<model::SystemId> system, QList<model::SystemEvent>& out);
    void record(const model::SystemEvent& e, QList<model::SystemEvent>& out);
    void reject(model::SystemId system, const QString& detail, int latencyMs, QList<model::SystemEvent>& out);

    QString m_searchId;
    QList<model::SystemId> m_expected;
    qint64 m_maxLineBytes;
    QByteArray m_buffer;
    bool m_discarding = false; // inside an oversized line: skip to the next newline
    QList<model::SystemEvent> m_final;
    QHash<int, qsizetype> m_index; // SystemId -> index in m_final
    QList<model::SystemId> m_expired; // shown as timeout/error by the deadline; a late answer may replace it
    QList<model::SystemId> m_rejected; // error for good: a line of another search or conflicting answers
    std::optional<model::SearchSummary> m_summary;
    std::optional<bd::core::Error> m_streamError;
    QString m_unattributed; // reason of the last unreadable line that named no system
};

} // namespace bd::gateway
