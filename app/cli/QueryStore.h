#pragma once

#include "services/core/Clock.h"
#include "services/core/Result.h"
#include "services/results/CheckFacts.h"
#include "services/session/ResultCache.h"
#include "services/session/RetroChecks.h"
#include "services/storage/AuditSink.h"
#include "services/storage/AuditTrail.h"
#include "services/storage/Database.h"
#include "services/storage/FieldCipher.h"

#include <memory>
#include <optional>

namespace bd::app::cli {

// `borderdesk-cli query --data-dir DIR`: the workstation's own store and audit trail in DIR, so a
// support engineer's query is what the workstation would have done — the search on the audit
// trail, the answers cached, and, when the gateway cannot be reached, the traveller's cached
// answers (never admitting, rule R55) with the check remembered for its re-check. The key and the
// store are made as the workstation makes them when DIR has none.
class QueryStore : public bd::storage::AuditSink
{
public:
    static bd::core::Result<std::unique_ptr<QueryStore>> open(const QString& dataDir, const bd::core::Clock& clock);

    // AuditSink: written and synced before it returns (a failure is said on stderr).
    void record(const bd::storage::AuditEvent& event) override;
    void keep(const bd::results::SearchAnswers& answers);
    // The search got no answer: the check is remembered for its re-check; the cached answers or none.
    std::optional<bd::results::SearchAnswers> offline(const bd::model::SearchRequest& request);

private:
    QueryStore(const bd::storage::DataKeys& keys, const bd::core::Clock& clock);

    bd::storage::FieldCipher m_cipher;
    bd::session::ResultCache m_cache;
    bd::session::RetroChecks m_retro;
    std::unique_ptr<bd::storage::AuditTrail> m_trail;
    std::unique_ptr<bd::storage::Database> m_db;
};

} // namespace bd::app::cli
