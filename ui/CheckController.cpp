#include "ui/CheckController.h"

#include "services/core/Clock.h"
#include "services/core/LogCategories.h"
#include "services/results/Unifier.h"
#include "services/session/DecisionJournal.h"
#include "ui/MainWindow.h"
#include "ui/ResultText.h"
#include "ui/ResultsPage.h"

#include <QDateTime>
#include <QUuid>

namespace bd::ui {

using namespace bd::gateway;

CheckController::CheckController(MainWindow& window, ResultsPage& results, DecisionPage& decision,
    const bd::core::Clock& clock, bd::session::DecisionJournal& journal, GatewayClient* client, Config config,
    QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_results(results)
    , m_decision(decision)
    , m_clock(clock)
    , m_journal(journal)
    , m_client(client)
    , m_config(std::move(config))
{
    connect(&m_decision, &DecisionPage::decisionTaken, this, &CheckController::recordDecision);
    connect(&m_results, &ResultsPage::decideRequested, &m_window, [this] { m_window.showStep(MainWindow::DecisionStep); });
    connect(&m_window, &MainWindow::checkRestarted, this, &CheckController::reset);
}

CheckController::~CheckController()
{
    if (m_handle)
        m_handle->cancel();
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
        return;
    }
    const auto traveller = bd::results::contextFor(m_request);
    m_result = bd::results::Unifier::unify(m_request, outcome.events, outcome.summary ? &*outcome.summary : nullptr,
        m_clock.today(), traveller);
    qCInfo(lcUi, "search finished: %s, %lld identities", qPrintable(m_result->requiredAction.code),
        static_cast<long long>(m_result->identities.size()));
    m_results.showResult(*m_result);
    m_decision.setResult(*m_result);
    emit resultReady(*m_result);
}

void CheckController::recordDecision(const OfficerDecision& decision)
{
    if (!m_haveRequest)
        return;
    bd::session::DecisionEntry entry;
    entry.searchId = m_request.searchId;
    entry.at = m_clock.now().toUTC();
    entry.decision = decision.decision;
    entry.refusalReason = decision.refusalReason;
    entry.requiredAction = decision.requiredAction;
    entry.training = m_config.training;
    if (m_client)
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto written = m_journal.append(entry);
    if (!written) {
        m_decision.showRecordFailed(tr("The decision could NOT be recorded locally (%1). Note it on paper and call support.")
                                        .arg(written.error().code));
        return;
    }
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
    if (m_handle) {
        SearchHandle* h = m_handle;
        m_handle = nullptr;
        h->cancel();
        h->deleteLater();
    }
    m_result.reset();
    m_haveRequest = false;
    m_request = {};
    m_results.restart();
    m_decision.restart();
}

} // namespace bd::ui
