#include "ui/CheckController.h"

#include "services/core/Clock.h"
#include "services/core/LogCategories.h"
#include "services/document/MrzLogTokens.h"
#include "ui/DeclarationsDialog.h"
#include "ui/DialogSupport.h"
#include "ui/ErrorText.h"
#include "ui/ParkedChecksDialog.h"
#include "ui/ResultText.h"
#include "ui/ResultsPage.h"
#include "ui/TravellerText.h"
#include "widgets/TravellerHeader.h"

#include <utility>

namespace bd::ui {

using namespace bd::gateway;
using namespace bd::model;
using bd::session::CheckService;

namespace {

MainWindow::CheckPurpose windowPurpose(Purpose purpose)
{
    return purpose == Purpose::ExitCheck ? MainWindow::CheckPurpose::Exit : MainWindow::CheckPurpose::Entry;
}

} // namespace

CheckController::CheckController(MainWindow& window,
    ResultsPage& results,
    DecisionPage& decision,
    const bd::core::Clock& clock,
    bd::session::DecisionRecorder& journal,
    GatewayClient* client,
    Config config,
    QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_results(results)
    , m_decision(decision)
    , m_clock(clock)
    , m_service(clock, &journal, client)
    , m_config(std::move(config))
    , m_entryPurpose(m_config.purpose == Purpose::ExitCheck
              ? (m_config.training ? Purpose::Training : Purpose::EntryCheck)
              : m_config.purpose)
{
    connect(&m_decision, &DecisionPage::decisionTaken, this, &CheckController::recordDecision);
    connect(
        &m_results, &ResultsPage::decideRequested, &m_window, [this] { m_window.showStep(MainWindow::DecisionStep); });
    connect(&m_window, &MainWindow::checkRestarted, this, &CheckController::reset);
    connect(&m_window, &MainWindow::checkPurposeChanged, this, &CheckController::setNextPurpose);
    connect(&m_window, &MainWindow::declarationsRequested, this, &CheckController::openDeclarations);
    connect(&m_window, &MainWindow::parkedChecksRequested, this, &CheckController::openParkedChecks);
    connect(&m_window, &MainWindow::repeatQueryRequested, this, &CheckController::repeatQuery);
    connect(&m_decision, &DecisionPage::repeatQueryRequested, this, &CheckController::repeatQuery);
    m_window.setCheckPurpose(windowPurpose(m_config.purpose));
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
    if (m_parkedDialog)
        delete m_parkedDialog.data();
    if (m_handle) {
        m_handle->disconnect(this);
        m_handle->cancel();
    }
}

DeclarationsDialog* CheckController::declarationsDialog() const
{
    return m_declarationsDialog.data();
}

ParkedChecksDialog* CheckController::parkedChecksDialog() const
{
    return m_parkedDialog.data();
}

QStringList CheckController::parkedSearchIds() const
{
    QStringList ids;
    for (const OpenCheck& c : m_parked)
        ids << c.request.searchId;
    return ids;
}

void CheckController::setNextPurpose(MainWindow::CheckPurpose purpose)
{
    const Purpose before = std::exchange(
        m_config.purpose, purpose == MainWindow::CheckPurpose::Exit ? Purpose::ExitCheck : m_entryPurpose);
    // The open check keeps the purpose it was searched with.
    const bool forNext = m_open.hasRequest() && m_open.request.purpose != m_config.purpose;
    m_window.setCheckPurpose(purpose, forNext);
    qCInfo(lcUi, "next check: %s%s", qPrintable(purposeKey(m_config.purpose)),
        forNext ? " (the open check is unchanged)" : "");
    if (m_config.purpose != before)
        m_service.recordPurposeChange(m_config.officerId, m_config.purpose);
}

void CheckController::prepareScenario(Purpose purpose, const bd::results::EtiasPeriods& etias)
{
    m_config.etias = etias;
    setNextPurpose(windowPurpose(purpose));
}

bd::session::CheckBasis CheckController::checkBasis() const
{
    return bd::session::CheckBasis { m_config.officerId, m_config.profile, m_config.purpose };
}

void CheckController::applyLogTokens()
{
    if (!m_logTokens)
        return;
    if (m_open.hasRequest())
        m_logTokens->setSensitiveTokens(bd::document::sensitiveLogTokens(m_open.record));
    else
        m_logTokens->clearSensitiveTokens();
}

void CheckController::startCheck(const bd::document::MrzRecord& record)
{
    reset(); // an undecided open check is parked, never thrown away
    m_open.id = ++m_nextId;
    m_open.startedAt = m_clock.now();
    m_open.record = record;
    applyLogTokens(); // from here on the log sink masks this traveller's name and number
    m_open.request = CheckService::requestFor(record, checkBasis(), CheckService::newId());
    if (m_portraitProvider) {
        Portrait p = m_portraitProvider(record);
        m_open.portrait = std::move(p.image);
        m_open.portraitCaption = std::move(p.caption);
    }
    m_window.showStep(MainWindow::ResultsStep);
    showTraveller();
    if (!m_service.hasGateway()) {
        showProblem(CheckText::notConfigured(m_config.notConfiguredReason));
        qCInfo(lcUi, "check started without a gateway client: no search");
        updateWindow();
        return;
    }
    startSearch(m_open.request);
    qCInfo(lcUi, "search started");
    updateWindow();
}

void CheckController::startSearch(const SearchRequest& request)
{
    m_results.startSearch(request.systems);
    m_handle = m_service.startSearch(request);
    const quint64 check = m_open.id;
    connect(m_handle, &SearchHandle::systemAnswered, &m_results, &ResultsPage::applyEvent);
    connect(m_handle, &SearchHandle::finished, this,
        [this, check](const SearchOutcome& outcome) { handleFinished(check, outcome); });
}

void CheckController::cancelSearch()
{
    if (!m_handle)
        return;
    SearchHandle* h = m_handle;
    m_handle = nullptr;
    // Nothing of a cancelled search reaches the pages or this controller any more.
    QObject::disconnect(h, nullptr, this, nullptr);
    QObject::disconnect(h, nullptr, &m_results, nullptr);
    h->cancel();
    h->deleteLater();
}

void CheckController::handleFinished(quint64 check, const SearchOutcome& outcome)
{
    if (check != m_open.id)
        return; // a late callback of another check
    const QString expectedId = m_open.repeat ? m_open.repeat->request.searchId : m_open.request.searchId;
    if (outcome.searchId != expectedId && !outcome.searchId.isEmpty())
        return;
    if (m_handle)
        m_handle->deleteLater();
    m_handle = nullptr;
    if (outcome.error && outcome.error->code == QLatin1String(errors::kCancelled))
        return;
    const std::optional<Repeat> repeat = std::exchange(m_open.repeat, std::nullopt);
    if (outcome.error && outcome.events.isEmpty()) {
        const ErrorText::Text words = ErrorText::forError(*outcome.error); // every code's words and remedy
        const QString text = words.message + QLatin1Char(' ') + words.remedy;
        qCWarning(lcUi, "search ended without answers: %s%s", qPrintable(outcome.error->code),
            repeat ? " (repeat query)" : "");
        if (repeat && m_open.answers) {
            // The repeat failed as a whole: the first answers and their result stand.
            showVerdict();
            m_decision.setRepeatStatus(tr("The repeated query failed: %1 The result is unchanged.").arg(text));
            return;
        }
        showProblem(CheckText::noResult(text));
        return;
    }
    // Everything that arrived goes to the verdict: a broken stream, a missing summary or one of
    // another search is an integrity problem there, never a silent "no hit".
    if (!repeat && m_archive && CheckService::isOffline(outcome)) {
        showOffline(check, CheckService::answersFor(m_open.request, outcome));
        return;
    }
    bd::results::SearchAnswers answers = CheckService::answersFor(repeat ? repeat->request : m_open.request, outcome);
    if (outcome.error)
        qCWarning(lcUi, "search ended with answers and an error: %s", qPrintable(outcome.error->code));
    if (repeat && !repeat->whole && m_open.answers) {
        m_open.answers = bd::results::mergeRepeat(*m_open.answers, answers);
    } else {
        if (repeat)
            m_open.request = repeat->request; // the whole search again: this check is that search now
        m_open.answers = std::move(answers);
    }
    m_open.problem.reset();
    if (m_archive)
        m_archive->keep(*m_open.answers);
    showVerdict();
    if (repeat) {
        m_decision.setRepeatStatus(CheckText::repeated(repeat->whole, repeat->request.systems));
        qCInfo(lcUi, "repeat query answered: %s", repeat->whole ? "whole search" : "merged with the first answers");
    }
}

bd::results::CheckContext CheckController::context() const
{
    auto c = CheckService::contextFor(m_open.record, m_open.declarations, m_clock.today(),
        bd::session::SiteContext { m_config.etias, m_config.borderState, m_config.visaList });
    c.offlineHotlist = m_open.offlineHotlist;
    return c;
}

void CheckController::showProblem(const Problem& problem)
{
    m_open.problem = problem;
    m_results.showProblem(problem.headline, problem.explanation);
    m_decision.setNoResult(problem.why, m_open.request.purpose);
    m_open.outcomeShown = true;
    updateRepeatOffer();
}

void CheckController::showVerdict()
{
    if (!m_open.answers)
        return;
    m_open.result = CheckService::unify(*m_open.answers, context());
    const auto& result = *m_open.result;
    qCInfo(lcUi, "verdict: %s, %lld identities, complete %d, declarations %s",
        qPrintable(bd::results::actionKey(result.requiredAction.code)),
        static_cast<long long>(result.identities.size()), result.complete ? 1 : 0,
        m_open.declarations.isEmpty() ? "none" : "given");
    m_results.showResult(result);
    m_decision.setResult(result);
    m_open.outcomeShown = true;
    m_service.recordResultShown(m_open.request, result, false);
    updateRepeatOffer();
    emit resultReady(result);
}

void CheckController::updateRepeatOffer()
{
    if (!m_service.hasGateway() || !m_open.hasRequest() || m_open.decided || m_handle) {
        m_decision.setRepeatOffer({});
        return;
    }
    m_decision.setRepeatOffer(CheckText::repeatOffer(repeatPlan()));
}

bd::results::RepeatPlan CheckController::repeatPlan() const
{
    return m_open.answers ? bd::results::planRepeat(*m_open.answers) : bd::results::wholeRepeat();
}

void CheckController::repeatQuery()
{
    if (!m_open.hasRequest()) {
        qCInfo(lcUi, "repeat query refused: no check is open");
        return;
    }
    if (m_open.decided) {
        qCInfo(lcUi, "repeat query refused: the decision is recorded");
        m_decision.setRepeatStatus(tr("The decision is recorded: the query is not repeated."));
        return;
    }
    if (m_handle) {
        qCInfo(lcUi, "repeat query refused: a search is still running");
        m_decision.setRepeatStatus(tr("The systems are still answering: wait for the result before repeating."));
        return;
    }
    if (!m_service.hasGateway()) {
        m_decision.setRepeatStatus(tr("No central gateway is configured: the query cannot be repeated."));
        return;
    }
    const bd::results::RepeatPlan plan = repeatPlan();
    if (plan.isEmpty()) {
        qCInfo(lcUi, "repeat query: every system answered, nothing to repeat");
        m_decision.setRepeatStatus(tr("Every system answered: there is nothing to repeat."));
        return;
    }
    Repeat repeat { bd::results::repeatRequest(m_open.request, plan, CheckService::newId()), plan.whole };
    qCInfo(lcUi, "repeat query started: %s (%lld systems)", plan.whole ? "the whole search" : "unanswered systems",
        static_cast<long long>(plan.systems.size()));
    m_open.repeat = repeat;
    m_open.outcomeShown = false; // the decision waits for the new answers
    m_decision.restart();
    m_decision.setRepeatStatus(CheckText::repeating(plan));
    m_window.showStep(MainWindow::ResultsStep);
    startSearch(repeat.request);
    updateRepeatOffer();
}

void CheckController::setDeclarations(const bd::results::OfficerDeclarations& declarations)
{
    if (!m_open.hasRequest()) {
        qCInfo(lcUi, "declarations refused: no check is open");
        return;
    }
    if (m_open.decided) {
        qCWarning(lcUi, "declarations refused: this check's decision is already recorded");
        return;
    }
    m_open.declarations = declarations;
    qCInfo(lcUi, "declarations set for this check");
    // With answers the verdict is worked out again; while searching (or repeating) they apply when
    // the answers arrive; without answers (problem screen) there is no verdict to change.
    if (m_open.answers && !m_handle)
        showVerdict();
}

void CheckController::openDeclarations()
{
    if (!m_open.hasRequest() || m_open.decided) {
        qCInfo(lcUi, "declarations not offered: %s",
            m_open.hasRequest() ? "the decision is recorded" : "no check is open");
        return;
    }
    if (m_declarationsDialog) {
        m_declarationsDialog->raise();
        m_declarationsDialog->activateWindow();
        return;
    }
    m_window.showStep(MainWindow::ResultsStep);
    const bd::results::RegimeFinding finding
        = m_open.result ? m_open.result->traveller.finding : bd::results::RegimeFinding {};
    auto* dialog = new DeclarationsDialog(m_open.declarations, finding, m_clock.today(), &m_window);
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

void CheckController::openParkedChecks()
{
    if (m_parkedDialog) {
        m_parkedDialog->raise();
        m_parkedDialog->activateWindow();
        return;
    }
    QList<ParkedChecksDialog::Entry> entries;
    // Newest first: the traveller just sent aside is usually the one the officer wants back.
    for (auto it = m_parked.crbegin(); it != m_parked.crend(); ++it) {
        const OpenCheck& c = *it;
        entries.append({ c.id,
            CheckText::parkedLine(c.startedAt, c.request.purpose, c.request.person.surname, c.request.document.number,
                c.result ? std::optional(c.result->requiredAction.code) : std::nullopt) });
    }
    auto* dialog = new ParkedChecksDialog(entries, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_parkedDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const quint64 id = dialog->selectedId();
        m_parkedDialog.clear();
        for (const OpenCheck& c : std::as_const(m_parked))
            if (c.id == id) {
                restoreParked(c.request.searchId);
                return;
            }
    });
    qCInfo(lcUi, "parked checks listed (%lld)", static_cast<long long>(m_parked.size()));
    dialog->open();
}

bool CheckController::restoreParked(const QString& searchId)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_parked.size(); ++i)
        if (m_parked.at(i).request.searchId == searchId)
            index = i;
    if (index < 0)
        return false;
    OpenCheck restored = m_parked.takeAt(index);
    // The pages start afresh; an undecided open check takes the restored one's place in the list.
    m_window.restartCheck();
    m_open = std::move(restored);
    ++m_check;
    applyLogTokens();
    emit checkRestored(m_open.record);
    showOpenCheck();
    updateWindow();
    qCInfo(lcUi, "parked check restored (%lld still parked)", static_cast<long long>(m_parked.size()));
    return true;
}

