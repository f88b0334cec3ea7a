#include "ui/QtDialogService.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

namespace bd::ui {

QString QtDialogService::openImageFile(QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent,
        QCoreApplication::translate("bd::ui::QtDialogService", "Open document image"), m_lastDirectory,
        QCoreApplication::translate("bd::ui::QtDialogService", "Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)"));
    if (!path.isEmpty())
        m_lastDirectory = QFileInfo(path).absolutePath();
    return path;
}

} // namespace bd::ui
