bd_add_test(services/results/TestStayCalculator.cpp LABELS unit results)
bd_add_test(services/results/TestUnifier.cpp LABELS unit results)
bd_add_test(services/results/TestVisaList.cpp LABELS unit results)
bd_add_test(services/results/TestDecisionRules.cpp LABELS unit results)
bd_add_test(services/results/TestVerdictProperties.cpp LABELS unit results)
bd_add_test(services/results/TestRepeatQuery.cpp LABELS unit results)
bd_add_test(services/results/TestResultNotice.cpp LABELS unit results)
# The decision journal (services/session) has no test folder of its own yet.
bd_add_test(services/session/TestDecisionJournal.cpp LABELS unit session)
