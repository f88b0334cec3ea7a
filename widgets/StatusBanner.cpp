#include "widgets/StatusBanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace bd::widgets {

StatusBanner::StatusBanner(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBanner"));
    m_label->setObjectName(QStringLiteral("statusBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // messages may quote the document or the gateway: never markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label);
    setVisible(false);
}

void StatusBanner::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    static const char* const styles[] = {
        "background:#e7f0fb;border:1px solid #6f9bd1;color:#10243e;",
        "background:#e6f4ea;border:1px solid #4c9a61;color:#0f2e18;",
        "background:#fff4d6;border:1px solid #c99a1e;color:#3d2c00;",
        "background:#fde7e7;border:1px solid #c24141;color:#470b0b;",
    };
    // Keyed on the current object name, so pages can give each banner its own (test contract) name.
    setStyleSheet(QStringLiteral("QFrame#%1{%2border-radius:4px;}")
                      .arg(objectName(), QLatin1String(styles[static_cast<int>(kind)])));
    m_label->setText(text);
    setVisible(true);
}

void StatusBanner::clear()
{
    m_label->clear();
    setVisible(false);
}

QString StatusBanner::text() const
{
    return m_label->text();
}

} // namespace bd::widgets
