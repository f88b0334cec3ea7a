#include "ui/ScenarioPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd::ui {

ScenarioPicker::ScenarioPicker(const QList<Entry>& scenarios, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("scenarioPicker"));
    setWindowTitle(tr("Training scenario"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Choose a scenario: its document is printed and read by the OCR, then the check runs "
                               "against the training gateway. The expected outcome is shown after your decision."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    for (const auto& e : scenarios) {
        auto* item
            = new QListWidgetItem(e.title.isEmpty() ? e.id : QStringLiteral("%1  (%2)").arg(e.title, e.id), m_list);
        item->setData(Qt::UserRole, e.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run scenario"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    resize(640, 480);
}

QString ScenarioPicker::selectedId() const
{
    const auto* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ScenarioPicker::selectId(const QString& id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
}

} // namespace bd::ui
