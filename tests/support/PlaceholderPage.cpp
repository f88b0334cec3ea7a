#include "tests/support/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace bd::testsupport {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent)
    : bd::ui::CheckStepPage(parent)
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

PlaceholderPage* PlaceholderPage::biometrics()
{
    return new PlaceholderPage(tr("Biometrics"), tr("Face and fingerprint capture will appear here."));
}

PlaceholderPage* PlaceholderPage::results()
{
    return new PlaceholderPage(tr("Results"),
        tr("The answers of the connected systems will appear here once the gateway is "
           "connected."));
}

PlaceholderPage* PlaceholderPage::decision()
{
    return new PlaceholderPage(tr("Decision"), tr("Admit, refuse or refer to second line will be recorded here."));
}

} // namespace bd::testsupport
