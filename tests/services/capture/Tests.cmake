bd_add_test(services/capture/TestOpenCvFrameSource.cpp LABELS unit capture)
bd_add_test(services/capture/TestMrzFrameScanner.cpp LABELS unit capture ocr TIMEOUT 120)
