// SPDX-License-Identifier: MIT
// Opens a generated project of 100 plans (half in the seed's bold-line form, half
// checklists under sprint headings) and prints the time until the Plans overview has every
// row: read, parse and lint in parallel off the GUI thread, then the table. Then the same
// again with the parses reused by content hash, and the sequential parse as the peer.
#include "tasks/parsecache.h"
#include "tasks/plansmodel.h"
#include "tasks/taskdocuments.h"
#include "tasks/trdparser.h"

#include "generatedtrd.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace pwb;

namespace {

QByteArray checklistPlan(int n, int tasks)
{
    QByteArray md = "# Checklist Plan " + QByteArray::number(n) +
                    "\n\n**Total**: " + QByteArray::number(tasks * 3) + " hours\n\n";
    for (int i = 0; i < tasks; ++i) {
        if (i % 10 == 0)
            md += "## Sprint " + QByteArray::number(i / 10 + 1) + ": Part\n\n";
        md += "- [" + QByteArray(i % 3 == 0 ? "x" : " ") + "] **P" + QByteArray::number(n) + "-" +
              QByteArray::number(i + 1) + "**: Build part " + QByteArray::number(i) +
              " (3h)\n  - [x] design\n  - [ ] code\n";
    }
    md += "\n## Progress\n\n| Tasks | Status |\n|---|---|\n| P" + QByteArray::number(n) +
          "-1 to P" + QByteArray::number(n) + "-5 | ✅ Done |\n";
    return md;
}

double openOverview(const QString& root, const QStringList& paths, int* rows)
{
    QElapsedTimer timer;
    timer.start();
    TaskDocuments docs;
    QEventLoop loop;
    QObject::connect(&docs, &TaskDocuments::documentsReset, &loop, &QEventLoop::quit);
    docs.load(root, paths);
    loop.exec();
    PlansModel model(&docs);
    *rows = model.rowCount();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int plans = 100;
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("docs/TRD"));
    QStringList paths;
    qint64 bytes = 0;
    int tasks = 0;
    for (int i = 0; i < plans; ++i) {
        const QString rel = QStringLiteral("docs/TRD/plan-%1.md").arg(i, 3, 10, QLatin1Char('0'));
        const QByteArray md = i % 2 ? checklistPlan(i, 80) : generatedTrd(60);
        tasks += i % 2 ? 80 : 60;
        QFile f(dir.filePath(rel));
        if (!f.open(QIODevice::WriteOnly) || f.write(md) != md.size())
            return 2;
        bytes += md.size();
        paths << rel;
    }
    std::printf("bench_plansoverview: %d plans, %d tasks, %.1f MB, %d cores\n", plans, tasks,
                double(bytes) / 1e6, QThread::idealThreadCount());

    // The peer: every plan parsed one after the other on this thread.
    QElapsedTimer timer;
    timer.start();
    int parsed = 0;
    for (const QString& p : std::as_const(paths)) {
        QFile f(dir.filePath(p));
        if (f.open(QIODevice::ReadOnly))
            parsed +=
                int(TrdParser::parse(f.readAll(), p, TrdParser::Threads::Single).tasks.size());
    }
    const double sequential = double(timer.nsecsElapsed()) / 1e6;

    ParseCache::clear();
    int rows = 0;
    const double cold = openOverview(dir.path(), paths, &rows);
    if (rows != plans) {
        std::printf("bench_plansoverview: FAILED, %d rows for %d plans\n", rows, plans);
        return 1;
    }
    const double warm = openOverview(dir.path(), paths, &rows);
    std::printf("  sequential parse (peer)  %8.1f ms  (%d tasks)\n", sequential, parsed);
    std::printf("  overview, first open     %8.1f ms  (parallel read, parse, lint, table)\n", cold);
    std::printf("  overview, reopened       %8.1f ms  (parses reused by content hash)\n", warm);
    std::printf("  ratio first open / sequential parse %.2fx\n", cold / sequential);
    std::printf("  target < 1000 ms for %d plans: %s\n", plans, cold < 1000 ? "met" : "MISSED");
    return 0;
}