void CheckController::showTraveller()
{
    bd::widgets::TravellerHeader* headers[] = { m_results.travellerHeader(), m_decision.travellerHeader() };
    if (!m_open.hasRequest()) {
        for (auto* h : headers)
            h->showEmpty(TravellerText::noTravellerText());
        return;
    }
    // From the document read for this check, never from a record of a connected system.
    const auto content
        = TravellerText::headerContent(m_open.record, bd::results::documentFactsFrom(m_open.record), m_clock.today());
    const QString caption = m_open.portrait.isNull()
        ? tr("No portrait: live face capture is not available in this version")
        : m_open.portraitCaption;
    for (auto* h : headers) {
        h->setContent(content);
        h->setPortrait(m_open.portrait, caption);
    }
}

void CheckController::showOpenCheck()
{
    showTraveller();
    const bool forNext = m_open.request.purpose != m_config.purpose;
    m_window.setCheckPurpose(windowPurpose(m_config.purpose), forNext);
    m_window.showStep(MainWindow::ResultsStep);
    if (m_open.result) {
        m_results.showResult(*m_open.result);
        m_decision.setResult(*m_open.result);
        m_open.outcomeShown = true;
        m_service.recordResultShown(m_open.request, *m_open.result, true);
        emit resultReady(*m_open.result);
    } else if (m_open.problem) {
        m_results.showProblem(m_open.problem->headline, m_open.problem->explanation);
        m_decision.setNoResult(m_open.problem->why, m_open.request.purpose);
        m_open.outcomeShown = true;
    }
    updateRepeatOffer();
}

