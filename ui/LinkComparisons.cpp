#include "ui/LinkComparisons.h"

#include "ui/PlainLabel.h"
#include "ui/ResultText.h"
#include "widgets/LinkBadge.h"
#include "widgets/LinkBanner.h"

#include <QFrame>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace bd::ui {

using bd::model::LinkColour;
using bd::widgets::LinkBadge;
using bd::widgets::LinkBanner;

namespace {

constexpr int kMaxComparedLinks = 4;
constexpr int kMaxComparedRecords = 4;

// One linked record as the comparison shows it.
struct ComparedRecord
{
    bd::model::RecordRef ref;
    int identity = 0; // 1-based; 0: not in this answer
    bool traveller = false;
    bool excluded = false;
    bd::model::PersonData person;
    bd::model::DocumentData document;
};

QString personName(const bd::model::PersonData& p)
{
    if (p.surname.isEmpty() && p.givenNames.isEmpty())
        return {};
    return p.givenNames.isEmpty() ? p.surname : QStringLiteral("%1, %2").arg(p.surname, p.givenNames);
}

QString documentText(const bd::model::DocumentData& d)
{
    if (d.number.isEmpty())
        return {};
    return d.issuingState.isEmpty() ? d.number : QStringLiteral("%1 %2").arg(d.issuingState, d.number);
}

} // namespace

QList<QWidget*> LinkComparisons::banners(const bd::results::UnifiedResult& result)
{
    QList<LinkColour> colours;
    for (const auto& id : result.identities) {
        for (const auto& lp : id.linkPresentations)
            colours.append(lp.colour);
        for (const auto& link : id.links)
            colours.append(link.colour);
    }
    QList<QWidget*> out;
    if (colours.contains(LinkColour::Red)) {
        auto* banner = new LinkBanner;
        banner->setObjectName(QStringLiteral("redLinkBanner"));
        banner->setBanner(LinkBadge::Shape::Octagon, QColor(0xb3, 0x26, 0x1e), QColor(0xfd, 0xe0, 0xdc), Qt::SolidLine,
            tr("RED LINK — the same person under different identities"),
            tr("Treat as identity fraud until cleared: refer to second line and establish the true identity. "
               "Compare the linked records below."));
        out.append(banner);
    }
    if (colours.contains(LinkColour::Yellow)) {
        auto* banner = new LinkBanner;
        banner->setObjectName(QStringLiteral("yellowLinkBanner"));
        banner->setBanner(LinkBadge::Shape::Triangle, QColor(0x9a, 0x6b, 0x00), QColor(0xff, 0xf4, 0xcc), Qt::DashLine,
            tr("YELLOW LINK — unverified link between records"),
            tr("The records may belong to different persons: verify the identity before deciding. Compare the "
               "linked records below."));
        out.append(banner);
    }
    return out;
}

