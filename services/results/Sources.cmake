target_sources(bd_services PRIVATE
    results/CheckFacts.h results/CheckFacts.cpp
    results/EesRecord.h results/EesRecord.cpp
    results/StayCalculator.h results/StayCalculator.cpp
    results/StayJson.h results/StayJson.cpp
    results/StreamReplay.h results/StreamReplay.cpp
    results/UnifiedResult.h results/ActionCodes.cpp
    results/RepeatQuery.h results/RepeatQuery.cpp
    results/ResultNotice.h results/ResultNotice.cpp
    results/RuleSupport.h
    results/Unifier.h results/Unifier.cpp
    results/Verdict.h results/Verdict.cpp results/VerdictConditions.cpp results/VerdictIdentities.cpp
    results/UnifiedResultJson.h results/UnifiedResultJson.cpp
    results/VisaList.h results/VisaList.cpp
)
