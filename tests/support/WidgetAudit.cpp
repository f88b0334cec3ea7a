#include "tests/support/WidgetAudit.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTest>
#include <QTextDocument>

namespace bd::test {

namespace {

bool shownOnScreen(const QWidget* w, const QWidget* root)
{
    return w->isVisibleTo(root) && w->isVisible() && w->width() > 0 && w->height() > 0;
}

// The scroll area whose viewport holds `w`, if any: content there may extend beyond the view.
const QAbstractScrollArea* scrollingAncestor(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(p))
            if (area->viewport()->isAncestorOf(w))
                return area;
    return nullptr;
}

QString plainText(const QLabel* label)
{
    if (label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
        QTextDocument doc;
        doc.setHtml(label->text());
        return doc.toPlainText();
    }
    QString t = label->text();
    t.remove(QLatin1Char('&')); // a mnemonic marker is not drawn
    return t;
}

QString labelProblem(const QLabel* label)
{
    if (label->text().isEmpty() || !label->pixmap().isNull())
        return {};
    const QRect room
        = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    const QFontMetrics fm(label->font());
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height() + 1)
            return QStringLiteral("needs %1 px height, has %2").arg(needed).arg(label->height());
        // A single word longer than the line cannot wrap: it is cut.
        for (const QString& word :
            plainText(label).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            if (fm.horizontalAdvance(word) > room.width() + 1)
                return QStringLiteral("word '%1' wider (%2 px) than the label (%3 px)")
                    .arg(word)
                    .arg(fm.horizontalAdvance(word))
                    .arg(room.width());
        return {};
    }
    const QStringList lines = plainText(label).split(QLatin1Char('\n'));
    for (const QString& line : lines)
        if (fm.horizontalAdvance(line) > room.width() + 1)
            return QStringLiteral("needs %1 px width, has %2").arg(fm.horizontalAdvance(line)).arg(room.width());
    const int height = fm.lineSpacing() * static_cast<int>(lines.size()) - fm.leading();
    if (height > room.height() + 1)
        return QStringLiteral("needs %1 px height, has %2").arg(height).arg(room.height());
    return {};
}

QString buttonProblem(const QAbstractButton* button)
{
    if (button->text().isEmpty())
        return {};
    const QSize hint = button->sizeHint();
    if (hint.width() > button->width() + 1)
        return QStringLiteral("needs %1 px width, has %2").arg(hint.width()).arg(button->width());
    return {};
}

bool takesTabFocus(const QWidget* w, const QWidget* root)
{
    return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && w->isEnabled() && shownOnScreen(w, root)
        && !qobject_cast<const QScrollBar*>(w) && !w->focusProxy();
}

} // namespace

QString describe(const QWidget* w)
{
    QString text;
    if (const auto* l = qobject_cast<const QLabel*>(w))
        text = l->text();
    else if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        text = b->text();
    text.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    return QStringLiteral("%1 (%2)%3")
        .arg(w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName(),
            QString::fromLatin1(w->metaObject()->className()),
            text.isEmpty() ? QString() : QStringLiteral(": \u201C%1\u201D").arg(text.left(80)));
}

QStringList clippedTexts(const QWidget* root)
{
    QStringList problems;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!shownOnScreen(w, root))
            continue;
        QString problem;
        if (const auto* l = qobject_cast<const QLabel*>(w))
            problem = labelProblem(l);
        else if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            problem = buttonProblem(b);
        if (problem.isEmpty())
            continue;
        // Inside a scroll area, height beyond the view is reachable by scrolling; width is not
        // (the areas here scroll vertically only).
        if (scrollingAncestor(w) && problem.contains(QLatin1String("height")))
            continue;
        problems << QStringLiteral("%1 — %2").arg(describe(w), problem);
    }
    return problems;
}

QStringList unnamedControls(const QWidget* root)
{
    QStringList problems;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!takesTabFocus(w, root))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << describe(w);
    }
    return problems;
}

QStringList unreachableByTab(QWidget* page, QWidget* start, int maxPresses)
{
    QSet<const QWidget*> expected;
    for (const QWidget* w : page->findChildren<QWidget*>())
        if (takesTabFocus(w, page))
            expected.insert(w);
    start->setFocus(Qt::TabFocusReason);
    QSet<const QWidget*> reached;
    for (int i = 0; i < maxPresses && reached.size() < expected.size(); ++i) {
        QWidget* focus = QApplication::focusWidget();
        if (!focus)
            break;
        reached.insert(focus);
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QStringList missing;
    for (const QWidget* w : expected)
        if (!reached.contains(w))
            missing << describe(w);
    missing.sort();
    return missing;
}

} // namespace bd::test