void CheckController::parkOpenCheck()
{
    if (!m_open.hasRequest() || m_open.decided)
        return;
    const bool wasSearching = m_handle != nullptr;
    cancelSearch();
    if (wasSearching) {
        // Cut off: the first answers (if any) stand; without any the check shows that it was
        // interrupted and offers the repeat query when it is restored.
        m_open.repeat.reset();
        if (!m_open.answers && !m_open.problem)
            m_open.problem = CheckText::interrupted();
        m_open.outcomeShown = true;
    }
    m_parked.append(std::move(m_open));
    m_open = OpenCheck {};
    qCInfo(lcUi, "undecided check parked (%lld parked)%s", static_cast<long long>(m_parked.size()),
        wasSearching ? "; its search was cancelled" : "");
}

void CheckController::updateWindow()
{
    m_window.setOpenCheckUndecided(m_open.hasRequest() && !m_open.decided);
    m_window.setParkedChecks(static_cast<int>(m_parked.size()));
}

bool CheckController::refuseDecision()
{
    // One decision per check, and only on what the officer has seen: nothing else is journalled.
    if (!m_open.hasRequest()) {
        qCWarning(lcUi, "decision refused: no check is open");
        m_decision.showRecordFailed(tr("No check is open: nothing was recorded."));
        return true;
    }
    if (m_open.decided) {
        qCWarning(lcUi, "decision refused: this check's decision is already recorded");
        return true;
    }
    if (!m_open.outcomeShown) {
        qCWarning(lcUi, "decision refused: the result of this check is not shown yet");
        m_decision.showRecordFailed(
            tr("The result of this check is not shown yet: nothing was recorded. Wait for the result (F3)."));
        return true;
    }
    return false;
}

void CheckController::recordDecision(const OfficerDecision& decision)
{
    if (refuseDecision())
        return;
    const bd::session::DecisionBasis basis { m_open.request,
        m_open.result ? std::optional(m_open.result->requiredAction) : std::nullopt, m_config.training, eesBasis() };
    const bd::session::OfficerChoice choice { decision.decision, decision.refusalReason, decision.requiredAction,
        decision.overrideReason };
    if (m_decisionStore)
        writeToStore(m_service.prepareDecision(basis, choice), decision);
    else
        decisionWritten(m_service.recordDecision(basis, choice), decision, std::nullopt);
}

void CheckController::reset()
{
    ++m_check;
    closeDialog(m_declarationsDialog); // declarations belong to the check they were made for
    closeDialog(m_parkedDialog);
    parkOpenCheck(); // a check with a request and no decision is kept, never thrown away
    cancelSearch();
    m_open = OpenCheck {};
    m_lastConfirmation.reset();
    applyLogTokens(); // no check open: nothing to mask
    m_window.setCheckPurpose(windowPurpose(m_config.purpose));
    m_results.restart();
    m_decision.restart();
    showTraveller(); // no traveller
    updateWindow();
}

} // namespace bd::ui
