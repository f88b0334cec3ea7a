# Integration tests: the real client against the real training gateway over HTTPS with mutual TLS
# on loopback (LoopbackGateway starts it on an ephemeral port with fresh certificates).
bd_add_test(integration/TestGatewayClientLoopback.cpp LABELS integration net TIMEOUT 240)
target_compile_definitions(test_integration_TestGatewayClientLoopback PRIVATE BD_CLI_PATH="$<TARGET_FILE:borderdesk-cli>")
add_dependencies(test_integration_TestGatewayClientLoopback borderdesk-cli)
