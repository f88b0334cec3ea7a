#include "services/session/RetroChecker.h"

#include "services/core/LogCategories.h"

#include <QPointer>

namespace bd::session {

using bd::model::SystemStatus;

RetroChecker::RetroChecker(bd::storage::StoreThread& store,
    const RetroChecks& checks,
    bd::gateway::GatewayClient& client,
    const bd::core::Clock& clock,
    QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_checks(checks)
    , m_service(clock, nullptr, &client)
{
}

void RetroChecker::run()
{
    if (m_running || !m_store.isOpen())
        return;
    m_running = true;
    m_rechecked = 0;
    using Waiting = QList<OfflineCheck>;
    m_store.call<Waiting>(
        [checks = &m_checks](bd::storage::Database& db) -> Waiting {
            auto waiting = checks->waiting(db);
            if (!waiting) {
                qCWarning(lcStorage, "offline checks unreadable: %s", qPrintable(waiting.error().code));
                return {};
            }
            return waiting.value();
        },
        this,
        [this](Waiting waiting) {
            m_queue = std::move(waiting);
            if (!m_queue.isEmpty())
                qCInfo(lcGateway, "retro-check: %lld offline checks to make again",
                    static_cast<long long>(m_queue.size()));
            next();
        });
}

void RetroChecker::next()
{
    if (m_queue.isEmpty()) {
        finishRound(false);
        return;
    }
    const OfflineCheck check = m_queue.takeFirst();
    bd::model::SearchRequest request = check.request;
    request.searchId = CheckService::newId();
    bd::gateway::SearchHandle* handle = m_service.startSearch(request);
    if (!handle) {
        finishRound(true);
        return;
    }
    handle->setParent(this);
    connect(handle, &bd::gateway::SearchHandle::finished, this,
        [this, handle, check, request](const bd::gateway::SearchOutcome& outcome) {
            handle->deleteLater();
            if (CheckService::isOffline(outcome)) {
                m_queue.clear(); // still offline: the rest wait for the next round
                finishRound(true);
                return;
            }
            recheck(check, outcome, request);
            next();
        });
}

void RetroChecker::recheck(
    const OfflineCheck& check, const bd::gateway::SearchOutcome& outcome, const bd::model::SearchRequest& request)
{
    const bd::results::SearchAnswers answers = CheckService::answersFor(request, outcome);
    if (m_archive)
        m_archive->keep(answers);
    RetroHit hit { check.request, check.checkedAt, request.searchId, {} };
    bool complete = outcome.ok();
    for (const bd::model::SystemEvent& e : answers.events) {
        if (e.status == SystemStatus::Hit && !hit.systems.contains(e.system))
            hit.systems.append(e.system);
        else if (e.status != SystemStatus::NoHit && e.status != SystemStatus::NotAuthorised)
            complete = false;
    }
    const QString code = !hit.systems.isEmpty() ? QStringLiteral("hit")
        : complete                              ? QStringLiteral("no-hit")
                                                : QStringLiteral("incomplete");
    const QString original = check.request.searchId;
    m_store.post([checks = &m_checks, original, code](bd::storage::Database& db) {
        if (const auto failed = checks->markRechecked(db, original, code))
            qCWarning(lcStorage, "retro-check not marked: %s", qPrintable(failed->code));
    });
    m_service.recordRetroCheck(check.request, request.searchId, code);
    ++m_rechecked;
    qCInfo(lcGateway, "retro-check made: %s", qPrintable(code));
    if (!hit.systems.isEmpty())
        emit retroHit(hit);
}

void RetroChecker::finishRound(bool linkFailed)
{
    m_running = false;
    emit roundFinished(m_rechecked, linkFailed);
}

} // namespace bd::session
