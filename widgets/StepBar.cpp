#include "widgets/StepBar.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>

namespace bd::widgets {

StepBar::StepBar(const QStringList& titles, const QStringList& objectNames, QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_titles(titles)
{
    Q_ASSERT(titles.size() == objectNames.size());
    setObjectName(QStringLiteral("stepBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_group->setExclusive(true);
    for (int i = 0; i < titles.size(); ++i) {
        auto* button = new QPushButton(this);
        button->setObjectName(objectNames.at(i));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setProperty("stepButton", true);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_group->addButton(button, i);
        layout->addWidget(button);
        setStepTitle(i, titles.at(i));
    }
    if (!titles.isEmpty())
        m_group->button(0)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        // Keep showing the current step until the owner moves.
        m_group->button(m_current)->setChecked(true);
        emit stepRequested(id);
    });
}

int StepBar::count() const
{
    return static_cast<int>(m_titles.size());
}

void StepBar::setCurrentStep(int index)
{
    if (index < 0 || index >= count())
        return;
    m_current = index;
    m_group->button(index)->setChecked(true);
}

void StepBar::setStepTitle(int index, const QString& title)
{
    if (index < 0 || index >= count())
        return;
    m_titles[index] = title;
    m_group->button(index)->setText(QStringLiteral("%1  %2").arg(index + 1).arg(title));
}

} // namespace bd::widgets
