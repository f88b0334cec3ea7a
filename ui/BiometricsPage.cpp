#include "ui/BiometricsPage.h"

#include "ui/ResultText.h"
#include "widgets/ImageView.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bd::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("sectionTitle", true);
    return label;
}

} // namespace

BiometricsPage::BiometricsPage(Mode mode, QWidget* parent)
    : CheckStepPage(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("biometricsPage"));
    auto* title = new QLabel(tr("Biometrics"), this);
    title->setObjectName(QStringLiteral("pageTitleLabel"));
    title->setProperty("pageTitle", true);

    // Left: the face for this check.
    auto* faceColumn = new QVBoxLayout;
    faceColumn->addWidget(heading(tr("Face"), this));
    m_face = new bd::widgets::ImageView(this);
    m_face->setObjectName(QStringLiteral("faceView"));
    // 7:9 like the portrait (420 x 540) at 5/6 scale: the whole step fits a 1280 x 800 screen.
    m_face->setFixedSize(350, 450);
    m_face->setAccessibleName(tr("Face of the traveller"));
    faceColumn->addWidget(m_face, 1);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("faceCaptionLabel"));
    m_caption->setWordWrap(true);
    m_caption->setProperty("notice", true);
    m_caption->setFixedWidth(420);
    faceColumn->addWidget(m_caption);

    // Right: faces held with the records, then fingerprints.
    auto* filesColumn = new QVBoxLayout;
    m_filesHeading = heading(tr("Faces held with the records"), this);
    filesColumn->addWidget(m_filesHeading);
    m_filesNote = new QLabel(this);
    m_filesNote->setObjectName(QStringLiteral("facesOnFileNote"));
    m_filesNote->setWordWrap(true);
    filesColumn->addWidget(m_filesNote);
    m_filesBox = new QWidget(this);
    m_filesBox->setObjectName(QStringLiteral("facesOnFileBox"));
    m_filesGrid = new QGridLayout(m_filesBox);
    m_filesGrid->setContentsMargins(0, 0, 0, 0);
    m_filesGrid->setHorizontalSpacing(16);
    filesColumn->addWidget(m_filesBox);
    filesColumn->addSpacing(16);
    filesColumn->addWidget(heading(tr("Fingerprints"), this));
    auto* fingers = new QLabel(tr("Fingerprint capture is not yet available on this workstation."), this);
    fingers->setObjectName(QStringLiteral("fingerprintsLabel"));
    fingers->setWordWrap(true);
    filesColumn->addWidget(fingers);
    filesColumn->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(faceColumn, 0);
    columns->addSpacing(32);
    columns->addLayout(filesColumn, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addLayout(columns, 1);
    restart();
}

void BiometricsPage::showWaiting()
{
    m_face->clear();
    if (m_mode == Mode::Live) {
        m_face->setPlaceholderText(tr("No face capture"));
        m_caption->setText(tr("Face capture is not yet available on this workstation. Compare the traveller "
                              "with the document portrait on the Document page (F1)."));
    } else {
        m_face->setPlaceholderText(tr("No training portrait"));
        m_caption->setText(tr("Training: run a scenario (F9) and its traveller's portrait stands in for the "
                              "camera capture here. Face capture itself is not yet available on this workstation."));
    }
}

void BiometricsPage::setTrainingPortrait(const QImage& portrait)
{
    if (m_mode != Mode::Training)
        return; // never in live mode: a live check shows only what was captured
    m_portrait = portrait;
    if (portrait.isNull()) {
        showWaiting();
        m_face->setPlaceholderText(tr("No training portrait"));
        m_caption->setText(tr("Training: this traveller is not from a scenario and has no portrait. Face capture "
                              "is not yet available on this workstation."));
        return;
    }
    m_face->setImage(portrait);
    m_caption->setText(tr("TRAINING PORTRAIT — a synthetic face from the scenario, standing in for the camera "
                          "capture. Not a real person."));
}

void BiometricsPage::setFacesOnFile(const QList<FaceOnFile>& faces)
{
    if (m_mode != Mode::Training)
        return;
    m_faces = faces;
    while (QLayoutItem* item = m_filesGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList labels = faceLabels();
    for (int i = 0; i < m_faces.size(); ++i) {
        auto* card = new QWidget(m_filesBox);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(0, 0, 0, 0);
        auto* view = new bd::widgets::ImageView(card);
        view->setObjectName(QStringLiteral("faceOnFile%1").arg(i));
        view->setFixedSize(210, 270);
        view->setImage(m_faces[i].image);
        view->setAccessibleName(labels[i]);
        auto* label = new QLabel(labels[i], card);
        label->setWordWrap(true);
        label->setFixedWidth(260);
        cardLayout->addWidget(view);
        cardLayout->addWidget(label);
        cardLayout->addStretch(1);
        m_filesGrid->addWidget(card, 0, i, Qt::AlignLeft | Qt::AlignTop);
    }
    m_filesGrid->setColumnStretch(static_cast<int>(m_faces.size()), 1);
    m_filesNote->setText(m_faces.isEmpty()
            ? tr("The scenario gives no face for the records found.")
            : tr("Training: the faces the scenario puts in the systems' records. Compare them with the face "
                 "on the left."));
}

QString BiometricsPage::captionText() const
{
    return m_caption->text();
}

QStringList BiometricsPage::faceLabels() const
{
    QStringList out;
    for (const FaceOnFile& f : m_faces) {
        QString text = tr("%1 record %2").arg(ResultText::systemName(f.system), f.recordId);
        if (f.link)
            text += QStringLiteral("\n") + ResultText::linkText(*f.link);
        out.append(text);
    }
    return out;
}

void BiometricsPage::restart()
{
    m_portrait = QImage();
    setFacesOnFile({}); // training only
    m_filesNote->setText(m_mode == Mode::Live
            ? tr("Facial images held by the central systems are not shown on this workstation yet.")
            : tr("Shown once the systems have answered."));
    showWaiting();
}

} // namespace bd::ui
