#include "app/DemoGateway.h"

#include "services/core/Clock.h"
#include "services/core/LogCategories.h"
#include "services/training/DevCertificates.h"
#include "services/training/LoopbackTrainingGateway.h"
#include "services/training/ScenarioDocument.h"
#include "services/training/SyntheticDocument.h"
#include "services/training/SyntheticPortrait.h"

#include <QDir>
#include <QFile>

namespace bd::app {

using bd::core::Error;
using namespace bd::training;

DemoGateway::DemoGateway(QString dataDir, QDate today)
    : m_dataDir(std::move(dataDir))
    , m_today(today)
{
}

DemoGateway::~DemoGateway() = default; // the gateway stops before the deck it serves goes

std::optional<Error> DemoGateway::loadDeck()
{
    if (!m_deck.cases().isEmpty())
        return std::nullopt;
    auto deck = ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), m_today);
    if (!deck)
        return deck.error();
    m_deck = std::move(deck).value();
    return std::nullopt;
}

bd::core::Result<bd::gateway::GatewayClientConfig> DemoGateway::start()
{
    const QString pki = QDir(m_dataDir).filePath(QStringLiteral("demo-pki"));
    // Made on first use, and made again when a certificate is missing, invalid or expires within
    // kDevCertificateRenewDays (a data directory kept for years never starts with an expired PKI).
    QString renewedBecause;
    auto made = ensureDevCertificates(pki, bd::core::SystemClock().now(), &renewedBecause);
    if (!made)
        return made.error();
    const DevCertificatePaths certs = made.value();
    if (!renewedBecause.isEmpty())
        qCInfo(lcTraining, "demo: made a development PKI in the data directory (%s)", qPrintable(renewedBecause));
    if (auto error = loadDeck())
        return *error;
    LoopbackTrainingGateway::Options options;
    options.certificates = certs;
    options.population = 5000;
    options.today = m_today;
    options.threadName = QStringLiteral("demo-gateway");
    auto started = LoopbackTrainingGateway::start(&m_deck, options);
    if (!started)
        return started.error();
    m_gateway = std::move(started).value();
    qCInfo(lcTraining, "demo: training gateway listening on loopback port %u", m_gateway->port());

    // Training runs with the trainer profile (CompositionRoot), so the workstation presents the
    // trainer's certificate: the gateway answers for the certificate's profile only.
    bd::gateway::GatewayClientConfig client = m_gateway->clientConfig(certs.trainerCertificate, certs.trainerKey);
    client.officerId = QStringLiteral("demo-officer");
    return client;
}

const CaseFile* DemoGateway::scenarioFor(const QString& issuingState, const QString& number) const
{
    return m_deck.findByDocument(issuingState, number);
}

bd::core::Result<QString> DemoGateway::renderDocument(const QString& scenarioId) const
{
    const CaseFile* c = m_deck.findById(scenarioId);
    if (!c)
        return Error { QStringLiteral("scenario.unknown"), QStringLiteral("no scenario '%1'").arg(scenarioId), {} };
    const auto spec = scenarioDocumentSpec(*c);
    if (!spec)
        return spec.error();
    static const bd::training::SyntheticDocument printer;
    if (!printer.isValid())
        return Error { QStringLiteral("ocr.render"), QStringLiteral("the OCR-B font could not be loaded"), {} };
    bd::training::SyntheticDocumentSpec printed = spec.value();
    printed.portrait = SyntheticPortrait::render(c->faceSeed); // the holder's face on the data page
    const auto image = printer.render(printed);
    const QByteArray png = bd::training::SyntheticDocument::encode(image.image, ".png");
    if (png.isEmpty())
        return Error { QStringLiteral("ocr.render"), QStringLiteral("the document image could not be encoded"), {} };
    const QString dir = QDir(m_dataDir).filePath(QStringLiteral("demo-documents"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(scenarioId + QStringLiteral(".png"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(png) != png.size())
        return Error { QStringLiteral("ocr.render"), QStringLiteral("cannot write %1").arg(path), {} };
    return path;
}

namespace {

QImage toImage(const cv::Mat& bgr)
{
    if (bgr.empty() || bgr.type() != CV_8UC3)
        return {};
    return QImage(bgr.data, bgr.cols, bgr.rows, static_cast<qsizetype>(bgr.step), QImage::Format_BGR888).copy();
}

} // namespace

QImage DemoGateway::travellerPortrait(const QString& scenarioId) const
{
    const CaseFile* c = m_deck.findById(scenarioId);
    return c && c->faceSeed != 0 ? toImage(SyntheticPortrait::render(c->faceSeed)) : QImage();
}

QImage DemoGateway::enrolledPortrait(
    const QString& scenarioId, bd::model::SystemId system, const QString& recordId) const
{
    const CaseFile* c = m_deck.findById(scenarioId);
    const quint32 seed = c ? c->enrolledFaceSeed(system, recordId) : 0;
    return seed != 0 ? toImage(SyntheticPortrait::render(seed)) : QImage();
}

} // namespace bd::app
