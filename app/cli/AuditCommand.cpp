#include "app/cli/CliCommands.h"
#include "app/cli/CliParser.h"
#include "app/cli/CliStore.h"

#include "services/core/Clock.h"
#include "services/storage/AuditTrail.h"
#include "services/storage/DataKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSysInfo>

namespace bd::app::cli {

namespace {

void usage(std::FILE* out)
{
    std::fputs("usage: borderdesk-cli audit verify [--data-dir DIR]\n"
               "       borderdesk-cli audit export [--data-dir DIR] [--officer ID]\n"
               "  verify: checks the workstation's audit trail; exit 0 intact, 1 with the first problem and its place\n"
               "  export: writes the trail as JSON lines to stdout (checked first: a problem is said on stderr,\n"
               "          exit 1) and records the export in the trail\n"
               "  --data-dir DIR  the workstation's data directory (default: the workstation's own)\n"
               "  --officer ID    who exports (recorded with the export; default: the login name)\n",
        out);
}

void say(const char* what, const QString& text)
{
    std::fprintf(stderr, "borderdesk-cli audit %s: %s\n", what, qPrintable(text));
}

int reportVerification(const char* what, const bd::storage::AuditVerification& checked)
{
    if (checked.ok()) {
        say(what, QStringLiteral("%1 records, intact").arg(checked.records));
        return 0;
    }
    say(what,
        QStringLiteral("PROBLEM: %1 (%2 records intact before it)").arg(checked.problem->text).arg(checked.records));
    return 1;
}

int exportTrail(const QString& dataDir, const bd::storage::DataKeys& keys, const QString& officer)
{
    const bd::core::SystemClock clock;
    bd::storage::AuditVerification checked;
    auto trail = bd::storage::AuditTrail::open(dataDir, keys, clock, &checked);
    if (!trail) {
        say("export", trail.error().detail);
        return 2;
    }
    QFile file(QDir(dataDir).filePath(QString::fromLatin1(bd::storage::AuditTrail::kFileName)));
    if (file.exists() && !file.open(QIODevice::ReadOnly)) {
        say("export", QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return 2;
    }
    const QByteArray lines = file.isOpen() ? file.readAll() : QByteArray();
    std::fwrite(lines.constData(), 1, static_cast<size_t>(lines.size()), stdout);
    if (!lines.isEmpty() && !lines.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
    const bd::storage::AuditEvent exported { QStringLiteral("export"), officer, QSysInfo::machineHostName(),
        QString::fromLatin1(bd::storage::AuditTrail::kFileName),
        QJsonObject { { QStringLiteral("records"), checked.records }, { QStringLiteral("intact"), checked.ok() },
            { QStringLiteral("tool"), QStringLiteral("borderdesk-cli") } },
        {} };
    if (const auto failed = trail.value()->append(exported)) {
        say("export", QStringLiteral("exported, but the export could not be recorded: %1").arg(failed->detail));
        return 2;
    }
    return reportVerification("export", checked);
}

} // namespace

int runAudit(const QStringList& arguments)
{
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("data directory"), QStringLiteral("DIR"));
    const QCommandLineOption officer(QStringLiteral("officer"), QStringLiteral("who exports"), QStringLiteral("ID"));
    CliParser cli("audit", usage);
    cli.addOptions({ dataDir, officer });
    if (const auto stop = cli.parseOrExit(arguments))
        return *stop;
    const QStringList words = cli.positionalArguments();
    if (words.size() != 1 || (words.first() != QLatin1String("verify") && words.first() != QLatin1String("export")))
        return cli.usageError(words.isEmpty()
                ? QStringLiteral("say verify or export")
                : QStringLiteral("unexpected argument '%1'").arg(words.join(QLatin1Char(' '))));
    const QString dir = cli.parser().isSet(dataDir) ? cli.parser().value(dataDir) : workstationDataDir();
    const QByteArray what = words.first().toLatin1();
    const auto keys = bd::storage::loadDataKeys(dir);
    if (!keys) {
        say(what.constData(), keys.error().detail);
        return 2;
    }
    if (words.first() == QLatin1String("verify"))
        return reportVerification("verify", bd::storage::AuditTrail::verify(dir, *keys));
    const QString who = cli.parser().isSet(officer) ? cli.parser().value(officer) : qEnvironmentVariable("USER");
    return exportTrail(dir, *keys, who);
}

} // namespace bd::app::cli
