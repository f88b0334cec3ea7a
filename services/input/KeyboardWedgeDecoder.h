#pragma once

#include "services/document/MrzRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd::input {

// The keyboard layout the host had while a desk reader "typed" the zone. Readers send US key
// positions; the host layout turns them into other characters, which the decoder undoes.
enum class KeyboardLayout
{
    Us, // QWERTY: characters arrive as sent
    Qwertz, // German: Y/Z swapped, '<' arrives as ';'
    Azerty // French: digits arrive unshifted as &é"'(-è_çà, A/Q and Z/W swapped, M as '?', '<' as '.'
};

QString layoutName(KeyboardLayout layout); // "us", "qwertz", "azerty"

// One key press as seen by the host: the text it produced, the Qt key code and when (ms, any epoch).
struct WedgeKey
{
    QString text;
    int key = 0;
    qint64 timestampMs = 0;
    bool operator==(const WedgeKey&) const = default;
};

// A completed reader burst that formed a machine-readable zone.
struct WedgeRead
{
    QStringList lines; // in the MRZ alphabet, layout undone
    KeyboardLayout layout = KeyboardLayout::Us;
    int checksPassed = 0; // check digits that passed under the chosen layout
    int checksTotal = 0;
};

// Tells a keyboard-wedge desk reader apart from a person by typing speed and line shape, and
// assembles the lines it types. Pure and clock-free: the caller feeds keys with their timestamps
// and calls timeout() when msUntilTimeout() passed without a key.
//
// A run starts held back (the keys are not delivered yet). It becomes a burst once confirmKeys
// keys in a row came faster than maxKeyIntervalMs and look like MRZ characters under some layout
// (and are not one key repeated: a held key's auto-repeat goes through as typed); until then a
// slow key or a timeout releases the held keys to the caller (a person typed them). A burst keeps
// the reader's pace: within a line a gap up to twice maxKeyIntervalMs is tolerated once per
// keysPerSlowGap keys, so a person who happened to type confirmKeys fast keys is let go within a
// few keys. After a line separator the reader may pause lineGapMs before the next line.
//
// A burst ends as soon as its lines form a complete zone (3 x 30, 2 x 36 or 2 x 44) that decodes
// under some layout with every check digit passing: the read is returned from the feed() of the
// key that completed the last line, without waiting for a pause. What the reader still sends
// straight after it (a trailing CR, CRLF, Tab or other key that cannot start a zone, each within
// twice maxKeyIntervalMs of the key before) is swallowed (state Trailing), never typed into the
// focused field; a key that could start a zone begins a new run as usual. A complete zone whose
// check digits fail is returned after a short pause (twice maxKeyIntervalMs, not lineGapMs); any
// other burst ends on a pause, and if its lines form no zone its keys are released (e.g. a barcode
// scanner typing into a field).
class KeyboardWedgeDecoder
{
public:
    struct Config
    {
        int maxKeyIntervalMs = 35;
        int minLineLength = 30;
        int confirmKeys = 8; // fast MRZ-like keys before a run counts as a reader
        int lineGapMs = 300; // pause a reader may make after a line separator, before the zone is complete
        int keysPerSlowGap = 8; // a burst may have one gap above maxKeyIntervalMs per this many keys
        int maxBurstKeys = 200; // longer than any zone (3 x 30 / 2 x 44 plus separators)
    };

    // What the caller must do after a feed() or timeout().
    struct Step
    {
        QList<WedgeKey> release; // deliver these (held earlier) to the focus, in order, first
        bool deliverCurrent = false; // then deliver the key just fed normally (feed() only)
        QList<WedgeRead> reads; // completed zones
    };

    enum class State
    {
        Idle,
        Undecided,
        Burst,
        Trailing // a zone was just read: the line end the reader sends straight after it is swallowed
    };

    explicit KeyboardWedgeDecoder(Config config, QDate today = {});

    Step feed(const WedgeKey& key);
    Step timeout();
    int msUntilTimeout() const; // -1 when idle
    State state() const { return m_state; }
    int heldCount() const { return static_cast<int>(m_held.size()); } // keys taken and not yet given back
    void setToday(QDate today) { m_today = today; }
    const Config& config() const { return m_config; }

    // Exposed for tests and diagnostics: undo a layout on text (characters with no mapping stay).
    static QString undoLayout(const QString& text, KeyboardLayout layout);
    // The best interpretation of typed lines as an MRZ, or nothing when no layout gives a zone shape.
    bool decode(const QStringList& typedLines, WedgeRead* out);

private:
    static bool isSeparator(const WedgeKey& key);
    static bool looksLikeMrzChar(const QString& text);
    Step closeRun();
    void reset();
    void hold(const WedgeKey& key);
    QStringList typedLines() const;
    bool zoneShapeComplete() const;
    bool finishIfComplete(Step* step);
    qint64 trailingWindowMs() const { return 2LL * m_config.maxKeyIntervalMs; }

    Config m_config;
    QDate m_today;
    State m_state = State::Idle;
    QList<WedgeKey> m_held;
    int m_fastRun = 0;
    int m_slowGaps = 0; // gaps above maxKeyIntervalMs within lines of this burst
    QList<int> m_lineLengths; // characters of each finished line of the run
    int m_currentLength = 0; // characters of the line being typed
    bool m_zoneComplete = false; // the lines form a zone whose check digits fail: no line gap
    qint64 m_lastKeyMs = 0; // the reader's last key (Trailing) or the repeated key's (repeat)
    int m_swallowed = 0; // keys swallowed while Trailing
    QString m_repeatText; // a held key repeating: further repeats go straight through
    KeyboardLayout m_lastLayout = KeyboardLayout::Us;
};

} // namespace bd::input
