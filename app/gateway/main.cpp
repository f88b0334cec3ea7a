// borderdesk-gateway: the training gateway (protocol v1, HTTPS with mutual TLS). Options in
// GatewayOptions; the server in services/training. See docs/gateway-protocol.md.
#include "app/gateway/GatewayOptions.h"
#include "services/training/Population.h"
#include "services/training/ScenarioDeck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>

#include <memory>

using namespace bd::training;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("borderdesk-gateway"));
    QCoreApplication::setOrganizationName(QStringLiteral("BorderDesk"));
    QTextStream out(stdout), err(stderr);

    const auto options = bd::app::parseGatewayOptions(QCoreApplication::arguments());
    if (!options) {
        err << "borderdesk-gateway: " << options.error().detail << "\nTry --help.\n";
        return 2;
    }
    if (options->help) {
        out << options->helpText;
        return 0;
    }
    // Made when missing, invalid or expiring within 30 days; workstations then need the new
    // ca.pem and their new client certificate.
    QString renewedBecause;
    const auto made = ensureDevCertificates(options->certsDirectory, QDateTime::currentDateTimeUtc(), &renewedBecause);
    if (!made) {
        err << "borderdesk-gateway: " << made.error().detail << '\n';
        return 1;
    }
    if (!renewedBecause.isEmpty())
        out << "made development certificates in " << options->certsDirectory << " (" << renewedBecause
            << "); hand out ca.pem and client.pem/trainer.pem again\n";
    const QDate today = QDate::currentDate();
    const auto deck = ScenarioDeck::load(options->scenarios, today);
    if (!deck) {
        err << "borderdesk-gateway: " << deck.error().detail << '\n';
        return 2;
    }
    QElapsedTimer clock;
    clock.start();
    const auto population = std::make_unique<Population>(options->seed, options->population, today);
    out << "population of " << population->size() << " travellers built in " << clock.elapsed() << " ms; "
        << deck->cases().size() << " scenarios\n";

    TrainingGatewayServer server(population.get(), &*deck, options->config);
    if (!options->admin.isEmpty()) {
        const auto applied = server.applyAdmin(options->admin);
        if (!applied) {
            err << "borderdesk-gateway: --config: " << applied.error().detail << '\n';
            return 2;
        }
    }
    const auto port = server.listen();
    if (!port) {
        err << "borderdesk-gateway: " << port.error().detail << '\n';
        return 1;
    }
    out << "listening on " << server.url().toString() << " (mutual TLS; CA "
        << options->config.certificates.caCertificate << ")\n";
    out.flush();
    return QCoreApplication::exec();
}
