// Load generator for the training gateway: N clients, each one TLS connection (mutual TLS,
// keep-alive) sending POST /v1/search back to back; reports searches/s and latency percentiles.
// By default it starts the server in-process on its own thread (127.0.0.1:0, fresh certificates,
// no injected latency); --url/--certs aim it at a separately started borderdesk-gateway.
#include "services/gateway/GatewayJson.h"
#include "services/training/Population.h"
#include "services/training/ScenarioDeck.h"
#include "services/training/TrainingGatewayServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace bd::training;
using namespace bd::gateway;
using namespace bd::model;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Shared
{
    int target = 20000;
    int warmup = 500;
    int started = 0;
    int completed = 0;
    int errors = 0;
    std::vector<double> latenciesMs;
    QElapsedTimer clock;
    qint64 measureStartNs = -1;
    qint64 measureEndNs = 0;
    std::vector<QByteArray> bodies;
    QByteArray host;
};

class Client : public QObject
{
public:
    Client(Shared& shared, const QSslConfiguration& tls, const QString& host, quint16 port, int id)
        : m_shared(shared)
        , m_id(id)
    {
        m_socket.setSslConfiguration(tls);
        connect(&m_socket, &QSslSocket::encrypted, this, [this] { next(); });
        connect(&m_socket, &QSslSocket::readyRead, this, [this] { onRead(); });
        connect(&m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                std::fprintf(stderr, "client %d: %s\n", m_id, qPrintable(m_socket.errorString()));
            ++m_shared.errors;
        });
        m_socket.connectToHostEncrypted(host, port);
    }

private:
    void next()
    {
        if (m_shared.started >= m_shared.target + m_shared.warmup) {
            m_socket.disconnectFromHost();
            return;
        }
        const int n = m_shared.started++;
        const QByteArray& body = m_shared.bodies[static_cast<std::size_t>(n) % m_shared.bodies.size()];
        m_in.clear();
        m_measured = n >= m_shared.warmup;
        if (m_measured && m_shared.measureStartNs < 0)
            m_shared.measureStartNs = m_shared.clock.nsecsElapsed();
        m_sentNs = m_shared.clock.nsecsElapsed();
        m_socket.write("POST /v1/search HTTP/1.1\r\nHost: " + m_shared.host
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body);
    }

    void onRead()
    {
        m_in += m_socket.readAll();
        if (!m_in.endsWith("\r\n0\r\n\r\n"))
            return;
        const qint64 now = m_shared.clock.nsecsElapsed();
        if (!m_in.startsWith("HTTP/1.1 200") || !m_in.contains("\"type\":\"summary\""))
            ++m_shared.errors;
        if (m_measured) {
            m_shared.latenciesMs.push_back(static_cast<double>(now - m_sentNs) / 1e6);
            m_shared.measureEndNs = now;
        }
        if (++m_shared.completed == m_shared.target + m_shared.warmup)
            QCoreApplication::quit();
        next();
    }

    Shared& m_shared;
    int m_id;
    QSslSocket m_socket;
    QByteArray m_in;
    qint64 m_sentNs = 0;
    bool m_measured = false;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

struct BenchArgs
{
    int clients = 50;
    int requests = 20000; // measured searches
    quint16 port = 0; // a running gateway on localhost; 0: start one in-process
    QString certsDir; // that gateway's certificate directory
    quint32 population = 100000; // the in-process gateway's population size
};

BenchArgs parseArgs(const QCoreApplication& app)
{
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption clientsOpt(
        QStringLiteral("clients"), QStringLiteral("Concurrent clients."), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption requestsOpt(
        QStringLiteral("requests"), QStringLiteral("Measured searches."), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption urlOpt(
        QStringLiteral("port"), QStringLiteral("Port of a running gateway on localhost."), QStringLiteral("PORT"));
    const QCommandLineOption certsOpt(
        QStringLiteral("certs"), QStringLiteral("Its certificate directory."), QStringLiteral("DIR"));
    const QCommandLineOption populationOpt(QStringLiteral("population"), QStringLiteral("In-process population size."),
        QStringLiteral("N"), QStringLiteral("100000"));
    p.addOptions({ clientsOpt, requestsOpt, urlOpt, certsOpt, populationOpt });
    p.process(app);
    BenchArgs args;
    args.clients = std::max(1, p.value(clientsOpt).toInt());
    args.requests = p.value(requestsOpt).toInt();
    args.port = static_cast<quint16>(p.value(urlOpt).toUInt());
    args.certsDir = p.value(certsOpt);
    args.population = p.value(populationOpt).toUInt();
    return args;
}

// The training gateway on `thread` (127.0.0.1:0, no injected latency); the port it listens on.
quint16 startServer(QThread& thread, Population* population, ScenarioDeck* deck, const DevCertificatePaths& certs)
{
    GatewayConfig config;
    config.port = 0;
    config.certificates = certs;
    config.latencyMs.clear();
    auto* server = new TrainingGatewayServer(population, deck, config);
    server->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, server, &QObject::deleteLater);
    thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [&] { port = *server->listen(); }, Qt::BlockingQueuedConnection);
    return port;
}

