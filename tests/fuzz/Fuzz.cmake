# libFuzzer harnesses. bd_config already compiles everything with
# -fsanitize=fuzzer-no-link,address,undefined when BD_FUZZ is on; the harness links libFuzzer.
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "BD_FUZZ needs clang (use the 'fuzz' preset)")
endif()

function(bd_add_fuzzer name source)
    add_executable(${name} ${source})
    target_link_libraries(${name} PRIVATE bd_services)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endfunction()

bd_add_fuzzer(fuzz_mrz_parser FuzzMrzParser.cpp)

# Seed corpus: the MRZ test vectors, one file per document (fuzz_mrz_parser CORPUS_DIR SEED_DIR).
set(BD_FUZZ_MRZ_SEEDS ${CMAKE_CURRENT_BINARY_DIR}/mrz-seeds)
file(MAKE_DIRECTORY ${BD_FUZZ_MRZ_SEEDS})
foreach(vectors valid negative)
    file(READ ${PROJECT_SOURCE_DIR}/tests/data/mrz/${vectors}.json json)
    string(JSON count LENGTH "${json}" documents)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON lines GET "${json}" documents ${i} lines)
        string(JSON n LENGTH "${lines}")
        math(EXPR lastLine "${n} - 1")
        set(text "")
        foreach(k RANGE ${lastLine})
            string(JSON line GET "${lines}" ${k})
            string(APPEND text "${line}\n")
        endforeach()
        file(WRITE ${BD_FUZZ_MRZ_SEEDS}/${vectors}-${i}.txt "${text}")
    endforeach()
endforeach()
