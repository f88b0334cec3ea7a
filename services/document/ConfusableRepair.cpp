#include "services/document/ConfusableRepair.h"

#include "services/document/MrzLayout.h"

#include <QSet>

#include <climits>
#include <functional>
#include <optional>

namespace bd::document {

namespace {

struct Change
{
    int line = 0;
    int column = 0;
    QChar to;
};

// One way to fix a field: the changes and their number.
using Fix = QList<Change>;

constexpr qsizetype s_maxEvaluations = 60000;
constexpr qsizetype s_maxCombinations = 40000;

bool isFillerLike(QChar c)
{
    return c == u'<' || c == u'K' || c == u'C';
}

void apply(QStringList& lines, const Fix& fix)
{
    for (const Change& c : fix)
        lines[c.line][c.column] = c.to;
}

bool passes(const QStringList& lines, const MrzCheckSpec& spec)
{
    MrzCheck check;
    return evaluateMrzCheck(lines, spec, &check) && check.ok;
}

// Positions of span where K/C stand in a trailing filler run: the longest suffix made of '<', K
// and C, starting at its first '<'.
QList<int> trailingFillerColumns(const QString& line, const MrzSpan& span)
{
    int start = span.column + span.length;
    while (start > span.column && isFillerLike(line.at(start - 1)))
        --start;
    while (start < span.column + span.length && line.at(start) != u'<')
        ++start;
    QList<int> columns;
    for (int col = start; col < span.column + span.length; ++col) {
        if (line.at(col) != u'<')
            columns.append(col);
    }
    return columns;
}

// Candidate changes for alphanumeric positions of the spans.
QList<Change> alternatives(
    const QStringList& lines, const MrzLayout& layout, const QList<MrzSpan>& spans, const QSet<qint64>& exclude)
{
    QList<Change> out;
    for (const MrzSpan& span : spans) {
        const QString& line = lines.at(span.line);
        const QList<int> trailing = trailingFillerColumns(line, span);
        for (int col = span.column; col < span.column + span.length; ++col) {
            if (exclude.contains(qint64(span.line) << 32 | col))
                continue;
            if (layout.charClassAt(span.line, col) != MrzCharClass::AlphaNum)
                continue;
            const QChar c = line.at(col);
            const QChar other = c.isDigit() ? ConfusableRepair::letterFor(c) : ConfusableRepair::digitFor(c);
            if (!other.isNull())
                out.append(Change { span.line, col, other });
            if (trailing.contains(col))
                out.append(Change { span.line, col, QLatin1Char('<') });
        }
    }
    return out;
}

// Every fix of exactly size changes (at most one per position) accepted by test.
void enumerate(const QList<Change>& candidates,
    int size,
    qsizetype start,
    Fix& current,
    const std::function<bool(const Fix&)>& test,
    QList<Fix>& found,
    qsizetype& evaluations)
{
    if (current.size() == size) {
        ++evaluations;
        if (test(current))
            found.append(current);
        return;
    }
    for (qsizetype i = start; i < candidates.size() && evaluations < s_maxEvaluations; ++i) {
        const Change& c = candidates.at(i);
        const bool samePosition = std::any_of(current.cbegin(), current.cend(),
            [&](const Change& o) { return o.line == c.line && o.column == c.column; });
        if (samePosition)
            continue;
        current.append(c);
        enumerate(candidates, size, i + 1, current, test, found, evaluations);
        current.removeLast();
    }
}

// All fixes with the fewest changes (0..maxSize) that test accepts; empty when none is found.
QList<Fix> fewestChanges(
    const QList<Change>& candidates, int maxSize, const std::function<bool(const Fix&)>& test, bool includeEmpty)
{
    QList<Fix> found;
    qsizetype evaluations = 0;
    for (int size = includeEmpty ? 0 : 1; size <= maxSize && found.isEmpty(); ++size) {
        Fix current;
        enumerate(candidates, size, 0, current, test, found, evaluations);
        if (evaluations >= s_maxEvaluations)
            return {};
    }
    return found;
}

// Every fix of size 0..maxSize (for data covered only by the composite check digit).
QList<Fix> allUpTo(const QList<Change>& candidates, int maxSize)
{
    QList<Fix> out;
    qsizetype evaluations = 0;
    const std::function<bool(const Fix&)> any = [](const Fix&) { return true; };
    for (int size = 0; size <= maxSize; ++size) {
        Fix current;
        enumerate(candidates, size, 0, current, any, out, evaluations);
    }
    return out;
}

class Repairer
{
public:
    Repairer(MrzFormat format, QStringList lines)
        : m_format(format)
        , m_lines(std::move(lines))
    {
    }

