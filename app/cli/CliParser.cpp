#include "app/cli/CliParser.h"

namespace bd::app::cli {

int reportUsageError(const char* command, UsagePrinter usage, const QString& message)
{
    std::fprintf(stderr, "borderdesk-cli %s: %s\n", command, qPrintable(message));
    usage(stderr);
    return 2;
}

CliParser::CliParser(const char* command, UsagePrinter usage)
    : m_command(command)
    , m_usage(usage)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOption(QCommandLineOption(QStringList { QStringLiteral("h"), QStringLiteral("help") }));
}

void CliParser::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
    m_options.append(option);
}

void CliParser::addOptions(const QList<QCommandLineOption>& options)
{
    for (const QCommandLineOption& o : options)
        addOption(o);
}

const QCommandLineOption* CliParser::optionNamed(const QString& name) const
{
    for (const QCommandLineOption& o : m_options) {
        if (o.names().contains(name))
            return &o;
    }
    return nullptr;
}

// The option as the user wrote it ("--fast", "-fast"), without any "=value".
QString CliParser::spelling(const QString& name, const QStringList& arguments) const
{
    for (const QString& a : arguments) {
        const QString written = a.section(QLatin1Char('='), 0, 0);
        if (written == QLatin1String("--") + name || written == QLatin1Char('-') + name)
            return written;
    }
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

bool CliParser::parse(const QStringList& arguments, QString* error)
{
    if (m_parser.parse(QStringList { QStringLiteral("borderdesk-cli") } + arguments))
        return true;
    if (!m_parser.unknownOptionNames().isEmpty()) {
        *error = QStringLiteral("unknown option '%1'").arg(spelling(m_parser.unknownOptionNames().first(), arguments));
        return false;
    }
    // The one other failure of a known option: its value is missing (it is the last argument).
    const QString last = arguments.isEmpty() ? QString() : arguments.last();
    const QString name = last.startsWith(QLatin1String("--")) ? last.mid(2) : last.mid(1);
    if (const QCommandLineOption* o = optionNamed(name); o && !o->valueName().isEmpty()) {
        *error = QStringLiteral("%1 needs a value (%2)").arg(last, o->valueName());
        return false;
    }
    *error = m_parser.errorText();
    return false;
}

std::optional<int> CliParser::parseOrExit(const QStringList& arguments, Positionals positionals)
{
    QString error;
    if (!parse(arguments, &error))
        return usageError(error);
    if (helpRequested()) {
        m_usage(stdout);
        return 0;
    }
    if (positionals == Positionals::Refused && !positionalArguments().isEmpty())
        return usageError(QStringLiteral("unexpected argument '%1'").arg(positionalArguments().first()));
    return std::nullopt;
}

QCommandLineOption todayOption()
{
    return QCommandLineOption(
        QStringLiteral("today"), QStringLiteral("the control date"), QStringLiteral("YYYY-MM-DD"));
}

bool readDate(const QCommandLineParser& parser, const QString& name, QDate* date, QString* error)
{
    if (!parser.isSet(name))
        return true;
    const QString v = parser.value(name);
    const QDate d = QDate::fromString(v, Qt::ISODate);
    if (!d.isValid()) {
        *error = QStringLiteral("--%1 '%2' is not a date (YYYY-MM-DD)").arg(name, v);
        return false;
    }
    *date = d;
    return true;
}

bool readToday(const QCommandLineParser& parser, QDate* today, QString* error)
{
    return readDate(parser, QStringLiteral("today"), today, error);
}

} // namespace bd::app::cli
