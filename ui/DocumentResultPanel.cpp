#include "ui/DocumentResultPanel.h"

#include "services/results/CheckFacts.h"

#include "ui/MrzText.h"
#include "widgets/MrzLineView.h"
#include "widgets/StatusBanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bd::ui {
namespace {

using bd::document::MrzCheck;
using bd::document::MrzIssue;
using bd::document::MrzRecord;
using bd::widgets::MrzLineView;
using bd::widgets::StatusBanner;

QTableWidgetItem* item(const QString& text)
{
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return it;
}

QLabel* sectionTitle(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setProperty("sectionTitle", true);
    return label;
}

const QColor kOk(0x1e, 0x7b, 0x34);
const QColor kBad(0xb0, 0x1e, 0x1e);

} // namespace

DocumentResultPanel::DocumentResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_banner(new StatusBanner(this))
    , m_sourceLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
    , m_lineView(new MrzLineView(this))
    , m_fields(new QTableWidget(0, 3, this))
    , m_issuesTitle(sectionTitle(tr("Remarks"), QStringLiteral("issuesTitleLabel"), this))
    , m_issues(new QWidget(this))
    , m_repairsTitle(sectionTitle(tr("Corrected characters"), QStringLiteral("repairsTitleLabel"), this))
    , m_repairs(new QWidget(this))
{
    setObjectName(QStringLiteral("documentResultPanel"));
    m_banner->setObjectName(QStringLiteral("documentSummaryBanner"));
    m_sourceLabel->setObjectName(QStringLiteral("documentSourceLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("documentEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setText(tr("No document read yet.\n\nPlace the document on the desk reader, type or paste the "
                             "machine-readable zone, or open an image."));
    m_lineView->setObjectName(QStringLiteral("mrzLineView"));
    m_fields->setObjectName(QStringLiteral("fieldsTableWidget"));
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("Value"), tr("Check digit") });
    m_fields->verticalHeader()->setVisible(false);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::NoSelection);
    m_fields->setFocusPolicy(Qt::NoFocus);
    m_fields->setAlternatingRowColors(true);
    m_fields->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_fields->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_fields->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_issues->setObjectName(QStringLiteral("issuesWidget"));
    m_repairs->setObjectName(QStringLiteral("repairsWidget"));
    for (QWidget* box : { m_issues, m_repairs }) {
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 0, 0, 0);
        boxLayout->setSpacing(4);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_lineView);
    layout->addWidget(m_fields);
    layout->addWidget(m_issuesTitle);
    layout->addWidget(m_issues);
    layout->addWidget(m_repairsTitle);
    layout->addWidget(m_repairs);
    layout->addStretch(0);
    clear();
}

QString DocumentResultPanel::tickText()
{
    return QStringLiteral("\u2714");
}

QString DocumentResultPanel::crossText()
{
    return QStringLiteral("\u2718");
}

QString DocumentResultPanel::sourceText(Source source) const
{
    switch (source) {
    case Source::Reader:
        return tr("Read by the desk reader");
    case Source::Typed:
        return tr("Typed by the officer");
    case Source::Image:
        return tr("Read from an image");
    case Source::Camera:
        return tr("Read by the camera");
    case Source::AccessKey:
        return tr("Access key typed by the officer (chip access only, not a full zone)");
    case Source::Restored:
        return tr("Parked check brought back: the document as read when the check started");
    }
    return {};
}

void DocumentResultPanel::clearLabels(QWidget* box)
{
    const QList<QLabel*> labels = box->findChildren<QLabel*>(QString(), Qt::FindDirectChildrenOnly);
    for (QLabel* label : labels)
        delete label;
}

QLabel* DocumentResultPanel::addLabel(QWidget* box, const QString& text)
{
    auto* label = new QLabel(text, box);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    box->layout()->addWidget(label);
    return label;
}

void DocumentResultPanel::clear()
{
    m_banner->clear();
    m_sourceLabel->clear();
    m_sourceLabel->setVisible(false);
    m_lineView->clear();
    m_lineView->setVisible(false);
    m_fields->setRowCount(0);
    m_fields->setVisible(false);
    clearLabels(m_issues);
    clearLabels(m_repairs);
    for (QWidget* w : { static_cast<QWidget*>(m_issuesTitle), static_cast<QWidget*>(m_issues),
             static_cast<QWidget*>(m_repairsTitle), static_cast<QWidget*>(m_repairs) })
        w->setVisible(false);
    m_emptyLabel->setVisible(true);
}

