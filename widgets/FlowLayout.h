#pragma once

#include <QLayout>
#include <QList>

namespace bd::widgets {

// Lays its items out left to right at their size hints and wraps to a new row when the next item
// does not fit (e.g. status chips whose translated words are longer): nothing is squeezed or cut.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 6);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

    // How many rows the items take at the current geometry.
    int rowCount() const { return m_rows; }

private:
    int doLayout(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    mutable int m_rows = 0;
};

} // namespace bd::widgets
