#pragma once

#include <QLabel>
#include <QString>

namespace bd::ui {

// A word-wrapped label that shows its text as plain text (gateway and record data never become
// markup) and is announced by screen readers with that text.
inline QLabel* plainLabel(const QString& text, const QString& objectName = {})
{
    auto* l = new QLabel(text);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    l->setAccessibleName(text);
    return l;
}

} // namespace bd::ui
