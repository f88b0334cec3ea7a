# MRZ engine tests (services/document); vectors in tests/data/mrz.
bd_add_test(services/document/TestMrzParser.cpp LABELS unit document)
