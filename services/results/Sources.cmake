target_sources(bd_services PRIVATE
    results/StayCalculator.h results/StayCalculator.cpp
    results/StayJson.h results/StayJson.cpp
)
