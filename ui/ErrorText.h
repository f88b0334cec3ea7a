#pragma once

#include <QCoreApplication>
#include <QString>

namespace bd::core {
struct Error;
}

namespace bd::ui {

// The one place that turns service error codes into words for the officer: what happened and
// what to do about it. Services return codes; only this class calls tr() on them.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    struct Text
    {
        QString message;
        QString remedy;
    };
    static Text forCode(const QString& code);
    static Text forError(const bd::core::Error& error);
};

} // namespace bd::ui
