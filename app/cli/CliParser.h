#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd::app::cli {

// One sub-command's options, parsed with QCommandLineParser: -h/--help is always there (the
// command prints its own usage), a long option may also be written with one dash, and a failure
// is said in the words every sub-command uses ("unknown option '--x'", "--today needs a value").
class CliParser
{
public:
    CliParser();

    void addOption(const QCommandLineOption& option);
    void addOptions(const QList<QCommandLineOption>& options);
    // Parses the arguments after the command name; false: *error says why (a usage error).
    bool parse(const QStringList& arguments, QString* error);
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    const QCommandLineParser& parser() const { return m_parser; }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

private:
    QString spelling(const QString& name, const QStringList& arguments) const;
    const QCommandLineOption* optionNamed(const QString& name) const;

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
