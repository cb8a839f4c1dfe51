// SPDX-License-Identifier: MIT
// A parsed TRD/PRD markdown document: tasks, sprints, dependency edges and diagnostics,
// with the byte offsets an edit needs to rewrite only the bytes that change.
#pragma once

#include "core/diagnostic.h"
#include "core/documentkind.h"
#include "idindex.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSharedData>
#include <QString>
#include <QStringList>

namespace pwb {

enum class TaskStatus
{
    Todo,
    InProgress,
    Blocked,
    Done
};

// Half-open byte range [begin, end) in the document's UTF-8 bytes; begin < 0 when absent.
// 32-bit offsets: documents are capped far below 2 GB (TrdParser::parse refuses larger
// input), and every task holds several spans: a plan of ten thousand tasks is a megabyte
// smaller, and its parse touches that much less fresh memory.
struct ByteSpan
{
    qint32 begin = -1;
    qint32 end = -1;
    ByteSpan() = default;
    ByteSpan(qsizetype b, qsizetype e)
        : begin(qint32(b))
        , end(qint32(e))
    {}
    bool isValid() const { return begin >= 0 && end >= begin; }
    qsizetype size() const { return end - begin; }
    friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

// A subtask's text is read through its task (TrdTask::subtaskText()): most are written
// without markup, and their text is then the document's own bytes, which the task shares.
// A plan of ten thousand tasks kept fifty thousand copies of them (7 MB, a quarter of its
// memory). The few with markup keep their rendered text with the task (32 bytes a subtask
// rather than 72: the generated TRD's fifty thousand subtasks touched 2 MB less).
struct TrdSubtask
{
    ByteSpan span;     // the whole line, without its line break
    ByteSpan textSpan; // the text as written in the document, trimmed
    int line = 0;
    qint32 markOffset = -1; // the mark between '[' and ']' (markSize bytes: "[✓]" has 3)
    // Index of its text in the task's TrdTaskExtra::subtaskTexts when the document's bytes
    // at textSpan are not it ("**Bold** step" reads "Bold step"); -1 otherwise.
    qint32 rendered = -1;
    bool checked = false;
    quint8 markSize = 1;
};

// `agents/code-reviewer.md:153-565`: a file with an optional line range.
struct TrdReference
{
    QString file;
    int firstLine = 0;
    int lastLine = 0;
    QString text; // what the document wrote, for display
    int line = 0; // where in the TRD
};

struct TrdField
{
    QString key;
    QString value;
    int line = 0;
};

// What few tasks have, kept apart from TrdTask: a plan of ten thousand tasks is a third
// smaller without these members, and its memory showed in profiles as much as its parsing.
struct TrdTaskExtra : QSharedData
{
    QStringList flags; // "REQUIRES EXPERT REVIEW", "BLOCKED" ...
    QString note;
    QStringList requirements; // "[satisfies REQ-001]", traceability tables
    QString evidence;         // done according to another place in the plan or a report
    QString evidencePath;     // empty: this document
    int evidenceLine = 0;
    double partHours = -1; // "(20h of 60h)": the part its sprint plans (20), hours 60
    double lowHours = -1;  // "2-3h": the range's lower end (2); hours holds the upper end
    ByteSpan inProgressSpan; // its bytes: TrdTask::inProgressRaw()
    // "- ✅ Title (2h)", "- [todo] Title": a status emoji or word leads the line and stands
    // for a box. Completing writes leadDone in its place (" ✅", "[done]"), reopening
    // leadOpen (" ⬜", "[todo]"); empty for every other form.
    QByteArray leadDone;
    QByteArray leadOpen;
    QStringList subtaskTexts; // rendered subtask texts (TrdSubtask::rendered)
};

struct TrdTask
{
    enum class Marker : quint8
    {
        None,
        Completed,
        InProgress
    };
    enum class Form : quint8
    {
        BoldLine,
        Heading,
        TableRow,
        Checklist // "- [ ] **TRD-001**: Title (2h)", "- [x] Write the installer (4h)"
    };

