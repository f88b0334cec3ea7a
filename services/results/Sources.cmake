target_sources(bd_services PRIVATE
    results/StayCalculator.h results/StayCalculator.cpp
    results/StayJson.h results/StayJson.cpp
    results/UnifiedResult.h
    results/Unifier.h results/Unifier.cpp
    results/UnifiedResultJson.h results/UnifiedResultJson.cpp
)
