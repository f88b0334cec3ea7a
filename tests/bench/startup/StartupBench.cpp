// Start-up and footprint benchmark of the workstation (targets: usable window <= 1 s; <= 250 MB
// resident after 100 checks in demo mode, no growth between the 50th and the 100th check).
//
//   bd-bench-startup [--launches N] [--checks N]
//
// 1. Launches the real borderdesk binary N times (--demo, BD_EXIT_WHEN_USABLE=1) and reads the time
//    from process start to its first painted window. Run it under xvfb-run for a real X server;
//    QT_QPA_PLATFORM=offscreen also works.
// 2. Builds the real window through the CompositionRoot in this process and runs N document checks
//    the way a desk reader does: fast key events through the application's wedge filter, then Esc.
//    VmRSS is sampled from /proc/self/status.
#include "app/CompositionRoot.h"
#include "services/document/MrzParser.h"
#include "ui/DocumentPage.h"
#include "ui/MainWindow.h"
#include "ui/WedgeEventFilter.h"

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

long vmRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QString withDigit(const QString& field)
{
    return field + QString::number(bd::document::mrzCheckDigit(field));
}

// A synthetic TD3 zone whose document number varies with n; all check digits correct.
QStringList syntheticZone(int n)
{
    const QString number = QStringLiteral("BD%1").arg(n, 7, 10, QLatin1Char('0'));
    const QString birth = QStringLiteral("850317");
    const QString expiry = QStringLiteral("310101");
    const QString optional = QString(14, QLatin1Char('<'));
    const QString part = withDigit(number) + QStringLiteral("UTO") + withDigit(birth) + QStringLiteral("F")
        + withDigit(expiry) + withDigit(optional);
    const QString composite = withDigit(number) + withDigit(birth) + withDigit(expiry) + withDigit(optional);
    const QString line2 = part.left(43) + QString::number(bd::document::mrzCheckDigit(composite));
    const QString line1 = QStringLiteral("P<UTOSPECIMEN<<TRAINEE<<<<<<<<<<<<<<<<<<<<<<").left(44);
    return { line1, line2 };
}

int launchTimes(int launches)
{
    std::printf("| launch | borderdesk --demo (BD_EXIT_WHEN_USABLE=1), QT_QPA_PLATFORM=%s | |\n",
        qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ? qPrintable(qEnvironmentVariable("QT_QPA_PLATFORM"))
                                                     : "(default)");
    QList<qint64> wall;
    QList<qint64> reported;
    for (int i = 0; i < launches; ++i) {
        QTemporaryDir dataDir;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BD_EXIT_WHEN_USABLE"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(BD_WORKSTATION_BINARY),
            { QStringLiteral("--demo"), QStringLiteral("--data-dir"), dataDir.path() });
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            std::fprintf(stderr, "launch %d failed: %s\n", i + 1, process.readAllStandardError().constData());
            return 1;
        }
        wall.append(timer.elapsed());
        const QByteArray out = process.readAllStandardOutput();
        const int at = out.indexOf("usable-ms ");
        reported.append(at >= 0 ? out.mid(at + 10).trimmed().split('\n').first().toLongLong() : -1);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(reported.begin(), reported.end());
    std::printf(
        "| launch to first painted window, in-process clock (median / max of %d) | **%lld** / %lld ms | <= 1 s |\n",
        launches, static_cast<long long>(reported.at(reported.size() / 2)), static_cast<long long>(reported.last()));
    std::printf(
        "| launch to exit after first paint, wall clock incl. exec and teardown (median / max of %d) | %lld / %lld ms "
        "| |\n",
        launches, static_cast<long long>(wall.at(wall.size() / 2)), static_cast<long long>(wall.last()));
    return 0;
}

int footprint(int checks)
{
    QTemporaryDir dataDir; // the demo PKI and journal; never the current directory
    bd::app::AppOptions options;
    options.demo = true;
    options.dataDir = dataDir.path();
    bd::app::CompositionRoot root(options, bd::core::Settings {});
    QMainWindow& window = root.mainWindow();
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    qint64 fakeMs = 0;
    root.wedgeFilter().setTimeSource([&fakeMs](const QKeyEvent&) { return fakeMs += 8; });
    const long rssStart = vmRssKb();
    long rss1 = 0;
    long rssHalf = 0;
    long rssPeak = 0;
    QElapsedTimer timer;
    timer.start();
    for (int n = 1; n <= checks; ++n) {
        const QStringList zone = syntheticZone(n);
        QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        for (const QString& line : zone) {
            for (const QChar c : line) {
                QKeyEvent press(
                    QEvent::KeyPress, c == u'<' ? int(Qt::Key_Less) : int(c.unicode()), Qt::NoModifier, QString(c));
                QApplication::sendEvent(focus, &press);
            }
            QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
            QApplication::sendEvent(focus, &enter);
        }
        const auto& page = root.documentPage();
        if (!QTest::qWaitFor([&] { return page.currentRecord().lines == zone; }, 5000)) {
            std::fprintf(stderr, "check %d: the zone did not arrive\n", n);
            return 1;
        }
        if (!page.currentRecord().valid) {
            std::fprintf(stderr, "check %d: the synthetic zone did not validate\n", n);
            return 1;
        }
        QApplication::processEvents(); // let the result panel paint
        static_cast<bd::ui::MainWindow&>(window).restartCheck();
        const long rss = vmRssKb();
        rssPeak = std::max(rssPeak, rss);
        if (n == 1)
            rss1 = rss;
        if (n == checks / 2)
            rssHalf = rss;
    }
    const long rssEnd = vmRssKb();
    std::printf("| resident memory, window shown, before the first check | %.1f MB | |\n", rssStart / 1024.0);
    std::printf("| resident memory after check 1 / %d / %d | %.1f / %.1f / %.1f MB | <= 250 MB |\n", checks / 2, checks,
        rss1 / 1024.0, rssHalf / 1024.0, rssEnd / 1024.0);
    std::printf(
        "| growth between check %d and %d | %+.1f MB | no growth |\n", checks / 2, checks, (rssEnd - rssHalf) / 1024.0);
    std::printf("| peak resident memory | %.1f MB | <= 250 MB |\n", rssPeak / 1024.0);
    std::printf(
        "| %d checks through the wedge path (each zone read at its last key, no end-of-burst pause) | %lld ms | |\n",
        checks, static_cast<long long>(timer.elapsed()));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("bd.*.info=false")); // one table, not 300 log lines
    QCommandLineParser parser;
    const QCommandLineOption launches(
        QStringLiteral("launches"), QStringLiteral("Launches to time."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption checks(
        QStringLiteral("checks"), QStringLiteral("Document checks."), QStringLiteral("n"), QStringLiteral("100"));
    parser.addOptions({ launches, checks });
    parser.addHelpOption();
    parser.process(app);
    if (const int rc = launchTimes(std::max(1, parser.value(launches).toInt())); rc != 0)
        return rc;
    return footprint(std::max(2, parser.value(checks).toInt()));
}
