# services/session/ sources that use the store (library bd_offline, see services/CMakeLists.txt).
target_sources(bd_offline PRIVATE
    session/HotlistSync.h session/HotlistSync.cpp
    session/OutboxSender.h session/OutboxSender.cpp
    session/StoreDecisions.h session/StoreDecisions.cpp
    session/CheckArchive.h
    session/ResultCache.h session/ResultCache.cpp
    session/RetroChecks.h session/RetroChecks.cpp
    session/RetroHit.h
    session/RetroChecker.h session/RetroChecker.cpp
    session/StoreCheckArchive.h session/StoreCheckArchive.cpp
    session/DecisionStore.h
    session/StoreDecisionQueue.h session/StoreDecisionQueue.cpp
    session/AuditShipper.h session/AuditShipper.cpp
)
