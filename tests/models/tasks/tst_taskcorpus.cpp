// SPDX-License-Identifier: MIT
// The plan corpus: small documents in every form real teams write (checklists with and
// without ids, headings, tables under sprint headings, estimates in days and points,
// repeated sprint headings, summary tables, strike-through, PRDs, reports), each with its
// hand count in tests/fixtures/tasks/corpus/expected.json. Also the seed and the demo.
#include "core/documentkind.h"
#include "tasks/taskdocuments.h"
#include "tasks/tasksreport.h"
#include "tasks/trdlint.h"
#include "tasks/trdparser.h"
#include "tasks/trdstats.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {

const QString kCorpus = QStringLiteral(PWB_FIXTURES "/tasks/corpus");

QJsonObject expected()
{
    QFile f(kCorpus + QStringLiteral("/expected.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read expected.json");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    out.sort();
    return out;
}

} // namespace

class TestTaskCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The one rule lists every corpus document, and nothing else.
        const QStringList paths = TasksReport::documentPaths(kCorpus);
        QStringList want = expected().keys();
        want.removeAll(QStringLiteral("_comment"));
        QCOMPARE(QSet<QString>(paths.cbegin(), paths.cend()),
                 QSet<QString>(want.cbegin(), want.cend()));
        QVERIFY(paths.size() >= 20);
        // A document listed twice keeps only its last hand count (JSON objects hold one value
        // a key): the first would never be checked.
        QFile f(kCorpus + QStringLiteral("/expected.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSet<QString> listed;
        static const QRegularExpression entry(QStringLiteral("^\\s*\"([^\"]+)\":\\s*\\{"),
                                              QRegularExpression::MultilineOption);
        for (auto it = entry.globalMatch(QString::fromUtf8(f.readAll())); it.hasNext();) {
            const QString key = it.next().captured(1);
            QVERIFY2(!listed.contains(key), qPrintable(key + QStringLiteral(" is listed twice")));
            listed.insert(key);
        }
        m_docs = TasksReport::readDocuments(kCorpus);
    }

    void document_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& k : expected().keys()) {
            if (!k.startsWith(u'_'))
                QTest::newRow(qPrintable(k)) << k;
        }
    }

    void document()
    {
        QFETCH(QString, path);
        const QJsonObject want = expected().value(path).toObject();
        const TrdDocument* doc = nullptr;
        for (const TrdDocument& d : std::as_const(m_docs)) {
            if (d.path == path)
                doc = &d;
        }
        QVERIFY(doc);
        QCOMPARE(DocumentKind::name(doc->documentClass), want.value(u"class").toString());
        if (doc->documentClass != DocumentClass::Plan) {
            // A design note or a spec-kit plan.md narrative is told nothing about tasks:
            // neither the board (its diagnostics) nor --report (its lint).
            const QStringList quiet = strings(want.value(u"no_info"));
            for (const Diagnostic& d : doc->diagnostics)
                QVERIFY2(!quiet.contains(d.code), qPrintable(d.code + u": " + d.message));
            if (want.contains(u"lint"))
                QCOMPARE(
                    TasksReport::toJson(QList<TrdDocument>{*doc}).value(u"lint").toArray().size(),
                    strings(want.value(u"lint")).size());
            return;
        }
        const TrdStats s = TrdStats::of(*doc);
        QCOMPARE(s.tasks, want.value(u"tasks").toInt());
        QCOMPARE(s.done, want.value(u"done").toInt());
        if (want.contains(u"in_progress"))
            QCOMPARE(s.inProgress, want.value(u"in_progress").toInt());
        QCOMPARE(s.hoursTotal, want.value(u"hours").toDouble());
        QCOMPARE(int(doc->sprints.size()), want.value(u"sprints").toInt());
        if (want.contains(u"evidence")) {
            int evidence = 0;
            for (const TrdTask& t : doc->tasks)
                evidence += t.extra().evidence.isEmpty() ? 0 : 1;
            QCOMPARE(evidence, want.value(u"evidence").toInt());
        }
        if (want.contains(u"points")) {
            double points = 0;
            for (const TrdTask& t : doc->tasks)
                points += std::max(0.0, t.points);
            QCOMPARE(points, want.value(u"points").toDouble());
        }
        if (want.contains(u"subtasks"))
            QCOMPARE(s.subtasksChecked + s.subtasksOpen, want.value(u"subtasks").toInt());
        if (want.contains(u"edges"))
            QCOMPARE(int(doc->mergedDependencies().size()), want.value(u"edges").toInt());
        if (want.contains(u"sprint_tasks")) {
            const QJsonArray counts = want.value(u"sprint_tasks").toArray();
            QCOMPARE(int(doc->sprints.size()), int(counts.size()));
            for (int i = 0; i < counts.size(); ++i)
                QCOMPARE(int(doc->sprints.at(i).tasks().size()), counts.at(i).toInt());
        }
        // "**Estimated Hours:** 30h" under a sprint's heading: its stated hours (-1: none).
        if (want.contains(u"sprint_hours")) {
            const QJsonArray hours = want.value(u"sprint_hours").toArray();
            QCOMPARE(int(doc->sprints.size()), int(hours.size()));
            for (int i = 0; i < hours.size(); ++i)
                QCOMPARE(doc->sprints.at(i).statedHours, hours.at(i).toDouble());
        }
        if (want.contains(u"links"))
            QCOMPARE(int(doc->links.size()), want.value(u"links").toInt());
        if (want.contains(u"hours_from_days"))
            QCOMPARE(doc->hoursConverted, want.value(u"hours_from_days").toBool());
        for (const QString& f : strings(want.value(u"forms")))
            QVERIFY2(doc->forms.contains(f), qPrintable(f + u" not in " + doc->forms.join(u',')));

        // Lint: exactly the expected warnings and errors, and the expected notes.
        QSet<QString> lint;
        QSet<QString> info;
        for (const Diagnostic& d : TrdLint::all(*doc)) {
            if (d.severity == Diagnostic::Severity::Info)
                info.insert(d.code);
            else
                lint.insert(d.code);
        }
        QStringList got(lint.cbegin(), lint.cend());
        got.sort();
        QCOMPARE(got, strings(want.value(u"lint")));
        for (const QString& code : strings(want.value(u"info")))
            QVERIFY2(info.contains(code), qPrintable(code));
        // Notes that must not appear: a plan that estimates nothing is not told so.
        for (const QString& code : strings(want.value(u"no_info")))
            QVERIFY2(!info.contains(code), qPrintable(code));
    }

    void noTasksSaysWhy()
    {
        for (const TrdDocument& d : std::as_const(m_docs)) {
            if (d.path != u"docs/TRD/no-tasks-recognised.md")
                continue;
            const QJsonObject o = TasksReport::documentJson(d);
            const QJsonObject nt = o.value(u"no_tasks").toObject();
            QVERIFY(nt.value(u"message").toString().contains(d.path));
            const QJsonArray c = nt.value(u"candidates").toArray();
            // The paragraph with estimates and both criteria; the error codes are no near-miss.
            QCOMPARE(c.size(), 3);
            QVERIFY(c.at(0).toObject().value(u"why").toString().contains(u"estimate"));
            QVERIFY(c.at(1).toObject().value(u"why").toString().contains(u"acceptance"));
        }
    }

    void unclosedFenceIsLocated()
    {
        for (const TrdDocument& d : std::as_const(m_docs)) {
            if (d.path != u"docs/TRD/unclosed-fence.md")
                continue;
            for (const Diagnostic& x : d.diagnostics) {
                if (x.code == u"trd-unclosed-fence") {
                    QCOMPARE(x.line, 9);
                    QVERIFY2(x.message.contains(u"line 9") && x.message.contains(u"5 lines"),
                             qPrintable(x.message));
                    return;
                }
            }
        }
        QFAIL("no trd-unclosed-fence");
    }

    void reportJsonNamesClassAndForms()
    {
        const QJsonObject tasks = TasksReport::toJson(m_docs);
        int plans = 0;
        for (const QJsonValue& v : tasks.value(u"documents").toArray()) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(u"class"));
            QVERIFY(o.value(u"recognised_forms").isArray());
            if (o.value(u"class").toString() == u"plan")
                ++plans;
            else
                QVERIFY(!o.contains(u"tasks")); // a PRD's ids are no tasks
        }
        int want = 0;
        for (const QJsonValue& v : expected())
            want += v.toObject().value(u"class").toString() == u"plan" ? 1 : 0;
        QCOMPARE(plans, want);
    }

    void kiroSpecsAreFoundNeverThroughALink()
    {
        // .kiro/specs/<feature>/tasks.md is a plan; a .kiro that is a link leaving the
        // project is not followed.
        QTemporaryDir dir;
        QTemporaryDir outside;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".kiro/specs/a")));
        QVERIFY(QFile::copy(kCorpus + QStringLiteral("/.kiro/specs/rate-limiter/tasks.md"),
                            dir.filePath(QStringLiteral(".kiro/specs/a/tasks.md"))));
        QCOMPARE(TasksReport::documentPaths(dir.path()),
                 QStringList{QStringLiteral(".kiro/specs/a/tasks.md")});
        QTemporaryDir linked;
        QVERIFY(QDir(outside.path()).mkpath(QStringLiteral("specs/b")));
        QVERIFY(QFile::copy(kCorpus + QStringLiteral("/.kiro/specs/rate-limiter/tasks.md"),
                            outside.filePath(QStringLiteral("specs/b/tasks.md"))));
        QVERIFY(QFile::link(outside.path(), linked.filePath(QStringLiteral(".kiro"))));
        QVERIFY(TasksReport::documentPaths(linked.path()).isEmpty());
    }

    // Plans kept outside docs/: folders named for plans at any depth, files named as plans
    // or requirements, and markdown whose text is a plan. Never dependencies, tool prompts,
    // templates, READMEs or changelogs, never through a link, and only a file's head is
    // read to decide.
    void plansAreFoundWhereTeamsKeepThem()
    {
        QTemporaryDir dir;
        const QByteArray plan = "# Sync rollout\n\n## Sprint 1: Base\n\n"
                                "- [ ] **SYN-001**: Queue table (2h)\n"
                                "- [x] **SYN-002**: Retry worker (3h)\n"
                                "- [ ] **SYN-003**: Metrics (1h)\n";
        const QByteArray prose = "# Notes\n\nWe talked about the plan. Nothing to do yet.\n";
        auto put = [&dir](const QString& rel, const QByteArray& bytes) {
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(rel)).path()));
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        const QStringList found{
            QStringLiteral(".claude/plans/sync-rollout.md"), QStringLiteral(".planning/ROADMAP.md"),
            QStringLiteral("thoughts/shared/plans/2026-01-05-sync.md"),
            QStringLiteral("ai_docs/tasks/0007-sync.md"),
            QStringLiteral("project/0042_sync_TRD.md"), QStringLiteral("project/0042_sync_PRD.md"),
            QStringLiteral("AI_docs/prd/06-sprint-plans/sprint-1-sync.md"),
            QStringLiteral("dev/active/sync/sync-tasks.md"),
            // By its text: no folder or name says plan.
            QStringLiteral("dev/active/sync/WORK_BREAKDOWN.md"),
            QStringLiteral("apps/shop/notes/next-steps.md")};
        for (const QString& rel : found)
            put(rel, plan);
        const QStringList notFound{
            // Dependencies, build output, tool prompts, templates, fixtures.
            QStringLiteral("deps/phoenix/TASKS.md"),
            QStringLiteral("node_modules/pkg/plans/sync.md"),
            QStringLiteral("_build/dev/lib/x/ROADMAP.md"),
            QStringLiteral("assets/node_modules/x/sprint-1.md"),
            QStringLiteral("vendor/lib/roadmap.md"),
            QStringLiteral(".claude/commands/plan-sprint.md"),
            QStringLiteral(".claude/get-shit-done/templates/roadmap.md"),
            // BMAD v4's installed method, hidden: its task prompts.
            QStringLiteral(".bmad-core/tasks/create-next-story.md"),
            QStringLiteral("lib/templates/sprint-plan.md"),
            QStringLiteral("test/fixtures/plans/sync.md"),
            QStringLiteral("test/fuzz/corpus/trd/plan.md"),
            // Repository files, hidden tool folders, prose.
            QStringLiteral("CHANGELOG.md"), QStringLiteral("apps/shop/README.md"),
            QStringLiteral("apps/shop/CHANGELOG.md"), QStringLiteral("CLAUDE.md"),
            QStringLiteral(".github/projects/board.md"),
            QStringLiteral("apps/shop/notes/meeting.md")};
        for (const QString& rel : notFound)
            put(rel, rel.endsWith(u"meeting.md") ? prose : plan);
        QStringList want = found;
        std::sort(want.begin(), want.end(), DocumentKind::lessByPriority);
        QCOMPARE(TasksReport::documentPaths(dir.path()), want);
        // The plan in the middle of a big file is past the head: not read to find it.
        put(QStringLiteral("apps/shop/notes/long.md"),
            "# Long\n\n" + QByteArray(TasksReport::kLookBytes, '.') + "\n\n" + plan);
        QCOMPARE(TasksReport::documentPaths(dir.path()), want);
        // Never through a link, to a folder or a file, inside the project or out of it.
        QTemporaryDir outside;
        QVERIFY(QDir(outside.path()).mkpath(QStringLiteral("plans")));
        QVERIFY(QFile::copy(dir.filePath(found.first()),
                            outside.filePath(QStringLiteral("plans/a.md"))));
        QVERIFY(
            QFile::copy(dir.filePath(found.first()), outside.filePath(QStringLiteral("next.md"))));
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("linked"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("next.md")),
                            dir.filePath(QStringLiteral("apps/shop/notes/outside.md"))));
        QVERIFY(QFile::link(dir.filePath(found.last()),
                            dir.filePath(QStringLiteral("apps/shop/notes/inside.md"))));
        QCOMPARE(TasksReport::documentPaths(dir.path()), want);
        // The same files as the board sees them (a file list and a look inside).
        QStringList files = found + notFound;
        QStringList paths = TaskDocuments::documentPaths(files);
        paths << TasksReport::plansByContent(dir.path(), TaskDocuments::lookInside(files));
        std::sort(paths.begin(), paths.end(), DocumentKind::lessByPriority);
        QCOMPARE(paths, want);
    }

    // At the root a plan is named so at the end as often as at the start
    // ("IMPLEMENTATION_PLAN.md", "ADVANCED_JOINS_IMPLEMENTATION_PLAN.md"): listed by name, as
    // deeper down, since plain checkboxes under phases read as a plan only once parsed.
    void rootPlansNamedAtTheEnd()
    {
        QVERIFY(DocumentKind::isCandidate(u"IMPLEMENTATION_PLAN.md"));
        QVERIFY(DocumentKind::isCandidate(u"GLAZE_LIBRARY_IMPLEMENTATION_PLAN.md"));
        QVERIFY(DocumentKind::isCandidate(u"product-roadmap.md"));
        QVERIFY(!DocumentKind::isCandidate(u"EXPLANATION.md"));
        QVERIFY(!DocumentKind::isCandidate(u"WORKPLANE_NOTES.md"));
        QVERIFY(!DocumentKind::isCandidate(u"README.md"));
        // Its head alone is no plan: the name is what lists it.
        QFile f(kCorpus + QStringLiteral("/GLAZE_LIBRARY_IMPLEMENTATION_PLAN.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(DocumentKind::classify(u"GLAZE_LIBRARY_IMPLEMENTATION_PLAN.md", f.readAll()).cls,
                 DocumentClass::Other);
    }

    // "agents/TASKS.md" beside "agents/reviewer.md": the team keeps its board with its agent
    // prompts. A file named for nothing but a plan is the plan; the rest of the folder stays
    // agent definitions, and hidden or tool folders stay out whatever the name.
    void planNamedFilesInAnAgentsFolder()
    {
        QVERIFY(DocumentKind::isCandidate(u"agents/TASKS.md"));
        QVERIFY(DocumentKind::isCandidate(u"agents/ROADMAP.md"));
        QVERIFY(DocumentKind::isCandidate(u"tools/agents/todo.md"));
        QVERIFY(!DocumentKind::isCandidate(u"agents/reviewer.md"));
        QVERIFY(!DocumentKind::isCandidate(u"agents/sprint-prioritizer.md"));
        QVERIFY(!DocumentKind::isCandidate(u".claude/agents/TASKS.md"));
        QVERIFY(!DocumentKind::isCandidate(u"skills/agents/TASKS.md"));
        QVERIFY(!DocumentKind::isCandidate(u"deps/agents/TASKS.md"));
        const QByteArray board = "# Kiosk Tasks\n\n"
                                 "| ID | Task | Status | Priority |\n"
                                 "|----|------|--------|----------|\n"
                                 "| KIO-001 | Lock the screen after a sale | DONE | High |\n"
                                 "| KIO-002 | Print the receipt footer | TODO | Low |\n"
                                 "| KIO-003 | Retry a failed card read | DONE | Medium |\n";
        QCOMPARE(DocumentKind::classify(u"agents/TASKS.md", board, 3).cls, DocumentClass::Plan);
        QCOMPARE(DocumentKind::classify(u"docs/agents/tasks.md", board, 3).cls,
                 DocumentClass::Plan);
        const QByteArray prompt = "# Receipt Reviewer\n\nYou review receipt layouts.\n\n"
                                  "- [ ] Check the footer\n- [ ] Check the totals\n";
        QCOMPARE(DocumentKind::classify(u"agents/receipt-reviewer.md", prompt).cls,
                 DocumentClass::Agent);

        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("agents")));
        for (const auto& [rel, bytes] : {std::pair{QStringLiteral("agents/TASKS.md"), board},
                                         std::pair{QStringLiteral("agents/reviewer.md"), prompt}}) {
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QCOMPARE(TasksReport::documentPaths(dir.path()),
                 QStringList{QStringLiteral("agents/TASKS.md")});
        const QList<TrdDocument> docs = TasksReport::readDocuments(dir.path());
        QCOMPARE(docs.size(), 1);
        QCOMPARE(docs.first().documentClass, DocumentClass::Plan);
        QCOMPARE(docs.first().tasks.size(), 3);
    }

    // "docs/agent-kit/skills/triage-tickets/SKILL.md": an agent's skill kept under docs/,
    // its "#### Step 2: Read the ticket" headings the procedure the agent follows. Not a
    // plan; a SKILL.md without the front matter is read like any document.
    void agentSkillsUnderDocsAreNoPlans()
    {
        const QByteArray skill = "---\nname: triage-tickets\ndescription: Sorts new tickets "
                                 "by area before a sprint starts.\n---\n\n"
                                 "# Triage Tickets\n\n## Procedure\n\n"
                                 "#### Step 1: List the new tickets (5 min)\n\nRun the query.\n\n"
                                 "#### Step 2: Read each ticket (10 min)\n\nNote its area.\n\n"
                                 "#### Step 3: Tag the area (5 min)\n\nSet the label.\n";
        const DocumentKind::Verdict v =
            DocumentKind::classify(u"docs/agent-kit/skills/triage-tickets/SKILL.md", skill, 3);
        QCOMPARE(v.cls, DocumentClass::Other);
        const QByteArray plain = skill.sliced(skill.indexOf("# Triage"));
        QCOMPARE(
            DocumentKind::classify(u"docs/agent-kit/skills/triage-tickets/SKILL.md", plain, 3).cls,
            DocumentClass::Plan);
    }

    // A plan kept in a folder no name marks ("__notes/taskorders/taskorder-phase-1.md"),
    // written as plain boxes under a phase heading: no line of its head is a task line, so
    // the head is parsed, and the parser's class decides, as for a listed document. A note
    // with the same heading and no box stays out.
    void plainBoxesUnderPhasesAreFoundByContent()
    {
        QTemporaryDir dir;
        auto put = [&dir](const QString& rel, const QByteArray& bytes) {
            QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(rel)).path()));
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        const QByteArray phase = "# Kiln Controller Build Plan\n\n"
                                 "## Phase 1: Kiln Setup\n"
                                 "1. Wiring\n"
                                 "   - [ ] Mount the relay board\n"
                                 "   - [ ] Run the thermocouple lead\n"
                                 "2. Firmware\n"
                                 "   - [x] Flash the controller\n"
                                 "   - [ ] Calibrate at cone 06\n";
        put(QStringLiteral("__notes/orders/order-phase-1.md"), phase);
        put(QStringLiteral("__notes/orders/phase-1-notes.md"),
            "# Kiln Controller Build Plan\n\n## Phase 1: Kiln Setup\n\n"
            "We spoke about the relay and the lead.\n");
        QCOMPARE(DocumentKind::classify(u"__notes/orders/order-phase-1.md", phase).cls,
                 DocumentClass::Other);
        QCOMPARE(TasksReport::documentPaths(dir.path()),
                 QStringList{QStringLiteral("__notes/orders/order-phase-1.md")});
    }

    // "notes/reviews/phase-18-comprehensive-review.md" titled "# Phase 18 Comprehensive
    // Review": a review among reviews, its findings numbered like tasks and ticked as fixed.
    // The same file among a sprint's files plans the sprint's next steps.
    void reviewsInAReviewsFolderAreReports()
    {
        const QByteArray review = "# Phase 4 Comprehensive Review: Glaze Import\n\n"
                                  "## 1. Findings\n\n"
                                  "### Task 4.1: Batch the recipe inserts\n- [x] Done\n\n"
                                  "### Task 4.2: Log skipped rows\n- [x] Done\n\n"
                                  "### Task 4.3: Name the import job\n- [ ] Open\n";
        QCOMPARE(
            DocumentKind::classify(u"notes/reviews/phase-4-comprehensive-review.md", review, 3).cls,
            DocumentClass::Report);
        QCOMPARE(DocumentKind::classify(u"scrum/sprint4/PHASE_4_REVIEW.md", review, 3).cls,
                 DocumentClass::Plan);
        QCOMPARE(DocumentKind::classify(u"notes/reviews/phase-4-notes.md", review, 3).cls,
                 DocumentClass::Plan);
    }

    void hoursPerDayIsAProjectSetting()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/TRD")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".workbench")));
        QVERIFY(QFile::copy(kCorpus + QStringLiteral("/docs/TRD/checklist-task-days.md"),
                            dir.filePath(QStringLiteral("docs/TRD/days.md"))));
        QFile settings(dir.filePath(QStringLiteral(".workbench/tasks.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"hours_per_day": 6})");
        settings.close();
        QCOMPARE(TasksReport::hoursPerDay(dir.path()), 6.0);
        const QList<TrdDocument> docs = TasksReport::readDocuments(dir.path());
        QCOMPARE(docs.size(), 1);
        QCOMPARE(TrdStats::of(docs.first()).hoursTotal, 3 * 6 + 2 * 6 + 5 * 6 + 4.0);
        const QJsonObject o = TasksReport::documentJson(docs.first());
        QCOMPARE(o.value(u"hours_per_day").toDouble(), 6.0);
        QVERIFY(o.value(u"hours_from_days").toBool());
    }

    void repeatsAreAggregated()
    {
        // 60,000 definitions of one id: one finding with the count, not 60,000.
        QByteArray md = "# Big\n\n";
        for (int i = 0; i < 60000; ++i)
            md += "### TRD-001: Same (1h)\n\n";
        const TrdDocument d = TrdParser::parse(md, QStringLiteral("big.md"));
        int dup = 0;
        QString message;
        for (const Diagnostic& x : TrdLint::all(d)) {
            if (x.code == u"trd-duplicate-id") {
                ++dup;
                message = x.message;
            }
        }
        QCOMPARE(dup, 1);
        QVERIFY2(message.contains(u"60") && message.contains(u"line 3"), qPrintable(message));
        QVERIFY(TrdLint::all(d).size() < 120);
    }

    void seedAndDemo()
    {
        QDir seeds(QStringLiteral(PWB_SEEDS));
        QString seed = seeds.filePath(QStringLiteral("trd-elixir-phoenix-expert-integration.md"));
        if (!QFile::exists(seed)) {
            QDir dir(QStringLiteral(PWB_FIXTURES));
            while (dir.cdUp() && !QFile::exists(seed))
                seed = dir.filePath(
                    QStringLiteral("shared/seeds/trd-elixir-phoenix-expert-integration.md"));
        }
        if (QFile::exists(seed)) {
            QFile f(seed);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const TrdDocument d = TrdParser::parse(f.readAll(), QStringLiteral("seed.md"));
            QCOMPARE(d.documentClass, DocumentClass::Plan);
            QVERIFY(d.forms.contains(u"bold"));
            QVERIFY(d.tasks.size() >= 30);
        }
        const QList<TrdDocument> demo =
            TasksReport::readDocuments(QStringLiteral(PWB_DEMO_PROJECT));
        int plans = 0;
        for (const TrdDocument& d : demo) {
            if (d.path == u"docs/TRD/shop-checkout-revamp.md") {
                ++plans;
                QCOMPARE(d.documentClass, DocumentClass::Plan);
                QVERIFY(!d.tasks.isEmpty());
            }
            if (d.path == u"docs/PRD/shop-checkout-revamp.md")
                QCOMPARE(d.documentClass, DocumentClass::Requirements);
        }
        QCOMPARE(plans, 1);
    }

private:
    QList<TrdDocument> m_docs;
};

QTEST_GUILESS_MAIN(TestTaskCorpus)
#include "tst_taskcorpus.moc"
