#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QListWidget;

namespace bd::ui {

// F8: the checks that were left without a decision (parked by Esc, by the next desk-reader read or
// by a new training scenario). One line per check: when it started, its purpose, the traveller as
// the officer saw them on screen and the required action (or "no result"). Enter restores the
// selected check onto the Results and Decision pages; Esc closes the list.
class ParkedChecksDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        quint64 id = 0;
        QString text; // one line, shown as is
    };

    explicit ParkedChecksDialog(const QList<Entry>& entries, QWidget* parent = nullptr);

    quint64 selectedId() const; // 0: none
    void selectId(quint64 id);
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};

} // namespace bd::ui
