#pragma once

// The booth window (DocumentPage, ResultsPage, DecisionPage, MainWindow, CheckController) wired as
// the composition root wires it, against a ScriptedGatewayClient: the base of the GUI tests that
// script each system's answer (TestExitAndRace, TestDecidingChecks). The base's private slots
// initTestCase(), init() and cleanup() run for every derived test class: Qt Test finds them through
// the test object's metaobject, base classes included.

#include "services/model/Model.h"
#include "services/results/VisaList.h"
#include "services/session/DecisionJournal.h"
#include "tests/support/FakeClock.h"
#include "tests/support/FakeDialogService.h"
#include "tests/support/FakeMrzImageReader.h"
#include "tests/support/ScriptedGatewayClient.h"
#include "ui/CheckController.h"
#include "ui/DecisionPage.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"
#include "ui/ResultsPage.h"
#include "ui/WedgeEventFilter.h"

#include <QApplication>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace bd::testsupport {

// The day the booth tests run on (the clock and the desk reader's idea of today).
inline const QDate kBoothToday(2026, 11, 28);

// Travellers and the systems' answers the booth tests script.
namespace scripted {

// A synthetic traveller's zone (no real person).
QStringList zone(const QString& state, const QString& surname, const QString& number);

bd::model::SystemEvent noHit(const QString& searchId, bd::model::SystemId s);

// SIS: an arrest alert for the traveller.
bd::model::SystemEvent sisArrest(const QString& searchId);

// SIS did not answer ("down").
bd::model::SystemEvent sisDown(const QString& searchId);

// Every system answered no hit for `request`, with or without the summary.
bd::gateway::SearchOutcome allClear(const bd::model::SearchRequest& request, bool withSummary);

// Every system answered no hit except SIS, which answers `sis`.
bd::gateway::SearchOutcome withSis(const bd::model::SearchRequest& request, const bd::model::SystemEvent& sis);

} // namespace scripted

class ScriptedBoothTest : public QObject
{
    Q_OBJECT

private slots:
    // Every warning fails the test (failOnAnyWarning()); the visa list is loaded once.
    void initTestCase();
    // A fresh window with the visa list before each test function.
    void init();
    void cleanup() { tearDown(); }

protected:
    // The built-in visa list, loaded once (initTestCase()).
    void loadVisaList();
    // The window as the composition root wires it: the desk reader starts a new check on any step.
    // visaList: the loaded one, or nullptr for a workstation without it.
    void build(const bd::results::VisaList* visaList);
    void tearDown();

    // The desk reader types `lines` where the keyboard focus is.
    void readerTypes(const QStringList& lines);
    // Types a traveller's zone into the Document page (a new check).
    void typeZone(const QStringList& lines);
    // Decisions in the journal, or -1 when it cannot be read.
    int journalled() const;
    QList<bd::session::DecisionEntry> entries() const;

    template <typename T> T* find(const char* name) const
    {
        T* w = m_window->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    // The keyboard focus, or the window.
    QWidget* focus() const { return QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(); }

    // A traveller with an arrest alert, shown on the Decision step (F4).
    bd::model::SearchRequest arrestOnTheDecisionStep(
        const QString& surname = QStringLiteral("MARTIN"), const QString& number = QStringLiteral("FR1234567"));

    // The check purpose the status bar shows, or nothing when it is hidden.
    QString purposeLabel() const;

    bd::testsupport::FakeClock m_clock { QDateTime(kBoothToday, QTime(9, 0), Qt::UTC) };
    FakeDialogService m_dialogs;
    bd::testsupport::FakeMrzImageReader m_reader;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<bd::session::DecisionJournal> m_journal;
    std::unique_ptr<bd::testsupport::ScriptedGatewayClient> m_client;
    std::unique_ptr<bd::ui::WedgeEventFilter> m_wedge;
    std::unique_ptr<bd::ui::MainWindow> m_window;
    std::unique_ptr<bd::ui::CheckController> m_controller;
    std::optional<bd::results::VisaList> m_visaList;
    bd::ui::DocumentPage* m_document = nullptr;
    bd::ui::ResultsPage* m_results = nullptr;
    bd::ui::DecisionPage* m_decision = nullptr;
    qint64 m_fakeMs = 1000;
};

} // namespace bd::testsupport
