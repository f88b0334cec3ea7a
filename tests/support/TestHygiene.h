#pragma once

// Shared by every Qt Test class under tests/: a warning the test did not announce fails it.

#include <QRegularExpression>
#include <QTest>

namespace bd::testsupport {

// Every qWarning (and QWARN) that reaches Qt Test from now on fails the running test function,
// unless the test announced exactly that message first with QTest::ignoreMessage (Qt Test matches
// ignored messages before these patterns). Debug, info and critical messages are not affected.
//
// Three messages are exempt, because they are the test platform's and say nothing about our code:
// the offscreen platform plugin the tests run on (QT_QPA_PLATFORM=offscreen) leaves some window
// operations to Qt's default, which only warns "This plugin does not support propagateSizeHints()"
// (a shown top-level widget's minimum or maximum size changed), "... raise()" or "... lower()"
// (e.g. a tool tip is raised). They are still printed (QWARN); only those exact texts are exempt.
//
// Qt 6.4 forgets failOnWarning patterns when a test function (each data row) ends and when
// initTestCase() ends, so a call in initTestCase() covers initTestCase() only. Call this first in
// init() — once per test function and data row — and also first in initTestCase() where a class
// has one. Warnings from cleanup() and cleanupTestCase() are not covered.
inline void failOnAnyWarning()
{
    QTest::failOnWarning(
        QRegularExpression(QStringLiteral("^(?!This plugin does not support (propagateSizeHints|raise|lower)\\(\\)$)"),
            QRegularExpression::DotMatchesEverythingOption));
}

} // namespace bd::testsupport
