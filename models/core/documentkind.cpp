// SPDX-License-Identifier: MIT
#include "documentkind.h"
#include "plansearch.h"
#include "statusword.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace pwb {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DocumentKind)
};
} // namespace

namespace {

constexpr qsizetype kScanBytes = 256 * 1024;

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
char lowerAscii(char c)
{
    return isUpper(c) ? char(c - 'A' + 'a') : c;
}
bool isAsciiLetterByte(char c)
{
    return (lowerAscii(c) >= 'a' && lowerAscii(c) <= 'z');
}

// The Latin-1 bytes v as UTF-16 on the stack while f looks at them: the prefix tests take
// UTF-16, and a QString per id line was the costliest part of classify() on a large plan.
template <typename F> bool widened(QByteArrayView v, F&& f)
{
    char16_t buf[16];
    if (v.size() > qsizetype(std::size(buf)))
        return f(QString::fromLatin1(v));
    for (qsizetype i = 0; i < v.size(); ++i)
        buf[i] = uchar(v[i]);
    return f(QStringView(buf, v.size()));
}
bool isRequirementPrefix(QByteArrayView prefix)
{
    return widened(prefix, [](QStringView p) { return DocumentKind::isRequirementPrefix(p); });
}

// The prefix of a PREFIX-NNN id at the start of [p, e) ("TRD" for "TRD-001"), empty when
// the text does not start with one. Up to two groups of letters may stand between the
// prefix and the number, as the parser reads them: "TRD-FSC-001" (a plan's own area),
// "FR-AUTH-002" (a requirement's); the prefix is the first group.
QByteArrayView idPrefix(const char* p, const char* e)
{
    const char* q = p;
    if (q == e || !isUpper(*q))
        return {};
    while (q < e && (isUpper(*q) || isDigit(*q) || *q == '_'))
        ++q;
    if (q == e || *q != '-')
        return {};
    const char* r = q + 1;
    for (int group = 0;; ++group) {
        const char* letters = r;
        while (r < e && isUpper(*r))
            ++r;
        if (r < e && isDigit(*r))
            break;
        if (group == 2 || r == letters || r + 1 >= e || *r != '-')
            return {};
        ++r; // "FSC-" of "TRD-FSC-001"
    }
    if (q - p <= 5 && widened(QByteArrayView(p, q - p),
                              [](QStringView v) { return DocumentKind::isNamePrefix(v); }))
        return {}; // "GPT-2", "SHA-256"
    return QByteArrayView(p, q - p);
}

// "D57" of "D57-1": a design decision's prefix, "D" and the number of its story.
bool isDecisionPrefix(QByteArrayView prefix)
{
    if (prefix.size() < 2 || prefix.at(0) != 'D')
        return false;
    return std::all_of(prefix.begin() + 1, prefix.end(),
                       [](char c) { return c >= '0' && c <= '9'; });
}

bool containsLower(QByteArrayView hay, const char* needle)
{
    const qsizetype n = qsizetype(std::strlen(needle));
    if (n == 0 || hay.size() < n)
        return false;
    for (qsizetype i = 0; i + n <= hay.size(); ++i) {
        qsizetype k = 0;
        while (k < n && lowerAscii(hay.at(i + k)) == needle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

bool containsAny(QByteArrayView hay, std::initializer_list<const char*> needles)
{
    for (const char* n : needles) {
        if (containsLower(hay, n))
            return true;
    }
    return false;
}

QByteArrayView trimmedStart(QByteArrayView v)
{
    qsizetype i = 0;
    while (i < v.size() && (v.at(i) == ' ' || v.at(i) == '\t'))
        ++i;
    return v.sliced(i);
}

QByteArrayView skipBold(QByteArrayView v)
{
    if (v.startsWith("**") || v.startsWith("__"))
        return v.sliced(2);
    return v;
}

// "Task 1.1", "Task I-1.2", "Step 3": a word task lists use with a dotted number.
bool startsWithTaskWord(QByteArrayView v)
{
    for (const char* w : {"task ", "step "}) {
        const qsizetype n = qsizetype(std::strlen(w));
        if (v.size() > n && containsLower(v.first(n), w)) {
            const char c = v.at(n);
            return isDigit(c) || isUpper(c);
        }
    }
    return false;
}

// "Task 1.1", "Task I-2": a task word with a number, plan evidence on its own ("Task
// Breakdown" and "Step 3" of a how-to are not).
bool startsWithNumberedTask(QByteArrayView v)
{
    constexpr qsizetype n = 5; // "task "
    if (v.size() <= n + 1 || !containsLower(v.first(n), "task "))
        return false;
    const char c = v.at(n);
    return isDigit(c) || (isUpper(c) && (v.at(n + 1) == '-' || isDigit(v.at(n + 1))));
}

// "Story 14.2: Title" (BMAD's epics files): a story numbered within its epic, work to build.
// "Story 2 depends on …" and "User Story 3" are not.
bool startsWithNumberedStory(QByteArrayView v)
{
    constexpr qsizetype n = 6; // "story "
    if (v.size() <= n + 3 || !containsLower(v.first(n), "story "))
        return false;
    qsizetype i = n;
    while (i < v.size() && (isDigit(v.at(i)) || (v.at(i) == '.' && i > n)))
        ++i;
    return i > n && i < v.size() && v.at(i) == ':' && v.sliced(n, i - n).contains('.');
}

// "T001 ..." (spec-kit task lists): a short upper-case prefix glued to digits.
bool startsWithPlainId(QByteArrayView v)
{
    qsizetype i = 0;
    while (i < v.size() && i < 4 && isUpper(v.at(i)))
        ++i;
    if (i == 0)
        return false;
    const qsizetype d = i;
    while (i < v.size() && isDigit(v.at(i)))
        ++i;
    return i - d >= 2 && (i == v.size() || v.at(i) == ' ' || v.at(i) == ':');
}

// "3.1.1 Task {#tool-catalog} [repo: app] - Publish the catalog": a task item of a plan written
// as one nested checklist, its number then its kind.
bool startsWithNumberedTaskItem(QByteArrayView v)
{
    qsizetype i = 0;
    while (i < v.size() && i < 24 && (isDigit(v.at(i)) || (v.at(i) == '.' && i > 0)))
        ++i;
    return i > 0 && v.at(i - 1) != '.' && v.sliced(i).startsWith(" Task ");
}

// Each "(12" or "(~1.5" in v, then spaces: whether unitOk(where the unit would start)
// holds for one of them.
template <typename UnitOk> bool numberInParens(QByteArrayView v, UnitOk unitOk)
{
    for (qsizetype i = v.indexOf('('); i >= 0 && i + 1 < v.size(); i = v.indexOf('(', i + 1)) {
        qsizetype j = i + 1;
        if (j < v.size() && v.at(j) == '~')
            ++j;
        const qsizetype d = j;
        while (j < v.size() && (isDigit(v.at(j)) || v.at(j) == '.'))
            ++j;
        if (j == d)
            continue;
        while (j < v.size() && v.at(j) == ' ')
            ++j;
        if (unitOk(j))
            return true;
    }
    return false;
}

// "(4h)", "(3 days)", "(5 SP)": an estimate in parentheses somewhere in the line.
bool hasEstimate(QByteArrayView v)
{
    return numberInParens(v, [v](qsizetype j) {
        if (j >= v.size())
            return false;
        const char u = lowerAscii(v.at(j));
        return u == 'h' || u == 'd' || u == 'w' || u == 'm' || u == 'p' || u == 's';
    });
}

// "(4h)", "(2 days)", "(5 SP)" and no "(200 ms)", "(3 steps)", "(2 services)": an
// estimate a plan's prose gives a piece of work, stricter than hasEstimate because it is
// evidence on its own.
bool hasWorkEstimate(QByteArrayView v)
{
    return numberInParens(v, [v](qsizetype u) {
        qsizetype j = u;
        while (j < v.size() && (isUpper(v.at(j)) || (v.at(j) >= 'a' && v.at(j) <= 'z')))
            ++j;
        const QByteArrayView unit = v.sliced(u, j - u);
        // "(40h/week)" is a rate, availability, not the size of a piece of work.
        if (unit.isEmpty() || unit.size() > 6 || (j < v.size() && v.at(j) == '/'))
            return false;
        char w[7] = {};
        for (qsizetype k = 0; k < unit.size(); ++k)
            w[k] = lowerAscii(unit.at(k));
        for (const char* known : {"h",     "hr",     "hrs", "hour",  "hours", "d",   "day", "days",
                                  "w",     "wk",     "wks", "week",  "weeks", "pt",  "pts", "sp",
                                  "point", "points", "j",   "jours", "std",   "tage"}) {
            if (std::strcmp(w, known) == 0)
                return true;
        }
        return false;
    });
}

// Whether a title names the document a report ("Sprint 6 Progress Report", "Security
// Audit") rather than its subject ("Reports Service", "Audit & change-log", "Service:
// Audit", "Feature 15 — Reports & analytics": the design of a reporting feature).
enum class TitleWord
{
    None,
    Report,
    Subject // the report words in it all name its subject
};

TitleWord titleSaysReport(QByteArrayView h)
{
    for (const char* lead : {"service:", "module:", "component:", "feature ", "service "}) {
        if (h.size() >= qsizetype(std::strlen(lead)) &&
            containsLower(h.first(qsizetype(std::strlen(lead))), lead))
            return containsAny(h, {"report", "summary", "audit", "results"}) ? TitleWord::Subject
                                                                             : TitleWord::None;
    }
    bool subject = false;
    for (const char* w :
         {"report", "summary", "audit", "retrospective", "completion", "postmortem", "post-mortem",
          "results", "findings", "status update", "integration check"}) {
        const qsizetype n = qsizetype(std::strlen(w));
        for (qsizetype i = 0; i + n <= h.size(); ++i) {
            qsizetype k = 0;
            while (k < n && lowerAscii(h.at(i + k)) == w[k])
                ++k;
            if (k < n)
                continue;
            // "# AshReports Code Review Fixes - Implementation Plan": the word inside a name
            // (a project, a module) names what the document is about, not what it is.
            if (i > 0 && ((h.at(i - 1) | 0x20) >= 'a' && (h.at(i - 1) | 0x20) <= 'z')) {
                subject = true;
                continue;
            }
            qsizetype e = i + n;
            if (e < h.size() && (h.at(e) == 's' || h.at(e) == 'S'))
                ++e; // "Reports"
            const bool plural = e > i + n;
            const QByteArrayView after = h.sliced(e);
            // "Reports & analytics" is a subject, "Post-Mortem & Prevention Plan" a report.
            bool isSubject = plural && (after.startsWith(" &") || after.startsWith(" and "));
            for (const char* next :
                 {" service", " module", " engine", " api", " pipeline", " system", " trail",
                  " tool", " schema", " table", " generator", " builder", " export", " page",
                  " view", " dashboard", " feature", " endpoint"}) {
                const qsizetype m = qsizetype(std::strlen(next));
                if (after.size() >= m && containsLower(after.first(m), next)) {
                    isSubject = true;
                    break;
                }
            }
            if (!isSubject)
                return TitleWord::Report;
            subject = true;
        }
    }
    return subject ? TitleWord::Subject : TitleWord::None;
}

// "Team Formation Guide: Project X", "HLD Tenets", "Sprint Planning Guide - Insign": a part
// of the title that ends in a guidance word, and none ending in a plan's ("Spec 024: Parent
// Guide - Implementation Checklist" is a checklist about a guide).
bool titleIsGuide(QByteArrayView h, std::initializer_list<const char*> guideWords = {
                                        "tenets", "principles", "guide", "guidelines", "handbook",
                                        "conventions", "standards", "playbook", "process"})
{
    auto endsWith = [](QByteArrayView part, std::initializer_list<const char*> words) {
        while (!part.isEmpty() && (part.back() == ' ' || part.back() == '*' || part.back() == ')'))
            part.chop(1);
        for (const char* w : words) {
            const qsizetype n = qsizetype(std::strlen(w));
            if (part.size() >= n && containsLower(part.last(n), w) &&
                (part.size() == n || part.at(part.size() - n - 1) == ' '))
                return true;
        }
        return false;
    };
    // "Telegram Bot API Guide for Epic 2", "Style Guide to the API": a guidance word with
    // what it is for after it.
    auto guideFor = [](QByteArrayView part, std::initializer_list<const char*> words) {
        for (const char* w : words) {
            const qsizetype n = qsizetype(std::strlen(w));
            for (const char* after : {" for ", " to "}) {
                const QByteArray needle = QByteArray(w) + after;
                for (qsizetype at = 0; at + needle.size() <= part.size(); ++at) {
                    if ((at == 0 || part.at(at - 1) == ' ') &&
                        containsLower(part.sliced(at, needle.size()), needle.constData()) &&
                        at + n < part.size())
                        return true;
                }
            }
        }
        return false;
    };
    bool guide = false;
    qsizetype from = 0;
    while (from <= h.size()) {
        qsizetype end = h.size();
        qsizetype skip = 0;
        for (const char* sep : {" - ", ": ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " | "}) {
            const qsizetype at = h.indexOf(sep, from);
            if (at >= 0 && at < end) {
                end = at;
                skip = qsizetype(std::strlen(sep));
            }
        }
        const QByteArrayView part = h.sliced(from, end - from);
        if (endsWith(part, {"checklist", "plan", "tasks", "backlog", "roadmap", "todo", "todos",
                            "breakdown", "sprint"}))
            return false;
        guide = guide || endsWith(part, guideWords) || guideFor(part, guideWords);
        if (skip == 0)
            break;
        from = end + skip;
    }
    return guide;
}

struct Counts
{
    int taskHeadings = 0;
    int idTaskHeadings = 0; // "### TRD-001: ...", "### Task 1.1: ...", not "## Step 2"
    int taskLines = 0;      // checklist items and bold lines that carry an id or an estimate
    int taskTables = 0;
    int taskRows = 0;       // table rows whose first cell is a task id
    int estimateTables = 0; // task tables with an estimate column (not only a status)
    int estimateLines = 0;  // "Index the catalog (4h)": prose or list lines with an estimate
    int sprintHeadings = 0;
    int planHeadings = 0;
    int requirementIds = 0;
    int checkboxes = 0; // any checklist item, with or without an id
    int stories = 0;
    int requirementHeadings = 0;
    int verdictLines = 0; // PASSED / FAILED
    int checked = 0;      // ticked checkboxes
    int estimatedTasks =
        0; // checkboxes and headings with a work estimate ("(4h)", not "(40h/week)")
    int reportHeadings = 0; // "Files Changed", "Test Results": what a report on done work has
    bool titlePlan = false;
    bool titleRequirements = false;
    bool titleReport = false;
    bool titleSubject = false;           // "# Reports Service": the report word is the subject
    bool titleDone = false;              // the title says the work is complete
    bool titleGuide = false;             // "Tenets", "Team Formation Guide": guidance, not work
    bool titleArchitecture = false;      // "System Architecture - Insign": how it is built
    bool titleSprint = false;            // "Sprint Plan FAKT v0.1", "Sprint 3 Backlog"
    bool titleTaskId = false;            // "# TRD-050: CSV export": about one task
    bool titleTests = false;             // "Acceptance Test Plan", "Test Cases": when work is done
    bool titleTestPlan = false;          // "E2E Test Plan": how the product gets tested
    bool titleNamesRequirements = false; // "Requirements Archive: v1.0", not "Technical ..."
    bool titleDecisions = false;         // "Decision Log", "Architecture Decision Records"
    bool titleReview = false;            // "Phase 18 Comprehensive Review: Closures"
    bool titleAnalysis = false;          // "Feature Parity Analysis", "… - Final Deliverables"
    bool titleNamesPlan = false;         // "… Plan", "Roadmap", "Backlog": not "Implementation"
    bool inTaskSection = false;          // under "## Tasks", "## Task List", "## Backlog"...
    bool criteriaSection = false;        // under "## Acceptance Criteria"
    bool storyTracker = false;     // in a table planning user stories (a sprint, status, points)
    int decisionLevel = 0;         // level of an enclosing "Decisions" heading
    bool inStepsSection = false;   // under "Implementation Steps"
    int stepLines = 0;             // its top-level items: a TRD's work in words
    bool requirementTable = false; // in a table of requirements ("| Requirement ID | ... |")
    bool noTaskTable = false;      // in a table of risks or tests ("| Risk ID |", "| Test ID |")
    bool ticketTable = false;      // in a table of tickets ("| Ticket | Title | Estimate |")
    bool frontMatterAgent = false;
    bool abstract = false;       // an "abstract:" key or an "## Abstract" heading
    bool relatedWork = false;    // a "## 2. Related Work" heading
    bool titleIndex = false;     // "# Sprint 1: Document Index": a map of other documents
    bool titleEndsIndex = false; // "# Design Corpus Index: …", "# … - Navigation Index"
    int laneHeadings = 0;        // "## Backlog", "## In Progress", "## Done": a board's lanes
    bool inTicketHeader = false; // under a title naming a task, before its first section
    int ticketFields = 0;        // there: "**Status:** ⏳ To Do", "**Estimate:** 4 hours"...
};

// "In Progress", "🚧 Doing (3)", "Done": a heading that is only a kanban lane's status.
using Lane = DocumentKind::Lane;

// A lane heading's words: signs, spaces and a count in parentheses around them are
// dropped ("🚧 Doing", "Done (spring)", "In Progress (3)"). Letters beyond ASCII count as
// signs: every lane word is ASCII.
template <typename View> View laneWords(View h)
{
    auto isAsciiLetter = [](auto c) {
        const auto u = uint(c) | 0x20;
        return u >= 'a' && u <= 'z';
    };
    auto unit = [](const View& v, qsizetype i) {
        if constexpr (std::is_same_v<View, QStringView>)
            return v[i].unicode();
        else
            return uchar(v[i]);
    };
    while (!h.isEmpty() && !isAsciiLetter(unit(h, 0)))
        h = h.sliced(1);
    for (qsizetype i = h.size() - 1; i > 0; --i) {
        if (unit(h, i) == '(') {
            h = h.first(i);
            break;
        }
    }
    while (!h.isEmpty() && !isAsciiLetter(unit(h, h.size() - 1)))
        h.chop(1);
    return h;
}

template <typename View> Lane laneOfWords(View h)
{
    h = laneWords(h);
    if (h.isEmpty() || h.size() > 16)
        return Lane::None;
    static constexpr struct
    {
        QLatin1StringView word;
        Lane lane;
    } words[] = {{QLatin1StringView("in progress"), Lane::InProgress},
                 {QLatin1StringView("doing"), Lane::InProgress},
                 {QLatin1StringView("wip"), Lane::InProgress},
                 {QLatin1StringView("blocked"), Lane::Blocked},
                 {QLatin1StringView("on hold"), Lane::Blocked},
                 {QLatin1StringView("done"), Lane::Done},
                 {QLatin1StringView("completed"), Lane::Done},
                 {QLatin1StringView("backlog"), Lane::Todo},
                 {QLatin1StringView("to do"), Lane::Todo},
                 {QLatin1StringView("todo"), Lane::Todo},
                 {QLatin1StringView("review"), Lane::Review},
                 {QLatin1StringView("in review"), Lane::Review},
                 {QLatin1StringView("code review"), Lane::Review},
                 {QLatin1StringView("testing"), Lane::Review},
                 {QLatin1StringView("qa"), Lane::Review}};
    for (const auto& w : words) {
        bool same;
        if constexpr (std::is_same_v<View, QStringView>)
            same = h.compare(w.word, Qt::CaseInsensitive) == 0;
        else // ASCII words: UTF-8 bytes beyond ASCII never match them, read as Latin-1 or not
            same = QLatin1StringView(h.data(), h.size()).compare(w.word, Qt::CaseInsensitive) == 0;
        if (same)
            return w.lane;
    }
    return Lane::None;
}

// A heading that is plainly a lane (not a review lane, which a guide's sections share).
bool isLane(QByteArrayView h)
{
    const Lane lane = laneOfWords(h);
    return lane != Lane::None && lane != Lane::Review;
}

// "T002: …", "US12 — …": up to four capitals, up to five digits, then ":" or a dash; an id
// without a hyphen, which only a ticket's title is trusted to lead with.
bool shortTicketCode(QByteArrayView h)
{
    qsizetype i = 0;
    while (i < h.size() && i < 4 && isUpper(h.at(i)))
        ++i;
    const qsizetype letters = i;
    while (i < h.size() && i - letters < 5 && isDigit(h.at(i)))
        ++i;
    if (letters == 0 || i == letters || i >= h.size())
        return false;
    const QByteArrayView rest = h.sliced(i);
    return rest.startsWith(':') || rest.startsWith(" - ") || rest.startsWith(" \xE2\x80\x94 ");
}

// "**Status:** 🔵 Not Started", "- **Estimated Effort**: 1 Hour", "**Story Points:** 2",
// "**Depends On:** T001": a field of a ticket's header saying where its work stands or what
// it costs ("**Status:** Accepted" is a decision's, "**Owner:**" anyone's).
bool isTicketField(QByteArrayView t)
{
    qsizetype at = 0;
    const DocumentKind::TicketField field = DocumentKind::ticketField(t, &at);
    QByteArrayView value = t.sliced(at);
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '*'))
        value.chop(1);
    switch (field) {
    case DocumentKind::TicketField::Estimate:
    case DocumentKind::TicketField::Points:
    case DocumentKind::TicketField::Dependencies:
        return !value.isEmpty();
    case DocumentKind::TicketField::Status:
        // The parser's own reading of the value: a ticket whose status the board reads
        // ("Planned", "🚧 WIP", "Backlog") counts here too.
        return value.size() <= 48 && statusWord(QString::fromUtf8(value)) != StatusWord::None;
    case DocumentKind::TicketField::Priority:
    case DocumentKind::TicketField::None:
        break;
    }
    return false;
}

// "# Feature Parity Analysis", "# Disaster Recovery Assessment - erlmcp", "# Chaos Testing
// Delivery": a title that names what was found or handed over, as a word of its own. A story
// or task about such a feature ("# Story 01.03: Description Quality Assessment in …") plans
// the feature instead.
bool titleNamesAnalysis(QByteArrayView h)
{
    for (const char* lead : {"story", "task", "epic", "feature", "ticket"}) {
        const qsizetype n = qsizetype(std::strlen(lead));
        if (h.size() > n && containsLower(h.first(n), lead))
            return false;
    }
    for (const char* w :
         {"analysis", "assessment", "delivery", "deliverables", "inventory", "comparison"}) {
        const qsizetype n = qsizetype(std::strlen(w));
        for (qsizetype i = 0; i + n <= h.size(); ++i) {
            if (!containsLower(h.sliced(i, n), w))
                continue;
            const bool wordStart = i == 0 || !isAsciiLetterByte(h.at(i - 1));
            const bool wordEnd = i + n == h.size() || !isAsciiLetterByte(h.at(i + n));
            if (wordStart && wordEnd)
                return true;
        }
    }
    return false;
}

void countLine(QByteArrayView line, QByteArrayView previous, bool firstHeading, Counts& c)
{
    const QByteArrayView t = trimmedStart(line);
    if (t.isEmpty())
        return;
    if (t.at(0) == '#') {
        qsizetype level = 0;
        while (level < t.size() && t.at(level) == '#')
            ++level;
        QByteArrayView h = trimmedStart(t.sliced(level));
        // "2.1 Sprint 1": section numbers do not change what a heading is.
        qsizetype k = 0;
        while (k < h.size() && (isDigit(h.at(k)) || h.at(k) == '.'))
            ++k;
        if (k > 0 && k < h.size() && h.at(k) == ' ')
            h = trimmedStart(h.sliced(k));
        if (level == 1 && firstHeading) {
            const TitleWord tw = titleSaysReport(h);
            c.titleReport = tw == TitleWord::Report;
            c.titleReview = containsLower(h, "review");
            c.titleAnalysis = titleNamesAnalysis(h);
            c.titleNamesPlan = containsAny(h, {"plan", "roadmap", "backlog", "todo", "task list"});
            c.titleSubject = tw == TitleWord::Subject;
            // "# Phase 2 - Complete", "# Implementation Status": a document that says
            // what got done, when its file name says so too. So does "# TeamFlow - Current
            // Development Status" in CURRENT_STATUS.md: its boxes record what is done and
            // what waits, and the plan they come from is elsewhere.
            c.titleDone = containsAny(h, {"complete", "implementation status", "status report",
                                          "status update"}) ||
                          titleIsGuide(h, {"status"});
            c.titleRequirements =
                containsAny(h, {"product requirements", "prd", "requirements document",
                                "specification", "user stories"}) &&
                !containsLower(h, "technical requirements");
            // "# Task: MCP Router Setup": a file holding one task, its steps the work.
            // "# Phase 3 实施方案：…" (implementation plan), "# 7. 分阶段迭代计划" (iteration
            // plan): a plan titled in Chinese.
            c.titlePlan =
                containsAny(h, {"technical requirements", "trd", "plan", "tasks", "roadmap",
                                "task breakdown", "implementation", "todo", "backlog", "sprint",
                                "\xE5\xAE\x9E\xE6\x96\xBD\xE6\x96\xB9\xE6\xA1\x88",
                                "\xE8\xAE\xA1\xE5\x88\x92"}) ||
                (h.size() > 6 && containsLower(h.first(5), "task:"));
            // "# How to Create a Compact TRD": a how-to about plans, named like one.
            c.titleGuide =
                titleIsGuide(h) || (h.size() > 7 && containsLower(h.first(7), "how to "));
            c.titleTests = containsAny(h, {"acceptance test", "test cases"});
            c.titleIndex =
                containsAny(h, {"document index", "table of contents", "documentation index"});
            c.titleEndsIndex = titleIsGuide(h, {"index"});
            // "E2E Test Plan", "Pikshipp Testing Plan": test cases by layer or feature, a
            // matrix of what to check ("### E2E-1: New seller signup" is a scenario).
            // "Implementation and Test Plan" plans the work as well.
            c.titleTestPlan =
                containsAny(h, {"test plan", "testing plan", "test matrix", "test scenarios"}) &&
                !containsAny(h, {"implementation", "development", "roadmap", "sprint", "tasks",
                                 "migration"});
            c.titleArchitecture = !c.titlePlan && titleIsGuide(h, {"architecture"});
            c.titleNamesRequirements =
                containsLower(h, "requirements") && !containsLower(h, "technical requirements");
            // "# Phase 3: Decisions - Detailed Implementation Plan" plans a feature named so.
            c.titleDecisions =
                !c.titlePlan && containsAny(h, {"decision log", "decisions", "decision record"});
            c.titleSprint = containsLower(h, "sprint") && !c.titleReport && !c.titleRequirements;
            const QByteArrayView id = idPrefix(h.data(), h.data() + h.size());
            c.titleTaskId = !id.isEmpty() && !isRequirementPrefix(id);
            // "# T002: Create the migration": a ticket's short code, before its title.
            c.inTicketHeader = c.titleTaskId || shortTicketCode(h);
        }
        if (level >= 2)
            c.inTicketHeader = false;
        if (level >= 2 && level <= 3 && isLane(h))
            ++c.laneHeadings;
        if (level >= 2 && containsAny(h, {"files changed", "files modified", "test results",
                                          "changes made", "what was done", "implementation summary",
                                          "verification results", "completion summary"}))
            ++c.reportHeadings;
        if (level >= 2 && hasWorkEstimate(h))
            ++c.estimatedTasks;
        // "## Architectural Decisions" › "### AD-1: Multi-stage builds": decisions taken; so
        // "## Surface-wide invariants" › "### INV-01 …": rules the system keeps (also known
        // exposures and constraints), numbered as work is.
        if (c.decisionLevel > 0 && level <= c.decisionLevel)
            c.decisionLevel = 0;
        const bool decision = c.decisionLevel > 0 && !hasWorkEstimate(h);
        if (level >= 2 && c.decisionLevel == 0 &&
            containsAny(h, {"decision", "invariant", "exposure", "constraint"}))
            c.decisionLevel = level;
        const QByteArrayView prefix = idPrefix(h.data(), h.data() + h.size());
        if (!prefix.isEmpty() && level >= 2) {
            if (isRequirementPrefix(prefix))
                ++c.requirementIds;
            // "## D57-1 -- Canon relocates": decision 1 of story 57, as the parser reads it.
            else if (!decision && !(isDecisionPrefix(prefix) && !hasWorkEstimate(h))) {
                ++c.taskHeadings;
                ++c.idTaskHeadings;
            }
        } else if (level >= 2 && startsWithTaskWord(h)) {
            ++c.taskHeadings;
            if (startsWithNumberedTask(h))
                ++c.idTaskHeadings;
        } else if (level >= 2 && startsWithNumberedStory(h) && !c.titleReport && !c.titleGuide &&
                   !c.criteriaSection) {
            // Not in a retrospective's story-by-story summary, a guide's chapters per story,
            // or a tech spec's acceptance criteria per story.
            ++c.taskHeadings;
        }
        if (level <= 2)
            c.criteriaSection = containsLower(h, "criteria");
        // A paper's sections: "## Abstract", "## 2. Related Work".
        if (level >= 2 && h.size() == 8 && containsLower(h, "abstract"))
            c.abstract = true;
        if (level >= 2 && containsLower(h, "related work"))
            c.relatedWork = true;
        if (containsAny(h, {"sprint ", "phase ", "milestone ", "iteration ", "week "}))
            ++c.sprintHeadings;
        if (containsAny(h, {"task list", "task breakdown", "implementation plan", "tasks",
                            "backlog", "work breakdown", "todo", "to do"}))
            ++c.planHeadings;
        if (containsAny(h, {"functional requirements", "user stor", "acceptance criteria",
                            "requirements", "personas", "problem statement", "success metrics",
                            "non-goals", "use cases", "user journey"}))
            ++c.requirementHeadings;
        if (level >= 2) {
            // Only a heading that is just that: "### Task won't dispatch" is a topic.
            QByteArrayView s = h.startsWith("**") ? h.sliced(2) : h;
            while (!s.isEmpty() && (s.back() == ' ' || s.back() == ':' || s.back() == '*'))
                s.chop(1);
            // "### 11. Implementation Steps": a section number before the words.
            qsizetype n = 0;
            while (n < s.size() && (isDigit(s.at(n)) || s.at(n) == '.'))
                ++n;
            if (n > 0 && n < s.size() && s.at(n) == ' ')
                s = s.sliced(n + 1);
            c.inStepsSection = s.size() == 20 && containsLower(s, "implementation steps");
            c.inTaskSection = false;
            for (const char* w :
                 {"tasks", "task list", "task breakdown", "implementation tasks", "todo", "to do",
                  "to-do", "backlog", "work items", "work breakdown"})
                c.inTaskSection = c.inTaskSection ||
                                  (s.size() == qsizetype(std::strlen(w)) && containsLower(s, w));
        }
        return;
    }
    if (c.inTicketHeader && isTicketField(t))
        ++c.ticketFields;
    // Checklist items: "- [ ] ", "* [x] ", "1. [ ] ".
    qsizetype m = 0;
    if (t.at(0) == '-' || t.at(0) == '*' || t.at(0) == '+') {
        m = 1;
    } else {
        while (m < t.size() && isDigit(t.at(m)))
            ++m;
        if (m > 0 && m < t.size() && (t.at(m) == '.' || t.at(m) == ')'))
            ++m;
        else
            m = 0;
    }
    if (m > 0 && m + 4 <= t.size() && t.at(m) == ' ' && t.at(m + 1) == '[' && t.at(m + 3) == ']' &&
        (t.at(m + 2) == ' ' || t.at(m + 2) == 'x' || t.at(m + 2) == 'X')) {
        ++c.checkboxes;
        c.checked += t.at(m + 2) == ' ' ? 0 : 1;
        const QByteArrayView rest = skipBold(trimmedStart(t.sliced(m + 4)));
        if (hasWorkEstimate(rest))
            ++c.estimatedTasks;
        const QByteArrayView prefix = idPrefix(rest.data(), rest.data() + rest.size());
        if (!prefix.isEmpty() && isRequirementPrefix(prefix))
            ++c.requirementIds;
        else if (!prefix.isEmpty() || startsWithTaskWord(rest) || startsWithPlainId(rest) ||
                 startsWithNumberedTaskItem(rest) || hasEstimate(rest))
            ++c.taskLines;
        return;
    }
    // "- [done] Audit the docs", "- [todo] …": a status word for a box.
    if (m > 0 && m + 3 < t.size() && t.at(m) == ' ' && t.at(m + 1) == '[') {
        const QByteArrayView rest = t.sliced(m + 2);
        for (const char* w : {"done] ", "todo] ", "blocked] ", "wip] ", "in progress] "}) {
            const qsizetype n = qsizetype(std::strlen(w));
            if (rest.size() > n && containsLower(rest.first(n), w)) {
                ++c.checkboxes;
                ++c.taskLines;
                return;
            }
        }
    }
    // "- [card-101] **Model the invoices** (P0)": a ticket's id in brackets before its bold
    // title, a team's sprint board (the parser reads its status from the items below).
    if (m > 0 && m + 1 < t.size() && t.at(m) == ' ' && t.at(m + 1) == '[') {
        const QByteArrayView rest = t.sliced(m + 2);
        const qsizetype close = rest.indexOf(']');
        if (close > 2 && close <= 23 && rest.sliced(close).startsWith("] **")) {
            if (DocumentKind::isTicketCode(rest.first(close))) {
                ++c.taskLines;
                return;
            }
        }
    }
    // "1. **Harden the test harness**: ..." as a top-level item under "## Tasks": a task in a
    // form the parser may not read, which "no tasks recognised" should then report.
    if (m > 0 && c.inTaskSection && line.size() == t.size() && m < t.size() && t.at(m) == ' ')
        ++c.taskLines;
    // "### 11. Implementation Steps" › "1. **Install babel**: …": the work of a TRD.
    else if (m > 0 && c.inStepsSection && line.size() == t.size() && m < t.size() && t.at(m) == ' ')
        ++c.stepLines;
    // "1. **Story 2:** Layout engine (3 weeks, 100 hours)": an epic listing its stories.
    else if (m > 0 && m < t.size() && t.at(m) == ' ') {
        const QByteArrayView rest = trimmedStart(t.sliced(m));
        if (rest.startsWith("**") &&
            containsLower(rest.first(std::min<qsizetype>(rest.size(), 8)), "**story ") &&
            hasWorkEstimate(rest))
            ++c.taskLines;
    }
    if (t.startsWith("**")) {
        const QByteArrayView rest = t.sliced(2);
        const QByteArrayView prefix = idPrefix(rest.data(), rest.data() + rest.size());
        if (!prefix.isEmpty()) {
            if (isRequirementPrefix(prefix))
                ++c.requirementIds;
            else
                ++c.taskLines;
        }
    }
    if (t.at(0) == '|') {
        // A table's head row is the line before its |---| separator.
        if (t.contains("---") && !previous.isEmpty()) {
            const QByteArrayView head = previous;
            const QByteArrayView firstHead =
                head.sliced(1).first(std::max<qsizetype>(head.sliced(1).indexOf('|'), 0));
            // "| Phase | Duration | Focus | Deliverables |": a timeline whose rows are the plan's
            // phases, no tasks; "| Benefit | Hours Saved | Value/Year |": what the work earns,
            // not what it costs.
            const bool phaseRows =
                !containsAny(head, {"task"}) &&
                containsAny(firstHead, {"phase", "sprint", "week", "milestone", "stage"});
            // A timeline that costs its phases ("| Phase | Effort | Dependencies |", "| Phase |
            // Description | Estimate |") still plans work the parser may not read as tasks.
            if (phaseRows &&
                containsAny(head, {"estimate", "est.", "| est", "hours", "effort", "points"}))
                ++c.estimateTables;
            if (!phaseRows && !containsAny(head, {"saved", "saving"}) &&
                containsAny(head, {"task", "title", "description", "deliverable",
                                   "t\xC3\xA2"
                                   "che",
                                   "aufgabe"}) &&
                containsAny(head, {"estimate", "est.", "| est", "hours", "status", "effort",
                                   "points", "duration"}) &&
                !containsAny(head, {"requirement", "satisf", "covered by", "trace"})) {
                ++c.taskTables;
                // "| Endpoint | Description | Status |" documents HTTP codes, not work.
                if (containsAny(head, {"estimate", "est.", "| est", "hours", "effort", "points",
                                       "duration"}))
                    ++c.estimateTables;
            }
            // "| Story ID | Title | Points | Status | Sprint |": its US-1.1 rows are planned work.
            c.storyTracker = containsLower(head, "story") &&
                             (containsLower(head, "sprint") ||
                              (containsLower(head, "status") && containsLower(head, "point")));
            // "| Requirement ID | Requirement | Target |" over "| PERF-001 | … |": the column
            // heading says what the ids are, whatever their prefix; so do "| Risk ID |" and
            // "| Test ID |" over rows that are no work either.
            const QByteArrayView first =
                head.sliced(1).first(std::max<qsizetype>(head.sliced(1).indexOf('|'), 0));
            c.requirementTable = containsAny(first, {"requirement", "req id", "req. id"});
            // "| id | invariant | v3 target |": rules the system keeps, whatever their ids.
            c.noTaskTable = containsAny(first, {"risk", "test id", "test case"}) ||
                            containsAny(head, {"| invariant"});
            c.ticketTable = containsAny(first, {"ticket"});
            return;
        }
        const QByteArrayView cell = skipBold(trimmedStart(t.sliced(1)));
        // "| [#018](./ticket-018-….md) | Title | 3h |" under "| Ticket |": a ticket known
        // by its number, linked to its file.
        if (c.ticketTable) {
            const QByteArrayView number = cell.startsWith("[#")  ? cell.sliced(2)
                                          : cell.startsWith('#') ? cell.sliced(1)
                                                                 : QByteArrayView();
            if (!number.isEmpty() && isDigit(number.front())) {
                ++c.taskRows;
                return;
            }
        }
        const QByteArrayView prefix = idPrefix(cell.data(), cell.data() + cell.size());
        if (!prefix.isEmpty() && !c.noTaskTable) {
            if ((isRequirementPrefix(prefix) && !(c.storyTracker && prefix == "US")) ||
                c.requirementTable)
                ++c.requirementIds;
            else
                ++c.taskRows;
        }
        return;
    }
    c.storyTracker = false;
    c.requirementTable = false;
    c.noTaskTable = false;
    c.ticketTable = false;
    if (containsLower(t, "as a") && containsLower(t, "i want"))
        ++c.stories;
    if (hasWorkEstimate(t))
        ++c.estimateLines;
    if (t.contains("PASSED") || t.contains("FAILED") || t.contains("PASS ✅"))
        ++c.verdictLines;
}

} // namespace

namespace DocumentKind {

bool isRequirementPrefix(QStringView prefix)
{
    // Views with their sizes, and a length test first: the parser asks for every id it reads.
    static constexpr QLatin1StringView prefixes[] = {
        QLatin1StringView("REQ"),  QLatin1StringView("FR"),   QLatin1StringView("NFR"),
        QLatin1StringView("AC"),   QLatin1StringView("US"),   QLatin1StringView("UC"),
        QLatin1StringView("BR"),   QLatin1StringView("KPI"),  QLatin1StringView("NF"),
        QLatin1StringView("M"),    QLatin1StringView("G"),    QLatin1StringView("SC"),
        QLatin1StringView("PRD"),  QLatin1StringView("ADR"),  QLatin1StringView("R"),
        QLatin1StringView("RISK"), QLatin1StringView("Q"),    QLatin1StringView("OQ"),
        QLatin1StringView("SM"),   QLatin1StringView("UR"),   QLatin1StringView("SR"),
        QLatin1StringView("TD"),   QLatin1StringView("DEC"),  QLatin1StringView("DR"),
        QLatin1StringView("DD"),   QLatin1StringView("JTBD"), /* jobs to be done */
        QLatin1StringView("P") /* principles: "P-001 (User-Centric Design) … PASS" */};
    if (prefix.isEmpty() || prefix.size() > 4)
        return false;
    // Letter by letter, inline: a call to Qt's comparison per prefix showed in profiles.
    for (const QLatin1StringView p : prefixes) {
        if (prefix.size() != p.size() || prefix[0].unicode() != uchar(p[0].toLatin1()))
            continue;
        qsizetype k = 1;
        while (k < p.size() && prefix[k].unicode() == uchar(p[k].toLatin1()))
            ++k;
        if (k == p.size())
            return true;
    }
    return false;
}

bool isTicketCode(QByteArrayView inner)
{
    qsizetype k = 0;
    while (
        k < inner.size() && k < 12 &&
        ((inner.at(k) >= 'a' && inner.at(k) <= 'z') || (inner.at(k) >= 'A' && inner.at(k) <= 'Z')))
        ++k;
    if (k == 0 || k >= inner.size() || inner.at(k) != '-')
        return false;
    const qsizetype digits = inner.size() - k - 1;
    if (digits < 1 || digits > 6)
        return false;
    for (qsizetype i = k + 1; i < inner.size(); ++i) {
        if (!isDigit(inner.at(i)))
            return false;
    }
    return true;
}

bool isNamePrefix(QStringView prefix)
{
    if (prefix.size() < 2 || prefix.size() > 5)
        return false;
    auto is = [prefix](QLatin1StringView n) {
        if (prefix.size() != n.size())
            return false;
        for (qsizetype k = 1; k < n.size(); ++k) {
            if (prefix[k].unicode() != uchar(n[k].toLatin1()))
                return false;
        }
        return true;
    };
    // By the first letter: idEnd() asks for every capital that starts a word, and a call to
    // Qt's comparison per name showed in profiles.
    switch (prefix[0].unicode()) {
    case 'A':
        return is(QLatin1StringView("AES")) || is(QLatin1StringView("ARM"));
    case 'B':
        return is(QLatin1StringView("BIP"));
    case 'C':
        return is(QLatin1StringView("CRC")) || is(QLatin1StringView("CVE")) ||
               is(QLatin1StringView("CWE")) || is(QLatin1StringView("COVID"));
    case 'D':
        return is(QLatin1StringView("DDR"));
    case 'E':
        return is(QLatin1StringView("ECMA")) || is(QLatin1StringView("ES")) ||
               is(QLatin1StringView("ERC")) || is(QLatin1StringView("EIP"));
    case 'G':
        return is(QLatin1StringView("GPT"));
    case 'H':
        return is(QLatin1StringView("HTTP"));
    case 'I':
        return is(QLatin1StringView("ISO")) || is(QLatin1StringView("IEC")) ||
               is(QLatin1StringView("IEEE")) || is(QLatin1StringView("ICD"));
    case 'L':
        return is(QLatin1StringView("LTE"));
    case 'M':
        return is(QLatin1StringView("MD"));
    case 'P':
        return is(QLatin1StringView("PEP")) || is(QLatin1StringView("PCI"));
    case 'R':
        return is(QLatin1StringView("RSA")) || is(QLatin1StringView("RFC"));
    case 'S':
        return is(QLatin1StringView("SHA")) || is(QLatin1StringView("SSL")) ||
               is(QLatin1StringView("SOC"));
    case 'T':
        return is(QLatin1StringView("TLS"));
    case 'U':
        return is(QLatin1StringView("UTF")) || is(QLatin1StringView("USB"));
    case 'W':
        return is(QLatin1StringView("WCAG"));
    default:
        return false;
    }
}

namespace {

// Calls f(begin, end) for each run of letters of s, the words of a file name ("07-01-PLAN"
// is {plan}, "0100_x_TRD" ends in "trd"), until f returns true; returns whether it did.
template <typename F> bool anyWord(QStringView s, F&& f)
{
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && !s.at(i).isLetter())
            ++i;
        qsizetype j = i;
        while (j < s.size() && s.at(j).isLetter())
            ++j;
        if (j > i && f(i, j))
            return true;
        i = j;
    }
    return false;
}

// Whether a file name holds one of the words: "explanation" holds no "plan".
bool nameHasWord(QStringView base, std::initializer_list<const char16_t*> words)
{
    return anyWord(base, [&base, words](qsizetype i, qsizetype j) {
        const QStringView word = base.sliced(i, j - i);
        return std::any_of(words.begin(), words.end(), [word](const char16_t* w) {
            return word.compare(QStringView(w), Qt::CaseInsensitive) == 0;
        });
    });
}

// Whether a file name names a TRD: "TRD-2026-014-elixir-backend.md", "0100_payments_TRD.md",
// "trd.md". "trd-020-worker.md" and "review-trd-018-tests.md" name one task of a TRD (TRD-020,
// a number of one to three digits after the word): an agent's notes on that task, not a plan.
bool namesTrd(QStringView stem)
{
    return anyWord(stem, [stem](qsizetype i, qsizetype j) {
        const bool trd = j - i == 3 && stem.sliced(i, 3).compare(u"trd", Qt::CaseInsensitive) == 0;
        // "trdx.md": a name that starts with the letters names a TRD too, as before.
        const bool lead =
            i == 0 && j - i > 3 && stem.first(3).compare(u"trd", Qt::CaseInsensitive) == 0;
        if (!trd && !lead)
            return false;
        qsizetype k = j;
        while (k < stem.size() && (stem.at(k) == u'-' || stem.at(k) == u'_'))
            ++k;
        qsizetype d = k;
        while (d < stem.size() && stem.at(d).unicode() >= '0' && stem.at(d).unicode() <= '9')
            ++d;
        const bool taskNumber =
            trd && k > j && d > k && d - k <= 3 && (d == stem.size() || !stem.at(d).isDigit());
        return !taskNumber;
    });
}

// Folders holding plans at any depth ("thoughts/shared/plans/", ".claude/plans/",
// "ai_docs/tasks/", GSD's ".planning/").
bool isPlanFolderAnyDepth(QStringView folder)
{
    return isPlanFolder(folder) || folder.compare(u".planning", Qt::CaseInsensitive) == 0 ||
           folder.compare(u".plans", Qt::CaseInsensitive) == 0 ||
           folder.compare(u"milestones", Qt::CaseInsensitive) == 0;
}

// Tool set-ups, samples and copies of other people's text: command and agent prompts,
// skills, templates, test fixtures and fuzz corpora. Their checklists are examples, not this
// project's plan.
bool isToolFolder(QStringView folder)
{
    for (const char16_t* n :
         {u"commands", u"agents", u"agent", u"skills", u"hooks", u"prompts", u"rules", u"templates",
          u"template", u"_templates", u"examples", u"get-shit-done", u"fixtures", u"testdata",
          u"__fixtures__", u"__snapshots__", u"corpus",
          // BMAD's installed method (workflows, templates, checklists), not the project's
          // plans; those go to docs/ or _bmad-output/.
          u"bmad", u"_bmad", u"bmad-core"}) {
        if (folder.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    // BMAD v4 installs its method hidden: ".bmad-core/tasks/create-next-story.md" and the
    // expansion packs beside it (".bmad-2d-phaser-game-dev/") are prompts, not plans.
    return folder.startsWith(u".bmad", Qt::CaseInsensitive);
}

// Files that describe the project or the repository, never its plan.
bool isRepositoryFile(QStringView base)
{
    for (const char16_t* n :
         {u"readme", u"changelog", u"changes", u"history", u"license", u"licence", u"contributing",
          u"code_of_conduct", u"security", u"claude", u"agents", u"gemini", u"notice", u"authors",
          u"copying", u"support"}) {
        const QStringView name(n);
        if (base.size() == name.size() + 3 && base.startsWith(name, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

// An agents folder holds the team's board as often as its agents ("agents/TASKS.md" beside
// "agents/reviewer.md").
bool isPlanNamedFile(QStringView base)
{
    if (!base.endsWith(u".md", Qt::CaseInsensitive))
        return false;
    const QStringView stem = base.chopped(3);
    for (const char16_t* n : {u"tasks", u"todo", u"todos", u"roadmap", u"plan", u"plans",
                              u"backlog", u"milestones", u"sprints"}) {
        if (stem.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isSkippedFolder(QStringView name)
{
    for (const char16_t* n : {u"_build",      u"deps",       u"node_modules",  u".git",
                              u"cover",       u".elixir_ls", u".workbench",    u"vendor",
                              u".venv",       u"venv",       u"site-packages", u"bower_components",
                              u"target",      u"dist",       u".next",         u".nuxt",
                              u"__pycache__", u".tox",       u"Pods",          u".dart_tool",
                              u".gradle",     u".hg",        u".svn"}) {
        if (name == QStringView(n))
            return true;
    }
    return false;
}

namespace {
// A folder of `parts` (a relative path split at '/', the file last) is a dependency, build,
// tool set-up or other hidden folder: nothing in it is the project's plan. With
// `agentsAllowed`, an agents folder is not one of them.
bool inExcludedFolder(const QStringList& parts, bool agentsAllowed = false)
{
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (agentsAllowed && (part == u"agents" || part == u"agent"))
            continue;
        if (isSkippedFolder(part) || isToolFolder(part) || part.startsWith(u'.'))
            return true;
    }
    return false;
}
} // namespace

bool isSprintStatus(QStringView path)
{
    const QStringView base = path.sliced(path.lastIndexOf(u'/') + 1);
    return base.compare(u"sprint-status.yaml", Qt::CaseInsensitive) == 0 ||
           base.compare(u"sprint-status.yml", Qt::CaseInsensitive) == 0;
}

bool isCandidate(QStringView rel)
{
    if (isSprintStatus(rel)) {
        // Wherever BMAD writes it (docs/, docs/sprint-artifacts/, _bmad-output/...), but not
        // in tool set-ups ("commands/sprint-status.yaml" is a command) or hidden folders.
        return !inExcludedFolder(rel.toString().toLower().split(u'/'));
    }
    if (!rel.endsWith(u".md", Qt::CaseInsensitive))
        return false;
    const QString lower = rel.toString().toLower();
    if (lower.startsWith(u"docs/"))
        return true;
    const QString base = lower.section(u'/', -1);
    // Spec-driven workflows keep a feature's work in specs/<feature>/: spec-kit's tasks.md
    // and plan.md, Ralph's checklist.md, also one folder down ("ralph/specs/010-x/").
    const bool specWork = base == u"tasks.md" || base == u"plan.md" || base == u"checklist.md";
    if (specWork && (lower.startsWith(u"specs/") || lower.section(u'/', 1, 1) == u"specs"))
        return true;
    if (lower.startsWith(u".kiro/specs/") && base == u"tasks.md")
        return true;
    if (lower.contains(u'/') && isPlanFolder(lower.section(u'/', 0, 0)))
        return true;
    if (!lower.contains(u'/')) {
        for (const char16_t* n : {u"plan", u"tasks", u"todo", u"roadmap", u"backlog", u"sprint",
                                  u"trd", u"milestones"}) {
            if (base.startsWith(QStringView(n)))
                return true;
        }
        // "IMPLEMENTATION_PLAN.md", "ADVANCED_JOINS_IMPLEMENTATION_PLAN.md": named a plan at the
        // end, as deeper down. Its head alone does not always read as one (plain checkboxes
        // under "### Phase 1" are tasks only once parsed), so look by name; the class still
        // decides whether it is on the board.
        return !isRepositoryFile(base) &&
               nameHasWord(QStringView(base).chopped(3), {u"plan", u"roadmap", u"backlog"});
    }
    // Deeper down: a folder named for plans ("thoughts/shared/plans/", ".claude/plans/",
    // ".planning/phases/07-x/"), or a file named as one ("project/0100_payments_TRD.md",
    // "dev/active/x/x-tasks.md", "AI_docs/prd/06-sprint-plans/sprint-1-infrastructure.md"),
    // never in dependencies, tool set-ups (command prompts, skills, templates) or other
    // hidden folders.
    const QStringList parts = lower.split(u'/');
    if (isPlanNamedFile(base) && inExcludedFolder(parts) && !inExcludedFolder(parts, true))
        return true;
    bool planFolder = false;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (isSkippedFolder(part) || isToolFolder(part))
            return false;
        planFolder = planFolder || isPlanFolderAnyDepth(part);
    }
    if (planFolder)
        return true;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).startsWith(u'.'))
            return false;
    }
    const QStringView stem = QStringView(base).chopped(3);
    return !isRepositoryFile(base) &&
           nameHasWord(stem,
                       {u"plan", u"plans", u"tasks", u"todo", u"todos", u"roadmap", u"backlog",
                        u"sprint", u"sprints", u"trd", u"prd", u"milestone", u"milestones"});
}

bool worthALook(QStringView rel)
{
    if (!rel.endsWith(u".md", Qt::CaseInsensitive) || isCandidate(rel))
        return false;
    const QString lower = rel.toString().toLower();
    const QStringList parts = lower.split(u'/');
    return !inExcludedFolder(parts) && !isRepositoryFile(parts.last());
}

bool isPlanFolder(QStringView folder)
{
    for (const char16_t* n : {u"project-management", u"planning", u"plans", u"sprints", u"backlog",
                              u"roadmap", u"tasks", u"todo", u"todos", u"trd"}) {
        if (folder.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {
// Markdown under an agents folder defines agents ("agents/reviewer.md",
// "agents/engineering/backend.md"), unless a plan folder comes below it:
// "docs/agents/plans/248-sessions-health-plan.md" is a plan for the project's own agents
// app (perme8's bounded context is named Agents), with 36 plans written so.
bool inAgentsFolder(const QString& lowerPath)
{
    const qsizetype slash = lowerPath.lastIndexOf(u'/');
    if (slash < 0 || isPlanNamedFile(QStringView(lowerPath).sliced(slash + 1)))
        return false;
    bool agents = false;
    for (const QStringView part : QStringView(lowerPath).first(slash).tokenize(u'/')) {
        if (part == u"agents")
            agents = true;
        else if (agents && isPlanFolderAnyDepth(part))
            return false;
    }
    return agents;
}
} // namespace

bool lessByPriority(const QString& a, const QString& b)
{
    auto rank = [](const QString& p) {
        if (p.startsWith(u"docs/TRD/", Qt::CaseInsensitive))
            return 0;
        if (p.startsWith(u"docs/PRD/", Qt::CaseInsensitive))
            return 1;
        return 2;
    };
    const int ra = rank(a);
    const int rb = rank(b);
    return ra != rb ? ra < rb : a < b;
}

namespace {
// "t002-create-migration.md", "ticket-002-auth.md", "02-ingestion.md", "sp11_001.md": a file
// name led by an id (a few letters, a number) and a separator.
bool namedByTicket(QStringView base)
{
    qsizetype i = 0;
    while (i < base.size() && i < 12 && base.at(i).isLetter() && base.at(i).unicode() < 128)
        ++i;
    // "phase4_findings.md", "week-3-notes.md": a part of the sprint, no ticket.
    for (const char16_t* part : {u"phase", u"week", u"sprint", u"day", u"part", u"round", u"step",
                                 u"stage", u"milestone", u"v"}) {
        if (base.first(i) == QStringView(part))
            return false;
    }
    const bool joined = i < base.size() && (base.at(i) == u'-' || base.at(i) == u'_');
    if (joined)
        ++i;
    else if (i > 3) // "t002", "sp11", "tkt12"; a longer word runs into its number
        return false;
    const qsizetype digits = i;
    while (i < base.size() && i - digits < 6 && (base.at(i) >= u'0' && base.at(i) <= u'9'))
        ++i;
    return i > digits && i < base.size() &&
           (base.at(i) == u'-' || base.at(i) == u'_' || base.at(i) == u'.');
}
} // namespace

Verdict classify(QStringView relativePath, QByteArrayView content, int tasksRead, int stepsRead,
                 int boxedSteps)
{
    const QString path = relativePath.toString().toLower();
    const QString base = path.section(u'/', -1);
    Counts c;
    const QByteArrayView text = content.first(std::min(content.size(), kScanBytes));

    // Agent definitions: YAML front matter with a name and a description (and tools or a
    // model), or any markdown under an agents folder.
    // "docs/…/skills/enriching-tasks/SKILL.md" with a name and a description in its front
    // matter: an agent's skill, its steps a procedure the agent follows, wherever it is kept.
    bool skill = false;
    if (text.startsWith("---")) {
        const qsizetype end = text.indexOf("\n---", 3);
        const QByteArrayView fm = end > 0 ? text.first(end) : QByteArrayView();
        const bool named = fm.contains("\nname:") && fm.contains("\ndescription:");
        if (named &&
            (fm.contains("\ntools:") || fm.contains("\nmodel:") || path.contains(u"agents/")))
            c.frontMatterAgent = true;
        skill = named && base == u"skill.md";
        // A paper's front matter: "abstract: |".
        c.abstract = fm.contains("\nabstract:");
    }
    if (c.frontMatterAgent || inAgentsFolder(path))
        return {DocumentClass::Agent, Tr::tr("agent definition")};
    if (skill)
        return {DocumentClass::Other, Tr::tr("agent skill (front matter)")};

    bool inFence = false;
    char fenceChar = 0;
    bool firstHeading = true;
    QByteArrayView previous;
    qsizetype pos = 0;
    // YAML front matter is no markdown: its "# Dependency graph" comment is no title.
    if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
        const qsizetype end = text.indexOf("\n---", 3);
        if (end > 0) {
            const qsizetype nl = text.indexOf('\n', end + 4);
            pos = nl < 0 ? text.size() : nl + 1;
        }
    }
    while (pos < text.size()) {
        qsizetype nl = text.indexOf('\n', pos);
        if (nl < 0)
            nl = text.size();
        QByteArrayView line = text.sliced(pos, nl - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = nl + 1;
        const QByteArrayView t = trimmedStart(line);
        if (t.startsWith("```") || t.startsWith("~~~")) {
            if (!inFence) {
                inFence = true;
                fenceChar = t.at(0);
            } else if (t.at(0) == fenceChar) {
                inFence = false;
            }
            previous = {};
            continue;
        }
        if (inFence)
            continue;
        const bool h1 = t.startsWith("# ");
        countLine(line, previous, firstHeading && h1, c);
        if (h1)
            firstHeading = false;
        previous = t;
    }

    // "plans/0003-quality-hardening.md": a folder the team keeps its plans in names them,
    // once the parser read tasks there (its README and notes stay what they are).
    const bool planFolder = tasksRead > 0 && base != u"readme.md" && [&path, &base] {
        const QStringView dir = QStringView(path).first(path.size() - base.size());
        for (const QStringView part : dir.split(u'/', Qt::SkipEmptyParts)) {
            // "todo/feature-payments-minimal.md": one topic's checklist in a folder of them.
            if (part == u"plans" || part == u"plan" || part == u"tasks" || part == u"roadmap" ||
                part == u"sprints" || part == u"milestones" || part == u"backlog" ||
                part == u"todo" || part == u"todos")
                return true;
            // "sprint/auto-sync/T002-create-oban-migration.md", "tickets/TKT-12-….md": a file
            // named by its ticket's id, in a folder of such; not the sprint's other notes
            // ("sprint/TECHNICAL_SPEC.md").
            if ((part == u"sprint" || part == u"tickets" || part == u"stories") &&
                namedByTicket(base))
                return true;
        }
        return false;
    }();
    // "0100_payments_TRD.md" as much as "TRD-payments.md"; "07-01-PLAN.md" names a plan.
    const QStringView stem = QStringView(base).first(std::max<qsizetype>(base.size() - 3, 0));
    // "docs/PRD/completed/sling-trd.md" titled "# PRD: Sling-TRD Command": the requirements of
    // a command named after TRDs, as its folder and title say.
    const bool namedTrd = namesTrd(stem) && !(path.startsWith(u"docs/prd/") && c.titleRequirements);
    // "TODOAPP_COWBOY_TOOLCHAIN.md", "todo-app-deploy.md": notes on the example to-do app.
    const bool todoApp =
        base.startsWith(u"todoapp") || base.startsWith(u"todo-app") || base.startsWith(u"todo_app");
    const bool pathPlan = path.startsWith(u"docs/trd/") || namedTrd || base.contains(u"plan") ||
                          base.startsWith(u"tasks") || (base.startsWith(u"todo") && !todoApp) ||
                          base.contains(u"roadmap") || base.contains(u"backlog") ||
                          base.contains(u"sprint") || planFolder;
    const bool prdFolder = path.startsWith(u"docs/prd/");
    const bool pathRequirements = prdFolder || base.startsWith(u"prd") ||
                                  nameHasWord(stem, {u"prd"}) || base.contains(u"requirement") ||
                                  base == u"spec.md";
    // In docs/PRD/ a name like "06-audit-and-change-log.md" or "00-executive-summary.md" is
    // a part of the requirements, not a report on work done.
    // "19-reports.md" titled "# Reports Service" names its subject too.
    const bool pathReport =
        !prdFolder && !c.titleSubject &&
        (base.contains(u"report") || base.contains(u"summary") || base.contains(u"audit") ||
         // "SPRINT_0_CODE_REVIEW.md": what a review of the sprint's code found.
         base.contains(u"code_review") || base.contains(u"code-review") ||
         base.contains(u"retrospective") || base.contains(u"completion") ||
         base.contains(u"postmortem") || base.contains(u"results") || base.contains(u"changelog") ||
         // "01-VERIFICATION.md", not "board-verification-workspace.md" (a task about one)
         base.endsWith(u"verification.md") ||
         // GSD's milestone check "v1.1-INTEGRATION-CHECK.md": phases found wired or not
         base.endsWith(u"integration-check.md"));
    // "notes/reviews/phase-18-comprehensive-review.md" titled "# Phase 18 Comprehensive
    // Review": one of a folder of reviews, what the reviewers found, the boxes its
    // follow-ups. Not "scrum/sprint1/SPRINT_1_REVIEW.md" among a sprint's files, which
    // plans the next steps.
    const bool namedReview = (path.startsWith(u"reviews/") || path.contains(u"/reviews/")) &&
                             (base.endsWith(u"-review.md") || base.endsWith(u"_review.md"));
    // "SPRINT_6_PROGRESS.md" titled "Sprint 6 Progress Report": a report when both say so.
    const bool nameProgress =
        !prdFolder && base.contains(u"progress") && !base.contains(u"progressive");
    if (prdFolder)
        c.titleReport = false;

    const bool nameDone = base.contains(u"complete") || base.contains(u"status");
    // "FEATURE_PARITY_ANALYSIS.md", "CHAOS_ENGINEERING_DELIVERY.md", "DDD_ANALYSIS_v3.md",
    // "gap-analysis-2026-03-11.md": named, at the end, for what it is (a version or date
    // after the word changes nothing).
    const bool nameAnalysis = [&stem] {
        QStringView last;
        anyWord(stem, [&stem, &last](qsizetype i, qsizetype j) {
            if (!(j - i == 1 && stem.at(i).toLower() == u'v'))
                last = stem.sliced(i, j - i);
            return false;
        });
        for (const char16_t* w : {u"analysis", u"assessment", u"delivery", u"deliverables",
                                  u"inventory", u"comparison"}) {
            if (last.compare(QStringView(w), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }();

    // Where the team keeps task lists: a TRD there that the parser cannot read is still a
    // plan, and "no tasks recognised" is what its author needs to hear. "plan" in a name is
    // not enough (spec-kit's plan.md is a narrative; its tasks are in tasks.md).
    // A folder's README.md there describes the folder: it is a plan only by its own lines.
    // A design note in docs/TRD/ (docs/TRD/HLD/…, an ADR) with not one checkbox, id or
    // estimate holds no task to miss: it is no plan, and "no tasks recognised" would be noise.
    // One duration in prose ("sessions expire (24h since last activity)", "CPU above 70% for
    // (1h) → warn") is how design notes and ADRs talk; a plan the parser misses has several.
    const bool estimates = c.estimateLines > 1;
    const bool taskLike = c.checkboxes > 0 || c.taskLines > 0 || c.taskHeadings > 0 ||
                          c.taskRows > 0 || c.taskTables > 0 || estimates || tasksRead > 0 ||
                          c.stepLines > 0;
    // So is a file named TRD that is one: "TRD-006-tag-manager.md" or "docs/2_architecture/TRD.md"
    // describing architecture, data model and API (a technical requirements document).
    // A TRD with a "## Master Task List" still to fill is one, whose author needs to hear that
    // no task was recognised.
    const bool trdWork = taskLike || (namedTrd && c.planHeadings > 0);
    const bool taskPath =
        ((path.startsWith(u"docs/trd/") || namedTrd) && base != u"readme.md" && trdWork) ||
        base.startsWith(u"tasks") || (base.startsWith(u"todo") && !todoApp) ||
        base.startsWith(u"backlog");
    // Plan evidence: lines that are, or could be, tasks. Headings ("Implementation Plan",
    // "Phase 0: Research"), a file name or a status table alone make a design document, a
    // how-to or a narrative, and "no tasks recognised" on those is noise.
    // Steps are tasks in a document titled a plan, and so are the steps of its phases,
    // ticked box by box, in a document named or filed as one ("docs/agents/plans/328-…-plan.md":
    // "## Phase 1: Domain Layer" › "### Step 1.2: QueueEngine Policy" › "- [x] **RED**: …").
    // A QA manual named "…_WORKPLAN_…" has checks under its "## Step 4", and no phases.
    // An Obsidian kanban board ("kanban-plugin: basic"), a TODO.md in lanes ("## In
    // Progress", "## Done"): cards to tick, lane by lane.
    const bool board =
        (c.laneHeadings >= 2 ||
         text.first(std::min<qsizetype>(text.size(), 200)).contains("kanban-plugin:")) &&
        c.checkboxes > 0;
    const bool planEvidence = board || tasksRead > 0 || (stepsRead > 0 && c.titlePlan) ||
                              (boxedSteps > 0 && pathPlan) || c.taskLines > 0 ||
                              c.idTaskHeadings > 0 || c.taskRows > 0 || c.estimateTables > 0 ||
                              estimates || taskPath;

    // Plans cite requirements ("[satisfies REQ-001]", coverage tables) all the time, and
    // requirement documents rarely define tasks: task lines count in full, requirement ids
    // only up to a point. Where the team put the file weighs most.
    const int taskEvidence = c.taskHeadings + c.taskLines + c.taskTables + c.taskRows;
    const bool trdFolderOnly =
        (path.startsWith(u"docs/trd/") || namedTrd) && !trdWork && !base.contains(u"plan");
    const int plan = 3 * c.taskHeadings + 2 * c.taskLines + 4 * c.taskTables + c.taskRows +
                     2 * std::min(c.sprintHeadings, 5) + 3 * std::min(c.planHeadings, 2) +
                     (pathPlan && !trdFolderOnly ? 15 : 0) + (c.titlePlan ? 4 : 0) +
                     (board ? 12 : 0) +
                     // "sprint-plan.md" titled "# Sprint Plan …": named a sprint plan twice,
                     // whatever requirement ids its traceability section cites.
                     (c.titleSprint && base.contains(u"sprint") && !pathRequirements ? 12 : 0);
    const int requirements = 2 * std::min(c.requirementIds, 15) + 3 * std::min(c.stories, 5) +
                             3 * std::min(c.requirementHeadings, 4) + (pathRequirements ? 15 : 0) +
                             (c.titleRequirements ? 6 : 0);
    const int report = (c.titleReport ? 10 : 0) + (pathReport ? 10 : 0) +
                       std::min(c.verdictLines, 5) - (taskEvidence > 0 && !c.titleReport ? 4 : 0);

    auto why = [&](DocumentClass cls) {
        QStringList parts;
        auto add = [&parts](int n, const char* what) {
            if (n > 0)
                parts << Tr::tr(what, nullptr, n);
        };
        switch (cls) {
        case DocumentClass::Plan:
            add(c.taskHeadings, QT_TRANSLATE_N_NOOP("DocumentKind", "%n task heading(s)"));
            add(c.taskLines, QT_TRANSLATE_N_NOOP("DocumentKind", "%n task line(s)"));
            add(c.taskTables, QT_TRANSLATE_N_NOOP("DocumentKind", "%n task table(s)"));
            add(c.taskRows, QT_TRANSLATE_N_NOOP("DocumentKind", "%n task row(s)"));
            add(c.sprintHeadings,
                QT_TRANSLATE_N_NOOP("DocumentKind", "%n sprint/phase heading(s)"));
            // Lines with an estimate are evidence too ("Index the catalog (4h)"); say so when
            // they counted.
            if (estimates)
                add(c.estimateLines, QT_TRANSLATE_N_NOOP("DocumentKind", "%n estimate line(s)"));
            if (c.taskLines == 0 && c.taskHeadings == 0 && c.taskRows == 0 && tasksRead > 0)
                add(tasksRead, QT_TRANSLATE_N_NOOP("DocumentKind", "%n task(s) read"));
            if (board)
                parts << Tr::tr("kanban lanes");
            if (pathPlan)
                parts << Tr::tr("path");
            break;
        case DocumentClass::Requirements:
            add(c.requirementIds, QT_TRANSLATE_N_NOOP("DocumentKind", "%n requirement id(s)"));
            add(c.stories, QT_TRANSLATE_N_NOOP("DocumentKind", "%n user stor(ies)"));
            add(c.requirementHeadings,
                QT_TRANSLATE_N_NOOP("DocumentKind", "%n requirement heading(s)"));
            if (pathRequirements)
                parts << Tr::tr("path");
            break;
        case DocumentClass::Report:
            // A review among reviews: its title and its name (in its folder) say so.
            if (c.titleReport || (nameDone && c.titleDone) || (namedReview && c.titleReview))
                parts << Tr::tr("title");
            if (pathReport || nameProgress || (nameDone && c.titleDone) || namedReview)
                parts << Tr::tr("file name");
            add(c.verdictLines, QT_TRANSLATE_N_NOOP("DocumentKind", "%n pass/fail line(s)"));
            break;
        default:
            break;
        }
        return parts.join(QStringLiteral(", "));
    };

    // Named and titled as a report (docs/TRD/sprint1-completion-summary.md, "# Sprint 1
    // Completion Summary"): its task lines report on tasks a plan defines, even when it sits
    // among the plans and ticks every task it lists.
    // So is one named and titled as done (IMPLEMENTATION-COMPLETE.md, "# ... -
    // Implementation Complete"; phase2-complete.md, "# Phase 2 - Complete").
    if (((pathReport || nameProgress) && c.titleReport) || (nameDone && c.titleDone) ||
        (namedReview && c.titleReview))
        return {DocumentClass::Report, why(DocumentClass::Report)};
    // "# TRD-050: CSV export" with "## Files Changed" and "## Test Results": a report on
    // one task, written when it was done, among the plans (it defines no tasks of its own).
    if (c.titleTaskId && c.reportHeadings > 0 && c.idTaskHeadings == 0 && c.taskRows == 0 &&
        (c.titleReport || c.reportHeadings >= 2 || c.verdictLines > 0))
        return {DocumentClass::Report, Tr::tr("title names one task, report sections")};
    // "# T002: Create the migration" over "**Status:** 🔵 Not Started" and "**Story Points:**
    // 2": a ticket's own file, one task of the plan it belongs to.
    if (c.ticketFields > 0 && !c.titleReport && c.reportHeadings == 0 && c.idTaskHeadings == 0 &&
        !c.titleRequirements && !c.titleNamesRequirements)
        return {DocumentClass::Plan, Tr::tr("title names one task, its header its status or "
                                            "estimate")};
    // "v1.0-REQUIREMENTS.md" titled "# Requirements Archive: v1.0", "- [x] **DEV-01**: …":
    // named and titled requirements, ticked as they are met; a plan estimates its work.
    if (base.contains(u"requirement") && c.titleNamesRequirements && c.estimatedTasks == 0 &&
        c.estimateTables == 0)
        return {DocumentClass::Requirements, Tr::tr("requirements (name and title), nothing "
                                                    "estimated")};
    // "# Decision Log" › "## D-001 — Monorepo" › "- **Status:** accepted": decisions taken,
    // numbered like tasks; no work to plan unless it is estimated.
    if (c.titleDecisions && c.estimatedTasks == 0 && c.estimateTables == 0)
        return {DocumentClass::Other, Tr::tr("decision log (title), nothing estimated")};
    // "AutoSpec: A Specification-Driven Framework …" with an abstract and "## 2. Related Work":
    // a paper on a method; its sprint tables are case-study results, not a plan to follow.
    if (c.abstract && c.relatedWork && tasksRead == 0 && c.checkboxes == 0)
        return {DocumentClass::Other, Tr::tr("paper (abstract, related work), no task read")};
    // "# Sprint 1: Document Index": a map of the sprint's documents, its plan is elsewhere.
    if (c.titleIndex && tasksRead == 0 && c.taskLines == 0 && c.taskRows == 0)
        return {DocumentClass::Other, Tr::tr("document index (title), no task read")};
    // "# Design Corpus Index: …", "# … - Navigation Index": a title ending in the word names
    // such a map too. Its tables may cite the plans' ids ("| LAN-001 to LAN-009 | Unit
    // tests |"), and its phases point at the documents that plan them; a box to tick would
    // be its own work ("# POC Index" ending in a roadmap of checkboxes stays a plan).
    if (c.titleEndsIndex && c.checkboxes == 0 && tasksRead == 0 && c.taskLines == 0)
        return {DocumentClass::Other, Tr::tr("document index (title), no task read")};
    // "# HLD Tenets" with "### T-1.1 Single binary", "# Team Formation Guide" with a worksheet
    // of checkboxes, "# Sprint Planning Guide" with a template table: guidance numbered like
    // tasks, but nothing estimated and nothing ticked.
    if (c.titleGuide && c.checked == 0 && c.estimatedTasks == 0 &&
        (c.estimateTables == 0 || c.taskRows == 0))
        return {DocumentClass::Other, Tr::tr("guidance (title), nothing estimated or ticked")};
    // "# System Architecture" ending in "## Future Enhancements" › "### Phase 2" and a few
    // boxes: a description of the system with a wish list, no plan (a plan titled so estimates
    // or ticks its work, or numbers it: "### TRD-001: …").
    const int best = std::max({plan, requirements, report});
    if (best >= 4 && plan == best && c.titleArchitecture && c.checked == 0 &&
        c.estimatedTasks == 0 && c.idTaskHeadings == 0 && c.taskRows == 0)
        return {DocumentClass::Other, Tr::tr("architecture description (title), nothing "
                                             "estimated or ticked")};
    if (best < 4)
        return {DocumentClass::Other, Tr::tr("no plan, requirement or report signs")};
    // "# Feature Parity Analysis" in FEATURE_PARITY_ANALYSIS.md, "# … - Final Deliverables"
    // in AGENT_15_CACHE_DELIVERABLES.md: what a study found or a delivery handed over, named
    // and titled so. Its recommendations and gap lists look like tasks, and its phases like
    // sprints, but the plan that takes them up is another document; "no tasks recognised"
    // or "has no estimate" there is noise. A title that names a plan too ("… Analysis &
    // Prioritized Fix Plan") keeps it one.
    // Only where it would be a plan: an analysis read as requirements, or as nothing in
    // particular, stays what it was.
    // "archive/phase-reports/TASK_RUNNER_IMPLEMENTATION.md" titled "# Task Runner
    // Implementation Summary": a folder the team keeps its reports in names them, the way a
    // plans folder names plans; "Implementation" in their titles is what they report on. A
    // file there named or titled a plan or a roadmap stays one.
    const bool reportFolder = [&path, &base] {
        const QStringView dir = QStringView(path).first(path.size() - base.size());
        for (const QStringView part : dir.split(u'/', Qt::SkipEmptyParts)) {
            if (part == u"reports" || part.endsWith(u"-reports") || part.endsWith(u"_reports"))
                return true;
        }
        return false;
    }();
    if (plan == best && reportFolder && !pathPlan && !c.titleIndex && !c.titleNamesPlan)
        return {DocumentClass::Report, Tr::tr("report (folder)")};
    if (plan == best && planEvidence && nameAnalysis && c.titleAnalysis && !c.titlePlan &&
        !c.titleGuide && !c.titleTaskId)
        return {DocumentClass::Report, Tr::tr("analysis or delivery (name and title)")};
    // "todo.md" titled "# Reservation Domain Model Analysis", with not a box and not a task:
    // the title says what it is, whatever the file is called.
    if (plan == best && planEvidence && c.titleAnalysis && !c.titlePlan && !c.titleGuide &&
        !c.titleTaskId && tasksRead == 0 && c.checkboxes == 0)
        return {DocumentClass::Report, Tr::tr("analysis (title), no task read"), true};
    // "guides/deployment.md" titled "# Deploying the App", "### Step 1: Build the image" for
    // each host and a list of settings to check: a folder of published how-tos (ExDoc's
    // extras, a docs site's). Nothing there is work to plan unless the file is named or titled
    // a plan, or ticks or estimates its work.
    // So is a "how_to/" folder of a dev log ("dev_log/how_to/deploy_to_flyio.md").
    const bool guideFolder = path.startsWith(u"guides/") || path.contains(u"/guides/") ||
                             path.startsWith(u"how_to/") || path.contains(u"/how_to/") ||
                             path.startsWith(u"how-to/") || path.contains(u"/how-to/") ||
                             path.startsWith(u"howto/") || path.contains(u"/howto/");
    if (plan == best && guideFolder && !pathPlan && !c.titlePlan && c.checked == 0 &&
        c.estimatedTasks == 0 && c.estimateTables == 0)
        return {DocumentClass::Other, Tr::tr("guide (folder), nothing estimated or ticked")};
    // "ACCEPTANCE_TESTS.md", "# Checkout Test Cases": the checks that say when the product
    // does what it must, ticked as they pass; "### T-CLI-001" there is a test, not work to
    // plan. A plan of test work estimates it.
    const bool testsName =
        (base.contains(u"acceptance") && (base.contains(u"test") || base.contains(u"criteria"))) ||
        base.contains(u"test-cases") || base.contains(u"test_cases") || base.contains(u"testcases");
    if ((testsName || c.titleTests) && c.estimatedTasks == 0)
        return {DocumentClass::Requirements, Tr::tr("acceptance tests or test cases, nothing "
                                                    "estimated")};
    // "# E2E Test Plan" (TEST_PLAN.md, test-plan.md): test cases by layer or feature, their
    // ids ("IMP-001", "### E2E-1: Signup") those of tests; no work for the board unless
    // the plan estimates it.
    const bool testPlanName =
        base.contains(u"test-plan") || base.contains(u"test_plan") || base.contains(u"testplan");
    if (plan == best && (c.titleTestPlan || (testPlanName && !c.titlePlan)) &&
        c.estimatedTasks == 0)
        return {DocumentClass::Other, Tr::tr("test plan: test cases, nothing estimated")};
    // spec-kit's "specs/001-feature/plan.md" is the narrative of the feature's plan (phases,
    // gates, decisions, a few estimates); its tasks are in tasks.md beside it. Without a task
    // the parser read, "no tasks recognised" there would be noise.
    const bool specKitPlan =
        base == u"plan.md" && path.startsWith(u"specs/") && path.count(u'/') == 2 && tasksRead == 0;
    if (plan == best && specKitPlan)
        return {DocumentClass::Other, Tr::tr("spec-kit plan.md narrative, tasks in tasks.md")};
    // "# Riva API Documentation", "# HA Performance Benchmarks", "# Pricing Plan Tiers": one
    // table (or one row, one line) shaped like tasks in a document neither named, filed nor
    // titled a plan, with no box to tick, and the parser read no task from it. A reference or
    // a design note with a table of endpoints, results or tiers; "no tasks recognised" there
    // is noise. Its head alone is no verdict: the parser may still read tasks there.
    const bool unnamedNoTask =
        plan == best && tasksRead == 0 && !pathPlan && !c.titlePlan && !board && c.checkboxes == 0;
    if (unnamedNoTask && taskEvidence <= 1 && c.estimateLines <= 1)
        return {DocumentClass::Other, Tr::tr("one task-like table or line, no task read"), true};
    // "# Quick Start: …" with "### Week 2-3: High Priority" and a few durations in its prose
    // ("the port takes about 2 weeks"), not one line shaped like a task: phases and estimates
    // in words are how overviews, guides and gap analyses talk about work; a plan that names
    // itself one still hears that no task was read.
    if (unnamedNoTask && taskEvidence == 0)
        return {DocumentClass::Other, Tr::tr("phases or durations in prose only, no task read"),
                true};
    // Ties go to the plan: showing a plan's tasks beats hiding them.
    if (plan == best && planEvidence)
        return {DocumentClass::Plan, why(DocumentClass::Plan)};
    // Plan words without a task line: a design note, a how-to, a spec-kit plan.md. The
    // plan signs outweighed the others, so it is none of those either.
    if (plan == best)
        return {DocumentClass::Other, Tr::tr("plan headings or name, but no task line"), true};
    if (requirements == best)
        return {DocumentClass::Requirements, why(DocumentClass::Requirements)};
    return {DocumentClass::Report, why(DocumentClass::Report)};
}

TicketField ticketField(QByteArrayView line, qsizetype* valueAt)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    if (i + 1 < line.size() && (line.at(i) == '-' || line.at(i) == '*') && line.at(i + 1) == ' ')
        i += 2;
    const bool bold = line.sliced(i).startsWith("**");
    if (bold)
        i += 2;
    const qsizetype k = i;
    while (i < line.size() && i - k < 32 &&
           ((line.at(i) >= 'a' && line.at(i) <= 'z') || (line.at(i) >= 'A' && line.at(i) <= 'Z') ||
            line.at(i) == ' ' || line.at(i) == '(' || line.at(i) == ')'))
        ++i;
    if (i == k)
        return TicketField::None;
    const QByteArrayView key = line.sliced(k, i - k).trimmed();
    // "**Status:**", "**Status**:", "Status:"
    if (bold && line.sliced(i).startsWith("**:"))
        i += 3;
    else if (i < line.size() && line.at(i) == ':')
        i += (bold && line.sliced(i).startsWith(":**")) ? 3 : 1;
    else
        return TicketField::None;
    if (bold && !line.sliced(k, i - k).contains("**"))
        return TicketField::None;
    static constexpr struct
    {
        QLatin1StringView key;
        TicketField field;
    } keys[] = {{QLatin1StringView("status"), TicketField::Status},
                {QLatin1StringView("state"), TicketField::Status},
                {QLatin1StringView("estimate"), TicketField::Estimate},
                {QLatin1StringView("estimated effort"), TicketField::Estimate},
                {QLatin1StringView("effort"), TicketField::Estimate},
                {QLatin1StringView("estimated time"), TicketField::Estimate},
                {QLatin1StringView("estimate (hours)"), TicketField::Estimate},
                {QLatin1StringView("estimate (h)"), TicketField::Estimate},
                {QLatin1StringView("story points"), TicketField::Points},
                {QLatin1StringView("points"), TicketField::Points},
                {QLatin1StringView("dependencies"), TicketField::Dependencies},
                {QLatin1StringView("depends on"), TicketField::Dependencies},
                {QLatin1StringView("blocked by"), TicketField::Dependencies},
                {QLatin1StringView("priority"), TicketField::Priority}};
    // The key holds ASCII letters, spaces and parentheses only (read above).
    const QLatin1StringView latin(key.data(), key.size());
    for (const auto& [name, field] : keys) {
        if (latin.compare(name, Qt::CaseInsensitive) == 0) {
            while (i < line.size() && line.at(i) == ' ')
                ++i;
            *valueAt = i;
            return field;
        }
    }
    return TicketField::None;
}

Lane laneOf(QStringView heading)
{
    return laneOfWords(heading);
}

Lane laneOf(QByteArrayView utf8Heading)
{
    return laneOfWords(utf8Heading);
}

QString name(DocumentClass c)
{
    switch (c) {
    case DocumentClass::Plan:
        return QStringLiteral("plan");
    case DocumentClass::Requirements:
        return QStringLiteral("requirements");
    case DocumentClass::Report:
        return QStringLiteral("report");
    case DocumentClass::Agent:
        return QStringLiteral("agent");
    case DocumentClass::Other:
        break;
    }
    return QStringLiteral("other");
}

QString label(DocumentClass c)
{
    switch (c) {
    case DocumentClass::Plan:
        return QCoreApplication::translate("DocumentKind", "Plan");
    case DocumentClass::Requirements:
        return QCoreApplication::translate("DocumentKind", "Requirements");
    case DocumentClass::Report:
        return QCoreApplication::translate("DocumentKind", "Report");
    case DocumentClass::Agent:
        return QCoreApplication::translate("DocumentKind", "Agent");
    case DocumentClass::Other:
        break;
    }
    return QCoreApplication::translate("DocumentKind", "Other");
}

} // namespace DocumentKind

} // namespace pwb