    // Strings and lists first, then numbers, spans and flags packed: a plan's tasks are
    // written once into fresh memory, and every byte of the struct cost its parse (a plan of
    // ten thousand checklist tasks spent a tenth of its time storing them).
    QString id;
    QString title;
    QString estimate;   // as written: "3 days", "5 SP"
    QString priority;   // "HIGH", "MEDIUM", "LOW", "CRITICAL" or empty
    QString markerText; // as written, e.g. "✅ **COMPLETE**"
    QList<TrdSubtask> subtasks;
    QStringList dependencies; // from the task's own Dependencies field
    QString validation;
    QList<TrdReference> references;
    QList<TrdField> fields; // every other `**Key**: value` line
    QString category;
    // The bytes of the document the task was read from, shared with it and every other
    // task (no copy): spans index them, and subtask texts are read from them.
    QByteArray source;
    double hours = -1; // < 0: no estimate given (or one in points)
    double points = -1;
    ByteSpan markerSpan; // includes the whitespace before the marker
    ByteSpan headerSpan; // the task's header line(s)
    // Table rows: the Status cell's content (invalid: no such column); heading and bold
    // tasks: the value of their "**Status**:" line, if they have one.
    ByteSpan statusCell;
    ByteSpan span; // header to the last line that belongs to the task
    int dependenciesLine = 0;
    int line = 0;
    qint32 ownMarkOffset = -1; // checklist tasks: the mark between '[' and ']'
    Marker marker = Marker::None;
    Form form = Form::BoldLine;
    bool hoursConverted = false; // hours worked out from days or weeks
    bool implicitId = false;     // the document gives no id: `id` is "#" + the title
    bool ownChecked = false;     // checklist tasks: their own box is ticked
    // The mark's size in bytes: 1 for "[ ]", "[x]", "[~]"; a sign is more ("[✓]": 3,
    // "[✔️]": 6). Its bytes are ownMarkRaw(), so a reopen undone writes back the very sign.
    quint8 ownMarkSize = 1;

    // The bytes of a span of the source (empty when the span is invalid or outside it).
    QByteArray bytesOf(ByteSpan s) const
    {
        if (!s.isValid() || s.end > source.size())
            return QByteArray();
        return source.sliced(s.begin, s.size());
    }
    QByteArray markerRaw() const { return bytesOf(markerSpan); }
    // What the task's own box holds (" ", "x", "✓"; empty when it has none).
    QByteArray ownMarkRaw() const
    {
        return ownMarkOffset < 0 ? QByteArray()
                                 : bytesOf(ByteSpan(ownMarkOffset, ownMarkOffset + ownMarkSize));
    }
    // What a subtask's box holds (" ", "x", "✓"; empty when it has none).
    QByteArray subtaskMark(const TrdSubtask& s) const
    {
        return s.markOffset < 0 ? QByteArray()
                                : bytesOf(ByteSpan(s.markOffset, s.markOffset + s.markSize));
    }
    QByteArray statusCellRaw() const { return bytesOf(statusCell); }
    QByteArray inProgressRaw() const { return bytesOf(extra().inProgressSpan); }
    QString subtaskText(const TrdSubtask& s) const;
    QString subtaskText(qsizetype i) const { return subtaskText(subtasks.at(i)); }
    // Gives s (a subtask of this task, or one about to be) a text other than its bytes.
    void setSubtaskText(TrdSubtask& s, const QString& text)
    {
        QStringList& texts = mutableExtra().subtaskTexts;
        s.rendered = qint32(texts.size());
        texts.append(text);
    }

    // The members few tasks have (shared, empty ones when the task has none).
    const TrdTaskExtra& extra() const { return m_extra ? *m_extra : noExtra(); }
    // The same to write, made when the task has none yet.
    TrdTaskExtra& mutableExtra()
    {
        if (!m_extra)
            m_extra = new TrdTaskExtra;
        return *m_extra;
    }
    bool hasExtra() const { return bool(m_extra); }

