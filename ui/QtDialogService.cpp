#include "ui/QtDialogService.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

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

bool QtDialogService::confirm(QWidget* parent, const ConfirmQuestion& question)
{
    QMessageBox box(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmMessageBox"));
    QPushButton* accept = box.addButton(question.acceptText, QMessageBox::AcceptRole);
    QPushButton* reject = box.addButton(question.rejectText, QMessageBox::RejectRole);
    box.setDefaultButton(question.acceptIsDefault ? accept : reject);
    box.setEscapeButton(reject);
    box.exec();
    return box.clickedButton() == accept;
}

} // namespace bd::ui
