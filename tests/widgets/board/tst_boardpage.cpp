// SPDX-License-Identifier: MIT
#include "board/boardpage.h"
#include "board/boardview.h"
#include "board/carddelegate.h"
#include "board/plansoverview.h"
#include "board/sprintsummary.h"
#include "board/taskdetailpanel.h"
#include "common/emptystate.h"
#include "project/fileindex.h"
#include "tasks/boardmodel.h"
#include "tasks/plansmodel.h"
#include "tasks/taskdocuments.h"
#include "workspace/project.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pwb;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool copyFixture(const QString& name, const QString& to)
{
    const QString target = to + u'/' + name;
    if (!QFile::copy(QStringLiteral(PWB_FIXTURES "/tasks/") + name, target))
        return false;
    return QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
}
// Differences between two byte arrays as (offset, old, new) runs, for exact checks.
int changedBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return -1;
    int n = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        n += a[i] != b[i] ? 1 : 0;
    return n;
}
} // namespace

class TestBoardPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_trd;

    bool openProject(Project& project, BoardPage& page)
    {
        QSignalSpy reset(project.tasks(), &TaskDocuments::documentsReset);
        if (!project.open(m_dir.path()))
            return false;
        for (int i = 0; i < 200 && reset.isEmpty(); ++i)
            QTest::qWait(50);
        return page.isShowingBoard();
    }

    // Opens dir and waits until its plans are read (false when that did not happen in time).
    static bool openAndRead(Project& project, const QString& dir, int timeoutMs = 20000)
    {
        QSignalSpy reset(project.tasks(), &TaskDocuments::documentsReset);
        return project.open(dir) && reset.wait(timeoutMs);
    }

