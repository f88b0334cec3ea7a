bd_add_test(services/gateway/TestGatewayJson.cpp LABELS unit gateway)
