#include "ui/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bd::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent)
    : CheckStepPage(parent)
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitleLabel"));
    heading->setProperty("pageTitle", true);
    auto* notice = new QLabel(tr("Not available yet in this version."), this);
    notice->setObjectName(QStringLiteral("notAvailableLabel"));
    notice->setProperty("notice", true);
    auto* text = new QLabel(explanation, this);
    text->setObjectName(QStringLiteral("explanationLabel"));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addWidget(notice);
    layout->addWidget(text);
    layout->addStretch(1);
}

} // namespace bd::ui
