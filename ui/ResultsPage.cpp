#include "ui/ResultsPage.h"

#include "services/results/Unifier.h"
#include "ui/HitListModel.h"
#include "ui/IdentityCards.h"
#include "ui/LinkComparisons.h"
#include "ui/NoticeText.h"
#include "ui/PlainLabel.h"
#include "ui/ResultText.h"
#include "ui/SystemChips.h"
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
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd::ui {

using bd::model::LinkColour;
using bd::model::SystemId;
using bd::model::SystemStatus;
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

} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : CheckStepPage(parent)
    , m_traveller(new bd::widgets::TravellerHeader(this))
    , m_offlineBanner(new QLabel(this))
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

    buildHeader(layout);
    buildChips(layout);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    QWidget* left = buildIdentityColumn();
    QGroupBox* entry = buildEntryConditions();
    splitter->addWidget(left);
    buildResultColumn(splitter, entry);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 1000, 1000 }); // half and half until the officer moves the handle
    layout->addWidget(splitter, 1);
    installWholeText();
    buildDecideButton(layout);
    restart();
}

void ResultsPage::buildHeader(QVBoxLayout* layout)
{
    m_traveller->showEmpty(TravellerText::noTravellerText());
    layout->addWidget(m_traveller);
    // Above the action: these answers are old. Red, white, large: it must not be read past.
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setAccessibleName(tr("Offline: results from the local cache"));
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setTextFormat(Qt::PlainText);
    m_offlineBanner->setStyleSheet(
        QStringLiteral("QLabel{background:#8e1b14;color:#ffffff;font-size:15pt;font-weight:700;padding:8px 14px;}"));
    layout->addWidget(m_offlineBanner);
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
}

void ResultsPage::buildChips(QVBoxLayout* layout)
{
    // The chips wrap to a second row when their words do not fit in one (German is longer).
    auto* chipHost = new QWidget(this);
    chipHost->setObjectName(QStringLiteral("chipRow"));
    auto* chipFlow = new bd::widgets::FlowLayout(chipHost, 6);
    for (SystemId s : bd::model::allSystems()) {
        auto* c = new StatusChip(chipHost);
        c->setObjectName(QStringLiteral("chip-%1").arg(bd::model::systemKey(s)));
        chipFlow->addWidget(c);
        m_chips.insert(s, c);
    }
    layout->addWidget(chipHost);
}

QWidget* ResultsPage::buildIdentityColumn()
{
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
    return left;
}

QGroupBox* ResultsPage::buildEntryConditions()
{
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
    return entry;
}

void ResultsPage::buildResultColumn(QSplitter* splitter, QGroupBox* entry)
{
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
}

void ResultsPage::installWholeText()
{
    auto* wholeText = new WholeWrappedText(this);
    for (QLabel* l : { m_subtitle, m_integrityLabel, m_notesLabel, m_visaLabel, m_etiasLabel, m_stayTitle,
             m_withheldLabel, m_unansweredLabel })
        l->installEventFilter(wholeText);
}

void ResultsPage::buildDecideButton(QVBoxLayout* layout)
{
    m_decideButton->setObjectName(QStringLiteral("decideButton"));
    m_decideButton->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_decideButton);
    layout->addLayout(buttons);
    connect(m_decideButton, &QPushButton::clicked, this, &ResultsPage::decideRequested);
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
    m_offlineBanner->clear();
    m_offlineBanner->setVisible(false);
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
    const QList<SystemId> asked = systems.isEmpty() ? bd::model::allSystems() : systems;
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

void ResultsPage::applyEvent(const bd::model::SystemEvent& event)
{
    StatusChip* c = m_chips.value(event.system);
    if (!c)
        return;
    m_status.insert(event.system, event.status);
    c->setVisible(true);
    const SystemMeaning m = SystemChips::provisional(event);
    c->setState(SystemChips::chipKind(m.meaning, event.status), ResultMeaning::chipText(m));
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
    showOffline(result);
    showFinalChips(result);
    showRequiredAction(result);
    showNotices(result);
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

void ResultsPage::showFinalChips(const bd::results::UnifiedResult& result)
{
    // Final per-system states and meanings: the unified result lists every asked system.
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
        QString text = ResultMeaning::chipText(m);
        QString tip = line.rejection ? tr("answer not accepted: %1").arg(NoticeText::text(*line.rejection))
            : line.detail.isEmpty()  ? tr("answered in %1 ms").arg(line.latencyMs)
                                     : tr("technical detail (English): %1").arg(line.detail);
        if (m.meaning == Meaning::NotAnswered)
            tip = tr("Unknown — not a \"no hit\". %1").arg(tip);
        if (result.cachedAt.isValid()) { // the cache's answer: its last line says how old it is
            const QString at = QLocale().toString(result.cachedAt.toLocalTime().time(), QStringLiteral("HH:mm"));
            QStringList lines = text.split(QLatin1Char('\n'));
            if (lines.size() >= 3)
                lines.removeLast(); // the reason ("nothing found") was the answer's, then
            lines << tr("STALE (%1)").arg(at);
            text = lines.join(QLatin1Char('\n'));
            tip = tr("From the local cache of %1, not a current answer. %2").arg(at, tip);
        }
        c->setState(SystemChips::chipKind(m.meaning, line.status), text);
        c->setToolTip(tip);
        c->setAccessibleDescription(tip);
        shown << line.system;
    }
    if (!shown.isEmpty())
        for (auto it = m_chips.begin(); it != m_chips.end(); ++it)
            it.value()->setVisible(shown.contains(it.key()));
}

void ResultsPage::showRequiredAction(const bd::results::UnifiedResult& result)
{
    const auto& action = result.requiredAction;
    QString tone = action.decision == bd::model::Decision::LetExit ? QStringLiteral("admit")
                                                                   : bd::model::decisionKey(action.decision);
    if (action.code == bd::results::ActionCode::Arrest || action.code == bd::results::ActionCode::ProtectPerson)
        tone = QStringLiteral("alarm");
    setBanner(ResultText::actionHeadline(action.code), tone.isEmpty() ? QStringLiteral("neutral") : tone);
    m_banner->setProperty("actionCode", bd::results::actionKey(action.code));
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
}

void ResultsPage::showNotices(const bd::results::UnifiedResult& result)
{
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
    for (QWidget* w :
        LinkComparisons::banners(result) + LinkComparisons::comparisons(result) + IdentityCards::cards(result))
        m_identityLayout->insertWidget(m_identityLayout->count() - 1, w);
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
