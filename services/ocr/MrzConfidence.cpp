#include "services/ocr/MrzConfidence.h"

#include "services/document/MrzFieldReader.h"
#include "services/document/MrzLayout.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace bd::ocr {

using bd::document::MrzCheckSpec;
using bd::document::MrzFieldSpec;
using bd::document::MrzIssue;
using bd::document::mrzIssue;
using bd::document::MrzLayout;
using bd::document::MrzRecord;
using bd::document::MrzSpan;
using bd::document::mrzWhere;

float probabilityOf(const GlyphReading& cell, char c)
{
    for (const GlyphAlternative& a : cell)
        if (a.character == c)
            return a.probability;
    return 0.0f;
}

namespace {

QString percent(float p)
{
    return QStringLiteral("%1 %").arg(static_cast<int>(std::lround(100.0 * p)));
}

QString positions(const QList<MrzSpan>& spans)
{
    QStringList out;
    for (const MrzSpan& s : spans)
        out << mrzWhere(s);
    return out.join(QStringLiteral("; "));
}

class Assessment
{
public:
    Assessment(const std::vector<GlyphReading>& raw, MrzRecord& record, const MrzConfidenceRules& rules)
        : m_raw(raw)
        , m_record(record)
        , m_rules(rules)
        , m_layout(bd::document::mrzLayout(record.format, record.lines))
        , m_chars(record.lines.isEmpty() ? 0 : static_cast<int>(record.lines.first().size()))
    {
    }

    bool shapeMatches() const
    {
        if (m_chars == 0 || m_raw.size() != static_cast<size_t>(m_chars) * static_cast<size_t>(m_record.lines.size()))
            return false;
        return std::all_of(
            m_record.lines.cbegin(), m_record.lines.cend(), [this](const QString& l) { return l.size() == m_chars; });
    }

    void fillConfidence()
    {
        m_record.confidence.clear();
        m_record.weakCharacters.clear();
        for (int l = 0; l < m_record.lines.size(); ++l) {
            QList<float> line;
            for (int c = 0; c < m_chars; ++c) {
                const float p = probabilityOf(cell(l, c), m_record.lines[l][c].toLatin1());
                line.append(p);
                const float weakBelow
                    = inTrailingFillers(l, c) ? m_rules.trailingFillerWeak : MrzRecord::weakConfidence;
                if (p < weakBelow)
                    m_record.weakCharacters.append(MrzSpan { l, c, 1 });
            }
            m_record.confidence.append(line);
        }
    }

    // A filler the recogniser itself put first, in the run of fillers that ends a field.
    bool inTrailingFillers(int line, int column) const
    {
        if (cell(line, column)[0].character != '<' || m_record.lines[line][column] != QLatin1Char('<'))
            return false;
        for (const MrzFieldSpec& f : m_layout.fields) {
            if (!f.span.contains(line, column))
                continue;
            for (int c = column; c < f.span.column + f.span.length; ++c)
                if (m_record.lines[line][c] != QLatin1Char('<'))
                    return false;
            return true;
        }
        return false;
    }

    // Changed characters the check digits depend on, where the recogniser did not support the change.
    QList<MrzSpan> unsupportedRepairs() const
    {
        QList<MrzSpan> out;
        for (int l = 0; l < m_record.lines.size(); ++l) {
            for (int c = 0; c < m_chars; ++c) {
                const GlyphReading& g = cell(l, c);
                const char now = m_record.lines[l][c].toLatin1();
                if (now == g[0].character)
                    continue;
                if (!m_layout.protectedByCheckDigit(l, c) && !m_layout.isCheckDigit(l, c))
                    continue;
                const bool supported
                    = g[0].probability < m_rules.uncertainTop && probabilityOf(g, now) >= m_rules.repairedAtLeast;
                if (!supported)
                    out.append(MrzSpan { l, c, 1 });
            }
        }
        return out;
    }

