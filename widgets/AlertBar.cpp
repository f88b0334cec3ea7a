#include "widgets/AlertBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace bd::widgets {

AlertBar::AlertBar(const QString& acknowledgeText, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(acknowledgeText, this))
{
    setObjectName(QStringLiteral("alertBar"));
    setAttribute(Qt::WA_StyledBackground, true);
    setStyleSheet(QStringLiteral("#alertBar{background:#8e1b14;}"
                                 "#alertBar QLabel{color:#ffffff;font-size:14pt;font-weight:700;}"));
    m_text->setObjectName(QStringLiteral("alertText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("alertAcknowledgeButton"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    connect(m_button, &QPushButton::clicked, this, &AlertBar::acknowledge);
    setVisible(false);
}

void AlertBar::addAlert(const QString& text)
{
    m_alerts.append(text);
    m_text->setText(m_alerts.join(QLatin1Char('\n')));
    m_text->setAccessibleName(m_text->text());
    setVisible(true);
}

void AlertBar::acknowledge()
{
    const int count = static_cast<int>(m_alerts.size());
    m_alerts.clear();
    m_text->clear();
    setVisible(false);
    if (count > 0)
        emit acknowledged(count);
}

} // namespace bd::widgets
