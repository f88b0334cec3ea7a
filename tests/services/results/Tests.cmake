bd_add_test(services/results/TestStayCalculator.cpp LABELS unit results)
