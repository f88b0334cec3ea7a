#pragma once

#include "services/results/UnifiedResult.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace bd::ui {

// The identity-link part of the results page: a banner for a red and for a yellow link, then, for
// each red or yellow link (red first, at most four), a frame comparing its records side by side —
// the traveller's record on the left, values that differ from it marked, a record the answer did
// not return marked NOT IN THIS ANSWER.
class LinkComparisons
{
    Q_DECLARE_TR_FUNCTIONS(bd::ui::ResultsPage) // the page's words, translated once

public:
    static QList<QWidget*> banners(const bd::results::UnifiedResult& result);
    static QList<QWidget*> comparisons(const bd::results::UnifiedResult& result);
};

} // namespace bd::ui
