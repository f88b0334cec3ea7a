bd_add_test(services/gateway/TestGatewayJson.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestHttpsGatewayClient.cpp LABELS unit gateway)
bd_add_test(services/gateway/TestSearchStream.cpp LABELS unit gateway)
