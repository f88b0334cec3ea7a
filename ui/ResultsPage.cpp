#include "ui/ResultsPage.h"

#include "services/results/Unifier.h"
#include "ui/HitListModel.h"
#include "ui/NoticeText.h"
#include "ui/ResultText.h"
#include "ui/TravellerText.h"
#include "widgets/FlowLayout.h"
#include "widgets/LinkBadge.h"
#include "widgets/LinkBanner.h"
#include "widgets/StatusChip.h"
#include "widgets/StayBar.h"
#include "widgets/TravellerHeader.h"

#include <QAccessible>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bd::ui {

using bd::gateway::LinkColour;
using bd::gateway::SystemId;
using bd::gateway::SystemStatus;
using bd::widgets::LinkBadge;
using bd::widgets::LinkBanner;
using bd::widgets::StatusChip;

namespace {

// A word-wrapped label in a crowded layout gets the height of its text at the width it is given
// (Qt's box layouts do not ask a nested label's height for its width): nothing is cut off.
class WholeWrappedText : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            if (auto* label = qobject_cast<QLabel*>(watched))
                label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(label->width()));
        return QObject::eventFilter(watched, event);
    }
};

constexpr int kMaxIdentityCards = 12; // the rest are in the hit list
constexpr int kMaxHitsPerCard = 4;

constexpr int kMaxComparedLinks = 4;
constexpr int kMaxComparedRecords = 4;

StatusChip::Kind chipKind(Meaning m, SystemStatus status)
{
    switch (m) {
    case Meaning::Alert:
        return StatusChip::Kind::Alarm;
    case Meaning::NeedsAttention:
        return StatusChip::Kind::Attention;
    case Meaning::Information:
        return StatusChip::Kind::Information;
    case Meaning::GoodNews:
        return StatusChip::Kind::Good;
    case Meaning::NoHit:
        return StatusChip::Kind::Clear;
    case Meaning::NotAnswered:
        return status == SystemStatus::Error ? StatusChip::Kind::Error : StatusChip::Kind::Warning;
    case Meaning::Withheld:
        return StatusChip::Kind::Withheld;
    case Meaning::Waiting:
        return StatusChip::Kind::Waiting;
    }
    return StatusChip::Kind::Waiting;
}

// While the answers still arrive: what each answer is before the result is unified (a hit that
// by itself requires action is an alert; a VIS, ETIAS or EES record is being assessed).
SystemMeaning provisional(const bd::gateway::SystemEvent& event)
{
    SystemMeaning m;
    m.system = event.system;
    m.status = event.status;
    m.asked = true;
    switch (event.status) {
    case SystemStatus::Pending:
        m.meaning = Meaning::Waiting;
        m.reason = ResultsPage::tr("waiting…");
        break;
    case SystemStatus::NoHit:
        m.meaning = Meaning::NoHit;
        m.reason = ResultsPage::tr("nothing found");
        break;
    case SystemStatus::Unavailable:
        m.meaning = Meaning::NotAnswered;
        m.reason = ResultsPage::tr("unavailable");
        break;
    case SystemStatus::Timeout:
        m.meaning = Meaning::NotAnswered;
        m.reason = ResultsPage::tr("timeout");
        break;
    case SystemStatus::Error:
        m.meaning = Meaning::NotAnswered;
        m.reason = ResultsPage::tr("unreadable answer");
        break;
    case SystemStatus::NotAuthorised:
        m.meaning = Meaning::Withheld;
        m.reason = ResultsPage::tr("not searched for you");
        break;
    case SystemStatus::Hit: {
        const bool alert = std::any_of(event.hits.cbegin(), event.hits.cend(), [](const bd::gateway::Hit& h) {
            const QString code = bd::results::Unifier::actionForHit(h).code;
            return !code.isEmpty() && code != QLatin1String(bd::results::actions::kAdmit);
        });
        m.meaning = alert ? Meaning::Alert : Meaning::Information;
        m.reason = ResultsPage::tr("%n hit(s), assessing…", nullptr, qMax(1, int(event.hits.size())));
        break;
    }
    }
    return m;
}

LinkBadge::Shape badgeShape(const QString& shape)
{
    if (shape == QLatin1String("triangle"))
        return LinkBadge::Shape::Triangle;
    if (shape == QLatin1String("square"))
        return LinkBadge::Shape::Square;
    if (shape == QLatin1String("octagon"))
        return LinkBadge::Shape::Octagon;
    return LinkBadge::Shape::Circle;
}

