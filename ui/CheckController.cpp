#include "ui/CheckController.h"

#include "services/core/Clock.h"
#include "services/core/LogCategories.h"
#include "services/document/MrzLogTokens.h"
#include "services/results/RepeatQuery.h"
#include "services/results/Unifier.h"
#include "services/session/DecisionRecorder.h"
#include "ui/DeclarationsDialog.h"
#include "ui/ErrorText.h"
#include "ui/MainWindow.h"
#include "ui/ParkedChecksDialog.h"
#include "ui/ResultText.h"
#include "ui/ResultsPage.h"
#include "ui/TravellerText.h"
#include "widgets/TravellerHeader.h"

#include <QDateTime>
#include <QUuid>

namespace bd::ui {

using namespace bd::gateway;
namespace decisions = bd::results::decisions;

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
    , m_journal(journal)
    , m_client(client)
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

void CheckController::closeDeclarations()
{
    if (DeclarationsDialog* dialog = m_declarationsDialog.data()) {
        m_declarationsDialog.clear();
        dialog->reject(); // deleted on close
    }
}

void CheckController::closeParkedChecks()
{
    if (ParkedChecksDialog* dialog = m_parkedDialog.data()) {
        m_parkedDialog.clear();
        dialog->reject(); // deleted on close
    }
}

void CheckController::setNextPurpose(MainWindow::CheckPurpose purpose)
{
    m_config.purpose = purpose == MainWindow::CheckPurpose::Exit ? Purpose::ExitCheck : m_entryPurpose;
    // The open check keeps the purpose it was searched with.
    const bool forNext = m_open.hasRequest() && m_open.request.purpose != m_config.purpose;
    m_window.setCheckPurpose(purpose, forNext);
    qCInfo(lcUi, "next check: %s%s", qPrintable(purposeKey(m_config.purpose)),
        forNext ? " (the open check is unchanged)" : "");
}

void CheckController::prepareScenario(Purpose purpose, const bd::results::EtiasPeriods& etias)
{
    m_config.etias = etias;
    setNextPurpose(purpose == Purpose::ExitCheck ? MainWindow::CheckPurpose::Exit : MainWindow::CheckPurpose::Entry);
}

SearchRequest CheckController::requestFor(
    const bd::document::MrzRecord& record, const Config& config, const QString& searchId)
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
    reset(); // an undecided open check is parked, never thrown away
    m_open.id = ++m_nextId;
    m_open.startedAt = m_clock.now();
    m_open.record = record;
    if (m_logTokens) // from here on the log sink masks this traveller's name and number
        m_logTokens->setSensitiveTokens(bd::document::sensitiveLogTokens(record));
    m_open.request = requestFor(record, m_config, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (m_portraitProvider) {
        Portrait p = m_portraitProvider(record);
        m_open.portrait = std::move(p.image);
        m_open.portraitCaption = std::move(p.caption);
    }
    m_window.showStep(MainWindow::ResultsStep);
    showTraveller();
    if (!m_client) {
        const QString why = m_config.notConfiguredReason.isEmpty()
            ? tr("No central gateway is configured for this workstation (gateway URL and certificates in the site "
                 "settings).")
            : m_config.notConfiguredReason;
        showProblem(Problem { tr("No search possible — the central gateway is not configured."),
            why + QLatin1Char(' ') + tr("Nothing was checked: no system results are shown."),
            tr("the central gateway is not configured.") });
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
    m_handle = m_client->search(request);
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

QString CheckController::problemText(const bd::core::Error& error) const
{
    // The words and the remedy for every code live in one catalogue.
    const ErrorText::Text text = ErrorText::forError(error);
    return text.message + QLatin1Char(' ') + text.remedy;
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
        const QString text = problemText(*outcome.error);
        qCWarning(lcUi, "search ended without answers: %s%s", qPrintable(outcome.error->code),
            repeat ? " (repeat query)" : "");
        if (repeat && m_open.answers) {
            // The repeat failed as a whole: the first answers and their result stand.
            showVerdict();
            m_decision.setRepeatStatus(tr("The repeated query failed: %1 The result is unchanged.").arg(text));
            return;
        }
        showProblem(Problem { tr("No search result — %1").arg(text),
            tr("Nothing was checked: no system results are shown. Refer to second line."), text });
        return;
    }
    // Everything that arrived goes to the verdict: a broken stream, a missing summary or one of
    // another search is an integrity problem there, never a silent "no hit".
    bd::results::SearchAnswers answers;
    answers.request = repeat ? repeat->request : m_open.request;
    answers.events = outcome.events;
    answers.summary = outcome.summary;
    answers.streamError = outcome.error;
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
    showVerdict();
    if (repeat) {
        m_decision.setRepeatStatus(repeat->whole
                ? tr("The whole query was repeated: the result shown is the new search.")
                : tr("The query was repeated for %1: the result includes the new answers.")
                      .arg(ResultText::systemNames(repeat->request.systems)));
        qCInfo(lcUi, "repeat query answered: %s", repeat->whole ? "whole search" : "merged with the first answers");
    }
}

bd::results::CheckContext CheckController::context() const
{
    bd::results::CheckContext c;
    c.today = m_clock.today();
    c.document = bd::results::documentFactsFrom(m_open.record);
    c.declarations = m_open.declarations;
    c.etias = m_config.etias;
    c.borderState = m_config.borderState;
    c.visaList = m_config.visaList;
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
    m_open.result = bd::results::Unifier::unify(*m_open.answers, context());
    const auto& result = *m_open.result;
    qCInfo(lcUi, "verdict: %s, %lld identities, complete %d, declarations %s", qPrintable(result.requiredAction.code),
        static_cast<long long>(result.identities.size()), result.complete ? 1 : 0,
        m_open.declarations.isEmpty() ? "none" : "given");
    m_results.showResult(result);
    m_decision.setResult(result);
    m_open.outcomeShown = true;
    updateRepeatOffer();
    emit resultReady(result);
}

void CheckController::updateRepeatOffer()
{
    if (!m_client || !m_open.hasRequest() || m_open.decided || m_handle) {
        m_decision.setRepeatOffer({});
        return;
    }
    const bd::results::RepeatPlan plan
        = m_open.answers ? bd::results::planRepeat(*m_open.answers) : bd::results::wholeRepeat();
    if (plan.isEmpty())
        m_decision.setRepeatOffer({});
    else if (plan.whole)
        m_decision.setRepeatOffer(tr("Repeat the whole query (Ctrl+R)"));
    else
        m_decision.setRepeatOffer(tr("Repeat query for %1 (Ctrl+R)").arg(ResultText::systemNames(plan.systems)));
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
    if (!m_client) {
        m_decision.setRepeatStatus(tr("No central gateway is configured: the query cannot be repeated."));
        return;
    }
    const bd::results::RepeatPlan plan
        = m_open.answers ? bd::results::planRepeat(*m_open.answers) : bd::results::wholeRepeat();
    if (plan.isEmpty()) {
        qCInfo(lcUi, "repeat query: every system answered, nothing to repeat");
        m_decision.setRepeatStatus(tr("Every system answered: there is nothing to repeat."));
        return;
    }
    Repeat repeat {
        bd::results::repeatRequest(m_open.request, plan, QUuid::createUuid().toString(QUuid::WithoutBraces)), plan.whole
    };
    qCInfo(lcUi, "repeat query started: %s (%lld systems)", plan.whole ? "the whole search" : "unanswered systems",
        static_cast<long long>(plan.systems.size()));
    m_open.repeat = repeat;
    m_open.outcomeShown = false; // the decision waits for the new answers
    m_decision.restart();
    m_decision.setRepeatStatus(plan.whole
            ? tr("Repeating the whole query…")
            : tr("Repeating the query for %1…").arg(ResultText::systemNames(plan.systems)));
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
        const QString purpose = c.request.purpose == Purpose::ExitCheck ? tr("Exit check") : tr("Entry check");
        const QString state = c.result
            ? tr("Required: %1").arg(ResultText::actionHeadline(c.result->requiredAction.code))
            : tr("no result");
        entries.append({ c.id,
            tr("%1  %2  %3 %4  \u2014  %5")
                .arg(c.startedAt.toLocalTime().toString(QStringLiteral("HH:mm")), purpose, c.request.person.surname,
                    c.request.document.number, state) });
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
    if (m_logTokens)
        m_logTokens->setSensitiveTokens(bd::document::sensitiveLogTokens(m_open.record));
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
    m_window.setCheckPurpose(
        m_config.purpose == Purpose::ExitCheck ? MainWindow::CheckPurpose::Exit : MainWindow::CheckPurpose::Entry,
        forNext);
    m_window.showStep(MainWindow::ResultsStep);
    if (m_open.result) {
        m_results.showResult(*m_open.result);
        m_decision.setResult(*m_open.result);
        m_open.outcomeShown = true;
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
            m_open.problem = Problem { tr("Search interrupted — this check was parked before the systems answered."),
                tr("Nothing was checked: no system results are shown. Repeat the query (Ctrl+R) or refer to second "
                   "line."),
                tr("the search was interrupted when the check was parked.") };
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

QString CheckController::debriefFor(const OfficerDecision& decision, bool isOverride, bool* matches) const
{
    *matches = true;
    if (!m_config.training || !m_expected)
        return {};
    const auto expected = m_expected(m_open.request);
    if (!expected)
        return {};
    // What the screen showed is what the trainee decided on: the unified result as shown, or no
    // result (second line).
    const auto& shown = m_open.result;
    const QString shownCode = shown ? shown->requiredAction.code : QString();
    const QString shownDecision = shown ? shown->requiredAction.decision : QString::fromLatin1(decisions::kSecondLine);
    const QString shownLetter = shown ? shown->requiredAction.refusalReason : QString();
    const bool right = decision.decision == shownDecision
        && (shownDecision != QLatin1String(decisions::kRefuse) || shownLetter.isEmpty()
            || shownLetter == decision.refusalReason);
    *matches = right;
    const QString verdict = right ? tr("Your decision matches") : tr("Your decision DIFFERS");
    const QString expectedLetter
        = expected->refusalReason.isEmpty() ? QString() : tr(", reason %1").arg(expected->refusalReason);

    QStringList parts;
    if (shown && shownCode == expected->requiredAction) {
        parts << tr("TRAINING DEBRIEF — %1. Expected: %2%3 (required action %4).")
                     .arg(verdict, ResultText::decisionText(expected->decision), expectedLetter,
                         ResultText::actionShort(expected->requiredAction));
        parts << expected->debrief;
    } else {
        // The screen showed something else than the scenario's story (a system did not answer, the
        // stream broke off ...): the trainee is judged on what was shown, the story follows.
        QString because;
        if (shown && !shown->unanswered.isEmpty())
            because = tr(" because %1 did not answer").arg(ResultText::systemNames(shown->unanswered));
        else if (shown && !shown->integrityProblems.isEmpty())
            because = tr(" because the answers could not be trusted as a whole");
        const QString headline = shown ? ResultText::actionHeadline(shownCode)
            : m_open.problem           ? m_open.problem->headline
                                       : tr("no result");
        parts << (right ? tr("TRAINING DEBRIEF — Your decision matches what the screen required.")
                        : tr("TRAINING DEBRIEF — Your decision DIFFERS from what the screen required."));
        parts << tr("The screen showed: %1%2; the right decision on what you saw was: %3%4.")
                     .arg(headline, because, ResultText::decisionText(shownDecision),
                         shownLetter.isEmpty() ? QString() : tr(", reason %1").arg(shownLetter));
        parts << tr("With every system answering, this scenario is: %1%2 (required action %3). %4")
                     .arg(ResultText::decisionText(expected->decision), expectedLetter,
                         ResultText::actionShort(expected->requiredAction), expected->debrief);
    }
    // The numbers of the debrief's own sentences are the ones the screen showed.
    if (shown && shown->stay.applicable && shown->stay.assessment) {
        const auto& a = *shown->stay.assessment;
        QString stay = tr("On screen: %n day(s) of stay used in the last 180 days", nullptr, a.daysUsed);
        if (a.overstayDays > 0)
            stay += tr(", %n day(s) over the limit", nullptr, a.overstayDays);
        parts << stay + QLatin1Char('.');
    }
    if (isOverride)
        parts << tr("You overrode the required action. Your reason: \u201c%1\u201d").arg(decision.overrideReason);
    return parts.join(QLatin1Char('\n'));
}

void CheckController::recordDecision(const OfficerDecision& decision)
{
    // One decision per check, and only on what the officer has seen: nothing else is journalled.
    if (!m_open.hasRequest()) {
        qCWarning(lcUi, "decision refused: no check is open");
        m_decision.showRecordFailed(tr("No check is open: nothing was recorded."));
        return;
    }
    if (m_open.decided) {
        qCWarning(lcUi, "decision refused: this check's decision is already recorded");
        return;
    }
    if (!m_open.outcomeShown) {
        qCWarning(lcUi, "decision refused: the result of this check is not shown yet");
        m_decision.showRecordFailed(
            tr("The result of this check is not shown yet: nothing was recorded. Wait for the result (F3)."));
        return;
    }
    const auto& shown = m_open.result;
    const QString requiredAction = shown ? shown->requiredAction.code : decision.requiredAction;
    const QString requiredDecision
        = shown ? shown->requiredAction.decision : QString::fromLatin1(decisions::kSecondLine);
    if (requiredAction != decision.requiredAction)
        qCWarning(lcUi, "decision taken on %s; the result requires %s", qPrintable(decision.requiredAction),
            qPrintable(requiredAction));
    // Second line is always allowed as the more cautious step; anything else that departs from the
    // required action is an override and needs the officer's reason.
    const bool isOverride
        = decision.decision != requiredDecision && decision.decision != QLatin1String(decisions::kSecondLine);
    const QString reason = decision.overrideReason.simplified();
    if (isOverride && !DecisionPage::isMeaningfulReason(reason)) {
        qCWarning(lcUi, "override refused: no reason given (%s instead of %s)", qPrintable(decision.decision),
            qPrintable(requiredDecision));
        m_decision.showRecordFailed(tr("Nothing was recorded: departing from the required action needs your reason."));
        return;
    }
    bd::session::DecisionEntry entry;
    entry.searchId = m_open.request.searchId;
    entry.at = m_clock.now().toUTC();
    entry.decision = decision.decision;
    entry.refusalReason = decision.refusalReason;
    entry.requiredAction = requiredAction;
    entry.overrideReason = isOverride ? reason : QString();
    entry.training = m_config.training;
    if (m_client)
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto written = m_journal.append(entry);
    if (!written) {
        m_decision.showRecordFailed(
            tr("The decision could NOT be recorded locally (%1). Note it on paper and call support.")
                .arg(written.error().code));
        return;
    }
    m_open.decided = true;
    updateWindow();
    closeDeclarations(); // the decision is final: declarations no longer change anything
    if (isOverride)
        qCWarning(lcUi, "override recorded: %s although %s was required", qPrintable(decision.decision),
            qPrintable(requiredAction.isEmpty() ? requiredDecision : requiredAction));
    QString what = ResultText::decisionText(decision.decision);
    if (!decision.refusalReason.isEmpty())
        what += tr(" — reason %1 (%2)")
                    .arg(decision.refusalReason, ResultText::refusalReasonText(decision.refusalReason));
    QString confirmation;
    if (isOverride) {
        const QString required
            = shown ? ResultText::actionHeadline(requiredAction) : tr("refer to second line (no search result)");
        confirmation = tr("Override recorded: %1 although the required action was %2").arg(what, required);
    } else {
        confirmation = tr("Recorded: %1").arg(what);
    }
    confirmation += tr(" at %1.").arg(entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    if (isOverride)
        confirmation += QLatin1Char(' ') + tr("Your reason: \u201c%1\u201d").arg(reason);
    bool matches = true;
    OfficerDecision taken = decision;
    taken.overrideReason = reason;
    const QString debrief = debriefFor(taken, isOverride, &matches);
    m_decision.showRecorded(confirmation, debrief, isOverride, matches);
    emit decisionRecorded(entry.searchId, entry.decision);

    if (m_client) {
        RecordSubmission s;
        s.idempotencyKey = entry.idempotencyKey;
        s.kind = QStringLiteral("decision");
        s.searchId = m_open.request.searchId;
        s.officerId = m_config.officerId;
        s.at = entry.at;
        s.document = m_open.request.document;
        s.person = m_open.request.person;
        s.decision = decision.decision;
        if (!decision.refusalReason.isEmpty())
            s.refusalReasons << decision.refusalReason;
        s.requiredAction = requiredAction;
        s.overrideReason = entry.overrideReason; // the audit trail at the gateway, as in the journal
        RecordHandle* handle = m_client->submitRecord(s);
        const QString searchId = m_open.request.searchId;
        const quint64 check = m_open.id;
        connect(handle, &RecordHandle::finished, this,
            [this, handle, check, searchId, confirmation, debrief, isOverride, matches](
                const bd::core::Result<RecordReceipt>& receipt) {
                handle->deleteLater();
                if (check == m_open.id) {
                    if (receipt)
                        m_decision.showRecorded(confirmation + QLatin1Char(' ') + tr("Sent to the central gateway."),
                            debrief, isOverride, matches);
                    else
                        m_decision.showRecordFailed(confirmation + QLatin1Char(' ')
                            + tr("NOT sent to the central gateway (%1); it is kept in the local journal.")
                                  .arg(receipt.error().code));
                }
                qCInfo(lcUi, "decision submission %s", receipt ? "accepted" : "failed");
                emit decisionSubmitted(searchId, receipt.ok());
            });
    }
}

void CheckController::reset()
{
    ++m_check;
    closeDeclarations(); // declarations belong to the check they were made for
    closeParkedChecks();
    parkOpenCheck(); // a check with a request and no decision is kept, never thrown away
    cancelSearch();
    m_open = OpenCheck {};
    if (m_logTokens)
        m_logTokens->clearSensitiveTokens();
    m_window.setCheckPurpose(
        m_config.purpose == Purpose::ExitCheck ? MainWindow::CheckPurpose::Exit : MainWindow::CheckPurpose::Entry);
    m_results.restart();
    m_decision.restart();
    showTraveller(); // no traveller
    updateWindow();
}

} // namespace bd::ui