    QString describeRepair(const MrzSpan& s) const
    {
        const GlyphReading& g = cell(s.line, s.column);
        return QStringLiteral("%1 from %2 (read with %3) to %4 (%5)")
            .arg(mrzWhere(s), QString(QLatin1Char(g[0].character)), percent(g[0].probability),
                QString(m_record.lines[s.line][s.column]),
                percent(probabilityOf(g, m_record.lines[s.line][s.column].toLatin1())));
    }

    void warnUncoveredFields()
    {
        for (const MrzFieldSpec& f : m_layout.fields) {
            QList<MrzSpan> weak;
            for (const MrzSpan& w : m_record.weakCharacters) {
                if (f.span.contains(w.line, w.column) && !m_layout.protectedByCheckDigit(w.line, w.column)
                    && !m_layout.isCheckDigit(w.line, w.column))
                    weak.append(w);
            }
            if (weak.isEmpty())
                continue;
            m_record.issues.append(mrzIssue(MrzIssue::Severity::Warning, "verifyVisualZone",
                QStringLiteral("%1 has %2 character(s) read with low confidence and no check digit covers it (%3): "
                               "verify against the visual zone")
                    .arg(f.name)
                    .arg(weak.size())
                    .arg(positions(weak)),
                weak.first()));
        }
    }

    void warnWeakChecks()
    {
        for (const MrzCheckSpec& check : m_layout.checks) {
            QList<MrzSpan> weak;
            for (const MrzSpan& w : m_record.weakCharacters) {
                const bool under = check.digit.contains(w.line, w.column)
                    || std::any_of(check.covered.cbegin(), check.covered.cend(),
                        [&w](const MrzSpan& s) { return s.contains(w.line, w.column); });
                if (under)
                    weak.append(w);
            }
            if (weak.size() < m_rules.weakUnderOneCheck)
                continue;
            // One decimal check digit lets about one wrong reading in ten pass: with several
            // uncertain characters under it, its pass proves nothing.
            m_record.valid = false;
            m_record.issues.append(mrzIssue(MrzIssue::Severity::Error, "uncertainCharacters",
                QStringLiteral("%1 characters under the %2 check digit were read with low confidence (%3): a "
                               "coincidental pass is possible; unverified, verify against the visual zone")
                    .arg(weak.size())
                    .arg(check.field, positions(weak)),
                weak.first()));
        }
    }

    void refuse(const QString& detail, const MrzSpan& at)
    {
        m_record.valid = false;
        m_record.issues.append(mrzIssue(MrzIssue::Severity::Error, "unverifiedRepair", detail, at));
    }

private:
    const GlyphReading& cell(int line, int column) const
    {
        return m_raw[static_cast<size_t>(line) * static_cast<size_t>(m_chars) + static_cast<size_t>(column)];
    }

    const std::vector<GlyphReading>& m_raw;
    MrzRecord& m_record;
    const MrzConfidenceRules& m_rules;
    const MrzLayout m_layout;
    const int m_chars;
};

} // namespace

void assessConfidence(
    const std::vector<GlyphReading>& raw, bool ambiguousRepair, MrzRecord& record, const MrzConfidenceRules& rules)
{
    Assessment a(raw, record, rules);
    if (!a.shapeMatches())
        return;
    a.fillConfidence();
    if (record.valid) {
        const QList<MrzSpan> unsupported = a.unsupportedRepairs();
        if (!unsupported.isEmpty()) {
            QStringList what;
            for (const MrzSpan& s : unsupported)
                what << a.describeRepair(s);
            a.refuse(QStringLiteral("the check digits pass only after changing %1, against the recogniser's reading: "
                                    "unverified, verify against the visual zone")
                         .arg(what.join(QStringLiteral("; "))),
                unsupported.first());
        } else if (ambiguousRepair) {
            a.refuse(QStringLiteral("two different repairs of uncertain characters both pass every check digit and "
                                    "neither is clearly more probable: unverified, verify against the visual zone"),
                record.weakCharacters.isEmpty() ? MrzSpan {} : record.weakCharacters.first());
        }
    }
    a.warnUncoveredFields();
    a.warnWeakChecks();
}

} // namespace bd::ocr
