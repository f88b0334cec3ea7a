# The shared domain model (value types and their protocol keys).
target_sources(bd_services PRIVATE
    model/Model.h model/Systems.h model/Systems.cpp model/Traveller.h model/Hits.h model/Records.h
    model/Decision.h model/Decision.cpp
    model/HotlistKey.h model/HotlistKey.cpp
)
