# Sanitizer and fuzzer flags, carried by bd_config to every BorderDesk target.
#
# BD_SANITIZE (preset "asan", g++ or clang): AddressSanitizer (with LeakSanitizer) and UBSan, at -O1
# (the usual choice for ASan: -O0 makes the GUI and OCR tests several times slower in CI).
# GCC's -fsanitize=undefined leaves out float-cast-overflow (a double out of range cast to an
# integer: the "1e+300" of issue 12), so it is named explicitly. -fno-sanitize-recover makes every
# UBSan report abort the process, so a report fails its test instead of only being printed;
# the "asan" test preset also sets UBSAN_OPTIONS=halt_on_error=1.
#
# BD_FUZZ (preset "fuzz", clang only): the same sanitizers plus libFuzzer's coverage
# instrumentation; harnesses link libFuzzer itself (tests/fuzz/Fuzz.cmake). Without
# -fno-sanitize-recover a UBSan report would not stop libFuzzer, so no input would be saved.
#
# A target with the property BD_NO_SANITIZE is built without them (and optimised): build-time
# data generators, not code under test. bd_ocr_train trains the OCR-B model three times during
# every build: on the shared build machine (fuzz preset, RelWithDebInfo) rendering and segmenting
# the samples took 43 s per model sanitized and 15 s unsanitized (the OpenCV training after it,
# ~170 s, is not instrumented either way), and the asan preset would run it at -O0. The model the
# tests use is then made exactly as in the normal build.
set(BD_SANITIZERS address,undefined,float-cast-overflow)
set(bd_sanitized "$<NOT:$<BOOL:$<TARGET_PROPERTY:BD_NO_SANITIZE>>>")
set(bd_unsanitized "$<BOOL:$<TARGET_PROPERTY:BD_NO_SANITIZE>>")
if(BD_SANITIZE)
    target_compile_options(bd_config INTERFACE
        "$<${bd_sanitized}:-fsanitize=${BD_SANITIZERS};-fno-sanitize-recover=all;-fno-omit-frame-pointer;-O1>"
        "$<${bd_unsanitized}:-O2>")
    target_link_options(bd_config INTERFACE "$<${bd_sanitized}:-fsanitize=${BD_SANITIZERS}>")
endif()
if(BD_FUZZ)
    target_compile_options(bd_config INTERFACE
        "$<${bd_sanitized}:-fsanitize=fuzzer-no-link,${BD_SANITIZERS};-fno-sanitize-recover=all;-fno-omit-frame-pointer>")
    target_link_options(bd_config INTERFACE "$<${bd_sanitized}:-fsanitize=${BD_SANITIZERS}>")
endif()

function(bd_unsanitized_tools)
    foreach(tool bd_ocr_train)
        if(TARGET ${tool})
            set_property(TARGET ${tool} PROPERTY BD_NO_SANITIZE ON)
        endif()
    endforeach()
endfunction()
if(BD_SANITIZE OR BD_FUZZ)
    cmake_language(DEFER CALL bd_unsanitized_tools) # after services/ has defined the tools
endif()
