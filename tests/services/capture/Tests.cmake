bd_add_test(services/capture/TestOpenCvFrameSource.cpp LABELS unit capture)