QString unansweredList(const bd::results::UnifiedResult& r)
{
    QStringList names;
    for (SystemId s : r.unanswered) {
        const SystemMeaning m = ResultMeaning::of(r, s);
        names << (m.reason.isEmpty() ? ResultText::systemName(s)
                                     : QStringLiteral("%1 (%2)").arg(ResultText::systemName(s), m.reason));
    }
    return names.join(QStringLiteral(", "));
}

QLabel* plainLabel(const QString& text, const QString& objectName = {})
{
    auto* l = new QLabel(text);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    l->setAccessibleName(text);
    return l;
}

// One linked record as the comparison shows it.
struct ComparedRecord
{
    bd::gateway::RecordRef ref;
    int identity = 0; // 1-based; 0: not in this answer
    bool traveller = false;
    bool excluded = false;
    bd::gateway::PersonData person;
    bd::gateway::DocumentData document;
};

QString personName(const bd::gateway::PersonData& p)
{
    if (p.surname.isEmpty() && p.givenNames.isEmpty())
        return {};
    return p.givenNames.isEmpty() ? p.surname : QStringLiteral("%1, %2").arg(p.surname, p.givenNames);
}

QString documentText(const bd::gateway::DocumentData& d)
{
    if (d.number.isEmpty())
        return {};
    return d.issuingState.isEmpty() ? d.number : QStringLiteral("%1 %2").arg(d.issuingState, d.number);
}

} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : CheckStepPage(parent)
    , m_traveller(new bd::widgets::TravellerHeader(this))
    , m_banner(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_integrityLabel(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_identityHost(new QWidget)
    , m_identityLayout(new QVBoxLayout(m_identityHost))
    , m_visaLabel(new QLabel)
    , m_etiasLabel(new QLabel)
    , m_stayTitle(new QLabel)
    , m_stayBar(new bd::widgets::StayBar)
    , m_withheldLabel(new QLabel)
    , m_unansweredLabel(new QLabel)
    , m_hitModel(new HitListModel(this))
    , m_hitView(new QTableView)
    , m_decideButton(new QPushButton(tr("&Decide (F4)"), this))
{
    setObjectName(QStringLiteral("resultsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    m_traveller->showEmpty(TravellerText::noTravellerText());
    layout->addWidget(m_traveller);
    m_banner->setObjectName(QStringLiteral("actionBanner"));
    m_banner->setAccessibleName(tr("Required action"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMinimumHeight(64);
    layout->addWidget(m_banner);
    m_subtitle->setObjectName(QStringLiteral("resultsSubtitle"));
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_subtitle);
    m_integrityLabel->setObjectName(QStringLiteral("integrityProblems"));
    m_integrityLabel->setWordWrap(true);
    m_integrityLabel->setTextFormat(Qt::PlainText);
    m_integrityLabel->setStyleSheet(QStringLiteral("QLabel{background:#fde0dc;color:#6b1109;border-left:10px solid "
                                                   "#b3261e;padding:8px;font-size:13pt;font-weight:700;}"));
    layout->addWidget(m_integrityLabel);
    m_notesLabel->setObjectName(QStringLiteral("resultNotes"));
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextFormat(Qt::PlainText);
    m_notesLabel->setStyleSheet(
        QStringLiteral("QLabel{background:#fff8e1;color:#3e2c00;border-left:8px solid #c77800;padding:6px;}"));
    layout->addWidget(m_notesLabel);

    // The chips wrap to a second row when their words do not fit in one (German is longer).
    auto* chipHost = new QWidget(this);
    chipHost->setObjectName(QStringLiteral("chipRow"));
    auto* chipFlow = new bd::widgets::FlowLayout(chipHost, 6);
    for (SystemId s : bd::gateway::allSystems()) {
        auto* c = new StatusChip(chipHost);
        c->setObjectName(QStringLiteral("chip-%1").arg(bd::gateway::systemKey(s)));
        chipFlow->addWidget(c);
        m_chips.insert(s, c);
    }
    layout->addWidget(chipHost);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* identityScroll = new QScrollArea;
    identityScroll->setObjectName(QStringLiteral("identityScroll"));
    identityScroll->setAccessibleName(tr("Identities"));
    identityScroll->setWidgetResizable(true);
    identityScroll->setFrameShape(QFrame::NoFrame);
    identityScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the cards wrap
    identityScroll->setMinimumWidth(440);
    m_identityLayout->setContentsMargins(0, 0, 0, 0);
    m_identityLayout->addStretch();
    identityScroll->setWidget(m_identityHost);
    leftLayout->addWidget(identityScroll, 1);

    auto* entry = new QGroupBox(tr("Entry conditions"));
    auto* entryLayout = new QVBoxLayout(entry);
    for (QLabel* l : { m_visaLabel, m_etiasLabel, m_stayTitle }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        entryLayout->addWidget(l);
    }
    m_visaLabel->setObjectName(QStringLiteral("visaSummary"));
    m_etiasLabel->setObjectName(QStringLiteral("etiasSummary"));
    m_stayTitle->setObjectName(QStringLiteral("staySummary"));
    m_stayBar->setObjectName(QStringLiteral("stayBar"));
    entryLayout->addWidget(m_stayBar);
    splitter->addWidget(left);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    // The entry conditions above the hit list: the identities keep the whole left column.
    rightLayout->addWidget(entry, 0);
    m_hitView->setObjectName(QStringLiteral("hitView"));
    m_hitView->setAccessibleName(tr("Hit list: one row per record found"));
    m_hitView->setTabKeyNavigation(false); // Tab leaves the list (the arrow keys move inside it)
    m_hitView->setModel(m_hitModel);
    m_hitView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hitView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hitView->setWordWrap(false);
    m_hitView->verticalHeader()->setVisible(false);
    // Fixed row heights and no content-based column sizing: thousands of rows cost nothing up front.
    m_hitView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_hitView->verticalHeader()->setDefaultSectionSize(m_hitView->fontMetrics().height() + 8);
    m_hitView->horizontalHeader()->setStretchLastSection(true);
    m_hitView->setColumnWidth(HitListModel::IdentityColumn, 90);
    m_hitView->setColumnWidth(HitListModel::SystemColumn, 110);
    m_hitView->setColumnWidth(HitListModel::ActionColumn, 220);
    m_hitView->setColumnWidth(HitListModel::RecordColumn, 110);
    m_hitView->setAlternatingRowColors(true);
    rightLayout->addWidget(m_hitView, 1);
    m_withheldLabel->setObjectName(QStringLiteral("withheldSystems"));
    m_unansweredLabel->setObjectName(QStringLiteral("unansweredSystems"));
    for (QLabel* l : { m_withheldLabel, m_unansweredLabel }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        rightLayout->addWidget(l);
    }
    // On a small screen with long (German) texts the column scrolls rather than cutting text off.
    auto* rightScroll = new QScrollArea;
    rightScroll->setObjectName(QStringLiteral("conditionsScroll"));
    rightScroll->setAccessibleName(tr("Entry conditions and hit list"));
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rightScroll->setFocusPolicy(Qt::NoFocus); // its content takes the focus
    m_hitView->setMinimumHeight(m_hitView->verticalHeader()->defaultSectionSize() * 4);
    rightScroll->setWidget(right);
    splitter->addWidget(rightScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 1000, 1000 }); // half and half until the officer moves the handle
    layout->addWidget(splitter, 1);
    auto* wholeText = new WholeWrappedText(this);
    for (QLabel* l : { m_subtitle, m_integrityLabel, m_notesLabel, m_visaLabel, m_etiasLabel, m_stayTitle,
             m_withheldLabel, m_unansweredLabel })
        l->installEventFilter(wholeText);

    m_decideButton->setObjectName(QStringLiteral("decideButton"));
    m_decideButton->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_decideButton);
    layout->addLayout(buttons);
    connect(m_decideButton, &QPushButton::clicked, this, &ResultsPage::decideRequested);

    restart();
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::setBanner(const QString& text, const QString& tone)
{
    static const QMap<QString, QString> styles {
        { QStringLiteral("neutral"),
            QStringLiteral("background:#eef1f4;color:#1f2933;border-left:10px solid #7b8794;") },
        { QStringLiteral("admit"), QStringLiteral("background:#e3f1e6;color:#134a21;border-left:10px solid #2e7d32;") },
        { QStringLiteral("second-line"),
            QStringLiteral("background:#fff1cc;color:#4d3300;border-left:10px solid #c77800;") },
        { QStringLiteral("refuse"),
            QStringLiteral("background:#fde0dc;color:#6b1109;border-left:10px solid #b3261e;") },
        { QStringLiteral("alarm"), QStringLiteral("background:#8e1b14;color:#ffffff;border-left:10px solid #3d0704;") },
    };
    m_banner->setText(text);
    m_banner->setProperty("tone", tone);
    m_banner->setStyleSheet(QStringLiteral("QLabel{%1font-size:22pt;font-weight:700;padding:10px 14px;}")
                                .arg(styles.value(tone, styles.value(QStringLiteral("neutral")))));
}

void ResultsPage::restart()
{
    m_hasResult = false;
    m_status.clear();
    m_meanings.clear();
    for (auto it = m_chips.begin(); it != m_chips.end(); ++it) {
        it.value()->setState(StatusChip::Kind::Waiting, ResultText::systemName(it.key()));
        it.value()->setToolTip(QString());
        it.value()->setVisible(true);
    }
    setBanner(tr("No check in progress — read a document first (F1)."), QStringLiteral("neutral"));
    m_subtitle->clear();
    m_integrityLabel->clear();
    m_integrityLabel->setVisible(false);
    m_notesLabel->clear();
    m_notesLabel->setVisible(false);
    m_hitModel->clear();
    rebuildIdentities({});
    m_visaLabel->clear();
    m_etiasLabel->clear();
    m_stayTitle->clear();
    m_stayBar->setVisible(false);
    m_withheldLabel->clear();
    m_unansweredLabel->clear();
    m_decideButton->setEnabled(false);
}

void ResultsPage::startSearch(const QList<SystemId>& systems)
{
    restart();
    const QList<SystemId> asked = systems.isEmpty() ? bd::gateway::allSystems() : systems;
    for (auto it = m_chips.begin(); it != m_chips.end(); ++it) {
        const bool isAsked = asked.contains(it.key());
        it.value()->setVisible(isAsked);
        if (isAsked) {
            m_status.insert(it.key(), SystemStatus::Pending);
            SystemMeaning m;
            m.system = it.key();
            m.meaning = Meaning::Waiting;
            m.reason = tr("waiting…");
            it.value()->setState(StatusChip::Kind::Waiting, ResultMeaning::chipText(m));
        }
    }
    setBanner(tr("Searching — waiting for the systems to answer…"), QStringLiteral("neutral"));
    m_subtitle->setText(
        tr("Results appear as each system answers. Do not decide before the required action is shown."));
}

void ResultsPage::applyEvent(const bd::gateway::SystemEvent& event)
{
    StatusChip* c = m_chips.value(event.system);
    if (!c)
        return;
    m_status.insert(event.system, event.status);
    c->setVisible(true);
    const SystemMeaning m = provisional(event);
    c->setState(chipKind(m.meaning, event.status), ResultMeaning::chipText(m));
    // The detail (the gateway's words, or the client's note of a timeout or a broken line) is a
    // technical English text: shown as such, never as the workstation's sentence.
    c->setToolTip(event.detail.isEmpty() ? tr("answered in %1 ms").arg(event.latencyMs)
                                         : tr("technical detail (English): %1").arg(event.detail));
}

SystemStatus ResultsPage::chipStatus(SystemId system) const
{
    return m_status.value(system, SystemStatus::Pending);
}

void ResultsPage::showResult(const bd::results::UnifiedResult& result)
{
    m_hasResult = true;
    // Final per-system states: the unified result lists every asked system.
    // Final per-system meanings: the unified result lists every asked system.
    QList<SystemId> shown;
    m_meanings.clear();
    for (const auto& line : result.systems) {
        StatusChip* c = m_chips.value(line.system);
        if (!c)
            continue;
        m_status.insert(line.system, line.status);
        const SystemMeaning m = ResultMeaning::of(result, line.system);
        m_meanings.insert(line.system, m);
        c->setVisible(true);
        c->setState(chipKind(m.meaning, line.status), ResultMeaning::chipText(m));
        QString tip = line.rejection ? tr("answer not accepted: %1").arg(NoticeText::text(*line.rejection))
            : line.detail.isEmpty()  ? tr("answered in %1 ms").arg(line.latencyMs)
                                     : tr("technical detail (English): %1").arg(line.detail);
        if (m.meaning == Meaning::NotAnswered)
            tip = tr("Unknown — not a \"no hit\". %1").arg(tip);
        c->setToolTip(tip);
        c->setAccessibleDescription(tip);
        shown << line.system;
    }
    if (!shown.isEmpty())
        for (auto it = m_chips.begin(); it != m_chips.end(); ++it)
            it.value()->setVisible(shown.contains(it.key()));

    const auto& action = result.requiredAction;
    QString tone = action.decision == QLatin1String(bd::results::decisions::kLetExit) ? QStringLiteral("admit")
                                                                                      : action.decision;
    if (action.code == QLatin1String(bd::results::actions::kArrest)
        || action.code == QLatin1String(bd::results::actions::kProtectPerson))
        tone = QStringLiteral("alarm");
    setBanner(ResultText::actionHeadline(action.code), tone.isEmpty() ? QStringLiteral("neutral") : tone);
    m_banner->setProperty("actionCode", action.code);
    QStringList sub;
    sub << tr("Decision: %1").arg(ResultText::decisionText(action.decision));
    if (!action.refusalReason.isEmpty())
        sub << tr("refusal reason %1 — %2")
                   .arg(action.refusalReason, ResultText::refusalReasonText(action.refusalReason));
    if (!result.otherActions.isEmpty()) {
        QStringList others;
        for (const auto& o : result.otherActions)
            others << ResultText::actionShort(o.code);
        sub << tr("also: %1").arg(others.join(QStringLiteral(", ")));
    }
    if (!result.complete)
        sub << tr("THE CHECK IS INCOMPLETE");
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    m_integrityLabel->clear();
    m_integrityLabel->setVisible(false);
    m_notesLabel->clear();
    m_notesLabel->setVisible(false);
    if (!result.integrityProblems.isEmpty()) {
        QStringList lines { tr(
            "THE ANSWERS CANNOT BE TRUSTED AS A WHOLE — repeat the search and complete the checks by hand:") };
        for (const QString& p : NoticeText::texts(result.integrityProblems))
            lines << QStringLiteral("•  %1").arg(p);
        m_integrityLabel->setText(lines.join(QLatin1Char('\n')));
        m_integrityLabel->setVisible(true);
    }
    if (!result.notes.isEmpty()) {
        QStringList lines { tr("Also do or tell:") };
        for (const QString& n : NoticeText::texts(result.notes))
            lines << QStringLiteral("•  %1").arg(n);
        m_notesLabel->setText(lines.join(QLatin1Char('\n')));
        m_notesLabel->setVisible(true);
    }

    m_hitModel->setResult(result);
    rebuildIdentities(result);
    showSummaries(result);
    m_withheldLabel->setText(result.withheld.isEmpty()
            ? tr("Withheld by your profile: none.")
            : tr("Withheld by your profile (not searched for you — not a \"no hit\"): %1")
                  .arg(ResultText::systemNames(result.withheld)));
    m_unansweredLabel->setText(result.unanswered.isEmpty()
            ? tr("Did not answer: none.")
            : tr("DID NOT ANSWER (unknown — not a \"no hit\"): %1").arg(unansweredList(result)));
    m_unansweredLabel->setStyleSheet(
        result.unanswered.isEmpty() ? QString() : QStringLiteral("QLabel{color:#8a4b00;font-weight:700;}"));
    m_decideButton->setEnabled(true);
    announceVerdict();
}

void ResultsPage::showProblem(const QString& headline, const QString& explanation)
{
    m_hasResult = false;
    setBanner(headline, QStringLiteral("second-line"));
    m_subtitle->setText(explanation);
    for (auto it = m_chips.begin(); it != m_chips.end(); ++it)
        if (m_status.value(it.key(), SystemStatus::Pending) == SystemStatus::Pending)
            it.value()->setVisible(false);
    m_decideButton->setEnabled(true); // the officer still decides (second line), without data
    announceVerdict();
}

void ResultsPage::announceVerdict()
{
    // A screen reader says the verdict when it appears: the banner's description is the action and
    // the line under it, sent as an alert.
    const QString text
        = m_subtitle->text().isEmpty() ? m_banner->text() : m_banner->text() + QLatin1Char('\n') + m_subtitle->text();
    m_banner->setAccessibleDescription(text);
    setAccessibleDescription(text);
    QAccessibleEvent changed(m_banner, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(m_banner, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ResultsPage::rebuildIdentities(const bd::results::UnifiedResult& result)
{
    while (m_identityLayout->count() > 1) { // keep the trailing stretch
        QLayoutItem* item = m_identityLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    addLinkBanners(result);
    addLinkComparisons(result);
    const int cards = qMin<int>(kMaxIdentityCards, static_cast<int>(result.identities.size()));
    for (int i = 0; i < cards; ++i) {
        const auto& id = result.identities.at(i);
        auto* card = new QFrame;
        card->setObjectName(QStringLiteral("identityCard"));
        card->setProperty("traveller", id.traveller);
        card->setProperty("excluded", id.excluded);
        card->setFrameShape(QFrame::StyledPanel);
        card->setStyleSheet(
            id.excluded ? QStringLiteral(
                "QFrame#identityCard{background:#f1f3f5;color:#52606d;border:1px dashed #9aa5b1;border-radius:6px;}")
                        : QStringLiteral(
                            "QFrame#identityCard{background:#ffffff;border:1px solid #c5ccd3;border-radius:6px;}"));
        auto* v = new QVBoxLayout(card);
        QString who = id.person.surname.isEmpty() && id.person.givenNames.isEmpty()
            ? (id.traveller ? tr("(no name in the document)") : tr("(no name in the records)"))
            : QStringLiteral("%1, %2").arg(id.person.surname, id.person.givenNames);
        QStringList facts;
        if (id.person.dateOfBirth.isValid())
            facts << tr("born %1").arg(id.person.dateOfBirth.toString(Qt::ISODate));
        if (!id.person.nationality.isEmpty())
            facts << id.person.nationality;
        if (!id.document.number.isEmpty())
            facts << tr("document %1 %2").arg(id.document.issuingState, id.document.number);
        auto* title = new QLabel(id.traveller
                ? tr("Identity %1 — the traveller: %2 (name from the document)").arg(i + 1).arg(who)
                : tr("Identity %1 — %2").arg(i + 1).arg(who));
        title->setObjectName(QStringLiteral("identityTitle"));
        title->setStyleSheet(QStringLiteral("font-weight:700;font-size:12pt;"));
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        v->addWidget(title);
        if (!facts.isEmpty()) {
            auto* f = new QLabel(facts.join(QStringLiteral(" · ")));
            f->setTextFormat(Qt::PlainText);
            v->addWidget(f);
        }
        if (id.excluded) {
            auto* x = new QLabel(!id.exclusionReason ? tr("Verified different person (green link) — not acted on.")
                                                     : tr("Verified different person (green link) — not acted on: %1")
                                                           .arg(NoticeText::text(*id.exclusionReason)));
            x->setObjectName(QStringLiteral("exclusionLabel"));
            x->setWordWrap(true);
            x->setTextFormat(Qt::PlainText);
            x->setStyleSheet(QStringLiteral("font-weight:600;"));
            v->addWidget(x);
        }
        for (const auto& lp : id.linkPresentations) {
            auto* badge = new LinkBadge;
            badge->setObjectName(QStringLiteral("linkBadge"));
            badge->setBadge(badgeShape(lp.shape), QColor(lp.rgb), ResultText::linkText(lp.colour));
            v->addWidget(badge);
        }
        for (int h = 0; h < id.hits.size() && h < kMaxHitsPerCard; ++h) {
            const auto& hit = id.hits.at(h);
            auto* line = new QLabel(
                QStringLiteral("%1: %2").arg(ResultText::systemName(hit.hit.system), ResultText::hitDetail(hit.hit)));
            line->setWordWrap(true);
            line->setTextFormat(Qt::PlainText);
            if (!hit.excluded && !hit.actionCode.isEmpty()
                && hit.actionCode != QLatin1String(bd::results::actions::kAdmit))
                line->setStyleSheet(QStringLiteral("font-weight:600;"));
            v->addWidget(line);
        }
        if (id.hits.size() > kMaxHitsPerCard)
            v->addWidget(
                plainLabel(tr("… %n more hit(s) in the list", nullptr, int(id.hits.size()) - kMaxHitsPerCard)));
        m_identityLayout->insertWidget(m_identityLayout->count() - 1, card);
    }
    if (result.identities.size() > cards) {
        auto* more = plainLabel(
            tr("… %n more identity(s): see the hit list.", nullptr, int(result.identities.size()) - cards));
        m_identityLayout->insertWidget(m_identityLayout->count() - 1, more);
    }
}

void ResultsPage::showSummaries(const bd::results::UnifiedResult& result)
{
    m_visaLabel->setText(ResultMeaning::visaSentence(result));
    m_etiasLabel->setText(ResultMeaning::etiasSentence(result));
    m_stayTitle->setText(ResultMeaning::staySentence(result));
    for (QLabel* l : { m_visaLabel, m_etiasLabel, m_stayTitle })
        l->setAccessibleName(l->text());
    const auto& stay = result.stay;
    const bool assessed
        = statusIn(result, SystemId::Ees) == SystemStatus::Hit && !stay.problem && stay.applicable && stay.assessment;
    if (assessed) {
        const QString caption = ResultMeaning::stayCaption(stay, result.purpose);
        m_stayBar->setDays(stay.assessment->daysUsed, bd::results::StayCalculator::kMaxDays, caption);
        m_stayBar->setAccessibleName(caption);
        m_stayBar->setVisible(true);
    } else {
        m_stayBar->setDays(0, bd::results::StayCalculator::kMaxDays, QString());
        m_stayBar->setVisible(false);
    }
}

void ResultsPage::addLinkBanners(const bd::results::UnifiedResult& result)
{
    QList<LinkColour> colours;
    for (const auto& id : result.identities) {
        for (const auto& lp : id.linkPresentations)
            colours.append(lp.colour);
        for (const auto& link : id.links)
            colours.append(link.colour);
    }
    if (colours.contains(LinkColour::Red)) {
        auto* banner = new LinkBanner;
        banner->setObjectName(QStringLiteral("redLinkBanner"));
        banner->setBanner(LinkBadge::Shape::Octagon, QColor(0xb3, 0x26, 0x1e), QColor(0xfd, 0xe0, 0xdc), Qt::SolidLine,
            tr("RED LINK — the same person under different identities"),
            tr("Treat as identity fraud until cleared: refer to second line and establish the true identity. "
               "Compare the linked records below."));
        m_identityLayout->insertWidget(m_identityLayout->count() - 1, banner);
    }
    if (colours.contains(LinkColour::Yellow)) {
        auto* banner = new LinkBanner;
        banner->setObjectName(QStringLiteral("yellowLinkBanner"));
        banner->setBanner(LinkBadge::Shape::Triangle, QColor(0x9a, 0x6b, 0x00), QColor(0xff, 0xf4, 0xcc), Qt::DashLine,
            tr("YELLOW LINK — unverified link between records"),
            tr("The records may belong to different persons: verify the identity before deciding. Compare the "
               "linked records below."));
        m_identityLayout->insertWidget(m_identityLayout->count() - 1, banner);
    }
}

void ResultsPage::addLinkComparisons(const bd::results::UnifiedResult& result)
{
    QList<bd::gateway::IdentityLink> links;
    QSet<QString> seen;
    for (const auto& id : result.identities)
        for (const auto& link : id.links)
            if ((link.colour == LinkColour::Red || link.colour == LinkColour::Yellow) && !seen.contains(link.linkId)) {
                seen.insert(link.linkId);
                links.append(link);
            }
    if (links.isEmpty())
        return;
    std::stable_sort(links.begin(), links.end(),
        [](const auto& a, const auto& b) { return (a.colour == LinkColour::Red) > (b.colour == LinkColour::Red); });
    // Where each record of the answer is: its identity (1-based) and its own data.
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
            records.insert(bd::gateway::systemKey(hit.hit.system) + QLatin1Char('|') + hit.hit.recordId, c);
        }
    }
    for (int n = 0; n < links.size() && n < kMaxComparedLinks; ++n) {
        const auto& link = links.at(n);
        const bool red = link.colour == LinkColour::Red;
        auto* frame = new QFrame;
        frame->setObjectName(QStringLiteral("linkComparison"));
        frame->setProperty("colour", bd::gateway::linkColourKey(link.colour));
        frame->setStyleSheet(red ? QStringLiteral("QFrame#linkComparison{background:#ffffff;border:2px solid #b3261e;"
                                                  "border-radius:6px;}")
                                 : QStringLiteral("QFrame#linkComparison{background:#ffffff;border:2px dashed #9a6b00;"
                                                  "border-radius:6px;}"));
        auto* v = new QVBoxLayout(frame);
        QStringList about;
        if (!link.verifyingAuthority.isEmpty())
            about << tr("set by %1").arg(link.verifyingAuthority);
        if (link.updated.isValid())
            about << tr("updated %1").arg(ResultText::date(link.updated));
        const QString title = (red ? tr("Red link %1 — compare the linked records")
                                   : tr("Yellow link %1 — compare the "
                                        "linked records"))
                                  .arg(link.linkId)
            + (about.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", "))));
        auto* heading = plainLabel(title, QStringLiteral("linkComparisonTitle"));
        heading->setStyleSheet(QStringLiteral("font-weight:700;border:none;"));
        v->addWidget(heading);

        QList<ComparedRecord> compared;
        for (const auto& ref : link.records) {
            if (compared.size() >= kMaxComparedRecords)
                break;
            ComparedRecord c = records.value(bd::gateway::systemKey(ref.system) + QLatin1Char('|') + ref.recordId);
            c.ref = ref;
            compared.append(c);
        }
        // The traveller's record first, so the officer reads "the person in front of me" on the left.
        std::stable_sort(compared.begin(), compared.end(),
            [](const ComparedRecord& a, const ComparedRecord& b) { return a.traveller > b.traveller; });
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
        bool missing = false;
        const ComparedRecord* first = compared.isEmpty() ? nullptr : &compared.first();
        for (int c = 0; c < compared.size(); ++c) {
            const ComparedRecord& rec = compared.at(c);
            const bool inAnswer = rec.identity > 0;
            missing = missing || !inAnswer;
            QString who = !inAnswer ? tr("NOT IN THIS ANSWER — another identity")
                : rec.traveller     ? tr("Identity %1 — the traveller").arg(rec.identity)
                : rec.excluded      ? tr("Identity %1 — verified different person").arg(rec.identity)
                                    : tr("Identity %1").arg(rec.identity);
            const auto value = [&](const QString& text, const QString& reference) {
                const QString shownText = text.isEmpty() ? tr("not known") : text;
                const bool differs = c > 0 && !text.isEmpty() && !reference.isEmpty() && text != reference;
                auto* l = plainLabel(differs ? tr("≠ %1 (differs)").arg(shownText) : shownText);
                l->setStyleSheet(
                    differs ? QStringLiteral("font-weight:700;border:none;") : QStringLiteral("border:none;"));
                return l;
            };
            auto* whoLabel = plainLabel(who, QStringLiteral("linkedRecordWho"));
            whoLabel->setStyleSheet(QStringLiteral("font-weight:700;border:none;"));
            grid->addWidget(whoLabel, 0, c + 1, Qt::AlignTop);
            grid->addWidget(value(personName(rec.person), first ? personName(first->person) : QString()), 1, c + 1);
            grid->addWidget(
                value(ResultText::date(rec.person.dateOfBirth) == QStringLiteral("—")
                        ? QString()
                        : ResultText::date(rec.person.dateOfBirth),
                    first && first->person.dateOfBirth.isValid() ? ResultText::date(first->person.dateOfBirth)
                                                                 : QString()),
                2, c + 1);
            grid->addWidget(value(rec.person.nationality, first ? first->person.nationality : QString()), 3, c + 1);
            grid->addWidget(
                value(documentText(rec.document), first ? documentText(first->document) : QString()), 4, c + 1);
            grid->addWidget(
                plainLabel(tr("%1 record %2").arg(ResultText::systemName(rec.ref.system), rec.ref.recordId)), 5, c + 1);
            grid->setColumnStretch(c + 1, 1);
        }
        v->addLayout(grid);
        if (missing) {
            auto* note = plainLabel(tr("A record marked NOT IN THIS ANSWER was not returned for the traveller's data: "
                                       "it is held under another identity. Second line consults it through the "
                                       "identity link."),
                QStringLiteral("linkedRecordMissing"));
            note->setStyleSheet(QStringLiteral("font-style:italic;border:none;"));
            v->addWidget(note);
        }
        m_identityLayout->insertWidget(m_identityLayout->count() - 1, frame);
    }
    if (links.size() > kMaxComparedLinks)
        m_identityLayout->insertWidget(m_identityLayout->count() - 1,
            plainLabel(
                tr("… %n more link(s): see the identity cards.", nullptr, int(links.size()) - kMaxComparedLinks)));
}

QString ResultsPage::bannerText() const
{
    return m_banner->text();
}

QString ResultsPage::explanationText() const
{
    return m_subtitle->text();
}

QString ResultsPage::withheldText() const
{
    return m_withheldLabel->text();
}

QString ResultsPage::unansweredText() const
{
    return m_unansweredLabel->text();
}

QString ResultsPage::notesText() const
{
    return m_notesLabel->text();
}

QString ResultsPage::integrityText() const
{
    return m_integrityLabel->text();
}

QStringList ResultsPage::identityTitles() const
{
    QStringList titles;
    for (const QLabel* l : m_identityHost->findChildren<QLabel*>(QStringLiteral("identityTitle")))
        titles << l->text();
    return titles;
}

QList<LinkBadge*> ResultsPage::linkBadges() const
{
    return m_identityHost->findChildren<LinkBadge*>();
}

QList<LinkBanner*> ResultsPage::linkBanners() const
{
    return m_identityHost->findChildren<LinkBanner*>();
}

QString ResultsPage::visaText() const
{
    return m_visaLabel->text();
}

QString ResultsPage::etiasText() const
{
    return m_etiasLabel->text();
}

QString ResultsPage::stayText() const
{
    return m_stayBar->isVisibleTo(this) ? m_stayTitle->text() + QLatin1Char('\n') + m_stayBar->caption()
                                        : m_stayTitle->text();
}

} // namespace bd::ui
