#pragma once

#include "services/model/Model.h"
#include "ui/CheckStepPage.h"

#include <QImage>
#include <QList>

#include <optional>

class QGridLayout;
class QLabel;
class QWidget;

namespace bd::widgets {
class ImageView;
}

namespace bd::ui {

// Step 2 (F2): the traveller's face for the check. Live face and fingerprint capture are a later
// issue, and the page says so plainly instead of showing anything made up. In training the
// scenario's synthetic portrait stands in for the camera capture, labelled as such, and the faces
// the scenario says the systems hold for the traveller's records are shown beside it (a red link:
// the same face under another identity).
class BiometricsPage : public CheckStepPage
{
    Q_OBJECT
public:
    enum class Mode
    {
        Live,
        Training
    };
    struct FaceOnFile
    {
        bd::model::SystemId system = bd::model::SystemId::Sis;
        QString recordId;
        std::optional<bd::model::LinkColour> link; // the record is reached through this identity link
        QImage image;
    };

    explicit BiometricsPage(Mode mode, QWidget* parent = nullptr);

    // Training: the scenario traveller's portrait in place of a camera capture; a null image says
    // the traveller has none (not a scenario traveller).
    void setTrainingPortrait(const QImage& portrait);
    // Training: faces held with the records of the result (from the scenario).
    void setFacesOnFile(const QList<FaceOnFile>& faces);

    Mode mode() const { return m_mode; }
    bool hasPortrait() const { return !m_portrait.isNull(); }
    QImage portrait() const { return m_portrait; }
    const QList<FaceOnFile>& facesOnFile() const { return m_faces; }
    QString captionText() const;
    QStringList faceLabels() const; // as shown under each face on file

    void restart() override;

private:
    void showWaiting();

    Mode m_mode;
    QImage m_portrait;
    QList<FaceOnFile> m_faces;
    bd::widgets::ImageView* m_face = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_filesHeading = nullptr;
    QLabel* m_filesNote = nullptr;
    QWidget* m_filesBox = nullptr;
    QGridLayout* m_filesGrid = nullptr;
};

} // namespace bd::ui
