target_sources(bd_services PRIVATE
    session/DecisionJournal.h session/DecisionJournal.cpp session/DecisionRecorder.h
    session/CheckService.h session/CheckService.cpp
)
