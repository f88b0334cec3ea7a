// The application-wide wedge filter: holds back possible reader keys, replays a person's keys to
// the widget they were meant for, and never lets a reader burst reach the focused field.
#include "tests/support/TestHygiene.h"
#include "ui/WedgeEventFilter.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

namespace {
const QStringList kZone { QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
    QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"), QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<") };
}

class TestWedgeEventFilter : public QObject
{
    Q_OBJECT

    std::unique_ptr<QWidget> m_window;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    std::unique_ptr<bd::ui::WedgeEventFilter> m_filter;
    qint64 m_now = 0;
    int m_step = 8;

private slots:
    void init()
    {
        bd::testsupport::failOnAnyWarning();
        m_window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_window.get());
        m_first = new QLineEdit(m_window.get());
        m_second = new QLineEdit(m_window.get());
        layout->addWidget(m_first);
        layout->addWidget(m_second);
        m_filter = std::make_unique<bd::ui::WedgeEventFilter>(bd::input::KeyboardWedgeDecoder::Config {});
        m_filter->setToday(QDate(2010, 6, 1));
        m_filter->setTimeSource([this](const QKeyEvent&) { return m_now += m_step; });
        qApp->installEventFilter(m_filter.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        m_first->setFocus();
        QTRY_VERIFY(m_first->hasFocus());
    }
    void cleanup()
    {
        qApp->removeEventFilter(m_filter.get());
        m_filter.reset();
        m_window.reset();
    }

    void burstIsCapturedWithTabSeparators()
    {
        QSignalSpy read(m_filter.get(), &bd::ui::WedgeEventFilter::mrzLinesRead);
        for (const QString& line : kZone) {
            QTest::keyClicks(m_first, line);
            QTest::keyClick(m_first, Qt::Key_Tab); // would move the focus if it leaked
        }
        QTRY_COMPARE(read.size(), 1);
        QCOMPARE(read.first().first().toStringList(), kZone);
        QCOMPARE(m_first->text(), QString());
        QVERIFY(m_first->hasFocus()); // the trailing Tab was swallowed too
        QTRY_COMPARE(m_filter->state(), bd::input::KeyboardWedgeDecoder::State::Idle);
    }

    void zoneIsReadAtItsLastKeyAndTheLineEndSwallowed()
    {
        QSignalSpy read(m_filter.get(), &bd::ui::WedgeEventFilter::mrzLinesRead);
        QSignalSpy returnPressed(m_first, &QLineEdit::returnPressed); // what a leaked line end would do
        for (int i = 0; i < kZone.size(); ++i) {
            QTest::keyClicks(m_first, kZone[i]);
            if (i + 1 < kZone.size())
                QTest::keyClick(m_first, Qt::Key_Return);
        }
        QCOMPARE(read.size(), 1); // at the last key, no timer waited for
        QCOMPARE(read.first().first().toStringList(), kZone);
        QCOMPARE(m_filter->state(), bd::input::KeyboardWedgeDecoder::State::Trailing);
        QTest::keyClick(m_first, Qt::Key_Return); // the reader's trailing CR ...
        QTest::keyClick(m_first, Qt::Key_Enter); // ... and LF, 8 ms apart
        QTRY_COMPARE(m_filter->state(), bd::input::KeyboardWedgeDecoder::State::Idle);
        QCOMPARE(m_first->text(), QString());
        QCOMPARE(returnPressed.size(), 0);
        m_step = 150; // the officer types on
        QTest::keyClicks(m_first, QStringLiteral("ok"));
        QTRY_COMPARE(m_first->text(), QStringLiteral("ok"));
        QCOMPARE(read.size(), 1);
    }

    void personTypingAZoneAt60MsGetsEveryKey()
    {
        QSignalSpy read(m_filter.get(), &bd::ui::WedgeEventFilter::mrzLinesRead);
        m_step = 60;
        QTest::keyClicks(m_first, kZone.join(QString()));
        QTRY_COMPARE(m_first->text(), kZone.join(QString()));
        QTRY_COMPARE(m_filter->state(), bd::input::KeyboardWedgeDecoder::State::Idle);
        QCOMPARE(read.size(), 0);
    }

    void personKeysArriveInOrderInTheirWidget()
    {
        QSignalSpy read(m_filter.get(), &bd::ui::WedgeEventFilter::mrzLinesRead);
        m_step = 120;
        QTest::keyClicks(m_first, QStringLiteral("Anna Maria"));
        QTRY_COMPARE(m_first->text(), QStringLiteral("Anna Maria"));
        QTest::keyClick(m_first, Qt::Key_Tab); // a person's Tab still moves on
        QTRY_VERIFY(m_second->hasFocus());
        QTest::keyClicks(m_second, QStringLiteral("x1"));
        QTRY_COMPARE(m_second->text(), QStringLiteral("x1"));
        QCOMPARE(m_first->text(), QStringLiteral("Anna Maria"));
        QCOMPARE(read.size(), 0);
    }

    void shortFastRunIsReplayed()
    {
        m_step = 10; // fast, but far too short for a zone
        QTest::keyClicks(m_first, QStringLiteral("AB12"));
        QCOMPARE(m_first->text(), QString()); // held back for a moment
        QTRY_COMPARE(m_first->text(), QStringLiteral("AB12"));
    }

    void shortcutsAreNeverHeld()
    {
        m_first->setText(QStringLiteral("abc"));
        QTest::keyClick(m_first, Qt::Key_A, Qt::ControlModifier); // select all goes straight through
        QCOMPARE(m_first->selectedText(), QStringLiteral("abc"));
    }

    void disabledFilterDeliversEverything()
    {
        m_filter->setEnabled(false);
        QTest::keyClicks(m_first, kZone.first());
        QCOMPARE(m_first->text(), kZone.first());
    }
};

QTEST_MAIN(TestWedgeEventFilter)
#include "TestWedgeEventFilter.moc"
