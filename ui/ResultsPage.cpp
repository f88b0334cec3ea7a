#include "ui/ResultsPage.h"

#include "ui/HitListModel.h"
#include "ui/ResultText.h"
#include "widgets/LinkBadge.h"
#include "widgets/StatusChip.h"
#include "widgets/StayBar.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd::ui {

using bd::gateway::SystemId;
using bd::gateway::SystemStatus;
using bd::widgets::LinkBadge;
using bd::widgets::StatusChip;

namespace {

constexpr int kMaxIdentityCards = 12; // the rest are in the hit list
constexpr int kMaxHitsPerCard = 4;

StatusChip::Kind chipKind(SystemStatus s)
{
    switch (s) {
    case SystemStatus::Pending:
        return StatusChip::Kind::Waiting;
    case SystemStatus::Hit:
        return StatusChip::Kind::Alarm;
    case SystemStatus::NoHit:
        return StatusChip::Kind::Clear;
    case SystemStatus::Unavailable:
    case SystemStatus::Timeout:
        return StatusChip::Kind::Warning;
    case SystemStatus::NotAuthorised:
        return StatusChip::Kind::Withheld;
    case SystemStatus::Error:
        return StatusChip::Kind::Error;
    }
    return StatusChip::Kind::Error;
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

QString systemsList(const QList<SystemId>& systems)
{
    QStringList names;
    for (SystemId s : systems)
        names << ResultText::systemName(s);
    return names.join(QStringLiteral(", "));
}

QString chipText(SystemId system, SystemStatus status, int hits)
{
    QString state = ResultText::statusText(status);
    if (status == SystemStatus::Hit && hits > 1)
        state = ResultsPage::tr("%1 HITS").arg(hits);
    return QStringLiteral("%1\n%2").arg(ResultText::systemName(system), state);
}

} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : CheckStepPage(parent)
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

    m_banner->setObjectName(QStringLiteral("actionBanner"));
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

