target_sources(bd_services PRIVATE
    gateway/Protocol.h gateway/ProtocolKeys.cpp
    gateway/GatewayJson.h gateway/GatewayJson.cpp
)
