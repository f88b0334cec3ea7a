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
    ocr/MrzConfidence.h ocr/MrzConfidence.cpp
    ocr/MrzUprightStrip.h ocr/MrzUprightStrip.cpp
    ocr/OpenCvMrzReader.h ocr/OpenCvMrzReader.cpp
)

# The OCR-B classifier is an ensemble of networks, each trained at build time from the font with its
# own seed (about 45 s each on one core, in parallel when cores are free, only when their sources
# change) and embedded as the resources :/ocr/ocrb-mlp-SEED.yml; OcrbModel averages them.
add_executable(bd_ocr_train ocr/tool/TrainOcrbModel.cpp ${BD_OCR_CORE_SOURCES})
target_link_libraries(bd_ocr_train PRIVATE bd_config Qt6::Core ${OpenCV_LIBS})
target_include_directories(bd_ocr_train SYSTEM PRIVATE ${OpenCV_INCLUDE_DIRS})
set(BD_OCR_SEEDS 20261128 20261129 20261130 CACHE STRING "Seeds of the OCR-B ensemble members")
# BD_OCR_MODEL_DIR: take the members already trained by another build of the same sources (the
# sanitizer build in scripts/test takes them from build/ci, as training is deterministic and the
# trainer is never sanitized) instead of training them again.
set(BD_OCR_MODEL_DIR "" CACHE PATH "Folder with the OCR-B members trained by a build of the same sources")
if(BD_OCR_MODEL_DIR)
    set_property(TARGET bd_ocr_train PROPERTY EXCLUDE_FROM_ALL ON)
endif()
# The fallback classifier for zones not printed in OCR-B (bd_ocr_train --fonts mono: DejaVu Sans
# Mono), one member, asked only when the OCR-B ensemble reads nothing valid (OpenCvMrzReader).
set(BD_OCR_MONO_SEED 20261201 CACHE STRING "Seed of the fallback classifier for zones not in OCR-B")
set(BD_OCR_MODELS)
foreach(member IN LISTS BD_OCR_SEEDS ITEMS mono)
    if(member STREQUAL "mono")
        set(seed ${BD_OCR_MONO_SEED})
        set(file mono-mlp-${seed}.yml)
        set(train --fonts mono --lines 300)
        set(what "fallback MRZ classifier (not OCR-B)")
    else()
        set(seed ${member})
        set(file ocrb-mlp-${seed}.yml)
        set(train --fonts ocrb --lines 200)
        set(what "OCR-B MRZ classifier member")
    endif()
    set(model ${CMAKE_CURRENT_BINARY_DIR}/ocr/${file})
    if(BD_OCR_MODEL_DIR)
        add_custom_command(OUTPUT ${model}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/ocr
            COMMAND ${CMAKE_COMMAND} -E copy ${BD_OCR_MODEL_DIR}/${file} ${model}
            DEPENDS ${BD_OCR_MODEL_DIR}/${file}
            COMMENT "Taking ${what} ${seed} from ${BD_OCR_MODEL_DIR}"
            VERBATIM)
    else()
        add_custom_command(OUTPUT ${model}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/ocr
            COMMAND bd_ocr_train --out ${model} ${train} --seed ${seed}
            DEPENDS bd_ocr_train
            COMMENT "Training ${what} ${seed}"
            VERBATIM)
    endif()
    set_source_files_properties(${model} PROPERTIES GENERATED TRUE)
    list(APPEND BD_OCR_MODELS ${model})
endforeach()
qt_add_resources(bd_services ocrb_model PREFIX /ocr BASE ${CMAKE_CURRENT_BINARY_DIR}/ocr FILES ${BD_OCR_MODELS})
