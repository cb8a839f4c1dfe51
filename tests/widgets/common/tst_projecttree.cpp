// SPDX-License-Identifier: MIT
#include "common/projecttree.h"
#include "project/fileindex.h"
#include "workspace/project.h"

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
    }
};

QTEST_MAIN(TestProjectTree)
#include "tst_projecttree.moc"
