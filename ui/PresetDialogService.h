#pragma once

#include "ui/DialogService.h"

#include <utility>

namespace bd::ui {

// A DialogService that answers the next image request with a file chosen by the program (the
// training scenario picker) and otherwise asks the officer through the wrapped service.
class PresetDialogService : public DialogService
{
public:
    explicit PresetDialogService(DialogService& officer)
        : m_officer(officer)
    {
    }
    void presetImageFile(const QString& path) { m_preset = path; }
    QString openImageFile(QWidget* parent) override
    {
        if (!m_preset.isEmpty())
            return std::exchange(m_preset, QString());
        return m_officer.openImageFile(parent);
    }

private:
    DialogService& m_officer;
    QString m_preset;
};

} // namespace bd::ui
