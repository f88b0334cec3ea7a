# Integration tests: the real client against the real training gateway over HTTPS with mutual TLS
# on loopback (LoopbackGateway starts it on an ephemeral port with fresh certificates).
bd_add_test(integration/TestGatewayClientLoopback.cpp LABELS integration net TIMEOUT 240)
target_compile_definitions(test_integration_TestGatewayClientLoopback PRIVATE BD_CLI_PATH="$<TARGET_FILE:borderdesk-cli>")
add_dependencies(test_integration_TestGatewayClientLoopback borderdesk-cli)
# The outbox crash test: bd-outbox-driver (the workstation's outbox services, headless) is killed
# with SIGKILL at random points while it records and sends 1,000 decisions, 20 trials; under the
# sanitizers 5 trials (BD_OUTBOX_CRASH_TRIALS), which still cover every kill point kind.
add_executable(bd-outbox-driver integration/OutboxCrashDriver.cpp)
target_link_libraries(bd-outbox-driver PRIVATE bd_offline)
bd_add_test(integration/TestOutboxCrash.cpp LABELS integration net storage TIMEOUT 300 LIBS bd_offline)
target_compile_definitions(test_integration_TestOutboxCrash PRIVATE BD_OUTBOX_DRIVER_PATH="$<TARGET_FILE:bd-outbox-driver>")
add_dependencies(test_integration_TestOutboxCrash bd-outbox-driver)
if(BD_SANITIZE)
    set_property(TEST integration.OutboxCrash APPEND PROPERTY ENVIRONMENT BD_OUTBOX_CRASH_TRIALS=5)
endif()
bd_add_test(integration/TestOfflineHotlistLoopback.cpp LABELS integration net storage TIMEOUT 300 LIBS bd_offline)
