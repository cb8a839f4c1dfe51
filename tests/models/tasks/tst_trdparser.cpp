// SPDX-License-Identifier: MIT
#include "core/documentkind.h"
#include "tasks/trdeditor.h"
#include "tasks/trdlint.h"
#include "tasks/trdparser.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <limits>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

using namespace pwb;

namespace {
QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}
QByteArray fixture(const char* name)
{
    return readFile(QStringLiteral(PWB_FIXTURES "/tasks/") + QLatin1String(name));
}
// PWB_SEEDS is ../shared/seeds from the source tree; a worktree sits one level deeper.
QString seedPath()
{
    const QString name = QStringLiteral("trd-elixir-phoenix-expert-integration.md");
    QDir dir(QStringLiteral(PWB_SEEDS));
    if (dir.exists(name))
        return dir.filePath(name);
    dir.setPath(QStringLiteral(PWB_FIXTURES));
    while (dir.cdUp()) {
        if (dir.exists(QStringLiteral("shared/seeds/") + name))
            return dir.filePath(QStringLiteral("shared/seeds/") + name);
    }
    return {};
}
bool hasDiag(const TrdDocument& d, const QString& code, int line = -1)
{
    for (const Diagnostic& x : d.diagnostics) {
        if (x.code == code && (line < 0 || x.line == line))
            return true;
    }
    return false;
}
// The ids of the document's tasks, in order.
QStringList taskIds(const TrdDocument& d)
{
    QStringList ids;
    for (const TrdTask& t : d.tasks)
        ids << t.id;
    return ids;
}
QString dump(const Diagnostics& ds)
{
    QStringList out;
    for (const Diagnostic& d : ds)
        out << d.toString() + QStringLiteral(" [") + d.code + u']';
    return out.join(u'\n');
}
} // namespace

class TestTrdParser : public QObject
{
    Q_OBJECT
private slots:
    // BMAD epics and sprint plans number their work "Story 1.2" / "Task 101.5" and name
    // dependencies so: "Story 1.1 (project set-up)", "Story 2.1, Story 1.2", "Tasks 101.2,
    // 101.3", "Tasks 103.1-103.3". Those are ids of the plan, not unreadable fields; an id it
    // does not define is still an unknown dependency.
    void labelledDependencies()
    {
        const QByteArray stories =
            "# Epics\n\n## Epic 1: Foundation\n\n### Story 1.1: Project set-up\n\nSet it up.\n\n"
            "### Story 1.2: Database\n\n**Prerequisites:** Story 1.1 (project set-up)\n\n"
            "### Story 1.3: Login\n\n**Prerequisites:** Story 1.2, Story 1.1\n\n"
            "### Story 1.4: Profile\n\n**Dependencies:** Story 1.9\n\n"
            "### Story 1.5: Settings\n\n**Prerequisites:** Stories 1.2, 1.4 (the pages)\n\n"
            "### Story 1.6: Release\n\n**Dependencies:** All Epic 1 stories (1.1-1.5)\n\n"
            "### Story 2.1: Reports\n\n**Dependencies:** Epic 1 complete\n";
        const TrdDocument s = TrdParser::parse(stories, QStringLiteral("docs/epics.md"));
        QCOMPARE(s.tasks.size(), 7);
        QVERIFY2(!hasDiag(s, QStringLiteral("trd-dependency-unreadable")),
                 qPrintable(dump(s.diagnostics)));
        QCOMPARE(s.tasks.at(1).dependencies, QStringList{QStringLiteral("Story 1.1")});
        QCOMPARE(s.tasks.at(2).dependencies,
                 (QStringList{QStringLiteral("Story 1.2"), QStringLiteral("Story 1.1")}));
        QCOMPARE(s.tasks.at(3).dependencies, QStringList{QStringLiteral("Story 1.9")});
        QCOMPARE(s.tasks.at(4).dependencies,
                 (QStringList{QStringLiteral("Story 1.2"), QStringLiteral("Story 1.4")}));
        QCOMPARE(s.tasks.at(5).dependencies,
                 (QStringList{QStringLiteral("Story 1.1"), QStringLiteral("Story 1.2"),
                              QStringLiteral("Story 1.3"), QStringLiteral("Story 1.4"),
                              QStringLiteral("Story 1.5")}));
        QVERIFY(s.tasks.at(6).dependencies.isEmpty());
        const Diagnostics lint = TrdLint::check(s);
        QCOMPARE(
            std::count_if(lint.cbegin(), lint.cend(),
                          [](const Diagnostic& d) { return d.code == u"trd-unknown-dependency"; }),
            1);

        const QByteArray tasks =
            "# Sprint 2 Plan\n\n#### Task 103.1: Schema (2h)\n\n#### Task 103.2: Queue (3h)\n\n"
            "#### Task 103.3: Worker (3h)\n\n#### Task 103.4: Retry (2h)\n\n"
            "**Dependencies:** Tasks 103.1, 103.2\n\n#### Task 103.5: Docs (1h)\n\n"
            "**Dependencies:** Tasks 103.1-103.3\n";
        const TrdDocument t = TrdParser::parse(tasks, QStringLiteral("docs/plans/sprint-2.md"));
        QCOMPARE(t.tasks.size(), 5);
        QVERIFY2(!hasDiag(t, QStringLiteral("trd-dependency-unreadable")),
                 qPrintable(dump(t.diagnostics)));
        QCOMPARE(t.tasks.at(3).dependencies,
                 (QStringList{QStringLiteral("Task 103.1"), QStringLiteral("Task 103.2")}));
        QCOMPARE(t.tasks.at(4).dependencies,
                 (QStringList{QStringLiteral("Task 103.1"), QStringLiteral("Task 103.2"),
                              QStringLiteral("Task 103.3")}));
        // Prose with a number is still told: it names no task.
        QByteArray prose = tasks;
        prose.replace("Tasks 103.1-103.3", "the 2 services");
        const TrdDocument p = TrdParser::parse(prose, QStringLiteral("docs/plans/sprint-2.md"));
        QVERIFY(hasDiag(p, QStringLiteral("trd-dependency-unreadable")));
    }

    void inputBeyondThirtyTwoBitsIsRefusedWhole()
    {
        // Spans hold 32-bit offsets: a larger input is refused before a byte of it is read,
        // never parsed with wrapped offsets. The bytes are a read-only mapping nobody touches,
        // so the test costs address space, not memory.
#if defined(Q_OS_LINUX) && Q_PROCESSOR_WORDSIZE == 8
        const qsizetype size = qsizetype(std::numeric_limits<qint32>::max()) + 2;
        void* p = mmap(nullptr, size_t(size), PROT_READ,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        QVERIFY(p != MAP_FAILED);
        const auto unmap = qScopeGuard([&] { munmap(p, size_t(size)); });
        const QByteArray huge = QByteArray::fromRawData(static_cast<const char*>(p), size);
        const TrdDocument doc = TrdParser::parse(huge, QStringLiteral("huge.md"));
        QVERIFY(doc.tasks.isEmpty());
        QCOMPARE(doc.diagnostics.size(), 1);
        QCOMPARE(doc.diagnostics.first().code, QStringLiteral("trd-too-large"));
        QCOMPARE(doc.diagnostics.first().severity, Diagnostic::Severity::Error);
        QCOMPARE(doc.path, QStringLiteral("huge.md"));
#else
        QSKIP("needs a 64-bit Linux address space");
#endif
    }

    void seedFormatFixture()
    {
        const QByteArray bytes = fixture("basic.md");
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/TRD/basic.md"));
        QCOMPARE(d.title, QStringLiteral("Billing Export"));
        QCOMPARE(d.tasks.size(), 5);
        QCOMPARE(taskIds(d), (QStringList{"BIL-001", "BIL-002", "BIL-003", "BIL-004", "BIL-005"}));

        const TrdTask& t1 = d.tasks[0];
        QCOMPARE(t1.title, QStringLiteral("Export Schema"));
        QCOMPARE(t1.hours, 4.0);
        QCOMPARE(t1.priority, QStringLiteral("HIGH"));
        QCOMPARE(t1.marker, TrdTask::Marker::Completed);
        QCOMPARE(t1.markerText, QStringLiteral("✅ **COMPLETED**"));
        QCOMPARE(t1.category, QStringLiteral("Foundation"));
        QCOMPARE(t1.line, 13);
        QCOMPARE(t1.subtasks.size(), 2);
        QVERIFY(t1.subtasks[0].checked);
        QCOMPARE(t1.subtaskText(0), QStringLiteral("Define the CSV columns"));
        QCOMPARE(t1.subtasks[0].line, 14);
        QCOMPARE(bytes.at(t1.subtasks[0].markOffset), 'x');
        QCOMPARE(bytes.mid(t1.subtasks[1].span.begin, t1.subtasks[1].span.size()),
                 QByteArray("- [x] Document the encoding"));
        QCOMPARE(bytes.mid(t1.markerSpan.begin, t1.markerSpan.size()),
                 QByteArray(" ✅ **COMPLETED**"));
        QVERIFY(bytes.mid(t1.headerSpan.begin, t1.headerSpan.size()).startsWith("**BIL-001:"));
        QVERIFY(t1.dependencies.isEmpty());
        QCOMPARE(t1.validation, QStringLiteral("schema reviewed by finance"));
        QCOMPARE(t1.references.size(), 1);
        QCOMPARE(t1.references[0].file, QStringLiteral("agents/code-reviewer.md"));
        QCOMPARE(t1.references[0].firstLine, 153);
        QCOMPARE(t1.references[0].lastLine, 565);

        const TrdTask& t2 = d.tasks[1];
        QCOMPARE(t2.marker, TrdTask::Marker::None);
        QCOMPARE(t2.extra().flags, QStringList{"REQUIRES EXPERT REVIEW"});
        QCOMPARE(t2.extra().note, QStringLiteral("the retry policy needs a decision"));
        QCOMPARE(t2.references.size(), 2);
        QCOMPARE(t2.references[1].file, QStringLiteral("agents/test-runner.md"));
        QCOMPARE(t2.references[1].firstLine, 280);
        QCOMPARE(t2.dependencies, QStringList{"BIL-001"});
        QCOMPARE(t2.dependenciesLine, 24);
        QCOMPARE(d.statusOf(t2), TaskStatus::InProgress);
        QVERIFY(d.statusExplanation(t2).contains(QStringLiteral("1 of 3")));

        QCOMPARE(d.statusOf(t1), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks[2]), TaskStatus::Blocked);
        QVERIFY(d.statusExplanation(d.tasks[2]).contains(QStringLiteral("BIL-002")));
        QCOMPARE(d.tasks[3].marker, TrdTask::Marker::Completed);
        QCOMPARE(d.statusOf(d.tasks[3]), TaskStatus::Done);
        QCOMPARE(d.tasks[3].category, QStringLiteral("Delivery"));
        QVERIFY(!d.tasks[4].hasHours());
        QVERIFY(hasDiag(d, QStringLiteral("trd-task-no-hours"), d.tasks[4].line));

        QCOMPARE(d.sprints.size(), 2);
        const TrdSprint& s1 = d.sprints[0];
        QCOMPARE(s1.number, 1);
        QCOMPARE(s1.name, QStringLiteral("Sprint 1: Foundation"));
        QCOMPARE(s1.weeks, QStringLiteral("Week 1"));
        QCOMPARE(s1.statedHours, 10.0);
        QCOMPARE(s1.primary, (QStringList{"BIL-001", "BIL-002"}));
        QCOMPARE(s1.secondary, QStringList{"BIL-003"});
        QCOMPARE(s1.goal, QStringLiteral("Exports run by hand"));
        QCOMPARE(s1.deliverables, QStringList{"CSV export module"});
        QCOMPARE(s1.successCriteria, QStringList{"Finance accepts a sample file"});
        QCOMPARE(d.sprints[1].statedHours, 5.0);
        QCOMPARE(d.sprintsOf(QStringLiteral("BIL-003")).size(), 2);

        QVERIFY(d.hasMermaidMap);
        int mermaid = 0;
        for (const TrdDependency& e : d.dependencies)
            mermaid += e.source == TrdDependency::Source::Mermaid ? 1 : 0;
        QCOMPARE(mermaid, 3);
        QCOMPARE(d.prerequisitesOf(QStringLiteral("BIL-004")),
                 (QStringList{"BIL-003", "BIL-999", "BIL-001"}));
        const QList<TrdEdge> merged = d.mergedDependencies();
        bool both = false;
        for (const TrdEdge& e : merged)
            both |= e.from == u"BIL-001" && e.to == u"BIL-002" && e.inField && e.inMermaid;
        QVERIFY(both);
        QCOMPARE(d.statedTotalHours, 20.0);
        QCOMPARE(d.statedTaskCount, 5);
        QCOMPARE(d.statedSprintCount, 2);
        QCOMPARE(d.totalHours(), 18.0);
        QCOMPARE(d.completionMarker, QStringLiteral("✅ **COMPLETED**"));
    }

    void headingVariant()
    {
        const TrdDocument d = TrdParser::parse(fixture("headings.md"), QStringLiteral("h.md"));
        QVERIFY2(d.tasks.size() == 4, qPrintable(dump(d.diagnostics)));
        const TrdTask& a = d.tasks[0];
        QCOMPARE(a.form, TrdTask::Form::Heading);
        QCOMPARE(a.id, QStringLiteral("TASK-1"));
        QCOMPARE(a.title, QStringLiteral("Index products"));
        QCOMPARE(a.hours, 3.0);
        QCOMPARE(a.priority, QStringLiteral("HIGH"));
        QCOMPARE(a.category, QStringLiteral("Backend"));
        QCOMPARE(d.statusOf(a), TaskStatus::Done);
        const TrdTask& b = d.tasks[1];
        QCOMPARE(b.title, QStringLiteral("Query API"));
        QCOMPARE(b.hours, 2.5);
        QCOMPARE(b.marker, TrdTask::Marker::InProgress);
        QCOMPARE(b.dependencies, QStringList{"TASK-1"});
        QCOMPARE(b.subtasks.size(), 2);
        const TrdTask& c = d.tasks[2];
        QCOMPARE(c.category, QStringLiteral("Frontend"));
        QCOMPARE(c.marker, TrdTask::Marker::Completed);
        QVERIFY(!c.hasHours());
        const TrdTask& e = d.tasks[3];
        QCOMPARE(e.dependencies, (QStringList{"TASK-2", "TASK-3"}));
        QCOMPARE(d.statusOf(e), TaskStatus::Blocked);
        QCOMPARE(d.completionMarker, QStringLiteral("✅ COMPLETED"));
    }

    void tableVariant()
    {
        const TrdDocument d = TrdParser::parse(fixture("table.md"), QStringLiteral("t.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks[0].id, QStringLiteral("MIG-10"));
        QCOMPARE(d.tasks[0].title, QStringLiteral("Freeze schema"));
        QCOMPARE(d.tasks[0].form, TrdTask::Form::TableRow);
        QVERIFY(d.tasks[0].isEditable()); // through its Status cell
        QCOMPARE(d.tasks[0].statusCellRaw(), QByteArray("✅ Done"));
        QCOMPARE(d.tasks[2].statusCellRaw(), QByteArray("Todo"));
        QCOMPARE(d.tasks[0].hours, 2.0);
        QCOMPARE(d.tasks[1].hours, 5.0);
        QCOMPARE(d.tasks[0].priority, QStringLiteral("HIGH"));
        QCOMPARE(d.statusOf(d.tasks[0]), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks[1]), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks[2]), TaskStatus::Blocked);
        QCOMPARE(d.tasks[2].dependencies, QStringList{"MIG-11"});
        QCOMPARE(d.tasks[1].line, 8);
        QCOMPARE(d.tasks[0].category, QStringLiteral("Tasks"));
    }

