#pragma once

#include "services/gateway/Protocol.h"
#include "services/results/UnifiedResult.h"
#include "ui/CheckStepPage.h"

#include <QMap>

class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace bd::widgets {
class LinkBadge;
class StatusChip;
class StayBar;
} // namespace bd::widgets

namespace bd::ui {

class HitListModel;

// Step 3 of the check: the per-system status chips update live while the systems answer; when
// the search is finished the one required action is shown first in big plain words, then the
// identities (link colour as colour, text and shape; the traveller first, verified different
// persons marked as not acted on), the hit list, the visa / travel authorisation / stay summaries
// and, explicitly, the systems that were withheld or did not answer, why the answers cannot be
// trusted (integrity problems) and what the officer must also do or tell (notes).
class ResultsPage : public CheckStepPage
{
    Q_OBJECT
public:
    explicit ResultsPage(QWidget* parent = nullptr);
    ~ResultsPage() override;

    void restart() override;

    // A search has started: every system is shown waiting (an empty list: all systems).
    void startSearch(const QList<bd::gateway::SystemId>& systems);
    // One system answered (live).
    void applyEvent(const bd::gateway::SystemEvent& event);
    // The search is finished: the unified result.
    void showResult(const bd::results::UnifiedResult& result);
    // No result can be shown (gateway not configured, unreachable, refused): says so, shows no data.
    void showProblem(const QString& headline, const QString& explanation);

    // For tests and the benchmark.
    bd::widgets::StatusChip* chip(bd::gateway::SystemId system) const { return m_chips.value(system); }
    bd::gateway::SystemStatus chipStatus(bd::gateway::SystemId system) const;
    QString bannerText() const;
    QString explanationText() const; // the line under the banner
    QString withheldText() const;
    QString unansweredText() const;
    QString notesText() const; // what the officer must also do or tell; empty when none
    QString integrityText() const; // why the answers cannot be trusted as a whole; empty when they can
    QStringList identityTitles() const; // the title line of each identity card, in order
    QList<bd::widgets::LinkBadge*> linkBadges() const;
    HitListModel* hitModel() const { return m_hitModel; }
    QTableView* hitView() const { return m_hitView; }
    bool hasResult() const { return m_hasResult; }

signals:
    void decideRequested();

private:
    void setBanner(const QString& text, const QString& tone);
    void rebuildIdentities(const bd::results::UnifiedResult& result);
    void showSummaries(const bd::results::UnifiedResult& result);

    QLabel* m_banner;
    QLabel* m_subtitle;
    QLabel* m_integrityLabel;
    QLabel* m_notesLabel;
    QMap<bd::gateway::SystemId, bd::widgets::StatusChip*> m_chips;
    QMap<bd::gateway::SystemId, bd::gateway::SystemStatus> m_status;
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
