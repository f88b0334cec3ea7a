// Keyboard-wedge decoder: reader bursts under each host layout and separator, people never captured.
#include "services/input/KeyboardWedgeDecoder.h"
#include "tests/support/TestHygiene.h"

#include <QRandomGenerator>
#include <QTest>

using bd::input::KeyboardLayout;
using bd::input::KeyboardWedgeDecoder;
using bd::input::WedgeKey;

namespace {

// ICAO 9303 specimens (public test data from the standard).
const QStringList td3 { QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
    QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10") };
const QStringList td2 { QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<"),
    QStringLiteral("D231458907UTO7408122F1204159<<<<<<<6") };
const QStringList td1 { QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<"),
    QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6"), QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<") };

// What a US-positioned reader's keystrokes produce on a host with the given layout.
QString typeOn(const QString& text, KeyboardLayout layout)
{
    static const QString azertyDigits = QStringLiteral("\u00E0&\u00E9\"'(-\u00E8_\u00E7");
    QString out;
    for (const QChar c : text) {
        QChar t = c;
        if (layout == KeyboardLayout::Qwertz) {
            t = c == u'Y' ? u'Z' : c == u'Z' ? u'Y' : c == u'<' ? u';' : c;
        } else if (layout == KeyboardLayout::Azerty) {
            if (c.isDigit())
                t = azertyDigits.at(c.digitValue());
            else
                t = c == u'A'   ? u'Q'
                    : c == u'Q' ? u'A'
                    : c == u'Z' ? u'W'
                    : c == u'W' ? u'Z'
                    : c == u'M' ? u'?'
                    : c == u'<' ? u'.'
                                : c;
        }
        out.append(t);
    }
    return out;
}

struct Typist
{
    KeyboardWedgeDecoder decoder;
    qint64 now = 100000;
    QList<WedgeKey> delivered;
    QList<bd::input::WedgeRead> reads;

    explicit Typist(KeyboardWedgeDecoder::Config config = {})
        : decoder(config, QDate(2026, 11, 28))
    {
    }
    void apply(const KeyboardWedgeDecoder::Step& step, const WedgeKey* current)
    {
        delivered += step.release;
        if (current && step.deliverCurrent)
            delivered.append(*current);
        reads += step.reads;
    }
    void key(const QString& text, int interval, int qtKey = 0)
    {
        now += interval;
        const WedgeKey k { text, qtKey ? qtKey : (text.isEmpty() ? 0 : text.at(0).toUpper().unicode()), now };
        apply(decoder.feed(k), &k);
    }
    void type(const QString& text, int interval)
    {
        for (const QChar c : text)
            key(QString(c), interval);
    }
    void separator(const QString& sep, int interval)
    {
        for (const QChar c : sep)
            key(QString(c), interval, c == u'\t' ? Qt::Key_Tab : Qt::Key_Return);
    }
    // No key for a while: the caller's timer fires.
    void pause(int ms)
    {
        QVERIFY(decoder.msUntilTimeout() < ms);
        now += ms;
        apply(decoder.timeout(), nullptr);
    }
    QString deliveredText() const
    {
        QString s;
        for (const WedgeKey& k : delivered)
            s += k.text;
        return s;
    }
};

} // namespace

