// bd-bench-results [runs]: ResultsPage::showResult with 1,000 hits (100 identities x 10 SIS/VIS
// hits with full detail) followed by a synchronous repaint of the shown page at 1440x900.
// Prints min / median / max in ms as a Markdown row. Target (issue 3): <= 100 ms.
#include "services/results/UnifiedResult.h"
#include "ui/HitListModel.h"
#include "ui/ResultsPage.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace bd::model;

static bd::results::UnifiedResult thousandHits()
{
    bd::results::UnifiedResult r;
    r.searchId = QStringLiteral("bench");
    r.requiredAction = { bd::results::ActionCode::SecondLineInquiry, Decision::SecondLine, {}, {}, SystemId::Sis, {} };
    for (int i = 0; i < 100; ++i) {
        bd::results::Identity id;
        id.identityId = QStringLiteral("identity-%1").arg(i + 1);
        id.person = { QStringLiteral("SURNAME%1").arg(i), QStringLiteral("GIVEN"), QDate(1980, 1, 1).addDays(i),
            QStringLiteral("F"), QStringLiteral("MAR") };
        id.linkPresentations << bd::results::presentLink(LinkColour(i % 4));
        for (int k = 0; k < 10; ++k) {
            Hit h;
            h.recordId = QStringLiteral("rec-%1-%2").arg(i).arg(k);
            if (k % 2 == 0) {
                h.system = SystemId::Sis;
                h.sis = SisAlert { QStringLiteral("inquiry-check"), QStringLiteral("interview"),
                    { QStringLiteral("armed") }, QStringLiteral("BEL"), {} };
            } else {
                h.system = SystemId::Vis;
                h.vis = VisRecord { QStringLiteral("APP"), QStringLiteral("issued"), QStringLiteral("C"),
                    QStringLiteral("VS1"), QDate(2026, 1, 1), QDate(2027, 1, 1), 0, 2, 90 };
            }
            id.hits << bd::results::RankedHit { h,
                k % 2 == 0 ? std::optional(bd::results::ActionCode::SecondLineInquiry) : std::nullopt, 7, {} };
        }
        r.identities << id;
    }
    for (SystemId s : allSystems())
        r.systems << bd::results::SystemLine { s,
            s == SystemId::Sis || s == SystemId::Vis ? SystemStatus::Hit : SystemStatus::NoHit, 30,
            s == SystemId::Sis ? 500 : 0, {}, {} };
    return r;
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 30;
    const auto result = thousandHits();
    bd::ui::ResultsPage page;
    page.resize(1440, 900);
    page.show();
    QApplication::processEvents();
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        page.startSearch({});
        QApplication::processEvents();
        QElapsedTimer t;
        t.start();
        page.showResult(result);
        QApplication::processEvents(); // layout requests
        page.repaint();
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("| results screen, %d hits: showResult, layout and repaint at 1440x900 (min / median / max of %d runs) "
                "| %.1f / **%.1f** / %.1f ms | <= 100 ms |\n",
        page.hitModel()->rowCount(), runs, ms.first(), ms.at(ms.size() / 2), ms.last());
    return 0;
}
