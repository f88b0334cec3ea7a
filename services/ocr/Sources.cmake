# services/ocr: reading the MRZ from images (OpenCV), the OCR-B classifier and the synthetic
# document renderer. Included from services/CMakeLists.txt (paths relative to services/).
set(BD_OCR_CORE_SOURCES
    ocr/MrzCharset.h
    ocr/OcrbFont.h ocr/OcrbFont.cpp
    ocr/GlyphFeatures.h ocr/GlyphFeatures.cpp
    ocr/MrzZoneSegmenter.h ocr/MrzZoneSegmenter.cpp
    ocr/OcrbModel.h ocr/OcrbModel.cpp
)
target_sources(bd_services PRIVATE
    ${BD_OCR_CORE_SOURCES}
    ocr/MrzImageReader.h
    ocr/MrzLocator.h ocr/MrzLocator.cpp
    ocr/OpenCvMrzReader.h ocr/OpenCvMrzReader.cpp
    ocr/SyntheticDocument.h ocr/SyntheticDocument.cpp
    ocr/RandomMrz.h ocr/RandomMrz.cpp
)

# The OCR-B classifier is trained at build time from the font (about 45 s on one core, only when
# its sources change) and embedded as the resource :/ocr/ocrb-mlp.yml.
add_executable(bd_ocr_train ocr/tool/TrainOcrbModel.cpp ${BD_OCR_CORE_SOURCES})
target_link_libraries(bd_ocr_train PRIVATE bd_config Qt6::Core ${OpenCV_LIBS})
target_include_directories(bd_ocr_train SYSTEM PRIVATE ${OpenCV_INCLUDE_DIRS})
set(BD_OCR_MODEL ${CMAKE_CURRENT_BINARY_DIR}/ocr/ocrb-mlp.yml)
add_custom_command(OUTPUT ${BD_OCR_MODEL}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/ocr
    COMMAND bd_ocr_train --out ${BD_OCR_MODEL} --lines 200 --seed 20261128
    DEPENDS bd_ocr_train
    COMMENT "Training the OCR-B MRZ character classifier"
    VERBATIM)
set_source_files_properties(${BD_OCR_MODEL} PROPERTIES GENERATED TRUE)
qt_add_resources(bd_services ocrb_model PREFIX /ocr BASE ${CMAKE_CURRENT_BINARY_DIR}/ocr FILES ${BD_OCR_MODEL})
