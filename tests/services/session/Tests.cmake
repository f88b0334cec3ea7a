# services/session: the decision journal and the check service (request, search, unified result,
# decision recorded and sent) without a screen.
bd_add_test(services/session/TestDecisionJournal.cpp LABELS unit session)
bd_add_test(services/session/TestCheckService.cpp LABELS unit session)
bd_add_test(services/session/TestResultCache.cpp LABELS unit session storage LIBS bd_offline)
bd_add_test(services/session/TestOutboxSender.cpp LABELS unit session storage LIBS bd_offline)
bd_add_test(services/session/TestHotlistSync.cpp LABELS unit session storage LIBS bd_offline)
bd_add_test(services/session/TestRetroChecker.cpp LABELS unit session storage LIBS bd_offline)
bd_add_test(services/session/TestAuditShipper.cpp LABELS unit session storage LIBS bd_offline)