    bool run()
    {
        m_layout = mrzLayout(m_format, m_lines);
        fixCharacterClasses();
        fixNameFillers();
        m_layout = mrzLayout(m_format, m_lines); // a repaired '<' may change the long-number layout
        return fixByCheckDigits();
    }

    const QStringList& lines() const { return m_lines; }

private:
    void fixCharacterClasses()
    {
        for (int line = 0; line < m_lines.size(); ++line) {
            for (int col = 0; col < m_lines.at(line).size(); ++col) {
                const QChar c = m_lines.at(line).at(col);
                const MrzCharClass cls = m_layout.charClassAt(line, col);
                QChar to;
                if (cls == MrzCharClass::Digit && c.isLetter())
                    to = ConfusableRepair::digitFor(c);
                else if (cls == MrzCharClass::Alpha && c.isDigit())
                    to = ConfusableRepair::letterFor(c);
                if (!to.isNull())
                    m_lines[line][col] = to;
            }
        }
    }

    void fixNameFillers()
    {
        for (const MrzFieldSpec& name : m_layout.fields) {
            const bool isName = name.kind == MrzFieldKind::Name || name.kind == MrzFieldKind::Surname
                || name.kind == MrzFieldKind::GivenNames;
            if (isName && mrzCovers(m_lines, name.span))
                fixNameFillers(name.span);
        }
    }

    void fixNameFillers(const MrzSpan& span)
    {
        const QString& line = m_lines.at(span.line);
        const QList<int> columns = trailingFillerColumns(line, span);
        const int start = columns.isEmpty() ? 0 : columns.first();
        int fillers = 0;
        for (int col = start; col < span.column + span.length; ++col)
            fillers += line.at(col) == u'<' ? 1 : 0;
        // A lone "<KC" could be a short name component; two or more fillers around mark the tail.
        if (columns.isEmpty() || fillers < 2)
            return;
        for (const int col : columns)
            m_lines[span.line][col] = QLatin1Char('<');
    }

    bool fixByCheckDigits()
    {
        QList<QList<Fix>> options;
        QSet<qint64> fieldCovered;
        const MrzCheckSpec* composite = nullptr;
        for (const MrzCheckSpec& spec : m_layout.checks) {
            if (!mrzCovers(m_lines, spec.digit))
                return false;
            if (spec.field == QLatin1String("composite")) {
                composite = &spec;
                continue;
            }
            for (const MrzSpan& s : spec.covered) {
                for (int col = s.column; col < s.column + s.length; ++col)
                    fieldCovered.insert(qint64(s.line) << 32 | col);
            }
            if (passes(m_lines, spec)) {
                options.append(QList<Fix> { Fix {} });
                continue;
            }
            // Fillers read as K/C at the end of the data: all of them at once, as one reading error.
            const Fix fillers = trailingFillerFix(spec.covered, {});
            if (!fillers.isEmpty()) {
                QStringList trial = m_lines;
                apply(trial, fillers);
                if (passes(trial, spec)) {
                    options.append(QList<Fix> { fillers });
                    continue;
                }
            }
            const QList<Change> candidates = alternatives(m_lines, m_layout, spec.covered, {});
            const QList<Fix> fixes = fewestChanges(
                candidates, ConfusableRepair::maxChangesPerField,
                [&](const Fix& fix) {
                    QStringList trial = m_lines;
                    apply(trial, fix);
                    return passes(trial, spec);
                },
                false);
            if (fixes.isEmpty())
                return false;
            options.append(fixes);
        }
        if (composite) {
            // Positions only the composite protects (TD1/TD2 optional data): a separate, smaller search.
            QList<Fix> compositeOnly = allUpTo(alternatives(m_lines, m_layout, composite->covered, fieldCovered),
                ConfusableRepair::maxCompositeOnlyChanges);
            const Fix fillers = trailingFillerFix(composite->covered, fieldCovered);
            if (fillers.size() > 1)
                compositeOnly.append(fillers);
            options.append(compositeOnly);
        }
        const std::optional<Fix> best = choose(options, composite);
        if (!best)
            return false;
        apply(m_lines, *best);
        return true;
    }

