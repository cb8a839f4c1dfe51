// SPDX-License-Identifier: MIT
#include "graph/layoutcache.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {
LayoutRequest request(int nodes)
{
    LayoutRequest r;
    r.clusters.append({QStringLiteral("a"), QStringLiteral("A")});
    for (int i = 0; i < nodes; ++i)
        r.nodes.append({QSizeF(80 + i, 30), i % 2 ? QStringLiteral("a") : QString()});
    for (int i = 1; i < nodes; ++i)
        r.edges.append({i - 1, i, i % 3 == 0});
    return r;
}
} // namespace

class TestLayoutCache : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const LayoutResult r = GraphLayout::run(request(12));
        QVERIFY(r.ok);
        const std::optional<LayoutResult> back =
            LayoutCache::deserialize(LayoutCache::serialize(r));
        QVERIFY(back);
        QCOMPARE(back->centres, r.centres);
        QCOMPARE(back->sizes, r.sizes);
        QCOMPARE(back->bounds, r.bounds);
        QCOMPARE(back->edges.size(), r.edges.size());
        for (qsizetype i = 0; i < r.edges.size(); ++i) {
            QCOMPARE(back->edges.at(i).points, r.edges.at(i).points);
            QCOMPARE(back->edges.at(i).hasArrow, r.edges.at(i).hasArrow);
        }
        QCOMPARE(back->clusters.size(), 1);
        QCOMPARE(back->clusters.first().rect, r.clusters.first().rect);
        // Garbage and truncated data are misses, never crashes.
        QVERIFY(!LayoutCache::deserialize(QByteArray("not a layout")));
        QVERIFY(!LayoutCache::deserialize(LayoutCache::serialize(r).left(40)));
    }

    void keyFollowsContent()
    {
        QCOMPARE(LayoutCache::key(request(5)), LayoutCache::key(request(5)));
        QVERIFY(LayoutCache::key(request(5)) != LayoutCache::key(request(6)));
        LayoutRequest undirected = request(5);
        undirected.edges.first().undirected = !undirected.edges.first().undirected;
        QVERIFY(LayoutCache::key(undirected) != LayoutCache::key(request(5)));
    }

    void secondRunComesFromTheStore()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("w.sqlite"));
        {
            Database db(path);
            QVERIFY(db.isOpen());
            QVERIFY(LayoutCache::prepare(db));
        }
        bool hit = true;
        const LayoutResult first = LayoutCache::run(request(20), path, nullptr, &hit);
        QVERIFY(first.ok);
        QVERIFY(!hit);
        const LayoutResult second = LayoutCache::run(request(20), path, nullptr, &hit);
        QVERIFY(hit);
        QCOMPARE(second.centres, first.centres);
        // A changed graph is laid out again.
        LayoutCache::run(request(21), path, nullptr, &hit);
        QVERIFY(!hit);
        // No database: still a layout, never a hit.
        const LayoutResult none = LayoutCache::run(request(20), QString(), nullptr, &hit);
        QVERIFY(none.ok);
        QVERIFY(!hit);
    }
};

QTEST_GUILESS_MAIN(TestLayoutCache)
#include "tst_layoutcache.moc"
