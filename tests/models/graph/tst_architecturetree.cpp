// SPDX-License-Identifier: MIT
#include "graph/architecturetree.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace pwb;

namespace {
// The seeds live beside the repository (../shared/seeds from the main checkout, two
// levels up from a worktree); a fresh clone has none, and the seed tests skip.
QString seedsDir()
{
    for (const QString& candidate :
         {QStringLiteral(PWB_SEEDS),
          QDir::cleanPath(QStringLiteral(PWB_SEEDS "/../../../shared/seeds"))}) {
        if (QFileInfo::exists(candidate + QStringLiteral("/agent-backend-developer.md")))
            return candidate;
    }
    return {};
}
} // namespace

class TestArchitectureTree : public QObject
{
    Q_OBJECT
private slots:
    void seedTree()
    {
        if (seedsDir().isEmpty())
            QSKIP("no seeds beside this checkout");
        QFile f(seedsDir() + QStringLiteral("/trd-elixir-phoenix-expert-integration.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        // The tree sits in the code block after "**Architecture Position**:".
        const qsizetype start = lines.indexOf(QStringLiteral("ai-mesh-orchestrator"));
        QVERIFY(start > 0);
        qsizetype end = start;
        while (end < lines.size() && lines.at(end).trimmed() != u"```")
            ++end;
        const QString block = lines.mid(start, end - start).join(u'\n');
        QVERIFY(ArchitectureTree::looksLikeTree(block));
        const ArchitectureTree t =
            ArchitectureTree::parse(block, QStringLiteral("seed.md"), int(start) + 1);
        QVERIFY(t.diagnostics.isEmpty());
        QCOMPARE(t.edges.size(), 7);
        QCOMPARE(t.edges.at(0).parent, QStringLiteral("ai-mesh-orchestrator"));
        QCOMPARE(t.edges.at(0).child, QStringLiteral("tech-lead-orchestrator"));
        QCOMPARE(t.edges.at(0).line, 23);
        QCOMPARE(t.edges.at(1).parent, QStringLiteral("tech-lead-orchestrator"));
        for (int i = 2; i < 7; ++i)
            QCOMPARE(t.edges.at(i).parent, QStringLiteral("elixir-phoenix-expert"));
        QCOMPARE(t.edges.at(3).child, QStringLiteral("test-runner"));
        QCOMPARE(t.edges.at(3).note, QStringLiteral("ExUnit execution"));
        QCOMPARE(t.edges.at(6).child, QStringLiteral("postgresql-specialist"));
        QCOMPARE(t.edges.at(6).line, 29);
    }

    void railsAndSiblings()
    {
        const QString text = QStringLiteral("root\n"
                                            "├─> a\n"
                                            "│   └─> b (deep)\n"
                                            "└─> c\n"
                                            "other-root\n"
                                            "  └──> d\n");
        const ArchitectureTree t = ArchitectureTree::parse(text, QStringLiteral("t"), 1);
        QVERIFY(t.diagnostics.isEmpty());
        QCOMPARE(t.edges.size(), 4);
        QCOMPARE(t.edges.at(1).parent, QStringLiteral("a"));
        QCOMPARE(t.edges.at(1).child, QStringLiteral("b"));
        QCOMPARE(t.edges.at(2).parent, QStringLiteral("root"));
        QCOMPARE(t.edges.at(2).child, QStringLiteral("c"));
        QCOMPARE(t.edges.at(3).parent, QStringLiteral("other-root"));
    }

    void folderListingsAreNotTrees()
    {
        const QString listing =
            QStringLiteral("apps/\n├── shop/        pure Elixir\n└── shop_web/    Phoenix\n");
        QVERIFY(!ArchitectureTree::looksLikeTree(listing));
        QVERIFY(ArchitectureTree::parse(listing, QStringLiteral("l"), 1).edges.isEmpty());
    }

    void brokenTreeIsReported()
    {
        QFile f(QStringLiteral(PWB_FIXTURES "/graph/broken/bad-tree.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        const QString block = lines.mid(3, 4).join(u'\n');
        const ArchitectureTree t = ArchitectureTree::parse(block, QStringLiteral("bad-tree.md"), 4);
        QCOMPARE(t.diagnostics.size(), 2);
        QCOMPARE(t.diagnostics.at(0).line, 4); // orphan branch
        QCOMPARE(t.diagnostics.at(1).line, 6); // branch without a name
        QCOMPARE(t.edges.size(), 1);
        QCOMPARE(t.edges.first().parent, QStringLiteral("root-agent"));
        QCOMPARE(t.edges.first().child, QStringLiteral("child-agent"));
    }
};

QTEST_GUILESS_MAIN(TestArchitectureTree)
#include "tst_architecturetree.moc"
