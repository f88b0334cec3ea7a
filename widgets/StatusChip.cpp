#include "widgets/StatusChip.h"

namespace bd::widgets {

namespace {

QString styleFor(StatusChip::Kind kind)
{
    // Background, text, border style: the border pattern differs per kind (colour-blind safe).
    switch (kind) {
    case StatusChip::Kind::Waiting:
        return QStringLiteral("background:#eef1f4;color:#39424d;border:2px dotted #7b8794;");
    case StatusChip::Kind::Alarm:
        return QStringLiteral("background:#b3261e;color:#ffffff;border:2px solid #7a1812;");
    case StatusChip::Kind::Clear:
        return QStringLiteral("background:#e3f1e6;color:#1d5b2c;border:2px solid #5e9c6c;");
    case StatusChip::Kind::Warning:
        return QStringLiteral("background:#ffe9b3;color:#5c3d00;border:2px dashed #a87400;");
    case StatusChip::Kind::Withheld:
        return QStringLiteral("background:#e4e1f2;color:#35305c;border:2px dashed #6c63a8;");
    case StatusChip::Kind::Error:
        return QStringLiteral("background:#ffd9d4;color:#6b1109;border:2px double #b3261e;");
    }
    return {};
}

} // namespace

StatusChip::StatusChip(QWidget* parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setMinimumHeight(34);
    setTextFormat(Qt::PlainText);
    setState(Kind::Waiting, QString());
}

void StatusChip::setState(Kind kind, const QString& text)
{
    m_kind = kind;
    setText(text);
    setStyleSheet(QStringLiteral("QLabel{%1border-radius:8px;padding:3px 10px;font-weight:600;}").arg(styleFor(kind)));
}

} // namespace bd::widgets
