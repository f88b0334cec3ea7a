#pragma once

#include "services/session/RetroHit.h"

#include <QCoreApplication>
#include <QString>

namespace bd::ui {

// The alert of a retro-hit, in the officer's words: who (name and document, on screen only), when
// the offline check was, which systems hit now, and what to do.
class RetroHitText
{
    Q_DECLARE_TR_FUNCTIONS(RetroHitText)
public:
    static QString alert(const bd::session::RetroHit& hit);
};

} // namespace bd::ui
