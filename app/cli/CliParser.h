#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <optional>

namespace bd::app::cli {

// A sub-command's usage text, printed to `out` (stdout for --help, stderr after a usage error).
using UsagePrinter = void (*)(std::FILE* out);

// A usage error of `command`: "borderdesk-cli <command>: <message>" and the command's usage on
// stderr. Returns 2, the exit status of a usage error.
int reportUsageError(const char* command, UsagePrinter usage, const QString& message);

// One sub-command's options, parsed with QCommandLineParser: -h/--help is always there (the
// command prints its own usage), a long option may also be written with one dash, and a failure
// is said in the words every sub-command uses ("unknown option '--x'", "--today needs a value",
// "unexpected argument 'x'").
class CliParser
{
public:
    // Whether the command takes arguments besides its options.
    enum class Positionals
    {
        Allowed,
        Refused
    };

    // command: the sub-command's name in messages ("mrz"); usage: prints its usage text.
    CliParser(const char* command, UsagePrinter usage);

    void addOption(const QCommandLineOption& option);
    void addOptions(const QList<QCommandLineOption>& options);
    // Parses the arguments after the command name; false: *error says why (a usage error).
    bool parse(const QStringList& arguments, QString* error);
    // The start of every sub-command: parse(), then -h/--help prints the usage on stdout, then
    // (Positionals::Refused) an argument that is not an option is a usage error. A value: the
    // command stops with this exit status (2 after a usage error, 0 after the help); none: go on.
    std::optional<int> parseOrExit(const QStringList& arguments, Positionals positionals = Positionals::Allowed);
    // A usage error of this command (reportUsageError()): 2.
    int usageError(const QString& message) const { return reportUsageError(m_command, m_usage, message); }
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    const QCommandLineParser& parser() const { return m_parser; }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

private:
    QString spelling(const QString& name, const QStringList& arguments) const;
    const QCommandLineOption* optionNamed(const QString& name) const;

    const char* m_command;
    UsagePrinter m_usage;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
};

// --today YYYY-MM-DD, the control date several sub-commands share (default: today).
QCommandLineOption todayOption();
// Reads --today into *today when given (else leaves it); false: *error says why.
bool readToday(const QCommandLineParser& parser, QDate* today, QString* error);
// Reads a date option (YYYY-MM-DD) into *date when given; false: "--<name> 'v' is not a date ...".
bool readDate(const QCommandLineParser& parser, const QString& name, QDate* date, QString* error);

} // namespace bd::app::cli
