// SPDX-License-Identifier: MIT
#include "graph/graphpresentation.h"
#include "project/fileindex.h"

#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent>

using namespace pwb;

namespace {

// Every node placed inside the bounds, no two boxes overlapping, every edge routed.
void checkLayout(const LayoutRequest& r, const LayoutResult& l)
{
    QVERIFY2(l.ok, qPrintable(l.error));
    QCOMPARE(l.centres.size(), r.nodes.size());
    QCOMPARE(l.edges.size(), r.edges.size());
    const QRectF bounds = l.bounds.adjusted(-1, -1, 1, 1);
    for (qsizetype i = 0; i < l.centres.size(); ++i) {
        QVERIFY(bounds.contains(l.nodeRect(i)));
        QVERIFY(qAbs(l.sizes.at(i).width() - r.nodes.at(i).size.width()) < 1.0);
    }
    for (qsizetype i = 0; i < l.centres.size(); ++i) {
        const QRectF a = l.nodeRect(i).adjusted(0.5, 0.5, -0.5, -0.5);
        for (qsizetype j = i + 1; j < l.centres.size(); ++j)
            QVERIFY2(!a.intersects(l.nodeRect(j)),
                     qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
    }
    for (const auto& e : l.edges) {
        QVERIFY(e.points.size() >= 4);
        QCOMPARE((e.points.size() - 1) % 3, 0);
    }
}

LayoutRequest generated(int nodes, int clusters, quint32 seed)
{
    QRandomGenerator rng(seed);
    LayoutRequest r;
    r.leftToRight = true;
    for (int c = 0; c < clusters; ++c)
        r.clusters.append({QStringLiteral("s%1").arg(c), QStringLiteral("Sprint %1").arg(c + 1)});
    for (int i = 0; i < nodes; ++i)
        r.nodes.append({QSizeF(80 + rng.bounded(80), 40),
                        clusters ? QStringLiteral("s%1").arg(i * clusters / nodes) : QString()});
    for (int i = 1; i < nodes; ++i) {
        r.edges.append({int(rng.bounded(i)), i});
        if (i % 3 == 0)
            r.edges.append({int(rng.bounded(i)), i});
    }
    return r;
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT
private slots:
    void fixtureDelegationGraph()
    {
        const QString root = QStringLiteral(PWB_FIXTURES "/graph/project");
        const GraphSnapshot s = GraphLoader::load(root, FileIndex::scan(root));
        const GraphPresentation p = GraphPresentation::build(s, GraphMode::Delegation);
        QCOMPARE(p.nodes.size(), 5);
        const LayoutRequest r = p.layoutRequest();
        const LayoutResult l = GraphLayout::run(r);
        checkLayout(r, l);
        // Agents sit in one cluster per kind, inside its box.
        QVERIFY(l.clusters.size() >= 3);
        for (const auto& c : l.clusters) {
            for (int i = 0; i < p.nodes.size(); ++i) {
                if (p.nodes.at(i).cluster == c.id)
                    QVERIFY(c.rect.adjusted(-1, -1, 1, 1).contains(l.nodeRect(i)));
            }
        }
        // The mesh loops (reviews go back to the implementer): the shortest loop is marked,
        // and the marked edges close on themselves.
        QSet<int> from, to;
        for (const PresentedEdge& e : p.edges) {
            if (e.cycle) {
                from.insert(e.from);
                to.insert(e.to);
            }
        }
        QVERIFY(from.size() >= 2);
        QCOMPARE(from, to);
    }

    void dependenciesWithSprintClusters()
    {
        const GraphSnapshot s = GraphLoader::load(QStringLiteral(PWB_FIXTURES "/graph/project"));
        const GraphPresentation p = GraphPresentation::build(s, GraphMode::Dependencies);
        QCOMPARE(p.nodes.size(), 4);
        QCOMPARE(p.clusters.size(), 2);
        QVERIFY(p.nodes.at(p.indexOf(QStringLiteral("TRD-002"))).critical);
        QVERIFY(!p.nodes.at(p.indexOf(QStringLiteral("TRD-004"))).critical);
        const LayoutRequest r = p.layoutRequest();
        const LayoutResult l = GraphLayout::run(r);
        checkLayout(r, l);
        QCOMPARE(l.clusters.size(), 2);
        for (const auto& c : l.clusters) {
            for (int i = 0; i < p.nodes.size(); ++i) {
                if (p.nodes.at(i).cluster == c.id)
                    QVERIFY(c.rect.adjusted(-1, -1, 1, 1).contains(l.nodeRect(i)));
            }
        }
        QCOMPARE(p.downstream(p.indexOf(QStringLiteral("TRD-001"))).size(), 3);
        QCOMPARE(p.upstream(p.indexOf(QStringLiteral("TRD-003"))).size(), 2);
    }

    void generatedGraphWithClustersAndCycles()
    {
        LayoutRequest r = generated(300, 6, 42);
        r.edges.append({250, 10}); // a back edge: dot reverses it, we still get a route
        const LayoutResult l = GraphLayout::run(r);
        checkLayout(r, l);
        QCOMPARE(l.clusters.size(), 6);
    }

    void concurrentCallsAreSerialised()
    {
        const LayoutRequest a = generated(60, 0, 1);
        const LayoutRequest b = generated(80, 3, 2);
        QFuture<LayoutResult> fa = QtConcurrent::run([a] { return GraphLayout::run(a); });
        QFuture<LayoutResult> fb = QtConcurrent::run([b] { return GraphLayout::run(b); });
        checkLayout(a, fa.result());
        checkLayout(b, fb.result());
    }

    void emptyAndCancelled()
    {
        const LayoutResult empty = GraphLayout::run({});
        QVERIFY(empty.ok);
        QVERIFY(empty.centres.isEmpty());
        std::atomic_bool cancel{true};
        const LayoutResult c = GraphLayout::run(generated(10, 0, 3), &cancel);
        QVERIFY(c.cancelled);
        QVERIFY(!c.ok);
    }

    void dotText()
    {
        const QByteArray dot = GraphLayout::toDot(generated(5, 2, 4));
        QVERIFY(dot.startsWith("digraph g {"));
        QVERIFY(dot.contains("subgraph cluster_1"));
        QVERIFY(dot.contains("n4 ["));
        QVERIFY(dot.contains(" -> n4;"));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
