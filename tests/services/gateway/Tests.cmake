bd_add_test(services/gateway/TestGatewayJson.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestHttpsGatewayClient.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestHttpsGatewayClientConfig.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestHttpsGatewayClientErrors.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestHttpsGatewayClientLifetime.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestHttpsGatewayClientMode.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestConnectivityMonitor.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestSearchStream.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestGatewayTls.cpp LABELS unit gateway network TIMEOUT 120 LIBS bd_training)
# Under the sanitizers a UBSan report fails the test (by default it only prints), and LeakSanitizer
# reads the third-party suppressions (never for our code).
if(BD_SANITIZE)
    foreach(t services.GatewayJson services.HttpsGatewayClient services.HttpsGatewayClientConfig
              services.HttpsGatewayClientErrors services.HttpsGatewayClientLifetime services.HttpsGatewayClientMode
              services.ConnectivityMonitor services.SearchStream
              services.GatewayTls)
        set_property(TEST ${t} APPEND PROPERTY ENVIRONMENT
            "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
            "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/sanitizers/lsan.supp")
    endforeach()
endif()
