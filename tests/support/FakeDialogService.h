#pragma once

// The window's questions (open an image, confirm) answered as the test set them: the one fake
// DialogService of the GUI tests (ScriptedBooth, TestMainWindow).

#include "ui/DialogService.h"

#include <QList>
#include <QString>

namespace bd::testsupport {

// Answers "open an image" with `path` (counting the calls) and every confirmation with `answer`,
// keeping the questions asked.
class FakeDialogService final : public bd::ui::DialogService
{
public:
    QString openImageFile(QWidget* parent) override
    {
        Q_UNUSED(parent);
        ++calls;
        return path;
    }
    bool confirm(QWidget* parent, const bd::ui::ConfirmQuestion& question) override
    {
        Q_UNUSED(parent);
        questions.append(question);
        return answer;
    }
    QString path;
    int calls = 0;
    bool answer = false;
    QList<bd::ui::ConfirmQuestion> questions;
};

} // namespace bd::testsupport
