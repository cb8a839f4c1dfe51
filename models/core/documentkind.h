// SPDX-License-Identifier: MIT
// The one rule for "what kind of document is this": which markdown files the task board,
// the graph and the report look at, and whether one is a plan, requirements, a report, an
// agent definition or something else, from its path and its text.
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace pwb {

enum class DocumentClass
{
    Plan,
    Requirements,
    Report,
    Agent,
    Other
};

namespace DocumentKind {

struct Verdict
{
    DocumentClass cls = DocumentClass::Other;
    QString reason; // a few words: what decided it ("12 checklist tasks, docs/TRD/")
    // Plan signs outweighed the others, but no line counted here is a task: plain
    // checkboxes under "## Phase 1" are, once the parser has read them.
    bool planSigns = false;
};

// Markdown files that may hold a plan: any *.md under docs/ (also PRDs and reports, so
// they can be classified and shown on request), specs/**/tasks.md and plan.md, and
// plan-like names at the project root (PLAN.md, TODO.md, TASKS.md, ROADMAP.md...).
// Also every *.md in a top-level folder where teams keep plans outside docs/
// (project-management/, planning/, sprints/, backlog/...: isPlanFolder) and the task lists
// of specs/<feature>/ one folder down ("ralph/specs/<feature>/checklist.md").
bool isCandidate(QStringView relativePath);
// BMAD's sprint-status.yaml (or .yml): the story statuses of a BMAD project. A candidate
// too, read as a report (SprintStatus).
bool isSprintStatus(QStringView path);
// A top-level folder name that holds plans: "project-management", "planning", "sprints"...
bool isPlanFolder(QStringView folder);
// Candidates under docs/TRD/ and docs/PRD/ sort first: they are what the board is for.
bool lessByPriority(const QString& a, const QString& b);

// Reads at most the first 256 KB of `content` (linear, no allocation per line).
// `tasksRead`: how many tasks the task parser read from it, plan evidence in forms the
// line counts here do not know; `stepsRead`: how many of its tasks were "Step N" headings,
// evidence only in a document titled as a plan (a how-to has steps too); `boxedSteps`: how
// many of those are steps of a phase ("Step 1.2") with checkboxes of their own, evidence
// also in a document named or filed as a plan. A document is a plan only with such evidence (task
// lines, task headings or rows, estimates) or under docs/TRD/ or named TRD/tasks/TODO/backlog.
Verdict classify(QStringView relativePath, QByteArrayView content, int tasksRead = 0,
                 int stepsRead = 0, int boxedSteps = 0);

// Id prefixes that name requirements or decisions, not tasks: REQ, FR, NFR, AC, US (user
// stories), UC, BR, KPI, M (metrics), G (goals), RISK, ADR, TD (technical decisions)...
// ("FR" for FR-1).
bool isRequirementPrefix(QStringView prefix);

// "card-101", "ticket-007", "TKT-12": a ticket's id as a team's board writes it in brackets
// ("- [card-101] **Title**"): 1 to 12 letters of either case, a hyphen, 1 to 6 digits. The
// parser reads such lines as tasks; the classifier counts them as task lines.
bool isTicketCode(QByteArrayView inner);

// Prefixes of names written like ids that are models, standards or algorithms, never tasks:
// GPT-2, SHA-256, ISO-8601, RFC-7231, UTF-8, CVE-2024-1234, COVID-19...
bool isNamePrefix(QStringView prefix);

// Where the cards of a kanban board's lane stand.
enum class Lane
{
    None, // no lane: a heading of another kind
    Todo,
    InProgress,
    Blocked,
    Done,
    Review // "Review", "In Review", "Code Review", "Testing", "QA": under way, but only a lane
           // on a board that has shown two others (a guide has such sections too)
};
// "In Progress (3)", "🚧 Doing", "WIP", "On hold", "Backlog": a heading that is only a status
// names a lane of a kanban board (the Obsidian plugin's, a TODO.md's). Signs and a count in
// parentheses around the words do not change it; case does not matter. The one table of
// lane words, for the classifier and the parser.
Lane laneOf(QStringView heading);
Lane laneOf(QByteArrayView utf8Heading);

// A field of a ticket file's header: "**Status:** ⏳ To Do", "- **Estimated Effort**: 1 Hour",
// "**Story Points:** 3", "**Depends On:** T001", "* Priority: High". Which one it is (the one
// table of ticket keys, for the classifier and the parser) and where its value starts in the
// line; None for any other line.
enum class TicketField
{
    None,
    Status,       // "Status", "State"
    Estimate,     // "Estimate", "Estimated Effort", "Effort", "Estimated Time", "Estimate (hours)"
    Points,       // "Story Points", "Points"
    Dependencies, // "Dependencies", "Depends On", "Blocked By"
    Priority
};
TicketField ticketField(QByteArrayView line, qsizetype* valueAt);

// "plan", "requirements", "report", "agent", "other" (stable: --report prints them).
QString name(DocumentClass c);
// Translated, for views.
QString label(DocumentClass c);

} // namespace DocumentKind

} // namespace pwb
