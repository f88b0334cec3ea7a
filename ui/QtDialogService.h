#pragma once

#include "ui/DialogService.h"

namespace bd::ui {

// DialogService with the standard Qt file dialogs.
class QtDialogService final : public DialogService
{
public:
    QString openImageFile(QWidget* parent) override;
    bool confirm(QWidget* parent, const ConfirmQuestion& question) override;

private:
    QString m_lastDirectory;
};

} // namespace bd::ui