    bool hasHours() const { return hours >= 0; }
    int checkedCount() const;
    bool isExplicitlyDone() const
    {
        return marker == Marker::Completed || ownChecked ||
               (m_extra && !m_extra->evidence.isEmpty());
    }
    // The plan itself says the work is stuck ("Status: Blocked", "⛔ On hold", "[BLOCKED]"),
    // whatever its dependencies.
    bool saysBlocked() const { return m_extra && m_extra->flags.contains(u"BLOCKED"); }
    // Subtasks and markers can be rewritten; a table row only through its Status cell.
    bool isEditable() const
    {
        if (form == Form::TableRow)
            return statusCell.isValid();
        return form == Form::Checklist ? ownMarkOffset >= 0 : headerSpan.isValid();
    }
    // Ids the parser made up for a task the document gives none ("#Write the installer")
    // start with '#'; views show such a task by its title alone, never "#Title: Title".
    static bool isImplicitId(QStringView id) { return id.startsWith(u'#'); }
    // "TRD-001: Title", or the bare title for a task without an id of its own.
    static QString displayName(const QString& id, const QString& title)
    {
        return isImplicitId(id) || id.isEmpty() ? title : id + QStringLiteral(": ") + title;
    }

private:
    static const TrdTaskExtra& noExtra();
    QSharedDataPointer<TrdTaskExtra> m_extra;
};

struct TrdSprint
{
    int number = 0;
    QString key;   // "Sprint 1.1", "Phase 2": the same key twice is the same sprint
    QString name;  // "Sprint 1: Foundation"
    QString title; // "Foundation"
    QString weeks; // "Week 1"
    double statedHours = -1;
    int line = 0;
    QStringList primary;
    QStringList secondary;
    // The line of each entry, beside it: primaryLines[i] is where primary[i] is listed.
    // Lists rather than an id -> line hash, which cost a tenth of parsing a plan of
    // checklists and is looked up only for the few ids no task defines.
    QList<int> primaryLines;
    QList<int> secondaryLines;
    QString goal;
    QStringList deliverables;
    QStringList successCriteria;
    // A story continued across sprints ("(20h of 60h - Week 1 of 3)") is one task; each
    // sprint plans its part: id -> hours of that part.
    QHash<QString, double> parts;

    QStringList tasks() const { return primary + secondary; }
    // Lines parallel to tasks().
    QList<int> taskLines() const { return primaryLines + secondaryLines; }
    bool lists(QStringView id) const { return primary.contains(id) || secondary.contains(id); }
    // The line listing id, or fallback when the sprint does not list it.
    int lineOf(QStringView id, int fallback) const;
    // The hours this sprint plans for t: its part, else all of its estimate (0 without one).
    double hoursOf(const TrdTask& t) const { return parts.value(t.id, t.hasHours() ? t.hours : 0); }
};

// `from` must be done before `to` (mermaid `from --> to`; `to`'s Dependencies lists `from`).
struct TrdDependency
{
    enum class Source
    {
        Mermaid,
        Field
    };
    QString from;
    QString to;
    Source source = Source::Field;
    int line = 0;
    friend bool operator==(const TrdDependency&, const TrdDependency&) = default;
};

// A dependency after merging both sources.
struct TrdEdge
{
    QString from;
    QString to;
    bool inMermaid = false;
    bool inField = false;
    int line = 0; // first place it was written
};

// A requirement and the tasks a traceability table links it to.
struct TrdLink
{
    QString requirement;
    QStringList tasks;
    int line = 0;
};

struct TrdDocument
{
    QString path; // as given to the parser (project-relative where possible)
    QString title;
    DocumentClass documentClass = DocumentClass::Plan; // set by the loaders
    QString classReason;
    double hoursPerDay = 8;      // converts estimates in days and weeks
    bool hoursConverted = false; // some task's hours came from days or weeks
    QStringList forms;           // task forms read: "checklist", "heading", "bold", "table"
    QList<TrdLink> links;        // traceability tables
    // Ids a list item outside any task marks done ("TRD-056 … ✅ PASSED"): `requirement`
    // holds the id, `tasks` the item's text. Reports lend them to plans as evidence.
    QList<TrdLink> doneMentions;
    QList<TrdTask> tasks;
    QList<TrdSprint> sprints;
    QList<TrdDependency> dependencies; // every edge as written, both sources
    Diagnostics diagnostics;           // the parser's own findings
    bool hasMermaidMap = false;        // a mermaid block linking task ids exists
    double statedTotalHours = -1;
    double statedTotalLow = -1; // "Total: 10-14 hours": 10 (statedTotalHours 14)
    int statedTotalLine = 0;
    int statedTaskCount = -1;
    int statedSprintCount = -1;
    QString completionMarker; // the document's own marker, e.g. "✅ **COMPLETED**"

