#pragma once

#include "services/ocr/OpenCvMrzReader.h"

#include <QDate>

namespace bd::testdata {

// The image reader as the OCR tests use it: a fixed "today" for the parser's date checks, so the
// synthetic documents' dates judge the same on every day the tests run.
inline bd::ocr::OpenCvMrzReader::Options ocrTestOptions()
{
    bd::ocr::OpenCvMrzReader::Options o;
    o.today = QDate(2026, 11, 28);
    return o;
}

} // namespace bd::testdata
