# tests/services/ocr: OCR-B classifier, synthetic documents and the image MRZ reader.
bd_add_test(services/ocr/TestOcrbModel.cpp)
bd_add_test(services/ocr/TestOpenCvMrzReader.cpp TIMEOUT 120)
bd_add_test(services/ocr/TestImageHeader.cpp LABELS unit ocr security)
