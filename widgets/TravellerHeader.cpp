#include "widgets/TravellerHeader.h"

#include "widgets/ImageView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bd::widgets {

namespace {

QLabel* textLabel(const QString& objectName, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

TravellerHeader::TravellerHeader(QWidget* parent)
    : QFrame(parent)
    , m_portrait(new ImageView(this))
    , m_portraitCaption(textLabel(QStringLiteral("travellerPortraitCaption"), this))
    , m_name(textLabel(QStringLiteral("travellerName"), this))
    , m_facts(textLabel(QStringLiteral("travellerFacts"), this))
    , m_validity(textLabel(QStringLiteral("travellerValidity"), this))
    , m_problems(textLabel(QStringLiteral("travellerProblems"), this))
{
    setObjectName(QStringLiteral("travellerHeader"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        QStringLiteral("QFrame#travellerHeader{background:#f7f9fb;border:1px solid #c5ccd3;border-radius:6px;}"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 6, 8, 6);
    row->setSpacing(12);

    auto* portraitBox = new QVBoxLayout;
    portraitBox->setSpacing(2);
    m_portrait->setObjectName(QStringLiteral("travellerPortrait"));
    // 3:4 like a passport photograph; small enough to leave the result its room.
    m_portrait->setFixedSize(72, 96);
    portraitBox->addWidget(m_portrait, 0, Qt::AlignHCenter);
    m_portraitCaption->setAlignment(Qt::AlignHCenter);
    m_portraitCaption->setStyleSheet(QStringLiteral("QLabel{font-size:8pt;color:#52606d;}"));
    m_portraitCaption->setFixedWidth(96);
    portraitBox->addWidget(m_portraitCaption);
    portraitBox->addStretch();
    row->addLayout(portraitBox);

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    m_name->setStyleSheet(QStringLiteral("QLabel{font-size:15pt;font-weight:700;}"));
    text->addWidget(m_name);
    text->addWidget(m_facts);
    text->addWidget(m_validity);
    text->addWidget(m_problems);
    text->addStretch();
    row->addLayout(text, 1);

    m_portrait->setAccessibleName(tr("Traveller portrait"));
    showEmpty(QString());
}

QString TravellerHeader::tonePrefix(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("\u2714 "); // heavy check mark
    case Tone::Caution:
        return QStringLiteral("\u26A0 "); // warning sign
    case Tone::Problem:
        return QStringLiteral("\u2716 "); // heavy multiplication x
    case Tone::Neutral:
        break;
    }
    return {};
}

QString TravellerHeader::toneStyle(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QStringLiteral("QLabel{color:#134a21;font-weight:600;}");
    case Tone::Caution:
        return QStringLiteral("QLabel{color:#4d3300;background:#fff1cc;font-weight:600;padding:1px 4px;}");
    case Tone::Problem:
        return QStringLiteral("QLabel{color:#ffffff;background:#b3261e;font-weight:700;padding:1px 4px;}");
    case Tone::Neutral:
        break;
    }
    return QStringLiteral("QLabel{color:#1f2933;}");
}

void TravellerHeader::setContent(const Content& content)
{
    m_content = content;
    m_name->setText(content.name);
    m_facts->setText(content.facts);
    m_facts->setVisible(!content.facts.isEmpty());
    m_validity->setText(content.validity.isEmpty() ? QString() : tonePrefix(content.validityTone) + content.validity);
    m_validity->setStyleSheet(toneStyle(content.validityTone));
    m_validity->setVisible(!content.validity.isEmpty());
    QStringList lines;
    for (const QString& p : content.problems)
        lines << tonePrefix(Tone::Problem) + p;
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setStyleSheet(toneStyle(Tone::Problem));
    m_problems->setVisible(!lines.isEmpty());
    m_portrait->setVisible(true);
    m_portraitCaption->setVisible(true);
    setAccessibleName(tr("Traveller"));
    setAccessibleDescription(summaryText());
}

void TravellerHeader::showEmpty(const QString& text)
{
    m_content = {};
    m_content.name = text;
    m_name->setText(text);
    for (QLabel* l : { m_facts, m_validity, m_problems }) {
        l->clear();
        l->setVisible(false);
    }
    m_portraitImage = {};
    m_portrait->clear();
    m_portrait->setVisible(false);
    m_portraitCaption->clear();
    m_portraitCaption->setVisible(false);
    setAccessibleName(tr("Traveller"));
    setAccessibleDescription(text);
}

void TravellerHeader::setPortrait(const QImage& portrait, const QString& caption)
{
    m_portraitImage = portrait;
    if (portrait.isNull()) {
        m_portrait->clear();
        m_portrait->setPlaceholderText(caption);
        m_portraitCaption->clear();
    } else {
        m_portrait->setImage(portrait);
        m_portraitCaption->setText(caption);
    }
    m_portrait->setAccessibleDescription(caption);
}

QString TravellerHeader::portraitCaption() const
{
    return m_portraitCaption->text();
}

QString TravellerHeader::summaryText() const
{
    QStringList lines;
    for (const QLabel* l : { m_name, m_facts, m_validity, m_problems })
        if (!l->text().isEmpty())
            lines << l->text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace bd::widgets
