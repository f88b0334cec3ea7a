#include "app/gateway/GatewayOptions.h"

#include "services/gateway/GatewayJson.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace bd::app {
namespace {

bd::core::Error bad(const QString& message)
{
    return bd::core::Error { QStringLiteral("options"), message, {} };
}

} // namespace

bd::core::Result<GatewayOptions> parseGatewayOptions(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "BorderDesk training gateway: protocol v1 over HTTPS with mutual TLS, answering from a scenario deck and a "
        "synthetic population. Training only; it says so in /v1/health."));
    p.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port (port 0: any free port)."), QStringLiteral("ADDR:PORT"),
        QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption certs(QStringLiteral("certs"),
        QStringLiteral("Directory with ca.pem, server.pem/.key and the client certificates client.pem/.key "
                       "(border-first-line), trainer.pem/.key, admin.pem/.key; made when missing, invalid or "
                       "expiring within 30 days."),
        QStringLiteral("DIR"));
    const QCommandLineOption population(QStringLiteral("population"),
        QStringLiteral("Synthetic travellers, 1000 to 1000000."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Population seed."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption scenarios(
        QStringLiteral("scenarios"), QStringLiteral("Scenario directory (default: built in)."), QStringLiteral("DIR"));
    const QCommandLineOption fault(QStringLiteral("fault"),
        QStringLiteral("Inject a fault, repeatable: SYSTEM=KIND[:ms], KIND one of latency, down, "
                       "error, garbage, oversized, stalled, truncated."),
        QStringLiteral("SPEC"));
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("JSON file {\"faults\":{...},\"latency\":{...}} as for POST /v1/admin/faults."),
        QStringLiteral("FILE"));
    const QCommandLineOption noLatency(QStringLiteral("no-latency"),
        QStringLiteral("Every system answers at once (benchmarks); default: realistic latencies."));
    p.addOptions({ listen, certs, population, seed, scenarios, fault, config, noLatency });
    if (!p.parse(arguments))
        return bad(p.errorText());
    GatewayOptions o;
    o.helpText = p.helpText();
    if (p.isSet(QStringLiteral("help"))) {
        o.help = true;
        return o;
    }
    if (!p.positionalArguments().isEmpty())
        return bad(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));

    const QString where = p.value(listen);
    const qsizetype colon = where.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? where.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? where.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host);
    if (!portOk || port > 65535 || address.isNull())
        return bad(QStringLiteral("--listen '%1' is not ADDR:PORT, e.g. 127.0.0.1:8443 or [::1]:0").arg(where));
    o.config.address = address;
    o.config.port = static_cast<quint16>(port);

    bool ok = false;
    const uint n = p.value(population).toUInt(&ok);
    if (!ok || n < 1000 || n > 1000000)
        return bad(QStringLiteral("--population must be a number from 1000 to 1000000"));
    o.population = n;
    o.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return bad(QStringLiteral("--seed must be a whole number"));
    if (p.isSet(scenarios))
        o.scenarios = p.value(scenarios);
    o.certsDirectory = p.isSet(certs)
        ? p.value(certs)
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/gateway-certs");
    o.config.certificates = bd::training::DevCertificatePaths::in(o.certsDirectory);
    if (p.isSet(noLatency))
        o.config.latencyMs.clear();
    for (const QString& spec : p.values(fault)) {
        const auto f = bd::training::parseFaultSpec(spec);
        if (!f)
            return bad(QStringLiteral("--fault ") + f.error().detail);
        o.config.faults.insert(f->first, f->second);
    }
    if (p.isSet(config)) {
        QFile f(p.value(config));
        if (!f.open(QIODevice::ReadOnly))
            return bad(QStringLiteral("--config: cannot read '%1'").arg(p.value(config)));
        const auto parsed = bd::gateway::json::parseObject(f.read(1024 * 1024));
        if (!parsed)
            return bad(QStringLiteral("--config: ") + parsed.error().detail);
        o.admin = *parsed;
    }
    return o;
}

} // namespace bd::app
