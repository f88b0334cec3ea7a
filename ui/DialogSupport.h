#pragma once

#include <QPointer>

namespace bd::ui {

// Closes a dialog that deletes itself on close (Qt::WA_DeleteOnClose), if it is still open, and
// forgets it first, so nothing touches it again while it goes.
template <typename Dialog> void closeDialog(QPointer<Dialog>& open)
{
    if (Dialog* dialog = open.data()) {
        open.clear();
        dialog->reject();
    }
}

} // namespace bd::ui
