#include "services/input/KeyboardWedgeDecoder.h"

#include "services/core/LogCategories.h"
#include "services/document/MrzParser.h"

#include <algorithm>
#include <array>

namespace bd::input {
namespace {

// Characters a reader can produce for the MRZ alphabet under any supported layout.
const QString& burstAlphabet()
{
    static const QString chars
        = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789<;.?&\"'(-_") + QChar(0x00E9)
        + QChar(0x00E8) + QChar(0x00E7) + QChar(0x00E0); // é è ç à
    return chars;
}

bool inMrzAlphabet(const QString& line)
{
    for (const QChar c : line) {
        const char16_t u = c.unicode();
        if (!((u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'<'))
            return false;
    }
    return true;
}

bool hasZoneShape(const QStringList& lines, int minLineLength)
{
    for (const QString& line : lines) {
        if (line.size() < minLineLength)
            return false;
    }
    if (lines.size() == 3)
        return lines[0].size() == 30 && lines[1].size() == 30 && lines[2].size() == 30;
    if (lines.size() == 2)
        return lines[0].size() == lines[1].size() && (lines[0].size() == 36 || lines[0].size() == 44);
    return false;
}

QChar swapped(QChar c, char16_t a, char16_t b)
{
    if (c.unicode() == a)
        return QChar(b);
    if (c.unicode() == b)
        return QChar(a);
    return c;
}

} // namespace

QString layoutName(KeyboardLayout layout)
{
    switch (layout) {
    case KeyboardLayout::Us:
        return QStringLiteral("us");
    case KeyboardLayout::Qwertz:
        return QStringLiteral("qwertz");
    case KeyboardLayout::Azerty:
        return QStringLiteral("azerty");
    }
    return QStringLiteral("us");
}

KeyboardWedgeDecoder::KeyboardWedgeDecoder(Config config, QDate today)
    : m_config(config)
    , m_today(today)
{
}

QString KeyboardWedgeDecoder::undoLayout(const QString& text, KeyboardLayout layout)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        // Caps lock makes a reader's letters arrive in lower case; the MRZ has upper case only.
        if (c.unicode() >= u'a' && c.unicode() <= u'z')
            c = QChar(c.unicode() - u'a' + u'A');
        switch (layout) {
        case KeyboardLayout::Us:
            break;
        case KeyboardLayout::Qwertz:
            c = swapped(c, u'Y', u'Z');
            if (c == u';')
                c = u'<';
            break;
        case KeyboardLayout::Azerty: {
            static const std::array<char16_t, 10> digits { u'\u00E0', u'&', u'\u00E9', u'"', u'\'', u'(', u'-',
                u'\u00E8', u'_', u'\u00E7' };
            for (int d = 0; d < 10; ++d) {
                if (c.unicode() == digits[static_cast<size_t>(d)]) {
                    c = QChar(u'0' + d);
                    break;
                }
            }
            c = swapped(swapped(c, u'A', u'Q'), u'Z', u'W');
            if (c == u'?')
                c = u'M';
            else if (c == u'.')
                c = u'<';
            break;
        }
        }
        out.append(c);
    }
    return out;
}

bool KeyboardWedgeDecoder::decode(const QStringList& typedLines, WedgeRead* out)
{
    bool found = false;
    WedgeRead best;
    int bestErrors = 0;
    int bestIssues = 0;
    const bd::document::MrzParser::Options options { m_today.isValid() ? m_today : QDate(2000, 1, 1), false };
    for (const KeyboardLayout layout : { KeyboardLayout::Us, KeyboardLayout::Qwertz, KeyboardLayout::Azerty }) {
        QStringList lines;
        for (const QString& typed : typedLines)
            lines.append(undoLayout(typed, layout));
        if (!hasZoneShape(lines, m_config.minLineLength) || !inMrzAlphabet(lines.join(QString())))
            continue;
        const bd::document::MrzRecord record = bd::document::MrzParser::parse(lines, options);
        int passed = 0;
        for (const auto& check : record.checks)
            passed += check.ok ? 1 : 0;
        int errors = 0;
        for (const auto& issue : record.issues)
            errors += issue.severity == bd::document::MrzIssue::Severity::Error ? 1 : 0;
        const int issues = static_cast<int>(record.issues.size());
        // More passing check digits wins; then fewer errors, fewer remarks, and the layout seen last.
        const bool better = !found || passed > best.checksPassed
            || (passed == best.checksPassed
                && (errors < bestErrors
                    || (errors == bestErrors
                        && (issues < bestIssues || (issues == bestIssues && layout == m_lastLayout)))));
        if (better) {
            found = true;
            best = WedgeRead { lines, layout, passed, static_cast<int>(record.checks.size()) };
            bestErrors = errors;
            bestIssues = issues;
        }
    }
    if (found) {
        m_lastLayout = best.layout;
        if (out)
            *out = best;
    }
    return found;
}

