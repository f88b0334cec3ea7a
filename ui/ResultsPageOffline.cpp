// ResultsPage: the offline banner over answers from the local cache (their time, every system
// stale; never an admit, rule R55).
#include "ui/ResultText.h"
#include "ui/ResultsPage.h"

#include <QLabel>
#include <QLocale>

namespace bd::ui {

using bd::model::SystemId;

void ResultsPage::showOffline(const bd::results::UnifiedResult& result)
{
    m_offlineBanner->setVisible(result.cachedAt.isValid());
    if (!result.cachedAt.isValid()) {
        m_offlineBanner->clear();
        return;
    }
    const QDateTime at = result.cachedAt.toLocalTime();
    QList<SystemId> stale;
    for (const bd::results::SystemLine& line : result.systems)
        stale.append(line.system);
    m_offlineBanner->setText(tr("OFFLINE — the central gateway cannot be reached. Results from %1 on %2 (local "
                                "cache), not a check made now. Stale: %3. Never admit on these: check again when "
                                "online.")
                                 .arg(QLocale().toString(at.time(), QStringLiteral("HH:mm")),
                                     QLocale().toString(at.date(), QLocale::ShortFormat),
                                     stale.isEmpty() ? tr("all systems") : ResultText::systemNames(stale)));
}

QString ResultsPage::offlineText() const
{
    return m_offlineBanner->isHidden() ? QString() : m_offlineBanner->text();
}

} // namespace bd::ui
