bd_add_test(services/results/TestStayCalculator.cpp LABELS unit results)
bd_add_test(services/results/TestUnifier.cpp LABELS unit results)
