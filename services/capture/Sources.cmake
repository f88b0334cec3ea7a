target_sources(bd_services PRIVATE
    capture/Frame.h
    capture/FrameSource.h
    capture/OpenCvFrameSource.h capture/OpenCvFrameSource.cpp
    capture/CaptureWorker.h capture/CaptureWorker.cpp
    capture/MrzFrameScanner.h capture/MrzFrameScanner.cpp
)
