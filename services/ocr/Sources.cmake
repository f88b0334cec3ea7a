# services/ocr: reading the MRZ from images (OpenCV) and the OCR-B classifier (the synthetic
# document renderer is in services/training). Included from services/CMakeLists.txt (paths
# relative to services/).
set(BD_OCR_CORE_SOURCES
    ocr/MrzCharset.h
    ocr/OcrbFont.h ocr/OcrbFont.cpp
    ocr/GlyphFeatures.h ocr/GlyphFeatures.cpp
    ocr/MrzZoneSegmenter.h ocr/MrzZoneSegmenter.cpp
    ocr/MrzLineCutter.h ocr/MrzLineCutter.cpp
    ocr/OcrbModel.h ocr/OcrbModel.cpp
)
target_sources(bd_services PRIVATE
    ${BD_OCR_CORE_SOURCES}
    ocr/MrzImageReader.h
    ocr/ImageHeader.h ocr/ImageHeader.cpp
    ocr/MrzLocator.h ocr/MrzLocator.cpp
    ocr/OpenCvMrzReader.h ocr/OpenCvMrzReader.cpp
)

# The OCR-B classifier is an ensemble of networks, each trained at build time from the font with its
# own seed (about 45 s each on one core, in parallel when cores are free, only when their sources
# change) and embedded as the resources :/ocr/ocrb-mlp-SEED.yml; OcrbModel averages them.
add_executable(bd_ocr_train ocr/tool/TrainOcrbModel.cpp ${BD_OCR_CORE_SOURCES})
target_link_libraries(bd_ocr_train PRIVATE bd_config Qt6::Core ${OpenCV_LIBS})
target_include_directories(bd_ocr_train SYSTEM PRIVATE ${OpenCV_INCLUDE_DIRS})
set(BD_OCR_SEEDS 20261128 20261129 20261130 CACHE STRING "Seeds of the OCR-B ensemble members")
set(BD_OCR_MODELS)
foreach(seed IN LISTS BD_OCR_SEEDS)
    set(model ${CMAKE_CURRENT_BINARY_DIR}/ocr/ocrb-mlp-${seed}.yml)
    add_custom_command(OUTPUT ${model}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/ocr
        COMMAND bd_ocr_train --out ${model} --lines 200 --seed ${seed}
        DEPENDS bd_ocr_train
        COMMENT "Training OCR-B MRZ classifier member ${seed}"
        VERBATIM)
    set_source_files_properties(${model} PROPERTIES GENERATED TRUE)
    list(APPEND BD_OCR_MODELS ${model})
endforeach()
qt_add_resources(bd_services ocrb_model PREFIX /ocr BASE ${CMAKE_CURRENT_BINARY_DIR}/ocr FILES ${BD_OCR_MODELS})