    void brokenInputKeepsWhatParses()
    {
        const TrdDocument d = TrdParser::parse(fixture("broken.md"), QStringLiteral("b.md"));
        QCOMPARE(taskIds(d), (QStringList{"BRK-001", "BRK-001", "BRK-002", "BRK-003"}));
        QVERIFY2(hasDiag(d, QStringLiteral("trd-duplicate-id"), 9),
                 qPrintable(dump(d.diagnostics)));
        QVERIFY(hasDiag(d, QStringLiteral("trd-dependency-unreadable"), 7));
        QVERIFY(hasDiag(d, QStringLiteral("trd-task-no-hours"), 15));
        QVERIFY(hasDiag(d, QStringLiteral("trd-sprint-entry"), 25));
        QVERIFY(hasDiag(d, QStringLiteral("trd-mermaid-node"), 31));
        QCOMPARE(d.indexOf(QStringLiteral("BRK-001")), 0);
        QCOMPARE(d.tasks[0].subtasks.size(), 1); // the stray checklist is not BRK-001's
        QCOMPARE(d.sprints.size(), 1);
        QCOMPARE(d.sprints[0].primary, QStringList{"BRK-001"});
        // The task inside the unterminated fence is code, not a task.
        QCOMPARE(d.indexOf(QStringLiteral("BRK-004")), -1);
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only newlines") << QByteArray("\n\n\r\n");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe**TRD-1: x** (1h)\n- [x]\x00", 26);
        QTest::newRow("header only") << QByteArray("**TRD-001: A**");
        QTest::newRow("dangling fields") << QByteArray("- **Dependencies**: TRD-001\n- [x] a\n");
        QTest::newRow("nested list")
            << QByteArray("**A-1: x** (1h)\n- [ ] a\n  - [x] b\n    - [ ] c\n");
        QTest::newRow("mermaid only") << QByteArray("```mermaid\nA1 --> \n --> B2\n&&&\n```\n");
        QTest::newRow("sprint only") << QByteArray("### Sprint 9\n- \n**Primary Tasks**:\n");
        QTest::newRow("table ragged") << QByteArray("| ID |\n|--|\n| X-1 | extra | cells |\n|\n");
        QTest::newRow("long line") << QByteArray(200000, '*');
        QTest::newRow("open brackets")
            << QByteArray("- [ ] [P1-T1\n- [ ] [\n- [ ] []\n- [ ] [][][] x\n- [x] [P1-T1]\n");
        QTest::newRow("many tags") << "- [ ] [P1-T1]" + QByteArray("[a]").repeated(100000) + "\n";
        QTest::newRow("heading boxes") << QByteArray("### - [x] \n### - [ ] [P1-T1]\n#### - [\n");
        QTest::newRow("field lines")
            << QByteArray("- [ ] [P1-T1] x\n  **A**:\n  **B**\n  File:\n  \n- [x] y\n  File: z");
    }
    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, bytes);
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("g.md"));
        for (const TrdTask& t : d.tasks) {
            QVERIFY(t.line >= 0);
            for (const TrdSubtask& s : t.subtasks)
                QVERIFY(s.markOffset >= 0 && s.markOffset < bytes.size());
        }
        QVERIFY(d.diagnostics.size() >= 0);
    }

    // "- ✅ **T-1**: Title (2h)" in a sprint or under "## Tasks": the status leads the task
    // when the plan defines it nowhere else. Without an estimate the same line is how a
    // completion report says a task is done, so it stays a mention.
    void statusLedEntriesAreTasks()
    {
        const TrdDocument sprint =
            TrdParser::parse("# Plan\n\n## Sprint 1: Base\n\n- ✅ **SLE-1**: Set up the repo (2h)\n"
                             "- ⬜ **SLE-2**: Build the API (3h)\n- 🔄 SLE-3: Wire auth (1h)\n",
                             QStringLiteral("plan.md"));
        QCOMPARE(taskIds(sprint), (QStringList{QStringLiteral("SLE-1"), QStringLiteral("SLE-2"),
                                               QStringLiteral("SLE-3")}));
        QCOMPARE(sprint.statusOf(sprint.tasks[0]), TaskStatus::Done);
        QCOMPARE(sprint.statusOf(sprint.tasks[1]), TaskStatus::Todo);
        QCOMPARE(sprint.statusOf(sprint.tasks[2]), TaskStatus::InProgress);
        QCOMPARE(sprint.tasks[0].title, QStringLiteral("Set up the repo"));
        QCOMPARE(sprint.totalHours(), 6.0);
        const TrdDocument section = TrdParser::parse(
            "# Plan\n\n## Tasks\n\n- ✅ **SLE-4**: Seed data (2h)\n- ⬜ SLE-5: Backups (4h)\n",
            QStringLiteral("plan.md"));
        QCOMPARE(taskIds(section), (QStringList{QStringLiteral("SLE-4"), QStringLiteral("SLE-5")}));
        const TrdDocument report = TrdParser::parse(
            "# Sprint 1 Completion Summary\n\n## Sprint 1: Base\n\n- ✅ SLE-6: Set up the repo\n"
            "- ✅ SLE-7: Build the API\n",
            QStringLiteral("sprint1-completion-summary.md"));
        QVERIFY2(report.tasks.isEmpty(), qPrintable(taskIds(report).join(u' ')));
        // Defined in the plan already: the led entry is a mention, not a second task.
        const TrdDocument defined = TrdParser::parse(
            "# Plan\n\n**SLE-8: Import** (3h)\n\n## Sprint 1: Base\n\n- ✅ SLE-8: Import (3h)\n",
            QStringLiteral("plan.md"));
        QCOMPARE(taskIds(defined), QStringList{QStringLiteral("SLE-8")});
        QVERIFY(!hasDiag(defined, QStringLiteral("trd-duplicate-id")));
    }

    // "- 🟢 **Done**: …" in a key gives the emoji a status; items it leads are tasks with that
    // status, and completing one writes the key's own done emoji. Without a key the same
    // emoji says nothing (a colour is as often a priority).
    void statusLegendEmojiLeadTasks()
    {
        const QByteArray key = "# Plan\n\n## Key\n\n- 🟢 **Done**: shipped\n"
                               "- 🟡 In Progress - on it\n- 🔴 **Blocked**: waiting\n"
                               "- ⚪ **Not Started**: open\n\n";
        const QByteArray tasks = "## Tasks\n\n- 🟢 **KEY-1**: Schemas\n  - **Estimate**: 2h\n"
                                 "- 🟡 **KEY-2**: Scaling\n- 🔴 KEY-3: Supplier feed\n"
                                 "- ⚪ **KEY-4**: Log screen\n";
        const TrdDocument d = TrdParser::parse(key + tasks, QStringLiteral("plan.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("KEY-1"), QStringLiteral("KEY-2"),
                                          QStringLiteral("KEY-3"), QStringLiteral("KEY-4")}));
        QCOMPARE(d.statusOf(d.tasks[0]), TaskStatus::Done);
        QCOMPARE(d.tasks[0].hours, 2.0);
        QCOMPARE(d.tasks[0].title, QStringLiteral("Schemas"));
        QCOMPARE(d.statusOf(d.tasks[1]), TaskStatus::InProgress);
        QVERIFY(d.tasks[2].extra().flags.contains(QStringLiteral("BLOCKED")));
        QCOMPARE(d.statusOf(d.tasks[3]), TaskStatus::Todo);
        QCOMPARE(d.tasks[3].extra().leadDone, QByteArray(" 🟢"));
        QCOMPARE(d.tasks[0].extra().leadOpen, QByteArray(" ⚪"));
        const TrdDocument noKey = TrdParser::parse("# Plan\n\n" + tasks, QStringLiteral("plan.md"));
        QVERIFY2(noKey.tasks.isEmpty(), qPrintable(taskIds(noKey).join(u' ')));
    }

    // "## Sprint 1" › "- T-001: Title (2h)": entries naming ids no task defines are the tasks
    // when they read as one (an estimate, a status, fields below them). A bare listing may
    // name another plan's task, and a task defined later in the document stays one task.
    void sprintEntriesDefinedNowhereAreTasks()
    {
        const QByteArray md = "# Plan\n\n## Sprint 1: Base\n\n"
                              "- OVN-001: Build the kiln model (2h)\n"
                              "- **OVN-002**: Wire the controller\n"
                              "  - **Estimated Effort**: 3 hours\n"
                              "  - **Dependencies**: OVN-001\n"
                              "- OVN-003: Calibrate the sensors ✅\n"
                              "- OVN-004: Ship it\n"
                              "- OVN-005: Defined below (1h)\n\n"
                              "## Details\n\n**OVN-005: Defined below** (6h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("plan.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("OVN-005"), QStringLiteral("OVN-001"),
                                          QStringLiteral("OVN-002"), QStringLiteral("OVN-003")}));
        const TrdTask* wired = d.task(QStringLiteral("OVN-002"));
        QVERIFY(wired);
        QCOMPARE(wired->title, QStringLiteral("Wire the controller"));
        QCOMPARE(wired->hours, 3.0);
        QCOMPARE(d.prerequisitesOf(QStringLiteral("OVN-002")),
                 QStringList{QStringLiteral("OVN-001")});
        QCOMPARE(d.statusOf(*d.task(QStringLiteral("OVN-003"))), TaskStatus::Done);
        QCOMPARE(d.task(QStringLiteral("OVN-005"))->hours, 6.0);
        QCOMPARE(d.sprints.size(), 1);
        QCOMPARE(d.sprints.first().tasks().size(), 5); // OVN-004 stays listed, not a task
        QCOMPARE(d.sprintsOf(QStringLiteral("OVN-002")),
                 QStringList{QStringLiteral("Sprint 1: Base")});
    }

    // Subtask texts written without markup are read from the document's bytes the task
    // shares; those with markup keep their rendered text. Both must outlive the caller's
    // buffer, even one the parser only borrowed (raw data).
    void subtaskTextsOutliveTheirBytes()
    {
        std::string buffer = "# Plan\n\n**TRD-001: Import** (2h) ✅ **COMPLETED**\n"
                             "- [x] Plain step one\n"
                             "- [ ] **Bold** step with `code`\n"
                             "- [x] \u00A0Edge blank\u00A0\n"
                             "- [ ] Zweite Stufe 🚀\n";
        TrdDocument d;
        {
            const QByteArray raw = QByteArray::fromRawData(buffer.data(), qsizetype(buffer.size()));
            d = TrdParser::parse(raw, QStringLiteral("raw.md"));
        }
        std::fill(buffer.begin(), buffer.end(), '#');
        QCOMPARE(d.tasks.size(), 1);
        const TrdTask& t = d.tasks.first();
        QCOMPARE(t.subtasks.size(), 4);
        QCOMPARE(t.subtaskText(0), QStringLiteral("Plain step one"));
        QCOMPARE(t.subtasks[0].rendered, -1); // read from the source, not a copy
        QCOMPARE(t.subtasks[1].rendered, 0);  // its markup is gone: kept with the task
        QCOMPARE(t.subtaskText(1), QStringLiteral("Bold step with code"));
        QCOMPARE(t.subtaskText(2), QStringLiteral("Edge blank"));
        QCOMPARE(t.subtaskText(3), QStringLiteral("Zweite Stufe 🚀"));
        QCOMPARE(t.markerRaw(), QByteArray(" ✅ **COMPLETED**"));
        // A copy of the task reads the same, after the document is gone.
        const TrdTask copy = t;
        d = TrdDocument();
        QCOMPARE(copy.subtaskText(3), QStringLiteral("Zweite Stufe 🚀"));
        // A task made in code, with no source, shows what it was given.
        TrdTask made;
        TrdSubtask s;
        s.textSpan = ByteSpan{0, 8};
        made.setSubtaskText(s, QStringLiteral("Write it"));
        made.subtasks << s;
        QCOMPARE(made.subtaskText(0), QStringLiteral("Write it"));
    }

    void invalidUtf8IsLocated()
    {
        QByteArray bytes("# T\n\n**X-1: ok** (1h)\n- [ ] fine \xC3\x28 bad\n");
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("u.md"));
        QCOMPARE(d.tasks.size(), 1);
        QVERIFY2(hasDiag(d, QStringLiteral("trd-encoding"), 4), qPrintable(dump(d.diagnostics)));
    }

    // The first bad byte is located after valid multi-byte text, and a form the reader
    // decodes anyway (an encoded surrogate) is not reported: the quick whole-file check
    // that runs first must not change which byte, if any, is named.
    void invalidUtf8Column()
    {
        const QByteArray bytes("# T\n\nGr\xC3\xB6\xC3\x9F"
                               "e \xE2\x82 x\n");
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("u.md"));
        const auto it = std::find_if(d.diagnostics.cbegin(), d.diagnostics.cend(),
                                     [](const Diagnostic& g) { return g.code == u"trd-encoding"; });
        QVERIFY2(it != d.diagnostics.cend(), qPrintable(dump(d.diagnostics)));
        QCOMPARE(it->line, 3);
        QCOMPARE(it->column, 9);
        const TrdDocument s =
            TrdParser::parse(QByteArray("# T\n\nok \xED\xA0\x80 x\n"), QStringLiteral("s.md"));
        QVERIFY2(!hasDiag(s, QStringLiteral("trd-encoding")), qPrintable(dump(s.diagnostics)));
    }

    void unicodeCrlf()
    {
        const QByteArray bytes = fixture("unicode-crlf.md");
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("u.md"));
        QCOMPARE(d.tasks.size(), 2);
        const TrdTask& t = d.tasks[0];
        QCOMPARE(t.title, QStringLiteral("Größe prüfen — 測試"));
        QCOMPARE(t.category, QStringLiteral("Tâches spéciales"));
        QCOMPARE(t.subtasks.size(), 3);
        QCOMPARE(t.subtaskText(1), QStringLiteral("Zweite 🚀"));
        const ByteSpan s = t.subtasks[0].span;
        QVERIFY(!bytes.mid(s.begin, s.size()).contains('\r'));
        QCOMPARE(bytes.at(s.end), '\r');
        QVERIFY(!bytes.mid(t.headerSpan.begin, t.headerSpan.size()).contains('\r'));
        QCOMPARE(d.tasks[1].extra().flags, QStringList{"REQUIRES EXPERT REVIEW"});
    }

    void idHelpers()
    {
        QCOMPARE(TrdParser::findIds(u"TRD-001, TRD-002 and UTF-8x, x-TRD-3, (ABC-12)"),
                 (QStringList{"TRD-001", "TRD-002", "ABC-12"}));
        QCOMPARE(TrdParser::idFromNodeName(u"TRD001"), QStringLiteral("TRD-001"));
        QCOMPARE(TrdParser::idFromNodeName(u"TASK-7"), QStringLiteral("TASK-7"));
        QCOMPARE(TrdParser::idFromNodeName(u"A"), QString());
        QCOMPARE(TrdParser::idFromNodeName(u"B2"), QString());
    }

    void seedDocument()
    {
        const QString path = seedPath();
        if (path.isEmpty())
            QSKIP("seed not available");
        const QByteArray bytes = readFile(path);
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("seed.md"));
        QCOMPARE(d.title, QStringLiteral("Elixir/Phoenix Expert Agent Integration"));
        QCOMPARE(d.tasks.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(d.tasks[i].id, QStringLiteral("TRD-%1").arg(i + 1, 3, 10, QLatin1Char('0')));
        for (const TrdTask& t : d.tasks) {
            QVERIFY2(t.hasHours(), qPrintable(t.id));
            QVERIFY2(!t.priority.isEmpty(), qPrintable(t.id));
            QVERIFY2(!t.category.isEmpty(), qPrintable(t.id));
        }
        const TrdTask* t7 = d.task(QStringLiteral("TRD-007"));
        QCOMPARE(t7->title, QStringLiteral("OTP Pattern Templates"));
        QCOMPARE(t7->markerText, QStringLiteral("✅ **COMPLETE**"));
        QCOMPARE(t7->extra().flags, QStringList{"REQUIRES EXPERT REVIEW"});
        QCOMPARE(t7->category, QStringLiteral("Foundation Tasks"));
        const TrdTask* t11 = d.task(QStringLiteral("TRD-011"));
        QCOMPARE(t11->references.size(), 1);
        QCOMPARE(t11->references[0].file, QStringLiteral("agents/code-reviewer.md"));
        QCOMPARE(t11->references[0].firstLine, 153);
        QCOMPARE(t11->references[0].lastLine, 565);
        QCOMPARE(d.task(QStringLiteral("TRD-022"))->references.size(), 4);
        QCOMPARE(d.task(QStringLiteral("TRD-022"))->markerText, QStringLiteral("✅ **COMPLETE**"));
        QCOMPARE(d.sprints.size(), 5);
        QCOMPARE(d.sprints[0].statedHours, 48.0);
        QCOMPARE(d.sprints[0].primary.size(), 6);
        QCOMPARE(d.sprints[0].secondary.size(), 3);
        QCOMPARE(d.sprints[4].name, QStringLiteral("Sprint 5: Production Deployment & Training"));
        QCOMPARE(d.statedTotalHours, 246.0);
        QCOMPARE(d.statedTaskCount, 50);
        QVERIFY(d.totalHours() != 246.0);
        QVERIFY(d.hasMermaidMap);
        QCOMPARE(d.statusOf(*d.task(QStringLiteral("TRD-001"))), TaskStatus::Done);
        QCOMPARE(d.statusOf(*d.task(QStringLiteral("TRD-010"))), TaskStatus::Todo);
        QCOMPARE(d.statusOf(*d.task(QStringLiteral("TRD-042"))), TaskStatus::Blocked);
        QVERIFY(d.prerequisitesOf(QStringLiteral("TRD-005")).contains(QStringLiteral("TRD-004")));
        // The architecture diagram (A --> B) is not a task map: no diagnostics from it.
        QVERIFY2(!hasDiag(d, QStringLiteral("trd-mermaid-node")), qPrintable(dump(d.diagnostics)));
        // Every checkbox offset points at the mark byte.
        for (const TrdTask& t : d.tasks) {
            for (const TrdSubtask& s : t.subtasks)
                QVERIFY(bytes.at(s.markOffset) == 'x' || bytes.at(s.markOffset) == ' ');
        }
        qInfo("seed: %lld tasks, %g hours (stated 246)", qlonglong(d.tasks.size()), d.totalHours());
    }

    void demoDocument()
    {
        const QString path = QStringLiteral(PWB_DEMO_PROJECT "/docs/TRD/shop-checkout-revamp.md");
        if (!QFile::exists(path))
            QSKIP("demo TRD not merged yet");
        const TrdDocument d = TrdParser::parse(readFile(path), QStringLiteral("demo.md"));
        QVERIFY(d.tasks.size() >= 20);
        QVERIFY(d.sprints.size() >= 3);
        QVERIFY(d.hasMermaidMap);
    }

    // Large documents parse with md4c on a second thread; the result must be the one the
    // single-threaded parse gives, block for block.
    void pipelinedParseMatchesSingleThread()
    {
        const QByteArray md = fixture("basic.md");
        QByteArray big;
        for (int copy = 0; big.size() < 1024 * 1024; ++copy) {
            // Renumber so every copy defines its own tasks (BIL-001 -> BIL-1001 ...).
            QByteArray part = md;
            part.replace("BIL-0", QByteArray("BIL-" + QByteArray::number(copy + 1) + "0"));
            part.replace("BIL0", QByteArray("BIL" + QByteArray::number(copy + 1) + "0"));
            big += part;
            big += "\n\n- [x] a loose item\n\n  with a second paragraph\n\n---\n\n";
        }
        const TrdDocument a =
            TrdParser::parse(big, QStringLiteral("big.md"), TrdParser::Threads::Single);
        const TrdDocument b =
            TrdParser::parse(big, QStringLiteral("big.md"), TrdParser::Threads::Pipelined);
        QVERIFY(a.tasks.size() > 1000);
        QCOMPARE(b.tasks.size(), a.tasks.size());
        for (qsizetype i = 0; i < a.tasks.size(); ++i) {
            const TrdTask& x = a.tasks.at(i);
            const TrdTask& y = b.tasks.at(i);
            QCOMPARE(y.id, x.id);
            QCOMPARE(y.title, x.title);
            QCOMPARE(y.hours, x.hours);
            QCOMPARE(y.span, x.span);
            QCOMPARE(y.subtasks.size(), x.subtasks.size());
            for (qsizetype k = 0; k < x.subtasks.size(); ++k) {
                QCOMPARE(y.subtaskText(k), x.subtaskText(k));
                QCOMPARE(y.subtasks.at(k).span, x.subtasks.at(k).span);
            }
            QCOMPARE(y.dependencies, x.dependencies);
            QCOMPARE(y.fields.size(), x.fields.size());
        }
        QCOMPARE(b.sprints.size(), a.sprints.size());
        QCOMPARE(b.dependencies, a.dependencies);
        QCOMPARE(b.diagnostics.size(), a.diagnostics.size());
        for (qsizetype i = 0; i < a.diagnostics.size(); ++i)
            QCOMPARE(b.diagnostics.at(i).message, a.diagnostics.at(i).message);
    }

    // statusOf() answers the document's own tasks from what reindex() worked out; a copy of
    // a task (not in the list) is worked out on the spot. Both must agree everywhere.
    void cachedStatusesMatchComputedOnes()
    {
        QList<QByteArray> inputs{fixture("basic.md"), fixture("headings.md"), fixture("table.md"),
                                 fixture("broken.md"), fixture("unicode-crlf.md")};
        if (const QString seed = seedPath(); !seed.isEmpty())
            inputs << readFile(seed);
        int checked = 0;
        for (const QByteArray& bytes : std::as_const(inputs)) {
            const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("x.md"));
            for (const TrdTask& t : d.tasks) {
                const TrdTask copy = t;
                QCOMPARE(d.statusOf(t), d.statusOf(copy));
                ++checked;
            }
        }
        QVERIFY(checked > 10);
    }

    void idRangesExpand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ids");
        const QStringList four{QStringLiteral("TRD-013"), QStringLiteral("TRD-014"),
                               QStringLiteral("TRD-015"), QStringLiteral("TRD-016")};
        QTest::newRow("through") << QStringLiteral("TRD-013 through TRD-016") << four;
        QTest::newRow("thru") << QStringLiteral("TRD-013 thru TRD-016") << four;
        QTest::newRow("to") << QStringLiteral("Tasks: TRD-013 to TRD-016.") << four;
        QTest::newRow("en dash") << QStringLiteral("TRD-013–TRD-016") << four;
        QTest::newRow("spaced dash") << QStringLiteral("(TRD-013 – TRD-016)") << four;
        QTest::newRow("dots") << QStringLiteral("TRD-013..016") << four;
        QTest::newRow("en dash bare") << QStringLiteral("TRD-013–016") << four;
        QTest::newRow("hyphen spaced") << QStringLiteral("TRD-013 - TRD-016") << four;
        QTest::newRow("then more")
            << QStringLiteral("TRD-013 to TRD-014, TRD-020")
            << QStringList{QStringLiteral("TRD-013"), QStringLiteral("TRD-014"),
                           QStringLiteral("TRD-020")};
        QTest::newRow("short width")
            << QStringLiteral("TRD-01 through TRD-03")
            << QStringList{QStringLiteral("TRD-01"), QStringLiteral("TRD-02"),
                           QStringLiteral("TRD-03")};
        QTest::newRow("lettered") << QStringLiteral("MQ-T001 to MQ-T002")
                                  << QStringList{QStringLiteral("MQ-T001"),
                                                 QStringLiteral("MQ-T002")};
        // Not ranges: other prefixes, backwards, estimates after "to" or a dash.
        QTest::newRow("other prefix")
            << QStringLiteral("TRD-001 to PRD-003")
            << QStringList{QStringLiteral("TRD-001"), QStringLiteral("PRD-003")};
        QTest::newRow("backwards")
            << QStringLiteral("TRD-009 to TRD-003")
            << QStringList{QStringLiteral("TRD-009"), QStringLiteral("TRD-003")};
        QTest::newRow("move to days")
            << QStringLiteral("TRD-001 to 3 days") << QStringList{QStringLiteral("TRD-001")};
        QTest::newRow("dash hours")
            << QStringLiteral("TRD-001 – 4 hours") << QStringList{QStringLiteral("TRD-001")};
        QTest::newRow("dash estimate")
            << QStringLiteral("TRD-001–2.5h") << QStringList{QStringLiteral("TRD-001")};
        QTest::newRow("variant end")
            << QStringLiteral("TRD-001 to TRD-003b.") << QStringList{QStringLiteral("TRD-001")};
    }
    void idRangesExpand()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ids);
        QStringList tooLong;
        QCOMPARE(TrdParser::findIds(text, &tooLong), ids);
        QVERIFY(tooLong.isEmpty());
    }

    void longRangesStayTheirEndsAndSaySo()
    {
        QStringList tooLong;
        QCOMPARE(TrdParser::findIds(u"TRD-1 through TRD-1000", &tooLong).size(), 1000);
        QVERIFY(tooLong.isEmpty());
        QCOMPARE(TrdParser::findIds(u"TRD-1 through TRD-1001", &tooLong),
                 (QStringList{QStringLiteral("TRD-1"), QStringLiteral("TRD-1001")}));
        QCOMPARE(tooLong, QStringList{QStringLiteral("TRD-1 through TRD-1001")});
        // Nine digits at most: no overflow, no billion-id list.
        QCOMPARE(TrdParser::findIds(u"TRD-0..999999999", &tooLong).size(), 2);

        const QByteArray md = "# P\n\n### TRD-001: A (1h)\n\n### TRD-002: B (1h)\n\n"
                              "**Dependencies**: TRD-001 through TRD-5000\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("r.md"));
        QVERIFY(hasDiag(d, QStringLiteral("trd-id-range-too-long"), 7));
        QCOMPARE(d.task(QStringLiteral("TRD-002"))->dependencies,
                 (QStringList{QStringLiteral("TRD-001"), QStringLiteral("TRD-5000")}));
    }

    void inlineDependsInTheHeader()
    {
        // "- Depends: ..." after the estimate and priority, ranges included; a bracket tag
        // is read once.
        const QByteArray md =
            "# P\n\n## Tasks\n\n- [ ] **TRD-001**: A (1h)\n- [ ] **TRD-002**: B (1h)\n"
            "- [ ] **TRD-003**: C (2h) - Priority: High - Depends: TRD-001, TRD-002\n"
            "- [ ] **TRD-004**: D (2h) - Priority: Low - Depends: TRD-001 to TRD-003\n"
            "- [ ] **TRD-005**: E (1h) [depends: TRD-004] - **Depends**: TRD-004\n"
            "- [ ] **TRD-006**: F (1h) - Blocked by TRD-005 - Owner: Dependable Dan\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("d.md"));
        QCOMPARE(d.tasks.size(), 6);
        QCOMPARE(d.prerequisitesOf(QStringLiteral("TRD-003")),
                 (QStringList{QStringLiteral("TRD-001"), QStringLiteral("TRD-002")}));
        QCOMPARE(d.prerequisitesOf(QStringLiteral("TRD-004")),
                 (QStringList{QStringLiteral("TRD-001"), QStringLiteral("TRD-002"),
                              QStringLiteral("TRD-003")}));
        QCOMPARE(d.prerequisitesOf(QStringLiteral("TRD-005")),
                 QStringList{QStringLiteral("TRD-004")});
        QCOMPARE(d.prerequisitesOf(QStringLiteral("TRD-006")),
                 QStringList{QStringLiteral("TRD-005")});
        QCOMPARE(d.tasks.at(3).title, QStringLiteral("D"));
    }

    void progressLinesAreNoTasks()
    {
        const QByteArray md =
            "# P\n\n## Progress\n\n- [ ] **Foundation Tasks**: 6 tasks (0 completed)\n"
            "- [x] **Testing**: 3/3 tasks done\n\n## Tasks\n\n"
            "- [ ] Split 3 tasks out of the importer (2h)\n"
            "- [ ] **Write the installer** (4h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("p.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Split 3 tasks out of the importer"));
    }

    // A status sign between the box and the title: the task's status, not its title or id.
    void statusSignsAfterTheBox()
    {
        const QByteArray md = "# P\n\n## Tasks\n\n"
                              "- [ ] \xE2\x8F\xB8 **PAY-001**: Charge the card (2h)\n" // ⏸
                              "- [ ] \xF0\x9F\x9A\xA7 Wire the settings page (3h)\n"   // 🚧
                              "- [ ] \xF0\x9F\x94\x84 Retry failed charges (1h)\n"     // 🔄
                              "- [x] \xE2\x9C\x93 Write the changelog (1h)\n"          // ✓
                              "- [ ] \xE2\x9C\x85 Publish: the release notes (1h)\n"   // ✅
                              "- [x] \xE2\x8F\xB8 Tidy the fixtures (1h)\n"
                              "\n### Step 2: Badge\n\n"
                              "- [ ] \xE2\x8F\xB8 **RED**: Write the badge test\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("s.md"));
        QCOMPARE(d.tasks.size(), 7);
        QCOMPARE(d.tasks.at(0).id, QStringLiteral("PAY-001"));
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Charge the card"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Todo);
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Wire the settings page"));
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::InProgress);
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Retry failed charges"));
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::InProgress);
        QCOMPARE(d.tasks.at(3).title, QStringLiteral("Write the changelog"));
        QCOMPARE(d.statusOf(d.tasks.at(3)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(4).title, QStringLiteral("Publish: the release notes"));
        QCOMPARE(d.statusOf(d.tasks.at(4)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(5).title, QStringLiteral("Tidy the fixtures"));
        QCOMPARE(d.statusOf(d.tasks.at(5)), TaskStatus::Done); // the box decides
        QCOMPARE(d.tasks.at(6).subtasks.size(), 1);
        QCOMPARE(d.tasks.at(6).subtaskText(0), QStringLiteral("RED: Write the badge test"));
    }

    // A key written on one line, under a "Status Key" heading or a "**Key:**" label: its signs
    // give the tasks they lead a status, and its own lines are no tasks.
    void legendsTeachSigns()
    {
        const QByteArray md =
            "# Board\n\n"
            "**Status key:** \xE2\x9C\x85 done \xC2\xB7 \xF0\x9F\x94\xA7 in progress \xC2\xB7 "
            "\xE2\x8F\xB8 blocked (waiting on a part)\n\n" // ✅ · 🔧 · ⏸
            "## Work\n\n"
            "- \xF0\x9F\x94\xA7 **KLN-02**: PID loop (6h)\n"
            "- \xE2\x8F\xB8 **KLN-03**: Relay board (2h)\n"
            "- [ ] \xF0\x9F\x94\xA7 Schedule editor (5h)\n\n"
            "**Key:**\n- [ ] not picked up yet\n- [x] merged and tested\n\n"
            "### Status Key\n\n- \xF0\x9F\x9F\xA3 In review\n"; // 🟣
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("k.md"));
        QCOMPARE(d.tasks.size(), 3);
        const TrdTask* pid = d.task(QStringLiteral("KLN-02"));
        QVERIFY(pid);
        QCOMPARE(d.statusOf(*pid), TaskStatus::InProgress);
        const TrdTask* relay = d.task(QStringLiteral("KLN-03"));
        QVERIFY(relay);
        QVERIFY(relay->extra().flags.contains(QStringLiteral("BLOCKED")));
        const TrdTask* editor = d.task(QStringLiteral("#Schedule editor"));
        QVERIFY(editor);
        QCOMPARE(d.statusOf(*editor), TaskStatus::InProgress);
    }

    void rangesMarkTasksDone()
    {
        // A list outside any task and a summary row, each over a range.
        const QByteArray md = "# P\n\n### TRD-001: A (1h)\n\n### TRD-002: B (1h)\n\n"
                              "### TRD-003: C (1h)\n\n### TRD-004: D (1h)\n\n---\n\n"
                              "- TRD-001 through TRD-002 ✅ verified\n\n"
                              "| Tasks | Status |\n|---|---|\n| TRD-003..004 | Done |\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("r.md"));
        QCOMPARE(d.tasks.size(), 4);
        for (const TrdTask& t : d.tasks)
            QVERIFY2(d.statusOf(t) == TaskStatus::Done, qPrintable(t.id));
        QCOMPARE(d.tasks.at(0).extra().evidenceLine, 13);
        QCOMPARE(d.tasks.at(3).extra().evidenceLine, 17);
    }

    void checklistRangesMakeEveryTask()
    {
        // One checkbox over a range: each id is a task, the estimate is shared out, ticking
        // it is ticking them all; the subtasks stay with the first.
        const QByteArray md = "# P\n\n## Tasks\n\n"
                              "- [x] **TRD-010 – TRD-012**: Entry types (6h)\n"
                              "  - [x] Credit\n"
                              "- [ ] TRD-013 to TRD-014: Rounding (3h) - Depends: TRD-010\n"
                              "- [ ] TRD-015: Api (1h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("r.md"));
        QCOMPARE(d.tasks.size(), 6);
        const TrdTask* t11 = d.task(QStringLiteral("TRD-011"));
        QVERIFY(t11);
        QCOMPARE(t11->title, QStringLiteral("Entry types"));
        QCOMPARE(t11->hours, 2.0);
        QVERIFY(t11->estimate.contains(u"6h"));
        QCOMPARE(d.statusOf(*t11), TaskStatus::Done);
        QCOMPARE(t11->ownMarkOffset, d.task(QStringLiteral("TRD-010"))->ownMarkOffset);
        QCOMPARE(d.task(QStringLiteral("TRD-010"))->subtasks.size(), 1);
        QVERIFY(t11->subtasks.isEmpty());
        QCOMPARE(d.task(QStringLiteral("TRD-014"))->hours, 1.5);
        QCOMPARE(d.prerequisitesOf(QStringLiteral("TRD-014")),
                 QStringList{QStringLiteral("TRD-010")});
    }

    void checklistRangesAreBounded()
    {
        // A range over 1,000 ids is its two ends; and however many ranges a file holds, the
        // tasks they make stay proportional to its size.
        QByteArray md = "# P\n\n- [ ] **TRD-1 – TRD-5000**: Huge (1h)\n";
        TrdDocument d = TrdParser::parse(md, QStringLiteral("r.md"));
        QCOMPARE(d.tasks.size(), 2);
        QVERIFY(d.task(QStringLiteral("TRD-5000")));
        QVERIFY(hasDiag(d, QStringLiteral("trd-id-range-too-long"), 3));

        md = "# P\n\n";
        for (int i = 0; i < 200; ++i)
            md += "- [ ] **T" + QByteArray::number(i) + "-1 – T" + QByteArray::number(i) +
                  "-1000**: Many\n";
        d = TrdParser::parse(md, QStringLiteral("r.md"));
        QVERIFY2(d.tasks.size() < 4 * TrdParser::kMaxRangeIds + md.size() / 8 + 400,
                 qPrintable(QString::number(d.tasks.size())));
        QVERIFY(d.tasks.size() >= 4 * TrdParser::kMaxRangeIds);
        int said = 0;
        for (const Diagnostic& x : d.diagnostics)
            said += x.code == u"trd-id-range-too-long" ? 1 : 0;
        QVERIFY(said > 0);
    }

    void unclosedFenceNamesItsOwnLine()
    {
        // Blank lines under the fence belong to the block: the finding names the fence.
        const QByteArray md = "# P\n\n### TRD-001: A (1h)\n\n```\n\n\nT1 -> T2\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("f.md"));
        QVERIFY(hasDiag(d, QStringLiteral("trd-unclosed-fence"), 5));
    }

    void shortAndDottedIds()
    {
        // "T1.1.1" checklist ids under a "Task 1.1" heading that groups them; "T012a";
        // "T4" in an id column, then "### T4:" defining it; "T001-T003" is a range.
        const QByteArray md = "# P\n\n### Task 1.1: Group\n"
                              "- [ ] **T1.1.1**: One\n  - **Estimate**: 3 hours\n"
                              "- [x] **T1.1.2**: Two\n  - **Estimate**: 2 hours\n\n"
                              "## More\n\n- [ ] T012 Spec task\n- [ ] T012a Inserted task\n\n"
                              "| Task ID | Description | Status |\n|---|---|---|\n"
                              "| T4 | Short | ✅ Done |\n| T001-T003 (3) | Summary | Done |\n\n"
                              "### T4: Short, in detail\n\nText.\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("s.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("T1.1.1"), QStringLiteral("T1.1.2"),
                                          QStringLiteral("T012"), QStringLiteral("T012a"),
                                          QStringLiteral("T4")}));
        QCOMPARE(d.tasks.at(0).hours, 3.0);
        QCOMPARE(d.tasks.at(0).category, QStringLiteral("Task 1.1: Group"));
        QCOMPARE(d.tasks.at(4).form, TrdTask::Form::Heading);
        QCOMPARE(d.statusOf(d.tasks.at(4)), TaskStatus::Done); // the table row's evidence
        QCOMPARE(
            TrdParser::findIds(u"T001-T003"),
            (QStringList{QStringLiteral("T001"), QStringLiteral("T002"), QStringLiteral("T003")}));
        QCOMPARE(TrdParser::findIds(u"TRD-001-TEST"), QStringList{QStringLiteral("TRD-001-TEST")});
        // "TRD-NFR-001" numbers a requirement the plan verifies: no task.
        const TrdDocument nfr = TrdParser::parse(
            "# P\n\n#### TRD-NFR-001: No regressions\n\n#### TRD-FSC-002: A task (2h)\n",
            QStringLiteral("n.md"));
        QCOMPARE(nfr.tasks.size(), 1);
        QCOMPARE(nfr.tasks.at(0).id, QStringLiteral("TRD-FSC-002"));
    }

    void progressRangesMarkTasksInProgress()
    {
        // A status line and a summary row over ranges, and a summary row naming one task.
        const QByteArray md = "# P\n\n### TRD-001: A (1h)\n\n### TRD-002: B (1h)\n\n"
                              "### TRD-003: C (1h)\n\n### TRD-004: D (1h)\n\n"
                              "### TRD-005: E (1h) ✅\n\n## Status\n\n"
                              "TRD-001 to TRD-002: 🔄 In Progress\n\n"
                              "| Task | Status |\n|---|---|\n| TRD-003 | 🔄 In progress |\n"
                              "| TRD-004 – TRD-005 | In Progress |\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("r.md"));
        QCOMPARE(d.tasks.size(), 5);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(d.statusOf(d.tasks.at(i)) == TaskStatus::InProgress,
                     qPrintable(d.tasks.at(i).id));
        QCOMPARE(d.statusOf(d.tasks.at(4)), TaskStatus::Done); // done stays done
        QVERIFY2(d.statusExplanation(d.tasks.at(0)).contains(u"line 15"),
                 qPrintable(d.statusExplanation(d.tasks.at(0))));
    }

    // Stories written inside their sprint ("### Sprint 1" › "#### Stories Included" ›
    // "**STORY-001: …** (38h)") are the sprint's, and end at the sprint's own lines.
    void boldStoriesInsideSprints()
    {
        const QByteArray md =
            "# Sprint Planning\n\n### Sprint 1: Foundation\n\n#### Stories Included\n\n"
            "**STORY-001: Environment setup** (38h)\n- Status: In Progress\n\n"
            "**STORY-002: Term protection** (45h) ✅ COMPLETE\n- Priority: High\n\n"
            "**Sprint Goal:**\nA working toolchain.\n\n"
            "**Key Deliverables (STORY-001, partial):**\n- [ ] Installer tested\n"
            "- [x] Config loader\n\n### Sprint 2: Paraphrasing\n\n#### Stories Included\n\n"
            "**STORY-003: Paraphrasing engine** (60h)\n\n#### Sprint 3 Verification Report\n\n"
            "All checks pass.\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("s.md"));
        QCOMPARE(doc.tasks.size(), 3);
        QCOMPARE(doc.sprints.size(), 2);
        QCOMPARE(doc.sprints.at(0).tasks(), (QStringList{"STORY-001", "STORY-002"}));
        QCOMPARE(doc.sprints.at(1).tasks(), (QStringList{"STORY-003"}));
        QVERIFY(doc.tasks.at(1).subtasks.isEmpty()); // the deliverables are the sprint's
        for (const Diagnostic& d : TrdLint::all(doc))
            QVERIFY2(d.code != u"trd-no-sprint" && d.code != u"trd-sprint-empty" &&
                         d.code != u"trd-complete-unchecked",
                     qPrintable(d.message));
    }

    // A story continued in the next sprints ("(20h of 60h - Week 2 of 3)") is one task: its
    // total, each sprint's part, and the status of its latest part; no duplicate findings.
    void continuedStoriesAreOneTask()
    {
        const QByteArray md =
            "# Sprints\n\n### Sprint 1: Base\n\n#### Stories\n\n"
            "**ST-001: Engine** (20h of 50h - Week 1 of 2)\n- Status: ✅ Week 1 Complete\n\n"
            "**ST-002: Export** (6h)\n\n### Sprint 2: More\n\n#### Stories\n\n"
            "**ST-001: Engine** (30h of 50h - Week 2 of 2)\n- Priority: High\n\n"
            "**ST-002: Export** (6h)\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("s.md"));
        QCOMPARE(doc.tasks.size(), 3); // ST-002 twice is a real duplicate
        const TrdTask& st = doc.tasks.at(0);
        QCOMPARE(st.hours, 50.0);
        QCOMPARE(st.estimate, QStringLiteral("50h"));
        // Week 1 is done, week 2 not yet: the story is under way, and completing it marks
        // the line of its latest part.
        QCOMPARE(doc.statusOf(st), TaskStatus::InProgress);
        QCOMPARE(st.line, 7);
        QVERIFY(md.mid(st.headerSpan.begin, st.headerSpan.size()).contains("Week 2 of 2"));
        QCOMPARE(doc.sprints.size(), 2);
        QCOMPARE(doc.sprints.at(0).hoursOf(st), 20.0);
        QCOMPARE(doc.sprints.at(1).hoursOf(st), 30.0);
        QStringList codes;
        for (const Diagnostic& d : TrdLint::all(doc))
            codes << d.code + u' ' + d.message;
        QCOMPARE(codes.filter(QStringLiteral("ST-001")), QStringList());
        QCOMPARE(codes.filter(QStringLiteral("trd-duplicate-id")).size(), 1); // ST-002
    }

    // "## P1 — Soon" over "### Title": a TODO list in headings, the priority from its
    // section; "### ~~Title~~ ✓ Done" is an item done, anywhere.
    void headingTodoLists()
    {
        const QByteArray md = "# TODOS\n\n## P0 — Now\n\n### Fix the login loop\n- **Why:** users "
                              "stuck.\n\n### ~~Drop the old API~~ ✓ Done\n\n## Notes\n\n### "
                              "Background\nProse.\n\n### ~~Old idea~~ ✓ Removed\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("TODOS.md"));
        QCOMPARE(doc.tasks.size(), 3);
        QCOMPARE(doc.tasks.at(0).title, QStringLiteral("Fix the login loop"));
        QCOMPARE(doc.tasks.at(0).priority, QStringLiteral("CRITICAL"));
        QCOMPARE(doc.statusOf(doc.tasks.at(0)), TaskStatus::Todo);
        QCOMPARE(doc.tasks.at(1).title, QStringLiteral("Drop the old API"));
        QCOMPARE(doc.statusOf(doc.tasks.at(1)), TaskStatus::Done);
        QCOMPARE(doc.tasks.at(2).title, QStringLiteral("Old idea"));
        QVERIFY(doc.tasks.at(2).priority.isEmpty()); // "## Notes" names no priority
    }

    // "- [ ] 5 retries …" counts; "GPT-2" names a model: neither is an id.
    void countsAndModelNamesAreNoIds()
    {
        const QByteArray md = "# Plan\n\n## Work\n\n- [ ] 5 retries with backoff (2h)\n"
                              "- [ ] GPT-2 scoring of the drafts (3h)\n- [ ] 2.1 Parser (1h)\n"
                              "- [ ] 5 ADRs written (2h)\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("p.md"));
        QCOMPARE(doc.tasks.size(), 4);
        QVERIFY(doc.tasks.at(0).implicitId);
        QVERIFY(doc.tasks.at(1).implicitId);
        QCOMPARE(doc.tasks.at(2).id, QStringLiteral("2.1"));
        QVERIFY(doc.tasks.at(3).implicitId);
    }

    // "- [done] …", "- [todo] …", "- [blocked] …": status words for boxes, with or without
    // an id; the "Next actions" numbered after them are prose.
    void statusWordBoxes()
    {
        const QByteArray md = "# Backlog\n\n## Task Board\n\n### P0 - Contract\n"
                              "- [done] Audit the product docs\n- [todo] Define the CLI contract\n"
                              "- [blocked] Runner waits for pool capacity\n"
                              "- [wip] TRD-004: Draft the terminal view\n\n"
                              "## Next actions\n1. Update the docs.\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("b.md"));
        QCOMPARE(doc.tasks.size(), 4);
        QCOMPARE(doc.tasks.at(0).marker, TrdTask::Marker::Completed);
        QCOMPARE(doc.tasks.at(1).title, QStringLiteral("Define the CLI contract"));
        QVERIFY(doc.tasks.at(2).extra().flags.contains(QStringLiteral("BLOCKED")));
        QCOMPARE(doc.tasks.at(3).id, QStringLiteral("TRD-004"));
        QCOMPARE(doc.tasks.at(3).marker, TrdTask::Marker::InProgress);
    }

    // "- [✓] …", "- [✅] …": signs in the box, which markdown reads as text. Done signs tick
    // the task or subtask; ✗ and ❌ (failed, blocked) leave it open; → is work under way; a
    // sign in a code span is a legend, and a sign not followed by a space is no box.
    void signBoxes()
    {
        const QByteArray md = "# Checklist\n\n## Phase 1: Store\n\n"
                              "- [\xE2\x9C\x93] Create the ledger table (2h)\n" // ✓
                              "  - [\xE2\x9C\x93] Add the migration\n"
                              "  - [\xE2\x9C\x97] Backfill old rows\n" // ✗
                              "  - [ ] Drop the view\n"
                              "- [\xE2\x9C\x85] **LED-002**: Import the CSV (3h)\n" // ✅
                              "- [\xE2\x9C\x94\xEF\xB8\x8F] Write the exporter\n"   // ✔️
                              "- [\xE2\x98\x91] Review the schema\n"                // ☑
                              "- [\xE2\x9D\x8C] Load test the import (4h)\n"        // ❌
                              "- [\xE2\x9C\x97] Ship the dashboard\n"               // ✗
                              "- [\xE2\x86\x92] Tune the indexes\n"                 // →
                              "- [\xE2\x9C\x93]Not a box\n\n"
                              "Key: `[\xE2\x9C\x93]` done.\n\n"
                              "- `[\xE2\x9C\x93]` Done\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("c.md"));
        QCOMPARE(doc.tasks.size(), 7);
        const TrdTask& first = doc.tasks.at(0);
        QCOMPARE(first.title, QStringLiteral("Create the ledger table"));
        QCOMPARE(first.hours, 2.0);
        QVERIFY(first.ownChecked);
        QCOMPARE(first.ownMarkRaw(), QByteArray("\xE2\x9C\x93"));
        QCOMPARE(first.subtasks.size(), 3);
        QVERIFY(first.subtasks.at(0).checked);
        QCOMPARE(first.subtaskText(0), QStringLiteral("Add the migration"));
        QCOMPARE(first.subtaskMark(first.subtasks.at(0)), QByteArray("\xE2\x9C\x93"));
        QVERIFY(!first.subtasks.at(1).checked);
        QCOMPARE(first.subtaskText(1), QStringLiteral("Backfill old rows"));
        QVERIFY(!first.subtasks.at(2).checked);
        QCOMPARE(doc.tasks.at(1).id, QStringLiteral("LED-002"));
        QCOMPARE(doc.tasks.at(2).title, QStringLiteral("Write the exporter"));
        QCOMPARE(doc.tasks.at(2).ownMarkRaw(), QByteArray("\xE2\x9C\x94\xEF\xB8\x8F"));
        const TaskStatus want[] = {TaskStatus::Done,      TaskStatus::Done, TaskStatus::Done,
                                   TaskStatus::Done,      TaskStatus::Todo, TaskStatus::Todo,
                                   TaskStatus::InProgress};
        for (int i = 0; i < 7; ++i)
            QVERIFY2(doc.statusOf(doc.tasks.at(i)) == want[i], qPrintable(doc.tasks.at(i).title));
        QCOMPARE(doc.tasks.at(5).ownMarkRaw(), QByteArray("\xE2\x9C\x97"));
        QCOMPARE(doc.tasks.at(6).title, QStringLiteral("Tune the indexes"));
    }

    // "### Phase 1 Validation" closes phase 1 with checks; "## Phase 3: Validation" is a
    // phase whose work is validating.
    void phaseValidationIsChecks()
    {
        const QByteArray md = "# Plan\n\n## Phase 1: Store\n\n### Step 1.1: Table\n"
                              "- [x] Write the migration\n\n### Phase 1 Validation\n"
                              "- [x] Tests pass\n- [ ] No boundary violations\n\n"
                              "## Phase 2: Validation\n\n- [ ] Replay last month's imports\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("docs/plans/p-plan.md"));
        QStringList titles;
        for (const TrdTask& t : doc.tasks)
            titles << t.title;
        QCOMPARE(titles, QStringList({QStringLiteral("Table"),
                                      QStringLiteral("Replay last month's imports")}));
        QCOMPARE(doc.sprints.size(), 2);
    }

    // Markdown in an agents folder defines agents, unless it is filed in a plan folder
    // below it (a plan for the project's own agents app).
    void agentsFolderPlans()
    {
        const QByteArray md = "# Feature: #9 — Inbox rules\n\n## Phase 1: Domain\n\n"
                              "### Step 1.1: Rule entity\n- [ ] **RED**: Write the test\n"
                              "- [ ] **GREEN**: Implement it\n";
        QCOMPARE(
            TrdParser::parse(md, QStringLiteral("docs/agents/plans/9-inbox-plan.md")).documentClass,
            DocumentClass::Plan);
        QCOMPARE(TrdParser::parse(md, QStringLiteral("docs/agents/inbox-plan.md")).documentClass,
                 DocumentClass::Agent);
        QCOMPARE(TrdParser::parse(md, QStringLiteral(".claude/agents/planner.md")).documentClass,
                 DocumentClass::Agent);
        // Steps without boxes in a file named a plan do not make it one.
        const QByteArray manual = "# Pipeline QA Manual\n\n## Step 1: Get the prompt\n\n"
                                  "Ask for it.\n\n## Step 2: Check it\n\nRun the check.\n";
        QVERIFY(TrdParser::parse(manual, QStringLiteral("docs/qa-workplan.md")).documentClass !=
                DocumentClass::Plan);
    }

    // Status lines outside any task in every marker spelling the parser reads (the markers
    // are looked for in one pass before the id is read): each marks its task, and a line
    // without one marks nothing.
    void statusMentionsInEverySpelling()
    {
        QByteArray md = "# Plan\n\n";
        for (int i = 1; i <= 11; ++i)
            md += "## TRD-0" + QByteArray::number(i).rightJustified(2, '0') + ": Task (1h)\n\n";
        md += "## Status\n\n- TRD-001 \xE2\x9C\x85\n- TRD-002 COMPLETED\n- TRD-003 DONE\n"
              "- TRD-004 PASSED\n- TRD-005 WIP\n- TRD-006 \xF0\x9F\x94\x84\n"
              "- TRD-007 \xF0\x9F\x9A\xA7\n- TRD-008 IN PROGRESS\n- TRD-009 in progress\n"
              "- TRD-010 In progress\n- TRD-011 reviewed, done later\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("s.md"));
        QCOMPARE(d.tasks.size(), 11);
        for (int i = 0; i < 11; ++i) {
            const TaskStatus want = i < 4    ? TaskStatus::Done
                                    : i < 10 ? TaskStatus::InProgress
                                             : TaskStatus::Todo;
            QVERIFY2(d.statusOf(d.tasks.at(i)) == want, qPrintable(d.tasks.at(i).id));
        }
    }

    // The document's own total in a line that is no field: a bold sentence, a heading, a
    // parenthesis. Sprint totals stay the sprint's.
    void statedTotalsInSentences()
    {
        const QByteArray tasks = "- [ ] **TRD-001**: A (2h)\n- [ ] **TRD-002**: B (3h)\n"
                                 "- [ ] **TRD-003**: C (4h)\n\n";
        const TrdDocument bold =
            TrdParser::parse("# Plan\n\n" + tasks +
                                 "**Total: ~12h estimated across 3 tasks (all implementation)**\n",
                             QStringLiteral("a.md"));
        QCOMPARE(bold.statedTotalHours, 12.0);
        QCOMPARE(bold.statedTaskCount, 3);
        const TrdDocument heading =
            TrdParser::parse("# Plan\n\n## Task List (Total: ~9h across 3 tasks)\n\n" + tasks,
                             QStringLiteral("b.md"));
        QCOMPARE(heading.statedTotalHours, 9.0);
        const TrdDocument sentence =
            TrdParser::parse("# Plan\n\n" + tasks +
                                 "Total estimates: 9h across 2 implementation tasks + 1 "
                                 "test task = 3 tasks total.\n",
                             QStringLiteral("c.md"));
        QCOMPARE(sentence.statedTotalHours, 9.0);
        QCOMPARE(sentence.statedTaskCount, 3);
        const TrdDocument sprint = TrdParser::parse(
            "# Plan\n\n## Sprint 1: Core\n\n" + tasks + "Total: 9h\n", QStringLiteral("d.md"));
        QCOMPARE(sprint.statedTotalHours, -1.0);
    }

    // A plan with id'd tasks whose id-less checkbox keeps its estimate: nothing is dropped,
    // and every task keeps its id and title (they were once moved out and left empty).
    void idlessChecklistKeptWhenNothingDrops()
    {
        const QByteArray md = "# Plan\n\n- [ ] **TRD-001**: Schema (2h)\n"
                              "- [ ] **TRD-002**: Import (3h)\n- [x] **TRD-003**: Export (1h)\n"
                              "- [ ] Tune the indexes (4h)\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("p.md"));
        QCOMPARE(doc.tasks.size(), 4);
        QCOMPARE(doc.tasks.at(0).id, QStringLiteral("TRD-001"));
        QCOMPARE(doc.tasks.at(0).title, QStringLiteral("Schema"));
        QCOMPARE(doc.tasks.at(3).title, QStringLiteral("Tune the indexes"));
        QCOMPARE(doc.tasks.at(3).estimate, QStringLiteral("4h"));
        // Views name the id-less task by its title alone, the others "id: title".
        QVERIFY(TrdTask::isImplicitId(doc.tasks.at(3).id));
        QCOMPARE(TrdTask::displayName(doc.tasks.at(3).id, doc.tasks.at(3).title),
                 QStringLiteral("Tune the indexes"));
        QCOMPARE(TrdTask::displayName(doc.tasks.at(0).id, doc.tasks.at(0).title),
                 QStringLiteral("TRD-001: Schema"));
    }

    // "## Acceptance Criteria" over "### Layout": the sub-section's checkboxes are criteria
    // too; a sprint heading below them is work again.
    void criteriaCarryToSubHeadings()
    {
        const QByteArray md = "# Story\n\n## Acceptance Criteria\n\n### Layout\n\n"
                              "- [ ] Address fits the label\n\n### Speed\n\n- [ ] Fast\n\n"
                              "## Work\n\n- [ ] Build the layout engine (10h)\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("s.md"));
        QCOMPARE(doc.tasks.size(), 1);
        QCOMPARE(doc.tasks.at(0).title, QStringLiteral("Build the layout engine"));
    }

    // List items without a checkbox: a leading status emoji with an estimate, and a numbered
    // item under "## Tasks", bold or plain (an id after the estimate is prose).
    void listItemsWithoutCheckbox()
    {
        const QByteArray md = "# Plan\n\n### Day 1\n\n- ✅ Write the overview (2h)\n"
                              "- 🔄 Set up CI (3h)\n  - lint job\n- ⬜ Add the template (1h)\n"
                              "- ✅ Retrospective\n\n## Tasks\n\n"
                              "1. **Render barcodes** (8 hours) - wraps ZINT-2\n"
                              "2. Plain step (2 hours)\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("l.md"));
        QCOMPARE(doc.tasks.size(), 5);
        QCOMPARE(doc.tasks.at(0).title, QStringLiteral("Write the overview"));
        QCOMPARE(doc.tasks.at(0).marker, TrdTask::Marker::Completed);
        QCOMPARE(doc.tasks.at(1).marker, TrdTask::Marker::InProgress);
        QCOMPARE(doc.tasks.at(2).marker, TrdTask::Marker::None);
        QCOMPARE(doc.tasks.at(3).title, QStringLiteral("Render barcodes"));
        QCOMPARE(doc.tasks.at(3).hours, 8.0);
        QCOMPARE(doc.tasks.at(4).title, QStringLiteral("Plain step"));
        QCOMPARE(doc.tasks.at(4).hours, 2.0);

        // A "**Implementation Tasks**:" line opens such a list too; details nest under it.
        const QByteArray labelled = "# Plan\n\n### Week 1: Levels (8 hours)\n\n"
                                    "**Implementation Tasks**:\n\n"
                                    "1. **Design phase** (3 hours)\n   - synonym strategy\n"
                                    "2. **Build phase** (5 hours)\n   - engine\n";
        const TrdDocument week = TrdParser::parse(labelled, QStringLiteral("w.md"));
        QCOMPARE(week.tasks.size(), 2);
        QCOMPARE(week.tasks.at(1).title, QStringLiteral("Build phase"));
        for (const Diagnostic& d : week.diagnostics)
            QVERIFY2(d.code != u"trd-sprint-entry", qPrintable(d.message));
        // A sub-heading ends that list: its prose bullets are no sprint entries.
        const TrdDocument more = TrdParser::parse(
            labelled + "\n#### Feature 2: Test polish (4 hours)\n\n- Fix the skipped tests\n"
                       "- Benchmark each level\n",
            QStringLiteral("w.md"));
        QCOMPARE(more.tasks.size(), 2);
        for (const Diagnostic& d : more.diagnostics)
            QVERIFY2(d.code != u"trd-sprint-entry", qPrintable(d.message));
        // The week's tasks are its own: no "in no sprint" for them.
        QCOMPARE(more.sprints.size(), 1);
        QCOMPARE(more.sprints.first().tasks().size(), 2);
    }

    // "Item 3:" headings and "**Story 2:**" list items are tasks; "Item 3 of …" and stories
    // without an estimate (a PRD's "**Story 1:** As a user …") are prose.
    void numberedItemsAndStories()
    {
        const QByteArray md =
            "# TODO\n\n#### Item 1: Fix the crash ✅ COMPLETE\n**Effort:** 2 hours\n"
            "\n#### Item 2 of the old list\n\n## Stories\n\n"
            "1. **Story 1:** Pairing (1 week, 30 hours)\n"
            "2. **Story 2:** As a packer, I want labels\n"
            "3. **Story 3: Layout** (2 days)\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("t.md"));
        QCOMPARE(doc.tasks.size(), 3);
        QCOMPARE(doc.tasks.at(0).id, QStringLiteral("Item 1"));
        QCOMPARE(doc.statusOf(doc.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(doc.tasks.at(0).hours, 2.0);
        QCOMPARE(doc.tasks.at(1).id, QStringLiteral("Story 1"));
        QCOMPARE(doc.tasks.at(1).title, QStringLiteral("Pairing"));
        QCOMPARE(doc.tasks.at(1).hours, 30.0);
        QCOMPARE(doc.tasks.at(2).id, QStringLiteral("Story 3"));
        QCOMPARE(doc.tasks.at(2).title, QStringLiteral("Layout"));
        QCOMPARE(doc.tasks.at(2).hours, 16.0);
    }

    // "S-01-09" is a range only when S-01 is a task and S-01-09 is none ("TASK-01-01" is one).
    void tailRangesNeedKnownTasks()
    {
        const QByteArray md = "# Plan\n\n**TASK-01-01: Base** (1h)\n\n**TASK-01-02: Next** (1h)\n"
                              "- Dependencies: TASK-01-01\n\n**S-01: One** (1h)\n\n"
                              "**S-02: Two** (1h)\n- Dependencies: S-01-09, X-001-004\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("r.md"));
        QCOMPARE(doc.tasks.size(), 4);
        QCOMPARE(doc.tasks.at(1).dependencies, QStringList{QStringLiteral("TASK-01-01")});
        QCOMPARE(
            doc.tasks.at(3).dependencies,
            (QStringList{QStringLiteral("S-01"), QStringLiteral("S-02"), QStringLiteral("S-03"),
                         QStringLiteral("S-04"), QStringLiteral("S-05"), QStringLiteral("S-06"),
                         QStringLiteral("S-07"), QStringLiteral("S-08"), QStringLiteral("S-09"),
                         QStringLiteral("X-001-004")}));
    }

    // "**Step 1**" lines are tasks in a runbook and inside a phase; after the phases of a plan,
    // in its "How we work" section, they describe the method.
    void stepsOutsidePhasesAreMethod()
    {
        const QByteArray runbook = "# Runbook\n\n**Step 1: Drain** (1h)\n\n**Step 2: Swap** (1h)\n";
        QCOMPARE(TrdParser::parse(runbook, QStringLiteral("r.md")).tasks.size(), 2);
        const QByteArray plan = "# Plan\n\n## Phase 1: Build\n\n**Step 1: Schema** (2h)\n\n"
                                "## How we work\n\n**Step 1: Sketch** (1 day)\n\n"
                                "**Step 2: Build** (2 days)\n";
        const TrdDocument doc = TrdParser::parse(plan, QStringLiteral("p.md"));
        QCOMPARE(doc.tasks.size(), 1);
        QCOMPARE(doc.tasks.at(0).title, QStringLiteral("Schema"));
    }

    // "### P1: Sync (3 days)" names a phase of work, "## P1 — Soon" a priority section.
    void priorityHeadingsWithDurationsArePhases()
    {
        const QByteArray md = "# Plan\n\n### P1: Sync engine (3 days)\n\n#### Conflict rules\n"
                              "Prose.\n\n### P2：Hooks（4~6 天）\n\n#### Events\nProse.\n\n"
                              "## P1 — Soon\n\n### Fix the login loop\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("p.md"));
        QCOMPARE(doc.tasks.size(), 1);
        QCOMPARE(doc.tasks.at(0).title, QStringLiteral("Fix the login loop"));
        QCOMPARE(doc.tasks.at(0).priority, QStringLiteral("HIGH"));
    }

    // Under "## Task Breakdown" and its sub-headings a bold title is a task, estimated or not,
    // and an id in it is the task's; beside estimated tasks, unestimated titles summarise.
    void taskSectionTitles()
    {
        const QByteArray md = "# Plan\n\n## Task Breakdown\n\n### Backend\n"
                              "- **T1**: Add the config table\n- **Wire the endpoint**\n"
                              "  - detail\n\n## Risks\n\n1. **Latency:** may grow\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("p.md"));
        QCOMPARE(doc.tasks.size(), 2);
        QCOMPARE(doc.tasks.at(0).id, QStringLiteral("T1"));
        QCOMPARE(doc.tasks.at(0).title, QStringLiteral("Add the config table"));
        QCOMPARE(doc.tasks.at(1).title, QStringLiteral("Wire the endpoint"));

        const QByteArray summary = "# TRD\n\n## Task Breakdown\n\n- [ ] Schema (2h)\n"
                                   "- [ ] Queries (3h)\n- [ ] Views (1h)\n\n### Critical Path\n\n"
                                   "1. **Week 1**: schema then queries\n";
        QCOMPARE(TrdParser::parse(summary, QStringLiteral("t.md")).tasks.size(), 3);
    }

    // Package names in Dependencies are what the task needs installed, not broken task ids;
    // a sentence with a number still is unreadable.
    void packageDependencies()
    {
        const QByteArray md =
            "# P\n\n### PKG-001: Form (2h)\n**Dependencies**: react-query v5, zod\n\n"
            "### PKG-002: List (1h)\n**Dependencies**: @scope/ui@2, PKG-001\n\n"
            "### PKG-003: Sync (1h)\n**Dependencies**: the work of week 3\n\n"
            "### PKG-004: Save (1h)\n**Dependencies**: task 2, zod\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("p.md"));
        QVERIFY2(!hasDiag(d, QStringLiteral("trd-dependency-unreadable"), 4),
                 qPrintable(dump(d.diagnostics)));
        QCOMPARE(d.tasks.at(1).dependencies, QStringList{"PKG-001"});
        QVERIFY(hasDiag(d, QStringLiteral("trd-dependency-unreadable"), 10));
        QVERIFY(hasDiag(d, QStringLiteral("trd-dependency-unreadable"), 13));
    }

    // Ids that restart in each milestone are no duplicates; the same id twice in one is.
    void idsRestartingPerMilestone()
    {
        const QByteArray md = "# R\n\n## Milestone 1: A\n\n### Tasks\n\n- **N1**: One (1h)\n"
                              "- **N2**: Two (1h)\n\n## Milestone 2: B\n\n### Tasks\n\n"
                              "- **N1**: Three (1h)\n- **N2**: Four (1h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("r.md"));
        QCOMPARE(d.tasks.size(), 4);
        QVERIFY2(!hasDiag(d, QStringLiteral("trd-duplicate-id")), qPrintable(dump(d.diagnostics)));
        QVERIFY2(TrdLint::check(d).isEmpty(), qPrintable(dump(TrdLint::check(d))));

        const QByteArray twice =
            "# R\n\n## Milestone 1: A\n\n### Tasks\n\n- **N1**: One (1h)\n- **N1**: Again (1h)\n";
        QVERIFY(hasDiag(TrdParser::parse(twice, QStringLiteral("t.md")),
                        QStringLiteral("trd-duplicate-id"), 8));
        const QByteArray coded = "# R\n\n## Milestone 1: A\n\n### TRD-001: One (1h)\n\n"
                                 "## Milestone 2: B\n\n### TRD-001: Again (1h)\n";
        QVERIFY(hasDiag(TrdParser::parse(coded, QStringLiteral("c.md")),
                        QStringLiteral("trd-duplicate-id"), 9));
    }

    // "N of M tasks have no estimate" is for plans that estimate; not for a TODO list with
    // one "(2h)" in it.
    void noEstimateOnlyWhereThePlanEstimates()
    {
        QByteArray todo = "# TODO\n\n- [ ] Item with (2h)\n";
        for (int i = 0; i < 6; ++i)
            todo += "- [ ] Item " + QByteArray::number(i) + "\n";
        QVERIFY(!hasDiag(TrdParser::parse(todo, QStringLiteral("todo.md")),
                         QStringLiteral("trd-task-no-hours")));
        QByteArray plan = "# TODO\n\n- [ ] A (2h)\n- [ ] B (1h)\n- [ ] C (3h)\n";
        for (int i = 0; i < 6; ++i)
            plan += "- [ ] Item " + QByteArray::number(i) + "\n";
        QVERIFY(hasDiag(TrdParser::parse(plan, QStringLiteral("plan.md")),
                        QStringLiteral("trd-task-no-hours"), 6));
    }

    // Each sprint entry keeps the line it is listed at, beside it, whichever way it came:
    // a list entry naming an id, a checklist task written in the sprint's section, an id
    // listed and then defined there, a checklist item naming a task of the sprint again.
    void sprintListsKeepTheirLines()
    {
        const QByteArray md = "# Lines plan\n"
                              "\n"
                              "### Sprint 1: Listed\n"
                              "\n"
                              "- LNS-003: listed before its definition\n"
                              "- LNS-009: no task has this id\n"
                              "\n"
                              "### Sprint 2: Defined here\n"
                              "\n"
                              "- [ ] **LNS-001**: First (2h)\n"
                              "- [ ] **LNS-002**: Second (1h)\n"
                              "- [ ] **LNS-003**: Third (1h)\n"
                              "- [ ] **LNS-002**: Second again (1h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("lines.md"));
        QCOMPARE(d.sprints.size(), 2);
        const TrdSprint& listed = d.sprints.at(0);
        QCOMPARE(listed.primary, (QStringList{"LNS-003", "LNS-009"}));
        QCOMPARE(listed.primaryLines, (QList<int>{5, 6}));
        QCOMPARE(listed.lineOf(u"LNS-009", -1), 6);
        QCOMPARE(listed.lineOf(u"LNS-001", -1), -1);
        QVERIFY(listed.lists(u"LNS-003"));
        const TrdSprint& here = d.sprints.at(1);
        // Listed once each, though LNS-002 is written twice and LNS-003 was listed before.
        QCOMPARE(here.primary, (QStringList{"LNS-001", "LNS-002", "LNS-003"}));
        QCOMPARE(here.primaryLines, (QList<int>{10, 11, 12}));
        QCOMPARE(here.taskLines(), here.primaryLines + here.secondaryLines);
        QCOMPARE(d.sprintsOf(QStringLiteral("LNS-009")), QStringList{listed.name});
        QCOMPARE(d.sprintsOf(QStringLiteral("LNS-003")).size(), 2);
        // The unknown entry is reported at its own line.
        bool unknownAt6 = false;
        for (const Diagnostic& g : TrdLint::check(d))
            unknownAt6 = unknownAt6 || (g.code == u"trd-sprint-unknown-task" && g.line == 6);
        QVERIFY(unknownAt6);
    }

    // "### 1.3 Wrap the parser" › "#### Task 1.3.1": steps of section 1.3, which the plan's
    // checklist lists as its task; "### Task 2.2.1" under no heading numbered 2.2 is a task.
    void stepsOfNumberedSections()
    {
        const QByteArray md = "# P\n\n## Phase 1: Fixes\n\n### 1.3 Wrap the parser\n\n"
                              "#### Task 1.3.1: Add a helper\n\n#### Task 1.3.2: Use it\n\n"
                              "## Phase 2: More\n\n### Task 2.2.1: Alert (2h)\n\n"
                              "## Summary\n\n- [ ] **1.3** Wrap the parser (3h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("p.md"));
        QCOMPARE(taskIds(d), (QStringList{"Task 2.2.1", "1.3"}));
        // Alone, the steps are named where "no tasks recognised" lists what looks like tasks.
        const QByteArray alone =
            "# Implementation Plan\n\n### 4.1 Wrap\n\n#### Task 4.1.1: Add a helper\n";
        const TrdDocument a = TrdParser::parse(alone, QStringLiteral("docs/TRD/plan.md"));
        QVERIFY(a.tasks.isEmpty());
        QVERIFY2(hasDiag(a, QStringLiteral("trd-not-a-task"), 5), qPrintable(dump(a.diagnostics)));
    }

    // A milestone or phase heading marked done makes its tasks done, as evidence; a task's
    // own checkbox or marker still says what it is.
    void doneSectionsMarkTheirTasks()
    {
        const QByteArray md = "# R\n\n## M2 — Sync ✅ DONE\n\n### Tasks\n\n- **SYN-1**: Pull (2h)\n"
                              "- **SYN-2**: Push (1h)\n\n## M3 — Share\n\n### Tasks\n\n"
                              "- **SYN-3**: Links (1h)\n\n## Phase 4: Polish ✅ COMPLETE\n\n"
                              "- [ ] **SYN-4**: Icons (1h)\n\n### SYN-5: Copy (1h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("r.md"));
        QCOMPARE(d.tasks.size(), 5);
        auto status = [&d](const char* id) { return d.statusOf(*d.task(QString::fromLatin1(id))); };
        QCOMPARE(status("SYN-1"), TaskStatus::Done);
        QCOMPARE(status("SYN-2"), TaskStatus::Done);
        QCOMPARE(status("SYN-3"), TaskStatus::Todo);
        QCOMPARE(status("SYN-4"), TaskStatus::Todo); // its box is open
        QCOMPARE(status("SYN-5"), TaskStatus::Done);
        QCOMPARE(d.task(QStringLiteral("SYN-1"))->extra().evidenceLine, 3);
        QVERIFY2(d.statusExplanation(*d.task(QStringLiteral("SYN-5"))).contains(u"Polish"),
                 qPrintable(d.statusExplanation(*d.task(QStringLiteral("SYN-5")))));
    }

    // A sprint plan in waves of numbered items and lettered tracks: "### W0.1 Title (5 pts)",
    // "### Track A — Title (13 pts)" are its tasks; without an estimate they are sections.
    void waveItemsAndTracks()
    {
        const QByteArray md = "# Sprint Plan\n\n## Wave 0 — Base\n\n### W0.1 Scaffold (5 pts)\n\n"
                              "## Wave 1 — Tracks\n\n### Track A — UI kit (13 pts)\n\n"
                              "### Track B: Sync (2h)\n\n## Notes\n\n### A1.2 Background\n\n"
                              "### Track record\n\n### Track C — Later\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("p.md"));
        QCOMPARE(taskIds(d), (QStringList{"W0.1", "Track A", "Track B"}));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("UI kit"));
        QCOMPARE(d.tasks.at(1).points, 13.0);
        QCOMPARE(d.tasks.at(2).hours, 2.0);
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(1).name, QStringLiteral("Wave 1: Tracks"));
        QCOMPARE(d.sprintsOf(QStringLiteral("Track A")), QStringList{"Wave 1: Tracks"});
    }

    // Acceptance tests and test cases say when the work is done; they are no plan, even with
    // ids in headings and ticked boxes. Test work that is estimated is a plan.
    void acceptanceTestsAreNoPlan()
    {
        const QByteArray cases = "# Locker Acceptance Tests\n\n## Door\n\n### LAT-1\n\n"
                                 "- Expected: opens\n- [x] Passed\n\n### LAT-2\n\n- [ ] Passed\n";
        QCOMPARE(TrdParser::parse(cases, QStringLiteral("docs/ACCEPTANCE_TESTS.md")).documentClass,
                 DocumentClass::Requirements);
        QCOMPARE(TrdParser::parse(cases, QStringLiteral("docs/qa/locker.md")).documentClass,
                 DocumentClass::Requirements); // by its title
        const QByteArray work =
            "# Acceptance Test Work\n\n- [ ] **LAW-1**: Script the door case (3h)\n"
            "- [ ] **LAW-2**: Run it in CI (2h)\n";
        QCOMPARE(
            TrdParser::parse(work, QStringLiteral("docs/plans/acceptance-tests.md")).documentClass,
            DocumentClass::Plan);
    }

    // "| TRD-005-TEST, TRD-006-TEST | 5h |" in a sprint's table plans each id; the row is
    // no task of its own.
    void sprintTableRowWithSeveralIds()
    {
        const QByteArray md = "# T\n\n### MID-1: A (1h)\n\n### MID-2: B (1h)\n\n### Sprint 1: S\n\n"
                              "| Task | Estimate |\n|---|---|\n| MID-1, MID-2 | 2h |\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("t.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.sprints.size(), 1);
        QCOMPARE(d.sprints.at(0).primary, (QStringList{"MID-1", "MID-2"}));
        QVERIFY2(TrdLint::check(d).isEmpty(), qPrintable(dump(TrdLint::check(d))));
    }

    // A sprint plan's "#### US-1.1: Title" story with "**Estimated Hours:** 8h" is its work
    // item, its acceptance boxes the subtasks; a story written before the hours field gets
    // both. A PRD's user story (no estimate) stays a requirement, in a phase or not.
    void estimatedStoriesInSprints()
    {
        const QByteArray md =
            "# Plan\n\n## SPRINT 1: Core (Weeks 1-2)\n\n### User Stories\n\n"
            "#### US-1.1: Sign in\n\n**Story Points:** 5\n**Estimated Hours:** 8h\n\n"
            "**Acceptance Criteria:**\n- [x] A\n- [x] B\n\n"
            "#### US-1.2: Sign out (3h)\n\n- [ ] C\n\n#### US-1.4: Reset (1h)\n\n- [ ] D\n\n"
            "### Sprint 1 Testing Requirements\n\n- [x] Unit tests\n\n"
            "## Stories\n\n#### US-1.3: Not in a sprint\n\n**Estimated Hours:** 2h\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/SPRINT_PLAN.md"));
        QCOMPARE(taskIds(d), (QStringList{"US-1.1", "US-1.2", "US-1.4"}));
        QCOMPARE(d.tasks.at(0).hours, 8.0);
        QCOMPARE(d.tasks.at(0).points, 5.0);
        QCOMPARE(d.tasks.at(0).subtasks.size(), 2);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(1).hours, 3.0);
        QCOMPARE(d.sprints.at(0).primary, (QStringList{"US-1.1", "US-1.2", "US-1.4"}));
        const QByteArray prd = "# PRD\n\n## Phase 1: MVP\n\n### US-1: Save a search\n\n"
                               "**As a** buyer\n**Priority:** P0\n\n**Acceptance Criteria:**\n"
                               "- [ ] Filters kept\n";
        QVERIFY(!taskIds(TrdParser::parse(prd, QStringLiteral("docs/p.md"))).contains(u"US-1"));
    }

    // "#### 1.1 Project Setup (Day 1)" over checkbox steps is the task, the boxes its
    // subtasks; so is "#### 2.1 Streaming" at that level once the plan numbers its work so.
    // Without boxes, or at another level without a day, a numbered heading is a section.
    void numberedWorkHeadingsWithDays()
    {
        const QByteArray md =
            "# Plan\n\n## Phase 1: Base (Week 1)\n\n### Tasks\n\n"
            "#### 1.1 Setup (Day 1)\n- [x] Create the crate\n- [x] Add CI\n\n"
            "#### 1.2 Store - Writes (Days 2-3)\n\n**src/store.rs**:\n- [ ] Write\n\n"
            "#### 1.3 Serve (2 days)\n```\n# a comment\n```\n- [ ] Route\n\n"
            "#### 1.4 Review (Day 5)\n\nWith the team.\n\n"
            "## Phase 2: More\n\n#### 2.1 Streaming\n- [ ] Start\n\n"
            "## Notes\n\n### 9.1 Background\n- [ ] Read the notes\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/plan.md"));
        QCOMPARE(taskIds(d), (QStringList{"1.1", "1.2", "1.3", "2.1"}));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(1).subtasks.size(), 1);
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Store - Writes (Days 2-3)"));
        QCOMPARE(d.tasks.at(2).hours, 16.0);
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Serve"));
        QCOMPARE(d.tasks.at(2).subtasks.size(), 1);
        QCOMPARE(d.sprints.at(0).primary, (QStringList{"1.1", "1.2", "1.3"}));
    }

    // "## Public Readiness Sprint - Release Hygiene" after numbered sprints is one more
    // sprint; "## Next Sprint", "## Goals per Sprint" are not.
    void namedSprintsAfterNumberedOnes()
    {
        const QByteArray md = "# Plan\n\n## Sprint 1 - Phase 1a: Base\n\n- [x] A\n\n"
                              "## Goals per Sprint\n\nText.\n\n## Next Sprint\n\nText.\n\n"
                              "## Design Sprint Results\n\nText.\n\n"
                              "## Public Readiness Sprint - Release Hygiene\n\n- [ ] B\n- [x] C\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/SPRINT_PLAN.md"));
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(1).name, QStringLiteral("Public Readiness Sprint: Release Hygiene"));
        QCOMPARE(d.sprints.at(1).tasks().size(), 2);
        // Alone, a named sprint is no sprint: a "Design Sprint" section of a note.
        const QByteArray alone = "# Notes\n\n## Design Sprint - Week 1\n\n- [ ] B\n";
        QVERIFY(TrdParser::parse(alone, QStringLiteral("docs/n.md")).sprints.isEmpty());
    }

    // A sprint repeated with hours of its own under the same parent ("Sprint 2 Tests
    // (~13h)") adds them; the same sprint in another section restates them.
    void repeatedSprintHours()
    {
        const QByteArray md = "# P\n\n## Goals\n\n### Sprint 1 — A (~4h)\n\n### Sprint 2 — B\n\n"
                              "## Sprint Planning\n\n### Sprint 1 — A (~4h)\n\n"
                              "- [ ] **RSH-1**: One (4h)\n\n### Sprint 2 — B (~5h)\n\n"
                              "- [ ] **RSH-2**: Two (5h)\n\n### Sprint 2 Tests (~3h)\n\n"
                              "- [ ] **RSH-2-TEST**: Two's tests (3h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/p.md"));
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(0).statedHours, 4.0);
        QCOMPARE(d.sprints.at(1).statedHours, 8.0);
        QVERIFY2(TrdLint::check(d).isEmpty(), qPrintable(dump(TrdLint::check(d))));
    }

    // A sprint's hours in a bracket of their own, not at the end of its heading, are its
    // stated hours too: "(~40h, 2 weeks)", "[~8h]", "(3.5h estimated)", "(~6h): Sync".
    void sprintHoursInBrackets()
    {
        const QByteArray md =
            "# P\n\n### Sprint 1: Core (~40h, 2 weeks)\n\n### Sprint 2: Api [~8h]\n\n"
            "### Sprint 3: Ui (3.5h estimated)\n\n### Sprint 4: (~6h): Sync\n\n"
            "### Sprint 5: Docs (2 weeks)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/p.md"));
        QCOMPARE(d.sprints.size(), 5);
        QCOMPARE(d.sprints.at(0).statedHours, 40.0);
        QCOMPARE(d.sprints.at(0).title, QStringLiteral("Core"));
        QCOMPARE(d.sprints.at(1).statedHours, 8.0);
        QCOMPARE(d.sprints.at(2).statedHours, 3.5);
        QCOMPARE(d.sprints.at(3).statedHours, 6.0);
        QCOMPARE(d.sprints.at(3).title, QStringLiteral("Sync"));
        QCOMPARE(d.sprints.at(4).statedHours, -1.0); // a span, not hours
    }

    // "## Task list" › "- ✅ T-1: …" / "- ⬜ T-2: …" without estimates: a list partly done and
    // partly not tracks the plan's work, as does any such list in a document titled as a
    // plan. All done under a report's title, or under a title saying neither, the same lines
    // say what got done: mentions.
    void statusLedListsWithoutEstimates()
    {
        const TrdDocument mixed = TrdParser::parse(
            "# Export notes\n\n## 4. Task list\n\n- ✅ SLN-0: Branch created\n"
            "- ✅ SLN-1: Rows counted\n- 🔄 SLN-2: Script reviewed\n- ⬜ SLN-3: Drop run\n",
            QStringLiteral("docs/notes.md"));
        QCOMPARE(taskIds(mixed), (QStringList{QStringLiteral("SLN-0"), QStringLiteral("SLN-1"),
                                              QStringLiteral("SLN-2"), QStringLiteral("SLN-3")}));
        QCOMPARE(mixed.statusOf(mixed.tasks[0]), TaskStatus::Done);
        QCOMPARE(mixed.statusOf(mixed.tasks[2]), TaskStatus::InProgress);
        QCOMPARE(mixed.statusOf(mixed.tasks[3]), TaskStatus::Todo);
        QCOMPARE(mixed.tasks[1].title, QStringLiteral("Rows counted"));
        // Other ids in the title: the leading one is the task's.
        const TrdDocument cited =
            TrdParser::parse("# Notes\n\n## Tasks\n\n- ✅ SLN-6: Review approved with QX-1 to QX-4\n"
                             "- ⬜ SLN-7: Apply\n",
                             QStringLiteral("docs/notes.md"));
        QCOMPARE(taskIds(cited), (QStringList{QStringLiteral("SLN-6"), QStringLiteral("SLN-7")}));
        const QByteArray allDone = "\n\n## Tasks\n\n- ✅ SLN-4: Rows counted\n- ✅ SLN-5: Drop run\n";
        const TrdDocument plan =
            TrdParser::parse("# Workplan: Ledger Purge" + allDone, QStringLiteral("docs/p.md"));
        QCOMPARE(taskIds(plan), (QStringList{QStringLiteral("SLN-4"), QStringLiteral("SLN-5")}));
        for (const char* title : {"# Ledger Purge - Completion Report", "# Ledger Purge"}) {
            const TrdDocument d =
                TrdParser::parse(QByteArray(title) + allDone, QStringLiteral("docs/r.md"));
            QVERIFY2(d.tasks.isEmpty(), title);
        }
    }

    // "#### 1. US-101: Submit a URL (5 pts)" over "**Estimated Hours:** 7h": a sprint's
    // backlog numbered in its order; "#### 3. Buffer Tasks (3 pts)" is one more item of it.
    // Without the estimate, "### 1. US-101: …" is a requirement, as in a PRD.
    void numberedBacklogHeadings()
    {
        const QByteArray md =
            "# Sprint 11\n\n## Backlog\n\n### Epic 1: Ingestion (13 pts)\n\n"
            "#### 1. US-101: Submit a URL (5 pts)\n\n**Estimated Hours:** 7h\n\n"
            "#### 2. NBH-102: Download the video (5 pts)\n\n**Estimated Hours:** 12h\n\n"
            "#### 3. Buffer Tasks (3 pts)\n\n**Estimated Hours:** 4h\n\n"
            "## Risks\n\n#### 1. Slow downloads (2h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/sprint-11-plan.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks[0].id, QStringLiteral("US-101"));
        QCOMPARE(d.tasks[0].title, QStringLiteral("Submit a URL"));
        QCOMPARE(d.tasks[1].id, QStringLiteral("NBH-102"));
        QCOMPARE(d.tasks[2].title, QStringLiteral("Buffer Tasks"));
        QVERIFY(d.tasks[2].implicitId);
        QCOMPARE(d.totalHours(), 23.0);
        QCOMPARE(d.tasks[0].points + d.tasks[1].points + d.tasks[2].points, 13.0);
        const TrdDocument prd = TrdParser::parse(
            "# PRD\n\n## Stories\n\n### 1. US-101: Submit a URL\n\nAs a user, I want a form.\n",
            QStringLiteral("docs/prd.md"));
        QVERIFY(prd.tasks.isEmpty());
    }

    // BMAD's epics files: "### Story 14.2: Title" under "## Epic 14" is a story to build. Over
    // a table of tasks with ids of their own, the story groups them; under "## Acceptance
    // Criteria" (a tech spec's) it is a story's criteria.
    void storyHeadings()
    {
        const TrdDocument d = TrdParser::parse(
            "# Tides - Epic Breakdown\n\n## Epic 14: Views\n\n### Story 14.1: Tide table\n\n"
            "As a user,\nI want the tides,\nSo that I plan.\n\n### Story 14.2: Favourites\n\n"
            "**Acceptance Criteria:**\n\n**Given** a harbour\n\n"
            "## Acceptance Criteria\n\n### Story 14.1: Tide table\n\n1. Fourteen tides\n",
            QStringLiteral("docs/epics.md"));
        QCOMPARE(taskIds(d),
                 (QStringList{QStringLiteral("Story 14.1"), QStringLiteral("Story 14.2")}));
        QCOMPARE(d.tasks[1].title, QStringLiteral("Favourites"));
        const TrdDocument grouped = TrdParser::parse(
            "# Sprint 3\n\n### Story 3.1: Invoices\n\n| Task ID | Task | Status |\n|---|---|---|\n"
            "| STH-1 | Query | ✅ |\n| STH-2 | Page | ⏳ |\n",
            QStringLiteral("docs/sprint-3.md"));
        QCOMPARE(taskIds(grouped), (QStringList{QStringLiteral("STH-1"), QStringLiteral("STH-2")}));
    }

    // "**Story Points**: 5 | **Time**: 6 hours | **Priority**: P0 (CRITICAL)": a story's fields
    // joined on one line, each read; a value holding " | " otherwise stays one value.
    void joinedFieldsOnOneLine()
    {
        const TrdDocument d = TrdParser::parse(
            "# Sprint\n\n#### JFL-1: Fix the sender\n**Story Points**: 5 | **Time**: 6 hours | "
            "**Priority**: P0 (CRITICAL)\n\n#### JFL-2: Route approvals\n"
            "**Notes**: cache | queue\n**Estimate**: 2h\n",
            QStringLiteral("docs/sprint.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("JFL-1"), QStringLiteral("JFL-2")}));
        QCOMPARE(d.tasks[0].points, 5.0);
        QCOMPARE(d.tasks[0].hours, 6.0);
        QCOMPARE(d.tasks[0].priority, QStringLiteral("CRITICAL"));
        QCOMPARE(d.tasks[1].hours, 2.0);
    }

    // "## Sprint 1: Ledger UI" › "**Estimated Hours:** 30h": the sprint's stated hours, as in
    // its heading; "**Team Capacity:** 40h" and a bare "**Total:** 57" are no such statement.
    void sprintHoursField()
    {
        const QByteArray md =
            "# Plan\n\n## Sprint 1: Ledger UI (Weeks 1-2)\n\n**Story Points:** 13\n"
            "**Team Capacity:** 40h\n**Estimated Hours:** 30h\n\n### Stories\n\n"
            "#### SHF-1: Overview\n\n**Estimated Hours:** 14h\n\n#### SHF-2: Add entry\n\n"
            "**Estimated Hours:** 16h\n\n## Sprint 2: Reports\n\n**Total:** 57\n\n"
            "- [ ] **SHF-3**: Monthly report (6h)\n\n**Total:** 6 hours\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/p.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("SHF-1"), QStringLiteral("SHF-2"),
                                          QStringLiteral("SHF-3")}));
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(0).statedHours, 30.0);
        QCOMPARE(d.sprints.at(1).statedHours, 6.0);
        QCOMPARE(d.totalHours(), 36.0);
    }

    // "## Testing Strategy" › "### Unit Tests (12 hours)": the testing work, sized per kind of
    // test, its checkboxes its steps. "### Current Suite (48 tests)" counts tests.
    void testingHeadingsWithEstimates()
    {
        const QByteArray md =
            "# Plan\n\n## Testing Strategy\n\n### Unit Tests (12 hours)\n\n- [ ] Paging\n"
            "- [ ] Empty input\n\n### Integration Tests (1 day)\n\n```\ntests/it.py\n```\n\n"
            "### Current Suite (48 tests)\n\nAll green.\n\n## Notes\n\n### Unit Tests (2h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/p.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks[0].title, QStringLiteral("Unit Tests"));
        QCOMPARE(d.tasks[0].subtasks.size(), 2);
        QCOMPARE(d.tasks[1].title, QStringLiteral("Integration Tests"));
        QCOMPARE(d.totalHours(), 20.0);
    }

    // "## Module 5: Sockets (6-8 hours)" › "### Reconnection (2 hours)" over checkboxes: the
    // module's estimate split among its parts, each a work item, its checkboxes its steps.
    // Under a heading without an estimate, "### Readme (2 hours)" stays a section.
    void sizedPartsOfSizedSections()
    {
        const QByteArray md =
            "# Checklist\n\n## Module 5: Sockets (6-8 hours)\n\n### Reconnection (2 hours)\n"
            "- [ ] Backoff\n- [ ] Max attempts\n\n### Heartbeat (1 hour)\n- [ ] Ping\n\n"
            "## Module 6: Docs\n\n### Readme (2 hours)\n- [ ] Setup section\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/checklist.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks[0].title, QStringLiteral("Reconnection"));
        QCOMPARE(d.tasks[0].subtasks.size(), 2);
        QCOMPARE(d.tasks[1].title, QStringLiteral("Heartbeat"));
        QCOMPARE(d.tasks[2].title, QStringLiteral("Setup section"));
        QCOMPARE(d.totalHours(), 3.0);
    }

    // "Post-deploy monitoring (24h)", "Soak test (48h)": how long something is watched, not
    // worked on. "Set up monitoring (4h)" and "Monitoring dashboard (3 days)" are work.
    void observationWindowsAreNoEffort()
    {
        const QByteArray md =
            "# Plan\n\n## Rollout\n\n- [ ] Deploy behind the flag (1h)\n"
            "- [ ] **Post-deploy monitoring (24h)**\n- [ ] Soak test (48h)\n"
            "- [ ] Watch the error logs for 24h (24h)\n- [ ] Set up monitoring (4h)\n"
            "- [ ] Review the dashboards after 24h (1h)\n- [ ] Monitoring dashboard (1 day)\n"
            "- [ ] Monitoring (1 hour)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/p.md"));
        QCOMPARE(d.tasks.size(), 8);
        QVERIFY(!d.tasks[1].hasHours());
        QVERIFY(!d.tasks[2].hasHours());
        QVERIFY(!d.tasks[3].hasHours());
        QCOMPARE(d.tasks[4].hours, 4.0);
        QCOMPARE(d.totalHours(), 15.0); // "Monitoring (1 hour)": an hour's work setting it up
        // A timeline row naming the window: its duration cell is the window again.
        const TrdDocument table = TrdParser::parse(
            "# Plan\n\n## Timeline\n\n| Task | Duration | Status |\n|---|---|---|\n"
            "| Smoke tests | 1 hour | ⏳ Pending |\n| Monitoring (24h) | 24 hours | ⏳ Pending |\n",
            QStringLiteral("docs/p.md"));
        QCOMPARE(table.tasks.size(), 2);
        QCOMPARE(table.totalHours(), 1.0);
    }

    // "### Tareas Técnicas" › "#### 1. Crear el hub (2 horas)": numbered headings sized in
    // Spanish hours under a section of tasks are its tasks; numbered parts of other sections
    // ("### Changes Required" › "#### 1. `lib/x.ex` (2 hours)") and observation windows
    // ("(24 horas de monitoreo)") are not.
    void numberedTasksInOtherLanguages()
    {
        const QByteArray md =
            "# Plan de Cierre\n\n## Paquete 5: Avisos\n\n### Tareas Técnicas\n\n"
            "#### 1. Crear el hub (2 horas)\n\nTexto.\n\n#### 2. Definir los DTOs (1 hora)\n\n"
            "#### 3. Abrir CORS (0.5 horas)\n\n**Checklist:**\n- [x] Orígenes\n- [ ] WebSockets\n\n"
            "### Acceptance Criteria\n\n✅ Hub registrado\n\n"
            "## Cambios\n\n### Changes Required\n\n#### 1. `lib/x.ex` (2 hours)\n\n"
            "## Cronograma\n\n- [ ] Despliegue en staging (24 horas de monitoreo)\n"
            "- [ ] Integración del caché (2 días)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/plans/paquetes.md"));
        QCOMPARE(d.tasks.size(), 5);
        QCOMPARE(d.tasks[0].title, QStringLiteral("Crear el hub"));
        QCOMPARE(d.tasks[0].hours, 2.0);
        QCOMPARE(d.tasks[1].hours, 1.0);
        QCOMPARE(d.tasks[2].hours, 0.5);
        QCOMPARE(d.tasks[2].subtasks.size(), 2);
        QVERIFY(!d.tasks[3].hasHours()); // a window, not work
        QCOMPARE(d.tasks[4].hours, 16.0);
        QVERIFY(d.tasks[4].hoursConverted);
        QCOMPARE(d.totalHours(), 19.5);
    }

    // The create_plan form: "## Phase 1: Title" › "### Success Criteria:" › "#### Automated
    // Verification:" › "- [x] Tests pass". Each phase is a task and its criteria its subtasks,
    // done when all are ticked or the heading says so. A phase holding tasks of its own stays
    // a phase; criteria outside the phases ("## Desired End State", "## Testing Strategy")
    // are no tasks.
    void phasesWithSuccessCriteriaAreTasks()
    {
        const QByteArray md =
            "# Outbox - Implementation Plan\n\n## Desired End State\n\n### Success Criteria:\n"
            "- [x] No event is lost\n\n## Phase 1: Outbox table\n\n### Overview\nAdd it.\n\n"
            "### Changes Required:\n\n#### 1. `lib/outbox.ex`\n\n"
            "**Dependency**: `Repo` is started at line 12 of `application.ex`.\n\n"
            "```elixir\n- [ ] not a box\n```\n\n"
            "### Success Criteria:\n\n#### Automated Verification:\n- [x] Migration runs\n"
            "- [x] Tests pass\n\n#### Manual Verification:\n- [x] One row per change\n\n---\n\n"
            "## Phase 2: Worker (3 hours)\n\n### Success Criteria:\n\n#### Automated:\n"
            "- [x] Worker tests pass\n\n#### Manual:\n- [ ] The event arrives\n\n"
            "## Phase 3: Cleanup ✅\n\n### Success Criteria:\n\n#### Manual Verification:\n"
            "- [ ] No old calls in the logs\n\n## Phase 4: Export\n\n- [ ] Write the encoder "
            "(2h)\n\n"
            "### Success Criteria:\n\n#### Automated Verification:\n- [ ] Encoder tests pass\n\n"
            "## Phase 5: Notes\n\nNo criteria, no boxes.\n\n"
            "## Testing Strategy\n\n### Manual Testing Steps:\n- [ ] Stop the stub\n";
        const TrdDocument d =
            TrdParser::parse(md, QStringLiteral("thoughts/shared/plans/2026-01-05-outbox.md"));
        QCOMPARE(taskIds(d),
                 (QStringList{QStringLiteral("Phase 1"), QStringLiteral("Phase 2"),
                              QStringLiteral("Phase 3"), QStringLiteral("#Write the encoder")}));
        QCOMPARE(d.tasks[0].title, QStringLiteral("Outbox table"));
        QCOMPARE(d.tasks[0].form, TrdTask::Form::Heading);
        QCOMPARE(d.tasks[0].subtasks.size(), 3);
        QCOMPARE(d.statusOf(d.tasks[0]), TaskStatus::Done);
        QCOMPARE(d.tasks[1].title, QStringLiteral("Worker"));
        QCOMPARE(d.tasks[1].hours, 3.0);
        QCOMPARE(d.tasks[1].subtasks.size(), 2);
        QCOMPARE(d.statusOf(d.tasks[1]), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks[2]), TaskStatus::Done); // "✅" in its heading
        // Phase 4 groups its task; Phase 5 plans nothing yet.
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints[0].name, QStringLiteral("Phase 4: Export"));
        QCOMPARE(d.sprints[0].tasks(), QStringList{QStringLiteral("#Write the encoder")});
        QCOMPARE(d.documentClass, DocumentClass::Plan);
        // The code a step relies on is no dependency between tasks.
        for (const Diagnostic& diag : d.diagnostics)
            QVERIFY2(diag.code != u"trd-dependency-unreadable", qPrintable(diag.message));
    }

    // Sized backlog headings, then "**Day 1 (Oct 20):**" › "- [ ] Kickoff meeting": the days
    // are when that work is done; their checkboxes are no tasks of their own.
    void scheduleDaysRestateSizedWork()
    {
        const QByteArray md =
            "# Sprint 11\n\n## Backlog\n\n#### 1. SDR-101: Submit a URL (5 pts)\n\n"
            "**Estimated Hours:** 7h\n\n#### 2. SDR-102: Download (8 pts)\n\n"
            "**Estimated Hours:** 12h\n\n## Timeline\n\n### Week 1\n\n**Day 1 (Oct 20):**\n"
            "- [ ] Kickoff meeting (30 min)\n- [ ] Start on the URL form\n\n**Day 2 (Oct 21):**\n"
            "- [x] Milestone: URL validation ✅\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/sprint-11-plan.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("SDR-101"), QStringLiteral("SDR-102")}));
        QCOMPARE(d.totalHours(), 19.0);
        // Without sized headings the days' checkboxes are the plan's tasks.
        const TrdDocument days = TrdParser::parse(
            "# Plan\n\n## Week 1\n\n**Day 1:**\n- [ ] Kickoff meeting\n- [ ] Repo setup\n",
            QStringLiteral("docs/plan.md"));
        QCOMPARE(days.tasks.size(), 2);
    }

    // "- Phase 1 (S): Add the field - 0.5 days" under "## Implementation Plan": a step with
    // its size and its estimate after a dash (days at the plan's hours a day). A worded
    // label with a size leads the title; "- Phase 5: Outline" is a step too, but not inside a
    // phase, where it outlines the phase.
    void sizedPlanSteps()
    {
        const QByteArray md =
            "# Exports TRD\n\n## Implementation Plan\n\n"
            "- **Phase 1** (S): Add the export table - 0.5 days\n"
            "- **Step 2 (M)**: Write the CSV writer - 3 hours\n"
            "- Phase 3 (XS): Link it from the menu - 20 min \xE2\x9C\x85\n"
            "- QA pass (S): Try every format - 1 hour\n"
            "- Phase 4 (L): Retry queue\n  - Backoff\n"
            "- Phase 5: Outline only\n- Phase 6 (S): Cleanup - 2 days of soak\n\n"
            "Dependencies: None\n\n### Phase 7: Later\n\n- Phase 8: Outline only\n\n"
            "## Risks\n\n- Phase 1 (S): not a step here - 1 day\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("project/0001_exports_TRD.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("Phase 1"), QStringLiteral("Step 2"),
                                          QStringLiteral("Phase 3"),
                                          QStringLiteral("#QA pass: Try every format"),
                                          QStringLiteral("Phase 4"), QStringLiteral("Phase 5"),
                                          QStringLiteral("Phase 6")}));
        QCOMPARE(d.tasks[0].title, QStringLiteral("Add the export table"));
        QCOMPARE(d.tasks[0].estimate, QStringLiteral("0.5 days"));
        QCOMPARE(d.tasks[0].hours, 4.0);
        QVERIFY(d.tasks[0].hoursConverted);
        QCOMPARE(d.tasks[0].fields.value(0).key, QStringLiteral("Size"));
        QCOMPARE(d.tasks[0].fields.value(0).value, QStringLiteral("S"));
        QCOMPARE(d.tasks[1].title, QStringLiteral("Write the CSV writer"));
        QCOMPARE(d.tasks[2].marker, TrdTask::Marker::Completed);
        QCOMPARE(d.tasks[3].title, QStringLiteral("QA pass: Try every format"));
        QVERIFY(!d.tasks[4].hasHours());
        QCOMPARE(d.tasks[5].title, QStringLiteral("Outline only"));
        QCOMPARE(d.tasks[6].title, QStringLiteral("Cleanup"));
        QVERIFY(!d.tasks[6].hasHours()); // the duration goes on as prose
        QCOMPARE(d.totalHours(), 4.0 + 3.0 + 20.0 / 60.0 + 1.0);
    }

    // A dash after a sized step followed by prose, not an estimate (as "Cleanup - 2 days of
    // soak" above): no hours, and the estimate's end is never looked up when none was found
    // (it indexed before the text, an assertion in debug builds).
    void sizedStepWithProseAfterADash()
    {
        const QByteArray md = "# Exports TRD\n\n## Implementation Plan\n\n"
                              "- Phase 1 (S): Wire the export - see the design notes\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("project/0001_exports_TRD.md"));
        QCOMPARE(taskIds(d), QStringList{QStringLiteral("Phase 1")});
        QCOMPARE(d.tasks[0].title, QStringLiteral("Wire the export"));
        QVERIFY(!d.tasks[0].hasHours());
    }

    // "- `TASK-0043 — Title` — done 2026-07-27" under "### Zadania" (Polish for tasks): id and
    // title in a code span, the status after a dash, in English or Polish; none while open.
    // Elsewhere such an item is a mention.
    void codeSpanTasks()
    {
        const QByteArray md =
            "# Plan\n\n## M1 \xE2\x80\x94 Import\n\n### Zadania\n\n"
            "- `IMP-0041 \xE2\x80\x94 Import contracts` \xE2\x80\x94 done 2026-03-02\n"
            "- `IMP-0042 \xE2\x80\x94 Checksums`\n  \xE2\x80\x94 uko\xC5\x84"
            "czone 2026-03-04; notes\n"
            "- `IMP-0043 \xE2\x80\x94 Staging` \xE2\x80\x94 w toku\n"
            "- `IMP-0044 \xE2\x80\x94 Row validation`,\n\n"
            "### Bramka\n\n- `IMP-0045 \xE2\x80\x94 Not a task here`\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/plans/m1.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("IMP-0041"), QStringLiteral("IMP-0042"),
                                          QStringLiteral("IMP-0043"), QStringLiteral("IMP-0044")}));
        QCOMPARE(d.tasks[0].title, QStringLiteral("Import contracts"));
        QCOMPARE(d.statusOf(d.tasks[0]), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks[1]), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks[2]), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks[3]), TaskStatus::Todo);
        QCOMPARE(d.tasks[3].title, QStringLiteral("Row validation"));
    }

    // GSD's "<task type=\"auto\">" blocks: the name is the title (and "Task 1" the id), the
    // other children fields; what md4c makes of an <action>'s text and the checkboxes under
    // <success_criteria> are no tasks. Done only by the plan's SUMMARY beside it.
    void gsdTaskBlocks()
    {
        const QByteArray md =
            "---\nphase: 02-api\nplan: 01\n---\n\n<objective>\nShip the API.\n</objective>\n\n"
            "<tasks>\n\n<task type=\"auto\">\n  <name>Task 1: Add the route</name>\n"
            "  <files>src/routes.ts</files>\n  <action>\n    Add `GET /items`.\n\n"
            "    - [ ] not a task (2h)\n    **Step 1:** neither\n\n  </action>\n"
            "  <verify>npm test -- routes</verify>\n  <done>GET /items answers 200</done>\n"
            "</task>\n\n<task type=\"checkpoint:human-verify\" gate=\"blocking\">\n"
            "  <name>Look at the page</name>\n  <action>Open /items.</action>\n"
            "  <verify>\n    The list shows\n  </verify>\n  <done>Seen</done>\n</task>\n\n"
            "<task type=\"checkpoint:human-verify\">\n  <what-built>\nThe items page:\n\n"
            "- [ ] list (1h)\n  </what-built>\n  <how-to-verify>Open "
            "it</how-to-verify>\n</task>\n\n"
            "</tasks>\n\n<success_criteria>\n\n- [ ] Route exists\n- [ ] Tests pass\n"
            "</success_criteria>\n\n## Notes\n\n```xml\n<task type=\"auto\">\n"
            "  <name>Task 9: Quoted</name>\n</task>\n```\n";
        TrdDocument d =
            TrdParser::parse(md, QStringLiteral(".planning/phases/02-api/02-01-PLAN.md"));
        QCOMPARE(taskIds(d),
                 (QStringList{QStringLiteral("Task 1"), QStringLiteral("#Look at the page"),
                              QStringLiteral("#The items page")}));
        QVERIFY(d.forms.contains(QStringLiteral("gsd")));
        const TrdTask& t = d.tasks[0];
        QCOMPARE(t.title, QStringLiteral("Add the route"));
        QCOMPARE(t.line, 13);
        QCOMPARE(t.validation, QStringLiteral("npm test -- routes"));
        QCOMPARE(t.fields.size(), 3);
        QCOMPARE(t.fields[0].key, QStringLiteral("Files"));
        QCOMPARE(t.fields[0].value, QStringLiteral("src/routes.ts"));
        QCOMPARE(t.fields[1].key, QStringLiteral("Action"));
        QVERIFY(t.fields[1].value.startsWith(u"Add `GET /items`."));
        QCOMPARE(t.fields[2].key, QStringLiteral("Done when"));
        QCOMPARE(t.fields[2].value, QStringLiteral("GET /items answers 200"));
        QVERIFY(!t.isEditable()); // GSD records completion in the SUMMARY, not in the plan
        QCOMPARE(d.statusOf(t), TaskStatus::Todo);
        QCOMPARE(d.tasks[1].validation, QStringLiteral("The list shows"));
        QCOMPARE(d.tasks[1].fields.constLast().value, QStringLiteral("checkpoint:human-verify"));
        QCOMPARE(d.tasks[2].validation, QStringLiteral("Open it")); // a checkpoint without a name
        // The summary beside the plan marks its tasks done; one elsewhere does not.
        TrdDocument other = TrdParser::parse(
            "# Summary\n", QStringLiteral(".planning/phases/02-api/02-02-SUMMARY.md"));
        other.documentClass = DocumentClass::Report;
        QCOMPARE(d.documentClass, DocumentClass::Plan);
        QVERIFY(lendReportEvidence({&d, &other}).isEmpty());
        TrdDocument summary = TrdParser::parse(
            "# Summary\n", QStringLiteral(".planning/phases/02-api/02-01-SUMMARY.md"));
        summary.documentClass = DocumentClass::Report;
        QCOMPARE(lendReportEvidence({&d, &summary, &other}), QList<int>{0});
        QCOMPARE(d.statusOf(d.tasks[0]), TaskStatus::Done);
        QCOMPARE(d.tasks[1].extra().evidencePath,
                 QStringLiteral(".planning/phases/02-api/02-01-SUMMARY.md"));
        // Without <task> blocks, <context> is text like any other.
        const TrdDocument plain =
            TrdParser::parse("# Plan\n\n<context>\n\n- [ ] Write the importer (2h)\n</context>\n",
                             QStringLiteral("docs/plans/p.md"));
        QCOMPARE(plain.tasks.size(), 1);
    }

    // "### Phase 5: Enhanced Reporting & UI" plans reporting work: a phase like its siblings,
    // holding its own tasks. "Phase 3 Report" stays a section about a phase.
    void phaseBuildingReportsIsAPhase()
    {
        const QByteArray md =
            "# Plan\n\n## Implementation Phases\n\n### Phase 4: Ranking\n\n- [ ] Score (2h)\n\n"
            "### Phase 5: Enhanced Reporting & UI\n\n- [ ] Diff preview (3h)\n- [ ] CLI (1h)\n\n"
            "### Phase 6: Docs\n\n- [ ] Guide (1h)\n\n#### Phase 6 Report\n\nAll done.\n";
        const TrdDocument doc = TrdParser::parse(md, QStringLiteral("docs/plans/p.md"));
        QCOMPARE(doc.sprints.size(), 3);
        QCOMPARE(doc.sprints.at(1).name, QStringLiteral("Phase 5: Enhanced Reporting & UI"));
        QCOMPARE(doc.sprints.at(1).tasks().size(), 2);
        QCOMPARE(doc.sprints.at(0).tasks().size(), 1);
    }

    // "### Story 4.2: Entry page - 5 Points" › acceptance checkboxes › "| Task ID | … | Points |":
    // the story groups its tasks also after its criteria; its points are not counted twice.
    // Over a table whose ids are not headed as tasks' it stays a task with its checkboxes.
    void storyOverCriteriaAndTaskTable()
    {
        const QByteArray md =
            "# Sprint 4\n\n## User Stories\n\n### Story 4.2: Entry page - 5 Points\n\n"
            "**Acceptance Criteria**:\n- [x] Input field\n- [ ] Date picker\n\n"
            "**Status**: \xE2\x9C\x85 Completed\n\n**Tasks**:\n\n"
            "| Task ID | Task Description | Status | Points |\n|---|---|---|---|\n"
            "| T-109 | Entry page UI | \xE2\x9C\x85 | 3 |\n| T-110 | Date picker | \xE2\xAD\x95 | "
            "2 |\n\n"
            "### Story 4.3: Chart - 3 Points\n\n- [ ] Draw it\n\n"
            "| ID | Check | Status |\n|---|---|---|\n| CK-1 | Looks right | Open |\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/sprints/sprint-04.md"));
        QCOMPARE(taskIds(d).first(2),
                 (QStringList{QStringLiteral("T-109"), QStringLiteral("T-110")}));
        QVERIFY(!d.task(QStringLiteral("Story 4.2")));
        QVERIFY(d.task(QStringLiteral("Story 4.3")));
        QCOMPARE(d.statusOf(*d.task(QStringLiteral("T-110"))), TaskStatus::Todo);
    }

    // "| Issue | Title | Type |" over "| #903 | … |" under a plan's milestone: the issues it
    // takes on, numbered by the tracker; a "| M1: … | ✅ COMPLETE |" status table makes a
    // milestone's issues done. Outside a plan of milestones such a table lists no work, and
    // a capacity table's "✅ Under capacity" completes nothing.
    void issueTablesUnderMilestones()
    {
        const QByteArray md =
            "# Plan\n\n| Milestone | Status |\n|---|---|\n| M1: Fixes | \xE2\x9C\x85 COMPLETE |\n"
            "| M2: Maps | \xF0\x9F\x94\x84 NEXT |\n\n## Milestone 1: Fixes\n\n"
            "| Issue | Title | Type |\n|---|---|---|\n| #903 | Wrong count | Bug |\n"
            "| #904 | Empty list | Bug |\n\n## Milestone 2: Maps\n\n"
            "| Issue | Title |\n|---|---|\n| #910 | Tiles | \n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/plans/p.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("#903"), QStringLiteral("#904"),
                                          QStringLiteral("#910")}));
        QCOMPARE(d.tasks[0].title, QStringLiteral("Wrong count"));
        QCOMPARE(d.statusOf(d.tasks[0]), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks[2]), TaskStatus::Todo);
        QCOMPARE(d.sprints.at(0).tasks().size(), 2);
        const TrdDocument loose =
            TrdParser::parse("# Notes\n\n| Issue | Title |\n|---|---|\n| #1 | Slow start |\n",
                             QStringLiteral("docs/plans/n.md"));
        QVERIFY(loose.tasks.isEmpty());
        const TrdDocument capacity = TrdParser::parse(
            "# Plan\n\n| Sprint | Est. Hours | Status |\n|---|---|---|\n"
            "| Sprint 1 | 76h | \xE2\x9C\x85 Under capacity |\n\n## Sprint 1: Base\n\n"
            "| Issue | Title |\n|---|---|\n| #5 | Login |\n",
            QStringLiteral("docs/plans/c.md"));
        QCOMPARE(capacity.tasks.size(), 1);
        QCOMPARE(capacity.statusOf(capacity.tasks[0]), TaskStatus::Todo);
    }

    // "### Phase 1" › "#### Sprint 1.2: Schema Validation & Testing": a part of the phase,
    // named for its work; its estimated checkboxes are tasks, its "Acceptance Criteria" are not.
    void nestedSprintNamedForChecksIsWork()
    {
        const QByteArray md =
            "# TRD\n\n### Phase 1: Base (Weeks 1-2)\n\n#### Sprint 1.1: Setup (Week 1)\n\n"
            "- [ ] **Scaffold** (4h)\n\n#### Sprint 1.2: Validation & Testing (Week 2)\n\n"
            "- [ ] **Validate payloads** (5h)\n\n**Sprint 1.2 Acceptance Criteria**:\n"
            "- [ ] Payloads are checked\n\n### Milestone 2: Launch\n\n"
            "#### Phase 2.1: Testing and validation\n\n- [ ] Task: Test the release\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/TRD/t.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks[1].title, QStringLiteral("Validate payloads"));
        QCOMPARE(d.totalHours(), 9.0);
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(1).tasks().size(), 1);
    }

    // "- [ ] **TRD-001** — Title | 2h | [satisfies REQ-010]": the estimate as a field of its own
    // between bars. A bare number there is no estimate, nor is a field that goes on.
    void barredEstimates()
    {
        const QByteArray md =
            "# TRD\n\n## Master Task List\n\n"
            "- [x] **SYN-001** \xE2\x80\x94 List the events | 2h | [satisfies REQ-3]\n"
            "- [ ] **SYN-002** \xE2\x80\x94 Typespecs | 1.5 days | [depends: SYN-001]\n"
            "- [ ] **SYN-003** \xE2\x80\x94 Router | 3 |\n"
            "- [ ] **SYN-004** \xE2\x80\x94 Guard | 2h of review | owner: Ana\n"
            "- [ ] **SYN-005** \xE2\x80\x94 Tests (4h) | 9h |\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/TRD/s.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("SYN-001"), QStringLiteral("SYN-002"),
                                          QStringLiteral("SYN-003"), QStringLiteral("SYN-004"),
                                          QStringLiteral("SYN-005")}));
        QCOMPARE(d.tasks[0].title, QStringLiteral("List the events"));
        QCOMPARE(d.tasks[0].estimate, QStringLiteral("2h"));
        QCOMPARE(d.tasks[0].hours, 2.0);
        QCOMPARE(d.tasks[1].estimate, QStringLiteral("1.5 days"));
        QCOMPARE(d.tasks[1].hours, 12.0);
        QVERIFY(d.tasks[1].hoursConverted);
        QCOMPARE(d.tasks[1].dependencies, QStringList{QStringLiteral("SYN-001")});
        QVERIFY(!d.tasks[2].hasHours());
        QVERIFY(!d.tasks[3].hasHours());
        QCOMPARE(d.tasks[4].hours, 4.0); // the bracketed one, where both are written
    }

    // "total_tasks: 5" and "total_hours: 19" in a generated TRD's front matter are the totals
    // it states, and lint compares them; a "Total: ... hours" line in the text outranks them.
    // Broken or unclosed front matter states nothing.
    void frontMatterTotals()
    {
        const QByteArray body = "# TRD\n\n## Tasks\n\n- [ ] **FMT-001**: One (2h)\n"
                                "- [ ] **FMT-002**: Two (3h)\n";
        const TrdDocument d = TrdParser::parse(
            "---\ndocument_id: TRD-9\ntotal_tasks: 3\ntotal_hours: 5\n---\n\n" + body,
            QStringLiteral("docs/TRD/f.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.statedTotalHours, 5.0);
        QCOMPARE(d.statedTaskCount, 3);
        QCOMPARE(d.statedTotalLine, 3); // total_tasks, the first of them
        const Diagnostics lint = TrdLint::check(d);
        QVERIFY(std::any_of(lint.cbegin(), lint.cend(), [](const Diagnostic& x) {
            return x.code == u"trd-task-count" && x.line == 3;
        }));
        QVERIFY(std::none_of(lint.cbegin(), lint.cend(),
                             [](const Diagnostic& x) { return x.code == u"trd-total-hours"; }));

        const TrdDocument text = TrdParser::parse("---\r\ntotal_hours: 90\r\n---\r\n" + body +
                                                      "\n**Total Estimate**: 5 hours\n",
                                                  QStringLiteral("docs/TRD/g.md"));
        QCOMPARE(text.statedTotalHours, 5.0);
        QCOMPARE(text.statedTaskCount, -1);

        for (const QByteArray& broken :
             {QByteArray("---\ntotal_hours: [5\n---\n"), QByteArray("---\ntotal_hours: 5\n"),
              QByteArray("---\ntotal_hours: many\n---\n"),
              QByteArray("\n---\ntotal_hours: 5\n---\n")}) {
            const TrdDocument b = TrdParser::parse(broken + body, QStringLiteral("docs/TRD/b.md"));
            QCOMPARE(b.statedTotalHours, -1.0);
            QCOMPARE(b.tasks.size(), 2);
        }
    }

    // "- [ ] **TRD-NF-001**: … (2h) [satisfies REQ-NF-001]": the plan's task for a
    // non-functional requirement, boxed and estimated, is a task; the same id with no estimate
    // names the requirement, and "NFR-002" is one in any case.
    void planNumberedRequirementTasks()
    {
        const QByteArray md = "# TRD\n\n## 4. Non-Functional Requirements Coverage\n\n"
                              "- [ ] **TRD-NF-001**: Check the binary on start (2h) "
                              "[satisfies REQ-NF-001]\n"
                              "- [x] **TRD-NF-001-TEST**: Verify the start check (1h) "
                              "[verifies TRD-NF-001]\n"
                              "- [ ] **TRD-NF-002**: Keep startup fast\n"
                              "- [ ] **NFR-003**: Start within 2s (1h)\n\n"
                              "## 5. Master Task List\n\n- [ ] **TRD-001**: Add the query (3h)\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/TRD/n.md"));
        QCOMPARE(taskIds(d),
                 (QStringList{QStringLiteral("TRD-NF-001"), QStringLiteral("TRD-NF-001-TEST"),
                              QStringLiteral("TRD-001")}));
        QCOMPARE(d.totalHours(), 6.0);
        QCOMPARE(d.statusOf(d.tasks[1]), TaskStatus::Done);
        QCOMPARE(d.tasks[0].extra().requirements, QStringList{QStringLiteral("REQ-NF-001")});
    }

    // "  - [depends: TRD-001, TRD-002]" as an item below a checklist task: its dependencies, as
    // the same tag on a line below a task heading is.
    void tagItemsBelowChecklistTasks()
    {
        const QByteArray md = "# TRD\n\n## Tasks\n\n- [x] **TRD-001**: Ready query (2h)\n"
                              "  - Returns open jobs\n\n"
                              "- [ ] **TRD-002**: Wire the dispatcher (4h)\n"
                              "  - Define the behaviour\n  - [depends: TRD-001]\n\n"
                              "- [ ] **TRD-003**: Order by rank (3h)\n"
                              "  - [depends: TRD-001, TRD-002] [satisfies REQ-5]\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/TRD/d.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks[1].dependencies, QStringList{QStringLiteral("TRD-001")});
        QCOMPARE(d.tasks[2].dependencies,
                 (QStringList{QStringLiteral("TRD-001"), QStringLiteral("TRD-002")}));
        QCOMPARE(d.tasks[2].extra().requirements, QStringList{QStringLiteral("REQ-5")});
        QCOMPARE(d.prerequisitesOf(QStringLiteral("TRD-003")),
                 (QStringList{QStringLiteral("TRD-001"), QStringLiteral("TRD-002")}));
        QCOMPARE(d.statusOf(d.tasks[2]), TaskStatus::Blocked);
        QCOMPARE(d.tasks[1].subtasks.size(), 0);
    }

    // "### Priority 1: Must happen first" › "- [ ] …": the section's tasks are HIGH, as under
    // "## P1"; a heading right below such a section is no task for that.
    void priorityNumberedSections()
    {
        const QByteArray md =
            "# MVP Plan\n\n## Master Task List by Priority\n\n"
            "### Priority 1: Must happen first\n\n- [ ] Settle the modules\n"
            "- [x] Build the registry\n\n### Priority 2: Next\n\n"
            "- [ ] Add the products page\n\n## Recommended Fixes\n\n"
            "### Priority 1: Fix the compiler\n\n#### 1.1 Remove the table step\n\n"
            "Some prose.\n\n### Priority 0 ideas\n\n- [ ] Dark mode\n\n"
            "### Priority 2: CRITICAL FIXES\n\n- [ ] Favicon\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/plans/mvp.md"));
        QCOMPARE(d.tasks.size(), 5);
        QCOMPARE(d.tasks[0].priority, QStringLiteral("HIGH"));
        QCOMPARE(d.tasks[1].priority, QStringLiteral("HIGH"));
        QCOMPARE(d.tasks[2].priority, QStringLiteral("MEDIUM"));
        QCOMPARE(d.tasks[3].title, QStringLiteral("Dark mode"));
        QCOMPARE(d.tasks[3].priority, QStringLiteral("CRITICAL"));
        QCOMPARE(d.tasks[4].priority, QStringLiteral("CRITICAL")); // the level it names
    }

    // Spanish and Portuguese plans: "## Fase 1: Base", "### Semana 2 (Días 6-10)", "Etapa 3"
    // are sprints as "Phase 1", "Week 2" and "Stage 3" are.
    void sprintsInSpanishAndPortuguese()
    {
        const QByteArray md =
            "# Plan\n\n## Fase 1: Base\n\n- [x] **ESP-001**: Crear el esquema (2 horas)\n"
            "- [ ] **ESP-002**: Migrar los datos (3 horas)\n\n"
            "## Etapa 2: Entrega\n\n- [ ] **ESP-003**: Publicar (1 hora)\n\n"
            "## Plan semanal\n\n### Semana 1 (D\xC3\xAD"
            "as 1-5)\n\n- ESP-001: Esquema\n"
            "- ESP-002: Datos\n\n### Semana 2 (D\xC3\xAD"
            "as 6-10)\n\n- ESP-003: Publicar\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/plans/es.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.sprints.size(), 4);
        QCOMPARE(d.sprints.at(0).name, QStringLiteral("Fase 1: Base"));
        QCOMPARE(d.sprints.at(0).tasks().size(), 2);
        QCOMPARE(d.sprints.at(1).tasks(), QStringList{QStringLiteral("ESP-003")});
        QCOMPARE(d.sprints.at(2).name, QStringLiteral("Semana 1"));
        QCOMPARE(d.sprints.at(2).tasks().size(), 2);
        QCOMPARE(d.sprints.at(3).tasks(), QStringList{QStringLiteral("ESP-003")});

        // "### Week 3-4: Polish", "### Semana 2-3": a span of weeks is one sprint, named as
        // written (it read "Week 3: 4: Polish"), numbered by its first week.
        const TrdDocument r = TrdParser::parse("# Plan\n\n## Week 1-2: Base\n\n- [ ] Schema "
                                               "(2h)\n\n## Semana 3-4\n\n- [ ] Polish (1h)\n",
                                               QStringLiteral("docs/plans/r.md"));
        QCOMPARE(r.sprints.size(), 2);
        QCOMPARE(r.sprints.at(0).name, QStringLiteral("Week 1-2: Base"));
        QCOMPARE(r.sprints.at(0).number, 1);
        QCOMPARE(r.sprints.at(1).name, QStringLiteral("Semana 3-4"));
        QCOMPARE(r.sprints.at(1).number, 3);
        QCOMPARE(r.sprints.at(1).tasks().size(), 1);
    }

    // "**Tasks:**" then "3. **OPS-003:** …" on the next line: a list going on from an earlier
    // one cannot interrupt a paragraph, markdown shows it as text; said where it starts. A list
    // starting at 1, or numbered lines that name no task, are no finding.
    void numberedItemsInsideAParagraph()
    {
        const TrdDocument d = TrdParser::parse(
            "# Plan\n\n## Phase 1\n\n**Tasks:**\n1. **OPS-001:** Templates (2h)\n\n"
            "## Phase 2\n\n**Tasks:**\n3. **OPS-003:** Compose (4h)\n4. OPS-004: Makefile (2h)\n\n"
            "## Notes\n\n**Steps:**\n2. Roll back\n3. Page the owner\n",
            QStringLiteral("docs/plans/p.md"));
        QVERIFY(hasDiag(d, QStringLiteral("trd-list-in-paragraph"), 11));
        QCOMPARE(
            std::count_if(d.diagnostics.cbegin(), d.diagnostics.cend(),
                          [](const Diagnostic& x) { return x.code == u"trd-list-in-paragraph"; }),
            1);
        QCOMPARE(taskIds(d).value(0), QStringLiteral("OPS-001"));
    }

    // "## Sprint 1 (Days 1–3): PR 1 (Config Infrastructure)": the days first, then a title
    // whose own bracket stays in it; a bracket of days or weeks at the end is no title.
    void sprintDaysBeforeTheTitle()
    {
        const TrdDocument d = TrdParser::parse(
            "# Plan\n\n## Sprint 1 (Days 1–3): PR 1 (Config Infrastructure)\n\n"
            "- [ ] **TRD-001**: Load the config (2h)\n\n## Sprint 2: Payments (Week 3)\n\n"
            "- [ ] **TRD-002**: Charge the card (3h)\n",
            QStringLiteral("docs/TRD/p.md"));
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(0).name, QStringLiteral("Sprint 1: PR 1 (Config Infrastructure)"));
        QCOMPARE(d.sprints.at(0).weeks, QStringLiteral("Days 1–3"));
        QCOMPARE(d.sprints.at(1).name, QStringLiteral("Sprint 2: Payments"));
        QCOMPARE(d.sprints.at(1).weeks, QStringLiteral("Week 3"));
    }

    // Phoenix planning plugins number a phase's tasks in brackets and tag them with the kind
    // of work; the lines below a task in its paragraph are its fields. Review-fix plans
    // bracket their findings' codes; "[P1]" is a priority.
    void bracketedIdsAndTags()
    {
        const TrdDocument d = TrdParser::parse(
            "# Plan: Invoices\n\n## Context\n\nWhy.\n\n## Phase 1: Schema [COMPLETED]\n\n"
            "- [x] [P1-T1][ecto] Add the invoices table — amounts in cents\n"
            "  **Implementation**: one migration, an index on the customer.\n"
            "  Money as integers.\n"
            "  **Locations**: priv/repo/migrations\n"
            "- [x] [P1-T2] Seed two customers | type: dev\n\n"
            "## Phase 2: Screens [IN_PROGRESS]\n\n"
            "- [ ] [P2-T1][liveview] [BLOCKED] List invoices\n"
            "- [ ] [oban] [C2] Retry failed sends\n"
            "- [x] **[SEC-1]** Sign the download links\n"
            "- [x] **[PERF-1 + ARCH-3]** Batch the totals query\n"
            "- [x] **W1** — folded into P1-T1\n- [ ] **W2** ✅ — Paginate the search\n\n"
            "### - [x] [P2-T2][test] Cover the list — three cases\n\n"
            "Notes on the tests.\n\n"
            "## Verification\n\n- [x] `mix test`\n",
            QStringLiteral(".claude/plans/invoices/plan.md"));
        QCOMPARE(taskIds(d), (QStringList{"P1-T1", "P1-T2", "P2-T1", "C2", "SEC-1", "PERF-1", "W1",
                                          "W2", "P2-T2"}));
        const TrdTask& t = d.tasks.at(0);
        QCOMPARE(t.title, QStringLiteral("Add the invoices table"));
        QCOMPARE(t.category, QStringLiteral("Plan: Invoices")); // not the "Context" above
        QCOMPARE(t.fields.size(), 3);
        QCOMPARE(t.fields.at(0).key, QStringLiteral("Tags"));
        QCOMPARE(t.fields.at(0).value, QStringLiteral("ecto"));
        QCOMPARE(t.fields.at(1).key, QStringLiteral("Implementation"));
        QCOMPARE(t.fields.at(1).value,
                 QStringLiteral("one migration, an index on the customer.\nMoney as integers."));
        QCOMPARE(t.fields.at(2).key, QStringLiteral("Locations"));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Seed two customers"));
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("List invoices"));
        QCOMPARE(d.tasks.at(2).extra().flags, QStringList{QStringLiteral("BLOCKED")});
        QCOMPARE(d.tasks.at(3).title, QStringLiteral("Retry failed sends"));
        QCOMPARE(d.tasks.at(3).fields.value(0).value, QStringLiteral("oban"));
        QCOMPARE(d.tasks.at(4).title, QStringLiteral("Sign the download links"));
        QCOMPARE(d.tasks.at(7).title, QStringLiteral("Paginate the search"));
        QCOMPARE(d.statusOf(d.tasks.at(7)), TaskStatus::Done); // its ✅, though its box is open
        QCOMPARE(d.tasks.at(8).title, QStringLiteral("Cover the list"));
        QCOMPARE(d.statusOf(d.tasks.at(8)), TaskStatus::Done);
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(0).name, QStringLiteral("Phase 1: Schema"));
        QCOMPARE(d.sprints.at(1).tasks().size(), 7);

        // "[P1]" before a title without an id: the priority.
        const TrdDocument p = TrdParser::parse(
            "# Todo\n\n- [ ] [P0] Stop the crash on login\n- [x] [P2] Round the corners\n"
            "- [ ] [HIGH] Fix the nightly sync\n- [ ] [Q1] Which regions go first?\n",
            QStringLiteral("TODO.md"));
        QCOMPARE(p.tasks.size(), 4);
        QCOMPARE(p.tasks.at(2).title, QStringLiteral("Fix the nightly sync"));
        QCOMPARE(p.tasks.at(2).priority, QStringLiteral("HIGH"));
        QVERIFY(p.tasks.at(3).implicitId); // an open question's number is no task id
        QCOMPARE(p.tasks.at(0).title, QStringLiteral("Stop the crash on login"));
        QCOMPARE(p.tasks.at(0).priority, QStringLiteral("CRITICAL"));
        QCOMPARE(p.tasks.at(1).priority, QStringLiteral("MEDIUM"));
        // A review's finding in a bold paragraph is no task; a bracket that is no word keeps
        // its place in the title.
        const TrdDocument n = TrdParser::parse(
            "# Plan\n\n**[H1] Boxes out of date**\n\n- [ ] [see notes below] Ship it\n"
            "- [x] Write the notes\n",
            QStringLiteral("docs/plans/review.md"));
        QCOMPARE(n.tasks.size(), 2);
        QCOMPARE(n.tasks.at(0).title, QStringLiteral("[see notes below] Ship it"));
    }

    // "- [!] **Resolve the paused branch**": a box for blocked work or work that needs
    // someone, a task all the same (open, flagged BLOCKED), not a line of prose.
    void blockedBoxesAreTasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# Release plan\n\n## Remaining Work\n\n"
            "- [!] **Resolve the paused branch** (2h): resume it or pick its commit.\n"
            "  - Waits on the owner's decision.\n"
            "- [ ] **Triage the open updates** (1h)\n- [x] **Retire the old runner** (1h)\n"
            "- [!] Ask legal about the licence\n",
            QStringLiteral("docs/plans/release.md"));
        QCOMPARE(d.tasks.size(), 4);
        const TrdTask& t = d.tasks.at(0);
        QCOMPARE(t.title, QStringLiteral("Resolve the paused branch"));
        QCOMPARE(t.hours, 2.0);
        QCOMPARE(t.extra().flags, QStringList{QStringLiteral("BLOCKED")});
        QVERIFY(!t.ownChecked);
        QVERIFY(d.statusOf(t) != TaskStatus::Done);
        QCOMPARE(d.tasks.at(3).title, QStringLiteral("Ask legal about the licence"));
        QCOMPARE(d.tasks.at(3).extra().flags, QStringList{QStringLiteral("BLOCKED")});
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Done);
        // "`[!]` marks a blocker": a legend in code, no box.
        const TrdDocument l = TrdParser::parse(
            "# Plan\n\n## Tasks\n\n- `[!] ` marks a blocker\n- [ ] Write the parser (2h)\n",
            QStringLiteral("docs/plans/legend.md"));
        QCOMPARE(l.tasks.size(), 1);
    }

    // "### Step 5: EventProcessor — session filtering": what follows the dash in a heading is
    // the rest of its title (the component, then the change); a status, a priority, an
    // estimate or dependencies after the dash still end it.
    void headingTitlesGoOnPastADash()
    {
        const TrdDocument d = TrdParser::parse(
            "# Plan: Session isolation\n\n## Phase 2: Interface\n\n"
            "### Step 1: EventProcessor — subtask part detection\n\n- [x] **RED**: a test\n\n"
            "### Step 2: Offline Mode - Transactions (3h)\n\n"
            "### Step 3: Remove dead code — done\n\n"
            "### TRD-004: Board render - HIGH PRIORITY\n\n"
            "### TRD-005: Lexer — depends on TRD-004\n\n"
            "### TRD-006: Parser — 2h\n\n"
            "### TRD-007: Store — new status values — BLOCKED\n",
            QStringLiteral("docs/plans/session-isolation.md"));
        QCOMPARE(taskIds(d), (QStringList{"Step 1", "Step 2", "Step 3", "TRD-004", "TRD-005",
                                          "TRD-006", "TRD-007"}));
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("EventProcessor — subtask part detection"));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Offline Mode - Transactions"));
        QCOMPARE(d.tasks.at(1).hours, 3.0);
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Remove dead code"));
        QCOMPARE(d.tasks.at(3).title, QStringLiteral("Board render"));
        QCOMPARE(d.tasks.at(3).priority, QStringLiteral("HIGH"));
        QCOMPARE(d.tasks.at(4).title, QStringLiteral("Lexer"));
        QCOMPARE(d.tasks.at(4).dependencies, QStringList{QStringLiteral("TRD-004")});
        QCOMPARE(d.tasks.at(5).title, QStringLiteral("Parser"));
        QCOMPARE(d.tasks.at(6).title, QStringLiteral("Store — new status values"));
        // A checklist item's dash still ends its title: what follows is a note on it.
        const TrdDocument c = TrdParser::parse(
            "# Plan\n\n## Tasks\n\n- [x] Comments context — all operations take the UUID\n",
            QStringLiteral("docs/plans/c.md"));
        QCOMPARE(c.tasks.value(0).title, QStringLiteral("Comments context"));
    }

    // A BMAD story's review repeats its tasks and their numbered subtasks in a table
    // ("| Task 1.1: … | ✅ COMPLETE | ✅ VERIFIED |"): the rows of tasks read above are
    // mentions, the rows of their subtasks no tasks of their own.
    void reviewTableRepeatsTasksAndSubtasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# Story 1.2: Service foundation\n\n## Tasks / Subtasks\n\n"
            "- [x] **Task 1: Set up the service** (AC: #1)\n"
            "  - [x] Copy the template\n  - [x] Install the dependencies\n\n"
            "- [ ] **Task 2: Add the health check** (AC: #2)\n"
            "  - [x] Write the route\n  - [ ] Log each call\n\n"
            "## Senior Developer Review\n\n### Task Completion Validation\n\n"
            "| Task | Marked As | Verified As | Evidence |\n|---|---|---|---|\n"
            "| Task 1: Set up the service | ✅ COMPLETE | ✅ VERIFIED | app/main.py |\n"
            "| Task 1.1: Copy the template | ✅ COMPLETE | ✅ VERIFIED | app/ |\n"
            "| Task 1.2: Install the dependencies | ✅ COMPLETE | ✅ VERIFIED | pyproject |\n"
            "| Task 2: Add the health check | ✅ COMPLETE | ✅ VERIFIED | main.py:40 |\n"
            "| Task 2.1: Write the route | ✅ COMPLETE | ✅ VERIFIED | main.py:40 |\n"
            "| Task 2.2: Log each call | ✅ COMPLETE | ⚠️ PARTIAL | main.py:44 |\n",
            QStringLiteral("docs/stories/1-2-service-foundation.md"));
        QCOMPARE(taskIds(d), (QStringList{"Task 1", "Task 2"}));
        QCOMPARE(d.tasks.at(0).subtasks.size(), 2);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        // A numbered row whose task has no such subtask is a task of its own.
        const TrdDocument n =
            TrdParser::parse("# Plan\n\n## Tasks\n\n- [x] **Task 1: Set up the service** (2h)\n\n"
                             "## Follow-ups\n\n| Task | Estimate | Status |\n|---|---|---|\n"
                             "| Task 1.1: Add the metrics endpoint | 2h | Todo |\n",
                             QStringLiteral("docs/plans/service.md"));
        QCOMPARE(taskIds(n), (QStringList{"Task 1", "Task 1.1"}));
    }

    // "## TODO 1 — Unify the sessions" over "> **DONE — 2026-05-19.** …": a plan's open items
    // numbered as to-dos, the quote under one its status.
    void todoHeadingsWithADoneQuote()
    {
        const TrdDocument d = TrdParser::parse(
            "# Locale routes — Plan & Open Items\n\n## Context\n\nWhy.\n\n"
            "## TODO 1 — Unify the admin sessions so the switch stays live\n\n"
            "> **DONE — 2026-05-19.** Implemented as described below.\n> Verified by hand.\n\n"
            "### Problem\n\nTwo sessions.\n\n"
            "## TODO 2: Unify the public sessions\n\n> **Blocked.** Waits on the router.\n\n"
            "## TODO 3 — Drop the helper\n\n**Done when:** nothing calls it.\n\n"
            "## TODO list\n\nNotes.\n\n## todo 4 — lower case\n",
            QStringLiteral("dev_docs/plans/locale-routes-plan.md"));
        QCOMPARE(taskIds(d), (QStringList{"TODO 1", "TODO 2", "TODO 3"}));
        QCOMPARE(d.tasks.at(0).title,
                 QStringLiteral("Unify the admin sessions so the switch stays live"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(0).markerText, QStringLiteral("DONE"));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Unify the public sessions"));
        QVERIFY(d.statusOf(d.tasks.at(1)) != TaskStatus::Done);
        QCOMPARE(d.tasks.at(1).extra().flags, QStringList{QStringLiteral("BLOCKED")});
        QVERIFY(d.statusOf(d.tasks.at(2)) != TaskStatus::Done); // "Done when:" is a criterion
    }

    // The words naming sections of criteria match at the start of a word: "### Success
    // Metrics" holds criteria, "### Biometric Login" and "### Cache complexity" (not "exit")
    // hold work.
    void criteriaWordsStartAWord()
    {
        const TrdDocument d =
            TrdParser::parse("# Plan: Mobile security\n\n## Tasks\n\n### Biometric Login\n\n"
                             "- [ ] Check the sensor (2h)\n- [x] Add the setting (1h)\n\n"
                             "### Cache complexity\n\n- [ ] Measure the hit rate (3h)\n\n"
                             "### Success Metrics\n\n- [ ] Half the users turn it on\n\n"
                             "### Risks\n\n- [ ] The sensor fails\n",
                             QStringLiteral("docs/plans/mobile-security.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Check the sensor"));
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Measure the hit rate"));
    }

    // A BMAD story's tasks are its "## Tasks / Subtasks" list. The sections after it report
    // on them: completion notes in bold, a debug log repeating a task's title, coverage
    // tables of acceptance criteria, review rows over a range of subtasks. Named tasks are
    // mentioned there; nothing there is a task, nor replaces one.
    void storyRecordSectionsAddNoTasks()
    {
        const QByteArray story =
            "# Story 3.2: Batch labels\n\n## Tasks / Subtasks\n\n"
            "- [ ] **Task 1: Label template** (AC: 1)\n  - [x] Draw the layout\n"
            "  - [ ] Add the barcode\n\n"
            "- [x] **Task 2: Print queue** (AC: 2)\n  - [x] Queue the jobs\n\n"
            "## Dev Agent Record\n\n### Debug Log\n\n**Task 2: Print queue**\n"
            "- Queued 40 jobs\n\n### Completion Notes List\n\n"
            "**Task 1 Complete (2026-01-05)**: layout drawn, barcode pending.\n\n"
            "**Task 3: Reprint button** came up in testing; left for the next story.\n\n"
            "## Senior Developer Review (AI)\n\n### Acceptance Criteria Coverage\n\n"
            "| AC# | Description | Status |\n|---|---|---|\n"
            "| AC3-2-1 | Template prints | ✅ IMPLEMENTED |\n"
            "| AC1-2 | Queue and template | ✅ IMPLEMENTED |\n\n"
            "### Task Completion Validation\n\n"
            "| Task | Marked As | Verified As |\n|---|---|---|\n"
            "| Task 1.1-1.2: Layout and barcode | [x] Complete | ✅ VERIFIED |\n"
            "| Task 2: Print queue | [x] Complete | ✅ VERIFIED |\n";
        const TrdDocument d =
            TrdParser::parse(story, QStringLiteral("docs/stories/3-2-batch-labels.md"));
        QCOMPARE(taskIds(d), (QStringList{"Task 1", "Task 2"}));
        // The list's definitions stay: form, line, subtasks and box.
        QCOMPARE(d.tasks.at(0).form, TrdTask::Form::Checklist);
        QCOMPARE(d.tasks.at(0).line, 5);
        QCOMPARE(d.tasks.at(0).subtasks.size(), 2);
        QVERIFY(d.statusOf(d.tasks.at(0)) != TaskStatus::Done);
        QCOMPARE(d.tasks.at(1).line, 9);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Done);
        QVERIFY(!hasDiag(d, QStringLiteral("trd-duplicate-id")));

        // The next story of an epic file, under a heading above the list's, has tasks again.
        const TrdDocument epic = TrdParser::parse(
            "# Epic 3\n\n## Story 3.1: Intake\n\n### Tasks / Subtasks\n\n"
            "- [x] **Task 1: Intake form**\n\n### Dev Notes\n\n"
            "- [ ] **Task 2: Not a task**\n\n## Story 3.2: Review\n\n### Tasks / Subtasks\n\n"
            "- [ ] **Task 1.1: Review queue**\n- [ ] **Task 1.2: Review mail**\n",
            QStringLiteral("docs/stories/epic-3.md"));
        QCOMPARE(taskIds(epic), (QStringList{"Task 1", "Task 1.1", "Task 1.2"}));

        // Without a task in its list, the story's tasks are wherever it writes them.
        const TrdDocument empty =
            TrdParser::parse("# Story 5.1\n\n## Tasks / Subtasks\n\nSee the plan below.\n\n"
                             "## Plan\n\n- [ ] **Task 1: Write the importer**\n",
                             QStringLiteral("docs/stories/5-1.md"));
        QCOMPARE(taskIds(empty), QStringList{QStringLiteral("Task 1")});
    }

    // "- **Success Criteria:**" over a nested checklist labels it as a paragraph would;
    // "Performance Targets" and "Can Advance When" are gates, the drills are work.
    void criteriaLabelledByAListItem()
    {
        const TrdDocument d =
            TrdParser::parse("# Roadmap\n\n### Phase 1 — Supervision\n\n**Lab App:** `ttl`\n"
                             "- **Scope:** a counter\n- **Success Criteria:**\n"
                             "  - [ ] Restarts keep no state\n  - [ ] Callbacks tested\n\n"
                             "**Performance Targets:**\n- [ ] 10K increments a second\n\n"
                             "**Failure Drills:**\n- [ ] Kill the counter\n- [ ] Flood it\n\n"
                             "**Can Advance When:**\n- [ ] Targets met\n",
                             QStringLiteral("docs/plans/roadmap.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Kill the counter"));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Flood it"));
    }
    // A heading naming a gate by its last word holds the checks before moving on; a gate
    // that is the subject of the work ("Autonomy gate enforcement") stays work.
    void gateSectionsAreCriteria()
    {
        const TrdDocument d = TrdParser::parse(
            "# Plan\n\n## Milestone 4: Autonomy gate enforcement\n\n- [ ] Read the labels\n\n"
            "### API Gateway\n\n- [ ] Route the webhooks\n\n## ✅ Mastery Gate\n\n"
            "- [ ] All drills pass\n\n## Grading Rubric\n\n- [ ] Tests cover the callbacks\n",
            QStringLiteral("docs/plans/gates.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Read the labels"));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Route the webhooks"));
    }

    // "- [ ] Not started", "- [~] In progress", "- [x] Done", "- [!] Blocked" with no legend
    // heading or label over them: the key to the boxes, no tasks; also on one line
    // ("- [ ] = not started, [x] = done"). A status with more words stays a task.
    void boxLegendWithoutALabel()
    {
        const TrdDocument d = TrdParser::parse(
            "# Workplan: Shed\n\nMarks used below:\n\n- [ ] Not started\n- [~] In progress\n"
            "- [x] **Done**\n- [!] Blocked\n- [✓] Finished\n\n## Tasks\n\n"
            "- [ ] Level the base (2h)\n- [x] Done with the roof felt (1h)\n"
            "- [ ] Pending: the door hinges (1h)\n  - [x] Done\n\n"
            "- [ ] = not started, [x] = done\n",
            QStringLiteral("docs/plans/shed.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Level the base"));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Done with the roof felt"));
        QCOMPARE(d.tasks.at(2).subtasks.size(), 0);
        QVERIFY(!hasDiag(d, QStringLiteral("trd-task-no-hours")));
    }

    // A count of the sprint's work after its name ("— 3 steps", "(17 tasks)") is neither its
    // title nor its weeks.
    void sprintNamesDropTheirCount()
    {
        const TrdDocument d = TrdParser::parse(
            "# Plan\n\n## Phase 1: Presence Module — 3 steps\n\n- [ ] Track joins\n\n"
            "## Sprint 2: Board Rendering (4 tasks)\n\n- [ ] Draw the lanes\n\n"
            "## Sprint 3: Polish (Week 3)\n\n- [ ] Fix the colours\n",
            QStringLiteral("docs/plans/presence.md"));
        QCOMPARE(d.sprints.size(), 3);
        QCOMPARE(d.sprints.at(0).name, QStringLiteral("Phase 1: Presence Module"));
        QCOMPARE(d.sprints.at(1).name, QStringLiteral("Sprint 2: Board Rendering"));
        QVERIFY(d.sprints.at(1).weeks.isEmpty());
        QCOMPARE(d.sprints.at(2).weeks, QStringLiteral("Week 3"));
    }
    // A loose checklist item: its first paragraph is the task, the later ones its fields
    // (or its text); a wrapped first paragraph stays one title.
    void looseItemParagraphsAreNoTitle()
    {
        const TrdDocument d = TrdParser::parse(
            "# Plan\n\n## Tasks\n\n- [ ] Replace the raising call with a\n  non-raising one\n\n"
            "  Note: the old call stays for the CLI.\n\n- [x] Add the retry (2h)\n\n"
            "  The retry waits a second.\n  It gives up after three.\n\n- [ ] Write docs\n\n"
            "  **Estimate**: 3h\n",
            QStringLiteral("docs/plans/loose.md"));
        QCOMPARE(d.tasks.size(), 3);
        const TrdTask& first = d.tasks.at(0);
        QCOMPARE(first.title, QStringLiteral("Replace the raising call with a non-raising one"));
        QCOMPARE(first.fields.size(), 1);
        QCOMPARE(first.fields.at(0).key, QStringLiteral("Note"));
        QCOMPARE(first.fields.at(0).value, QStringLiteral("the old call stays for the CLI."));
        QCOMPARE(first.fields.at(0).line, 8);
        const TrdTask& second = d.tasks.at(1);
        QCOMPARE(second.title, QStringLiteral("Add the retry"));
        QCOMPARE(second.hours, 2.0);
        QCOMPARE(second.fields.size(), 1);
        QVERIFY(second.fields.at(0).key.isEmpty());
        QCOMPARE(second.fields.at(0).value,
                 QStringLiteral("The retry waits a second.\nIt gives up after three."));
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Write docs"));
        QCOMPARE(d.tasks.at(2).hours, 3.0);
        QCOMPARE(d.tasks.at(2).span.end, qsizetype(d.tasks.at(2).source.size() - 1));
    }
    // Numbered parts of a plan's sections, a dash before their names, are no steps of work;
    // steps named so are.
    void sectionPartsAfterADashAreNoSteps()
    {
        const QByteArray parts =
            "# Retry Improvement Plan\n\n## Phase 1: Backoff\n\n### 1.1 — Problem Statement\n\n"
            "Retries hammer the API.\n\n### 1.2 — Proposed Solution\n\nJitter.\n\n"
            "## Phase 2: Limits\n\n### 2.1 — Problem Statement\n\nNo cap.\n\n"
            "### 2.2 — Proposed Solution\n\nA cap.\n";
        QCOMPARE(TrdParser::parse(parts, QStringLiteral("docs/plans/retry-plan.md")).tasks.size(),
                 0);
        const QByteArray steps =
            "# Retry Improvement Plan\n\n## Phase 1: Backoff\n\n### 1.1 — Add jitter\n\n"
            "Spread the retries.\n\n### 1.2 — Cap the delay\n\nAt a minute.\n";
        QCOMPARE(TrdParser::parse(steps, QStringLiteral("docs/plans/retry-plan.md")).tasks.size(),
                 2);
    }
    // "**Testing:**" in a phase's section is its testing work, like the parts beside it; the
    // same label outside a phase keeps its checks out.
    void testingLabelInAPhaseIsWork()
    {
        const TrdDocument d = TrdParser::parse(
            "# Project Plan\n\n## Roadmap\n\n### Phase 3: Decisions\n\n**Schema:**\n"
            "- [x] Create the schema\n\n**Testing:**\n- [x] Unit tests for the context\n"
            "- [ ] Manual test in a session\n\n## Release\n\n**Testing:**\n"
            "- [ ] The suite is green\n",
            QStringLiteral("docs/plans/project-plan.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Unit tests for the context"));
        QCOMPARE(d.sprints.size(), 1);
        QCOMPARE(d.sprints.at(0).tasks().size(), 3);
    }
    // "## Task Breakdown" › "1. ✅ **Port the welcome mail**": the status emoji stands for the
    // box, so the item is a task without an estimate; the same list elsewhere is prose.
    void statusEmojiUnderTasksStandsForTheBox()
    {
        const QByteArray list =
            "1. ✅ **Add the adapter**\n2. ✅ **Port the welcome mail**\n"
            "3. ⏳ **Remove the SMTP module** (blocked)\n4. **Write the guide**\n";
        const TrdDocument d =
            TrdParser::parse("# Issue 12: New mailer\n\n## Task Breakdown\n\n" + list,
                             QStringLiteral("tasks/issue-12/index.md"));
        QCOMPARE(d.tasks.size(), 4);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Add the adapter"));
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Remove the SMTP module (blocked)"));
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Todo);
        QCOMPARE(d.statusOf(d.tasks.at(3)), TaskStatus::Todo);
        const TrdDocument notes =
            TrdParser::parse("# Issue 12: New mailer\n\n## What we did\n\n" + list,
                             QStringLiteral("tasks/issue-12/index.md"));
        QCOMPARE(notes.tasks.size(), 0);
    }
    // "## Tasks" › "1. Create the migration:" over bullets of what it does: a plain numbered
    // item under a task heading is a task, named by its first line. In a phase's section a
    // "**Tasks**:" list stays the phase's entries, beside the phase's estimated work.
    void plainNumberedItemsUnderTasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# Step 0: Drop the legacy column\n\n## Tasks\n\n"
            "1. Write the migration `drop_legacy_owner.exs`:\n   - Remove the column\n"
            "   - Remove its index\n\n2. Update the schema module\n   - Drop the field\n\n"
            "## Acceptance\n\n1. The suite passes\n",
            QStringLiteral("plans/cleanup/step-0.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Write the migration drop_legacy_owner.exs"));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Update the schema module"));
        const TrdDocument phased = TrdParser::parse(
            "# Recovery plan\n\n### Phase 1: Check the fix (4 hours)\n\n**Tasks**:\n"
            "1. Build the project\n2. Run the migrations\n\n### Phase 2: Fix the bugs (6 hours)\n\n"
            "**Tasks**:\n1. **Handle errors** (2 hours)\n2. **Retry the job** (2 hours)\n"
            "3. **Log the failures** (2 hours)\n",
            QStringLiteral("docs/plans/recovery.md"));
        QCOMPARE(phased.tasks.size(), 5);
        QVERIFY(std::any_of(phased.tasks.cbegin(), phased.tasks.cend(),
                            [](const TrdTask& t) { return t.title == u"Build the project"; }));
    }
    // "## Implementation Sequence" › "1. ✅ CSV Writer - Stream the rows": the feature's tasks
    // in order, ticked as they land; its plain items stay prose there.
    void tickedImplementationSequence()
    {
        const TrdDocument d = TrdParser::parse(
            "# Feature: Invoice Export\n\n## Implementation Sequence\n"
            "1. ✅ Export Query - Select a month of invoices\n"
            "2. ⏳ Download Page - Pick the month\n\n## Notes\n\n1. ✅ Reviewed by finance\n",
            QStringLiteral("notes/tasks/invoice-export/index.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Export Query"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Todo);
        const TrdDocument plain = TrdParser::parse(
            "# Feature: Invoice Export\n\n## Implementation Sequence\n"
            "1. Export Query - Select a month of invoices\n2. Download Page - Pick the month\n",
            QStringLiteral("notes/tasks/invoice-export/index.md"));
        QCOMPARE(plain.tasks.size(), 0);
    }
    // "## Implementation Checklist" in a task's own document holds its steps, ticked as they
    // land; after a plan's tasks the same list restates them, and a "Pre-Implementation
    // Checklist" says what must hold before: criteria both.
    void implementationChecklistIsWorkOnItsOwn()
    {
        const QByteArray steps = "## Implementation Checklist\n1. [x] Add the fields\n"
                                 "2. [ ] Run the migration\n\n## Acceptance Criteria\n"
                                 "- [ ] It compiles\n";
        const TrdDocument own = TrdParser::parse("# Task: Event fields\n\n" + steps,
                                                 QStringLiteral("notes/tasks/events/0001.md"));
        QCOMPARE(own.tasks.size(), 2);
        QCOMPARE(own.tasks.at(0).title, QStringLiteral("Add the fields"));
        QCOMPARE(own.statusOf(own.tasks.at(0)), TaskStatus::Done);
        const TrdDocument plan = TrdParser::parse(
            "# Events plan\n\n## Tasks\n\n- [x] Build the event form (2h)\n\n" + steps,
            QStringLiteral("docs/plans/events-plan.md"));
        QCOMPARE(plan.tasks.size(), 1);
        const TrdDocument pre = TrdParser::parse(
            "# Task: Event fields\n\n## Pre-Implementation Checklist\n- [ ] Grep the imports\n",
            QStringLiteral("notes/tasks/events/0001.md"));
        QCOMPARE(pre.tasks.size(), 0);
    }
    // "| Ticket | Title | Estimate | Status |" over "| [#101](./ticket-101-x.md) | … |": a
    // board of numbered tickets, its numbers the ids, its Dependencies cells numbers and
    // ranges of them; the same columns without an estimate or status plan nothing.
    void ticketTablesNumberTheirRows()
    {
        const TrdDocument d = TrdParser::parse(
            "# Sprint 4\n\n## Progress\n\n- \xE2\x9C\x85 Completed: #101, #102 (5h logged)\n\n"
            "### Phase 1: Export\n\n| Ticket | Title | Estimate | Status | Dependencies |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| [#101](./ticket-101-a.md) | Escape separators | 2h | \xE2\x9C\x85 Done | None |\n"
            "| [#102](./ticket-102-b.md) | Add the context | 3h | \xE2\x9C\x85 Done | #101 |\n"
            "| [#103a](./ticket-103a-c.md) | Sum in SQL | 4h | Pending | #101-#102 |\n",
            QStringLiteral("sprint/s4/sprint-board.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("#101"), QStringLiteral("#102"),
                                          QStringLiteral("#103a")}));
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Sum in SQL"));
        QCOMPARE(d.tasks.at(2).hours, 4.0);
        QCOMPARE(d.tasks.at(2).dependencies,
                 (QStringList{QStringLiteral("#101"), QStringLiteral("#102")}));
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Done);
        QCOMPARE(d.sprints.at(0).tasks().size(), 3);
        const TrdDocument adr = TrdParser::parse(
            "# ADR 12\n\n## Follow-ups\n\n| Ticket | Title | Owner |\n|---|---|---|\n"
            "| #7 | Rotate the keys | ops |\n",
            QStringLiteral("docs/adr/0012.md"));
        QVERIFY(adr.tasks.isEmpty());
    }
    // "- ⚪ **K004:** Title (3 points)" beside "- ✅ **K003:** …": open and done work under a
    // phase, each led by its short id; a white circle the document's key gives a meaning
    // keeps that meaning, and one over a line without an estimate is no task.
    void whiteCircleAndShortIdsLead()
    {
        const TrdDocument d = TrdParser::parse(
            "# Get Started\n\n## Execution Plan\n\n### Phase 1: Plumbing\n"
            "- \xE2\x9C\x85 **K001:** Add the client (1 point)\n"
            "- \xE2\x9A\xAA **K002:** Hourly worker - TDD (3 points)\n\n## Colours\n\n"
            "- \xE2\x9A\xAA Idle: no firing today\n",
            QStringLiteral("sprint/kiln/GET_STARTED.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("K001"), QStringLiteral("K002")}));
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Add the client"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Todo);
        QCOMPARE(d.tasks.at(1).points, 3.0);
        const TrdDocument quarters =
            TrdParser::parse("# Roadmap\n\n## Phase 1: Launch\n\n- \xE2\x9C\x85 Q1: Beta for ten "
                             "studios (2 weeks)\n",
                             QStringLiteral("docs/plans/roadmap.md"));
        QCOMPARE(quarters.tasks.size(), 1);
        QVERIFY(quarters.tasks.at(0).implicitId);
    }
    // "### Milestone 1 — Importer" › "- **Task 1.1** Document the format": a milestone's
    // numbered tasks, estimated or not; the same label outside a milestone is no task.
    void taskLabelsUnderMilestones()
    {
        const TrdDocument d =
            TrdParser::parse("# Project Plan\n\n## Milestones & Tasks\n\n### Milestone 1 "
                             "\xE2\x80\x94 Feed (Week 1)\n"
                             "- **Task 1.1** Write down the feed's columns.\n"
                             "- **Task 1.2** Build the import task.\n\n## Notes\n\n"
                             "- **Task 9** was dropped in review.\n",
                             QStringLiteral("docs/plans/p.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("Task 1.1"), QStringLiteral("Task 1.2")}));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Build the import task."));
        QCOMPARE(d.sprints.at(0).tasks().size(), 2);
    }
    // "| # | Ticket | Status |" under "## Sprint 1: …" over "| 1.2 | Show the slots | 🔲 Todo |":
    // tickets numbered after their sprint, the number their id and the Ticket cell their
    // title; a number of another sprint ("2.1" in sprint 1) is no ticket of it.
    void sprintNumberedTicketRows()
    {
        const TrdDocument d = TrdParser::parse(
            "# Backlog\n\n## Sprint 1: Reservations\n\n| # | Ticket | Status | Owner |\n"
            "|---|---|---|---|\n| 1.1 | Add the table | \xE2\x9C\x85 Done | Backend |\n"
            "| 1.2 | Show the slots | \xF0\x9F\x94\xB2 Todo | Frontend |\n"
            "| 2.1 | Export the schedule | Todo | Backend |\n",
            QStringLiteral("docs/backlog.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("1.1"), QStringLiteral("1.2")}));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Show the slots"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Todo);
        QCOMPARE(d.sprints.at(0).tasks().size(), 2);
        const TrdDocument notes =
            TrdParser::parse("# Release notes\n\n| # | Ticket | Status |\n|---|---|---|\n"
                             "| 1.1 | Add the table | Done |\n",
                             QStringLiteral("docs/notes.md"));
        QVERIFY(notes.tasks.isEmpty());
    }
    // "- [GH7-002 - Humidity alerts](tickets/GH7-002.md) - P1 - todo" under "## Tickets": the
    // ticket's id, title, priority and status; completing writes "done" over the status word,
    // reopening "todo". A line whose last part is no status only names a ticket.
    void ticketLinesEndInTheirStatus()
    {
        const QByteArray bytes =
            "# Sprint 07 - Sensors\n\n## Tickets\n"
            "- [GH7-001 - Sensor registry](tickets/GH7-001.md) - P0 - done\n"
            "- [GH7-002 - Humidity alerts](tickets/GH7-002.md) - P1 - todo\n"
            "- [GH7-003 - Firmware check](tickets/GH7-003.md) - P2 - in_progress\n"
            "- GH7-009 - Vendor call - next week\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/backlog/sprint-07.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("GH7-001"), QStringLiteral("GH7-002"),
                                          QStringLiteral("GH7-003")}));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Humidity alerts"));
        QCOMPARE(d.tasks.at(1).priority, QStringLiteral("P1"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Todo);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::InProgress);
        auto edit = [](const QByteArray& in, const TaskChange& c) {
            const TrdDocument doc = TrdParser::parse(in, QStringLiteral("docs/backlog/s.md"));
            QList<TrdPatch> patches;
            QString why;
            if (TrdEditor::plan(in, doc, c, &patches, &why) != TrdEditor::Result::Ok)
                return QByteArray();
            QByteArray out = in;
            return TrdEditor::apply(&out, patches) ? out : QByteArray();
        };
        const QByteArray done = edit(bytes, TrdEditor::complete(d, d.tasks.at(1)));
        QVERIFY(done.contains("(tickets/GH7-002.md) - P1 - done\n"));
        const QByteArray open = edit(bytes, TrdEditor::reopen(d, d.tasks.at(0)));
        QVERIFY(open.contains("(tickets/GH7-001.md) - P0 - todo\n"));
        const TrdDocument after = TrdParser::parse(done, QStringLiteral("docs/backlog/s.md"));
        QCOMPARE(after.statusOf(after.tasks.at(1)), TaskStatus::Done);
    }
    // "- [card-101] **Title** (P0)" over nested "Status:", "Estimate:"/"Actual:" and "Depends
    // on:" items: a board whose ticket ids are in brackets, in lower case. The id, the bold
    // title, the priority, the status (rewritten in place), the hours (an estimate in
    // minutes; the actual time when no estimate is given) and the dependencies on the board's
    // own ids. A bracketed word that is no id ("[draft] **…**") stays no task.
    void bracketTicketsOverTheirFields()
    {
        const QByteArray bytes = "# Sprint Board\n\n## Tickets\n\n"
                                 "- [card-101] **Model the invoices** (P0)\n"
                                 "  - Status: ✅ Done\n"
                                 "  - Actual: 1.5d\n\n"
                                 "- [card-102] **Render a PDF** (P1)\n"
                                 "  - Status: In Progress\n"
                                 "  - Estimate: 45 min\n"
                                 "  - Depends on: card-101\n\n"
                                 "- [card-103] **Send reminders** (P2)\n"
                                 "  - Status: Not started\n"
                                 "  - Actual: 1h\n"
                                 "  - Estimate: 3 hours\n"
                                 "  - Depends on: card-101, card-102 and the mail relay\n\n"
                                 "- [draft] **Ideas for later**\n"
                                 "  - Status: open\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("sprints/board.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("card-101"), QStringLiteral("card-102"),
                                          QStringLiteral("card-103")}));
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Model the invoices"));
        QCOMPARE(d.tasks.at(0).priority, QStringLiteral("CRITICAL"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::InProgress);
        QCOMPARE(d.tasks.at(0).estimate, QStringLiteral("1.5d"));
        QCOMPARE(d.tasks.at(0).hours, 12.0);
        QCOMPARE(d.tasks.at(1).hours, 0.75);
        QCOMPARE(d.tasks.at(2).hours, 3.0); // its estimate, not the hour it has taken so far
        QCOMPARE(d.tasks.at(2).dependencies,
                 (QStringList{QStringLiteral("card-101"), QStringLiteral("card-102")}));
        QCOMPARE(d.prerequisitesOf(QStringLiteral("card-102")),
                 QStringList{QStringLiteral("card-101")});
        QList<TrdPatch> patches;
        QString why;
        QCOMPARE(TrdEditor::plan(bytes, d, TrdEditor::complete(d, d.tasks.at(1)), &patches, &why),
                 TrdEditor::Result::Ok);
        QByteArray done = bytes;
        QVERIFY(TrdEditor::apply(&done, patches));
        QVERIFY(done.contains("- [card-102] **Render a PDF** (P1)\n  - Status: ✅ Done\n"));
        const TrdDocument after = TrdParser::parse(done, QStringLiteral("sprints/board.md"));
        QCOMPARE(after.tasks.size(), 3);
        QCOMPARE(after.statusOf(after.tasks.at(1)), TaskStatus::Done);
    }
    // "| WP | Title | Size | Depends |" over bare numbers: work packages, known as "WP-01" (the
    // abbreviation over the column, a hyphen, the number); the Depends cell names numbers.
    // A table of numbered rows under another header ("| Step |", "| No |") is no such list.
    void workPackageTables()
    {
        const QByteArray bytes = "# Tasks\n\n## Tasks\n\n"
                                 "| WP | Title | Size | Depends |\n|---|---|---|---|\n"
                                 "| 01 | Write the format down | M | -- |\n"
                                 "| 02 | Stream the reader | L | 01 |\n"
                                 "| 03 | Import screen | L | 01, 02 (03 if strict) |\n\n"
                                 "| Step | Title | Depends |\n|---|---|---|\n"
                                 "| 1 | Open the file | -- |\n| 2 | Read it | 1 |\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("st/ST0056/tasks.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("WP-01"), QStringLiteral("WP-02"),
                                          QStringLiteral("WP-03")}));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Stream the reader"));
        QCOMPARE(d.prerequisitesOf(QStringLiteral("WP-03")),
                 (QStringList{QStringLiteral("WP-01"), QStringLiteral("WP-02")}));
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Blocked); // WP-01 is not done
    }
    // Numbered rules and findings about the system are no work: "### INV-01 …" under an
    // invariants heading, "### EXP-01 …" under known exposures. A heading that is all code
    // ("### `todo`", a CLI's command) is no task section: the bold items under it are no
    // tasks, with or without a task elsewhere in the document.
    void invariantsAndCommandHeadingsAreNoWork()
    {
        const QByteArray bytes = "# CLI plan\n\n## Tasks\n\n### TRD-001: Port the parser (3h)\n\n"
                                 "## Surface-wide invariants\n\n"
                                 "### INV-01 -- Errors exit 1\n\nText.\n\n"
                                 "## Known exposures\n\n### EXP-01 -- Help can drift\n\n"
                                 "## Family: `todo`\n\n### `todo`\n\n"
                                 "- **Arguments:** none\n- **stdout:** the list, DONE last\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/TRD/cli.md"));
        QCOMPARE(taskIds(d), QStringList{QStringLiteral("TRD-001")});
        const QByteArray rest = QByteArray(bytes).replace("### TRD-001: Port the parser (3h)\n\n",
                                                          "");
        const TrdDocument none = TrdParser::parse(rest, QStringLiteral("docs/TRD/cli.md"));
        QCOMPARE(none.tasks.size(), 0);
    }
    // "| # | Item | Effort |" over "| Q1 | Guard the context | 0.5d |": short ids with their
    // titles under an "Item" column; a build order's sprints then list them by id at the
    // start of each entry ("**Q2 Graph edges** — …"), joined ("**Q3 …** + **Q4 …**") or as a
    // range ("**Q5-Q6** …"). An id named later in the words is no entry of the sprint.
    void sprintsListShortIdsATableDefines()
    {
        const QByteArray bytes = "# Adoption plan\n\n## Picks\n\n"
                                 "| # | Item | Effort |\n|---|---|---|\n"
                                 "| Q1 | Guard the context | 0.5d |\n| Q2 | Graph edges | 3-4d |\n"
                                 "| Q3 | Citation check | 1d |\n| Q4 | Fact check | 1d |\n"
                                 "| Q5 | Skill files | 0.5d |\n| Q6 | Mode entries | 1d |\n\n"
                                 "## Build order\n\n### Sprint 1 — Quick wins\n\n"
                                 "- **Q1 Guard the context** (0.5d) — first.\n"
                                 "- **Q2 Graph edges** — needs Q6 later.\n\n"
                                 "### Sprint 2 — Verifiers\n\n"
                                 "- **Q3 Citation check** + **Q4 Fact check** — a chain.\n"
                                 "- **Q5-Q6** all the files.\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/plans/adopt.md"));
        QCOMPARE(d.tasks.size(), 6);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Guard the context"));
        QCOMPARE(d.totalHours(), 8 * 8.0); // 8 days, the range at its upper end
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(0).tasks(),
                 (QStringList{QStringLiteral("Q1"), QStringLiteral("Q2")}));
        QCOMPARE(d.sprints.at(1).tasks(),
                 (QStringList{QStringLiteral("Q3"), QStringLiteral("Q4"), QStringLiteral("Q5"),
                              QStringLiteral("Q6")}));
    }
    // Japanese and Chinese field keys ("工数: 0.5h", "見積もり：3h", "依存: Task 1.1",
    // "依赖：T1", "状态：进行中"), also after a full-width colon; a dependency on a short id the
    // document defined; a "Dep" column naming the number an earlier row has as its id.
    void localizedFieldsAndNumberedDependencies()
    {
        const QByteArray cjk = "# 计划\n\n## 任务\n\n- [ ] **T1**: 搭建项目\n  - 预估：2h\n"
                               "- [ ] **T2**: 接口设计\n  - 工数: 4h\n  - 依赖：T1\n"
                               "  - 状态：进行中\n";
        const TrdDocument d = TrdParser::parse(cjk, QStringLiteral("docs/plans/zh.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("T1"), QStringLiteral("T2")}));
        QCOMPARE(d.tasks.at(0).hours, 2.0);
        QCOMPARE(d.tasks.at(1).hours, 4.0);
        QCOMPARE(d.prerequisitesOf(QStringLiteral("T2")), QStringList{QStringLiteral("T1")});
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::InProgress);
        const QByteArray table = "# Plan\n\n## Phase 1: Foundation\n\n"
                                 "| # | Task | Owner | Est. Hours | Dep |\n|---|---|---|---|---|\n"
                                 "| 1.1 | Create the repository | Lead | 2 | — |\n"
                                 "| 1.2 | Set up the build | Dev | 4 | 1.1 |\n\n"
                                 "## Now\n\n| Task | Owner | Est. Time |\n|---|---|---|\n"
                                 "| Script the import | Backend | 2–3 hrs |\n";
        const TrdDocument t = TrdParser::parse(table, QStringLiteral("docs/plans/p.md"));
        QCOMPARE(t.tasks.size(), 3);
        QCOMPARE(t.prerequisitesOf(QStringLiteral("1.2")), QStringList{QStringLiteral("1.1")});
        QCOMPARE(t.tasks.at(2).title, QStringLiteral("Script the import"));
        QCOMPARE(t.tasks.at(2).hours, 3.0);
    }
    // "| # | Task | Est. | Dep |" over "| 1.1 | … |", "| 1.2 | … |" outside any sprint: the
    // dotted numbers are the rows' ids, and the Dep cell names them. Not when one row is
    // numbered otherwise ("2"): then they are numbers of sections, and the rows go by title.
    void dottedRowNumbersAreIds()
    {
        const QByteArray bytes =
            "# Plan\n\n## Tasks\n\n| # | Task | Est. | Dep |\n|---|---|---|---|\n"
            "| 1.1 | Start the login | 2h | — |\n"
            "| 1.2 | Verify the code | 3h | 1.1 |\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/plans/p.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("1.1"), QStringLiteral("1.2")}));
        QCOMPARE(d.prerequisitesOf(QStringLiteral("1.2")), QStringList{QStringLiteral("1.1")});
        const TrdDocument mixed =
            TrdParser::parse(QByteArray(bytes).append("| 2 | Ship it | 1h | — |\n"),
                             QStringLiteral("docs/plans/p.md"));
        QCOMPARE(mixed.tasks.size(), 3);
        QVERIFY(TrdTask::isImplicitId(mixed.tasks.at(0).id));
    }
    // T-shirt sizes ("**Estimate**: Small", "Size: M", a Size or Est. column of "S"/"XL") are
    // shown as written, count no hours and are no missing estimate; "Size: 2 MB" is no size.
    void tShirtSizesAreEstimatesAsWritten()
    {
        const QByteArray bytes = "# Plan\n\n## Tasks\n\n- [ ] **T-1**: Write the script\n"
                                 "  - **Estimate**: Small\n- [ ] **T-2**: Add the helpers\n"
                                 "  - Size: XL\n- [ ] **T-3**: Pack the release\n"
                                 "  - Size: 2 MB\n\n| WP | Title | Size | Depends |\n"
                                 "|---|---|---|---|\n| 01 | Design | M | -- |\n"
                                 "| 02 | Build | 3h | 01 |\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/plans/p.md"));
        QCOMPARE(d.tasks.size(), 5);
        QCOMPARE(d.tasks.at(0).estimate, QStringLiteral("Small"));
        QCOMPARE(d.tasks.at(1).estimate, QStringLiteral("XL"));
        QVERIFY(d.tasks.at(2).estimate.isEmpty());
        QCOMPARE(d.tasks.at(3).estimate, QStringLiteral("M"));
        QVERIFY(!d.tasks.at(3).hasHours());
        QCOMPARE(d.tasks.at(4).hours, 3.0);
        QCOMPARE(d.totalHours(), 3.0);
        QStringList noHours;
        for (const Diagnostic& g : d.diagnostics) {
            if (g.code == u"trd-task-no-hours")
                noHours << g.message;
        }
        QCOMPARE(noHours, QStringList{QStringLiteral("T-3 has no estimate")});
    }
    // A fenced block in a quote ("> ```elixir" … "> ```") is closed by its quoted fence, and
    // ends with the quote when a line is no longer quoted: neither is an unclosed fence. A
    // fence outside any quote that runs to the end still is.
    void quotedFencesCloseWithTheirQuote()
    {
        auto unclosed = [](const QByteArray& bytes) {
            const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/TRD/q.md"));
            int n = 0;
            for (const Diagnostic& g : d.diagnostics)
                n += g.code == u"trd-unclosed-fence" ? 1 : 0;
            return std::pair{n, d.tasks.size()};
        };
        const QByteArray head = "# P\n\n- [ ] **T-1**: Do it (2h)\n\n";
        const QByteArray tail = "\n- [ ] **T-2**: More (1h)\n";
        QCOMPARE(unclosed(head + "> Notes:\n>\n> ```elixir\n> x = 1\n> ```\n>\n> done\n" + tail),
                 (std::pair{0, qsizetype(2)}));
        QCOMPARE(unclosed(head + "> ```elixir\n> x = 1\n" + tail), (std::pair{0, qsizetype(2)}));
        QCOMPARE(unclosed(head + "```elixir\nx = 1\n" + tail), (std::pair{1, qsizetype(1)}));
    }
    // A Status cell saying the work was given up ("🗄️ Archived", "Cancelled") closes the row,
    // as "[~] skipped" closes a box; a title with such a word is no status.
    void givenUpStatusCellsCloseTheRow()
    {
        const QByteArray bytes =
            "# Board\n\n## Backlog\n\n| ID | Task | Est | Status |\n"
            "|---|---|---|---|\n| PL-1 | Show archived projects | 2h | Todo |\n"
            "| PL-2 | Old pipeline | 3h | \xF0\x9F\x97\x84\xEF\xB8\x8F Archived |\n"
            "| PL-3 | Legacy export | 1h | Cancelled |\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/plans/b.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Todo);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(1).markerText, QStringLiteral("🗄️ Archived"));
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Done);
    }
    // A file that is one ticket: its front matter's id, title and status ("status: TODO"),
    // or a title led by an id over a "## Status" section holding one word ("- done"). The
    // status word is what completing and reopening rewrite, in the file's own case. An ADR's
    // "status: accepted" and a titled note without a Status section are no ticket.
    void ticketFilesAreOneTask()
    {
        const QByteArray yaml =
            "---\nid: route-export\ntitle: Export routes as CSV\ntype: task\nstatus: TODO\n"
            "estimate_days: 1\n---\n\n## Description\n\nOne row per stop.\n";
        const TrdDocument y = TrdParser::parse(yaml, QStringLiteral("docs/tasks/route-export.md"));
        QCOMPARE(taskIds(y), QStringList{QStringLiteral("route-export")});
        QCOMPARE(y.tasks.at(0).title, QStringLiteral("Export routes as CSV"));
        QCOMPARE(y.tasks.at(0).hours, 8.0);
        QCOMPARE(y.statusOf(y.tasks.at(0)), TaskStatus::Todo);
        QList<TrdPatch> patches;
        QString why;
        QCOMPARE(TrdEditor::plan(yaml, y, TrdEditor::complete(y, y.tasks.at(0)), &patches, &why),
                 TrdEditor::Result::Ok);
        QByteArray done = yaml;
        QVERIFY(TrdEditor::apply(&done, patches));
        QVERIFY(done.contains("\nstatus: DONE\n"));
        const TrdDocument d = TrdParser::parse(done, QStringLiteral("docs/tasks/route-export.md"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);

        const TrdDocument h = TrdParser::parse(
            "# GH6-003 - Misting schedule\n\n## Scope\n- Store a window per bench.\n\n"
            "## Status\n- done\n",
            QStringLiteral("docs/backlog/tickets/GH6-003.md"));
        QCOMPARE(taskIds(h), QStringList{QStringLiteral("GH6-003")});
        QCOMPARE(h.tasks.at(0).title, QStringLiteral("Misting schedule"));
        QCOMPARE(h.statusOf(h.tasks.at(0)), TaskStatus::Done);

        const TrdDocument adr = TrdParser::parse(
            "---\nid: ADR-0004\ntitle: Use a queue\nstatus: accepted\n---\n\n# Use a queue\n",
            QStringLiteral("docs/adr/0004-queue.md"));
        QVERIFY(adr.tasks.isEmpty());
        const TrdDocument note =
            TrdParser::parse("# GH6-004 - Vendor notes\n\n## Findings\n- The API pages by 50.\n",
                             QStringLiteral("docs/backlog/tickets/GH6-004.md"));
        QVERIFY(note.tasks.isEmpty());
    }
    // "- [~] 3.2 Add the indexes *Skipped: deferred*": a half-done box over work given up is
    // closed, not under way; "- [~] Show the forecast" alone stays in progress.
    void tildeBoxClosedByItsWords()
    {
        const TrdDocument d = TrdParser::parse(
            "# Tasks: Feeder\n\n## 1. Sensors\n- [x] 1.1 Wire the cell\n"
            "- [~] 1.2 Add a perch cell *Skipped: one is enough.*\n- [~] 1.3 Show the forecast\n"
            "- [~] 1.4 Email digest - **no longer needed**\n",
            QStringLiteral("docs/plans/feeder-tasks.md"));
        QCOMPARE(d.tasks.size(), 4);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks.at(3)), TaskStatus::Done);
    }
    // Broken ticket headers: an empty value, a bare "**:**", a key longer than any field's,
    // a status with no words, and a header of fields running on for hundreds of lines. None
    // is read as a field; the scan stops after 60 header lines.
    void ticketFileBrokenHeaders()
    {
        for (const QByteArray& header :
             {QByteArray("**Status:**\n"), QByteArray("**:** done\n"),
              QByteArray("**Estimatedeffortforthewholeofthisticket:** 2 hours\n"),
              QByteArray("- **Status**: ⏳\n"), QByteArray("**Status** done\n")}) {
            const TrdDocument d =
                TrdParser::parse("# TSK-09: Glaze the test tiles\n\n" + header + "\n## Notes\n",
                                 QStringLiteral("tickets/x.md"));
            QVERIFY2(d.tasks.isEmpty(), header.constData());
        }
        QByteArray longHeader = "# TSK-10: Sort the shelves\n\n";
        for (int i = 0; i < 500; ++i)
            longHeader += "**Owner:** the studio\n";
        longHeader += "**Status:** done\n";
        QVERIFY(TrdParser::parse(longHeader, QStringLiteral("tickets/x.md")).tasks.isEmpty());
    }
    // A sprint's committed stories, sized in points and tracked: "| Story | Points | Status |"
    // over ids ("US-3.1", work here, not requirements) or over the stories' words; "| Issue |
    // Story | Points | Status |" over "#1"; "| SCRUM-10 (Jira Onboarding) | 8 |" titled by the
    // words in parentheses. A PRD's "| Story | Priority |" stays requirements.
    void storyPointTables()
    {
        TrdDocument d =
            TrdParser::parse("# Sprint 3: Transcription\n\n## Sprint Progress\n\n"
                             "| Story | Points | Status | Assignee |\n|---|---|---|---|\n"
                             "| US-3.1 | 5 | Not Started | - |\n| US-3.2 | 3 | In Progress | - |\n",
                             QStringLiteral("docs/sprints/sprint-3.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("US-3.1"), QStringLiteral("US-3.2")}));
        QCOMPARE(d.tasks.at(0).points, 5.0);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::InProgress);
        d = TrdParser::parse(
            "# Sprint 1\n\n| Issue | Story | Points | Status |\n|---|---|---|---|\n"
            "| #1 | Upload a CSV | 2 | ✅ Done |\n| #10 | Read Excel | 1 | To Do |\n",
            QStringLiteral("docs/sprints/sprint-1.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("#1"), QStringLiteral("#10")}));
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Upload a CSV"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        d = TrdParser::parse("# Sprint 1: Foundations\n\n## Committed stories\n\n"
                             "| Story | Points | Status |\n| --- | --- | --- |\n"
                             "| Project skeleton (app, tests, CI) | 3 | Done |\n"
                             "| Backlog and roadmap | 2 | In Progress |\n",
                             QStringLiteral("docs/sprints/sprint-1.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Project skeleton (app, tests, CI)"));
        QCOMPARE(d.tasks.at(1).points, 2.0);
        d = TrdParser::parse("# Sprint 0\n\n| Story | Points | Status |\n|---|---|---|\n"
                             "| KILN-10 (Shelf map) | 8 | In Progress |\n"
                             "| **Total** | **8** | -- |\n",
                             QStringLiteral("docs/sprints/sprint-0.md"));
        QCOMPARE(taskIds(d), QStringList{QStringLiteral("KILN-10")});
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Shelf map"));
        d = TrdParser::parse("# PRD: Glaze log\n\n## User stories\n\n| Story | Priority |\n"
                             "|---|---|\n| US-1 | High |\n| US-2 | Low |\n",
                             QStringLiteral("docs/prd/glaze.md"));
        QVERIFY(d.tasks.isEmpty());
    }
    // Obsidian Tasks' fields after a task's words: dates ("📅 2026-01-14", "⏳", "🛫", "➕"),
    // priorities ("🔺", "⏫", "🔼", "🔽", "⏬") and repeats ("🔁"). The title ends before them and
    // the sign is the priority; a sign without a date in the words ("⏳ Pending") is no field.
    void obsidianTaskFields()
    {
        const TrdDocument d = TrdParser::parse(
            "# Studio tasks\n\n## This week\n\n- [ ] Draft the price list 📅 2026-01-14 ⏫\n"
            "- [ ] Call the clay supplier 🔼 🛫 2026-01-10\n- [ ] Sort the glazes 🔽 "
            "#studio\n"
            "- [ ] Water the plants 🔁 every week\n- [x] Mail the flyer ✅ 2026-01-09\n",
            QStringLiteral("docs/tasks.md"));
        QCOMPARE(d.tasks.size(), 5);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Draft the price list"));
        QCOMPARE(d.tasks.at(0).priority, QStringLiteral("HIGH"));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Call the clay supplier"));
        QCOMPARE(d.tasks.at(1).priority, QStringLiteral("MEDIUM"));
        QCOMPARE(d.tasks.at(2).priority, QStringLiteral("LOW"));
        QCOMPARE(d.tasks.at(3).title, QStringLiteral("Water the plants"));
        QCOMPARE(d.tasks.at(4).title, QStringLiteral("Mail the flyer"));
        QCOMPARE(d.statusOf(d.tasks.at(4)), TaskStatus::Done);
        // Reopened, the box is blank and the done date goes with its sign.
        const QByteArray bytes = "# Studio\n\n- [ ] Sweep\n- [x] Mail the flyer ✅ 2026-01-09\n";
        const TrdDocument two = TrdParser::parse(bytes, QStringLiteral("docs/tasks.md"));
        QList<TrdPatch> patches;
        QString why;
        QCOMPARE(
            TrdEditor::plan(bytes, two, TrdEditor::reopen(two, two.tasks.at(1)), &patches, &why),
            TrdEditor::Result::Ok);
        QByteArray open = bytes;
        QVERIFY(TrdEditor::apply(&open, patches));
        QCOMPARE(open, QByteArray("# Studio\n\n- [ ] Sweep\n- [ ] Mail the flyer\n"));
    }
    // A kanban board in markdown (Obsidian's plugin, a TODO.md in lanes): a blank box in the
    // "Doing" or "Review" lane is under way, in "Blocked" stuck; a ticked box is done in any
    // lane, and completing a card ticks it. "[[Note|Words]]" shows the words. A guide's
    // "## ✅ Completed" over "### Testing" checks is no board: the checks stay criteria.
    void kanbanLanes()
    {
        const QByteArray bytes =
            "---\nkanban-plugin: basic\n---\n\n## Backlog\n\n"
            "- [ ] Order shelves\n\n## Doing ⚙️\n\n- [ ] Rewire the pedal\n\n"
            "## Review\n\n- [ ] [[Prices|Price the mugs]]\n\n## Blocked\n\n"
            "- [ ] Vent hood\n\n## Done (spring)\n\n- [x] [[Clay order]]\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/board.md"));
        QCOMPARE(d.tasks.size(), 5);
        QCOMPARE(d.documentClass, DocumentClass::Plan);
        const QList<TaskStatus> want{TaskStatus::Todo, TaskStatus::InProgress,
                                     TaskStatus::InProgress, TaskStatus::Blocked, TaskStatus::Done};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(d.statusOf(d.tasks.at(i)), want.at(i));
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Price the mugs"));
        QCOMPARE(d.tasks.at(4).title, QStringLiteral("Clay order"));
        QList<TrdPatch> patches;
        QString why;
        QCOMPARE(TrdEditor::plan(bytes, d, TrdEditor::complete(d, d.tasks.at(1)), &patches, &why),
                 TrdEditor::Result::Ok);
        QByteArray done = bytes;
        QVERIFY(TrdEditor::apply(&done, patches));
        QVERIFY(done.contains("- [x] Rewire the pedal\n"));
        TrdDocument after = TrdParser::parse(done, QStringLiteral("docs/board.md"));
        QCOMPARE(after.statusOf(after.tasks.at(1)), TaskStatus::Done);
        patches.clear();
        QCOMPARE(TrdEditor::plan(done, after, TrdEditor::reopen(after, after.tasks.at(1)), &patches,
                                 &why),
                 TrdEditor::Result::Ok);
        QVERIFY(TrdEditor::apply(&done, patches));
        QCOMPARE(done, bytes);

        const TrdDocument guide = TrdParser::parse(
            "# Deploy guide\n\n## ✅ Completed\n\n- [x] Config files\n\n## Checklist\n\n"
            "### Testing\n\n- [ ] Preview deploy works\n- [ ] Production deploy works\n",
            QStringLiteral("docs/deploy.md"));
        for (const TrdTask& t : guide.tasks)
            QVERIFY2(!t.title.contains(u"deploy works"), qPrintable(t.title));
    }
    // "## WIP 🔨" and "## On hold": lanes for the classifier as for the parser (one table of
    // lane words); a board of those two alone is a plan, its cards under way and stuck.
    void kanbanLaneWordsShared()
    {
        const TrdDocument d = TrdParser::parse("# Workshop\n\n## WIP 🔨\n\n- [ ] Sand the bench\n"
                                               "- [ ] Glue the drawer\n\n## On hold\n\n"
                                               "- [ ] Order varnish\n",
                                               QStringLiteral("docs/workshop.md"));
        QCOMPARE(d.documentClass, DocumentClass::Plan);
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Blocked);
        QCOMPARE(DocumentKind::laneOf(QStringView(u"In Progress (3)")),
                 DocumentKind::Lane::InProgress);
        QCOMPARE(DocumentKind::laneOf(QByteArrayView("🚧 Doing")), DocumentKind::Lane::InProgress);
        QCOMPARE(DocumentKind::laneOf(QByteArrayView("Done (spring)")), DocumentKind::Lane::Done);
        QCOMPARE(DocumentKind::laneOf(QStringView(u"Code Review")), DocumentKind::Lane::Review);
        QCOMPARE(DocumentKind::laneOf(QStringView(u"Done deals")), DocumentKind::Lane::None);
        QCOMPARE(DocumentKind::laneOf(QStringView(u"(3)")), DocumentKind::Lane::None);
    }
    // Work given up ("Cancelled", "Skipped", "Archived", "WONT_DO") closes a task the same way
    // wherever its status stands: a ticket's Status field, a Status cell, a half-done box.
    void givenUpStatusesClose()
    {
        const TrdDocument ticket =
            TrdParser::parse("# TSK-09: Paint the shed\n\n**Status:** ❌ Cancelled\n"
                             "**Estimate:** 3h\n\n## Notes\n\nThe shed goes.\n",
                             QStringLiteral("tickets/TSK-09.md"));
        QCOMPARE(taskIds(ticket), QStringList{QStringLiteral("TSK-09")});
        QCOMPARE(ticket.statusOf(ticket.tasks.at(0)), TaskStatus::Done);

        const TrdDocument table = TrdParser::parse(
            "# Shed plan\n\n## Tasks\n\n| ID | Task | Estimate | Status |\n|---|---|---|---|\n"
            "| T-1 | Sand the boards | 2h | Skipped |\n| T-2 | Prime the boards | 1h | Archived |\n"
            "| T-3 | Hang the door | 1h | To do |\n",
            QStringLiteral("docs/plan.md"));
        QCOMPARE(table.tasks.size(), 3);
        QCOMPARE(table.statusOf(table.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(table.statusOf(table.tasks.at(1)), TaskStatus::Done);
        QCOMPARE(table.statusOf(table.tasks.at(2)), TaskStatus::Todo);

        const TrdDocument boxes =
            TrdParser::parse("# Shed plan\n\n## Tasks\n\n- [~] Tile the roof, *archived* (2h)\n"
                             "- [~] Fit the gutter (1h)\n",
                             QStringLiteral("docs/plan.md"));
        QCOMPARE(boxes.tasks.size(), 2);
        QCOMPARE(boxes.statusOf(boxes.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(boxes.statusOf(boxes.tasks.at(1)), TaskStatus::InProgress);
    }
    // Obsidian Tasks' cancelled task: "[-]" and "❌ date" after its words. Closed, not under
    // way (a "[-]" without the date still is); reopening takes the sign and date away with
    // the box, as for "✅ date", and the task keeps its id.
    void obsidianCancelledTask()
    {
        const QByteArray bytes = "# Errands\n\n- [-] Call the venue ❌ 2026-01-08\n"
                                 "- [-] Draft the menu\n- [ ] Book the hall 📅 2026-02-01\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/errands.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Call the venue"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Todo);
        QList<TrdPatch> patches;
        QString why;
        QCOMPARE(TrdEditor::plan(bytes, d, TrdEditor::reopen(d, d.tasks.at(0)), &patches, &why),
                 TrdEditor::Result::Ok);
        QByteArray reopened = bytes;
        QVERIFY(TrdEditor::apply(&reopened, patches));
        QVERIFY2(reopened.startsWith("# Errands\n\n- [ ] Call the venue\n- [-] Draft the menu\n"),
                 reopened.constData());
        const TrdDocument after = TrdParser::parse(reopened, QStringLiteral("docs/errands.md"));
        QCOMPARE(after.tasks.at(0).id, d.tasks.at(0).id);
        QCOMPARE(after.statusOf(after.tasks.at(0)), TaskStatus::Todo);
    }
    // A ticket's own file: "# TSK-07: Title" (or "# T002: …", "# ID - Title") over header
    // fields: "**Status:** ⏳ To Do", "**Estimated Effort:** 2 hours", "**Story Points:** 3",
    // "**Dependencies:** …", "**Priority:** 🔥 P1 Critical". One task; completing rewrites the
    // status value in its style, reopening puts the original back. Without a status, the
    // ticket is to do and completing marks its title. Prose after "Status:" is no ticket's.
    void ticketFileHeaderFields()
    {
        auto roundTrip = [](const QByteArray& bytes, const QByteArray& doneText,
                            const QByteArray& reopened = QByteArray()) {
            const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("tickets/x.md"));
            QList<TrdPatch> patches;
            QString why;
            QCOMPARE(
                TrdEditor::plan(bytes, d, TrdEditor::complete(d, d.tasks.at(0)), &patches, &why),
                TrdEditor::Result::Ok);
            QByteArray done = bytes;
            QVERIFY(TrdEditor::apply(&done, patches));
            QVERIFY2(done.contains(doneText), done.constData());
            const TrdDocument after = TrdParser::parse(done, QStringLiteral("tickets/x.md"));
            QCOMPARE(after.tasks.size(), 1);
            QCOMPARE(after.statusOf(after.tasks.at(0)), TaskStatus::Done);
            patches.clear();
            QCOMPARE(TrdEditor::plan(done, after, TrdEditor::reopen(after, after.tasks.at(0)),
                                     &patches, &why),
                     TrdEditor::Result::Ok);
            QVERIFY(TrdEditor::apply(&done, patches));
            QCOMPARE(done, reopened.isEmpty() ? bytes : reopened);
        };
        const QByteArray stated = "# TSK-07: Wire the relay\n# FileName: TSK-07-relay.md\n\n"
                                  "**Priority:** 🔥 P1 Critical\n**Estimated Effort:** 2 hours\n"
                                  "**Dependencies:** TSK-01, TSK-03\n**Status:** ⏳ To Do\n\n"
                                  "## Overview\n\nRun the control lines.\n";
        TrdDocument d = TrdParser::parse(stated, QStringLiteral("tickets/x.md"));
        QCOMPARE(taskIds(d), QStringList{QStringLiteral("TSK-07")});
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Wire the relay"));
        QCOMPARE(d.tasks.at(0).hours, 2.0);
        QCOMPARE(d.tasks.at(0).priority, QStringLiteral("HIGH"));
        QCOMPARE(d.tasks.at(0).dependencies,
                 (QStringList{QStringLiteral("TSK-01"), QStringLiteral("TSK-03")}));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Todo); // TSK-01 is in another file
        roundTrip(stated, "**Status:** ✅ Done\n");

        const QByteArray points = "# T002: Create the migration\n\n**Status:** 🔵 In Progress\n"
                                  "**Story Points:** 3\n\n## Description\n\nText.\n";
        d = TrdParser::parse(points, QStringLiteral("tickets/x.md"));
        QCOMPARE(taskIds(d), QStringList{QStringLiteral("T002")});
        QCOMPARE(d.tasks.at(0).points, 3.0);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::InProgress);
        roundTrip(points, "**Status:** ✅ Done\n",
                  QByteArray(points).replace("🔵 In Progress", "⏳ To Do"));

        const QByteArray unstated =
            "# TSK-02: Set up the repository\n\n* **Estimated Effort:** 1 Hour\n\n"
            "## Definition of Ready (DoR)\n\n* [ ] Task TSK-01 is complete and verified.\n"
            "* [ ] Git is installed.\n";
        d = TrdParser::parse(unstated, QStringLiteral("tickets/x.md"));
        QCOMPARE(taskIds(d), QStringList{QStringLiteral("TSK-02")});
        QCOMPARE(d.tasks.at(0).hours, 1.0);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Todo);
        roundTrip(unstated, "# TSK-02: Set up the repository ✅");

        // Front matter naming no ticket: the title and the header's field do.
        d = TrdParser::parse("---\nstatus: Completed\ncreated: 20250701\n---\n\n"
                             "# ST0009: Spread the glaze tests\n\n- **Status**: In Progress\n",
                             QStringLiteral("tickets/x.md"));
        QCOMPARE(taskIds(d), QStringList{QStringLiteral("ST0009")});
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::InProgress);

        // A report's opening sentence after "Status:" is no ticket's status.
        d = TrdParser::parse("# S001 — Key rotation\n\nStatus: **not yet ready to send.** "
                             "Rounds one to three closed clean, but a fourth reviewer found "
                             "more.\n",
                             QStringLiteral("tickets/x.md"));
        QVERIFY(d.tasks.isEmpty());
    }
    // Status cells as trackers write them: words joined by hyphens or underscores, review
    // columns, "Fixed", "wontfix". A cell saying the work is blocked puts the task in the
    // Blocked column (no dependency needed), and reopening another task does not copy it.
    void trackerStatusCells()
    {
        const QByteArray bytes =
            "# Kiln board\n\n## Tasks\n\n| ID | Task | Status |\n|---|---|---|\n"
            "| KB-1 | Wire the relay | in-progress |\n"
            "| KB-2 | Order shelves | not-started |\n"
            "| KB-3 | Flash the firmware | ⛔ Blocked |\n"
            "| KB-4 | Seal the door | Fixed |\n"
            "| KB-5 | Retire the old kiln | wontfix |\n"
            "| KB-6 | Chart the cones | In Review |\n"
            "| KB-7 | Log the firings | Done |\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/plans/kiln.md"));
        QCOMPARE(d.tasks.size(), 7);
        const QList<TaskStatus> want{
            TaskStatus::InProgress, TaskStatus::Todo,       TaskStatus::Blocked, TaskStatus::Done,
            TaskStatus::Done,       TaskStatus::InProgress, TaskStatus::Done};
        for (int i = 0; i < 7; ++i)
            QCOMPARE(d.statusOf(d.tasks.at(i)), want.at(i));
        QVERIFY(d.statusExplanation(d.tasks.at(2)).contains(u"marks it blocked"));
        QList<TrdPatch> patches;
        QString why;
        QCOMPARE(TrdEditor::plan(bytes, d, TrdEditor::reopen(d, d.tasks.at(6)), &patches, &why),
                 TrdEditor::Result::Ok);
        QByteArray reopened = bytes;
        QVERIFY(TrdEditor::apply(&reopened, patches));
        QVERIFY(reopened.contains("| KB-7 | Log the firings | not-started |\n"));
        const TrdDocument after = TrdParser::parse(reopened, QStringLiteral("docs/plans/kiln.md"));
        QCOMPARE(after.statusOf(after.tasks.at(6)), TaskStatus::Todo);
    }
    // "## Sprint 1" › "- [KLN-1] **Fire the test tiles**": a sprint list naming, in brackets,
    // a task the plan defines above or below it. It places the task in the sprint; it does
    // not define it a second time, whichever comes first.
    void bracketedSprintEntriesNameDefinedTasks()
    {
        const QByteArray defs = "## Tasks\n\n**KLN-1: Fire the test tiles** (2h)\n\n"
                                "**KLN-2: Log the cones** (3h)\n\n";
        const QByteArray sprint = "## Sprint 1: Firing\n\n- [KLN-1] **Fire the test tiles**\n"
                                  "- [KLN-2] **Log the cones**\n\n";
        for (const QByteArray& bytes : {QByteArray("# Kiln plan\n\n" + defs + sprint),
                                        QByteArray("# Kiln plan\n\n" + sprint + defs)}) {
            const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("docs/TRD/kiln.md"));
            QCOMPARE(taskIds(d), (QStringList{QStringLiteral("KLN-1"), QStringLiteral("KLN-2")}));
            QCOMPARE(d.tasks.at(0).hours, 2.0);
            QCOMPARE(d.tasks.at(1).hours, 3.0);
            QCOMPARE(d.sprints.size(), 1);
            QCOMPARE(d.sprints.at(0).primary,
                     (QStringList{QStringLiteral("KLN-1"), QStringLiteral("KLN-2")}));
            for (const Diagnostic& x : d.diagnostics + TrdLint::check(d))
                QVERIFY2(x.code != u"trd-duplicate-id" && x.code != u"trd-task-no-hours",
                         qPrintable(x.message));
        }
    }
    // "🟡 Next", "🔄 Next Up", "🟡 Ready": a sign the key calls in progress over words that
    // say the work waits its turn; the words win. "✅ Ready for release" is still done.
    void waitingWordsAreToDo()
    {
        const TrdDocument d = TrdParser::parse(
            "# Sprint 4\n\n## Sprint 4: Firing log\n\n| ID | Task | Estimate | Status |\n"
            "|---|---|---|---|\n| FL-01 | Trim the sidebar | 2h | 🟡 Next |\n"
            "| FL-02 | Sort the firings | 1h | 🔄 Next Up |\n"
            "| FL-03 | Print shelf labels | 3h | 🔄 In Progress |\n"
            "| FL-04 | Ship the kiln view | 4h | ✅ Ready for release |\n"
            "| FL-05 | Cone chart | 1h | 🟡 Ready |\n",
            QStringLiteral("docs/sprints/sprint-4.md"));
        QCOMPARE(d.tasks.size(), 5);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Todo);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Todo);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks.at(3)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(4)), TaskStatus::Todo);
    }
    // "### Phase 1.1: Foundation" › "- ✅ Perch wiring (SPEC-044 v1.3)": a step ticked by its
    // emoji is the phase's work also when it cites a spec in a closing parenthesis; an id in
    // its words ("- ✅ Closed FD-12 and FD-14") still makes it no step.
    void phaseStepCitingASpec()
    {
        const TrdDocument d = TrdParser::parse(
            "# Feeder roadmap\n\n## Implementation Phases\n\n### Phase 1.1: Foundation\n"
            "- ✅ Perch wiring (SPEC-044 v1.3)\n- ✅ Seed gauge\n- ✅ Closed FD-12 and FD-14\n"
            "- [ ] Gauge on the dashboard\n",
            QStringLiteral("docs/ROADMAP.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Perch wiring (SPEC-044 v1.3)"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Todo);
    }
    // "## Prerequisites" › "- [ ] Task 01 (Kiln Setup) complete": the state another task must
    // reach first, no task of this plan; a prerequisite that is work ("- [ ] KS-4 Order the
    // shelves") stays one.
    void prerequisiteNamingAnotherTaskIsNoTask()
    {
        const TrdDocument d = TrdParser::parse(
            "# Task: Glaze log\n\n**Status**: In Progress\n\n## Prerequisites\n\n"
            "- [ ] Task 01 (Kiln Setup) complete\n- [ ] Task 02 (Shelf map) in progress or "
            "complete\n- [ ] KS-4 Order the shelves\n\n## Implementation Steps\n\n"
            "### Step 1: Add the log table\n\nA migration.\n\n### Step 2: Show the log\n\n"
            "A page.\n",
            QStringLiteral("docs/tasks/phase-1/03-glaze-log.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("KS-4"), QStringLiteral("Step 1"),
                                          QStringLiteral("Step 2")}));
    }
    // A dev log's "### TODO" › "- Keep the API token in the runtime environment": a bullet
    // right under a heading that only names a task list is a task, as a numbered one is. The
    // day's bullets above it record what was done and stay prose.
    void bulletsUnderATodoHeading()
    {
        const TrdDocument d =
            TrdParser::parse("## 2025-03-02\n\n- Wired the sensor feed into the dashboard\n"
                             "- Moved hosting to the new box\n\n### TODO\n\n"
                             "- Read from every sensor, not only the first one\n"
                             "- Let the window start be chosen, else use the last 24 hours\n"
                             "- Keep the API token in the runtime environment\n",
                             QStringLiteral("docs/devlog.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(0).title,
                 QStringLiteral("Read from every sensor, not only the first one"));
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Todo);
    }
    // "- [ ] Flujo de reembolso (7 días)": the days after a refund, trial or grace period are
    // that period's length, kept in the title; no estimate. The same words earlier in a title,
    // or hours after them, still estimate the work.
    void grantedPeriodIsNoEstimate()
    {
        const TrdDocument d =
            TrdParser::parse("# Plan de sprints\n\n### Sprint 3 — Pagos (Semana 6)\n"
                             "- [ ] Flujo de reembolso (7 días)\n- [ ] Free trial (14 days)\n"
                             "- [ ] Refund export for the kiln shop (2 days)\n- [ ] Grace (3h)\n",
                             QStringLiteral("docs/plans/pagos.md"));
        QCOMPARE(d.tasks.size(), 4);
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Flujo de reembolso (7 días)"));
        QVERIFY(!d.tasks.at(0).hasHours());
        QVERIFY(!d.tasks.at(1).hasHours());
        QCOMPARE(d.tasks.at(2).hours, 16.0);
        QCOMPARE(d.tasks.at(3).hours, 3.0);
    }
    // "## D57-1 -- Canon relocates": a design document numbers its decisions after the story
    // ("D<story>-<n>"); they are choices made, no tasks. One with an estimate is work.
    void numberedDesignDecisionsAreNoTasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# ST0012 -- Kiln logs as a projection\n\n## Objective\n\nKeep logs small.\n\n"
            "## D12-1 -- Logs move under the store, one file each\n\nWhy: fewer copies.\n\n"
            "## D12-2 -- `.kilnfiles` is durable state\n\nThe list is kept.\n\n"
            "## D12-3 -- Write the pruning job (4h)\n\nA job.\n",
            QStringLiteral("docs/st/ST0012/design.md"));
        QCOMPARE(taskIds(d), QStringList{QStringLiteral("D12-3")});
    }
    // "| ID | Title / Story | Priority | Status | Estimate |" over "| US-263 | … |": a sprint
    // backlog of user stories, each planned and tracked, is work; a PRD's story table with
    // neither status nor estimate stays requirements.
    void storyBacklogWithTitleStoryColumn()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln beta sprint\n\n### Sprint Backlog\n\n"
            "| ID | Title / Story | Priority | Status | Estimate |\n|---|---|---|---|---|\n"
            "| US-12 | **Kiln gate** — a code on every page | High | ⬜ To do | 3h |\n"
            "| US-13 | Glaze feedback page | High | ✅ Done | 2h |\n",
            QStringLiteral("docs/sprints/beta.md"));
        QCOMPARE(taskIds(d), (QStringList{QStringLiteral("US-12"), QStringLiteral("US-13")}));
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(0).hours + d.tasks.at(1).hours, 5.0);
        const TrdDocument prd = TrdParser::parse(
            "# Kiln PRD\n\n## Stories\n\n| ID | Title / Story | Priority |\n|---|---|---|\n"
            "| US-12 | Kiln gate | High |\n| US-13 | Glaze feedback | High |\n",
            QStringLiteral("docs/prd/kiln.md"));
        QVERIFY(prd.tasks.isEmpty());
    }
    // "| ID | Judul | … |" (Indonesian), "| ID | Zadanie | Opis | … |" (Polish): the column
    // named "title" or "task" in the team's language holds the titles.
    void titleColumnsInIndonesianAndPolish()
    {
        const TrdDocument id = TrdParser::parse(
            "# Backlog\n\n| ID | Judul | Status | Estimate |\n|---|---|---|---|\n"
            "| TASK-001 | Siapkan repo | done | 3h |\n| TASK-002 | Halaman pasar | todo | 2h |\n",
            QStringLiteral("docs/backlog.md"));
        QCOMPARE(id.tasks.size(), 2);
        QCOMPARE(id.tasks.at(0).title, QStringLiteral("Siapkan repo"));
        const TrdDocument pl =
            TrdParser::parse("# Backlog\n\n| ID | Zadanie | Opis | Status |\n|---|---|---|---|\n"
                             "| S0.1 | Porządki w dokumentacji | zgodność z kodem | TODO |\n"
                             "| S0.2 | Backlog PWA | manifest | DONE |\n",
                             QStringLiteral("docs/backlog.md"));
        QCOMPARE(pl.tasks.size(), 2);
        QCOMPARE(pl.tasks.at(1).title, QStringLiteral("Backlog PWA"));
    }
    // "### Tasks" › "#### 3.2 Create HomeLive Template" › "- [ ] Display the welcome message":
    // building a template is work; a heading naming a form to fill ("### Standup Template")
    // still holds blanks, no tasks.
    void buildingATemplateIsWork()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln chat plan\n\n## Phase 3: Home page\n\n### Tasks\n\n"
            "#### 3.1 Create the KilnLive module\n- [ ] Create `kiln_live.ex`\n\n"
            "#### 3.2 Create KilnLive Template\n- [ ] Create `kiln_live.html.heex`\n"
            "- [ ] Show the firing list\n\n## Standup Template\n\n- [ ] Task 1\n- [ ] Task 2\n",
            QStringLiteral("docs/IMPLEMENTATION_PLAN.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Show the firing list"));
        // "### ✅ Template Selection UI": a feature about templates, its tasks work.
        const TrdDocument f = TrdParser::parse(
            "# Next steps\n\n## Phase 1: Core (Week 1-2)\n\n### ✅ Template Selection UI\n\n"
            "**Tasks:**\n- [ ] Create the glaze template browser\n- [ ] Add template search\n\n"
            "### Template: Firing review\n\n- [ ] Task 1\n",
            QStringLiteral("docs/NEXT_STEPS.md"));
        QCOMPARE(f.tasks.size(), 2);
    }
    // "### ✅ WCAG 2.1 AA Compliance" › "**Tasks:**" › "- [ ] Fix color contrast": a feature
    // named with a criteria word ("compliance", "testing") whose list says it holds tasks.
    // Without the label such a section's boxes stay checks.
    void taskLabelOutweighsCriteriaWordsOfAFeature()
    {
        const TrdDocument d = TrdParser::parse(
            "# Next steps\n\n## Phase 6: Access (Week 11-12)\n\n### ✅ WCAG 2.1 AA Compliance\n\n"
            "**Tasks:**\n- [ ] Fix color contrast in the kiln list\n- [ ] Add skip links\n\n"
            "### ✅ A/B Testing Framework\n\n**Tasks:**\n- [ ] Add glaze feature flags\n\n"
            "### Release Testing Checklist\n\n- [ ] Login works\n",
            QStringLiteral("docs/NEXT_STEPS.md"));
        QCOMPARE(d.tasks.size(), 3);
    }
    // "| Feature ID | Feature Name | PRD Status | Task Status |": the spec's status says it is
    // written, the task's whether the work is done; the task's decides.
    void taskStatusColumnOutweighsSpecStatus()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln canvas narrative\n\n## Feature Planning\n\n"
            "| Feature ID | Feature Name | PRD Status | Task Status | Notes "
            "|\n|---|---|---|---|---|\n"
            "| KC-01 | Offline glaze queue | Defined | 🟢 **Done** (100%) | shipped |\n"
            "| KC-02 | Presence badges | Defined | 🟡 Partial (50%) | half |\n"
            "| KC-03 | Load tests | Defined | 🔴 Pending (0%) | later |\n",
            QStringLiteral("docs/NARRATIVE.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Todo);
    }
    // "## Task01:" and "## Task05 -- Icons" beside "## Task 02: Setup": the word glued to its
    // number names the same kind of task as with the space.
    void taskWordGluedToItsNumber()
    {
        const TrdDocument d = TrdParser::parse(
            "# Feature07: Glaze journal\n\n## Background\n\nWhy we log firings.\n\n"
            "## Task01:\n\n- [x] Import the kiln log\n\n## Task 02: Journal page\n\n"
            "- [x] Build the page\n\n## Task03 -- Photo upload\n\n- [ ] Resize the photos\n",
            QStringLiteral("docs/feature07_glaze_journal.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(0).id, QStringLiteral("Task 01"));
        QCOMPARE(d.tasks.at(2).id, QStringLiteral("Task 03"));
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Photo upload"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Todo);
    }
    // "### User Story 2.1" › "#### Backend (5 hours)", "#### Testing (2 hours)": the story's work
    // by kind, each part budgeted in hours; the testing part holds tasks like the others. A
    // "#### Testing" section with no hours of its own stays checks.
    void testingSectionBudgetedInHoursIsWork()
    {
        const TrdDocument d = TrdParser::parse(
            "# Sprint 4 board\n\n## Task List by User Story\n\n"
            "### User Story 2.1: Kiln booking (3 points)\n\n"
            "#### Backend (5 hours)\n- [ ] 2.1.1: Booking schema (2h) - Day 1\n"
            "- [ ] 2.1.2: Booking API (3h) - Day 2\n\n#### Testing (2 hours)\n"
            "- [ ] 2.1.3: API tests (1h) - Day 3\n- [x] 2.1.4: Booking e2e test (1h) - Day 3\n\n"
            "### User Story 2.2: Glaze list (2 points)\n\n#### Frontend (2 hours)\n"
            "- [ ] 2.2.1: Glaze table (2h) - Day 4\n\n#### Testing\n"
            "- [ ] The table sorts by name\n",
            QStringLiteral("docs/sprints/sprint-4/board.md"));
        QCOMPARE(d.tasks.size(), 5);
        double hours = 0;
        for (const TrdTask& t : d.tasks)
            hours += t.hours;
        QCOMPARE(hours, 9.0);
        QCOMPARE(d.statusOf(d.tasks.at(3)), TaskStatus::Done);
    }
    // "- [ ] Trial period implementation (14 days)": the title names the period ("trial
    // period", "refund window") before the work on it; the days are the period's, no estimate.
    // "Refund export for the kiln shop (2 days)" still estimates its work.
    void namedGrantedPeriodIsNoEstimate()
    {
        const TrdDocument d = TrdParser::parse("# Roadmap\n\n**Week 19-20: Billing**\n"
                                               "- [ ] Trial period implementation (14 days)\n"
                                               "- [ ] Refund window banner (30 days)\n"
                                               "- [ ] Refund export for the kiln shop (2 days)\n",
                                               QStringLiteral("docs/business/roadmap.md"));
        QCOMPARE(d.tasks.size(), 3);
        QVERIFY(!d.tasks.at(0).hasHours());
        QVERIFY(!d.tasks.at(1).hasHours());
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Trial period implementation (14 days)"));
        QCOMPARE(d.tasks.at(2).hours, 16.0);
    }
    // "**Acceptance Criteria**:" › "- [ ] Step 1: Book a slot": the steps of the flow a story
    // must offer, checked like the criteria beside them; "Step" numbers no task there. A
    // "Step 1" item in a plan's own list is still work.
    void stepsInAcceptanceCriteriaAreChecks()
    {
        const TrdDocument d = TrdParser::parse(
            "# Sprint 6 planning\n\n## User Story 6.1: Kiln tour\n\n**Acceptance Criteria**:\n"
            "- [ ] Tour starts on first login\n- [ ] Step 1: Book your first slot\n"
            "- [ ] Step 2: Add a glaze\n- [ ] The tour can be skipped\n\n## Task Breakdown\n\n"
            "### Task 6.1.1: Tour service\n**Estimate**: 2 hours\n\n## Setup\n\n"
            "- [ ] Step 1: Install the kiln driver\n",
            QStringLiteral("docs/sprints/sprint-6/planning.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).id, QStringLiteral("Task 6.1.1"));
        QCOMPARE(d.tasks.at(1).id, QStringLiteral("Step 1"));
    }
    // "### Week 1" › "#### Day 8: Testing Mode" › "- [ ] Build the dry-run view": a day of the
    // week's schedule, its work like the other days'; "Testing" names that work. A
    // "#### Testing" section there without its day stays checks.
    void daySlotHeadingsInAWeekAreWork()
    {
        const TrdDocument d =
            TrdParser::parse("# Kiln scheduler plan\n\n## Timeline\n\n### Week 2: Polish\n\n"
                             "#### Days 6-7: Presets\n- [ ] Add three firing presets\n\n"
                             "#### Day 8: Testing Mode\n- [ ] Build the dry-run view\n- [ ] Show "
                             "the expected curve\n\n"
                             "#### Day 9 - Release Testing\n- [x] Run the release checks\n\n"
                             "#### Testing\n- [ ] Dry run matches the real firing\n",
                             QStringLiteral("docs/features/kiln-scheduler-plan.md"));
        QCOMPARE(d.tasks.size(), 4);
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Build the dry-run view"));
        QCOMPARE(d.statusOf(d.tasks.at(3)), TaskStatus::Done);
    }
    // "### 2.1.1 File Reader" › "- [x] **Task 2.1.1 Complete**" › description › "- [x] 2.1.1.1
    // Create the reader": the box completes the heading's work, so the heading names the task
    // and the numbered steps under it are its subtasks, not tasks of their own.
    void headingCompletionBoxNamesTheTask()
    {
        const QByteArray bytes =
            "# Phase 2: Glaze parsing\n\n## 2.1 Reading\n\n### 2.1.1 Recipe Reader\n"
            "- [x] **Task 2.1.1 Complete**\n\nRead recipe files with their encoding.\n\n"
            "- [x] 2.1.1.1 Create `recipe_reader.ex`\n- [x] 2.1.1.2 Handle a BOM\n\n"
            "**Section 2.1 Unit Tests:**\n- [x] Test a valid recipe\n\n"
            "### 2.1.2 Recipe Validator\n- [ ] **Task 2.1.2 Complete** (needs the oxide table)\n"
            "- **Governed by:** ADR-004\n\n- [x] 2.1.2.1 Check the oxide sums\n"
            "- [ ] 2.1.2.2 Report unknown oxides\n\n"
            "### 2.1.3 Recipe Cache\n- [ ] **Task 2.1.3 Complete**\n\n"
            "- [ ] 2.1.3.1 Keep parsed recipes\n";
        const TrdDocument d = TrdParser::parse(bytes, QStringLiteral("notes/planning/phase-02.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(0).id, QStringLiteral("Task 2.1.1"));
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Recipe Reader"));
        QCOMPARE(d.tasks.at(0).subtasks.size(), 2);
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Recipe Validator"));
        QCOMPARE(d.tasks.at(1).subtasks.size(), 2);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::InProgress);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Todo);
        // A box naming another heading's number is no completion box.
        const TrdDocument other =
            TrdParser::parse("# Phase 3\n\n### 3.1.1 Kiln Log\n- [ ] **Task 3.1.2 Complete**\n\n"
                             "- [ ] 3.1.1.1 Store the log\n",
                             QStringLiteral("notes/planning/phase-03.md"));
        QVERIFY(other.tasks.size() >= 1);
        QCOMPARE(other.tasks.at(0).title, QStringLiteral("Complete"));
    }
    // "#### Task 3.1.1: Kiln Model Tests" › "**Actual:** 58 tests (387%)": a share of a target,
    // no time the task took. "**Actual:** 6" alone still is hours.
    void percentIsNoHours()
    {
        const TrdDocument d = TrdParser::parse(
            "# Section 3.1 review\n\n#### Task 3.1.1: Kiln Model Tests\n**Target:** 15 tests\n"
            "**Actual:** 58 tests (387%)\n\n#### Task 3.1.2: Glaze Reader Tests\n"
            "**Actual:** 6\n",
            QStringLiteral("docs/reviews/section-3-1-review.md"));
        QCOMPARE(d.tasks.size(), 2);
        QVERIFY(!d.tasks.at(0).hasHours());
        QCOMPARE(d.tasks.at(1).hours, 6.0);
    }
    // "- [ ] **M-S1: Rate limiter race**" beside "**H-S1**" and "**L2**": an audit's Medium
    // finding in its Security area, to fix like the others; "M-1" alone names a metric.
    void severityCodedFindingsAreWork()
    {
        const TrdDocument d = TrdParser::parse(
            "# Studio audit findings\n\n## High\n\n- [ ] **H-S1: Open redirect**\n\n## Medium\n\n"
            "- [ ] **M-S1: Rate limiter race**\n- [x] **M-B2: Kiln query runs per row**\n\n"
            "## Metrics\n\n- [ ] **M-1: Fewer than 3 failed logins a day**\n",
            QStringLiteral("FINDINGS.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(1).id, QStringLiteral("M-S1"));
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Done);
    }
    // "## 5.1 Kiln Client" › "- [x] **Task 5.1** Implement the kiln client" › "- [x] 5.1.1 …":
    // the box of the heading's work with a title of its own; the numbered steps below it
    // are its subtasks, as under a "Task 5.1 Complete" box.
    void titledHeadingBoxKeepsItsSteps()
    {
        const TrdDocument d = TrdParser::parse(
            "# Phase 5: Kiln link\n\n## 5.1 Kiln Client\n\n"
            "- [x] **Task 5.1** Implement the kiln client (Complete: 2025-01-26)\n\n"
            "The client speaks the controller's serial protocol.\n\n"
            "- [x] 5.1.1 Create `Kiln.Client`\n- [x] 5.1.2 Read the temperature\n\n"
            "## 5.2 Firing Programs\n\n- [ ] **Task 5.2** Store firing programs\n\n"
            "- [x] 5.2.1 Create the programs table\n- [ ] 5.2.2 Upload a program\n",
            QStringLiteral("notes/planning/phase-05.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).id, QStringLiteral("Task 5.1"));
        QVERIFY(d.tasks.at(0).title.startsWith(QStringLiteral("Implement the kiln client")));
        QCOMPARE(d.tasks.at(0).subtasks.size(), 2);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::InProgress);
    }
    // "- [x] 3 Phase - …" › "- [x] 3.1 Section - …" › "- [x] 3.1.1 Task {#id} [repo: x] - Title"
    // › "- [x] 3.1.1.1 Subtask {#id} - …": a plan written as one nested checklist. The phase
    // and section items group the work; each Task item is a task titled after its tags, its
    // Subtask items its subtasks.
    void nestedChecklistPlanReadsItsTaskItems()
    {
        const TrdDocument d = TrdParser::parse(
            "# Glaze Lab Phase 3 - Recipes\n\n- [ ] 3 Phase - Keep and share glaze recipes.\n\n"
            "  - [x] 3.1 Section - Store recipes.\n\n"
            "    - [x] 3.1.1 Task {#gl-p03-store} [repo: lab] [after: {#gl-p02-receipt}] - Store "
            "recipes with their oxides.\n\n      The store keeps every version.\n\n"
            "      - [x] 3.1.1.1 Subtask {#gl-p03-3-1-1-1} - Create the recipes table.\n"
            "      - [x] 3.1.1.2 Subtask {#gl-p03-3-1-1-2} - Refuse negative amounts.\n\n"
            "  - [ ] 3.2 Section - Share recipes.\n\n"
            "    - [ ] 3.2.1 Task {#gl-p03-share} [repo: lab] - Export a recipe as a card.\n\n"
            "      - [ ] 3.2.1.1 Subtask {#gl-p03-3-2-1-1} - Render the card.\n",
            QStringLiteral("docs/planning/glaze-lab/phase-03-recipes.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).id, QStringLiteral("3.1.1"));
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Store recipes with their oxides"));
        QCOMPARE(d.tasks.at(0).subtasks.size(), 2);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Export a recipe as a card"));
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Todo);
    }
    // "## Backlog 💭" › "- [ ] Try a crackle glaze": the lane's words are the card's
    // category; the emoji beside them is decoration. Signs that are part of the words stay.
    void categoryLeavesEmojiOut()
    {
        const TrdDocument d = TrdParser::parse(
            "# Studio board\n\n## Backlog \xF0\x9F\x92\xAD\n\n- [ ] Try a crackle glaze\n\n"
            "## \xE2\x9A\x99\xEF\xB8\x8F Doing\n\n- [ ] Fix the kiln lid\n\n"
            "## \xE2\x9C\x85 Done\n\n- [x] Order clay\n\n## C++ port\n\n- [ ] Port the timer\n",
            QStringLiteral("TODO.md"));
        QCOMPARE(d.tasks.size(), 4);
        QCOMPARE(d.tasks.at(0).category, QStringLiteral("Backlog"));
        QCOMPARE(d.tasks.at(1).category, QStringLiteral("Doing"));
        QCOMPARE(d.tasks.at(2).category, QStringLiteral("Done"));
        QCOMPARE(d.tasks.at(3).category, QStringLiteral("C++ port"));
    }
    // "## Master Task List" › "### PR 1: Export skeleton": a plan that delivers its tasks in
    // stacked pull requests groups them so, as others do in sprints. A "### PR 12: …" of a
    // review's notes is no such group, nor is "PR #12" or "PRD 2".
    void pullRequestsGroupTasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# TRD: Ledger export\n\n## Master Task List\n\n### PR 1: Export skeleton\n\n"
            "**Shippable State:** A user can download an empty file.\n\n"
            "- [ ] **TRD-001**: Add the export route [satisfies REQ-001] (3h)\n"
            "- [ ] **TRD-001-TEST**: Route tests [verifies TRD-001] [depends: TRD-001] (2h)\n\n"
            "### PR 2 \xE2\x80\x94 Rows\n\n"
            "- [x] **TRD-002** Write one row per entry (4h) [depends: TRD-001]\n\n"
            "## Review Notes\n\n### PR 12: Rename the route\n\nLooks fine.\n\n"
            "## Tasks\n\n### PR #3: Later\n\n- [ ] **TRD-003**: Quote fields (1h)\n",
            QStringLiteral("docs/TRD/ledger-export.md"));
        QCOMPARE(d.tasks.size(), 4);
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(0).name, QStringLiteral("PR 1: Export skeleton"));
        QCOMPARE(d.sprints.at(0).tasks(),
                 (QStringList{QStringLiteral("TRD-001"), QStringLiteral("TRD-001-TEST")}));
        QCOMPARE(d.sprints.at(1).name, QStringLiteral("PR 2: Rows"));
        QCOMPARE(d.sprints.at(1).tasks(), QStringList{QStringLiteral("TRD-002")});
    }
    // "| BUG-002 | Low | ____ | Open |", "- [ ]" with nothing after the box: blanks of a form
    // left to fill in. A row with an id and no title still names its task ("| SYNC-01 |").
    void fillInBlanksAreNoTasks()
    {
        const TrdDocument d =
            TrdParser::parse("# Studio Board\n\n## Bug Log\n\n"
                             "| ID | Severity | Description | Status |\n|----|----|----|----|\n"
                             "| BUG-001 | High | Glaze weights round down | Open |\n"
                             "| BUG-002 | Low | ____ | Open |\n"
                             "| BUG-003 | Low | **\\_\\_\\_\\_** | Open |\n",
                             QStringLiteral("docs/boards/studio-board.md"));
        QCOMPARE(d.tasks.size(), 1);
        QCOMPARE(d.tasks.at(0).id, QStringLiteral("BUG-001"));
        const TrdDocument boxes = TrdParser::parse(
            "# Standups\n\n## Day 1\n\n**Action Items**:\n\n- [x] Ana: sweep the kiln room\n"
            "- [ ]\n\n## Day 2\n\n**Action Items**:\n\n- [ ] \n",
            QStringLiteral("docs/sprints/standups.md"));
        QCOMPARE(boxes.tasks.size(), 1);
        QCOMPARE(boxes.tasks.at(0).title, QStringLiteral("Ana: sweep the kiln room"));
    }
    // spec-kit's "- [ ] T012 [P] [US1] Title": "[P]" (can run in parallel) and "[US1]" (the
    // user story served) sit between the id and the title. They are tags; read as the
    // title's end, every task with both was titled "[P]".
    void specKitMarkersAreTags()
    {
        const TrdDocument d = TrdParser::parse(
            "# Tasks: Kiln Log\n\n## Phase 3: User Story 1 - Log a firing (Priority: P1)\n\n"
            "- [X] T010 [P] [US1] Write the firing changeset test in test/kiln/firing_test.exs\n"
            "- [ ] T011 [US1] Add Kiln.log_firing/2 in lib/kiln.ex\n"
            "- [ ] T012 [P] Add the cone column to the firings table\n"
            "- [ ] T013 [US12] Show the firing list [depends: T011]\n",
            QStringLiteral("specs/003-kiln-log/tasks.md"));
        QCOMPARE(d.tasks.size(), 4);
        auto tags = [](const TrdTask& t) {
            for (const TrdField& f : t.fields) {
                if (f.key == u"Tags")
                    return f.value;
            }
            return QString();
        };
        QCOMPARE(d.tasks.at(0).title,
                 QStringLiteral("Write the firing changeset test in test/kiln/firing_test.exs"));
        QCOMPARE(tags(d.tasks.at(0)), QStringLiteral("P, US1"));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Add Kiln.log_firing/2 in lib/kiln.ex"));
        QCOMPARE(tags(d.tasks.at(1)), QStringLiteral("US1"));
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Add the cone column to the firings table"));
        QCOMPARE(tags(d.tasks.at(2)), QStringLiteral("P"));
        QCOMPARE(d.tasks.at(3).title, QStringLiteral("Show the firing list"));
        QCOMPARE(tags(d.tasks.at(3)), QStringLiteral("US12"));
    }
    // A flowchart whose names merely spell ids ("CHECK2 --> FIX2") pictures a process, not
    // the plan's dependencies: no edges, no findings on its nodes. A map drawn above the
    // tasks it links is still the plan's map.
    void processFlowchartsAreNoDependencyMaps()
    {
        const TrdDocument d =
            TrdParser::parse("# TRD: Glaze Mixer\n\n## Review loop\n\n```mermaid\nflowchart TB\n"
                             "    BUILD[\"BUILD\"] --> CHECK1[\"CHECK<br/>(tests)\"]\n"
                             "    CHECK1 --> |\"FAIL\"| FIX1[\"FIX\"]\n    FIX1 --> CHECK1\n"
                             "    CHECK1 --> |\"PASS\"| SHIP\n```\n\n"
                             "## Dependency Map\n\n```mermaid\ngraph LR\n"
                             "    GLZ-001 --> GLZ-002\n    GLZ-002 --> KILN\n```\n\n"
                             "## Tasks\n\n- [ ] **GLZ-001**: Weigh the frits (2h)\n"
                             "- [ ] **GLZ-002**: Mix the slurry (3h)\n",
                             QStringLiteral("docs/TRD/glaze-mixer.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.dependencies.size(), 1);
        QCOMPARE(d.dependencies.at(0).from, QStringLiteral("GLZ-001"));
        QCOMPARE(d.dependencies.at(0).to, QStringLiteral("GLZ-002"));
        QVERIFY(d.hasMermaidMap);
        // The map's stray node is a finding; the flowchart's nodes are none.
        QVERIFY2(hasDiag(d, QStringLiteral("trd-mermaid-node"), 18),
                 qPrintable(dump(d.diagnostics)));
        QVERIFY2(!hasDiag(d, QStringLiteral("trd-mermaid-node"), 7),
                 qPrintable(dump(d.diagnostics)));
        QVERIFY2(!hasDiag(d, QStringLiteral("trd-mermaid-node"), 10),
                 qPrintable(dump(d.diagnostics)));
        const Diagnostics lint = TrdLint::check(d);
        QVERIFY(std::none_of(lint.cbegin(), lint.cend(), [](const Diagnostic& g) {
            return g.code == u"trd-dependency-cycle" || g.code == u"trd-unknown-dependency";
        }));
    }
    // A task table defines the work, and later "### KLN-B001" headings hold notes on each
    // task (where to look, what to reuse): the heading adds to the row, it does not blank
    // its title or dependencies. A heading with no title and no row is still a finding.
    void notesHeadingKeepsTheRowsTitle()
    {
        const TrdDocument d = TrdParser::parse(
            "# TRD: Kiln Scheduler\n\n## Tasks\n\n"
            "| ID | Task | Depends on | Done when |\n|----|----|----|----|\n"
            "| KLN-P001 | Create the firing schema | | the migration runs |\n"
            "| KLN-B001 | Build the slot picker | KLN-P001 | two firings never overlap |\n\n"
            "## Implementation Notes\n\n### KLN-B001\n\n"
            "- **Touches:** `lib/kiln/slots.ex`.\n- **Careful:** firings cross midnight.\n\n"
            "### KLN-B002\n\n- **Touches:** `lib/kiln/report.ex`.\n",
            QStringLiteral("docs/TRD/kiln-scheduler.md"));
        QCOMPARE(taskIds(d), (QStringList{"KLN-P001", "KLN-B001", "KLN-B002"}));
        const TrdTask* b1 = d.task(QStringLiteral("KLN-B001"));
        QVERIFY(b1);
        QCOMPARE(b1->title, QStringLiteral("Build the slot picker"));
        QCOMPARE(b1->dependencies, QStringList{QStringLiteral("KLN-P001")});
        QVERIFY2(!hasDiag(d, QStringLiteral("trd-task-no-title"), b1->line),
                 qPrintable(dump(d.diagnostics)));
        QVERIFY2(hasDiag(d, QStringLiteral("trd-task-no-title"), 17),
                 qPrintable(dump(d.diagnostics)));
    }
    // "| GAP-013 | PropertyInfo | 50-200 | High |" under "| Gap ID | Function | LOC Estimate |
    // Complexity |": the size of the code to write, not hours of work. Read as hours, one
    // gap analysis totalled 939 hours from its lines of code.
    void linesOfCodeColumnIsNoEstimate()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Port Gaps\n\n## Sizes\n\n"
            "| ID | Task | LOC Estimate | Status |\n|----|----|----|----|\n"
            "| KP-1 | Port the cone table | 120 | Todo |\n"
            "| KP-2 | Port the ramp solver | 300-500 | Done |\n\n"
            "## Later\n\n| ID | Task | Test Count Estimate | Estimate |\n|----|----|----|----|\n"
            "| KP-3 | Port the vent timer | 12 | 3h |\n",
            QStringLiteral("docs/plans/kiln-port.md"));
        QCOMPARE(d.tasks.size(), 3);
        QVERIFY(!d.tasks.at(0).hasHours());
        QVERIFY(!d.tasks.at(1).hasHours());
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(2).hours, 3.0);
    }
    // "### GAP-UTIL-006 & GAP-UTIL-007: Title", "### CPUB-F002 / CPUB-F003 — Title": one
    // heading for two tasks of one family. The first was titled "& GAP-UTIL-007: …" and the
    // second was missing. A sentence naming two ids is no such heading.
    void headingNamesTwoTasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Port Gaps\n\n"
            "### KP-UTIL-006 & KP-UTIL-007: Cone table readers (4h)\n\nBoth read a CSV.\n\n"
            "### KP-F002 / KP-F003 \u2014 Vent timer card\n\nOne card.\n\n"
            "### KP-F004: Ramp solver\n\n- KP-F005 and KP-F006 can be done in parallel\n",
            QStringLiteral("docs/plans/kiln-port.md"));
        QStringList ids;
        for (const TrdTask& t : d.tasks)
            ids << t.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("KP-UTIL-006"), QStringLiteral("KP-UTIL-007"),
                                   QStringLiteral("KP-F002"), QStringLiteral("KP-F003"),
                                   QStringLiteral("KP-F004")}));
        QCOMPARE(d.tasks.at(0).title, QStringLiteral("Cone table readers"));
        QCOMPARE(d.tasks.at(1).title, QStringLiteral("Cone table readers"));
        QCOMPARE(d.tasks.at(0).hours + d.tasks.at(1).hours, 4.0);
        QCOMPARE(d.tasks.at(2).title, QStringLiteral("Vent timer card"));
        QCOMPARE(d.tasks.at(3).title, QStringLiteral("Vent timer card"));
    }
    // "**Expected:**" › "- [x] Completes within the window (10 minutes)": what a manual check
    // should show, not work. Read as tasks, a ticket's verification steps replaced the ticket
    // itself on the board, and "(10 minutes)" became an estimate.
    void expectedResultsAreNoTasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# KL-7: Verify the kiln alarms by hand\n\n**Status**: Todo\n\n"
            "## Steps\n\n### Load check\n\nStart ten kilns at once.\n\n"
            "**Expected:**\n- [x] Every kiln reports within the window (10 minutes)\n"
            "- [x] No reading is dropped\n\n"
            "### Alarm check\n\n**Expected results:**\n- [ ] The siren sounds once\n",
            QStringLiteral("sprint/kiln/KL-7-verify-alarms.md"));
        QCOMPARE(taskIds(d), QStringList{QStringLiteral("KL-7")});
        QVERIFY(!d.tasks.at(0).hasHours());
    }
    // "| Blocker ID | Date | Story | Description | Status |" under "## Blocker Log": what held
    // a story up and how it was resolved. Its "B1" rows became done tasks titled by the story
    // they named ("All").
    void blockerLogRowsAreNoTasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# Sprint 2: Progress\n\n## Story Progress\n\n"
            "| Story ID | Story Title | Status | Points |\n|---|---|---|---|\n"
            "| 2.1 | Kiln list page | Done | 3 |\n| 2.2 | Firing log | In Progress | 5 |\n\n"
            "## Blocker Log\n\n"
            "| Blocker ID | Date | Story | Description | Status |\n|---|---|---|---|---|\n"
            "| B1 | 2025-03-02 | All | The schema had to land first | Resolved |\n"
            "| B2 | 2025-03-04 | 2.2 | Waiting on the sensor feed | Open |\n",
            QStringLiteral("scrum/sprint2/SPRINT_2_PROGRESS.md"));
        QCOMPARE(taskIds(d),
                 (QStringList{QStringLiteral("Story 2.1"), QStringLiteral("Story 2.2")}));
    }
    // "### Phase IV & V", "## Phase 7 &8: Docs": one heading over two phases. The second
    // number is a part of the name; it read "Phase IV: & V" and "Phase 7: &8: Docs".
    void headingOverTwoPhases()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Plan\n\n## Phase I: Console\n\n- [ ] I-1.1: Read the cone table (2h)\n\n"
            "## Phase 7 &8: Docs and Checks\n\n- [ ] I-7.1: Write the guide (3h)\n\n"
            "## Sprint 3 and 4: Billing\n\n- [ ] I-9.1: Bill a firing (1h)\n\n"
            "## Phase IV & V\n\n*To be planned later.*\n",
            QStringLiteral("docs/plans/kiln-plan.md"));
        QStringList names;
        for (const TrdSprint& s : d.sprints)
            names << s.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Phase I: Console"),
                                     QStringLiteral("Phase 7 & 8: Docs and Checks"),
                                     QStringLiteral("Sprint 3 and 4: Billing"),
                                     QStringLiteral("Phase IV & V")}));
        QCOMPARE(d.sprints.at(1).tasks(), QStringList{QStringLiteral("I-7.1")});
    }
    // "## Validation Checklist (Before Merge)" › "### Edge Cases" › "- [ ] Handles a kiln with
    // no readings": checks to run before merging, under any sub-heading. A status note's
    // "## Verification Checklist" › "### Remaining" still lists work left.
    void validationChecklistHoldsNoTasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Readings: Order of Work\n\n## Phase 1: Storage (Days 1-2)\n\n"
            "### Step 1: Readings table (3h)\n\nAdd the table.\n\n"
            "### Step 2: Readings screen (4h)\n\nShow them.\n\n"
            "## Validation Checklist (Before Merge)\n\n### Edge Cases\n\n"
            "- [ ] Handles a kiln with no readings\n- [ ] Handles a reading from the future\n",
            QStringLiteral("sprint/IMPLEMENTATION_ORDER.md"));
        QCOMPARE(taskIds(d).size(), 2);
        const TrdDocument status = TrdParser::parse(
            "# Kiln Id Migration: Status\n\n## Verification Checklist\n\n### Completed\n\n"
            "- [x] Readings keyed by uuid\n\n### Remaining\n\n- [ ] Drop the integer column\n",
            QStringLiteral("dev_docs/status/kiln-id-status.md"));
        QCOMPARE(status.tasks.size(), 2);
    }
    // "## 11. 退出标准" (exit criteria), "### 功能验收" (functional acceptance): a Chinese plan's
    // criteria checklists. They were read as nine to-do tasks beside the five steps of the plan.
    void chineseCriteriaHeadings()
    {
        const TrdDocument d = TrdParser::parse(
            "# \u7a91\u7089\u63a7\u5236\u5668\n\n## Phase 1: \u57fa\u7840\n\n"
            "- [x] \u5b9e\u73b0\u6e29\u5ea6\u8bfb\u53d6\n- [ ] "
            "\u5b9e\u73b0\u5347\u6e29\u66f2\u7ebf\n\n"
            "### \u529f\u80fd\u9a8c\u6536\n\n- [ ] \u6e29\u5ea6\u8bef\u5dee\u5c0f\u4e8e 2 "
            "\u5ea6\n\n"
            "## 11. \u9000\u51fa\u6807\u51c6\n\n- [ ] \u8fde\u7eed\u8fd0\u884c 24 \u5c0f\u65f6\n"
            "- [ ] \u65ad\u7535\u540e\u53ef\u6062\u590d\n",
            QStringLiteral("docs/plans/kiln-phase-1.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.tasks.at(1).line, 6);
    }
    // "## Phase 2: Course Content" › "### Session 15: Protocols", "### Session 16: Testing in
    // Elixir": one more unit of the phase's series, whose boxes are its work. "Testing" made
    // the second a criteria section and its five done boxes were dropped. A first unit has no
    // sibling to go by ("### Lesson 1: Testing" keeps its checks).
    void seriesUnitNamedTestingIsWork()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Course\n\n## Phase 2: Course Content\n\n"
            "### Session 15: Firing Curves\n\n- [x] Write the slides\n- [x] Build the exercise\n\n"
            "### Session 16: Testing in Kiln Firmware\n\n- [x] Write the slides\n"
            "- [ ] Add the mock thermocouple\n\n"
            "## Phase 3: Rollout\n\n### Lesson 1: Testing\n\n- [ ] Every board reports a "
            "temperature\n",
            QStringLiteral("plans/kiln-course.md"));
        QStringList lines;
        for (const TrdTask& t : d.tasks)
            lines << QString::number(t.line);
        QCOMPARE(lines, (QStringList{"7", "8", "12", "13"}));
    }
    // Three or more tasks without an estimate are one finding, not a line each: a progress
    // note's four action items came out as four findings beside its estimated work.
    void missingEstimatesAreOneFinding()
    {
        QByteArray md = "# Kiln Plan\n\n## Sprint 1: Firing\n\n";
        for (int i = 1; i <= 8; ++i)
            md += "- [ ] KL-" + QByteArray::number(i) + ": Step " + QByteArray::number(i) +
                  (i <= 4 ? " (2h)\n" : "\n");
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/plans/kiln.md"));
        QCOMPARE(d.tasks.size(), 8);
        int findings = 0;
        for (const Diagnostic& g : d.diagnostics)
            findings += g.code == QStringLiteral("trd-task-no-hours");
        QCOMPARE(findings, 1);
    }
    // A phase's session notes: "- Tasks: KL-3" plans the task, "- Blocked by: KL-2" and
    // "- Can parallelize with: KL-1" name what it waits for or runs beside. Read as entries,
    // KL-2 was planned in both phases and the lint said so.
    void relationLinesPlanNothing()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Plan\n\n## Tasks\n\n- [ ] KL-1: Wire the relay (2h)\n"
            "- [ ] KL-2: Read the thermocouple (3h)\n- [ ] KL-3: Draw the curve (2h)\n\n"
            "## Schedule\n\n### Phase 1: Hardware\n\n- Tasks: KL-1, KL-2\n\n"
            "### Phase 2: Screen\n\n- Tasks: KL-3\n- Blocked by: KL-2\n"
            "- **Can parallelize with**: KL-1\n",
            QStringLiteral("docs/plans/kiln.md"));
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(0).tasks(), (QStringList{"KL-1", "KL-2"}));
        QCOMPARE(d.sprints.at(1).tasks(), (QStringList{"KL-3"}));
        for (const Diagnostic& g : TrdLint::check(d))
            QVERIFY2(g.code != u"trd-multiple-sprints", qPrintable(g.message));
    }
    // "**Tasks:** ~12 tasks" and "**Task totals**: 2 backend (B), 1 docs (D)" under a phase
    // count its work; neither is a list entry without a task id.
    void countsOfWorkAreNoEntries()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Plan\n\n## Tasks\n\n- [ ] KL-1: Wire the relay (2h)\n"
            "- [ ] KL-2: Draw the curve (2h)\n\n## Schedule\n\n### Phase 1: Hardware\n\n"
            "**Tasks:** KL-1\n\n### Phase 2: Screen\n\n**Tasks:** ~12 tasks\n\n- KL-2\n\n"
            "**Task totals**: 2 backend (B), 1 docs (D)\n",
            QStringLiteral("docs/plans/kiln.md"));
        QCOMPARE(d.tasks.size(), 2);
        for (const Diagnostic& g : d.diagnostics)
            QVERIFY2(g.code != u"trd-sprint-entry", qPrintable(g.message));
    }
    // "| ID | Task | Phase | Est. Hours | Status |": the Phase cell places each row's task in
    // the document's phase of that number, when the phase's own section lists none ("## Phase
    // 1: Hardware" holds only a diagram). They were all "in no sprint".
    void phaseColumnPlansRows()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Tasks\n\n## Task Summary\n\n| ID | Task | Phase | Est. Hours | Status |\n"
            "|----|------|-------|-----------|--------|\n"
            "| KL-01 | Wire the relay | 1 | 2-4 | Complete |\n"
            "| KL-02 | Read the thermocouple | 1 | 3 | Complete |\n"
            "| KL-03 | Draw the curve | 2 | 2 | Not Started |\n"
            "| KL-04 | Sound the alarm | Phase 2 | 1 | Not Started |\n"
            "| KL-05 | Field test | 3 | 1 | Not Started |\n\n"
            "## Phase 1: Hardware\n\n```\nKL-01 --> KL-02\n```\n\n## Phase 2: Screen\n\n"
            "### Tasks\n\n| ID | Task |\n|----|------|\n| KL-03 | Draw the curve |\n",
            QStringLiteral("docs/plans/kiln-tasks.md"));
        QCOMPARE(d.tasks.size(), 5);
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(0).tasks(), (QStringList{"KL-01", "KL-02"}));
        QCOMPARE(d.sprints.at(1).tasks(), (QStringList{"KL-03", "KL-04"}));
        // The document has no phase 3: its row stays unplanned, and the lint says so.
        QStringList unplanned;
        for (const Diagnostic& g : TrdLint::check(d)) {
            if (g.code == u"trd-no-sprint")
                unplanned << g.message;
        }
        QCOMPARE(unplanned, (QStringList{"KL-05 is in no sprint"}));
    }
    // "## Success Criteria" › "### Phase 1: Relay works ✅ COMPLETE" over a phase planned
    // above: the boxes are that phase's checks, not more of its work. A phase first named
    // there ("### Phase 3: Field") keeps its boxes as work, as before.
    void criteriaOfPhasesPlannedAbove()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Fix\n\n## Plan\n\n### Phase 1: Relay\n\n- [x] Wire the relay\n"
            "- [ ] Read the probe\n\n### Phase 2: Screen\n\n- [ ] Draw the curve\n\n"
            "## Success Criteria\n\n### Phase 1: Relay works \u2705 COMPLETE\n\n"
            "- [x] Relay clicks on command\n- [x] No chatter\n\n"
            "### Phase 2: Screen \u26a0\ufe0f PARTIAL\n\n- [ ] Curve redraws each second\n\n"
            "### Phase 3: Field\n\n- [ ] Survives a firing\n",
            QStringLiteral("notes/features/kiln-fix.md"));
        QStringList titles;
        for (const TrdTask& t : d.tasks)
            titles << t.title;
        QCOMPARE(titles, (QStringList{"Wire the relay", "Read the probe", "Draw the curve",
                                      "Survives a firing"}));
        QCOMPARE(d.sprints.size(), 3);
    }
    // "## Sprint 2: Screen" › "Covers PRs 2-3. Goal: …": the sprint is made of the plan's
    // pull requests ("### PR 2: …" under the task list), and their tasks are its tasks. It
    // was reported as a sprint that lists no tasks.
    void sprintCoveringPullRequests()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Controller TRD\n\n## Master Task List\n\n### PR 1: Relay\n\n"
            "- [ ] **KL-001**: Wire the relay (2h)\n\n### PR 2: Curve\n\n"
            "- [ ] **KL-002**: Draw the curve (3h)\n\n### PR 3: Alarm\n\n"
            "- [ ] **KL-003**: Sound the alarm (1h)\n\n## Sprint Planning\n\n"
            "## Sprint 1: Hardware\n\nCovers PR 1. Goal: the relay switches.\n\n"
            "## Sprint 2: Screen\n\nCovers PRs 2-3. Goal: the curve and the alarm.\n",
            QStringLiteral("docs/TRD/kiln.md"));
        QCOMPARE(d.tasks.size(), 3);
        QStringList sprints;
        for (const TrdSprint& s : d.sprints)
            sprints << s.name + u'=' + s.tasks().join(u',');
        QCOMPARE(sprints,
                 (QStringList{"PR 1: Relay=KL-001", "PR 2: Curve=KL-002", "PR 3: Alarm=KL-003",
                              "Sprint 1: Hardware=KL-001", "Sprint 2: Screen=KL-002,KL-003"}));
        for (const Diagnostic& g : d.diagnostics)
            QVERIFY2(g.code != u"trd-sprint-empty", qPrintable(g.message));
    }
    // "### Remaining Phase II Tasks" › "Each task follows:" over numbered steps: the
    // procedure every task goes through. Its steps were reported as list entries without a
    // task id; the ids listed above them stay the phase's.
    void procedureAfterTaskListIsNoEntries()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Guide\n\n## Phase II: Screen\n\n### Task II-1.1: Draw the curve (2h)\n\n"
            "Plot it.\n\n### Task II-1.2: Sound the alarm (1h)\n\nBeep.\n\n"
            "### Remaining Phase II Tasks\n\nContinue the same way for:\n"
            "- Task II-1.1: Draw the curve\n- Task II-1.2: Sound the alarm\n\n"
            "Each task follows:\n1. Write the specification\n2. Prompt with the spec\n"
            "3. Commit with the task id\n",
            QStringLiteral("specs/kiln-guide.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.sprints.size(), 1);
        QCOMPARE(d.sprints.at(0).tasks(), (QStringList{"II-1.1", "II-1.2"}));
        for (const Diagnostic& g : d.diagnostics)
            QVERIFY2(g.code != u"trd-sprint-entry", qPrintable(g.message));
    }
    // "## 7. Build order (each = one commit)" › "1. Add the schema migration": a feature plan's
    // work, listed in the order it lands. Its numbered steps read as nothing, and the plans
    // (four of them in one project) as other documents. "Implementation Order" is left as it
    // was: it mostly orders tasks defined above it.
    void buildOrderStepsAreTasks()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Log Export: Feature 2\n\n## Goal\n\nExport firing logs as CSV.\n\n"
            "## 4. Build order (one commit each, suite green)\n\n"
            "1. ~~Add the log query helper~~ **done** in the first pass.\n"
            "2. Add the `export_runs` table and its migration.\n"
            "   Check it on a copy first.\n"
            "3. Write the CSV worker and its test.\n\n"
            "## 5. Risks\n\n1. The kiln clock drifts.\n\n"
            "## Implementation Order\n\n1. Helper first\n2. Worker next\n",
            QStringLiteral("docs/plans/kiln-log-export.md"));
        QCOMPARE(d.documentClass, DocumentClass::Plan);
        QStringList lines;
        for (const TrdTask& t : d.tasks)
            lines << QString::number(t.line);
        QCOMPARE(lines, (QStringList{"9", "10", "12"}));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Todo);
    }
    // "| PoC-1A-1 | ~~Install the toolchain~~ | 10/14 | 3 hrs. |": a timeline without a Status
    // column strikes its finished rows through. They read as to do (16 of 37 in one plan).
    // Only a title struck from end to end; a Status column, where there is one, decides.
    void struckTableRowsAreDone()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Timeline\n\n| Task ID | Task | Due | Time Estimate |\n|---|---|---|---|\n"
            "| KL-1 | ~~Wire the thermocouple~~ | 1/3 | 3 hrs. |\n"
            "| KL-2 | ~~Old relay~~ Solid-state relay | 1/4 | 1 hr. |\n"
            "| KL-3 | Write the firing log | 1/6 | 2 hrs. |\n\n"
            "## Glaze work\n\n| ID | Task | Status | Estimate |\n|---|---|---|---|\n"
            "| GZ-1 | ~~Mix the test tiles~~ | In progress | 2h |\n",
            QStringLiteral("docs/timeline.md"));
        QCOMPARE(d.tasks.size(), 4);
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Todo);
        QCOMPARE(d.statusOf(d.tasks.at(2)), TaskStatus::Todo);
        QCOMPARE(d.statusOf(d.tasks.at(3)), TaskStatus::InProgress);
        QCOMPARE(d.totalHours(), 8.0);
    }
    // "guides/deployment.md": a library's published how-to (ExDoc's guides folder), with
    // "### Step 1: Build the image" for each host and a list of settings to check. It came out
    // a plan of eighteen to-do tasks. A plan filed there is named or titled one.
    void guideFolderHowToIsNoPlan()
    {
        const QByteArray guide =
            "# Deploying the Kiln Service\n\n## Fly.io\n\n### Step 1: Launch\n\nRun the launcher.\n\n"
            "### Step 2: Set Secrets\n\nSet the key.\n\n## Render\n\n### Step 1: Create an App\n\n"
            "Pick the region.\n\n### Step 2: Deploy\n\nPush the branch.\n\n"
            "## Checklist\n\n### Verify `runtime.exs`\n\n- [ ] The port comes from the "
            "environment\n- [ ] The host comes from the environment\n";
        const TrdDocument d = TrdParser::parse(guide, QStringLiteral("guides/deployment.md"));
        QCOMPARE(d.documentClass, DocumentClass::Other);
        // Named a plan, the same text is one; so is a ticked guide in docs/ (not a guides
        // folder).
        QCOMPARE(TrdParser::parse(guide, QStringLiteral("guides/deployment-plan.md")).documentClass,
                 DocumentClass::Plan);
        QCOMPARE(TrdParser::parse(guide, QStringLiteral("docs/deployment.md")).documentClass,
                 DocumentClass::Plan);
        // A dev log's how-to folder holds the same kind of page.
        for (const char* folder : {"dev_log/how_to/", "docs/how-to/", "howto/"})
            QCOMPARE(
                TrdParser::parse(guide, QLatin1String(folder) + u"deploy_to_fly.md").documentClass,
                DocumentClass::Other);
    }
    // "todo/openapi-docs-verification.md" titled "# OpenAPI docs verification": a to-do whose
    // job is to verify; its boxes (four, with their steps) read as checks because of the
    // title, and the file as a report. Outside a todo/ folder the title still makes them
    // checks.
    void todoFileTitledVerificationHoldsTasks()
    {
        const QByteArray md = "# Kiln API docs verification\n\nGoal: the docs page serves the "
                              "spec.\n\n- [ ] Endpoint check\n  - [ ] GET /docs answers 200\n"
                              "- [ ] Contract tests\n  - [ ] Assert the content type\n";
        const TrdDocument d =
            TrdParser::parse(md, QStringLiteral("todo/kiln-api-docs-verification.md"));
        QCOMPARE(d.tasks.size(), 2);
        QCOMPARE(d.tasks.at(0).subtasks.size(), 1);
        QCOMPARE(d.documentClass, DocumentClass::Plan);
        QCOMPARE(TrdParser::parse(md, QStringLiteral("docs/qa/kiln-api-docs-verification.md"))
                     .tasks.size(),
                 0);
    }

    // CURRENT_STATUS.md titled "# … - Current Development Status": what is done and what
    // waits, ticked as it goes; a report, as "Implementation Status" is. Its name and its
    // title must both say so: the same text as a roadmap stays a plan, and a component named
    // after a status lamp is no status document.
    void statusDocumentsAreReports()
    {
        const QByteArray status =
            "# Lantern - Current Development Status\n\n**Phase**: Sprint 1\n\n"
            "## Done\n\n### 1. Build setup\n\n- [x] Configure the compiler\n"
            "- [x] Share the lint rules\n- [ ] Run the migration\n\n## Pending\n\n"
            "### Sprint 1 Tasks\n\n- [ ] Add the login form (3h)\n"
            "- [ ] Add the reset mail (2h)\n";
        QCOMPARE(TrdParser::parse(status, QStringLiteral("CURRENT_STATUS.md")).documentClass,
                 DocumentClass::Report);
        QByteArray report = status;
        report.replace("Current Development Status", "Development Status Report");
        QCOMPARE(
            TrdParser::parse(report, QStringLiteral("docs/DEVELOPMENT-STATUS.md")).documentClass,
            DocumentClass::Report);
        QCOMPARE(TrdParser::parse(status, QStringLiteral("docs/ROADMAP.md")).documentClass,
                 DocumentClass::Plan);
        QByteArray lamp = status;
        lamp.replace("Lantern - Current Development Status", "Status Lamp Rework");
        QCOMPARE(TrdParser::parse(lamp, QStringLiteral("docs/status-lamp.md")).documentClass,
                 DocumentClass::Plan);
    }

    // "# Design Corpus Index: …" over tables of the documents and the id ranges each plan
    // uses ("| LAN-001 to LAN-009 | Unit tests |"): a map of other documents, as a
    // "Documentation Index" is, with no task of its own.
    void indexTitlesNameMaps()
    {
        const QByteArray index =
            "# Design Corpus Index: Lantern Publish\n\n**Purpose**: where each decision lives.\n\n"
            "## Documents\n\n| Path | Title | Status |\n|------|-------|--------|\n"
            "| `docs/TRD/lantern.md` | Lantern TRD | Active |\n\n"
            "## Task Id Ranges\n\n### Task ID Prefix: `LAN-TEST-`\n\n"
            "| Range | Purpose |\n|-------|---------|\n"
            "| LAN-TEST-001 to LAN-TEST-009 | Unit tests |\n"
            "| LAN-TEST-010 to LAN-TEST-012 | Formatter tests |\n"
            "| LAN-TEST-031 | A/B run |\n| LAN-TEST-054 to LAN-TEST-055 | Init tests |\n";
        const TrdDocument d =
            TrdParser::parse(index, QStringLiteral("docs/design-index-lantern.md"));
        QCOMPARE(d.documentClass, DocumentClass::Other);
        QByteArray nav = index;
        nav.replace("Design Corpus Index: Lantern Publish", "Lantern Metrology - Navigation Index");
        QCOMPARE(TrdParser::parse(nav, QStringLiteral("docs/METROLOGY-INDEX.md")).documentClass,
                 DocumentClass::Other);
        // "# Kiln POC Index" ending in a roadmap of boxes: those are work, before any task
        // is read too (a folder's files are looked at by their head first).
        const QByteArray poc = "# Kiln POC Index\n\n## Active POCs\n\n### 1. Pub/Sub\n"
                               "**Status**: done\n\n## Integration Roadmap\n\n"
                               "### Phase 1: Validation\n- [x] Build the POCs\n"
                               "- [ ] Run the demos\n\n### Phase 2: Production\n"
                               "- [ ] Port the POCs\n- [ ] Add supervision\n";
        QCOMPARE(DocumentKind::classify(u"src/poc/INDEX.md", poc).planSigns ||
                     DocumentKind::classify(u"src/poc/INDEX.md", poc).cls == DocumentClass::Plan,
                 true);
        QCOMPARE(TrdParser::parse(poc, QStringLiteral("src/poc/INDEX.md")).documentClass,
                 DocumentClass::Plan);
    }

    // "### ~~Step 3: Drop the indexes~~ — REMOVED" and then "### Step 3: Make uuid the key":
    // a step given up and its number taken by the next one. Two live steps with one number
    // are still defined twice.
    void struckStepNumberTakenAgain()
    {
        const QByteArray md = "# Plan: Drop the old key columns\n\n## Part 1: Migration\n\n"
                              "### Step 1: Back up the tables\n\nDump them.\n\n"
                              "### Step 2: Drop the foreign keys\n\nAll of them.\n\n"
                              "### ~~Step 3: Drop the indexes~~ — REMOVED\n\nNot needed.\n\n"
                              "### Step 3: Make uuid the key\n\nOn every table.\n\n"
                              "### Step 4: Clean up\n\nRemove the scripts.\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/plans/drop-key-plan.md"));
        QCOMPARE(d.documentClass, DocumentClass::Plan);
        QVERIFY2(d.tasks.size() >= 4, qPrintable(QString::number(d.tasks.size())));
        for (const Diagnostic& g : TrdLint::all(d))
            QVERIFY2(g.code != u"trd-duplicate-id", qPrintable(g.message));
        QByteArray live = md;
        live.replace("### ~~Step 3: Drop the indexes~~ — REMOVED", "### Step 3: Drop the indexes");
        const TrdDocument l = TrdParser::parse(live, QStringLiteral("docs/plans/drop-key-plan.md"));
        int twice = 0;
        for (const Diagnostic& g : TrdLint::all(l))
            twice += g.code == u"trd-duplicate-id" ? 1 : 0;
        QCOMPARE(twice, 1);
    }

    // "#### Backend Tasks (8 hours)" › "- **Task 2.1.1**: Add the sessions table (2 hours)": a
    // story's tasks, labelled and sized by the author, under headings that are no sprint. A
    // sprint plan of seventy such tasks read none of them. Dependencies name them by number
    // ("2.1.1 (Day 1)"), and a schedule's "Task 2.1.1: … ✅" says which are done. A labelled
    // item without an estimate stays prose there ("Common Tasks" › "**Task 1**: run the
    // tests").
    void labelledTaskItemsWithEstimates()
    {
        const TrdDocument d = TrdParser::parse(
            "# Sprint 3 Planning\n\n## Stories\n\n### User Story 2.1: Sign-in (5 points)\n\n"
            "**Acceptance Criteria**:\n- A user signs in with a password\n\n"
            "#### Backend Tasks (5 hours)\n"
            "- **Task 2.1.1**: Add the sessions table (2 hours)\n"
            "  - Define the schema\n  - **Dependencies**: None (Day 1)\n\n"
            "- **Task 2.1.2**: Hash the passwords (3 hours)\n"
            "  - **Dependencies**: 2.1.1 (Day 1)\n\n"
            "#### Frontend Tasks (4 hours)\n"
            "- **Task 2.1.3**: Build the sign-in form (4 hours)\n"
            "  - **Dependencies**: 2.1.1, 2.1.2\n\n"
            "## Schedule\n\n**Day 1** - Database\n- Task 2.1.1: Sessions table \u2705\n\n"
            "## Common Tasks\n\n- **Task 1**: run the tests before you push\n",
            QStringLiteral("docs/sprints/sprint-3/planning.md"));
        QStringList ids;
        for (const TrdTask& t : d.tasks)
            ids << t.id + u'=' + QString::number(t.hours);
        QCOMPARE(ids, (QStringList{"Task 2.1.1=2", "Task 2.1.2=3", "Task 2.1.3=4"}));
        QCOMPARE(d.tasks.at(1).dependencies, QStringList{QStringLiteral("Task 2.1.1")});
        QCOMPARE(d.tasks.at(2).dependencies,
                 (QStringList{QStringLiteral("Task 2.1.1"), QStringLiteral("Task 2.1.2")}));
        QCOMPARE(d.statusOf(d.tasks.at(0)), TaskStatus::Done);
        QCOMPARE(d.statusOf(d.tasks.at(1)), TaskStatus::Todo);
        for (const Diagnostic& g : d.diagnostics)
            QVERIFY2(g.code != u"trd-dependency-unreadable", qPrintable(g.message));
    }
    // "| # | Item | Effort | Why it sits here | Status |": an improvement plan's list of work,
    // each item sized and ticked off, read as no task at all. "Item" alone names anything,
    // so a budget's "| Item | Cost | Status |" stays no plan.
    void itemTableWithEffortAndStatus()
    {
        const TrdDocument d = TrdParser::parse(
            "# Kiln Improvement Plan\n\n## At a glance\n\n"
            "| # | Item | Effort | Why it sits here | Status |\n"
            "|---|------|--------|------------------|--------|\n"
            "| 1 | Wire the relay | 2-3 days | it clicks | **Done (1.2.0)** |\n"
            "| 2 | Draw the curve | 1 day | nobody sees it | **Partly done** - axes only |\n"
            "| 2a | Sound the alarm | 4h | quiet now | |\n\n"
            "## Budget\n\n| Item | Cost | Status |\n|------|------|--------|\n"
            "| Thermocouple | 40 EUR | Ordered |\n",
            QStringLiteral("docs/kiln-improvement-plan.md"));
        QStringList rows;
        for (const TrdTask& t : d.tasks)
            rows << t.title + u'=' + QString::number(t.hours) + u'/' +
                        QString::number(int(d.statusOf(t)));
        QCOMPARE(rows,
                 (QStringList{"Wire the relay=24/" + QString::number(int(TaskStatus::Done)),
                              "Draw the curve=8/" + QString::number(int(TaskStatus::InProgress)),
                              "Sound the alarm=4/" + QString::number(int(TaskStatus::Todo))}));
    }
    // "### Phase 5: Load (Day 4-5)" › "**Scalability Testing:**" beside "**Edge Cases:**": the kind
    // of testing the phase does, its work as much as the list beside it. Read as criteria, a
    // test-suite plan lost a third of its tasks. "**User Acceptance Testing:**" stays the
    // checks the phase must pass.
    void phaseTestingLabelsHoldWork()
    {
        const TrdDocument d = TrdParser::parse(
            "# ADR-12: Kiln test suite\n\n## Implementation Plan\n\n"
            "### Phase 1: Load (Day 1-2)\n\n**Scalability Testing:**\n\n"
            "- [ ] Fire with forty programs\n- [ ] Hold the curve under load\n\n"
            "**Edge Cases:**\n\n- [ ] Power cut mid-firing\n\n"
            "### Phase 2: Release (Day 3)\n\n**User Acceptance Testing:**\n\n"
            "- [ ] The potter fires a glaze\n\n**Packaging:**\n\n- [ ] Build the image\n",
            QStringLiteral("decisions/12-kiln-test-suite.md"));
        QStringList titles;
        for (const TrdTask& t : d.tasks)
            titles << t.title;
        QCOMPARE(titles, (QStringList{"Fire with forty programs", "Hold the curve under load",
                                      "Power cut mid-firing", "Build the image"}));
    }
    // "## 6.1 Kiln Relay" › "- [x] **Task 6.1** Wire the relay" › its steps "- [x] 6.1.1 …" ›
    // "**Unit Tests for Section 6.1:**" › "- [x] Test the relay clicks": the task's own tests,
    // its subtasks as its steps are. Read as tasks of their own, they made a phase of six
    // tasks one of forty-five. A test list naming another section stays apart.
    void sectionTestsBelongToItsTask()
    {
        const TrdDocument d = TrdParser::parse(
            "# Phase 6: Kiln\n\n## 6.1 Kiln Relay\n\n"
            "- [x] **Task 6.1** Wire the relay (Complete: 2026-02-02)\n\n"
            "Switch the element.\n\n- [x] 6.1.1 Solder the leads\n- [ ] 6.1.2 Fit the case\n\n"
            "**Unit Tests for Section 6.1:**\n- [x] Test the relay clicks\n"
            "- [ ] Test the relay opens on fault\n\n## 6.2 Kiln Curve\n\n"
            "- [ ] **Task 6.2** Draw the curve\n\n- [ ] 6.2.1 Plot the points\n\n"
            "**Unit Tests for Section 6.13:**\n- [ ] Test the alarm sounds\n",
            QStringLiteral("notes/planning/phase-06.md"));
        QStringList tasks;
        for (const TrdTask& t : d.tasks)
            tasks << t.id + u'=' + QString::number(t.subtasks.size());
        QCOMPARE(tasks, (QStringList{"Task 6.1=4", "Task 6.2=1", "#Test the alarm sounds=0"}));
        QCOMPARE(d.tasks.at(0).subtaskText(3), QStringLiteral("Test the relay opens on fault"));
    }
    // "### 1.5 Objective Register" › "| ID | Objective | Source | Status |" over "| G1 | … |
    // PRD §3.1 | **Satisfied** — … |": what the plan must achieve, each row met or not by the
    // tasks of its master list. The G1 rows are no tasks, and no task in no sprint.
    void objectiveRegisterRowsAreNoTasks()
    {
        const QByteArray md =
            "# TRD: Kiln alarms\n\n## 1. Overview\n\n### 1.5 Objective Register\n\n"
            "| ID | Objective | Source | Status |\n|----|-----------|--------|--------|\n"
            "| G1 | An alarm fires when the kiln overheats | PRD §3.1 | **Satisfied** — shipped |\n"
            "| G2 | No alarm while the kiln is off | PRD §3.1 | **Satisfied** — tested |\n"
            "| G3 | The alarm reaches the phone | PRD §3.2 | **GAP → KLN-B001** |\n"
            "| QG-1 | Unit test coverage >= 60% | constitution | In force |\n\n"
            "## 4. Master Task List\n\n### Phase 1: Alarm\n\n"
            "| Task ID | Description | Dependencies |\n|---------|-------------|--------------|\n"
            "| KLN-B001 | Send the alarm to the phone | None |\n"
            "| KLN-T001 | Test the phone alarm | KLN-B001 |\n\n"
            "## 5. Execution Plan\n\n### Phase 1\n\n- KLN-B001\n- KLN-T001\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/TRD/kiln-alarms.md"));
        QStringList ids;
        for (const TrdTask& t : d.tasks)
            ids << t.id;
        QCOMPARE(ids, (QStringList{"KLN-B001", "KLN-T001"}));
        for (const Diagnostic& g : TrdLint::all(d))
            QVERIFY2(g.code != u"trd-no-sprint", qPrintable(g.message));
    }

    // "# Lantern Sync Gap Analysis" in LANTERN_SYNC_GAP_ANALYSIS.md: what a study found, its
    // recommended phases and work items for a plan written elsewhere. Named and titled an
    // analysis (or an assessment, a delivery), it is a report; a title naming a plan too,
    // or a story about an assessment feature, stays a plan.
    void analysisDocumentsAreReports()
    {
        const QByteArray analysis =
            "# Lantern Sync Gap Analysis\n\n## Findings\n\nThe sync drops edits made offline.\n\n"
            "## Recommended Roadmap\n\n### Phase 1: Quick Wins\n\n"
            "- [ ] Queue offline edits (4h)\n- [ ] Replay the queue on reconnect (6h)\n\n"
            "### Phase 2: Hardening\n\n- [ ] Add conflict markers\n";
        QCOMPARE(TrdParser::parse(analysis, QStringLiteral("docs/LANTERN_SYNC_GAP_ANALYSIS.md"))
                     .documentClass,
                 DocumentClass::Report);
        QByteArray delivery = analysis;
        delivery.replace("Lantern Sync Gap Analysis", "Lantern Sync - Final Deliverables");
        QCOMPARE(TrdParser::parse(delivery, QStringLiteral("docs/SYNC_DELIVERABLES_v2.md"))
                     .documentClass,
                 DocumentClass::Report);
        QByteArray fixPlan = analysis;
        fixPlan.replace("Lantern Sync Gap Analysis", "Lantern Sync Gap Analysis & Fix Plan");
        QCOMPARE(TrdParser::parse(fixPlan, QStringLiteral("docs/LANTERN_SYNC_GAP_ANALYSIS.md"))
                     .documentClass,
                 DocumentClass::Plan);
        QByteArray story = analysis;
        story.replace("Lantern Sync Gap Analysis", "Story 2.1: Sync Quality Assessment");
        QCOMPARE(
            TrdParser::parse(story, QStringLiteral("docs/stories/2.1-sync-quality-assessment.md"))
                .documentClass,
            DocumentClass::Plan);
        QCOMPARE(TrdParser::parse(analysis, QStringLiteral("docs/lantern-sync-roadmap.md"))
                     .documentClass,
                 DocumentClass::Plan);
    }
    // A task index: "### STORY-2-01: Checkout (3 tasks)" over its "#### TASK-2-01-01: …"
    // headings. The story heading counts the tasks under it; it is a group of them, not one
    // more task without an estimate.
    void headingCountingItsTasksIsAGroup()
    {
        const QByteArray md = "# Task Index\n\n"
                              "## Epic 2: Checkout\n\n"
                              "### STORY-2-01: Cart summary (2 tasks)\n\n"
                              "#### TASK-2-01-01: Render the line items\n"
                              "**Effort:** S | **Status:** Ready\n"
                              "- Show each item with its price\n\n"
                              "#### TASK-2-01-02: Show the total\n"
                              "**Effort:** XS | **Status:** Blocked\n\n"
                              "### STORY-2-02: Payment (1 task)\n\n"
                              "#### TASK-2-02-01: Call the card gateway\n"
                              "**Effort:** M | **Status:** Ready\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/tasks/TASK-INDEX.md"));
        QStringList ids;
        for (const TrdTask& t : d.tasks)
            ids << t.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("TASK-2-01-01"), QStringLiteral("TASK-2-01-02"),
                                   QStringLiteral("TASK-2-02-01")}));
        // A task whose title ends in a count of something else keeps its heading.
        const TrdDocument e = TrdParser::parse("# Plan\n\n### TRD-004: Seed the demo shop (40 "
                                               "products)\n\n- [ ] write the seeds\n",
                                               QStringLiteral("docs/TRD/seed.md"));
        QCOMPARE(e.tasks.size(), 1);
        QCOMPARE(e.tasks.first().id, QStringLiteral("TRD-004"));
    }

    // "- [ ] **Task 1.1**: Add the helpers" › "- [ ] a step" › "- Estimated: 2 hours": the
    // task's estimate in a plain item below it, as "- Estimate: 2h" is read.
    void estimatedItemBelowChecklistTask()
    {
        const QByteArray plan =
            "# Lantern test fixes\n\n## Tasks\n\n"
            "- [ ] **Task 1.1**: Add the helpers\n  - [ ] `wait_for_exit/2`\n"
            "  - Estimated: 2 hours\n\n"
            "- [ ] **Task 1.2**: Rewrite the setup\n  - [ ] Stop the old server\n"
            "  - Estimated: 30 minutes\n\n"
            "- [ ] **Task 1.3**: Count the users\n  - Estimated users: 500\n";
        const TrdDocument d = TrdParser::parse(plan, QStringLiteral("docs/plans/lantern.md"));
        QCOMPARE(d.tasks.size(), 3);
        QCOMPARE(d.tasks.at(0).hours, 2.0);
        QCOMPARE(d.tasks.at(0).subtasks.size(), 1);
        QCOMPARE(d.tasks.at(1).hours, 0.5);
        QVERIFY(!d.tasks.at(2).hasHours());
    }

    // "# Lantern Load Benchmarks" with one table of scenarios ("| Scenario | RPS | Duration |
    // Description |"): shaped like a task table, but no task comes of it, and nothing names,
    // files or titles the document a plan. A benchmark description, not a plan without tasks.
    void oneTaskLikeTableIsNoPlan()
    {
        const QByteArray bench = "# Lantern Load Benchmarks\n\n## Scenarios\n\n"
                                 "| Scenario | RPS | Duration | Description |\n|---|---|---|---|\n"
                                 "| **Baseline** | 100 | 1 hour | Normal load |\n"
                                 "| **Peak** | 500 | 30 minutes | Five times the baseline |\n\n"
                                 "## Results\n\nThe p95 latency stayed under 40 ms.\n";
        const TrdDocument d = TrdParser::parse(bench, QStringLiteral("docs/load-benchmarks.md"));
        QCOMPARE(d.tasks.size(), 0);
        QCOMPARE(d.documentClass, DocumentClass::Other);
        // Named as a plan, the same document is one whose author hears that no task was read.
        QCOMPARE(TrdParser::parse(bench, QStringLiteral("docs/load-plan.md")).documentClass,
                 DocumentClass::Plan);
        // Read from its head alone, it is still worth a parse: plain boxes may follow.
        QVERIFY(DocumentKind::classify(u"notes/load-benchmarks.md", bench).planSigns);
    }
    // A story's own file: "## Tasks" › "1. TASK-7-01: Build the receipt layout", an id and a
    // title each, no box, status or estimate. They are the story's tasks when the document
    // defines no task in any other form; beside defined tasks, or alone, such a line only
    // names work (as a sprint's list does).
    void bareTaskListOfAStory()
    {
        const QByteArray story = "# STORY-7: Receipt printing\n\n"
                                 "- **Status:** Blocked\n- **Story Points:** 5\n\n"
                                 "## Acceptance Criteria\n\n"
                                 "- [ ] The receipt shows the total\n"
                                 "- [ ] The footer prints\n\n"
                                 "## Tasks\n"
                                 "1. TASK-7-01: Build the receipt layout\n"
                                 "2. TASK-7-02: Wire the printer driver\n"
                                 "3. TASK-7-03: Test a long receipt\n\n"
                                 "## Notes\n\nSee TASK-7-02 for the driver.\n";
        const TrdDocument d = TrdParser::parse(story, QStringLiteral("docs/stories/STORY-7.md"));
        QStringList ids;
        for (const TrdTask& t : d.tasks)
            ids << t.id + u'|' + t.title;
        QCOMPARE(ids, (QStringList{QStringLiteral("TASK-7-01|Build the receipt layout"),
                                   QStringLiteral("TASK-7-02|Wire the printer driver"),
                                   QStringLiteral("TASK-7-03|Test a long receipt")}));
        QCOMPARE(d.tasks.first().line, 12);

        // Beside a task the document defines, the list names work: nothing more is made.
        QByteArray defined = story;
        defined.replace("## Notes", "## Follow-up\n\n- [ ] **TASK-7-09**: Print a logo (2h)\n\n"
                                    "## Notes");
        const TrdDocument e = TrdParser::parse(defined, QStringLiteral("docs/stories/x.md"));
        QCOMPARE(e.tasks.size(), 1);
        QCOMPARE(e.tasks.first().id, QStringLiteral("TASK-7-09"));

        // One line alone is a mention.
        const TrdDocument f =
            TrdParser::parse("# STORY-8: Refunds\n\n## Tasks\n\n- TASK-8-01: Reverse the payment\n",
                             QStringLiteral("docs/stories/y.md"));
        QCOMPARE(f.tasks.size(), 0);
    }

    // "## Sprint 1 (Days 1-3): PR 1" over "LAN-001 through LAN-002-TEST. ~5h estimated.": the
    // sprint names the tasks written from the one end to the other, the test task between them
    // included, as the document wrote them (no number counts to "LAN-002-TEST").
    void sprintParagraphNamesRange()
    {
        const QByteArray plan =
            "# TRD: Lantern\n\n## Master Task List\n\n"
            "- [ ] **LAN-001**: Queue the edits (2h)\n- [ ] **LAN-002**: Replay the queue (2h)\n"
            "- [ ] **LAN-002-TEST**: Test the replay (1h)\n- [ ] **LAN-003**: Mark conflicts (2h)\n"
            "- [ ] **LAN-004**: Document the sync (2h)\n\n## Sprint Planning\n\n"
            "## Sprint 1 (Days 1-3): PR 1\nLAN-001 through LAN-002-TEST. ~5h estimated.\n\n"
            "## Sprint 2 (Days 4-7): PR 2\nLAN-003 to LAN-004. Needs PR 1 merged.\n\n"
            "## Sprint 3: Polish\nLAN-004 through LAN-001, in any order.\n";
        const TrdDocument d = TrdParser::parse(plan, QStringLiteral("docs/TRD/lantern.md"));
        QCOMPARE(d.tasks.size(), 5);
        QCOMPARE(d.sprints.size(), 3);
        QCOMPARE(d.sprints.at(0).tasks(),
                 QStringList({QStringLiteral("LAN-001"), QStringLiteral("LAN-002"),
                              QStringLiteral("LAN-002-TEST")}));
        QCOMPARE(d.sprints.at(1).tasks(),
                 QStringList({QStringLiteral("LAN-003"), QStringLiteral("LAN-004")}));
        // Ends written the wrong way round name no range.
        QVERIFY(d.sprints.at(2).tasks().isEmpty());
    }

    // "# Quick Start: Lantern" with "### Week 2-3: High Priority" and durations in its prose:
    // an overview that talks about the work, not one line of it shaped like a task. Named a
    // roadmap, the same text is a plan whose author hears that no task was read.
    void proseAboutPhasesIsNoPlan()
    {
        const QByteArray overview =
            "# Quick Start: Lantern Sync\n\n**Status:** Phase 1 complete\n\n"
            "## What happens next\n\n### Phase 2: Hardening\n\n"
            "The offline queue takes about 2 weeks (80h) to harden.\n\n"
            "### Week 3: Rollout\n\nThe rollout itself needs 3 days (24h) of watching.\n";
        const TrdDocument d = TrdParser::parse(overview, QStringLiteral("docs/QUICK_START.md"));
        QCOMPARE(d.tasks.size(), 0);
        QCOMPARE(d.documentClass, DocumentClass::Other);
        QCOMPARE(TrdParser::parse(overview, QStringLiteral("docs/sync-roadmap.md")).documentClass,
                 DocumentClass::Plan);
    }
    // "- TRD-001, 002 and 004" in a sprint, "[depends: TRD-004, 005]": the later ids written
    // short, their prefix left off. Each names its task; a number that goes on into words
    // ("TRD-002, 100 users") or is not as wide as the id's ("TRD-001, 2 hours") names none.
    void shortSiblingIdsInLists()
    {
        const QByteArray md = "# Shop Plan\n\n## Tasks\n\n"
                              "- [ ] **TRD-001**: Build the cart (2h) [depends: TRD-004, 005]\n"
                              "- [ ] **TRD-002**: Build the checkout (3h)\n"
                              "- [ ] **TRD-004**: Price list (1h)\n"
                              "- [ ] **TRD-005**: Tax table (1h)\n"
                              "- [ ] **STORY-03-02**: Refund form (2h)\n"
                              "- [ ] **STORY-03-03**: Refund mail (1h)\n\n"
                              "## Sprint 1: Shop\n\n"
                              "- TRD-001, 002 and 004 (first week)\n"
                              "- TRD-005, 2 hours of review\n\n"
                              "## Sprint 2: Refunds\n\n"
                              "- STORY-03-02, 03-03\n\n"
                              "## Notes\n\n"
                              "- TRD-002, 100 users tested ✅ PASSED\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("docs/TRD/shop.md"));
        QCOMPARE(d.sprints.size(), 2);
        QCOMPARE(d.sprints.at(0).tasks(),
                 (QStringList{QStringLiteral("TRD-001"), QStringLiteral("TRD-002"),
                              QStringLiteral("TRD-004"), QStringLiteral("TRD-005")}));
        QCOMPARE(d.sprints.at(1).tasks(),
                 (QStringList{QStringLiteral("STORY-03-02"), QStringLiteral("STORY-03-03")}));
        QCOMPARE(d.task(QStringLiteral("TRD-001"))->dependencies,
                 (QStringList{QStringLiteral("TRD-004"), QStringLiteral("TRD-005")}));
        // Only TRD-002 is marked done; no TRD-100 and no TRD-2 appear anywhere.
        QCOMPARE(d.statusOf(*d.task(QStringLiteral("TRD-002"))), TaskStatus::Done);
        for (const TrdLink& m : d.doneMentions)
            QVERIFY2(m.requirement != u"TRD-100", qPrintable(m.requirement));
        for (const Diagnostic& x : TrdLint::all(d))
            QVERIFY2(x.code != u"trd-no-sprint", qPrintable(x.message));
    }

    // "archive/phase-reports/QUEUE_IMPLEMENTATION.md" titled "# Queue Implementation Summary":
    // one of a folder of reports, its ticked boxes what was delivered. A plan filed there
    // ("QUEUE_ROLLOUT_PLAN.md", "# Queue Rollout Roadmap") stays a plan.
    void reportFolderHoldsReports()
    {
        const QByteArray summary =
            "# Queue Implementation\n\n## Delivered\n\n- [x] **QUE-001**: Bounded queue (4h)\n"
            "- [x] **QUE-002**: Drop policy (2h)\n- [ ] **QUE-003**: Metrics (2h)\n";
        QCOMPARE(TrdParser::parse(summary,
                                  QStringLiteral("archive/phase-reports/QUEUE_IMPLEMENTATION.md"))
                     .documentClass,
                 DocumentClass::Report);
        QCOMPARE(TrdParser::parse(summary, QStringLiteral("docs/reports/queue.md")).documentClass,
                 DocumentClass::Report);
        QCOMPARE(
            TrdParser::parse(summary, QStringLiteral("archive/phase-reports/QUEUE_ROLLOUT_PLAN.md"))
                .documentClass,
            DocumentClass::Plan);
        QByteArray roadmap = summary;
        roadmap.replace("Queue Implementation", "Queue Rollout Roadmap");
        QCOMPARE(TrdParser::parse(roadmap, QStringLiteral("docs/reports/queue.md")).documentClass,
                 DocumentClass::Plan);
        QCOMPARE(TrdParser::parse(summary, QStringLiteral("docs/queue.md")).documentClass,
                 DocumentClass::Plan);
    }

    // "**Step 2** — the command prints the banner" and "**Step 1: Verify the queue**" over a
    // block of commands, beside tasks with ids of their own: the steps walk through a
    // procedure, they are no tasks. A step with an estimate, or a plan made of steps alone,
    // keeps them.
    void procedureStepsBesideIdTasks()
    {
        const QByteArray plan =
            "# TRD: Lantern\n\n## 3. Command flow\n\n**Step 1** — the command reads the queue.\n\n"
            "**Step 2** — the command prints the banner.\n\n## 4. Master Task List\n\n"
            "- [ ] **LAN-001**: Queue the edits (2h)\n- [ ] **LAN-002**: Replay the queue (2h)\n"
            "- [ ] **LAN-003**: Print the banner (1h)\n\n## 5. Verification\n\n"
            "**Step 1: Verify the queue**\n```bash\nmix test test/queue_test.exs\n```\n\n"
            "**Rollback Criteria:**\n- the queue loses an edit\n\n"
            "**Step 2: Verify the replay (1h)**\n";
        const TrdDocument d = TrdParser::parse(plan, QStringLiteral("docs/TRD/lantern.md"));
        QStringList ids;
        for (const TrdTask& t : d.tasks)
            ids << t.id;
        QCOMPARE(ids, QStringList({QStringLiteral("LAN-001"), QStringLiteral("LAN-002"),
                                   QStringLiteral("LAN-003"), QStringLiteral("Step 2")}));
        QCOMPARE(d.indexOf(QStringLiteral("Step 2")), 3);
        QCOMPARE(d.task(QStringLiteral("Step 2"))->hours, 1.0);

        const QByteArray steps = "# Lantern setup plan\n\n**Step 1** — install the queue.\n\n"
                                 "**Step 2** — start the replay.\n\n**Step 3** — watch it.\n";
        QCOMPARE(TrdParser::parse(steps, QStringLiteral("docs/plans/setup.md")).tasks.size(), 3);
    }

    // "todo.md" titled "# Lantern Domain Model Analysis": what is built and what is missing,
    // with no box and no task. The title says what it is; a todo.md of boxes stays a plan.
    void analysisTitleWithoutTasks()
    {
        const QByteArray analysis =
            "# Lantern Domain Model Analysis\n\n## Implemented\n\n- Queue, Replay, Conflict ✅\n\n"
            "## Missing (low priority)\n\n- Preferences: could be added later\n";
        QCOMPARE(TrdParser::parse(analysis, QStringLiteral("todo.md")).documentClass,
                 DocumentClass::Report);
        QByteArray boxes = analysis;
        boxes.replace("- Preferences: could be added later", "- [ ] Add preferences (3h)");
        QCOMPARE(TrdParser::parse(boxes, QStringLiteral("todo.md")).documentClass,
                 DocumentClass::Plan);
    }
};

QTEST_GUILESS_MAIN(TestTrdParser)
#include "tst_trdparser.moc"