    int indexOf(const QString& id) const;
    const TrdTask* task(const QString& id) const;
    // Unique edges, both sources merged, in order of first appearance (kept from the last
    // reindex() while `dependencies` has not grown or shrunk since).
    QList<TrdEdge> mergedDependencies() const;
    // Ids `id` depends on (merged, unique, in order).
    QStringList prerequisitesOf(const QString& id) const;
    // Ids that depend on `id`.
    QStringList dependentsOf(const QString& id) const;

    // For the document's own tasks, the status as of the last reindex().
    TaskStatus statusOf(const TrdTask& t) const;
    // One sentence saying why statusOf() returned what it did.
    QString statusExplanation(const TrdTask& t) const;
    // The prerequisites of t that are not done.
    QStringList openPrerequisites(const TrdTask& t) const;
    // Sprints listing id (names).
    QStringList sprintsOf(const QString& id) const;

    double totalHours() const;
    // Rebuilds the id index; the parser calls it, so do code that edits tasks.
    void reindex();
    // The same with the id -> first index map already at hand (the parser builds one).
    void reindex(IdIndex firstIndex);

private:
    struct NumberedEdge
    {
        int edge; // index in the merged list
        int from; // task index, or >= tasks.size() for ids no task defines
        int to;
    };
    // A merged edge as the index in `dependencies` of its first appearance and the sources
    // that wrote it: 8 bytes an edge where a TrdEdge (two ids) is 56. A large plan's kept
    // memory costs its parse a page fault per 4 KB (profiles: a third of the parse).
    struct MergedEdge
    {
        int first;
        bool inMermaid;
        bool inField;
    };
    template <typename Number>
    QList<MergedEdge> mergeEdges(Number&& number, QList<NumberedEdge>* numbered) const;
    QList<TrdEdge> edgesOf(const QList<MergedEdge>& merged) const;
    // The merged edges as of the last reindex() (`dependencies` have not changed size since).
    bool mergedIsCurrent() const { return m_mergedOf == dependencies.size(); }

    IdIndex m_index;
    QList<MergedEdge> m_merged;
    qsizetype m_mergedOf = -1; // dependencies.size() when m_merged was made
    // Edges by the task index of their end (most lookups), and for ids no task defines.
    // Flat, one list for all tasks rather than one each: task i's prerequisites are the
    // `from` ends of the merged edges m_prereqEdges[m_prereqStart[i], m_prereqStart[i + 1]).
    QList<qsizetype> m_prereqStart;
    QList<int> m_prereqEdges;
    QList<qsizetype> m_dependentsStart;
    QList<int> m_dependentsEdges;
    QHash<QString, QStringList> m_prereqOther;
    QHash<QString, QStringList> m_dependentsOther;
    QList<int> m_sprintsAt;           // by task index: its list in m_sprintLists, -1: none
    QList<QStringList> m_sprintLists; // sprint names: one per sprint, then shared by none
    QList<TaskStatus> m_statusAt;     // by task index, from reindex()
    TaskStatus computeStatus(const TrdTask& t) const;
};

// Completion and audit reports mark tasks of plans done ("TRD-056 … ✅ PASSED"): every plan
// task a report marks done gets the report as evidence (evidencePath, evidenceLine),
// replacing what an earlier call lent; an id several plans define is left alone. Returns
// the indexes of the plans it touched (reindexed).
QList<int> lendReportEvidence(const QList<TrdDocument*>& docs);

QString taskStatusName(TaskStatus s);  // "todo", "in_progress", "blocked", "done"
QString taskStatusLabel(TaskStatus s); // translated "To do" ...

} // namespace pwb

// Every member is an implicitly shared Qt container or a plain value, so a list may move
// these with memcpy when it grows: a plan of 10,000 tasks no longer moves each task member
// by member (profiles showed the moves and their cache misses).
Q_DECLARE_TYPEINFO(pwb::ByteSpan, Q_PRIMITIVE_TYPE);
Q_DECLARE_TYPEINFO(pwb::TrdSubtask, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pwb::TrdReference, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pwb::TrdField, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pwb::TrdTask, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pwb::TrdSprint, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pwb::TrdDependency, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pwb::TrdEdge, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(pwb::TrdLink, Q_RELOCATABLE_TYPE);

Q_DECLARE_METATYPE(pwb::TrdDocument)