class TestKeyboardWedgeDecoder : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void burstDecodesUnderEachLayoutAndSeparator_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<KeyboardLayout>("layout");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<bool>("trailingSeparator");
        const QList<QPair<const char*, QStringList>> formats { { "TD3", td3 }, { "TD2", td2 }, { "TD1", td1 } };
        const QList<QPair<const char*, KeyboardLayout>> layouts { { "us", KeyboardLayout::Us },
            { "qwertz", KeyboardLayout::Qwertz }, { "azerty", KeyboardLayout::Azerty } };
        const QList<QPair<const char*, QString>> separators { { "CR", QStringLiteral("\r") },
            { "LF", QStringLiteral("\n") }, { "CRLF", QStringLiteral("\r\n") }, { "TAB", QStringLiteral("\t") } };
        for (const auto& f : formats) {
            for (const auto& l : layouts) {
                for (const auto& s : separators) {
                    QTest::addRow("%s-%s-%s", f.first, l.first, s.first) << f.second << l.second << s.second << true;
                }
            }
            QTest::addRow("%s-us-no-trailing-separator", f.first)
                << f.second << KeyboardLayout::Us << QStringLiteral("\r") << false;
        }
    }
    void burstDecodesUnderEachLayoutAndSeparator()
    {
        QFETCH(QStringList, lines);
        QFETCH(KeyboardLayout, layout);
        QFETCH(QString, separator);
        QFETCH(bool, trailingSeparator);
        Typist t;
        for (int i = 0; i < lines.size(); ++i) {
            t.type(typeOn(lines[i], layout), 8);
            if (i + 1 < lines.size())
                t.separator(separator, 8);
        }
        // Read at the zone's last key, no pause waited for.
        QCOMPARE(t.reads.size(), 1);
        if (trailingSeparator) {
            t.separator(separator, 8); // swallowed: the read is done
            QCOMPARE(t.decoder.state(), KeyboardWedgeDecoder::State::Trailing);
        }
        t.pause(500);
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.reads.first().lines, lines);
        QCOMPARE(t.reads.first().layout, layout);
        QVERIFY(t.reads.first().checksTotal > 0);
        QCOMPARE(t.reads.first().checksPassed, t.reads.first().checksTotal);
        QVERIFY2(t.delivered.isEmpty(), "no keystroke of the burst may reach the focused field");
        QCOMPARE(t.decoder.state(), KeyboardWedgeDecoder::State::Idle);
    }

    void shiftPressesOfAReaderDoNotBreakTheBurst()
    {
        Typist t;
        for (const QString& line : td3) {
            for (const QChar c : line) {
                if (c.isLetter() || c == u'<')
                    t.key(QString(), 2, Qt::Key_Shift); // readers press Shift for capitals and '<'
                t.key(QString(c), 4);
            }
            t.separator(QStringLiteral("\r"), 4);
        }
        t.pause(500);
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.reads.first().lines, td3);
        for (const WedgeKey& k : std::as_const(t.delivered))
            QCOMPARE(k.key, int(Qt::Key_Shift)); // only the modifiers went through
    }

    void slowTypingIsNeverCaptured_data()
    {
        QTest::addColumn<int>("interval");
        QTest::newRow("typist 120 ms") << 120;
        QTest::newRow("just above the threshold") << 36;
        QTest::newRow("hunt and peck") << 600;
    }
    void slowTypingIsNeverCaptured()
    {
        QFETCH(int, interval);
        Typist t;
        t.type(td3[0], interval);
        t.separator(QStringLiteral("\r"), interval);
        t.type(td3[1], interval);
        t.pause(1000);
        QVERIFY(t.reads.isEmpty());
        QCOMPARE(t.deliveredText(), td3[0] + QStringLiteral("\r") + td3[1]);
    }

    void fastRolloverOfAPersonIsReleasedInOrder()
    {
        Typist t;
        t.type(QStringLiteral("th"), 15); // two keys pressed almost together
        t.type(QStringLiteral("e"), 180);
        t.pause(200);
        QVERIFY(t.reads.isEmpty());
        QCOMPARE(t.deliveredText(), QStringLiteral("the"));
    }

    void burstFollowedByHumanTyping()
    {
        Typist t;
        t.type(td3[0], 10);
        t.separator(QStringLiteral("\r"), 10);
        t.type(td3[1], 10);
        t.separator(QStringLiteral("\r"), 10);
        // The officer starts typing 400 ms later, before any timer ran: the burst closes first.
        t.type(QStringLiteral("note"), 400);
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.reads.first().lines, td3);
        t.pause(1000);
        QCOMPARE(t.deliveredText(), QStringLiteral("note"));
    }

    void readerMayPauseBetweenLines()
    {
        Typist t;
        t.type(td2[0], 10);
        t.separator(QStringLiteral("\r"), 10);
        t.key(td2[1].left(1), 200); // line gap after the separator, then fast again
        t.type(td2[1].mid(1), 10);
        QCOMPARE(t.reads.size(), 1); // the second line of 36 completed the TD2 zone
        t.pause(500);
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.reads.first().lines, td2);
    }

    void fastBurstThatIsNoZoneIsDeliveredAsTyped()
    {
        Typist t;
        t.type(QStringLiteral("4006381333931"), 5); // a barcode scanner in the same port
        t.separator(QStringLiteral("\r"), 5);
        t.pause(500);
        QVERIFY(t.reads.isEmpty());
        QCOMPARE(t.deliveredText(), QStringLiteral("4006381333931\r"));
    }

    void wrongLineLengthIsNoZone()
    {
        Typist t;
        t.type(td3[0], 5);
        t.separator(QStringLiteral("\r"), 5);
        t.type(td3[1].left(43), 5);
        t.pause(500);
        QVERIFY(t.reads.isEmpty());
        QCOMPARE(t.delivered.size(), 44 + 1 + 43);
    }

    void checkDigitsDecideBetweenUsAndQwertz()
    {
        // A reader that sends '<' through the ISO key: only Y/Z differ between US and QWERTZ, and the
        // personal number "ZE184226B" is protected by a check digit.
        Typist t;
        QString line2 = td3[1];
        line2.replace(QStringLiteral("ZE184226B"), QStringLiteral("YE184226B"));
        t.type(td3[0], 8);
        t.separator(QStringLiteral("\r"), 8);
        t.type(line2, 8);
        t.pause(500);
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.reads.first().layout, KeyboardLayout::Qwertz);
        QCOMPARE(t.reads.first().lines, td3);
    }

    void intervalThresholdComesFromSettings()
    {
        KeyboardWedgeDecoder::Config strict;
        strict.maxKeyIntervalMs = 35;
        Typist a(strict);
        a.type(td1.join(QStringLiteral("\r")), 40);
        a.pause(1000);
        QVERIFY(a.reads.isEmpty());

        KeyboardWedgeDecoder::Config slowReader;
        slowReader.maxKeyIntervalMs = 60;
        Typist b(slowReader);
        b.type(td1.join(QStringLiteral("\r")), 40);
        b.pause(1000);
        QCOMPARE(b.reads.size(), 1);
        QCOMPARE(b.reads.first().lines, td1);
    }

    // A zone ends at its last key only when no longer format could still be under way.
    void twoLinesOfThirtyAreNoZoneYet()
    {
        Typist t;
        t.type(td1[0], 8);
        t.separator(QStringLiteral("\r"), 8);
        t.type(td1[1], 8);
        QVERIFY(t.reads.isEmpty());
        t.separator(QStringLiteral("\r"), 8);
        QVERIFY(t.reads.isEmpty()); // 2 x 30 is no format: a TD1 reader's third line follows
        QCOMPARE(t.decoder.state(), KeyboardWedgeDecoder::State::Burst);
        QCOMPARE(t.decoder.msUntilTimeout(), t.decoder.config().lineGapMs + 1);
        t.key(td1[2].left(1), 250); // the reader pauses before its third line
        t.type(td1[2].mid(1, 28), 8);
        QVERIFY(t.reads.isEmpty());
        t.type(td1[2].right(1), 8);
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.reads.first().lines, td1);
        QVERIFY(t.delivered.isEmpty());
    }

    void lineOfFortyFourIsNotCutAtThirtySix()
    {
        Typist t;
        t.type(td3[0], 8);
        t.separator(QStringLiteral("\r"), 8);
        t.type(td3[1].left(36), 8);
        QVERIFY(t.reads.isEmpty()); // 44 + 36 is no shape
        t.type(td3[1].mid(36), 8);
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.reads.first().lines, td3);
    }

    // Whatever the reader sends after the zone (its line end) is swallowed; a person's next key is not.
    void readersLineEndAfterTheZoneIsSwallowed_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("interval");
        QTest::newRow("CR 5 ms later") << QStringLiteral("\r") << 5;
        QTest::newRow("CRLF") << QStringLiteral("\r\n") << 12;
        QTest::newRow("Tab") << QStringLiteral("\t") << 8;
        QTest::newRow("CR after a slow USB poll") << QStringLiteral("\r") << 70;
        QTest::newRow("CR CR LF") << QStringLiteral("\r\r\n") << 15;
    }
    void readersLineEndAfterTheZoneIsSwallowed()
    {
        QFETCH(QString, suffix);
        QFETCH(int, interval);
        Typist t;
        t.type(td2[0], 8);
        t.separator(QStringLiteral("\r"), 8);
        t.type(td2[1], 8);
        QCOMPARE(t.reads.size(), 1);
        t.separator(suffix, interval);
        QVERIFY2(t.delivered.isEmpty(), "the reader's line end must not reach the focused field");
        QCOMPARE(t.decoder.heldCount(), 0);
        t.key(QStringLiteral("\r"), 250, Qt::Key_Return); // the officer's Enter, later
        QCOMPARE(t.deliveredText(), QStringLiteral("\r"));
        t.type(QStringLiteral("ok"), 150);
        t.pause(1000);
        QCOMPARE(t.deliveredText(), QStringLiteral("\rok"));
        QCOMPARE(t.reads.size(), 1);
    }

    void readerSuffixBeyondTheSeparatorIsSwallowedToo()
    {
        Typist t;
        t.type(td3[0], 8);
        t.separator(QStringLiteral("\r"), 8);
        t.type(td3[1], 8);
        t.separator(QStringLiteral("\r\n"), 8);
        t.type(QStringLiteral("#"), 8); // a configured suffix character
        t.separator(QStringLiteral("\t"), 8);
        QCOMPARE(t.reads.size(), 1);
        t.pause(100);
        QVERIFY(t.delivered.isEmpty());
        QCOMPARE(t.decoder.state(), KeyboardWedgeDecoder::State::Idle);
    }

    void zoneStraightAfterAZoneIsReadToo()
    {
        Typist t;
        for (const QStringList& zone : { td3, td1, td1 }) { // the last one: the reader sent it twice
            for (const QString& line : zone) {
                t.type(line, 8);
                t.separator(QStringLiteral("\r\n"), 8);
            }
        }
        QCOMPARE(t.reads.size(), 3);
        QCOMPARE(t.reads[0].lines, td3);
        QCOMPARE(t.reads[1].lines, td1);
        QCOMPARE(t.reads[2].lines, td1);
        t.pause(100);
        QVERIFY(t.delivered.isEmpty());
    }

    void shortRunRightAfterAZoneIsGivenBack()
    {
        Typist t;
        t.type(td2[0], 8);
        t.separator(QStringLiteral("\r"), 8);
        t.type(td2[1], 8);
        t.separator(QStringLiteral("\r"), 8);
        t.type(QStringLiteral("OK"), 8); // a suffix that could start a zone is not swallowed
        t.pause(100);
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.deliveredText(), QStringLiteral("OK"));
    }

    void personsKeyAfterTheWindowIsTyped()
    {
        Typist t;
        t.type(td3[0], 8);
        t.separator(QStringLiteral("\r"), 8);
        t.type(td3[1], 8);
        QCOMPARE(t.reads.size(), 1);
        t.key(QStringLiteral("\r"), 2 * t.decoder.config().maxKeyIntervalMs + 1, Qt::Key_Return);
        QCOMPARE(t.deliveredText(), QStringLiteral("\r"));
        QCOMPARE(t.decoder.state(), KeyboardWedgeDecoder::State::Idle);
    }

    void zoneWithAFailingCheckDigitWaitsOnlyAShortPause()
    {
        QString bad = td3[1];
        bad[19] = u'3'; // date-of-birth check digit: 2 is right
        Typist t;
        t.type(td3[0], 8);
        t.separator(QStringLiteral("\r"), 8);
        t.type(bad, 8);
        QVERIFY(t.reads.isEmpty()); // no early read unless every check digit passes
        t.separator(QStringLiteral("\r"), 8);
        const int wait = t.decoder.msUntilTimeout();
        QCOMPARE(wait, 2 * t.decoder.config().maxKeyIntervalMs + 1); // not the line gap
        t.pause(wait + 1);
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.reads.first().lines, QStringList({ td3[0], bad }));
        QVERIFY(t.reads.first().checksPassed < t.reads.first().checksTotal);
        QVERIFY(t.delivered.isEmpty());
    }

    void readerWithHiccupsStillReads()
    {
        Typist t;
        for (const QString& line : td3) {
            t.type(line.left(20), 10);
            t.key(line.mid(20, 1), 65); // the host was busy once per line
            t.type(line.mid(21), 10);
            t.separator(QStringLiteral("\r"), 10);
        }
        QCOMPARE(t.reads.size(), 1);
        QCOMPARE(t.reads.first().lines, td3);
        QVERIFY(t.delivered.isEmpty());
    }

    // A person typing a whole valid zone is never taken for a reader, and gets every key.
    void personTypingAValidZoneIsNeverRead_data()
    {
        QTest::addColumn<int>("mean");
        QTest::addColumn<int>("jitter");
        QTest::addColumn<int>("fastStart"); // keys typed at 20 ms first (a roll-over fluke)
        QTest::newRow("60 ms per key") << 60 << 0 << 0;
        QTest::newRow("60 ms with jitter") << 60 << 20 << 0;
        QTest::newRow("40 ms with jitter") << 40 << 15 << 0;
        QTest::newRow("40 ms after 10 fast keys") << 40 << 10 << 10;
        QTest::newRow("60 ms after 10 fast keys") << 60 << 10 << 10;
    }
    void personTypingAValidZoneIsNeverRead()
    {
        QFETCH(int, mean);
        QFETCH(int, jitter);
        QFETCH(int, fastStart);
        for (const QStringList& zone : { td3, td2, td1 }) {
            QRandomGenerator random(20261202);
            Typist t;
            const QString text = zone.join(QStringLiteral("\r")) + QStringLiteral("\r");
            int n = 0;
            for (const QChar c : text) {
                const int interval = n++ < fastStart ? 20 : mean - jitter + random.bounded(2 * jitter + 1);
                if (c == u'\r')
                    t.separator(QString(c), interval);
                else
                    t.key(QString(c), interval);
                QVERIFY(t.decoder.heldCount() <= 16); // held back briefly at most
            }
            t.pause(1000);
            QVERIFY2(t.reads.isEmpty(), qPrintable(zone.first()));
            QCOMPARE(t.deliveredText(), text);
        }
    }

    // A held key's auto-repeat (when the platform does not flag it) is typed, not taken for a reader.
    void heldKeyRepeatIsTyped()
    {
        Typist t;
        t.type(QStringLiteral("ERIKSSON"), 150);
        t.key(QStringLiteral("<"), 150);
        t.type(QString(40, u'<'), 30);
        QVERIFY(t.decoder.heldCount() == 0); // the repeats go straight through
        t.type(QStringLiteral("ANNA"), 150);
        t.pause(1000);
        QVERIFY(t.reads.isEmpty());
        QCOMPARE(t.deliveredText(), QStringLiteral("ERIKSSON") + QString(41, u'<') + QStringLiteral("ANNA"));
    }

    void undoLayoutMapsEveryDigitOnAzerty()
    {
        QCOMPARE(
            KeyboardWedgeDecoder::undoLayout(QStringLiteral("&\u00E9\"'(-\u00E8_\u00E7\u00E0"), KeyboardLayout::Azerty),
            QStringLiteral("1234567890"));
        QCOMPARE(KeyboardWedgeDecoder::undoLayout(QStringLiteral("QWAZ?."), KeyboardLayout::Azerty),
            QStringLiteral("AZQWM<"));
        QCOMPARE(
            KeyboardWedgeDecoder::undoLayout(QStringLiteral("YZ;a"), KeyboardLayout::Qwertz), QStringLiteral("ZY<A"));
    }
};

QTEST_APPLESS_MAIN(TestKeyboardWedgeDecoder)
#include "TestKeyboardWedgeDecoder.moc"