    // Every K/C in a trailing filler run of the spans (positions in exclude left out).
    Fix trailingFillerFix(const QList<MrzSpan>& spans, const QSet<qint64>& exclude) const
    {
        Fix fix;
        for (const MrzSpan& span : spans) {
            for (const int col : trailingFillerColumns(m_lines.at(span.line), span)) {
                if (!exclude.contains(qint64(span.line) << 32 | col)
                    && m_layout.charClassAt(span.line, col) == MrzCharClass::AlphaNum)
                    fix.append(Change { span.line, col, QLatin1Char('<') });
            }
        }
        return fix;
    }

    // The one combination with the fewest changes that passes the composite (or, without a
    // composite, the only choice per field). nullopt when none or several tie.
    std::optional<Fix> choose(const QList<QList<Fix>>& options, const MrzCheckSpec* composite) const
    {
        qsizetype combinations = 1;
        for (const QList<Fix>& o : options) {
            combinations *= o.size();
            if (combinations > s_maxCombinations)
                return std::nullopt;
        }
        std::optional<Fix> best;
        int bestCost = INT_MAX;
        int ties = 0;
        for (qsizetype n = 0; n < combinations; ++n) {
            Fix fix;
            qsizetype rest = n;
            for (qsizetype i = 0; i < options.size(); ++i) {
                fix += options.at(i).at(rest % options.at(i).size());
                rest /= options.at(i).size();
            }
            const int cost = static_cast<int>(fix.size());
            if (cost > bestCost)
                continue;
            if (composite) {
                QStringList trial = m_lines;
                apply(trial, fix);
                if (!passes(trial, *composite))
                    continue;
            }
            if (cost < bestCost) {
                bestCost = cost;
                best = fix;
                ties = 1;
            } else {
                ++ties;
            }
        }
        if (ties != 1)
            return std::nullopt;
        return best;
    }

    MrzFormat m_format;
    QStringList m_lines;
    MrzLayout m_layout;
};

} // namespace

QChar ConfusableRepair::digitFor(QChar letter)
{
    switch (letter.unicode()) {
    case u'O':
        return QLatin1Char('0');
    case u'I':
        return QLatin1Char('1');
    case u'B':
        return QLatin1Char('8');
    case u'S':
        return QLatin1Char('5');
    case u'Z':
        return QLatin1Char('2');
    case u'G':
        return QLatin1Char('6');
    default:
        break;
    }
    return {};
}

QChar ConfusableRepair::letterFor(QChar digit)
{
    switch (digit.unicode()) {
    case u'0':
        return QLatin1Char('O');
    case u'1':
        return QLatin1Char('I');
    case u'8':
        return QLatin1Char('B');
    case u'5':
        return QLatin1Char('S');
    case u'2':
        return QLatin1Char('Z');
    case u'6':
        return QLatin1Char('G');
    default:
        break;
    }
    return {};
}

ConfusableRepair::Outcome ConfusableRepair::repair(MrzFormat format, const QStringList& lines)
{
    Outcome outcome { lines, {} };
    if (format == MrzFormat::Unknown || lines.size() != mrzLineCount(format))
        return outcome;
    for (const QString& line : lines) {
        if (line.size() != mrzLineLength(format))
            return outcome;
    }
    Repairer repairer(format, lines);
    if (!repairer.run())
        return outcome;
    const QStringList& fixed = repairer.lines();
    for (int line = 0; line < lines.size(); ++line) {
        for (int col = 0; col < lines.at(line).size(); ++col) {
            if (lines.at(line).at(col) != fixed.at(line).at(col))
                outcome.repairs.append(MrzRepair { line, col, lines.at(line).at(col), fixed.at(line).at(col) });
        }
    }
    outcome.lines = fixed;
    return outcome;
}

} // namespace bd::document
