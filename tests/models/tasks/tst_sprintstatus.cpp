// SPDX-License-Identifier: MIT
#include "core/documentkind.h"
#include "core/plansearch.h"
#include "tasks/sprintstatus.h"
#include "tasks/tasksreport.h"
#include "tasks/trdparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pwb;

namespace {
// A tracker in the form BMAD writes it: a commented header, then one line per epic, story and
// retrospective under development_status.
const QByteArray kTracker = R"(# generated: 2026-03-02
# project: harbour
# STATUS DEFINITIONS: backlog, drafted, ready-for-dev, in-progress, review, done

generated: 2026-03-02
project: harbour
tracking_system: file-system

development_status:
  # Epic 1: Moorings
  epic-1: done
  1-1-berth-schema: done
  1-2-berth-booking-form: deployed
  1-3-tide-warnings: review
  epic-1-retrospective: completed

  # Epic 2: Invoices
  epic-2: in-progress
  2-1-invoice-export: in-progress
  2-2-late-fee-rules: backlog
  2-10b-credit-notes: done
)";

bool write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestSprintStatus : public QObject
{
    Q_OBJECT
private slots:
    void storyKeysNameStories()
    {
        QCOMPARE(SprintStatus::storyId(u"1-2-berth-booking-form"), QStringLiteral("Story 1.2"));
        QCOMPARE(SprintStatus::storyId(u"12-10-retry"), QStringLiteral("Story 12.10"));
        QCOMPARE(SprintStatus::storyId(u"2-10b-credit-notes"), QStringLiteral("Story 2.10b"));
        QCOMPARE(SprintStatus::storyId(u"epic-1"), QString());
        QCOMPARE(SprintStatus::storyId(u"epic-1-retrospective"), QString());
        QCOMPARE(SprintStatus::storyId(u"1-2"), QString()); // no slug
        QCOMPARE(SprintStatus::storyId(u"1-x-slug"), QString());
        QCOMPARE(SprintStatus::storyId(u"20260302-1-slug"), QString()); // a date, not an epic
    }

    void trackerIsAReportOfDoneStories()
    {
        const TrdDocument doc = TrdParser::parse(kTracker, QStringLiteral("docs/sprint-status.yaml"));
        QCOMPARE(doc.documentClass, DocumentClass::Report);
        QVERIFY(doc.tasks.isEmpty()); // evidence for the plan's stories, not stories of its own
        QCOMPARE(doc.title, QStringLiteral("harbour"));
        QVERIFY2(doc.classReason.contains(u"6 stories") && doc.classReason.contains(u"3 done") &&
                     doc.classReason.contains(u"2 in progress"),
                 qPrintable(doc.classReason));
        QStringList ids;
        for (const TrdLink& m : doc.doneMentions)
            ids << m.requirement;
        QCOMPARE(ids, (QStringList{QStringLiteral("Story 1.1"), QStringLiteral("Story 1.2"),
                                   QStringLiteral("Story 2.10b")}));
        QCOMPARE(doc.doneMentions.at(1).line, 13);
        QCOMPARE(doc.doneMentions.at(1).tasks, QStringList{QStringLiteral("1-2-berth-booking-form: deployed")});
        QVERIFY(doc.diagnostics.isEmpty());
    }

    void otherYamlOrBrokenYamlIsSaidSo()
    {
        const TrdDocument other = TrdParser::parse(
            "sprint:\n  id: S-1\n  status: COMPLETED\nstories:\n  - id: \"1.1\"\n",
            QStringLiteral("docs/sprints/sprint-status.yaml"));
        QCOMPARE(other.documentClass, DocumentClass::Other);
        QVERIFY(other.doneMentions.isEmpty());

        const TrdDocument broken = TrdParser::parse(
            "development_status:\n  1-1-a: done\n  1-2-b: [unclosed\n",
            QStringLiteral("docs/sprint-status.yaml"));
        QVERIFY(!broken.diagnostics.isEmpty());
        QCOMPARE(broken.diagnostics.first().path, QStringLiteral("docs/sprint-status.yaml"));
        QVERIFY(broken.diagnostics.first().line >= 3);
    }

    void trackerIsFoundWhereBmadWritesIt()
    {
        QVERIFY(DocumentKind::isCandidate(u"docs/sprint-status.yaml"));
        QVERIFY(DocumentKind::isCandidate(u"docs/sprint-artifacts/sprint-status.yaml"));
        QVERIFY(DocumentKind::isCandidate(u"_bmad-output/implementation-artifacts/sprint-status.yaml"));
        QVERIFY(DocumentKind::isCandidate(u"sprint-status.yml"));
        // A command of a tool set-up, a tool's hidden folder, a dependency: not the project's.
        QVERIFY(!DocumentKind::isCandidate(u"packages/metrics/commands/sprint-status.yaml"));
        QVERIFY(!DocumentKind::isCandidate(u".bmad-core/data/sprint-status.yaml"));
        QVERIFY(!DocumentKind::isCandidate(u"node_modules/x/sprint-status.yaml"));
        QVERIFY(!DocumentKind::isCandidate(u"docs/sprint-status.json"));
        // BMAD's installed workflows and templates are the tool's, by path or by text.
        for (const char16_t* tool :
             {u"bmad/bmm/workflows/4-implementation/create-story/template.md",
              u"_bmad/bmb/workflows/workflow/data/step-file-rules.md",
              u"bmad-core/tasks/create-next-story.md", u"bmad/bmm/workflows/sprint-status.yaml"}) {
            QVERIFY2(!DocumentKind::isCandidate(QStringView(tool)),
                     qPrintable(QStringView(tool).toString()));
            QVERIFY2(!DocumentKind::worthALook(QStringView(tool)),
                     qPrintable(QStringView(tool).toString()));
        }
    }

    void doneStoriesOfTheEpicsShowAsDone()
    {
        // The epics file defines the stories; a sprint plan reuses "Story 1.1" for other work
        // and a retrospective lists stories too: neither takes the tracker's word, and neither
        // makes the epics' ids ambiguous for it.
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(QStringLiteral("docs/sprint-status.yaml")), kTracker));
        QVERIFY(write(dir.filePath(QStringLiteral("docs/epics.md")),
                      "# Harbour - Epic Breakdown\n\n## Epic 1: Moorings\n\n"
                      "### Story 1.1: Berth schema\n\nAs a harbour master I want berths stored.\n\n"
                      "### Story 1.2: Berth booking form\n\nAs a skipper I want to book a berth.\n\n"
                      "### Story 1.3: Tide warnings\n\nAs a skipper I want tide warnings.\n\n"
                      "## Epic 2: Invoices\n\n### Story 2.1: Invoice export\n\nExport invoices.\n"));
        QVERIFY(write(dir.filePath(QStringLiteral("docs/sprints/hotfix-sprint.md")),
                      "# Hotfix Sprint Plan\n\n## Sprint 1: Hotfixes\n\n"
                      "### Story 1.1: Fix the login loop (3 pts)\n\nThe loop on expired tokens.\n\n"
                      "### Story 1.2: Fix the export encoding (2 pts)\n\nUTF-8 in CSV.\n"));
        const QList<TrdDocument> docs = TasksReport::readDocuments(dir.path(), 8);
        const TrdDocument* epics = nullptr;
        const TrdDocument* hotfix = nullptr;
        for (const TrdDocument& d : docs) {
            if (d.path == u"docs/epics.md")
                epics = &d;
            else if (d.path == u"docs/sprints/hotfix-sprint.md")
                hotfix = &d;
        }
        QVERIFY(epics && hotfix);
        QCOMPARE(hotfix->documentClass, DocumentClass::Plan);
        QCOMPARE(hotfix->tasks.size(), 2);
        QCOMPARE(epics->documentClass, DocumentClass::Plan);
        QCOMPARE(epics->tasks.size(), 4);
        QStringList done;
        for (const TrdTask& t : epics->tasks) {
            if (epics->statusOf(t) == TaskStatus::Done) {
                done << t.id;
                QCOMPARE(t.extra().evidencePath, QStringLiteral("docs/sprint-status.yaml"));
            }
        }
        QCOMPARE(done, (QStringList{QStringLiteral("Story 1.1"), QStringLiteral("Story 1.2")}));
        for (const TrdTask& t : hotfix->tasks)
            QVERIFY2(hotfix->statusOf(t) != TaskStatus::Done, qPrintable(t.id));
    }
};

QTEST_MAIN(TestSprintStatus)
#include "tst_sprintstatus.moc"