namespace {

// The red and yellow links of the answer, each once, red first.
QList<bd::model::IdentityLink> linksToCompare(const bd::results::UnifiedResult& result)
{
    QList<bd::model::IdentityLink> links;
    QSet<QString> seen;
    for (const auto& id : result.identities)
        for (const auto& link : id.links)
            if ((link.colour == LinkColour::Red || link.colour == LinkColour::Yellow) && !seen.contains(link.linkId)) {
                seen.insert(link.linkId);
                links.append(link);
            }
    std::stable_sort(links.begin(), links.end(),
        [](const auto& a, const auto& b) { return (a.colour == LinkColour::Red) > (b.colour == LinkColour::Red); });
    return links;
}

QString recordKey(bd::model::SystemId system, const QString& recordId)
{
    return bd::model::systemKey(system) + QLatin1Char('|') + recordId;
}

// Where each record of the answer is: its identity (1-based) and its own data.
QHash<QString, ComparedRecord> recordsOfTheAnswer(const bd::results::UnifiedResult& result)
{
    QHash<QString, ComparedRecord> records;
    for (int i = 0; i < result.identities.size(); ++i) {
        const auto& id = result.identities.at(i);
        for (const auto& hit : id.hits) {
            ComparedRecord c;
            c.ref = { hit.hit.system, hit.hit.recordId };
            c.identity = i + 1;
            c.traveller = id.traveller;
            c.excluded = id.excluded;
            c.person = hit.hit.person.surname.isEmpty() ? id.person : hit.hit.person;
            c.document = hit.hit.document.number.isEmpty() ? id.document : hit.hit.document;
            records.insert(recordKey(hit.hit.system, hit.hit.recordId), c);
        }
    }
    return records;
}

// The link's records (at most four), the traveller's first so the officer reads "the person in
// front of me" on the left.
QList<ComparedRecord> comparedRecords(
    const bd::model::IdentityLink& link, const QHash<QString, ComparedRecord>& records)
{
    QList<ComparedRecord> compared;
    for (const auto& ref : link.records) {
        if (compared.size() >= kMaxComparedRecords)
            break;
        ComparedRecord c = records.value(recordKey(ref.system, ref.recordId));
        c.ref = ref;
        compared.append(c);
    }
    std::stable_sort(compared.begin(), compared.end(),
        [](const ComparedRecord& a, const ComparedRecord& b) { return a.traveller > b.traveller; });
    return compared;
}

// One comparison: a heading naming the link, a grid with a column per record, and a note when a
// linked record is not in this answer.
class LinkComparisonFrame
{
    Q_DECLARE_TR_FUNCTIONS(bd::ui::ResultsPage)

public:
    static QFrame* make(const bd::model::IdentityLink& link, const QList<ComparedRecord>& compared)
    {
        const bool red = link.colour == LinkColour::Red;
        auto* frame = new QFrame;
        frame->setObjectName(QStringLiteral("linkComparison"));
        frame->setProperty("colour", bd::model::linkColourKey(link.colour));
        frame->setStyleSheet(red ? QStringLiteral("QFrame#linkComparison{background:#ffffff;border:2px solid #b3261e;"
                                                  "border-radius:6px;}")
                                 : QStringLiteral("QFrame#linkComparison{background:#ffffff;border:2px dashed #9a6b00;"
                                                  "border-radius:6px;}"));
        auto* v = new QVBoxLayout(frame);
        v->addWidget(heading(link));
        bool missing = false;
        v->addLayout(grid(compared, &missing));
        if (missing) {
            auto* note = plainLabel(tr("A record marked NOT IN THIS ANSWER was not returned for the traveller's data: "
                                       "it is held under another identity. Second line consults it through the "
                                       "identity link."),
                QStringLiteral("linkedRecordMissing"));
            note->setStyleSheet(QStringLiteral("font-style:italic;border:none;"));
            v->addWidget(note);
        }
        return frame;
    }

private:
    static QLabel* heading(const bd::model::IdentityLink& link)
    {
        QStringList about;
        if (!link.verifyingAuthority.isEmpty())
            about << tr("set by %1").arg(link.verifyingAuthority);
        if (link.updated.isValid())
            about << tr("updated %1").arg(ResultText::date(link.updated));
        const QString title = (link.colour == LinkColour::Red ? tr("Red link %1 — compare the linked records")
                                                              : tr("Yellow link %1 — compare the "
                                                                   "linked records"))
                                  .arg(link.linkId)
            + (about.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", "))));
        auto* label = plainLabel(title, QStringLiteral("linkComparisonTitle"));
        label->setStyleSheet(QStringLiteral("font-weight:700;border:none;"));
        return label;
    }

    static QString who(const ComparedRecord& rec)
    {
        return rec.identity <= 0 ? tr("NOT IN THIS ANSWER — another identity")
            : rec.traveller      ? tr("Identity %1 — the traveller").arg(rec.identity)
            : rec.excluded       ? tr("Identity %1 — verified different person").arg(rec.identity)
                                 : tr("Identity %1").arg(rec.identity);
    }

    // A value of a record, marked when it differs from the same value of the first record.
    static QLabel* value(int column, const QString& text, const QString& reference)
    {
        const QString shownText = text.isEmpty() ? tr("not known") : text;
        const bool differs = column > 0 && !text.isEmpty() && !reference.isEmpty() && text != reference;
        auto* l = plainLabel(differs ? tr("≠ %1 (differs)").arg(shownText) : shownText);
        l->setStyleSheet(differs ? QStringLiteral("font-weight:700;border:none;") : QStringLiteral("border:none;"));
        return l;
    }

    static QString birthDate(const bd::model::PersonData& p)
    {
        return p.dateOfBirth.isValid() ? ResultText::date(p.dateOfBirth) : QString();
    }

    static QGridLayout* grid(const QList<ComparedRecord>& compared, bool* missing)
    {
        auto* grid = new QGridLayout;
        grid->setHorizontalSpacing(14);
        grid->setVerticalSpacing(4);
        const QStringList rows { tr("Who"), tr("Name"), tr("Date of birth"), tr("Nationality"), tr("Document"),
            tr("Record") };
        for (int r = 0; r < rows.size(); ++r) {
            auto* l = plainLabel(rows.at(r));
            l->setStyleSheet(QStringLiteral("color:#52606d;border:none;"));
            grid->addWidget(l, r, 0, Qt::AlignTop);
        }
        const ComparedRecord* first = compared.isEmpty() ? nullptr : &compared.first();
        for (int c = 0; c < compared.size(); ++c) {
            const ComparedRecord& rec = compared.at(c);
            *missing = *missing || rec.identity <= 0;
            auto* whoLabel = plainLabel(who(rec), QStringLiteral("linkedRecordWho"));
            whoLabel->setStyleSheet(QStringLiteral("font-weight:700;border:none;"));
            grid->addWidget(whoLabel, 0, c + 1, Qt::AlignTop);
            grid->addWidget(value(c, personName(rec.person), first ? personName(first->person) : QString()), 1, c + 1);
            grid->addWidget(value(c, birthDate(rec.person), first ? birthDate(first->person) : QString()), 2, c + 1);
            grid->addWidget(value(c, rec.person.nationality, first ? first->person.nationality : QString()), 3, c + 1);
            grid->addWidget(
                value(c, documentText(rec.document), first ? documentText(first->document) : QString()), 4, c + 1);
            grid->addWidget(
                plainLabel(tr("%1 record %2").arg(ResultText::systemName(rec.ref.system), rec.ref.recordId)), 5, c + 1);
            grid->setColumnStretch(c + 1, 1);
        }
        return grid;
    }
};

} // namespace

QList<QWidget*> LinkComparisons::comparisons(const bd::results::UnifiedResult& result)
{
    const QList<bd::model::IdentityLink> links = linksToCompare(result);
    QList<QWidget*> out;
    if (links.isEmpty())
        return out;
    const QHash<QString, ComparedRecord> records = recordsOfTheAnswer(result);
    for (int n = 0; n < links.size() && n < kMaxComparedLinks; ++n)
        out.append(LinkComparisonFrame::make(links.at(n), comparedRecords(links.at(n), records)));
    if (links.size() > kMaxComparedLinks)
        out.append(plainLabel(
            tr("… %n more link(s): see the identity cards.", nullptr, int(links.size()) - kMaxComparedLinks)));
    return out;
}

} // namespace bd::ui
