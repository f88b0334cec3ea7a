#include "services/core/LogCategories.h"

Q_LOGGING_CATEGORY(lcApp, "bd.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDocument, "bd.services.document", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOcr, "bd.services.ocr", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWedge, "bd.services.wedge", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCapture, "bd.services.capture", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGateway, "bd.services.gateway", QtInfoMsg)
Q_LOGGING_CATEGORY(lcResults, "bd.services.results", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "bd.services.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTraining, "bd.services.training", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "bd.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecure, "bd.secure", QtFatalMsg)
