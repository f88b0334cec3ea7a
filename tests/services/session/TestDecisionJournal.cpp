// The local decision journal: exactly what each line holds (and nothing personal), one line per
// decision appended, the file owner-only, an override's reason kept with the decision but never
// logged, lines written before a field existed still read, and what is not a decision refused.
#include "services/session/DecisionJournal.h"
#include "tests/support/TestHygiene.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using bd::model::Decision;
using bd::session::DecisionEntry;
using bd::session::DecisionJournal;

namespace {

QStringList g_logged;

DecisionEntry refusal()
{
    DecisionEntry e;
    e.searchId = QStringLiteral("6f1c2b7e-0000-4000-8000-000000000001");
    e.at = QDateTime(QDate(2026, 11, 28), QTime(9, 30, 0, 5), Qt::UTC);
    e.decision = Decision::Refuse;
    e.refusalReason = QStringLiteral("H");
    e.requiredAction = QStringLiteral("refuse-entry-sis");
    e.idempotencyKey = QStringLiteral("key-1");
    e.training = true;
    return e;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logged << message;
}

} // namespace

class TestDecisionJournal : public QObject
{
    Q_OBJECT

private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void overrideReasonRoundTripsAndIsNotLogged()
    {
        QTemporaryDir dir;
        DecisionJournal journal(dir.filePath(QStringLiteral("decisions.jsonl")));
        DecisionEntry entry;
        entry.searchId = QStringLiteral("s-1");
        entry.at = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
        entry.decision = Decision::Admit;
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

    // Byte for byte: the keys in order, the decision by its key, no empty optional fields.
    void writesExactlyOneCompactLinePerDecision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal/decisions.jsonl")); // the folder is made
        DecisionJournal journal(path);
        QVERIFY(journal.append(refusal()));
        const QByteArray first = R"({"at":"2026-11-28T09:30:00.005Z","decision":"refuse","idempotencyKey":"key-1",)"
                                 R"("refusalReason":"H","requiredAction":"refuse-entry-sis",)"
                                 R"("searchId":"6f1c2b7e-0000-4000-8000-000000000001","training":true})";
        QCOMPARE(contentOf(path), first + '\n');

        DecisionEntry plain;
        plain.searchId = QStringLiteral("s-2");
        plain.at = QDateTime(QDate(2026, 11, 28), QTime(9, 31), Qt::UTC);
        plain.decision = Decision::LetExit;
        plain.requiredAction = QStringLiteral("let-exit");
        QVERIFY(journal.append(plain));
        const QByteArray second = R"({"at":"2026-11-28T09:31:00.000Z","decision":"let-exit",)"
                                  R"("requiredAction":"let-exit","searchId":"s-2","training":false})";
        QCOMPARE(contentOf(path), first + '\n' + second + '\n'); // appended, the first line untouched

        const auto entries = journal.readAll();
        QVERIFY(entries);
        QCOMPARE(*entries, (QList<DecisionEntry> { refusal(), plain }));
    }

    // Nothing personal: a decision line has only these keys, whatever the check was about.
    void writesNoMoreThanTheDecision()
    {
        DecisionEntry e = refusal();
        e.overrideReason = QStringLiteral("alert withdrawn by SIRENE");
        const QJsonObject o = QJsonDocument::fromJson(DecisionJournal::encode(e)).object();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys,
            (QStringList { QStringLiteral("at"), QStringLiteral("decision"), QStringLiteral("idempotencyKey"),
                QStringLiteral("overrideReason"), QStringLiteral("refusalReason"), QStringLiteral("requiredAction"),
                QStringLiteral("searchId"), QStringLiteral("training") }));
        const QByteArray line = DecisionJournal::encode(e);
        QVERIFY(!line.contains('\n'));
        for (const char* personal : { "surname", "givenNames", "dateOfBirth", "number", "document", "person" })
            QVERIFY2(!line.contains(personal), personal);
    }

    void decisionKeysRoundTrip()
    {
        QTemporaryDir dir;
        DecisionJournal journal(dir.filePath(QStringLiteral("decisions.jsonl")));
        const QList<Decision> all { Decision::Admit, Decision::Refuse, Decision::SecondLine, Decision::LetExit };
        for (const Decision d : all) {
            DecisionEntry e = refusal();
            e.decision = d;
            if (d != Decision::Refuse)
                e.refusalReason.clear();
            QVERIFY(journal.append(e));
        }
        const auto entries = journal.readAll();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 4);
        for (qsizetype i = 0; i < all.size(); ++i)
            QCOMPARE(entries->at(i).decision, all.at(i));
        QVERIFY(contentOf(journal.filePath()).contains(R"("decision":"second-line")"));
    }

    // The journal is created readable and writable by its owner only.
    void fileIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("decisions.jsonl"));
        QVERIFY(DecisionJournal(path).append(refusal()));
        const QFileDevice::Permissions p = QFile(path).permissions();
        QVERIFY(p & QFileDevice::ReadOwner);
        QVERIFY(p & QFileDevice::WriteOwner);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner;
        QVERIFY2(!(p & others), qPrintable(QString::number(int(p), 16)));
    }

    void refusesWhatIsNoDecision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("decisions.jsonl"));
        DecisionJournal journal(path);
        DecisionEntry noLetter = refusal();
        noLetter.refusalReason.clear();
        const auto refused = journal.append(noLetter);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("journal.invalid"));
        DecisionEntry twoLetters = refusal();
        twoLetters.refusalReason = QStringLiteral("AB");
        QVERIFY(!journal.append(twoLetters));
        QVERIFY(!QFile::exists(path)); // nothing written

        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"searchId":"s","at":"2026-11-27T08:00:00.000Z","decision":"maybe","requiredAction":""})"
                   "\n");
        file.close();
        const auto read = journal.readAll();
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("journal.invalid"));
        QVERIFY2(read.error().detail.contains(QStringLiteral("line 1")), qPrintable(read.error().detail));
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
