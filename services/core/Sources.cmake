target_sources(bd_services PRIVATE
    core/Clock.h core/Clock.cpp
    core/Error.h
    core/Result.h
    core/LogCategories.h core/LogCategories.cpp
    core/Redaction.h core/Redaction.cpp
    core/LogSink.h core/LogSink.cpp
    core/ProcessHardening.h core/ProcessHardening.cpp
    core/Settings.h core/Settings.cpp core/SettingsValues.cpp
)
