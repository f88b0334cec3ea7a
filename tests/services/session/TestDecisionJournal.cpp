// The local decision journal: an override's reason is kept with the decision, lines written
// before the field existed still read, and the reason never reaches the log.
#include "services/session/DecisionJournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using bd::session::DecisionEntry;
using bd::session::DecisionJournal;

namespace {

QStringList g_logged;

void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logged << message;
}

} // namespace

class TestDecisionJournal : public QObject
{
    Q_OBJECT

private slots:
    void overrideReasonRoundTripsAndIsNotLogged()
    {
        QTemporaryDir dir;
        DecisionJournal journal(dir.filePath(QStringLiteral("decisions.jsonl")));
        DecisionEntry entry;
        entry.searchId = QStringLiteral("s-1");
        entry.at = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        entry.decision = QStringLiteral("admit");
        entry.requiredAction = QStringLiteral("arrest");
        entry.overrideReason = QStringLiteral("SIRENE confirmed by phone: alert withdrawn");
        g_logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(capture);
        const auto written = journal.append(entry);
        qInstallMessageHandler(previous);
        QVERIFY(written);
        QVERIFY(!g_logged.isEmpty());
        for (const QString& line : std::as_const(g_logged))
            QVERIFY2(!line.contains(QStringLiteral("SIRENE")), qPrintable(line));
        QVERIFY(DecisionJournal::encode(entry).contains("\"overrideReason\":\"SIRENE confirmed by phone"));
        const auto entries = journal.readAll();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first(), entry);
    }

    void linesWithoutTheFieldStillRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("decisions.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"searchId":"s-0","at":"2026-11-27T08:00:00.000Z","decision":"second-line","requiredAction":"arrest","training":false})"
            "\n");
        file.close();
        const auto entries = DecisionJournal(path).readAll();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QVERIFY(entries->first().overrideReason.isEmpty());
        QVERIFY(!DecisionJournal::encode(entries->first()).contains("overrideReason"));
    }
};

QTEST_GUILESS_MAIN(TestDecisionJournal)
#include "TestDecisionJournal.moc"
