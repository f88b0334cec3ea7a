# services/storage: the store's keys, field encryption and the SQLite file (create, migrate, refuse a
# newer schema, move a damaged file aside), and that no plaintext reaches the disk.
bd_add_test(services/storage/TestFieldCipher.cpp LABELS unit storage LIBS bd_storage)
bd_add_test(services/storage/TestDatabase.cpp LABELS unit storage LIBS bd_storage)
bd_add_test(services/storage/TestAuditTrail.cpp LABELS unit storage LIBS bd_storage)
bd_add_test(services/storage/TestOutbox.cpp LABELS unit storage LIBS bd_storage)
bd_add_test(services/storage/TestHotlistStore.cpp LABELS unit storage LIBS bd_storage)
bd_add_test(services/storage/TestOutboxRecovery.cpp LABELS unit storage LIBS bd_storage)
bd_add_test(services/storage/TestSettingsLedger.cpp LABELS unit storage LIBS bd_storage)
