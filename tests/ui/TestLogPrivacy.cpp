// No personal data in the log: a full parse-and-display run (typed zone, image read by the real
// OCR, an invalid zone, a repaired zone) at debug level, then the log file is searched for every
// piece of the traveller's data.
#include "services/core/LogCategories.h"
#include "services/core/LogSink.h"
#include "services/core/Redaction.h"
#include "services/document/MrzGenerator.h"
#include "services/document/MrzParser.h"
#include "services/gateway/HttpsGatewayClient.h"
#include "services/ocr/OpenCvMrzReader.h"
#include "services/results/Unifier.h"
#include "services/results/VisaList.h"
#include "services/training/ScenarioDocument.h"
#include "services/training/SyntheticDocument.h"
#include "tests/support/FakeClock.h"
#include "tests/support/LoopbackGateway.h"
#include "tests/support/PlaceholderPage.h"
#include "tests/support/TestHygiene.h"
#include "ui/DialogService.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"

#include <opencv2/imgcodecs.hpp>

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

class FixedDialogService final : public bd::ui::DialogService
{
public:
    QString openImageFile(QWidget* parent) override
    {
        Q_UNUSED(parent);
        return path;
    }
    QString path;
};

// A synthetic traveller (invented, no real person) whose every field is distinctive enough to find.
const QString kSurname = QStringLiteral("QUENTINOVSKA");
const QString kGiven = QStringLiteral("ZELMIRA");
const QString kNumber = QStringLiteral("XK4471Q93");
const QDate kBirth(1987, 6, 23);
const QDate kExpiry(2031, 9, 14);

using namespace bd::gateway;

using namespace bd::model;

// stalled: deadlines short enough that a stalled system ends the search in about a second;
// otherwise the defaults, so a clean search never fails on a busy machine.
GatewayClientConfig loopbackConfig(const bd::testsupport::LoopbackGateway& gateway, bool stalled = true)
{
    GatewayClientConfig c;
    c.baseUrl = gateway.url();
    c.caFile = gateway.caCertificatePath();
    c.certFile = gateway.clientCertificatePath();
    c.keyFile = gateway.clientKeyPath();
    c.mode = GatewayMode::Demo;
    c.maxAttempts = 1;
    c.maxLineBytes = 1024 * 1024;
    // A stalled system: Qt's transfer timeout closes the reply before the search deadline.
    if (stalled) {
        c.systemDeadlineMs = 500;
        c.transferTimeoutMs = 900;
        c.searchDeadlineMs = 8000;
    }
    return c;
}

SearchRequest requestFor(const bd::training::CaseFile& c)
{
    SearchRequest r;
    r.searchId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.officerId = QStringLiteral("officer-privacy");
    r.profile = UserProfile::Trainer;
    r.purpose = c.purpose;
    r.document = c.document;
    r.person = c.person;
    return r;
}

// The traveller's name parts, document number (as printed and lower case) and birth date in every
// form a person, a gateway or a library writes it.
QStringList secretsOf(const bd::training::CaseFile& c)
{
    QStringList out = bd::core::sensitiveTokensOf({ c.person.surname, c.person.givenNames });
    const QDate birth = c.person.dateOfBirth;
    out << c.document.number << c.document.number.toLower() << birth.toString(Qt::ISODate)
        << birth.toString(QStringLiteral("yyMMdd")) << birth.toString(QStringLiteral("yyyyMMdd"))
        << birth.toString(QStringLiteral("dd.MM.yyyy")) << birth.toString(QStringLiteral("d.M.yyyy"))
        << birth.toString(QStringLiteral("yyyy-M-d")) << birth.toString(QStringLiteral("dd/MM/yyyy"));
    return out;
}

SearchOutcome runSearch(HttpsGatewayClient& client, const SearchRequest& request)
{
    std::unique_ptr<SearchHandle> handle(client.search(request));
    QSignalSpy done(handle.get(), &SearchHandle::finished);
    if (!done.wait(30000))
        qFatal("search did not finish");
    return done.first().at(0).value<SearchOutcome>();
}

// borderdesk-cli query for `c` against `gateway`, its diagnostics (stderr) at debug level into
// `diagnostics`.
void runCliQuery(const bd::testsupport::LoopbackGateway& gateway, const bd::training::CaseFile& c, QString& diagnostics)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("bd.*.debug=true"));
    cli.setProcessEnvironment(env);
    QStringList args { QStringLiteral("query"), QStringLiteral("--gateway"), gateway.url().toString(),
        QStringLiteral("--ca"), gateway.caCertificatePath(), QStringLiteral("--cert"), gateway.clientCertificatePath(),
        QStringLiteral("--key"), gateway.clientKeyPath(), QStringLiteral("--mode"), QStringLiteral("training"),
        QStringLiteral("--document-number"), c.document.number, QStringLiteral("--issuing-state"),
        c.document.issuingState, QStringLiteral("--document-code"), c.document.documentCode,
        QStringLiteral("--surname"), c.person.surname, QStringLiteral("--given-names"), c.person.givenNames,
        QStringLiteral("--birth"), c.person.dateOfBirth.toString(Qt::ISODate), QStringLiteral("--nationality"),
        c.person.nationality };
    const auto zone = bd::training::scenarioZone(c);
    QVERIFY(zone.ok());
    for (const QString& line : *zone)
        args << QStringLiteral("--mrz") << line;
    cli.start(QStringLiteral(BD_CLI_PATH), args);
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QVERIFY(!cli.readAllStandardOutput().isEmpty()); // the answer itself goes to stdout, by design
    diagnostics = QString::fromUtf8(cli.readAllStandardError());
}

} // namespace

