// SPDX-License-Identifier: MIT
// The Plans overview model, the parse cache behind it and the non-plans toggle of the
// task tree.
#include "core/documentkind.h"
#include "tasks/parsecache.h"
#include "tasks/plansmodel.h"
#include "tasks/taskdocuments.h"
#include "tasks/taskmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace pwb;

namespace {

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Two plans, a PRD and a report in a temporary project.
struct Project
{
    QTemporaryDir dir;
    QStringList paths{QStringLiteral("docs/TRD/alpha.md"), QStringLiteral("docs/TRD/beta.md"),
                      QStringLiteral("docs/PRD/product.md"),
                      QStringLiteral("docs/reports/audit-report.md")};
    Project()
    {
        write(dir.filePath(paths[0]), "# Alpha TRD\n\n**Total Estimate**: 20 hours\n\n## Tasks\n\n"
                                      "- [x] **ALP-001**: One (4h)\n- [ ] **ALP-002**: Two (6h)\n"
                                      "- [ ] **ALP-003**: Three (6h)\n");
        write(dir.filePath(paths[1]),
              "# Beta TRD\n\n## Tasks\n\n### BET-001: Only (3h)\n\n**Status**: ⏳ Pending\n");
        write(dir.filePath(paths[2]),
              "# Product Requirements\n\n## Functional Requirements\n\n- **FR-1**: Users log in\n"
              "- **FR-2**: Users log out\n- **NFR-1**: Fast\n\n## User Stories\n\n"
              "- As a user I want to log in so that I see my data\n");
        write(dir.filePath(paths[3]), "# Alpha Audit Report\n\n## Results\n\n"
                                      "- ALP-002: checked in staging ✅ PASSED\n");
    }
};

void load(TaskDocuments* docs, const Project& p)
{
    QSignalSpy reset(docs, &TaskDocuments::documentsReset);
    docs->load(p.dir.path(), p.paths);
    QTRY_VERIFY(reset.count() >= 1);
}

} // namespace

class TestPlansModel : public QObject
{
    Q_OBJECT
private slots:
    void rowsAndColumns()
    {
        Project p;
        TaskDocuments docs;
        PlansModel model(&docs);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(&docs, p);
        QCOMPARE(docs.count(), 4);
        // Plans only by default, like the board.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.hiddenCount(), 2);
        const int a = model.rowOf(docs.indexOfPath(p.paths[0]));
        QVERIFY(a >= 0);
        QCOMPARE(model.documentAt(a), docs.indexOfPath(p.paths[0]));
        auto cell = [&](int row, int col, int role = Qt::DisplayRole) {
            return model.index(row, col).data(role);
        };
        QVERIFY(cell(a, PlansModel::DocumentColumn).toString().contains(u"Alpha TRD"));
        QCOMPARE(cell(a, PlansModel::ClassColumn).toString(),
                 DocumentKind::label(DocumentClass::Plan));
        QCOMPARE(cell(a, PlansModel::TasksColumn).toInt(), 3);
        // ALP-001 ticked, ALP-002 done by the audit report.
        QCOMPARE(cell(a, PlansModel::DoneColumn).toInt(), 2);
        QCOMPARE(cell(a, PlansModel::HoursColumn).toString(), QStringLiteral("10 / 16 h"));
        QCOMPARE(cell(a, PlansModel::StatedColumn).toString(), QStringLiteral("20 ≠ 16 h"));
        QVERIFY(cell(a, PlansModel::StatedColumn, Qt::ToolTipRole).toString().contains(u"20"));
        QCOMPARE(cell(a, PlansModel::LintColumn).toInt(),
                 int(docs.at(docs.indexOfPath(p.paths[0])).lint.size()));
        const int b = model.rowOf(docs.indexOfPath(p.paths[1]));
        QCOMPARE(cell(b, PlansModel::StatedColumn).toString(), QStringLiteral("— / 3 h"));

        // Last change: the file's time until git says otherwise.
        QVERIFY(cell(a, PlansModel::ChangedColumn).toString().endsWith(u"(file)"));
        QVERIFY(cell(a, PlansModel::ChangedColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"Modification time"));
        const QDateTime commit(QDate(2024, 5, 1), QTime(12, 0));
        model.setLastCommits({{p.paths[0], commit}});
        QVERIFY(!cell(a, PlansModel::ChangedColumn).toString().endsWith(u"(file)"));
        QCOMPARE(cell(a, PlansModel::ChangedColumn, PlansModel::SortRole).toLongLong(),
                 commit.toMSecsSinceEpoch());
        QVERIFY(cell(b, PlansModel::ChangedColumn).toString().endsWith(u"(file)"));

        // Sorted through SortRole: by tasks, most first.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PlansModel::SortRole);
        proxy.sort(PlansModel::TasksColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, PlansModel::TasksColumn).data().toInt(), 3);
        QCOMPARE(proxy.index(1, PlansModel::TasksColumn).data().toInt(), 1);

