# tests/services/training: the training gateway (population, scenario deck, server over real HTTPS).
bd_add_test(services/training/TestPopulation.cpp LIBS bd_training)
bd_add_test(services/training/TestScenarioDeck.cpp LIBS bd_training)
bd_add_test(services/training/TestScenarioVerdicts.cpp LIBS bd_training)
bd_add_test(services/training/TestTrainingGateway.cpp LABELS unit network TIMEOUT 120 LIBS bd_training)
bd_add_test(services/training/TestProtocolSchemas.cpp LIBS bd_training)
bd_add_test(services/training/TestScenarioDocuments.cpp TIMEOUT 120 LIBS bd_training)
bd_add_test(services/training/TestSyntheticPortrait.cpp TIMEOUT 120 LIBS bd_training)
bd_add_test(services/training/TestScenarioPortraitDocuments.cpp TIMEOUT 180 LIBS bd_training)
