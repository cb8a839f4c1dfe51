// SPDX-License-Identifier: MIT
// Lays out generated graphs of 100, 500 and 2,000 nodes with GraphLayout (libgvc `dot`, in
// process) and, as the peer in the same run, the `dot` command-line tool on the same graphs
// written as .dot files. Prints milliseconds (median of the runs) and the ratio, and the
// same layouts read back from the layout cache in the workbench database (a reopen).
#include "graph/graphlayout.h"
#include "graph/layoutcache.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace pwb;

namespace {

// A task-like graph: each node waits on one or two earlier ones, grouped in sprints of 50.
LayoutRequest generate(int nodes, quint32 seed)
{
    QRandomGenerator rng(seed);
    LayoutRequest r;
    r.leftToRight = true;
    const int clusters = qMax(1, nodes / 50);
    for (int c = 0; c < clusters; ++c)
        r.clusters.append({QString::number(c), QStringLiteral("Sprint %1").arg(c + 1)});
    for (int i = 0; i < nodes; ++i)
        r.nodes.append({QSizeF(90 + rng.bounded(90), 40), QString::number(i * clusters / nodes)});
    for (int i = 1; i < nodes; ++i) {
        const int window = qMin(i, 60);
        r.edges.append({i - 1 - int(rng.bounded(window)), i});
        if (i % 2 == 0)
            r.edges.append({i - 1 - int(rng.bounded(window)), i});
    }
    return r;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    QTemporaryDir tmp;
    out << "bench_graphlayout: dot layout of generated graphs (sprint clusters of 50)\n";
    out << "peer: " << (dot.isEmpty() ? QStringLiteral("(dot not found; install graphviz)") : dot)
        << " -Tdot on the same graph written as .dot\n";
    out << qSetFieldWidth(8) << "nodes"
        << "edges"
        << "runs" << qSetFieldWidth(14) << "ours ms"
        << "dot cli ms"
        << "ours/dot"
        << "cached ms"
        << "cached/dot" << qSetFieldWidth(0) << '\n';
    out.flush();
    int failures = 0;
    const QString store = tmp.filePath(QStringLiteral("workbench.sqlite"));
    {
        Database db(store);
        if (!db.isOpen() || !LayoutCache::prepare(db)) {
            out << "cannot create the layout cache: " << db.errorString() << '\n';
            return 1;
        }
    }
    for (const int n : {100, 500, 2000}) {
        const LayoutRequest request = generate(n, 7);
        const int runs = 3;
        QString file;
        if (!dot.isEmpty()) {
            file = tmp.filePath(QStringLiteral("g%1.dot").arg(n));
            QFile f(file);
            if (f.open(QIODevice::WriteOnly)) {
                f.write(GraphLayout::toDot(request));
                f.close();
            }
        }
        QList<double> ours, peer;
        // Alternate the two so a busy machine weighs on both alike.
        for (int k = 0; k < runs; ++k) {
            QElapsedTimer t;
            t.start();
            const LayoutResult r = GraphLayout::run(request);
            ours.append(double(t.nsecsElapsed()) / 1e6);
            if (!r.ok || r.centres.size() != n) {
                ++failures;
                out << "layout failed: " << r.error << '\n';
            }
            if (file.isEmpty())
                continue;
            QProcess p;
            t.restart();
            p.start(dot, {QStringLiteral("-Tdot"), QStringLiteral("-o"),
                          QStringLiteral("/dev/null"), file});
            const bool done = p.waitForFinished(600000);
            peer.append(double(t.nsecsElapsed()) / 1e6);
            if (!done || p.exitCode() != 0) {
                ++failures;
                out << "dot failed: " << p.readAllStandardError() << '\n';
            }
        }
        // Reopen: the layout is stored once, then read back (connection, query, decoding).
        QList<double> cached;
        bool hit = false;
        LayoutCache::run(request, store, nullptr, &hit);
        for (int k = 0; k < runs; ++k) {
            QElapsedTimer t;
            t.start();
            const LayoutResult r = LayoutCache::run(request, store, nullptr, &hit);
            cached.append(double(t.nsecsElapsed()) / 1e6);
            if (!hit || r.centres.size() != n) {
                ++failures;
                out << "cache miss on reopen\n";
            }
        }
        const double a = median(ours);
        const double b = median(peer);
        const double c = median(cached);
        auto ratio = [&](double x) {
            return peer.isEmpty() || b <= 0 ? QStringLiteral("-") : QString::number(x / b, 'f', 3);
        };
        out << qSetFieldWidth(8) << n << request.edges.size() << runs << qSetFieldWidth(14)
            << QString::number(a, 'f', 1)
            << (peer.isEmpty() ? QStringLiteral("-") : QString::number(b, 'f', 1)) << ratio(a)
            << QString::number(c, 'f', 1) << ratio(c) << qSetFieldWidth(0) << '\n';
        out.flush();
    }
    return failures == 0 ? 0 : 1;
}
