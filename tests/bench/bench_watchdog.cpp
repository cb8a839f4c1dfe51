// SPDX-License-Identifier: MIT
// The GUI must never stall: the main window opens a copy of the demo, analyses it, opens its
// largest sources, runs its ExUnit suite (when Elixir is installed), loads its Playwright
// traces and shows every view, while a timer on the GUI thread records the longest gap
// between its ticks. Printed per phase; the target is under 50 ms everywhere.
#include "editor/codeeditor.h"
#include "mainwindow.h"
#include "review/analysisrunner.h"
#include "review/projectreview.h"
#include "review/reviewpage.h"
#include "testing/testrunoptions.h"
#include "testing/testsession.h"
#include "testing/testspage.h"
#include "traces/tracemodel.h"
#include "traces/tracespage.h"
#include "workspace/project.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace pwb;

namespace {

// Records the longest gap between ticks of a 2 ms timer, per phase.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            if (gap > m_worst) {
                m_worst = gap;
            }
        });
    }
    void start(const char* phase)
    {
        m_phase = phase;
        m_worst = 0;
        m_clock.start();
        m_phaseClock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        m_worst = std::max(m_worst, m_clock.elapsed());
        std::printf("  %-34s %6lld ms, longest GUI gap %4lld ms\n", m_phase,
                    static_cast<long long>(m_phaseClock.elapsed()),
                    static_cast<long long>(m_worst));
        std::fflush(stdout);
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    QElapsedTimer m_phaseClock;
    qint64 m_worst = 0;
    const char* m_phase = "";
};

// Runs the event loop until `done` or `ms` pass; false on time-out.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        if (!QDir().mkpath(QFileInfo(dst).absolutePath()) || !QFile::copy(src, dst))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString demo = tmp.filePath(QStringLiteral("demo"));
    if (!copyTree(QStringLiteral(PWB_DEMO_PROJECT), demo)) {
        std::printf("bench_watchdog: cannot copy the demo\n");
        return 1;
    }
    MainWindow w(tmp.filePath(QStringLiteral("wb.sqlite")));
    w.resize(1400, 880);
    w.show();
    auto* tests = w.findChild<TestsPage*>();
    auto* traces = w.findChild<TracesPage*>();
    if (!tests || !traces)
        return 1;

    std::printf("bench_watchdog: the demo in the main window, GUI timer every 2 ms\n");
    Watchdog dog;
    qint64 worst = 0;

    bool ready = false;
    QObject::connect(&w, &MainWindow::projectReady, [&] { ready = true; });
    bool analysed = false;
    QObject::connect(w.project()->review()->runner(), &AnalysisRunner::finished,
                     [&] { analysed = true; });
    dog.start("open the demo and analyse it");
    w.openProject(demo);
    if (!waitFor([&] { return ready && analysed; }, 60000))
        std::printf("  (analysis did not finish within 60 s)\n");
    worst = std::max(worst, dog.stop());

    // The largest sources, in editor tabs.
    QStringList sources;
    QDirIterator it(demo + QStringLiteral("/apps"), {QStringLiteral("*.ex")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        sources << it.next();
    std::sort(sources.begin(), sources.end(), [](const QString& a, const QString& b) {
        return QFileInfo(a).size() > QFileInfo(b).size();
    });
    sources = sources.mid(0, 6);
    dog.start("open the 6 largest sources");
    for (const QString& s : std::as_const(sources)) {
        CodeEditor* e = w.reviewPage()->openFile(QDir(demo).relativeFilePath(s), 1);
        waitFor([e] { return !e->isLoading(); }, 10000);
    }
    worst = std::max(worst, dog.stop());

    dog.start("show every view");
    for (const char* v : {"board", "graph", "review", "tests", "traces", "board"}) {
        w.showView(QString::fromLatin1(v));
        waitFor([] { return false; }, 300);
    }
    worst = std::max(worst, dog.stop());

    if (QStandardPaths::findExecutable(QStringLiteral("elixir")).isEmpty()) {
        std::printf("  (elixir is not installed: the test run is left out)\n");
    } else {
        w.showView(QStringLiteral("tests"));
        bool finished = false;
        QObject::connect(tests->session(), &TestSession::runFinished, [&] { finished = true; });
        TestRunOptions options = tests->currentOptions(TestRunOptions::Scope::All);
        options.appPath = QStringLiteral("apps/shop");
        dog.start("run the shop app's ExUnit suite");
        if (tests->session()->run(options, QStringLiteral("shop")))
            waitFor([&] { return finished; }, 300000);
        worst = std::max(worst, dog.stop());
    }

    w.showView(QStringLiteral("traces"));
    dog.start("load the 3 demo traces");
    const QStringList zips = QDir(demo + QStringLiteral("/traces"))
                                 .entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    for (const QString& z : zips) {
        if (!traces->selectPath(demo + QStringLiteral("/traces/") + z))
            continue;
        waitFor(
            [traces] {
                const auto s = traces->traceModel()->state();
                return s == TraceModel::State::Ready || s == TraceModel::State::Failed;
            },
            20000);
    }
    worst = std::max(worst, dog.stop());

    std::printf("  longest GUI gap overall: %lld ms (target < 50 ms)\n",
                static_cast<long long>(worst));
    return 0;
}
