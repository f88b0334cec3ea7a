#pragma once

#include "services/document/MrzRecord.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace bd::widgets {
class MrzLineView;
class StatusBanner;
} // namespace bd::widgets

namespace bd::ui {

// The document result: a one-line verdict, the zone with repaired and failing characters marked,
// every field with a tick or cross for its check digit, remarks in words and the repairs made.
class DocumentResultPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Source
    {
        Reader,
        Typed,
        Image,
        Camera,
        AccessKey,
        Restored // a parked check brought back (F8): the document as read then
    };

    explicit DocumentResultPanel(QWidget* parent = nullptr);

    void showRecord(const bd::document::MrzRecord& record, Source source);
    // Access key typed by hand: the three fields with their computed check digits.
    void showAccessKey(const QString& documentNumber,
        const QString& dateOfBirth,
        const QString& dateOfExpiry,
        const QString& accessKey);
    void clear();

    static QString tickText();
    static QString crossText();

private:
    QString sourceText(Source source) const;
    static void clearLabels(QWidget* box);
    static QLabel* addLabel(QWidget* box, const QString& text);
    // The steps of showRecord().
    void showZone(const bd::document::MrzRecord& record);
    void showFields(const bd::document::MrzRecord& record);
    // Returns the number of errors; counts the warnings into *warnings.
    int showIssues(const bd::document::MrzRecord& record, int* warnings);
    void showRepairs(const bd::document::MrzRecord& record);
    void showZoneVerdict(const bd::document::MrzRecord& record, int errors, int warnings);

    bd::widgets::StatusBanner* m_banner;
    QLabel* m_sourceLabel;
    QLabel* m_emptyLabel;
    bd::widgets::MrzLineView* m_lineView;
    QTableWidget* m_fields;
    QLabel* m_issuesTitle;
    QWidget* m_issues; // one label per remark
    QLabel* m_repairsTitle;
    QWidget* m_repairs; // one label per corrected character
};

} // namespace bd::ui
