#include "tests/support/TestHygiene.h"
#include "widgets/ImageView.h"

#include <QTest>

using bd::widgets::ImageView;

class TestImageView : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void imageIsFittedAndOutlineMapped()
    {
        ImageView view;
        view.resize(400, 400);
        QImage img(800, 400, QImage::Format_RGB32);
        img.fill(Qt::white);
        view.setImage(img);
        QCOMPARE(view.imageRect(), QRectF(0, 100, 400, 200)); // letterboxed, aspect kept
        QCOMPARE(view.mapFromImage(QPointF(800, 400)), QPointF(400, 300));
        view.setOutline(QPolygonF({ QPointF(100, 300), QPointF(700, 300), QPointF(700, 380), QPointF(100, 380) }));
        const QImage shot = view.grab().toImage();
        // The outline's top edge runs at image y=300 -> widget y=250.
        const QColor edge = shot.pixelColor(200, 250);
        QVERIFY2(edge.green() > 150 && edge.red() < 120, qPrintable(edge.name()));
        view.setImage(img); // a new image drops the old outline
        QVERIFY(view.outline().isEmpty());
        view.clear();
        QVERIFY(view.image().isNull());
        QVERIFY(view.imageRect().isEmpty());
    }
};

QTEST_MAIN(TestImageView)
#include "TestImageView.moc"
