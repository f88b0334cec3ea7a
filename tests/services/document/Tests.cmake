# MRZ engine tests (services/document); vectors in tests/data/mrz and, for the national layouts,
# in TestMrzNationalLayouts.cpp (provenance at its top).
bd_add_test(services/document/TestMrzParser.cpp LABELS unit document)
bd_add_test(services/document/TestConfusableRepair.cpp LABELS unit document)
bd_add_test(services/document/TestMrzGenerator.cpp LABELS unit document)
bd_add_test(services/document/TestMrzRandomInput.cpp LABELS unit document TIMEOUT 120)
bd_add_test(services/document/TestMrzJson.cpp LABELS unit document)
bd_add_test(services/document/TestMrzNationalLayouts.cpp LABELS unit document)