void DocumentResultPanel::showRecord(const MrzRecord& record, Source source)
{
    clear();
    m_emptyLabel->setVisible(false);
    m_sourceLabel->setText(sourceText(source) + QStringLiteral(" \u2014 ") + bd::document::formatName(record.format));
    m_sourceLabel->setVisible(true);
    showZone(record);
    showFields(record);
    int warnings = 0;
    const int errors = showIssues(record, &warnings);
    showRepairs(record);
    showZoneVerdict(record, errors, warnings);
}

void DocumentResultPanel::showZone(const MrzRecord& record)
{
    // The zone, with corrected characters and failing check digits marked.
    QList<MrzLineView::Highlight> marks;
    for (const auto& weak : record.weakCharacters)
        marks.append({ weak.line, weak.column, 1, MrzLineView::Mark::Weak });
    for (const auto& repair : record.repairs)
        marks.append({ repair.line, repair.column, 1, MrzLineView::Mark::Changed });
    for (const MrzCheck& check : record.checks) {
        if (!check.ok && check.span.line >= 0)
            marks.append(
                { check.span.line, check.span.column, std::max(1, check.span.length), MrzLineView::Mark::Problem });
    }
    for (const MrzIssue& issue : record.issues) {
        if (issue.severity == MrzIssue::Severity::Error && issue.span.line >= 0 && issue.span.length > 0
            && issue.code != QLatin1String("checkDigit"))
            marks.append({ issue.span.line, issue.span.column, issue.span.length, MrzLineView::Mark::Problem });
    }
    m_lineView->setLines(record.lines);
    m_lineView->setHighlights(marks);
    m_lineView->setVisible(!record.lines.isEmpty());
}

void DocumentResultPanel::showFields(const MrzRecord& record)
{
    // Fields with their check digits; checks that protect no single field (composite) get a row too.
    QStringList shownChecks;
    const auto checkFor = [&](const QString& name) -> const MrzCheck* {
        for (const MrzCheck& c : record.checks) {
            if (c.field == name)
                return &c;
        }
        return nullptr;
    };
    const auto addRow = [&](const QString& label, const QString& value, const MrzCheck* check) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        m_fields->setItem(row, 0, item(label));
        m_fields->setItem(row, 1, item(value));
        QTableWidgetItem* checkItem = item(QString());
        if (check) {
            if (check->ok) {
                checkItem->setText(tickText() + QLatin1Char(' ') + QString(check->found));
                checkItem->setForeground(kOk);
                checkItem->setToolTip(tr("Check digit correct"));
            } else {
                checkItem->setText(crossText() + QLatin1Char(' ')
                    + tr("%1 in the zone, %2 expected").arg(check->found).arg(check->expected));
                checkItem->setForeground(kBad);
                checkItem->setBackground(QColor(0xfd, 0xe7, 0xe7));
                checkItem->setToolTip(tr("Check digit wrong"));
            }
            shownChecks.append(check->field);
        }
        m_fields->setItem(row, 2, checkItem);
    };
    for (const auto& field : record.fields)
        addRow(MrzText::fieldLabel(field.name), field.value, checkFor(field.name));
    for (const MrzCheck& check : record.checks) {
        if (!shownChecks.contains(check.field))
            addRow(MrzText::fieldLabel(check.field), QString(), &check);
    }
    m_fields->setVisible(true);
}

int DocumentResultPanel::showIssues(const MrzRecord& record, int* warnings)
{
    int errors = 0;
    for (const MrzIssue& issue : record.issues) {
        const bool isError = issue.severity == MrzIssue::Severity::Error;
        (isError ? errors : *warnings)++;
        QLabel* label = addLabel(m_issues,
            (isError ? crossText() : QStringLiteral("\u26A0")) + QLatin1Char(' ') + MrzText::issueText(issue));
        label->setObjectName(QStringLiteral("issueLabel"));
        label->setProperty("issueCode", issue.code);
        label->setProperty("severity", isError ? QStringLiteral("error") : QStringLiteral("warning"));
    }
    m_issuesTitle->setVisible(!record.issues.isEmpty());
    m_issues->setVisible(!record.issues.isEmpty());
    return errors;
}