        // The toggle shows requirements and reports with their class, without plan counts.
        model.setShowNonPlans(true);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.hiddenCount(), 0);
        const int prd = model.rowOf(docs.indexOfPath(p.paths[2]));
        QCOMPARE(cell(prd, PlansModel::ClassColumn).toString(),
                 DocumentKind::label(DocumentClass::Requirements));
        QVERIFY(!cell(prd, PlansModel::TasksColumn).isValid());
        const int rep = model.rowOf(docs.indexOfPath(p.paths[3]));
        QCOMPARE(cell(rep, PlansModel::ClassColumn).toString(),
                 DocumentKind::label(DocumentClass::Report));
        model.setShowNonPlans(false);
        QCOMPARE(model.rowCount(), 2);
    }

    void followsEdits()
    {
        Project p;
        TaskDocuments docs;
        PlansModel model(&docs);
        load(&docs, p);
        const int beta = docs.indexOfPath(p.paths[1]);
        const int row = model.rowOf(beta);
        QCOMPARE(model.index(row, PlansModel::DoneColumn).data().toInt(), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        docs.completeTask(beta, QStringLiteral("BET-001"));
        QTRY_VERIFY(changed.count() >= 1);
        QCOMPARE(model.index(row, PlansModel::DoneColumn).data().toInt(), 1);
        QFile f(p.dir.filePath(p.paths[1]));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("**Status**: ✅ Done\n"));
    }

    void lastChangeFollowsWriteBack()
    {
        // A committed plan shows its commit; once the board writes to it, the working copy
        // is newer than any commit: the row shows the file's new time, without a reload.
        Project p;
        const QString file = p.dir.filePath(p.paths[1]);
        const QDateTime old(QDate(2020, 1, 2), QTime(3, 4));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
        }
        TaskDocuments docs;
        PlansModel model(&docs);
        load(&docs, p);
        const int beta = docs.indexOfPath(p.paths[1]);
        const int row = model.rowOf(beta);
        const QDateTime commit(QDate(2024, 5, 1), QTime(12, 0));
        model.setLastCommits({{p.paths[1], commit}});
        const QModelIndex changedCell = model.index(row, PlansModel::ChangedColumn);
        QCOMPARE(changedCell.data(PlansModel::SortRole).toLongLong(), commit.toMSecsSinceEpoch());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QDateTime before = QDateTime::currentDateTime().addSecs(-2);
        docs.completeTask(beta, QStringLiteral("BET-001"));
        QTRY_VERIFY(changed.count() >= 1);
        bool covered = false;
        for (const QList<QVariant>& args : std::as_const(changed)) {
            const QModelIndex tl = args.at(0).toModelIndex();
            const QModelIndex br = args.at(1).toModelIndex();
            covered = covered || (tl.row() <= row && br.row() >= row &&
                                  tl.column() <= PlansModel::ChangedColumn &&
                                  br.column() >= PlansModel::ChangedColumn);
        }
        QVERIFY(covered);
        QVERIFY2(changedCell.data().toString().endsWith(u"(file)"),
                 qPrintable(changedCell.data().toString()));
        const QDateTime shown =
            QDateTime::fromMSecsSinceEpoch(changedCell.data(PlansModel::SortRole).toLongLong());
        QVERIFY2(shown >= before, qPrintable(shown.toString(Qt::ISODate)));
        // Git asked again (the board does on every change): the commit is back when it says so.
        model.setLastCommits({{p.paths[1], commit}});
        QCOMPARE(changedCell.data(PlansModel::SortRole).toLongLong(), commit.toMSecsSinceEpoch());
    }

    void parsesAreReusedByContent()
    {
        ParseCache::clear();
        const QByteArray md = "# P\n\n## Tasks\n\n- [ ] **C-001**: One (1h)\n";
        bool hit = true;
        const ParsedDocument a = ParseCache::parse(md, QStringLiteral("a.md"), 8, &hit);
        QVERIFY(!hit);
        const ParsedDocument b = ParseCache::parse(md, QStringLiteral("a.md"), 8, &hit);
        QVERIFY(hit);
        QCOMPARE(b.doc.tasks.size(), a.doc.tasks.size());
        QCOMPARE(b.lint.size(), a.lint.size());
        // Another path, another hours-per-day setting or other bytes: parsed again.
        ParseCache::parse(md, QStringLiteral("b.md"), 8, &hit);
        QVERIFY(!hit);
        ParseCache::parse(md, QStringLiteral("a.md"), 6, &hit);
        QVERIFY(!hit);
        ParseCache::parse(md + "\n", QStringLiteral("a.md"), 8, &hit);
        QVERIFY(!hit);
        QCOMPARE(ParseCache::count(), 4);

        // Opening the same project twice parses nothing the second time.
        Project p;
        TaskDocuments docs;
        load(&docs, p);
        const ParseCache::Stats before = ParseCache::stats();
        TaskDocuments again;
        load(&again, p);
        const ParseCache::Stats after = ParseCache::stats();
        QCOMPARE(after.misses, before.misses);
        QCOMPARE(after.hits - before.hits, quint64(p.paths.size()));
        QCOMPARE(again.at(0).doc.tasks.size(), docs.at(0).doc.tasks.size());
    }

    // Loads run on the global pool and parse on a pool of their own: as many loads at once
    // as the global pool has threads once deadlocked, each waiting for work queued behind it.
    void simultaneousLoadsFinish()
    {
        Project p;
        ParseCache::clear();
        QThreadPool* global = QThreadPool::globalInstance();
        const int threads = global->maxThreadCount();
        global->setMaxThreadCount(2);
        std::vector<std::unique_ptr<TaskDocuments>> loads;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 3; ++i) {
            loads.push_back(std::make_unique<TaskDocuments>());
            spies.push_back(
                std::make_unique<QSignalSpy>(loads.back().get(), &TaskDocuments::documentsReset));
            loads.back()->load(p.dir.path(), p.paths);
        }
        for (const auto& s : spies)
            QTRY_VERIFY_WITH_TIMEOUT(!s->isEmpty(), 10000);
        for (const auto& l : loads)
            QCOMPARE(l->count(), 4);
        global->setMaxThreadCount(threads);
    }

    // Plans are found beyond docs/ (plans/, GSD's .planning/phases/, a root TASKS.md): a
    // plan written there while the project is open appears, as one under docs/TRD does.
    // Folder links are not watched, and the watched folders are bounded.
    void newPlansAppearWherePlansAreFound()
    {
        Project p;
        const QByteArray plan = "# Sync TRD\n\n## Tasks\n\n- [ ] **SYN-001**: Queue (2h)\n";
        QStringList paths = p.paths;
        paths << QStringLiteral("plans/first-plan.md")
              << QStringLiteral(".planning/phases/01-setup/01-01-PLAN.md")
              << QStringLiteral("sprints/linked-plan.md");
        QVERIFY(write(p.dir.filePath(paths[4]), plan));
        QVERIFY(write(p.dir.filePath(paths[5]), plan));
        QTemporaryDir outside;
        QVERIFY(write(outside.filePath(QStringLiteral("linked-plan.md")), plan));
        QVERIFY(QFile::link(outside.path(), p.dir.filePath(QStringLiteral("sprints"))));
        TaskDocuments docs;
        QSignalSpy reset(&docs, &TaskDocuments::documentsReset);
        docs.load(p.dir.path(), paths);
        QTRY_VERIFY_WITH_TIMEOUT(reset.count() >= 1, 20000);
        const QStringList watched = docs.watchedFolders();
        for (const char* rel : {"plans", ".planning", ".planning/phases",
                                ".planning/phases/01-setup", "docs", "docs/TRD"})
            QVERIFY2(watched.contains(p.dir.filePath(QLatin1String(rel))), rel);
        QVERIFY(watched.contains(p.dir.path()));
        QVERIFY(!watched.contains(p.dir.filePath(QStringLiteral("sprints"))));

        QVERIFY(write(p.dir.filePath(QStringLiteral("plans/second-plan.md")), plan));
        QTRY_VERIFY_WITH_TIMEOUT(docs.indexOfPath(QStringLiteral("plans/second-plan.md")) >= 0,
                                 20000);
        // A new phase folder beside the first one.
        const QString phase = QStringLiteral(".planning/phases/02-api/02-01-PLAN.md");
        QVERIFY(write(p.dir.filePath(phase), plan));
        QTRY_VERIFY_WITH_TIMEOUT(docs.indexOfPath(phase) >= 0, 20000);
        QVERIFY(docs.watchedFolders().contains(p.dir.filePath(QStringLiteral(".planning/phases/02-api"))));
        QVERIFY(write(p.dir.filePath(QStringLiteral("TASKS.md")),
                      "# Tasks\n\n- [ ] Write the importer (3h)\n- [x] Read the files (1h)\n"));
        QTRY_VERIFY_WITH_TIMEOUT(docs.indexOfPath(QStringLiteral("TASKS.md")) >= 0, 20000);
        // A folder named for plans, still empty when a rescan met it, then given a plan.
        QVERIFY(QDir(p.dir.path()).mkpath(QStringLiteral("roadmap")));
        QVERIFY(write(p.dir.filePath(QStringLiteral("docs/TRD/gamma.md")), plan));
        QTRY_VERIFY_WITH_TIMEOUT(
            docs.watchedFolders().contains(p.dir.filePath(QStringLiteral("roadmap"))), 20000);
        QVERIFY(write(p.dir.filePath(QStringLiteral("roadmap/q3.md")), plan));
        QTRY_VERIFY_WITH_TIMEOUT(docs.indexOfPath(QStringLiteral("roadmap/q3.md")) >= 0, 20000);
        QVERIFY(!docs.watchedFolders().contains(p.dir.filePath(QStringLiteral("sprints"))));
    }

    // However many folders hold plans, at most kMaxWatchedFolders are watched.
    void watchedFoldersAreBounded()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < TaskDocuments::kMaxWatchedFolders + 20; ++i) {
            paths << QStringLiteral("plans/p%1/plan.md").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(write(dir.filePath(paths.last()), "# P\n\n- [ ] **P-1**: One (1h)\n"));
        }
        TaskDocuments docs;
        QSignalSpy reset(&docs, &TaskDocuments::documentsReset);
        docs.load(dir.path(), paths);
        QTRY_VERIFY_WITH_TIMEOUT(reset.count() >= 1, 30000);
        QCOMPARE(docs.count(), int(paths.size()));
        QCOMPARE(docs.watchedFolders().size(), TaskDocuments::kMaxWatchedFolders);
        QVERIFY(docs.watchedFolders().contains(dir.path()));
    }

    void taskTreeHidesNonPlans()
    {
        Project p;
        TaskDocuments docs;
        TaskModel model(&docs);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        load(&docs, p);
        QCOMPARE(model.rowCount(), 2);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString path = model.index(r, 0).data(TaskModel::PathRole).toString();
            QVERIFY2(path.startsWith(u"docs/TRD/"), qPrintable(path));
        }
        model.setShowNonPlans(true);
        QCOMPARE(model.rowCount(), 4);
        // Tasks keep their document: the PRD row has no task rows, ALP-002 is found.
        const QModelIndex t =
            model.indexForTask(docs.indexOfPath(p.paths[0]), QStringLiteral("ALP-002"));
        QVERIFY(t.isValid());
        model.setShowNonPlans(false);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(
            model.indexForTask(docs.indexOfPath(p.paths[0]), QStringLiteral("ALP-002")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPlansModel)
#include "tst_plansmodel.moc"
