// SPDX-License-Identifier: MIT
#include "project/fileindex.h"
#include "project/filetreemodel.h"
#include "workspace/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pwb;

class TestFileIndex : public QObject
{
    Q_OBJECT
private slots:
    void ignoresBuildAndDependencyFolders()
    {
        const QStringList files =
            FileIndex::scan(QStringLiteral(PWB_FIXTURES "/projects/phoenix_app"));
        QCOMPARE(files, (QStringList{QStringLiteral("lib/blog_web/blog_web.ex"),
                                     QStringLiteral("mix.exs"), QStringLiteral("mix.lock")}));
    }

    void limitStopsTheScan()
    {
        const QStringList files =
            FileIndex::scan(QStringLiteral(PWB_FIXTURES "/projects/umbrella"), 2);
        QCOMPARE(files.size(), 2);
    }

    // Every kind of link, built here: listed apart from the files, never followed. A FIFO
    // outside the project behind a link would block any open() for reading, so a scan that
    // opened a link would hang this test.
    void linksAreListedNeverFollowed()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString root = tmp.filePath(QStringLiteral("project"));
        const QString outside = tmp.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/lib")));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/docs")));
        QVERIFY(QDir().mkpath(outside));
        auto put = [](const QString& path) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x\n");
        };
        put(root + QStringLiteral("/lib/a.ex"));
        put(root + QStringLiteral("/docs/real.md"));
        put(outside + QStringLiteral("/secret.ex"));
        QCOMPARE(::mkfifo(QFile::encodeName(outside + QStringLiteral("/fifo")).constData(), 0600),
                 0);
        QCOMPARE(
            ::mkfifo(QFile::encodeName(root + QStringLiteral("/local.fifo")).constData(), 0600), 0);
        auto link = [&](const QString& target, const QString& rel) {
            QVERIFY2(QFile::link(target, root + u'/' + rel), qPrintable(rel));
        };
        link(QStringLiteral("real.md"), QStringLiteral("docs/current.md")); // relative, inside
        link(QStringLiteral("../docs"), QStringLiteral("lib/alias"));       // folder, inside
        link(outside + QStringLiteral("/secret.ex"), QStringLiteral("lib/out.ex"));
        link(outside, QStringLiteral("outdir"));
        link(outside + QStringLiteral("/fifo"), QStringLiteral("fifo.md"));
        link(QStringLiteral("/dev/zero"), QStringLiteral("zero.ex"));
        link(root + QStringLiteral("/nothing.md"), QStringLiteral("gone.md"));
        link(QStringLiteral("loop2"), QStringLiteral("loop1"));
        link(QStringLiteral("loop1"), QStringLiteral("loop2"));
        link(outside, QStringLiteral("deps")); // an ignored folder's name: build output

        const FileIndex::Result r = FileIndex::scanAll(root);
        QCOMPARE(r.files,
                 (QStringList{QStringLiteral("docs/real.md"), QStringLiteral("lib/a.ex")}));
        QCOMPARE(FileIndex::scan(root), r.files);
        QStringList paths;
        for (const FileLink& l : r.links)
            paths << l.path;
        QCOMPARE(paths, (QStringList{QStringLiteral("docs/current.md"), QStringLiteral("fifo.md"),
                                     QStringLiteral("gone.md"), QStringLiteral("lib/alias"),
                                     QStringLiteral("lib/out.ex"), QStringLiteral("loop1"),
                                     QStringLiteral("loop2"), QStringLiteral("outdir"),
                                     QStringLiteral("zero.ex")}));
        auto linkAt = [&](const QString& path) {
            for (const FileLink& l : r.links)
                if (l.path == path)
                    return l;
            return FileLink();
        };
        using K = FileLink::Kind;
        QCOMPARE(linkAt(QStringLiteral("docs/current.md")).kind, K::Inside);
        QCOMPARE(linkAt(QStringLiteral("docs/current.md")).realTarget,
                 QStringLiteral("docs/real.md"));
        QCOMPARE(linkAt(QStringLiteral("lib/alias")).kind, K::Inside);
        QVERIFY(linkAt(QStringLiteral("lib/alias")).folder);
        QCOMPARE(linkAt(QStringLiteral("lib/out.ex")).kind, K::Outside);
        QCOMPARE(linkAt(QStringLiteral("lib/out.ex")).target,
                 outside + QStringLiteral("/secret.ex"));
        QCOMPARE(linkAt(QStringLiteral("outdir")).kind, K::Outside);
        QVERIFY(linkAt(QStringLiteral("outdir")).folder);
        QCOMPARE(linkAt(QStringLiteral("fifo.md")).kind, K::Outside);
        QCOMPARE(linkAt(QStringLiteral("zero.ex")).kind, K::Outside);
        QCOMPARE(linkAt(QStringLiteral("gone.md")).kind, K::Dangling);
        QCOMPARE(linkAt(QStringLiteral("loop1")).kind, K::Dangling);

        // One warning per link leaving the project or leading nowhere, naming both ends.
        const Diagnostics diags = FileIndex::diagnostics(r.links);
        QCOMPARE(diags.size(), 7);
        for (const Diagnostic& d : diags) {
            const FileLink l = linkAt(d.path);
            QVERIFY(l.warned());
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QVERIFY2(d.message.contains(l.target), qPrintable(d.toString()));
            QCOMPARE(d.code, l.kind == K::Outside ? QStringLiteral("file-link-outside")
                                                  : QStringLiteral("file-link-dangling"));
        }

        // The limit counts links too, so a project of links cannot grow the list unbounded.
        const FileIndex::Result capped = FileIndex::scanAll(root, 3);
        QCOMPARE(capped.files.size() + capped.links.size(), 3);
        QVERIFY(capped.truncated);
        QVERIFY(!r.truncated);

        // The tree shows links as marked leaves, warnings flagged.
        FileTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles(r.files, r.links);
        const QModelIndex out = model.indexForPath(QStringLiteral("lib/out.ex"));
        QVERIFY(out.isValid());
        QVERIFY(out.data(FileTreeModel::IsLinkRole).toBool());
        QVERIFY(out.data(FileTreeModel::LinkWarningRole).toBool());
        QVERIFY(!out.data(FileTreeModel::IsFolderRole).toBool());
        QCOMPARE(out.data().toString(),
                 QStringLiteral("out.ex → ") + outside + QStringLiteral("/secret.ex"));
        QVERIFY(
            out.data(Qt::ToolTipRole).toString().contains(QStringLiteral("outside the project")));
        const QModelIndex alias = model.indexForPath(QStringLiteral("lib/alias"));
        QVERIFY(alias.isValid());
        QCOMPARE(model.rowCount(alias), 0); // a linked folder is never entered
        QVERIFY(!alias.data(FileTreeModel::LinkWarningRole).toBool());
        const QModelIndex current = model.indexForPath(QStringLiteral("docs/current.md"));
        QCOMPARE(current.data(FileTreeModel::LinkRealTargetRole).toString(),
                 QStringLiteral("docs/real.md"));
        QCOMPARE(current.data().toString(), QStringLiteral("current.md → docs/real.md"));
        const QModelIndex file = model.indexForPath(QStringLiteral("lib/a.ex"));
        QVERIFY(!file.data(FileTreeModel::IsLinkRole).toBool());
    }

    void treeModelFromPaths()
    {
        FileTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles({QStringLiteral("mix.exs"), QStringLiteral("lib/a.ex"),
                        QStringLiteral("lib/b/c.ex"), QStringLiteral("README.md")});
        QCOMPARE(model.rowCount(), 3); // lib/, mix.exs, README.md
        const QModelIndex lib = model.index(0, 0);
        QCOMPARE(lib.data().toString(), QStringLiteral("lib"));
        QVERIFY(lib.data(FileTreeModel::IsFolderRole).toBool());
        QCOMPARE(model.rowCount(lib), 2); // b/ before a.ex
        QCOMPARE(model.index(0, 0, lib).data().toString(), QStringLiteral("b"));
        const QModelIndex c = model.indexForPath(QStringLiteral("lib/b/c.ex"));
        QVERIFY(c.isValid());
        QCOMPARE(c.data(FileTreeModel::RelativePathRole).toString(), QStringLiteral("lib/b/c.ex"));
        QCOMPARE(c.parent().parent(), lib);
        model.setFiles({});
        QCOMPARE(model.rowCount(), 0);
    }

    void projectOpensAsynchronously()
    {
        Project project;
        QSignalSpy opened(&project, &Project::opened);
        QSignalSpy ready(project.files(), &FileIndex::ready);
        QString error;
        QVERIFY(project.open(QStringLiteral(PWB_FIXTURES "/projects/umbrella"), &error));
        // .then(this, ...) runs at once when detection already finished: no wait then.
        QVERIFY(opened.count() > 0 || opened.wait(15000));
        QCOMPARE(project.info().kind, ProjectKind::Umbrella);
        // The scan may land in the same event-loop turn as `opened`.
        QVERIFY(!ready.isEmpty() || ready.wait(15000));
        QCOMPARE(project.files()->files().size(), 4);
        QCOMPARE(project.fileTree()->rowCount(), 3); // apps/, mix.exs, mix.lock
        QVERIFY(!project.open(QStringLiteral("/nonexistent"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(project.isOpen()); // a failed open leaves the current project alone
        QSignalSpy closed(&project, &Project::closed);
        project.close();
        QCOMPARE(closed.size(), 1);
        QVERIFY(!project.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestFileIndex)
#include "tst_fileindex.moc"