// Searches for population travellers by document (one in five with hits somewhere) and the deck.
void addSearchBodies(Shared& shared, const Population& population)
{
    for (quint32 i = 0; i < 2000; ++i) {
        SearchRequest r;
        r.searchId = QStringLiteral("bench-%1").arg(i);
        r.officerId = QStringLiteral("bench");
        r.profile = UserProfile::Trainer; // the profile of the trainer's certificate presented below
        r.purpose = Purpose::EntryCheck;
        const Traveller t = population.traveller((i * 7919) % population.size());
        r.document = t.document;
        r.person = t.person;
        shared.bodies.push_back(QJsonDocument(bd::gateway::json::encode(r)).toJson(QJsonDocument::Compact));
    }
}

// The trainer's certificate, the gateway's CA pinned.
QSslConfiguration clientTls(const DevCertificatePaths& certs)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(readAll(certs.caCertificate), QSsl::Pem));
    tls.setLocalCertificateChain(QSslCertificate::fromData(readAll(certs.trainerCertificate), QSsl::Pem));
    tls.setPrivateKey(QSslKey(readAll(certs.trainerKey), QSsl::Ec, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

void printTable(const Shared& shared, int clients)
{
    const double seconds = static_cast<double>(shared.measureEndNs - shared.measureStartNs) / 1e9;
    const auto measured = static_cast<double>(shared.latenciesMs.size());
    std::printf("| searches/s: %d clients, one mutual-TLS keep-alive connection each, no injected latency "
                "(%zu searches in %.2f s) | **%.0f** | >= 1,000 |\n",
        clients, shared.latenciesMs.size(), seconds, seconds > 0 ? measured / seconds : 0.0);
    std::printf("| latency per search, p50 / p99 / max | %.1f / **%.1f** / %.1f ms | p99 <= 50 ms |\n",
        percentile(shared.latenciesMs, 0.50), percentile(shared.latenciesMs, 0.99),
        percentile(shared.latenciesMs, 1.0));
    std::printf("| errors | %d | 0 |\n", shared.errors);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const BenchArgs args = parseArgs(app);
    const QDate today = QDate::currentDate();

    QTemporaryDir dir;
    DevCertificatePaths certs = DevCertificatePaths::in(args.certsDir);
    std::unique_ptr<Population> population;
    std::unique_ptr<ScenarioDeck> deck;
    QThread serverThread;
    quint16 port = args.port;
    population = std::make_unique<Population>(7, args.population, today);
    if (port == 0) {
        certs = *makeDevCertificates(dir.path());
        deck = std::make_unique<ScenarioDeck>(*ScenarioDeck::load(QString::fromLatin1(ScenarioDeck::kEmbedded), today));
        port = startServer(serverThread, population.get(), deck.get(), certs);
    }

    Shared shared;
    shared.target = args.requests;
    shared.host = "localhost:" + QByteArray::number(port);
    addSearchBodies(shared, *population);
    const QSslConfiguration tls = clientTls(certs);

    shared.clock.start();
    std::vector<std::unique_ptr<Client>> pool;
    for (int i = 0; i < args.clients; ++i)
        pool.push_back(std::make_unique<Client>(shared, tls, QStringLiteral("localhost"), port, i));
    QTimer::singleShot(300000, &app, &QCoreApplication::quit);
    app.exec();

    printTable(shared, args.clients);
    pool.clear();
    serverThread.quit();
    serverThread.wait();
    return shared.errors == 0 && !shared.latenciesMs.empty() ? 0 : 1;
}