class TestLogPrivacy : public QObject
{
    Q_OBJECT
private slots:
    void init() { bd::testsupport::failOnAnyWarning(); }

    void fullRunLeavesNoPersonalDataInTheLog()
    {
        QTemporaryDir dir;
        bd::testsupport::FakeClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));

        bd::document::MrzDocumentData in;
        in.format = bd::document::MrzFormat::TD3;
        in.documentCode = QStringLiteral("P");
        in.issuingState = QStringLiteral("UTO");
        in.surname = kSurname;
        in.givenNames = kGiven;
        in.documentNumber = kNumber;
        in.nationality = QStringLiteral("UTO");
        in.dateOfBirth = kBirth;
        in.sex = QLatin1Char('F');
        in.dateOfExpiry = kExpiry;
        const auto generated = bd::document::MrzGenerator::generate(in);
        QVERIFY(generated.ok());
        const QStringList lines = generated.value();

        bd::training::SyntheticDocumentSpec spec;
        spec.mrzLines = lines;
        spec.dpi = 250;
        const QString imagePath = QDir(dir.path()).filePath(QStringLiteral("page.png"));
        QVERIFY(cv::imwrite(imagePath.toStdString(), bd::training::SyntheticDocument().render(spec).image));

        QString logPath;
        {
            bd::core::LogSink sink({ dir.path(), QStringLiteral("privacy.log"), QtDebugMsg, false });
            logPath = sink.filePath();
            FixedDialogService dialogs;
            dialogs.path = imagePath;
            const bd::ocr::OpenCvMrzReader reader(bd::ocr::OpenCvMrzReader::Options { clock.today() });
            QVERIFY(reader.isReady());
            auto* document = new bd::ui::DocumentPage(clock, dialogs, &reader, QString());
            bd::ui::MainWindow::Pages pages;
            pages.document = document;
            pages.biometrics = bd::testsupport::PlaceholderPage::biometrics();
            pages.results = bd::testsupport::PlaceholderPage::results();
            pages.decision = bd::testsupport::PlaceholderPage::decision();
            bd::ui::MainWindow window(pages, bd::ui::MainWindow::Mode::Training);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));

            QSignalSpy read(document, &bd::ui::DocumentPage::documentRead);
            document->readMrzLines(lines, bd::ui::DocumentResultPanel::Source::Typed);
            QString broken = lines.at(1);
            broken[9] = broken.at(9) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // wrong check digit
            document->readMrzLines({ lines.at(0), broken }, bd::ui::DocumentResultPanel::Source::Reader);
            QString confusable = lines.at(1);
            confusable[13] = QLatin1Char('O'); // birth year digit typed as a letter: repaired
            document->readMrzLines({ lines.at(0), confusable }, bd::ui::DocumentResultPanel::Source::Typed);
            document->openImage();
            QTRY_VERIFY_WITH_TIMEOUT(!document->isReadingImage(), 60000);
            QCOMPARE(read.count(), 4); // three typed zones, then the page read by the OCR
            QCOMPARE(document->currentRecord().lines, lines); // the real OCR read the page
            qCDebug(lcUi) << "diagnostic with a stray value" << lines.at(1); // the sink's safety net
            window.restartCheck();
        }

        QFile f(logPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY2(log.contains(QStringLiteral("document checked")), "the run must have logged something");
        const QStringList secrets { kSurname, kGiven, kNumber, kBirth.toString(QStringLiteral("yyMMdd")),
            kBirth.toString(Qt::ISODate), kExpiry.toString(QStringLiteral("yyMMdd")), kExpiry.toString(Qt::ISODate),
            lines.at(0), lines.at(1), lines.at(1).left(20), QStringLiteral("iVBORw0KGgo") }; // PNG bytes as base64
        for (const QString& secret : secrets)
            QVERIFY2(
                !log.contains(secret, Qt::CaseInsensitive), qPrintable(QStringLiteral("log leaks '%1'").arg(secret)));
    }

    // A search whose system stalls until Qt's transfer timeout closes the reply: the client must not
    // read the closed reply ("QIODevice::read (QNetworkReplyHttpImpl): device not open" on stderr).
    void stalledSearchReadsNoClosedReply()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open")));
        qRegisterMetaType<SearchOutcome>();
        bd::testsupport::LoopbackGateway gateway;
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorString()));
        gateway.setFault(SystemId::Ees, bd::training::FaultKind::Stalled);
        const auto* c = gateway.scenarios().findById(QStringLiteral("clean-visa-exempt"));
        QVERIFY(c);
        QNetworkAccessManager network;
        HttpsGatewayClient client(network, loopbackConfig(gateway));
        const SearchOutcome outcome = runSearch(client, requestFor(*c));
        QVERIFY(outcome.error.has_value()); // the stalled reply ended the search
    }

    // Search (with a stalled system), results, decision record, the training gateway serving them
    // and borderdesk-cli query, all at debug level: neither the log file nor the CLI's stderr holds
    // the traveller's name, document number or birth date in any form.
    void gatewayResultsDecisionAndCliLeaveNoPersonalData()
    {
        qRegisterMetaType<SearchOutcome>();
        QTemporaryDir dir;
        bd::testsupport::LoopbackGateway gateway;
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorString()));
        const auto* c = gateway.scenarios().findById(QStringLiteral("clean-visa-exempt"));
        QVERIFY(c);
        const QStringList secrets = secretsOf(*c);
        QString logPath;
        {
            bd::core::LogSink sink({ dir.path(), QStringLiteral("gateway-privacy.log"), QtDebugMsg, false });
            logPath = sink.filePath();
            QLoggingCategory::setFilterRules(
                QStringLiteral("bd.*.debug=true\nbd.secure.debug=false\nbd.secure.info=false"));
            // What the check flow does when the document is read (see bd::document::sensitiveLogTokens).
            sink.setSensitiveTokens(
                bd::core::sensitiveTokensOf({ c->person.surname, c->person.givenNames, c->document.number }));

            QNetworkAccessManager network;
            HttpsGatewayClient client(network, loopbackConfig(gateway, false));
            const SearchRequest request = requestFor(*c);
            const SearchOutcome clean = runSearch(client, request);
            QVERIFY(!clean.error.has_value());
            gateway.setFault(SystemId::Ees, bd::training::FaultKind::Stalled);
            HttpsGatewayClient stallingClient(network, loopbackConfig(gateway));
            const SearchOutcome stalled = runSearch(stallingClient, requestFor(*c));
            QVERIFY(stalled.error.has_value());
            gateway.clearFaults();

            bd::results::CheckContext ctx;
            ctx.today = QDate::currentDate();
            ctx.document.read = true;
            ctx.document.zoneValid = true;
            ctx.document.dateOfExpiry = c->document.dateOfExpiry;
            ctx.borderState = QStringLiteral("DEU");
            const auto visaList = bd::results::VisaList::builtIn();
            QVERIFY(visaList.ok());
            ctx.visaList = &visaList.value();
            const auto result = bd::results::Unifier::unify(
                bd::results::SearchAnswers { request, clean.events, clean.summary, clean.error, {} }, ctx);
            qCInfo(lcUi) << "result shown:" << bd::results::actionKey(result.requiredAction.code);

            RecordSubmission record;
            record.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.kind = QStringLiteral("decision");
            record.searchId = request.searchId;
            record.officerId = request.officerId;
            record.at = QDateTime::currentDateTimeUtc();
            record.decision = Decision::Admit;
            record.document = c->document;
            record.person = c->person;
            record.requiredAction = bd::results::actionKey(result.requiredAction.code);
            std::unique_ptr<RecordHandle> stored(client.submitRecord(record));
            QSignalSpy recorded(stored.get(), &RecordHandle::finished);
            QVERIFY(recorded.wait(10000));
            // A careless diagnostic with the traveller in it: the safety net and the tokens catch it.
            qCDebug(lcUi) << "decision for" << c->person.surname << c->person.givenNames << c->document.number.toLower()
                          << c->person.dateOfBirth.toString(QStringLiteral("dd.MM.yyyy"))
                          << c->person.dateOfBirth.toString(QStringLiteral("yyyy-M-d"));
            sink.clearSensitiveTokens();
        }
        QLoggingCategory::setFilterRules(QString());

        QFile f(logPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(f.readAll());
        QVERIFY2(log.contains(QStringLiteral("search finished")), "the search must have logged");
        QVERIFY2(log.contains(QStringLiteral("decision for")), "the diagnostic must have been logged");
        QVERIFY2(!log.contains(QStringLiteral("device not open")), qPrintable(log));
        for (const QString& secret : secrets)
            QVERIFY2(
                !log.contains(secret, Qt::CaseInsensitive), qPrintable(QStringLiteral("log leaks '%1'").arg(secret)));

        // borderdesk-cli query against the same gateway, its diagnostics (stderr) at debug level.
        QString cliLog;
        runCliQuery(gateway, *c, cliLog);
        if (QTest::currentTestFailed())
            return;
        for (const QString& secret : secrets)
            QVERIFY2(!cliLog.contains(secret, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("CLI stderr leaks '%1': %2").arg(secret, cliLog)));
    }
};

QTEST_MAIN(TestLogPrivacy)
#include "TestLogPrivacy.moc"
