target_sources(bd_services PRIVATE
    document/MrzRecord.h document/MrzRecord.cpp
    document/MrzParser.h document/MrzParser.cpp
    document/MrzLayout.h document/MrzLayout.cpp
    document/MrzFieldReader.h document/MrzFieldReader.cpp
    document/MrzDates.h document/MrzDates.cpp
    document/MrzNames.h document/MrzNames.cpp
    document/CountryCodes.h document/CountryCodes.cpp
    document/ConfusableRepair.h document/ConfusableRepair.cpp
    document/MrzGenerator.h document/MrzGenerator.cpp
    document/MrzJson.h document/MrzJson.cpp
    document/MrzLogTokens.h document/MrzLogTokens.cpp
)
