#include "app/gateway/GatewayOptions.h"

#include "services/gateway/GatewayJson.h"
#include "services/model/HotlistKey.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <optional>

namespace bd::app {
namespace {

bd::core::Error bad(const QString& message)
{
    return bd::core::Error { QStringLiteral("options"), message, {} };
}

// borderdesk-gateway's options, in the order --help lists them.
struct OptionSet
{
    QCommandLineOption listen;
    QCommandLineOption certs;
    QCommandLineOption population;
    QCommandLineOption seed;
    QCommandLineOption scenarios;
    QCommandLineOption fault;
    QCommandLineOption config;
    QCommandLineOption noLatency;
    QCommandLineOption hotlistKeyFile;
};

OptionSet gatewayOptionSet()
{
    return OptionSet {
        QCommandLineOption(QStringLiteral("listen"), QStringLiteral("Address and port (port 0: any free port)."),
            QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443")),
        QCommandLineOption(QStringLiteral("certs"),
            QStringLiteral("Directory with ca.pem, server.pem/.key and the client certificates client.pem/.key "
                           "(border-first-line), trainer.pem/.key, admin.pem/.key; made when missing, invalid or "
                           "expiring within 30 days."),
            QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("population"), QStringLiteral("Synthetic travellers, 1000 to 1000000."),
            QStringLiteral("N"), QStringLiteral("100000")),
        QCommandLineOption(
            QStringLiteral("seed"), QStringLiteral("Population seed."), QStringLiteral("S"), QStringLiteral("1")),
        QCommandLineOption(QStringLiteral("scenarios"), QStringLiteral("Scenario directory (default: built in)."),
            QStringLiteral("DIR")),
        QCommandLineOption(QStringLiteral("fault"),
            QStringLiteral("Inject a fault, repeatable: SYSTEM=KIND[:ms], KIND one of latency, down, "
                           "error, garbage, oversized, stalled, truncated."),
            QStringLiteral("SPEC")),
        QCommandLineOption(QStringLiteral("config"),
            QStringLiteral("JSON file {\"faults\":{...},\"latency\":{...}} as for POST /v1/admin/faults."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("no-latency"),
            QStringLiteral("Every system answers at once (benchmarks); default: realistic latencies.")),
        QCommandLineOption(QStringLiteral("hotlist-key-file"),
            QStringLiteral("The deployment's hotlist key: 32 bytes in base64 (e.g. from 'openssl rand -base64 32'); "
                           "its key id is derived from it. Default: a new random key at every start."),
            QStringLiteral("FILE")),
    };
}

// --listen ADDR:PORT ("localhost" and a bracketed IPv6 address allowed).
std::optional<bd::core::Error> readListen(const QString& where, GatewayOptions& o)
{
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
    return std::nullopt;
}

// The population, its seed, the scenario deck, the certificates and the latencies.
std::optional<bd::core::Error> readWorld(const QCommandLineParser& p, const OptionSet& opt, GatewayOptions& o)
{
    bool ok = false;
    const uint n = p.value(opt.population).toUInt(&ok);
    if (!ok || n < 1000 || n > 1000000)
        return bad(QStringLiteral("--population must be a number from 1000 to 1000000"));
    o.population = n;
    o.seed = p.value(opt.seed).toULongLong(&ok);
    if (!ok)
        return bad(QStringLiteral("--seed must be a whole number"));
    if (p.isSet(opt.scenarios))
        o.scenarios = p.value(opt.scenarios);
    o.certsDirectory = p.isSet(opt.certs)
        ? p.value(opt.certs)
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/gateway-certs");
    o.config.certificates = bd::training::DevCertificatePaths::in(o.certsDirectory);
    if (p.isSet(opt.noLatency))
        o.config.latencyMs.clear();
    return std::nullopt;
}

// The faults of --fault and the administration settings of --config.
std::optional<bd::core::Error> readFaults(const QCommandLineParser& p, const OptionSet& opt, GatewayOptions& o)
{
    for (const QString& spec : p.values(opt.fault)) {
        const auto f = bd::training::parseFaultSpec(spec);
        if (!f)
            return bad(QStringLiteral("--fault ") + f.error().detail);
        o.config.faults.insert(f->first, f->second);
    }
    if (p.isSet(opt.config)) {
        QFile f(p.value(opt.config));
        if (!f.open(QIODevice::ReadOnly))
            return bad(QStringLiteral("--config: cannot read '%1'").arg(p.value(opt.config)));
        const auto parsed = bd::gateway::json::parseObject(f.read(1024 * 1024));
        if (!parsed)
            return bad(QStringLiteral("--config: ") + parsed.error().detail);
        o.admin = *parsed;
    }
    return std::nullopt;
}

// --hotlist-key-file: the same key (and so the same key id) at every start, so workstations keep
// their list across gateway restarts; the id is a digest of the key, which does not reveal it.
std::optional<bd::core::Error> readHotlistKey(const QCommandLineParser& p, const OptionSet& opt, GatewayOptions& o)
{
    if (!p.isSet(opt.hotlistKeyFile))
        return std::nullopt;
    QFile f(p.value(opt.hotlistKeyFile));
    if (!f.open(QIODevice::ReadOnly))
        return bad(QStringLiteral("--hotlist-key-file: cannot read '%1'").arg(f.fileName()));
    const auto key = QByteArray::fromBase64Encoding(f.read(1024).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != bd::model::kHotlistKeyBytes)
        return bad(QStringLiteral("--hotlist-key-file: the file must hold 32 bytes in base64"));
    o.config.hotlistKey = *key;
    o.config.hotlistKeyId = QStringLiteral("hk-")
        + QString::fromLatin1(QCryptographicHash::hash(*key, QCryptographicHash::Sha256).left(8).toHex());
    return std::nullopt;
}

} // namespace

bd::core::Result<GatewayOptions> parseGatewayOptions(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "BorderDesk training gateway: protocol v1 over HTTPS with mutual TLS, answering from a scenario deck and a "
        "synthetic population. Training only; it says so in /v1/health."));
    p.addHelpOption();
    const OptionSet opt = gatewayOptionSet();
    p.addOptions({ opt.listen, opt.certs, opt.population, opt.seed, opt.scenarios, opt.fault, opt.config, opt.noLatency,
        opt.hotlistKeyFile });
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
    if (auto error = readListen(p.value(opt.listen), o))
        return *error;
    if (auto error = readWorld(p, opt, o))
        return *error;
    if (auto error = readFaults(p, opt, o))
        return *error;
    if (auto error = readHotlistKey(p, opt, o))
        return *error;
    return o;
}

} // namespace bd::app
