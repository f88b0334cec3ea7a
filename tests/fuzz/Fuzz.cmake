# libFuzzer harnesses (preset "fuzz"). cmake/Sanitizers.cmake already compiles every BorderDesk
# target with -fsanitize=fuzzer-no-link,address,undefined,float-cast-overflow under BD_FUZZ;
# each harness links libFuzzer itself.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "BD_FUZZ needs clang (use the 'fuzz' preset)")
endif()

function(bd_fuzz_harness name source)
    cmake_parse_arguments(F "" "" "LIBS;SEEDS" ${ARGN})
    add_executable(fuzz_${name} ${source} FuzzSupport.h)
    target_link_libraries(fuzz_${name} PRIVATE bd_services ${F_LIBS})
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
endfunction()
