#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

namespace bd::widgets {

// Shows machine-readable lines in a monospaced OCR-style font, one character per cell, with
// chosen characters marked (repaired in amber, failing in red and underlined, uncertain in a dashed
// frame, so the marks differ in shape as well as colour). Knows nothing about the MRZ.
class MrzLineView : public QWidget
{
    Q_OBJECT
public:
    enum class Mark
    {
        None,
        Weak, // a character the reader was unsure of
        Changed, // a character that was corrected
        Problem // a character that is wrong
    };
    Q_ENUM(Mark)

    struct Highlight
    {
        int line = 0;
        int column = 0;
        int length = 1;
        Mark mark = Mark::Changed;
        bool operator==(const Highlight&) const = default;
    };

    explicit MrzLineView(QWidget* parent = nullptr);

    void setLines(const QStringList& lines);
    QStringList lines() const { return m_lines; }
    void setHighlights(const QList<Highlight>& highlights);
    QList<Highlight> highlights() const { return m_highlights; }
    Mark markAt(int line, int column) const; // Problem wins over Changed, Changed over Weak
    void clear();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QFont cellFont() const;
    QSize cellSize() const;

    QStringList m_lines;
    QList<Highlight> m_highlights;
};

} // namespace bd::widgets
