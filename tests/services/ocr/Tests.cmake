# tests/services/ocr: OCR-B classifier, image headers and the image MRZ reader (on documents rendered by
# services/training/SyntheticDocument).
bd_add_test(services/ocr/TestOcrbModel.cpp)
bd_add_test(services/ocr/TestOpenCvMrzReader.cpp TIMEOUT 300)
bd_add_test(services/ocr/TestImageHeader.cpp LABELS unit ocr security)
bd_add_test(services/ocr/TestMrzConfidence.cpp LABELS unit ocr)
bd_add_test(services/ocr/TestMrzWiderSearch.cpp TIMEOUT 300)
bd_add_test(services/ocr/TestMrzOtherFonts.cpp TIMEOUT 300)
