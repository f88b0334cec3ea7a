#include "ui/ParkedChecksDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bd::ui {

ParkedChecksDialog::ParkedChecksDialog(const QList<Entry>& entries, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("parkedChecksDialog"));
    setWindowTitle(tr("Parked checks"));
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("These checks have no recorded decision. Enter brings the selected one back to the "
                               "Results and Decision steps so it can be decided."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_list->setObjectName(QStringLiteral("parkedChecksList"));
    m_list->setAccessibleName(tr("Parked checks"));
    for (const Entry& e : entries) {
        auto* item = new QListWidgetItem(e.text, m_list);
        item->setData(Qt::UserRole, QVariant::fromValue(e.id));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    QPushButton* restore = buttons->button(QDialogButtonBox::Ok);
    restore->setObjectName(QStringLiteral("restoreParkedCheckButton"));
    restore->setText(tr("Restore (Enter)"));
    restore->setEnabled(m_list->count() > 0);
    restore->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close (Esc)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    m_list->setFocus();
    resize(720, 360);
}

quint64 ParkedChecksDialog::selectedId() const
{
    const auto* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).value<quint64>() : 0;
}

void ParkedChecksDialog::selectId(quint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).value<quint64>() == id)
            m_list->setCurrentRow(i);
}

} // namespace bd::ui