private slots:
    // A card too narrow for its id and "no estimate" keeps the id whole: the estimate gives
    // way to a dash. An id too long for any card is elided before what stays of it.
    void cardHeaderKeepsTheId()
    {
        const QFont font = QApplication::font();
        QFont bold = font;
        bold.setBold(true);
        const QString noEstimate = QStringLiteral("no estimate");
        const int needed = QFontMetrics(bold).horizontalAdvance(QStringLiteral("P1-T1")) + 8 +
                           QFontMetrics(font).horizontalAdvance(noEstimate);
        const CardDelegate::CardHeader wide =
            CardDelegate::header(QStringLiteral("P1-T1"), -1, font, needed + 20);
        QCOMPARE(wide.id, QStringLiteral("P1-T1"));
        QCOMPARE(wide.estimate, noEstimate);
        const CardDelegate::CardHeader narrow =
            CardDelegate::header(QStringLiteral("P1-T1"), -1, font, needed - 20);
        QCOMPARE(narrow.id, QStringLiteral("P1-T1"));
        QCOMPARE(narrow.estimate, QStringLiteral("\u2013"));
        const CardDelegate::CardHeader hours =
            CardDelegate::header(QStringLiteral("P1-T1"), 3, font, needed - 20);
        QCOMPARE(hours.estimate, QStringLiteral("3 h"));
        // A T-shirt size stands for the estimate, shown as written ("size L"), and as the bare
        // size where "size L" does not fit.
        QCOMPARE(CardDelegate::header(QStringLiteral("WP-01"), -1, font, needed + 40,
                                      QStringLiteral("L"))
                     .estimate,
                 QStringLiteral("size L"));
        const int sized = QFontMetrics(bold).horizontalAdvance(QStringLiteral("WP-01")) + 8 +
                          QFontMetrics(font).horizontalAdvance(QStringLiteral("size L"));
        QCOMPARE(
            CardDelegate::header(QStringLiteral("WP-01"), -1, font, sized - 2, QStringLiteral("L"))
                .estimate,
            QStringLiteral("L"));
        QCOMPARE(CardDelegate::header(QStringLiteral("#Write it"), -1, font, 40).id, QString());
        const CardDelegate::CardHeader tiny =
            CardDelegate::header(QStringLiteral("TRD-2026-014-BACKEND-07"), -1, font, needed);
        QVERIFY(tiny.id.endsWith(QChar(0x2026)));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("docs/TRD")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("docs/PRD")));
        const QString trd = m_dir.filePath(QStringLiteral("docs/TRD"));
        QVERIFY(copyFixture(QStringLiteral("basic.md"), trd));
        QVERIFY(
            copyFixture(QStringLiteral("headings.md"), m_dir.filePath(QStringLiteral("docs/PRD"))));
        m_trd = trd + QStringLiteral("/basic.md");
    }

    void emptyStateSaysWhatToDo()
    {
        Project project;
        BoardPage page(&project);
        page.resize(1200, 800);
        page.show();
        QVERIFY(!page.isShowingBoard());
        QVERIFY(page.emptyState()->text().contains(QStringLiteral("docs/TRD")));
        QTemporaryDir empty;
        QSignalSpy ready(project.files(), &FileIndex::ready);
        QVERIFY(project.open(empty.path()));
        QVERIFY(ready.wait(5000));
        QTRY_VERIFY(page.emptyState()->text().contains(QStringLiteral("No TRD documents")));
        QVERIFY(!page.isShowingBoard());
    }

    void showsTheBoardAndFilters()
    {
        Project project;
        BoardPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(openProject(project, page));
        // The PRD is listed on request only: it is requirements, not a plan.
        QCOMPARE(page.documentPicker()->count(), 1);
        auto* all = page.findChild<QCheckBox*>(QStringLiteral("showAllDocuments"));
        QVERIFY(all && all->isVisible());
        all->setChecked(true);
        QCOMPARE(page.documentPicker()->count(), 2);
        QVERIFY(page.documentPicker()->itemText(1).contains(QStringLiteral("requirements")));
        QVERIFY(page.documentPicker()->currentText().contains(QStringLiteral("Billing Export")));
        QCOMPARE(page.model()->cardCount(), 5);
        QCOMPARE(page.model()->rowCount(), 3);
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Lanes switch; filters narrow.
        page.laneMode()->setCurrentIndex(1);
        QCOMPARE(page.model()->index(0, 0).data().toString(), QStringLiteral("HIGH"));
        page.filterEdit()->setText(QStringLiteral("schedul"));
        QCOMPARE(page.model()->cardCount(), 1);
        page.filterEdit()->clear();
        page.priorityFilter()->setCurrentIndex(
            page.priorityFilter()->findData(QStringLiteral("LOW")));
        QCOMPARE(page.model()->cardCount(), 2);
        page.priorityFilter()->setCurrentIndex(0);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(int(TaskStatus::Done)));
        QCOMPARE(page.model()->cardCount(), 2);
        page.statusFilter()->setCurrentIndex(0);
        QVERIFY(page.sprintFilter()->count() == 3);
        page.sprintFilter()->setCurrentIndex(2);
        QCOMPARE(page.model()->cardCount(), 2);
        page.sprintFilter()->setCurrentIndex(0);
        page.laneMode()->setCurrentIndex(0);

        // Keyboard: the board has focus and arrows move between cards.
        page.view()->setFocus();
        const QString first = page.details()->taskId();
        QCOMPARE(first, QStringLiteral("BIL-002"));
        QTest::keyClick(page.view(), Qt::Key_Right);
        QCOMPARE(page.details()->taskId(), QStringLiteral("BIL-003"));
        QTest::keyClick(page.view(), Qt::Key_Down); // nothing below in Blocked: stays
        QCOMPARE(page.details()->taskId(), QStringLiteral("BIL-003"));
        QTest::keyClick(page.view(), Qt::Key_Right);
        QCOMPARE(page.details()->taskId(), QStringLiteral("BIL-001"));
        QTest::keyClick(page.view(), Qt::Key_Down);
        QCOMPARE(page.details()->taskId(), QStringLiteral("BIL-004")); // next lane, same column
        QTest::keyClick(page.view(), Qt::Key_Home);
        QCOMPARE(page.details()->taskId(), QStringLiteral("BIL-002"));

        // Clicking a card selects it.
        const QModelIndex done = page.model()->indexForTask(QStringLiteral("BIL-001"));
        const QRect r = page.view()->visualRect(done);
        QVERIFY(r.isValid());
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(page.details()->taskId(), QStringLiteral("BIL-001"));

        // Lint and sprint summary.
        QVERIFY(page.findings()->topLevelItemCount() >= 11);
        QVERIFY(!page.findings()
                     ->findItems(QStringLiteral("trd-total-hours"), Qt::MatchExactly, 2)
                     .isEmpty());
        QCOMPARE(page.sprintSummary()->table()->model()->rowCount(), 3);
        QCOMPARE(page.sprintSummary()->plannedRemaining(), (QList<double>{18, 5, 0}));
        QCOMPARE(page.sprintSummary()->actualRemaining(), (QList<double>{18, 14, 9}));
        // The burndown is built when its tab is first shown, not while the board opens.
        QVERIFY(!page.sprintSummary()->isVisible());
        QVERIFY(page.sprintSummary()->chartView()->chart()->series().isEmpty());
        auto* side =
            qobject_cast<QTabWidget*>(page.sprintSummary()->parentWidget()->parentWidget());
        QVERIFY(side);
        side->setCurrentWidget(page.sprintSummary());
        QCOMPARE(page.sprintSummary()->chartView()->chart()->series().size(), 2);
        // A model reset with the same hours keeps the chart (a new QChart stalls the GUI).
        const QChart* chart = page.sprintSummary()->chartView()->chart();
        QList<TaskDocuments::Entry> entries;
        for (int i = 0; i < project.tasks()->count(); ++i)
            entries << project.tasks()->at(i);
        project.tasks()->setEntries(entries);
        QCOMPARE(page.sprintSummary()->chartView()->chart(), chart);
        QCOMPARE(page.sprintSummary()->actualRemaining(), (QList<double>{18, 14, 9}));
        // Other hours: a new chart.
        entries[0].doc.tasks[0].hours += 2;
        project.tasks()->setEntries(entries);
        QVERIFY(page.sprintSummary()->chartView()->chart() != chart);
        QCOMPARE(page.sprintSummary()->plannedRemaining().first(), 20.0);
        entries[0].doc.tasks[0].hours -= 2;
        project.tasks()->setEntries(entries);
        QCOMPARE(page.sprintSummary()->plannedRemaining(), (QList<double>{18, 5, 0}));

        // The other document.
        page.documentPicker()->setCurrentIndex(1);
        QCOMPARE(page.model()->cardCount(), 4);
        QVERIFY(page.sprintFilter()->isHidden());
    }

    void plansOverviewOpensABoard()
    {
        Project project;
        BoardPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(openProject(project, page));
        QVERIFY(page.plansToggle()->isVisible());
        QVERIFY(!page.plansOverview()->isVisible());
        page.plansToggle()->click();
        QVERIFY(page.plansOverview()->isVisible());
        QVERIFY(!page.view()->isVisible());
        QTreeView* table = page.plansOverview()->view();
        // Plans only, like the picker; the PRD joins with "All documents".
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, PlansModel::TasksColumn).data().toInt(), 5);
        auto* all = page.findChild<QCheckBox*>(QStringLiteral("showAllDocuments"));
        all->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 2);
        // Sorted by document; the PRD's row, then Enter: its board.
        int prd = -1;
        for (int r = 0; r < 2; ++r) {
            if (table->model()->index(r, 0).data(PlansModel::PathRole).toString().contains(u"PRD"))
                prd = r;
        }
        QVERIFY(prd >= 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(prd, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(!page.plansToggle()->isChecked());
        QVERIFY(page.view()->isVisible());
        QVERIFY(page.documentPicker()->currentData().toString().contains(u"PRD"));
        // Back to the table: the open document is the current row.
        page.setPlansShown(true);
        QCOMPARE(page.plansOverview()->currentDocument(),
                 project.tasks()->indexOfPath(page.documentPicker()->currentData().toString()));
        page.setPlansShown(false);
        all->setChecked(false);
    }

    void detailPanelLinks()
    {
        Project project;
        BoardPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(openProject(project, page));
        QVERIFY(page.selectTask(QStringLiteral("BIL-002")));
        TaskDetailPanel* d = page.details();
        QCOMPARE(d->titleLabel()->text(), QStringLiteral("BIL-002: Exporter Process"));
        QCOMPARE(d->subtaskBoxes().size(), 3);
        QVERIFY(d->subtaskBoxes()[0]->isChecked());
        QVERIFY(!d->subtaskBoxes()[1]->isChecked());
        auto* refs = d->findChild<QLabel*>(QStringLiteral("taskReferences"));
        QVERIFY(refs);
        QVERIFY(refs->text().contains(QStringLiteral("agents/test-runner.md:243-278")));
        QSignalSpy open(&page, &BoardPage::openFileRequested);
        emit refs->linkActivated(QStringLiteral("file:agents/test-runner.md#243"));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0][0].toString(), QStringLiteral("agents/test-runner.md"));
        QCOMPARE(open[0][1].toInt(), 243);
        auto* source = d->findChild<QLabel*>(QStringLiteral("taskSource"));
        QVERIFY(source->text().contains(QStringLiteral("docs/TRD/basic.md:20")));
        auto* deps = d->findChild<QLabel*>(QStringLiteral("taskDependencies"));
        QVERIFY(deps->text().contains(QStringLiteral("task:BIL-001")));
        emit deps->linkActivated(QStringLiteral("task:BIL-001"));
        QCOMPARE(d->taskId(), QStringLiteral("BIL-001"));
        QVERIFY(d->reopenButton()->isVisibleTo(&page));
        QVERIFY(!d->completeButton()->isVisibleTo(&page));
    }

    void tickingASubtaskWritesOneByte()
    {
        const QByteArray before = readAll(m_trd);
        Project project;
        BoardPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(openProject(project, page));
        QVERIFY(page.selectTask(QStringLiteral("BIL-002")));
        QCheckBox* box = page.details()->subtaskBoxes().at(1);
        QSignalSpy idle(project.tasks(), &TaskDocuments::idle);
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
        QVERIFY(idle.wait(5000));
        const QByteArray after = readAll(m_trd);
        QCOMPARE(changedBytes(before, after), 1);
        QVERIFY(after.contains("- [x] Back-pressure"));
        // The board follows: 2 of 3 ticked, still in progress, the card stays selected.
        QCOMPARE(page.model()
                     ->indexForTask(QStringLiteral("BIL-002"))
                     .data(BoardModel::SubtasksDoneRole)
                     .toInt(),
                 2);
        QCOMPARE(page.details()->taskId(), QStringLiteral("BIL-002"));
        QVERIFY(page.details()->subtaskBoxes().at(1)->isChecked());

        // Undo restores the file byte for byte.
        project.tasks()->undoStack()->undo();
        QVERIFY(idle.wait(5000));
        QCOMPARE(readAll(m_trd), before);

        // Completing through the panel ticks the rest and adds the document's marker.
        page.details()->completeButton()->click();
        QVERIFY(idle.wait(5000));
        const QByteArray done = readAll(m_trd);
        QVERIFY(done.contains(
            "**BIL-002: Exporter Process** (6h) - **MEDIUM PRIORITY** ✅ **COMPLETED** ⚠️"));
        QCOMPARE(page.model()
                     ->indexForTask(QStringLiteral("BIL-002"))
                     .data(BoardModel::StatusRole)
                     .toInt(),
                 int(TaskStatus::Done));
        project.tasks()->undoStack()->undo();
        QVERIFY(idle.wait(5000));
        QCOMPARE(readAll(m_trd), before);
    }

    // Issue 19.3: the buttons once grew to "Undo Tick “Back-pressure” in BIL-002" and
    // squeezed the task filter; the action's name belongs in the tooltip.
    void undoButtonsKeepTheirWidth()
    {
        const QByteArray before = readAll(m_trd);
        Project project;
        BoardPage page(&project);
        page.resize(1024, 640);
        page.show();
        QVERIFY(openProject(project, page));
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.undoButton()->isEnabled());
        const int undoWidth = page.undoButton()->width();
        const int redoWidth = page.redoButton()->width();
        const int filterWidth = page.filterEdit()->width();
        QVERIFY(page.selectTask(QStringLiteral("BIL-002")));
        QSignalSpy idle(project.tasks(), &TaskDocuments::idle);
        page.details()->subtaskBoxes().at(1)->click();
        QVERIFY(idle.wait(5000));
        QTRY_VERIFY(page.undoButton()->isEnabled());
        QCoreApplication::processEvents();
        QCOMPARE(page.undoButton()->width(), undoWidth);
        QCOMPARE(page.undoButton()->text(), QStringLiteral("Undo"));
        QVERIFY2(page.undoButton()->toolTip().contains(QStringLiteral("Back-pressure")),
                 qPrintable(page.undoButton()->toolTip()));
        QCOMPARE(page.filterEdit()->width(), filterWidth);
        page.undoButton()->click();
        QVERIFY(idle.wait(5000));
        QCOMPARE(readAll(m_trd), before);
        QTRY_VERIFY(page.redoButton()->isEnabled());
        QCOMPARE(page.redoButton()->width(), redoWidth);
        QVERIFY(page.redoButton()->toolTip().contains(QStringLiteral("Back-pressure")));
        QVERIFY(page.filterEdit()->width() >= 120);
    }

    void darkAndLightPalettes()
    {
        Project project;
        BoardPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(openProject(project, page));
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QImage light = page.view()->viewport()->grab().toImage();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
        page.setPalette(dark);
        const QImage darkImg = page.view()->viewport()->grab().toImage();
        QVERIFY(light.pixelColor(4, 60).lightness() > 128);
        QVERIFY(darkImg.pixelColor(4, 60).lightness() < 128);
        const QRect card =
            page.view()->visualRect(page.model()->indexForTask(QStringLiteral("BIL-002")));
        QVERIFY(darkImg.pixelColor(card.center()).lightness() < 128);
        QVERIFY(page.view()->lastPaintedCards() >= 5);
        if (qEnvironmentVariableIsSet("PWB_SCREENSHOTS")) {
            light.save(QStringLiteral("/tmp/board-light.png"));
            darkImg.save(QStringLiteral("/tmp/board-dark.png"));
        }
    }

    // A plan sized in T-shirt sizes ("| 01 | … | M |") or story points: the card and the
    // details say the size or the points, not "no estimate".
    void sizesAndPointsShowAsWritten()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/plans")));
        {
            QFile f(dir.filePath(QStringLiteral("docs/plans/packages.md")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "# Tasks\n\n## Tasks\n\n| WP | Title | Size | Depends |\n|---|---|---|---|\n"
                "| 01 | Write the format down | M | -- |\n| 02 | Stream the reader | L | 01 |\n\n"
                "- [ ] **ST-1**: Size the import screen (5 SP)\n");
        }
        Project project;
        BoardPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(openAndRead(project, dir.path()));
        const QModelIndex card = page.model()->indexForTask(QStringLiteral("WP-01"));
        QCOMPARE(card.data(BoardModel::SizeRole).toString(), QStringLiteral("M"));
        QVERIFY(page.selectTask(QStringLiteral("WP-01")));
        auto* facts = page.details()->findChild<QLabel*>(QStringLiteral("taskFacts"));
        QVERIFY(facts);
        QVERIFY2(facts->text().contains(QStringLiteral("size M (counts no hours)")),
                 qPrintable(facts->text()));
        QVERIFY(page.selectTask(QStringLiteral("ST-1")));
        facts = page.details()->findChild<QLabel*>(QStringLiteral("taskFacts"));
        QVERIFY2(facts->text().contains(QStringLiteral("5 points")), qPrintable(facts->text()));
        QVERIFY(page.model()
                    ->indexForTask(QStringLiteral("ST-1"))
                    .data(BoardModel::SizeRole)
                    .toString()
                    .isEmpty());
    }

    void completingATableRowWritesItsStatusCell()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/TRD")));
        const QString trd = dir.filePath(QStringLiteral("docs/TRD"));
        QVERIFY(copyFixture(QStringLiteral("table.md"), trd));
        const QString path = trd + QStringLiteral("/table.md");
        const QByteArray before = readAll(path);
        Project project;
        BoardPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(openAndRead(project, dir.path()));
        QVERIFY(page.selectTask(QStringLiteral("MIG-12")));
        QVERIFY(page.details()->completeButton()->isVisibleTo(&page));
        QVERIFY(page.details()->completeButton()->toolTip().contains(QStringLiteral("Status")));
        QSignalSpy idle(project.tasks(), &TaskDocuments::idle);
        page.details()->completeButton()->click();
        QVERIFY(idle.wait(5000));
        QByteArray expected = before;
        expected.replace("| Low | Todo |", "| Low | ✅ Done |");
        QCOMPARE(readAll(path), expected);
        QCOMPARE(page.model()
                     ->indexForTask(QStringLiteral("MIG-12"))
                     .data(BoardModel::StatusRole)
                     .toInt(),
                 int(TaskStatus::Done));
        project.tasks()->undoStack()->undo();
        QVERIFY(idle.wait(5000));
        QCOMPARE(readAll(path), before);
    }

    // A TASKS.md with a status key ("- 🟢 **Done**: …"): completing a task led by the key's
    // open emoji writes its done emoji, and the criteria listed under a field show as that
    // field's lines in the details.
    void statusKeyTasksCompleteWithTheKeysEmoji()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/plans")));
        const QString path = dir.filePath(QStringLiteral("docs/plans/TASKS.md"));
        const QByteArray before = "# Breakdown\n\n### Key\n- 🟢 **Done**: merged\n"
                                  "- ⚪ **Not Started**: open\n\n## Milestone 1: Base\n\n"
                                  "- ⚪ **ZZ-1**: Draw the schema\n"
                                  "  - **Acceptance Criteria**:\n"
                                  "    - tables have keys\n"
                                  "    - migrations run twice\n"
                                  "  - **Estimated Effort**: 3 hours\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(before);
        }
        Project project;
        BoardPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(openAndRead(project, dir.path()));
        QVERIFY(page.selectTask(QStringLiteral("ZZ-1")));
        bool criteria = false;
        for (const QLabel* l : page.details()->findChildren<QLabel*>()) {
            if (!l->text().contains(QStringLiteral("Acceptance Criteria")))
                continue;
            criteria = true;
            QVERIFY2(l->text().contains(QStringLiteral("• tables have keys")),
                     qPrintable(l->text()));
            QVERIFY2(!l->text().contains(QStringLiteral(">Text<")), qPrintable(l->text()));
        }
        QVERIFY(criteria);
        QSignalSpy idle(project.tasks(), &TaskDocuments::idle);
        page.details()->completeButton()->click();
        QVERIFY(idle.wait(5000));
        QByteArray expected = before;
        expected.replace("- ⚪ **ZZ-1**", "- 🟢 **ZZ-1**");
        QCOMPARE(readAll(path), expected);
        project.tasks()->undoStack()->undo();
        QVERIFY(idle.wait(5000));
        QCOMPARE(readAll(path), before);
    }

    void tenThousandCardsPaintOnlyWhatIsVisible()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/TRD")));
        QByteArray md("# Big\n\n#### Everything\n\n");
        for (int i = 1; i <= 10000; ++i)
            md += QStringLiteral("**BIG-%1: Task number %1** (2h) - **%2 PRIORITY**\n- [%3] "
                                 "step\n- [ ] other\n\n")
                      .arg(i)
                      .arg(i % 3 == 0 ? QStringLiteral("HIGH") : QStringLiteral("LOW"))
                      .arg(QChar(i % 2 ? u'x' : u' '))
                      .toUtf8();
        QFile f(dir.filePath(QStringLiteral("docs/TRD/big.md")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(md);
        f.close();
        Project project;
        BoardPage page(&project);
        page.resize(1400, 900);
        page.show();
        QVERIFY(openAndRead(project, dir.path(), 60000)); // a debug build on a loaded machine
        QCOMPARE(page.model()->cardCount(), 10000);
        const TrdDocument& doc = project.tasks()->at(0).doc;
        QCOMPARE(doc.tasks.size(), 10000);
        QCOMPARE(doc.tasks.first().subtasks.size(), 2);
        QCOMPARE(doc.statusOf(doc.tasks.first()), TaskStatus::InProgress);
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->viewport()->repaint();
        QVERIFY(page.view()->lastPaintedCards() > 0);
        QVERIFY(page.view()->lastPaintedCards() < 100);
        QVERIFY(page.view()->contentHeight() > 100000);
        // Scroll to the end with the keyboard and back.
        page.view()->setFocus();
        QTest::keyClick(page.view(), Qt::Key_End);
        QVERIFY(page.details()->taskId().startsWith(QStringLiteral("BIG-")));
        page.view()->viewport()->repaint();
        QVERIFY(page.view()->lastPaintedCards() < 100);
    }
};

QTEST_MAIN(TestBoardPage)
#include "tst_boardpage.moc"