    auto* chipRow = new QGridLayout;
    chipRow->setSpacing(6);
    int column = 0;
    for (SystemId s : bd::gateway::allSystems()) {
        auto* c = new StatusChip(this);
        c->setObjectName(QStringLiteral("chip-%1").arg(bd::gateway::systemKey(s)));
        c->setMinimumWidth(110);
        chipRow->addWidget(c, 0, column++);
        m_chips.insert(s, c);
    }
    layout->addLayout(chipRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* identityScroll = new QScrollArea;
    identityScroll->setWidgetResizable(true);
    identityScroll->setFrameShape(QFrame::NoFrame);
    m_identityLayout->setContentsMargins(0, 0, 0, 0);
    m_identityLayout->addStretch();
    identityScroll->setWidget(m_identityHost);
    leftLayout->addWidget(identityScroll, 3);

    auto* entry = new QGroupBox(tr("Entry conditions"));
    auto* entryLayout = new QVBoxLayout(entry);
    for (QLabel* l : { m_visaLabel, m_etiasLabel, m_stayTitle }) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        entryLayout->addWidget(l);
    }
    m_visaLabel->setObjectName(QStringLiteral("visaSummary"));
    m_etiasLabel->setObjectName(QStringLiteral("etiasSummary"));
    m_stayBar->setObjectName(QStringLiteral("stayBar"));
    entryLayout->addWidget(m_stayBar);
    leftLayout->addWidget(entry, 0);
    splitter->addWidget(left);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_hitView->setObjectName(QStringLiteral("hitView"));
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
    m_hitView->setColumnWidth(HitListModel::ActionColumn, 190);
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
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

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
    for (auto it = m_chips.begin(); it != m_chips.end(); ++it) {
        it.value()->setState(StatusChip::Kind::Waiting, ResultText::systemName(it.key()));
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
            it.value()->setState(StatusChip::Kind::Waiting, chipText(it.key(), SystemStatus::Pending, 0));
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
    c->setState(chipKind(event.status), chipText(event.system, event.status, static_cast<int>(event.hits.size())));
    c->setToolTip(event.detail.isEmpty() ? tr("answered in %1 ms").arg(event.latencyMs) : event.detail);
}

SystemStatus ResultsPage::chipStatus(SystemId system) const
{
    return m_status.value(system, SystemStatus::Pending);
}

void ResultsPage::showResult(const bd::results::UnifiedResult& result)
{
    m_hasResult = true;
    // Final per-system states: the unified result lists every asked system.
    QList<SystemId> shown;
    for (const auto& line : result.systems) {
        bd::gateway::SystemEvent e;
        e.system = line.system;
        e.status = line.status;
        e.latencyMs = line.latencyMs;
        e.detail = line.detail;
        applyEvent(e);
        if (line.hitCount > 1 && line.status == SystemStatus::Hit)
            m_chips.value(line.system)->setText(chipText(line.system, line.status, line.hitCount));
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
            others << o.code;
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
        for (const QString& p : result.integrityProblems)
            lines << QStringLiteral("•  %1").arg(p);
        m_integrityLabel->setText(lines.join(QLatin1Char('\n')));
        m_integrityLabel->setVisible(true);
    }
    if (!result.notes.isEmpty()) {
        QStringList lines { tr("Also do or tell:") };
        for (const QString& n : result.notes)
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
                  .arg(systemsList(result.withheld)));
    m_unansweredLabel->setText(result.unanswered.isEmpty()
            ? tr("Did not answer: none.")
            : tr("DID NOT ANSWER (unknown — not a \"no hit\"): %1").arg(systemsList(result.unanswered)));
    m_unansweredLabel->setStyleSheet(
        result.unanswered.isEmpty() ? QString() : QStringLiteral("QLabel{color:#8a4b00;font-weight:700;}"));
    m_decideButton->setEnabled(true);
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
}

void ResultsPage::rebuildIdentities(const bd::results::UnifiedResult& result)
{
    while (m_identityLayout->count() > 1) { // keep the trailing stretch
        QLayoutItem* item = m_identityLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
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
            auto* x = new QLabel(id.exclusionReason.isEmpty()
                    ? tr("Verified different person (green link) — not acted on.")
                    : tr("Verified different person (green link) — not acted on: %1").arg(id.exclusionReason));
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
            v->addWidget(new QLabel(tr("… %1 more hits in the list").arg(id.hits.size() - kMaxHitsPerCard)));
        m_identityLayout->insertWidget(m_identityLayout->count() - 1, card);
    }
    if (result.identities.size() > cards) {
        auto* more = new QLabel(tr("… %1 more identities: see the hit list.").arg(result.identities.size() - cards));
        m_identityLayout->insertWidget(m_identityLayout->count() - 1, more);
    }
}

void ResultsPage::showSummaries(const bd::results::UnifiedResult& result)
{
    const auto& visa = result.visa;
    if (visa.present) {
        QString entries = visa.entriesAllowed == 0
            ? tr("multiple entries")
            : tr("%1 of %2 entries used").arg(visa.entriesUsed).arg(visa.entriesAllowed);
        QString state = visa.valid ? tr("VALID")
            : visa.expired         ? tr("EXPIRED")
            : visa.exhausted       ? tr("ENTRIES EXHAUSTED")
                                   : tr("NOT VALID");
        QString text = tr("Visa (VIS): %1 — %2, type %3, %4 to %5, %6")
                           .arg(state, visa.status, visa.visaType, visa.validFrom.toString(Qt::ISODate),
                               visa.validUntil.toString(Qt::ISODate), entries);
        if (visa.transitOnly)
            text += tr(" — AIRPORT TRANSIT ONLY: not an entry visa");
        if (visa.limitedTerritorial)
            text += tr(" — LIMITED TERRITORIAL VALIDITY: check the Member States named on the sticker");
        m_visaLabel->setText(text);
    } else {
        m_visaLabel->setText(tr("Visa (VIS): no visa file."));
    }
    const auto& etias = result.etias;
    if (etias.present) {
        m_etiasLabel->setText(
            tr("Travel authorisation (ETIAS): %1%2%3")
                .arg(etias.valid ? tr("VALID") : tr("NOT VALID (%1)").arg(etias.status),
                    etias.validUntil.isValid() ? tr(", until %1").arg(etias.validUntil.toString(Qt::ISODate))
                                               : QString(),
                    etias.flags.isEmpty() ? QString() : tr(", flags: %1").arg(etias.flags.join(QStringLiteral(", ")))));
    } else {
        m_etiasLabel->setText(tr("Travel authorisation (ETIAS): none found."));
    }
    const auto& stay = result.stay;
    if (stay.applicable && stay.assessment) {
        const auto& a = *stay.assessment;
        QString title = tr("Stay (EES, 90 days in any 180):");
        if (stay.inferred)
            title += QLatin1Char(' ') + tr("an entry has no recorded exit — the days are not all proven.");
        if (stay.visaDaysLeft >= 0)
            title += QLatin1Char(' ') + tr("The visa's own duration of stay leaves %1 days.").arg(stay.visaDaysLeft);
        m_stayTitle->setText(title);
        QString caption;
        if (a.overstayDays > 0)
            caption = tr("%1 of 90 days used in the 180 days to %2 — OVERSTAY by %3 days")
                          .arg(a.daysUsed)
                          .arg(a.controlDate.toString(Qt::ISODate))
                          .arg(a.overstayDays);
        else
            caption = tr("%1 of 90 days used · %2 remaining · latest exit %3")
                          .arg(a.daysUsed)
                          .arg(a.daysRemaining)
                          .arg(a.latestExit.isValid() ? a.latestExit.toString(Qt::ISODate)
                                                      : tr("none (entry not possible)"));
        m_stayBar->setDays(a.daysUsed, 90, caption);
        m_stayBar->setVisible(true);
    } else {
        m_stayTitle->setText(stay.problem.isEmpty() ? tr("Stay (EES): no movements recorded.")
                                                    : tr("Stay (EES): could not be assessed — %1").arg(stay.problem));
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

} // namespace bd::ui