bool KeyboardWedgeDecoder::isSeparator(const WedgeKey& key)
{
    return key.key == Qt::Key_Return || key.key == Qt::Key_Enter || key.key == Qt::Key_Tab
        || key.text == QLatin1String("\r") || key.text == QLatin1String("\n") || key.text == QLatin1String("\t");
}

bool KeyboardWedgeDecoder::looksLikeMrzChar(const QString& text)
{
    return text.size() == 1 && burstAlphabet().contains(text.at(0));
}

void KeyboardWedgeDecoder::reset()
{
    m_state = State::Idle;
    m_held.clear();
    m_fastRun = 0;
    m_slowGaps = 0;
    m_lineLengths.clear();
    m_currentLength = 0;
    m_zoneComplete = false;
    m_swallowed = 0;
    m_repeatText.clear();
}

void KeyboardWedgeDecoder::hold(const WedgeKey& key)
{
    m_held.append(key);
    if (isSeparator(key)) {
        if (m_currentLength > 0)
            m_lineLengths.append(m_currentLength);
        m_currentLength = 0;
    } else {
        m_currentLength += static_cast<int>(key.text.size());
        m_zoneComplete = false;
    }
}

QStringList KeyboardWedgeDecoder::typedLines() const
{
    QStringList lines;
    QString current;
    for (const WedgeKey& key : m_held) {
        if (isSeparator(key)) {
            if (!current.isEmpty())
                lines.append(current);
            current.clear();
        } else {
            current += key.text;
        }
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

// The line being typed just reached the length of the last line of a zone shape: 3 x 30 (TD1),
// 2 x 36 (TD2, MRV-B), 2 x 44 (TD3, MRV-A). No format is longer than these shapes, so nothing a
// reader sends after this point can belong to the zone. 2 x 30 is no format: a TD1 reader is
// waited for until its third line.
bool KeyboardWedgeDecoder::zoneShapeComplete() const
{
    const int n = m_currentLength;
    if (n == 30)
        return m_lineLengths.size() == 2 && m_lineLengths[0] == 30 && m_lineLengths[1] == 30;
    if (n == 36 || n == 44)
        return m_lineLengths.size() == 1 && m_lineLengths[0] == n;
    return false;
}

bool KeyboardWedgeDecoder::finishIfComplete(Step* step)
{
    if (m_state != State::Burst || !zoneShapeComplete())
        return false;
    WedgeRead read;
    if (!decode(typedLines(), &read))
        return false;
    if (read.checksTotal == 0 || read.checksPassed < read.checksTotal) {
        m_zoneComplete = true; // read after a short pause (closeRun), not after the line gap
        return false;
    }
    qCInfo(lcWedge, "reader burst: %lld lines, layout %s, all %d check digits pass; read at the last key",
        static_cast<long long>(read.lines.size()), qPrintable(layoutName(read.layout)), read.checksTotal);
    step->reads.append(read);
    const qint64 last = m_held.constLast().timestampMs;
    reset();
    m_state = State::Trailing;
    m_lastKeyMs = last;
    return true;
}

KeyboardWedgeDecoder::Step KeyboardWedgeDecoder::feed(const WedgeKey& key)
{
    Step step;
    // Modifier presses (a reader sends Shift with every capital) carry no text: they neither start
    // nor break a run, and go through at once.
    if (key.text.isEmpty() && !isSeparator(key)) {
        step.deliverCurrent = true;
        return step;
    }
    if (m_state == State::Trailing) {
        // The zone was read; the reader may still send its line end (CR, CRLF, Tab) or another
        // suffix. A person cannot follow a reader's key within the window. A key that could start
        // a zone ends the window instead: the next document (or the reader sending the zone twice)
        // is read, and a run that is no zone is still given back as typed.
        const qint64 gap = key.timestampMs - m_lastKeyMs;
        if (gap >= 0 && gap <= trailingWindowMs() && !looksLikeMrzChar(key.text)
            && m_swallowed < m_config.maxBurstKeys) {
            ++m_swallowed;
            m_lastKeyMs = key.timestampMs;
            return step;
        }
        reset(); // the window is over: this key is the next input
    }
    if (m_state == State::Idle && !m_repeatText.isEmpty()) {
        const qint64 gap = key.timestampMs - m_lastKeyMs;
        if (key.text == m_repeatText && gap >= 0 && gap <= trailingWindowMs()) {
            m_lastKeyMs = key.timestampMs; // a held key still repeating
            step.deliverCurrent = true;
            return step;
        }
        m_repeatText.clear();
    }
    if (m_state != State::Idle) {
        const qint64 gap = key.timestampMs - m_held.constLast().timestampMs;
        if (m_state == State::Undecided) {
            if (gap <= m_config.maxKeyIntervalMs && gap >= 0 && looksLikeMrzChar(key.text)) {
                const bool repeated = std::all_of(
                    m_held.cbegin(), m_held.cend(), [&key](const WedgeKey& held) { return held.text == key.text; });
                if (repeated && m_fastRun + 1 >= m_config.confirmKeys) {
                    // One key repeated at reader speed is a held key (auto-repeat), never a zone:
                    // a zone starts with a document code and a state, never 8 equal characters.
                    step.release = m_held;
                    step.deliverCurrent = true;
                    reset();
                    m_repeatText = key.text;
                    m_lastKeyMs = key.timestampMs;
                    return step;
                }
                hold(key);
                if (++m_fastRun >= m_config.confirmKeys) {
                    m_state = State::Burst;
                    qCDebug(lcWedge, "reader burst detected");
                    finishIfComplete(&step);
                }
                return step;
            }
            step.release = m_held; // a person typed these
            reset();
        } else {
            const bool afterSeparator = isSeparator(m_held.constLast());
            const qint64 allowed
                = afterSeparator && !m_zoneComplete ? m_config.lineGapMs : 2LL * m_config.maxKeyIntervalMs;
            const bool slow = !afterSeparator && gap > m_config.maxKeyIntervalMs;
            const bool paceKept = !slow
                || static_cast<qint64>(m_slowGaps + 1) * m_config.keysPerSlowGap <= static_cast<qint64>(m_held.size());
            if (gap <= allowed && gap >= 0 && paceKept && m_held.size() < m_config.maxBurstKeys) {
                hold(key);
                m_slowGaps += slow ? 1 : 0;
                finishIfComplete(&step);
                return step;
            }
            if (!paceKept)
                qCDebug(lcWedge, "burst lost the reader's pace");
            step = closeRun();
        }
    }
    // Idle: a key that could start a reader burst is held back; anything else goes through.
    if (looksLikeMrzChar(key.text)) {
        m_state = State::Undecided;
        hold(key);
        m_fastRun = 1;
    } else {
        step.deliverCurrent = true;
    }
    return step;
}

KeyboardWedgeDecoder::Step KeyboardWedgeDecoder::timeout()
{
    Step step;
    if (m_state == State::Undecided) {
        step.release = m_held;
        reset();
    } else if (m_state == State::Burst) {
        step = closeRun();
    } else {
        reset(); // Trailing: the reader is done; or Idle
    }
    return step;
}

int KeyboardWedgeDecoder::msUntilTimeout() const
{
    switch (m_state) {
    case State::Idle:
        return -1;
    case State::Undecided:
        return m_config.maxKeyIntervalMs + 1;
    case State::Burst:
        return (isSeparator(m_held.constLast()) && !m_zoneComplete ? m_config.lineGapMs : 2 * m_config.maxKeyIntervalMs)
            + 1;
    case State::Trailing:
        return 2 * m_config.maxKeyIntervalMs + 1;
    }
    return -1;
}

KeyboardWedgeDecoder::Step KeyboardWedgeDecoder::closeRun()
{
    Step step;
    WedgeRead read;
    if (decode(typedLines(), &read)) {
        qCInfo(lcWedge, "reader burst: %lld lines, layout %s, %d of %d check digits pass",
            static_cast<long long>(read.lines.size()), qPrintable(layoutName(read.layout)), read.checksPassed,
            read.checksTotal);
        step.reads.append(read);
    } else {
        qCInfo(lcWedge, "fast burst of %lld keys is not a machine-readable zone; delivered as typed",
            static_cast<long long>(m_held.size()));
        step.release = m_held;
    }
    reset();
    return step;
}

} // namespace bd::input
