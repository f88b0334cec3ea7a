#pragma once

#include "services/model/Model.h"
#include "services/results/UnifiedResult.h"
#include "ui/CheckStepPage.h"
#include "ui/ResultMeaning.h"

#include <QMap>

class QGroupBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTableView;
class QVBoxLayout;

namespace bd::widgets {
class FlowLayout;
class LinkBadge;
class TravellerHeader;
class LinkBanner;
class StatusChip;
class StayBar;
} // namespace bd::widgets

namespace bd::ui {

class HitListModel;

// Step 3 of the check: the per-system status chips update live while the systems answer
// (provisional: hit / no hit / not answered / withheld); when the search is finished each chip
// says what the system's answer means (alert, needs attention, information, good news, no hit,
// not answered, withheld: colour, symbol and words, see ResultMeaning) and the one required
// action is shown first in big plain words. Then the identities: a banner of its own for red and
// for yellow links with the linked records side by side, the traveller's card first (verified
// different persons marked as not acted on); the hit list; the visa / travel authorisation / stay
// sentences from the same per-system statuses as the chips (never "no visa file" when VIS did not
// answer), the stay bar with the next possible entry date; and, explicitly, the systems that were
// withheld or did not answer, why the answers cannot be trusted (integrity problems) and what the
// officer must also do or tell (notes).
class ResultsPage : public CheckStepPage
{
    Q_OBJECT
public:
    explicit ResultsPage(QWidget* parent = nullptr);
    ~ResultsPage() override;

    void restart() override; // the traveller header stays: the controller sets it

    // A search has started: every system is shown waiting (an empty list: all systems).
    void startSearch(const QList<bd::model::SystemId>& systems);
    // One system answered (live).
    void applyEvent(const bd::model::SystemEvent& event);
    // The search is finished: the unified result.
    void showResult(const bd::results::UnifiedResult& result);
    // No result can be shown (gateway not configured, unreachable, refused): says so, shows no data.
    void showProblem(const QString& headline, const QString& explanation);
    // Who is in front of the officer (from the document read for this check); set by the controller.
    bd::widgets::TravellerHeader* travellerHeader() const { return m_traveller; }

    // For tests and the benchmark.
    bd::widgets::StatusChip* chip(bd::model::SystemId system) const { return m_chips.value(system); }
    bd::model::SystemStatus chipStatus(bd::model::SystemId system) const;
    QString bannerText() const;
    QString offlineText() const; // the offline banner; empty when the answers are current
    QString explanationText() const; // the line under the banner
    QString withheldText() const;
    QString unansweredText() const;
    QString notesText() const; // what the officer must also do or tell; empty when none
    QString integrityText() const; // why the answers cannot be trusted as a whole; empty when they can
    QStringList identityTitles() const; // the title line of each identity card, in order
    QList<bd::widgets::LinkBadge*> linkBadges() const;
    QList<bd::widgets::LinkBanner*> linkBanners() const; // red / yellow link banners, most alarming first
    QString visaText() const;
    QString etiasText() const;
    QString stayText() const; // the stay title and, when shown, the caption under the bar
    bd::widgets::StayBar* stayBar() const { return m_stayBar; }
    // The final meaning of a system's answer (Waiting before a result).
    SystemMeaning meaning(bd::model::SystemId system) const { return m_meanings.value(system); }
    HitListModel* hitModel() const { return m_hitModel; }
    QTableView* hitView() const { return m_hitView; }
    bool hasResult() const { return m_hasResult; }

signals:
    void decideRequested();

private:
    void setBanner(const QString& text, const QString& tone);
    // The steps of the constructor, in order (widget creation order is the tab order).
    void buildHeader(QVBoxLayout* layout);
    void buildChips(QVBoxLayout* layout);
    QWidget* buildIdentityColumn();
    QGroupBox* buildEntryConditions();
    void buildResultColumn(QSplitter* splitter, QGroupBox* entry);
    void installWholeText();
    void buildDecideButton(QVBoxLayout* layout);
    // The steps of showResult().
    void showOffline(const bd::results::UnifiedResult& result); // the offline banner: stale answers, their time
    void showFinalChips(const bd::results::UnifiedResult& result);
    void showRequiredAction(const bd::results::UnifiedResult& result);
    void showNotices(const bd::results::UnifiedResult& result);
    void announceVerdict();
    void rebuildIdentities(const bd::results::UnifiedResult& result);
    void showSummaries(const bd::results::UnifiedResult& result);

    bd::widgets::TravellerHeader* m_traveller;
    QLabel* m_offlineBanner; // shown only for answers from the local cache
    QLabel* m_banner;
    QLabel* m_subtitle;
    QLabel* m_integrityLabel;
    QLabel* m_notesLabel;
    QMap<bd::model::SystemId, bd::widgets::StatusChip*> m_chips;
    QMap<bd::model::SystemId, bd::model::SystemStatus> m_status;
    QMap<bd::model::SystemId, SystemMeaning> m_meanings;
    QWidget* m_identityHost;
    QVBoxLayout* m_identityLayout;
    QLabel* m_visaLabel;
    QLabel* m_etiasLabel;
    QLabel* m_stayTitle;
    bd::widgets::StayBar* m_stayBar;
    QLabel* m_withheldLabel;
    QLabel* m_unansweredLabel;
    HitListModel* m_hitModel;
    QTableView* m_hitView;
    QPushButton* m_decideButton;
    bool m_hasResult = false;
};

} // namespace bd::ui
