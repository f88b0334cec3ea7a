#pragma once

#include <QFrame>
#include <QImage>
#include <QStringList>

class QLabel;

namespace bd::widgets {

class ImageView;

// Who is in front of the officer, at the top of the result and decision steps: a portrait, the
// name, one line of document facts, the document's validity and the document's own problems, in
// words the caller has already chosen. Knows no domain: it shows strings and an image.
class TravellerHeader : public QFrame
{
    Q_OBJECT
public:
    // How the validity line and the problems are marked (colour, a glyph and words: never colour alone).
    enum class Tone
    {
        Neutral,
        Good,
        Caution,
        Problem
    };
    Q_ENUM(Tone)

    struct Content
    {
        QString name; // "ERIKSSON, ANNA MARIA"
        QString facts; // document type and number, nationality, age, sex
        QString validity; // "Valid until 2031-04-15"
        Tone validityTone = Tone::Neutral;
        QStringList problems; // the document's own problems, one sentence each
    };

    explicit TravellerHeader(QWidget* parent = nullptr);

    void setContent(const Content& content);
    // No traveller (no document read): one line of text and nothing else.
    void showEmpty(const QString& text);
    // The portrait and what it is ("document portrait", "live face", "training portrait"); a null
    // image shows `caption` in the portrait's place.
    void setPortrait(const QImage& portrait, const QString& caption);

    const Content& content() const { return m_content; }
    bool hasPortrait() const { return !m_portraitImage.isNull(); }
    QString portraitCaption() const;
    // Everything the header says, one line each (for the accessible description and tests).
    QString summaryText() const;

private:
    static QString tonePrefix(Tone tone);
    static QString toneStyle(Tone tone);

    Content m_content;
    QImage m_portraitImage;
    ImageView* m_portrait;
    QLabel* m_portraitCaption;
    QLabel* m_name;
    QLabel* m_facts;
    QLabel* m_validity;
    QLabel* m_problems;
};

} // namespace bd::widgets
