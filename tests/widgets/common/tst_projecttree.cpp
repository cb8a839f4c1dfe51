// SPDX-License-Identifier: MIT
#include "common/projecttree.h"
#include "project/fileindex.h"
#include "workspace/project.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace pwb;

class TestProjectTree : public QObject
{
    Q_OBJECT
private slots:
    void filtersAndActivatesFiles()
    {
        Project project;
        ProjectTree tree(&project);
        tree.resize(300, 500);
        tree.show();
        QSignalSpy ready(project.files(), &FileIndex::ready);
        QVERIFY(project.open(QStringLiteral(PWB_FIXTURES "/projects/umbrella")));
        QVERIFY(ready.wait(15000));
        auto* model = tree.view()->model();
        QCOMPARE(model->rowCount(), 3);

        tree.filterEdit()->setText(QStringLiteral("core_web"));
        QCOMPARE(model->rowCount(), 1); // only apps/ keeps a matching descendant
        const QModelIndex apps = model->index(0, 0);
        QCOMPARE(model->rowCount(apps), 1);
        const QModelIndex file = model->index(0, 0, model->index(0, 0, apps));
        QCOMPARE(file.data().toString(), QStringLiteral("mix.exs"));

        QSignalSpy activated(&tree, &ProjectTree::fileActivated);
        tree.view()->setCurrentIndex(file);
        QTest::keyClick(tree.view(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("apps/core_web/mix.exs"));

        tree.filterEdit()->clear();
        QCOMPARE(model->rowCount(), 3);

        // Issue 19.7: Enter in the filter opens the single match ...
        tree.filterEdit()->setText(QStringLiteral("core_web/mix"));
        QTest::keyClick(tree.filterEdit(), Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().toString(), QStringLiteral("apps/core_web/mix.exs"));
        // ... and with several the list takes the keyboard at the first file.
        tree.filterEdit()->setText(QStringLiteral("mix.exs"));
        QTest::keyClick(tree.filterEdit(), Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
        QVERIFY(tree.view()->currentIndex().isValid());
        QVERIFY(tree.view()->currentIndex().data().toString().endsWith(QStringLiteral(".exs")));
    }
};

QTEST_MAIN(TestProjectTree)
#include "tst_projecttree.moc"
