#include "ui/IdentityCards.h"

#include "services/results/Unifier.h"
#include "ui/NoticeText.h"
#include "ui/PlainLabel.h"
#include "ui/ResultText.h"
#include "widgets/LinkBadge.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace bd::ui {

using bd::widgets::LinkBadge;

namespace {

constexpr int kMaxIdentityCards = 12; // the rest are in the hit list
constexpr int kMaxHitsPerCard = 4;

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

} // namespace

QList<QWidget*> IdentityCards::cards(const bd::results::UnifiedResult& result)
{
    QList<QWidget*> out;
    const int cards = qMin<int>(kMaxIdentityCards, static_cast<int>(result.identities.size()));
    for (int i = 0; i < cards; ++i)
        out.append(card(result.identities.at(i), i + 1));
    if (result.identities.size() > cards)
        out.append(
            plainLabel(tr("… %n more identity(s): see the hit list.", nullptr, int(result.identities.size()) - cards)));
    return out;
}

QWidget* IdentityCards::title(const bd::results::Identity& id, int number)
{
    const QString who = id.person.surname.isEmpty() && id.person.givenNames.isEmpty()
        ? (id.traveller ? tr("(no name in the document)") : tr("(no name in the records)"))
        : QStringLiteral("%1, %2").arg(id.person.surname, id.person.givenNames);
    auto* title
        = new QLabel(id.traveller ? tr("Identity %1 — the traveller: %2 (name from the document)").arg(number).arg(who)
                                  : tr("Identity %1 — %2").arg(number).arg(who));
    title->setObjectName(QStringLiteral("identityTitle"));
    title->setStyleSheet(QStringLiteral("font-weight:700;font-size:12pt;"));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    return title;
}

QFrame* IdentityCards::card(const bd::results::Identity& id, int number)
{
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("identityCard"));
    card->setProperty("traveller", id.traveller);
    card->setProperty("excluded", id.excluded);
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(id.excluded
            ? QStringLiteral(
                "QFrame#identityCard{background:#f1f3f5;color:#52606d;border:1px dashed #9aa5b1;border-radius:6px;}")
            : QStringLiteral("QFrame#identityCard{background:#ffffff;border:1px solid #c5ccd3;border-radius:6px;}"));
    auto* v = new QVBoxLayout(card);
    v->addWidget(title(id, number));
    QStringList facts;
    if (id.person.dateOfBirth.isValid())
        facts << tr("born %1").arg(id.person.dateOfBirth.toString(Qt::ISODate));
    if (!id.person.nationality.isEmpty())
        facts << id.person.nationality;
    if (!id.document.number.isEmpty())
        facts << tr("document %1 %2").arg(id.document.issuingState, id.document.number);
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
        if (!hit.excluded && hit.actionCode && *hit.actionCode != bd::results::ActionCode::Admit)
            line->setStyleSheet(QStringLiteral("font-weight:600;"));
        v->addWidget(line);
    }
    if (id.hits.size() > kMaxHitsPerCard)
        v->addWidget(plainLabel(tr("… %n more hit(s) in the list", nullptr, int(id.hits.size()) - kMaxHitsPerCard)));
    return card;
}

} // namespace bd::ui