void DocumentResultPanel::showRepairs(const MrzRecord& record)
{
    for (const auto& repair : record.repairs) {
        QLabel* label = addLabel(m_repairs,
            tr("Line %1, position %2: \u201C%3\u201D corrected to \u201C%4\u201D")
                .arg(repair.line + 1)
                .arg(repair.column + 1)
                .arg(repair.from)
                .arg(repair.to));
        label->setObjectName(QStringLiteral("repairLabel"));
    }
    // Characters the reader was unsure of (image input), framed in the zone above.
    for (const auto& weak : record.weakCharacters) {
        if (weak.line < 0 || weak.line >= record.lines.size() || weak.column >= record.lines[weak.line].size()
            || weak.line >= record.confidence.size() || weak.column >= record.confidence[weak.line].size())
            continue;
        QLabel* label = addLabel(m_repairs,
            tr("Line %1, position %2: \u201C%3\u201D read with only %4 % confidence (framed)")
                .arg(weak.line + 1)
                .arg(weak.column + 1)
                .arg(record.lines[weak.line][weak.column])
                .arg(qRound(100.0 * record.confidence[weak.line][weak.column])));
        label->setObjectName(QStringLiteral("weakLabel"));
    }
    const bool any = !record.repairs.isEmpty() || !record.weakCharacters.isEmpty();
    m_repairsTitle->setText(
        record.weakCharacters.isEmpty() ? tr("Corrected characters") : tr("Corrected and uncertain characters"));
    m_repairsTitle->setVisible(any);
    m_repairs->setVisible(any);
}

void DocumentResultPanel::showZoneVerdict(const MrzRecord& record, int errors, int warnings)
{
    // What the verdict will make of the zone (services/results/CheckFacts): a repaired character no
    // check digit covers is a guess, and an unknown country code alone does not make a zone invalid.
    const bd::results::DocumentFacts facts = bd::results::documentFactsFrom(record);
    if (facts.zoneValid && !facts.unverifiedFields.isEmpty()) {
        m_banner->showMessage(StatusBanner::Kind::Error,
            tr("Zone read, but UNVERIFIED: characters in %1 were corrected or read with low confidence, and no "
               "check digit covers them. Compare them with the data page.")
                .arg(MrzText::unverifiedFields(facts.unverifiedFields)));
    } else if (!record.valid && facts.zoneValid) {
        m_banner->showMessage(StatusBanner::Kind::Warning,
            tr("Zone valid: every check digit passes, but a country code is not in the ICAO list. Check the "
               "document."));
    } else if (record.valid && warnings == 0 && record.repairs.isEmpty()) {
        m_banner->showMessage(StatusBanner::Kind::Success, tr("Zone valid: every check digit passes."));
    } else if (record.valid) {
        m_banner->showMessage(StatusBanner::Kind::Warning,
            record.repairs.isEmpty()
                ? tr("Zone valid, with %n remark(s) below.", nullptr, warnings)
                : tr("Zone valid after correcting %n character(s): compare them with the data page.", nullptr,
                    static_cast<int>(record.repairs.size())));
    } else {
        m_banner->showMessage(StatusBanner::Kind::Error,
            tr("Zone NOT valid: %n problem(s) found. Do not rely on it; check the document.", nullptr,
                std::max(1, errors)));
    }
}

void DocumentResultPanel::showAccessKey(
    const QString& documentNumber, const QString& dateOfBirth, const QString& dateOfExpiry, const QString& accessKey)
{
    clear();
    m_emptyLabel->setVisible(false);
    m_sourceLabel->setText(sourceText(Source::AccessKey));
    m_sourceLabel->setVisible(true);
    const auto addRow = [&](const QString& label, const QString& value) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        m_fields->setItem(row, 0, item(label));
        m_fields->setItem(row, 1, item(value));
        m_fields->setItem(row, 2, item(tr("computed")));
    };
    addRow(MrzText::fieldLabel(QStringLiteral("documentNumber")), documentNumber);
    addRow(MrzText::fieldLabel(QStringLiteral("dateOfBirth")), dateOfBirth);
    addRow(MrzText::fieldLabel(QStringLiteral("dateOfExpiry")), dateOfExpiry);
    m_fields->setVisible(true);
    m_lineView->setLines({ accessKey });
    m_lineView->setVisible(true);
    m_banner->showMessage(StatusBanner::Kind::Information,
        tr("Access key ready. Typed data has no check digits to verify: compare it with the data "
           "page."));
}

} // namespace bd::ui
