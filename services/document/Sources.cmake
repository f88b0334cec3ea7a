target_sources(bd_services PRIVATE
    document/MrzRecord.h document/MrzRecord.cpp
    document/MrzParser.h
)
