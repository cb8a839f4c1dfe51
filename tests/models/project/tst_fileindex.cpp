// SPDX-License-Identifier: MIT
#include "project/fileindex.h"
#include "project/filetreemodel.h"
#include "workspace/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
