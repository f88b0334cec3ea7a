#pragma once

#include "services/storage/Database.h"

#include <QList>

// The tables of the workstation's store (store.sqlite in the data directory) and the migrations
// that make them. Every column that holds personal data holds it sealed by FieldCipher (the context
// named beside it); look-ups go through keyed hashes, never through clear values.
namespace bd::storage {

inline constexpr char kStoreFileName[] = "store.sqlite";

// Sealing contexts: a sealed value opens only in the column it was written for.
namespace contexts {
inline constexpr char kDecisionEntry[] = "decision.entry"; // decisions.entry
inline constexpr char kOutboxRecord[] = "outbox.record"; // outbox.payload
inline constexpr char kCacheResult[] = "cache.result"; // result_cache.payload
inline constexpr char kRetroRequest[] = "retro.request"; // offline_checks.request
inline constexpr char kHotlistKey[] = "hotlist.key"; // hotlist_state.key
} // namespace contexts

// Version 1:
// - decisions: each officer decision (no personal data; the override reason is the officer's free
//   text, so the entry is sealed), written in the same transaction as its outbox record.
// - outbox: every record the centre must receive, in creation order (seq), with its idempotency
//   key and the sealed submission; state pending | sent | quarantined, when to try next,
//   the failed tries (attempts) and those that count toward quarantine (failures), the last error
//   code, the gateway's record id once accepted.
// - result_cache: the last unified result per traveller (document look-up key), with its time.
// - offline_checks: searches made while offline, to be re-run when the link returns (retro-check).
// - hotlist_state / hotlist: the offline hotlist (keys are HMACs under the deployment's hotlist
//   key, which is kept sealed) and the version it is at.
// Version 2:
// - audit_shipping: how far the audit trail (audit.jsonl, AuditTrail.h) has been put in the outbox:
//   the last record number queued and the byte offset just after it, moved in the same
//   transaction as the outbox rows it adds (AuditShipper.h).
QList<Migration> storeMigrations();

} // namespace bd::storage
