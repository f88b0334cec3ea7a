#pragma once

#include <QStringList>

class QWidget;

// Checks a real window as the officer sees it (GUI tests): text that does not fit its widget,
// controls without an accessible name, controls the Tab key never reaches.
namespace bd::test {

// Every visible label, button and check box under `root` whose text does not fit: a label that
// does not wrap needs each line's width, a wrapping one its height for its width; a button its
// size hint. Texts inside a scroll area's viewport count as fitting when the scroll area can show
// them by scrolling vertically. One entry per problem: "objectName (class): text".
QStringList clippedTexts(const QWidget* root);

// Visible, enabled controls under `root` that take keyboard focus and have no accessible name.
QStringList unnamedControls(const QWidget* root);

// Visible, enabled controls under `page` that take Tab focus but are not reached by pressing Tab
// from `start` (at most `maxPresses` times).
QStringList unreachableByTab(QWidget* page, QWidget* start, int maxPresses = 200);

// A readable name of a widget for messages.
QString describe(const QWidget* widget);

} // namespace bd::test
