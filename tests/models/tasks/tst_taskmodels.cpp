// SPDX-License-Identifier: MIT
#include "tasks/boardmodel.h"
#include "tasks/sprintmodel.h"
#include "tasks/taskdocuments.h"
#include "tasks/taskmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

using namespace pwb;

namespace {
QList<TaskDocuments::Entry> fixtures()
{
    const QString root = QStringLiteral(PWB_FIXTURES "/tasks");
    return {TaskDocuments::readEntry(root, QStringLiteral("basic.md")),
            TaskDocuments::readEntry(root, QStringLiteral("headings.md")),
            TaskDocuments::readEntry(root, QStringLiteral("table.md"))};
}
QStringList cardIds(const BoardModel& m, int lane)
{
    QStringList out;
    const QModelIndex l = m.index(lane, 0);
    for (int r = 0; r < m.rowCount(l); ++r)
        out << m.index(r, 0, l).data(BoardModel::TaskIdRole).toString();
    return out;
}
} // namespace

class TestTaskModels : public QObject
{
    Q_OBJECT
private slots:
    void readersAreThreadsTheApplicationJoins()
    {
        // First, before other tests leave idle pool threads waiting out the default expiry.
        // QCoreApplication joins the global pool's threads when it goes. A reader on any other
        // pool thread was still running or exiting while the process ran its exit handlers
        // (a CI run hung there on a heap the exiting thread found corrupt). So once the global
        // pool is idle and its threads have expired, no pooled thread may be left.
#ifndef Q_OS_LINUX
        QSKIP("counts the process's threads through /proc");
#endif
        auto pooledThreads = [] {
            int n = 0;
            const QDir tasks(QStringLiteral("/proc/self/task"));
            for (const QString& t : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile comm(tasks.filePath(t + QStringLiteral("/comm")));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("Thread (pooled"))
                    ++n;
            }
            return n;
        };
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/TRD")));
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << QStringLiteral("docs/TRD/plan%1.md").arg(i);
            QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/basic.md"),
                                dir.filePath(paths.last())));
        }
        QThreadPool* pool = QThreadPool::globalInstance();
        const int expiry = pool->expiryTimeout();
        pool->setExpiryTimeout(1);
        {
            TaskDocuments docs;
            docs.load(dir.path(), paths);
            QTRY_COMPARE(docs.count(), 12);
            QCOMPARE(docs.at(11).doc.tasks.size(), 5);
        }
        pool->waitForDone();
        QTRY_COMPARE_WITH_TIMEOUT(pooledThreads(), 0, 10000);
        pool->setExpiryTimeout(expiry);
    }

    // "## ~~Part 2: Schemas~~ — DONE" is a task only while struck through and marked done:
    // reopening it would make a plain heading of it, and its card would vanish. The board
    // refuses, says why, writes nothing and leaves no undo step; a task that stays a task
    // when reopened ("### ~~Title~~ ✓ Done" under "## P1 …") still reopens.
    void editsThatWouldLoseTheTaskAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/plans")));
        const QByteArray text = "# Id cleanup plan\n\n## ~~Part 1: Backfill~~ — DONE\n\n"
                                "Copied every row.\n\n## ~~Part 2: Schemas (30 files)~~ — DONE\n\n"
                                "Changed the fields.\n\n## P1 — Soon\n\n"
                                "### ~~Drop the old index~~ ✓ Done\n\nNo longer used.\n";
        const QString file = dir.filePath(QStringLiteral("docs/plans/cleanup.md"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        TaskDocuments docs;
        docs.load(dir.path(), {QStringLiteral("docs/plans/cleanup.md")});
        QTRY_COMPARE(docs.count(), 1);
        const TrdDocument& d = docs.at(0).doc;
        QCOMPARE(d.tasks.size(), 3);
        QSignalSpy failed(&docs, &TaskDocuments::editFailed);
        docs.reopenTask(0, d.tasks.at(1).id);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(u"Part 2: Schemas (30 files)"),
                 qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(docs.undoStack()->count(), 0);
        QVERIFY(!docs.isBusy());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);
        f.close();
        // Under a priority section the heading stays a task when reopened.
        QSignalSpy idle(&docs, &TaskDocuments::idle);
        docs.reopenTask(0, d.tasks.at(2).id);
        QTRY_VERIFY(idle.count() >= 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(docs.undoStack()->count(), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\n### Drop the old index\n"));
    }

    void taskTree()
    {
        TaskDocuments docs;
        TaskModel model(&docs);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        docs.setEntries(fixtures());
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex doc = model.index(0, 0);
        QCOMPARE(doc.data().toString(), QStringLiteral("Billing Export"));
        QCOMPARE(model.rowCount(doc), 2); // Foundation, Delivery
        const QModelIndex cat = model.index(0, 0, doc);
        QCOMPARE(cat.data().toString(), QStringLiteral("Foundation"));
        const QModelIndex task = model.index(1, 0, cat);
        QCOMPARE(task.data(TaskModel::TaskIdRole).toString(), QStringLiteral("BIL-002"));
        QCOMPARE(model.index(1, TaskModel::StatusColumn, cat).data().toString(),
                 taskStatusLabel(TaskStatus::InProgress));
        QCOMPARE(model.index(1, TaskModel::HoursColumn, cat).data().toDouble(), 6.0);
        QCOMPARE(model.rowCount(task), 3);
        const QModelIndex sub = model.index(0, 0, task);
        QCOMPARE(sub.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(sub.flags() & Qt::ItemIsUserCheckable);
        QCOMPARE(sub.data(TaskModel::LineRole).toInt(), 21);
        QCOMPARE(model.indexForTask(0, QStringLiteral("BIL-002")), task);
        // Table rows cannot be ticked (they have no checkboxes).
        const QModelIndex tableDoc = model.index(2, 0);
        QCOMPARE(model.rowCount(model.index(0, 0, tableDoc)), 3);
        docs.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void board()
    {
        TaskDocuments docs;
        BoardModel model(&docs);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        docs.setEntries(fixtures());
        QCOMPARE(model.cardCount(), 5);
        // Lanes by sprint: Sprint 1, Sprint 2, No sprint (BIL-005).
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(BoardModel::LaneNameRole).toString(),
                 QStringLiteral("Sprint 1: Foundation"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("No sprint"));
        // Cards in status order: in progress BIL-002, blocked BIL-003, done BIL-001.
        QCOMPARE(cardIds(model, 0), (QStringList{"BIL-002", "BIL-003", "BIL-001"}));
        QCOMPARE(model.index(0, int(TaskStatus::Done)).data(BoardModel::CountRole).toInt(), 1);
        QCOMPARE(model.index(0, int(TaskStatus::Done)).data(BoardModel::HoursSumRole).toDouble(),
                 4.0);
        const QModelIndex blocked = model.indexForTask(QStringLiteral("BIL-003"));
        QCOMPARE(blocked.data(BoardModel::StatusRole).toInt(), int(TaskStatus::Blocked));
        QCOMPARE(blocked.data(BoardModel::BlockedByRole).toStringList(), QStringList{"BIL-002"});
        const QModelIndex b1 = model.indexForTask(QStringLiteral("BIL-001"));
        QCOMPARE(b1.data(BoardModel::AgentsRole).toStringList(), QStringList{"code-reviewer"});
        QCOMPARE(b1.data(BoardModel::SubtasksDoneRole).toInt(), 2);
        QCOMPARE(model.indexForTask(QStringLiteral("BIL-002"))
                     .data(BoardModel::FlagsRole)
                     .toStringList(),
                 QStringList{"REQUIRES EXPERT REVIEW"});

        model.setLaneMode(BoardModel::LaneMode::Priority);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("HIGH"));
        QCOMPARE(model.priorities(), (QStringList{"HIGH", "MEDIUM", "LOW"}));
        model.setLaneMode(BoardModel::LaneMode::Category);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Delivery"));

        model.setFilterText(QStringLiteral("upload"));
        QCOMPARE(model.cardCount(), 1);
        model.setFilterText(QString());
        model.setPriorityFilter(QStringLiteral("LOW"));
        QCOMPARE(model.cardCount(), 2);
        model.setPriorityFilter(QString());
        model.setSprintFilter(QStringLiteral("Sprint 2: Delivery"));
        QCOMPARE(model.cardCount(), 2);
        model.setSprintFilter(QString());
        model.setStatusFilter(int(TaskStatus::Done));
        QCOMPARE(model.cardCount(), 2);
        model.setStatusFilter(-1);
        QCOMPARE(model.sprintNames().size(), 2);

        model.setDocument(1);
        QCOMPARE(model.cardCount(), 4);
        model.setDocument(7); // no such document: an empty board, not a crash
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(0);
        docs.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sprints()
    {
        TaskDocuments docs;
        SprintModel model(&docs);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        docs.setEntries(fixtures());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, SprintModel::HoursColumn).data(SprintModel::ValueRole).toDouble(),
                 13.0);
        QCOMPARE(model.index(0, SprintModel::DoneColumn).data(SprintModel::ValueRole).toDouble(),
                 4.0);
        QCOMPARE(
            model.index(0, SprintModel::RemainingColumn).data(SprintModel::ValueRole).toDouble(),
            9.0);
        QVERIFY(model.index(0, SprintModel::StatedColumn).data(SprintModel::MismatchRole).toBool());
        QVERIFY(model.index(2, 0).data(SprintModel::IsTotalRole).toBool());
        QCOMPARE(model.index(2, SprintModel::HoursColumn).data(SprintModel::ValueRole).toDouble(),
                 18.0);
        QCOMPARE(model.index(2, SprintModel::StatedColumn).data(SprintModel::ValueRole).toDouble(),
                 20.0);
        model.setDocument(2); // the table: no sprints, a total row only
        QCOMPARE(model.rowCount(), 1);
    }

    void loadsInTheBackgroundAndPicksUpEdits()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/TRD")));
        const QString file = dir.filePath(QStringLiteral("docs/TRD/plan.md"));
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/basic.md"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        TaskDocuments docs;
        TaskModel model(&docs);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&docs, &TaskDocuments::documentsReset);
        docs.load(dir.path(), TaskDocuments::documentPaths({QStringLiteral("docs/TRD/plan.md"),
                                                            QStringLiteral("README.md"),
                                                            QStringLiteral("lib/x.ex")}));
        QVERIFY(docs.isLoading());
        QTRY_COMPARE(docs.count(), 1);
        QCOMPARE(docs.at(0).path, QStringLiteral("docs/TRD/plan.md"));
        QCOMPARE(docs.at(0).doc.tasks.size(), 5);
        QVERIFY(!docs.at(0).lint.isEmpty());

        QSignalSpy changed(&docs, &TaskDocuments::documentChanged);
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n**BIL-006: Added elsewhere** (1h)\n- [ ] new\n");
        f.close();
        QTRY_VERIFY(changed.count() >= 1);
        QCOMPARE(docs.at(0).doc.tasks.size(), 6);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3); // BIL-006 sits under "Dependency Map"

        // A new document in docs/TRD shows up; a deleted one goes.
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/headings.md"),
                            dir.filePath(QStringLiteral("docs/TRD/new.md"))));
        QTRY_COMPARE(docs.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("docs/TRD/new.md"))));
        QTRY_COMPARE(docs.count(), 1);
    }

    void plansFoundByTheirTextAreLoaded()
    {
        // The board gets the project's file list: documents no path rule names are looked
        // at off the GUI thread and loaded when their head reads as a plan; notes are not.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/TRD")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("dev/active/sync")));
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/basic.md"),
                            dir.filePath(QStringLiteral("docs/TRD/plan.md"))));
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/basic.md"),
                            dir.filePath(QStringLiteral("dev/active/sync/breakdown.md"))));
        QFile notes(dir.filePath(QStringLiteral("dev/active/sync/notes.md")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("# Notes\n\nNothing planned here.\n");
        notes.close();
        const QStringList files{
            QStringLiteral("docs/TRD/plan.md"), QStringLiteral("dev/active/sync/breakdown.md"),
            QStringLiteral("dev/active/sync/notes.md"), QStringLiteral("README.md")};
        TaskDocuments docs;
        docs.load(dir.path(), TaskDocuments::documentPaths(files),
                  TaskDocuments::lookInside(files));
        QTRY_COMPARE(docs.count(), 2);
        QCOMPARE(docs.at(0).path, QStringLiteral("docs/TRD/plan.md"));
        QCOMPARE(docs.at(1).path, QStringLiteral("dev/active/sync/breakdown.md"));
        QCOMPARE(docs.at(1).doc.tasks.size(), 5);
    }

    void unchangedReloadResetsNothing()
    {
        // A project rescan (a test run, a build) loads the plans again: when no byte changed
        // the board, the chart and the links must not be reset (each reset stalls the GUI).
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/TRD")));
        const QString file = dir.filePath(QStringLiteral("docs/TRD/plan.md"));
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/basic.md"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        const QStringList paths{QStringLiteral("docs/TRD/plan.md")};
        TaskDocuments docs;
        QSignalSpy reset(&docs, &TaskDocuments::documentsReset);
        docs.load(dir.path(), paths);
        QTRY_COMPARE(docs.count(), 1);
        QCOMPARE(reset.count(), 1);
        docs.load(dir.path(), paths);
        QTRY_VERIFY(!docs.isLoading());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(docs.at(0).doc.tasks.size(), 5);

        // Another document is a new set.
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/headings.md"),
                            dir.filePath(QStringLiteral("docs/TRD/second.md"))));
        docs.load(dir.path(), {paths.first(), QStringLiteral("docs/TRD/second.md")});
        QTRY_COMPARE(reset.count(), 2);
        QCOMPARE(docs.count(), 2);

        // Changed bytes are never lost: the watcher's re-read or the next load has them.
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n**BIL-006: Added elsewhere** (1h)\n");
        f.close();
        docs.load(dir.path(), {paths.first(), QStringLiteral("docs/TRD/second.md")});
        QTRY_COMPARE(docs.at(0).doc.tasks.size(), 6);
    }

    void aReadRacingAWriteNeverUndoesIt()
    {
        // A project rescan reads the plans again while a write of ours may run (a tick right
        // after an undo: the undo's write makes the rescan). A read that began before the
        // write finished may hold the old bytes; it once replaced the written document, so
        // the board showed the edit undone while the file held it. Each round starts a
        // rescan (slowed by other plans that changed) and an edit at once; whichever
        // finishes first, the document must end as the file is.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/TRD")));
        const QString file = dir.filePath(QStringLiteral("docs/TRD/plan.md"));
        QVERIFY(QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/basic.md"), file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QStringList paths{QStringLiteral("docs/TRD/plan.md")};
        for (int i = 0; i < 8; ++i)
            paths << QStringLiteral("docs/TRD/other%1.md").arg(i);
        const auto writeOthers = [&](int round) {
            for (int i = 1; i < paths.size(); ++i) {
                QFile f(dir.filePath(paths.at(i)));
                if (!f.open(QIODevice::WriteOnly))
                    return false;
                f.write(QByteArray("# Plan ") + QByteArray::number(round) + "\n\n");
                for (int t = 0; t < 400; ++t)
                    f.write("- [ ] **TRD-" + QByteArray::number(t) + "**: Step " +
                            QByteArray::number(round) + " (2h)\n");
            }
            return true;
        };
        QVERIFY(writeOthers(-1));
        TaskDocuments docs;
        docs.load(dir.path(), paths);
        QTRY_COMPARE(docs.count(), int(paths.size()));
        QSignalSpy idle(&docs, &TaskDocuments::idle);
        const auto onDisk = [&file] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const auto isDone = [&docs] {
            const TrdDocument& doc = docs.at(0).doc;
            return doc.statusOf(*doc.task(QStringLiteral("BIL-002"))) == TaskStatus::Done;
        };
        for (int round = 0; round < 30; ++round) {
            QVERIFY(writeOthers(round));
            const bool done = isDone();
            docs.load(dir.path(), paths);
            if (done)
                docs.undoStack()->undo();
            else
                docs.completeTask(0, QStringLiteral("BIL-002"));
            QVERIFY(idle.wait(5000));
            QTRY_VERIFY(!docs.isLoading());
            for (int i = 0; i < 5; ++i) {
                QThreadPool::globalInstance()->waitForDone();
                QCoreApplication::processEvents();
            }
            QTRY_VERIFY(!docs.isLoading());
            QCOMPARE(docs.at(0).bytes, onDisk());
            QCOMPARE(isDone(), !done);
        }
    }
};

QTEST_GUILESS_MAIN(TestTaskModels)
#include "tst_taskmodels.moc"
