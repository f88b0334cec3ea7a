# The fuzz corpora as regression tests of the normal suite (any compiler, no libFuzzer): each
# harness is linked with ReplayMain.cpp, and ctest fuzz.replay.<harness> feeds it every file of
# tests/fuzz/corpus/<harness>/ plus the SEEDS directories. Under BD_SANITIZE the replay runs with
# ASan and UBSan like the rest of the suite.
function(bd_fuzz_harness name source)
    cmake_parse_arguments(F "" "" "LIBS;SEEDS" ${ARGN})
    set(target fuzz_replay_${name})
    add_executable(${target} ${source} ReplayMain.cpp FuzzSupport.h)
    target_link_libraries(${target} PRIVATE bd_services ${F_LIBS})
    add_test(NAME fuzz.replay.${name}
        COMMAND ${target} ${CMAKE_CURRENT_SOURCE_DIR}/corpus/${name} ${F_SEEDS})
    set_tests_properties(fuzz.replay.${name} PROPERTIES LABELS "unit;fuzz" TIMEOUT 120
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
