#pragma once

#include <QDialog>

class QListWidget;

namespace bd::ui {

// Training only: the trainer's scenario deck as a list (F9); choosing one feeds its document to
// the check. Knows only ids and titles.
class ScenarioPicker : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;
        QString title;
    };

    explicit ScenarioPicker(const QList<Entry>& scenarios, QWidget* parent = nullptr);

    QString selectedId() const;
    void selectId(const QString& id);

private:
    QListWidget* m_list;
};

} // namespace bd::ui
