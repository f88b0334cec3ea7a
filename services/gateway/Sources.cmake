target_sources(bd_services PRIVATE
    gateway/GatewayJson.h gateway/GatewayJson.cpp gateway/GatewayJsonDecode.cpp
    gateway/GatewayJsonReader.h
    gateway/GatewayClient.h
    gateway/GatewayClientConfig.h gateway/GatewayClientConfig.cpp
    gateway/GatewayErrors.h gateway/GatewayErrors.cpp
    gateway/SearchStream.h gateway/SearchStream.cpp
    gateway/HttpsGatewayClient.h gateway/HttpsGatewayClient.cpp
    gateway/HttpsGatewayExchange.h gateway/HttpsGatewayExchange.cpp
    gateway/ConnectivityMonitor.h gateway/ConnectivityMonitor.cpp
)
