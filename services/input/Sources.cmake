target_sources(bd_services PRIVATE
    input/KeyboardWedgeDecoder.h input/KeyboardWedgeDecoder.cpp
)
