#include "ui/CheckController.h"

#include "services/core/Clock.h"
#include "services/core/LogCategories.h"
#include "services/results/Unifier.h"
#include "services/session/DecisionJournal.h"
#include "ui/DeclarationsDialog.h"
#include "ui/MainWindow.h"
#include "ui/ResultText.h"
#include "ui/ResultsPage.h"

#include <QDateTime>
#include <QUuid>

namespace bd::ui {

using namespace bd::gateway;

CheckController::CheckController(MainWindow& window,
    ResultsPage& results,
    DecisionPage& decision,
    const bd::core::Clock& clock,
    bd::session::DecisionJournal& journal,
    GatewayClient* client,
    Config config,
    QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_results(results)
    , m_decision(decision)
    , m_clock(clock)
    , m_journal(journal)
    , m_client(client)
    , m_config(std::move(config))
    , m_entryPurpose(m_config.purpose == Purpose::ExitCheck
              ? (m_config.training ? Purpose::Training : Purpose::EntryCheck)
              : m_config.purpose)
{
    connect(&m_decision, &DecisionPage::decisionTaken, this, &CheckController::recordDecision);
    connect(&m_results, &ResultsPage::decideRequested, &m_window, [this] { m_window.showStep(MainWindow::DecisionStep); });
    connect(&m_window, &MainWindow::checkRestarted, this, &CheckController::reset);
    connect(&m_window, &MainWindow::checkPurposeChanged, this, &CheckController::setNextPurpose);
    connect(&m_window, &MainWindow::declarationsRequested, this, &CheckController::openDeclarations);
    m_window.setCheckPurpose(
        m_config.purpose == Purpose::ExitCheck ? MainWindow::CheckPurpose::Exit : MainWindow::CheckPurpose::Entry);
    if (!m_config.visaList) {
        qCWarning(lcUi, "no visa list: every traveller's visa requirement is verified by hand");
        m_window.setWarning(
            tr("Visa list not loaded \u2014 the visa requirement of every traveller must be verified by "
               "hand."));
    }
}

CheckController::~CheckController()
{
    if (m_declarationsDialog)
        delete m_declarationsDialog.data();
    if (m_handle)
        m_handle->cancel();
}

DeclarationsDialog* CheckController::declarationsDialog() const
{
    return m_declarationsDialog.data();
}

void CheckController::closeDeclarations()
{
    if (DeclarationsDialog* dialog = m_declarationsDialog.data()) {
        m_declarationsDialog.clear();
        dialog->reject(); // deleted on close
    }
}

void CheckController::setNextPurpose(MainWindow::CheckPurpose purpose)
{
    m_config.purpose = purpose == MainWindow::CheckPurpose::Exit ? Purpose::ExitCheck : m_entryPurpose;
    // The open check keeps the purpose it was searched with.
    const bool forNext = m_haveRequest && m_request.purpose != m_config.purpose;
    m_window.setCheckPurpose(purpose, forNext);
    qCInfo(lcUi, "next check: %s%s", qPrintable(purposeKey(m_config.purpose)),
        forNext ? " (the open check is unchanged)" : "");
}

void CheckController::prepareScenario(Purpose purpose, const bd::results::EtiasPeriods& etias)
{
    m_config.etias = etias;
    setNextPurpose(purpose == Purpose::ExitCheck ? MainWindow::CheckPurpose::Exit : MainWindow::CheckPurpose::Entry);
}

SearchRequest CheckController::requestFor(const bd::document::MrzRecord& record, const Config& config, const QString& searchId)
{
    SearchRequest r;
    r.searchId = searchId;
    r.officerId = config.officerId;
    r.profile = config.profile;
    r.purpose = config.purpose;
    r.document.documentCode = record.value(QStringLiteral("documentCode"));
    r.document.issuingState = record.value(QStringLiteral("issuingState"));
    r.document.number = record.value(QStringLiteral("documentNumber"));
    r.document.dateOfExpiry = QDate::fromString(record.value(QStringLiteral("dateOfExpiry")), Qt::ISODate);
    r.person.surname = record.value(QStringLiteral("surname"));
    r.person.givenNames = record.value(QStringLiteral("givenNames"));
    r.person.dateOfBirth = QDate::fromString(record.value(QStringLiteral("dateOfBirth")), Qt::ISODate);
    const QString sex = record.value(QStringLiteral("sex"));
    if (sex == QLatin1String("M") || sex == QLatin1String("F") || sex == QLatin1String("X"))
        r.person.sex = sex;
    r.person.nationality = record.value(QStringLiteral("nationality"));
    return r;
}

void CheckController::startCheck(const bd::document::MrzRecord& record)
{
    reset();
    m_record = record;
    m_request = requestFor(record, m_config, QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_haveRequest = true;
    m_window.showStep(MainWindow::ResultsStep);
    if (!m_client) {
        const QString why = m_config.notConfiguredReason.isEmpty()
            ? tr("No central gateway is configured for this workstation (gateway URL and certificates in the site settings).")
            : m_config.notConfiguredReason;
        m_results.showProblem(tr("No search possible — the central gateway is not configured."),
            why + QLatin1Char(' ') + tr("Nothing was checked: no system results are shown."));
        m_decision.setNoResult(tr("the central gateway is not configured."));
        m_outcomeShown = true;
        qCInfo(lcUi, "check started without a gateway client: no search");
        return;
    }
    m_results.startSearch(m_request.systems);
    m_handle = m_client->search(m_request);
    qCInfo(lcUi, "search started");
    connect(m_handle, &SearchHandle::systemAnswered, &m_results, &ResultsPage::applyEvent);
    connect(m_handle, &SearchHandle::finished, this, &CheckController::handleFinished);
}

QString CheckController::problemText(const bd::core::Error& error) const
{
    const QString& c = error.code;
    if (c == QLatin1String(errors::kUntrustedServer) || c == QLatin1String(errors::kTls))
        return tr("The gateway could not be trusted (TLS). Check the gateway CA in the site settings.");
    if (c == QLatin1String(errors::kClientCertificateRejected))
        return tr("The gateway refused this workstation's certificate.");
    if (c == QLatin1String(errors::kUnreachable))
        return tr("The gateway cannot be reached.");
    if (c == QLatin1String(errors::kTimeout))
        return tr("The gateway did not answer in time.");
    if (c == QLatin1String(errors::kTrainingGatewayInLiveMode))
        return tr("The configured gateway is a TRAINING gateway; a live workstation refuses it.");
    if (c == QLatin1String(errors::kLiveGatewayInTrainingMode))
        return tr("The configured gateway is a LIVE gateway; a training workstation refuses it.");
    if (c == QLatin1String(errors::kConfig))
        return tr("The gateway settings are incomplete or invalid.");
    return tr("The search failed (%1).").arg(c);
}

void CheckController::handleFinished(const SearchOutcome& outcome)
{
    if (m_handle)
        m_handle->deleteLater();
    m_handle = nullptr;
    if (outcome.searchId != m_request.searchId && !outcome.searchId.isEmpty())
        return;
    if (outcome.error && outcome.error->code == QLatin1String(errors::kCancelled))
        return;
    if (outcome.error && outcome.events.isEmpty()) {
        const QString text = problemText(*outcome.error);
        qCWarning(lcUi, "search ended without answers: %s", qPrintable(outcome.error->code));
        m_results.showProblem(tr("No search result — %1").arg(text), tr("Nothing was checked: no system results are shown. Refer to second line."));
        m_decision.setNoResult(text);
        m_outcomeShown = true;
        return;
    }
    // Everything that arrived goes to the verdict: a broken stream, a missing summary or one of
    // another search is an integrity problem there, never a silent "no hit".
    bd::results::SearchAnswers answers;
    answers.request = m_request;
    answers.events = outcome.events;
    answers.summary = outcome.summary;
    answers.streamError = outcome.error;
    m_answers = std::move(answers);
    if (outcome.error)
        qCWarning(lcUi, "search ended with answers and an error: %s", qPrintable(outcome.error->code));
    showVerdict();
}

bd::results::CheckContext CheckController::context() const
{
    bd::results::CheckContext c;
    c.today = m_clock.today();
    c.document = bd::results::documentFactsFrom(m_record);
    c.declarations = m_declarations;
    c.etias = m_config.etias;
    c.borderState = m_config.borderState;
    c.visaList = m_config.visaList;
    return c;
}

void CheckController::showVerdict()
{
    if (!m_answers)
        return;
    m_result = bd::results::Unifier::unify(*m_answers, context());
    qCInfo(lcUi, "verdict: %s, %lld identities, complete %d, declarations %s",
        qPrintable(m_result->requiredAction.code), static_cast<long long>(m_result->identities.size()),
        m_result->complete ? 1 : 0, m_declarations.isEmpty() ? "none" : "given");
    m_results.showResult(*m_result);
    m_decision.setResult(*m_result);
    m_outcomeShown = true;
    emit resultReady(*m_result);
}

void CheckController::setDeclarations(const bd::results::OfficerDeclarations& declarations)
{
    if (!m_haveRequest) {
        qCInfo(lcUi, "declarations refused: no check is open");
        return;
    }
    if (m_decided) {
        qCWarning(lcUi, "declarations refused: this check's decision is already recorded");
        return;
    }
    m_declarations = declarations;
    qCInfo(lcUi, "declarations set for this check");
    // With answers the verdict is worked out again; while searching they apply when the answers
    // arrive; without answers (problem screen) there is no verdict to change.
    if (m_answers)
        showVerdict();
}

void CheckController::openDeclarations()
{
    if (!m_haveRequest || m_decided) {
        qCInfo(lcUi, "declarations not offered: %s", m_haveRequest ? "the decision is recorded" : "no check is open");
        return;
    }
    if (m_declarationsDialog) {
        m_declarationsDialog->raise();
        m_declarationsDialog->activateWindow();
        return;
    }
    m_window.showStep(MainWindow::ResultsStep);
    const bd::results::RegimeFinding finding = m_result ? m_result->traveller.finding : bd::results::RegimeFinding {};
    auto* dialog = new DeclarationsDialog(m_declarations, finding, m_clock.today(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_declarationsDialog = dialog;
    const quint64 check = m_check;
    connect(dialog, &QDialog::accepted, this, [this, dialog, check] {
        if (check != m_check) // a new traveller meanwhile: never apply to another check
            return;
        setDeclarations(dialog->declarations());
        m_window.showStep(MainWindow::ResultsStep);
    });
    dialog->open();
}

void CheckController::recordDecision(const OfficerDecision& decision)
{
    // One decision per check, and only on what the officer has seen: nothing else is journalled.
    if (!m_haveRequest) {
        qCWarning(lcUi, "decision refused: no check is open");
        m_decision.showRecordFailed(tr("No check is open: nothing was recorded."));
        return;
    }
    if (m_decided) {
        qCWarning(lcUi, "decision refused: this check's decision is already recorded");
        return;
    }
    if (!m_outcomeShown) {
        qCWarning(lcUi, "decision refused: the result of this check is not shown yet");
        m_decision.showRecordFailed(
            tr("The result of this check is not shown yet: nothing was recorded. Wait for the result (F3)."));
        return;
    }
    const QString requiredAction = m_result ? m_result->requiredAction.code : decision.requiredAction;
    if (requiredAction != decision.requiredAction)
        qCWarning(lcUi, "decision taken on %s; the result requires %s", qPrintable(decision.requiredAction),
            qPrintable(requiredAction));
    bd::session::DecisionEntry entry;
    entry.searchId = m_request.searchId;
    entry.at = m_clock.now().toUTC();
    entry.decision = decision.decision;
    entry.refusalReason = decision.refusalReason;
    entry.requiredAction = requiredAction;
    entry.training = m_config.training;
    if (m_client)
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto written = m_journal.append(entry);
    if (!written) {
        m_decision.showRecordFailed(tr("The decision could NOT be recorded locally (%1). Note it on paper and call support.")
                                        .arg(written.error().code));
        return;
    }
    m_decided = true;
    closeDeclarations(); // the decision is final: declarations no longer change anything
    QString confirmation = tr("Recorded: %1").arg(ResultText::decisionText(decision.decision));
    if (!decision.refusalReason.isEmpty())
        confirmation += tr(" — reason %1 (%2)").arg(decision.refusalReason, ResultText::refusalReasonText(decision.refusalReason));
    confirmation += tr(" at %1.").arg(entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    QString debrief;
    if (m_config.training && m_expected) {
        if (const auto expected = m_expected(m_request)) {
            const bool right = expected->decision == decision.decision
                && (expected->decision != QLatin1String("refuse") || expected->refusalReason.isEmpty()
                    || expected->refusalReason == decision.refusalReason);
            debrief = tr("TRAINING DEBRIEF — %1. Expected: %2%3 (required action %4).\n%5")
                          .arg(right ? tr("Your decision matches") : tr("Your decision differs"),
                              ResultText::decisionText(expected->decision),
                              expected->refusalReason.isEmpty() ? QString() : tr(", reason %1").arg(expected->refusalReason),
                              expected->requiredAction, expected->debrief);
        }
    }
    m_decision.showRecorded(confirmation, debrief);
    emit decisionRecorded(entry.searchId, entry.decision);

    if (m_client) {
        RecordSubmission s;
        s.idempotencyKey = entry.idempotencyKey;
        s.kind = QStringLiteral("decision");
        s.searchId = m_request.searchId;
        s.officerId = m_config.officerId;
        s.at = entry.at;
        s.document = m_request.document;
        s.person = m_request.person;
        s.decision = decision.decision;
        if (!decision.refusalReason.isEmpty())
            s.refusalReasons << decision.refusalReason;
        RecordHandle* handle = m_client->submitRecord(s);
        const QString searchId = m_request.searchId;
        connect(handle, &RecordHandle::finished, this,
            [this, handle, searchId, confirmation, debrief](const bd::core::Result<RecordReceipt>& receipt) {
                handle->deleteLater();
                if (searchId != m_request.searchId)
                    return;
                if (receipt)
                    m_decision.showRecorded(confirmation + QLatin1Char(' ') + tr("Sent to the central gateway."), debrief);
                else
                    m_decision.showRecordFailed(confirmation + QLatin1Char(' ')
                        + tr("NOT sent to the central gateway (%1); it is kept in the local journal.").arg(receipt.error().code));
                qCInfo(lcUi, "decision submission %s", receipt ? "accepted" : "failed");
                emit decisionSubmitted(searchId, receipt.ok());
            });
    }
}

void CheckController::reset()
{
    ++m_check;
    closeDeclarations(); // declarations belong to the check they were made for
    if (m_handle) {
        SearchHandle* h = m_handle;
        m_handle = nullptr;
        h->cancel();
        h->deleteLater();
    }
    m_result.reset();
    m_answers.reset();
    m_declarations = {};
    m_record = {};
    m_haveRequest = false;
    m_outcomeShown = false;
    m_decided = false;
    m_request = {};
    m_window.setCheckPurpose(
        m_config.purpose == Purpose::ExitCheck ? MainWindow::CheckPurpose::Exit : MainWindow::CheckPurpose::Entry);
    m_results.restart();
    m_decision.restart();
}

} // namespace bd::ui
