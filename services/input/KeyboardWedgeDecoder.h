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
// keys in a row came faster than maxKeyIntervalMs and look like MRZ characters under some layout;
// until then a slow key or a timeout releases the held keys to the caller (a person typed them).
// A burst ends on a pause; if its lines form an MRZ it is returned as a WedgeRead, otherwise its
// keys are released (e.g. a barcode scanner typing into a field).
class KeyboardWedgeDecoder
{
public:
    struct Config
    {
        int maxKeyIntervalMs = 35;
        int minLineLength = 30;
        int confirmKeys = 8; // fast MRZ-like keys before a run counts as a reader
        int lineGapMs = 300; // pause a reader may make after a line separator
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
        Burst
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

    Config m_config;
    QDate m_today;
    State m_state = State::Idle;
    QList<WedgeKey> m_held;
    int m_fastRun = 0;
    KeyboardLayout m_lastLayout = KeyboardLayout::Us;
};

} // namespace bd::input
