#pragma once

#include <QLoggingCategory>

// All logging categories of BorderDesk, dotted by layer and area. Default levels are set in the
// definitions; QT_LOGGING_RULES or --log-level override them at run time.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcDocument)
Q_DECLARE_LOGGING_CATEGORY(lcOcr)
Q_DECLARE_LOGGING_CATEGORY(lcWedge)
Q_DECLARE_LOGGING_CATEGORY(lcCapture)
Q_DECLARE_LOGGING_CATEGORY(lcGateway)
Q_DECLARE_LOGGING_CATEGORY(lcResults)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcTraining)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
// Off by default: only for field diagnostics on a test system, and still redacted by the sink.
Q_DECLARE_LOGGING_CATEGORY(lcSecure)
