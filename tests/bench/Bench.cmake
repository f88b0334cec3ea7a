# Benchmark programs (built with the tests, run by tests/bench/run, never by ctest).
add_executable(bd-bench-mrz-ocr ocr/MrzOcrBench.cpp)
target_link_libraries(bd-bench-mrz-ocr PRIVATE bd_services bd_training)
