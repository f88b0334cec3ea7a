#pragma once

#include "services/gateway/GatewayClient.h"

#include <QList>
#include <QPointer>

namespace bd::testsupport {

// A GatewayClient for UI tests that answers nothing by itself: the test delivers each system's
// event and the end of the search through the returned handles, in the order it wants. Records
// are accepted (or failed, when failRecords is set) on the next event-loop turn. Header-only.
class ScriptedGatewayClient final : public bd::gateway::GatewayClient
{
public:
    using GatewayClient::GatewayClient;

    bd::gateway::SearchHandle* search(const bd::model::SearchRequest& request) override
    {
        requests.append(request);
        auto* h = new bd::gateway::SearchHandle(request.searchId, this);
        connect(h, &bd::gateway::SearchHandle::cancelRequested, h, [h, id = request.searchId] {
            bd::gateway::SearchOutcome o;
            o.searchId = id;
            o.error = bd::core::Error { QString::fromLatin1(bd::gateway::errors::kCancelled),
                QStringLiteral("cancelled"), {} };
            h->finish(o);
        });
        handles.append(h);
        return h;
    }
    bd::gateway::RecordHandle* submitRecord(const bd::model::RecordSubmission& record) override
    {
        records.append(record);
        auto* h = new bd::gateway::RecordHandle(this);
        QMetaObject::invokeMethod(
            h,
            [h, id = record.idempotencyKey, fail = failRecords] {
                if (fail)
                    h->finish(bd::core::Error {
                        QString::fromLatin1(bd::gateway::errors::kUnreachable), QStringLiteral("scripted"), {} });
                else
                    h->finish(bd::model::RecordReceipt { QStringLiteral("rec-") + id, false });
            },
            Qt::QueuedConnection);
        return h;
    }
    bd::gateway::HotlistHandle* fetchHotlist(qint64, const QString&) override
    {
        return new bd::gateway::HotlistHandle(this);
    }
    bd::gateway::HealthHandle* checkHealth() override { return new bd::gateway::HealthHandle(this); }

    bd::gateway::SearchHandle* lastHandle() const { return handles.isEmpty() ? nullptr : handles.last().data(); }

    QList<bd::model::SearchRequest> requests;
    QList<QPointer<bd::gateway::SearchHandle>> handles;
    QList<bd::model::RecordSubmission> records;
    bool failRecords = false;
};

} // namespace bd::testsupport
