#pragma once

#include "services/results/UnifiedResult.h"

#include <QCoreApplication>
#include <QList>

class QFrame;
class QWidget;

namespace bd::ui {

// The identity cards of the results page: one card per identity of the answer (at most twelve;
// the rest are in the hit list) with its name, facts, link badges, its first four hits (those
// that require an action in bold) and, for a verified different person, why it is not acted on.
class IdentityCards
{
    Q_DECLARE_TR_FUNCTIONS(bd::ui::ResultsPage) // the page's words, translated once

public:
    static QList<QWidget*> cards(const bd::results::UnifiedResult& result);

private:
    static QFrame* card(const bd::results::Identity& id, int number);
    static QWidget* title(const bd::results::Identity& id, int number);
};

} // namespace bd::ui
