// SPDX-License-Identifier: MIT
#include "trddocument.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

namespace pwb {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrdDocument)
};
} // namespace

const TrdTaskExtra& TrdTask::noExtra()
{
    static const TrdTaskExtra none;
    return none;
}

int TrdTask::checkedCount() const
{
    int n = 0;
    for (const TrdSubtask& s : subtasks)
        n += s.checked ? 1 : 0;
    return n;
}

int TrdDocument::indexOf(const QString& id) const
{
    return m_index.value(id, -1);
}

const TrdTask* TrdDocument::task(const QString& id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &tasks.at(i);
}

static bool isDone(const TrdTask& t);

void TrdDocument::reindex()
{
    IdIndex index;
    index.reserve(tasks.size());
    bool added = false;
    for (int i = 0; i < tasks.size(); ++i)
        index.insert(tasks.at(i).id, i, &added);
    reindex(std::move(index));
}

void TrdDocument::reindex(IdIndex firstIndex)
{
    m_index = std::move(firstIndex);
    m_prereqOther.clear();
    m_dependentsOther.clear();
    // Sprints by task, so the board and the graph do not scan every sprint's lists per task.
    m_sprintsAt = QList<QStringList>(tasks.size());
    qsizetype listed = 0; // sprints list their tasks mostly in document order
    for (const TrdSprint& s : std::as_const(sprints)) {
        // Most tasks are in one sprint: they share one list instead of allocating their own.
        const QStringList only{s.name};
        for (const QStringList* list : {&s.primary, &s.secondary}) {
            for (const QString& id : *list) {
                const int i = m_index.value(id, -1, &listed);
                if (i < 0)
                    continue;
                QStringList& in = m_sprintsAt[i];
                if (in.isEmpty())
                    in = only;
                else if (!in.contains(s.name))
                    in.append(s.name);
            }
        }
    }
    // Ids are numbered by task index (ids no task defines after those): one lookup per
    // end, and the numbers key the edges and place them.
    QHash<QString, int> others;
    // The edges of one task come together and share its id: the last answer is often the
    // next one, and a comparison costs less than a hash.
    QStringView lastId; // into `dependencies`, which stay as they are meanwhile
    int lastNumber = -1;
    qsizetype hint = 0; // and the next one is often the task after it
    auto number = [&](const QString& id) {
        if (lastNumber >= 0 && id == lastId)
            return lastNumber;
        lastId = id;
        if (const int i = m_index.value(id, -1, &hint); i >= 0)
            return lastNumber = i;
        auto it = others.constFind(id);
        if (it == others.constEnd())
            it = others.insert(id, int(tasks.size() + others.size()));
        return lastNumber = *it;
    };
    const int taskCount = int(tasks.size());
    QList<NumberedEdge> numbered;
    m_merged = mergeDependencies(number, &numbered);
    // Counted, then placed: each task's ends in the order of the merged edges.
    m_prereqStart = QList<qsizetype>(taskCount + 1, 0);
    m_dependentsStart = QList<qsizetype>(taskCount + 1, 0);
    for (const auto& [e, from, to] : std::as_const(numbered)) {
        if (to < taskCount)
            ++m_prereqStart[to + 1];
        if (from < taskCount)
            ++m_dependentsStart[from + 1];
    }
    for (int i = 0; i < taskCount; ++i) {
        m_prereqStart[i + 1] += m_prereqStart[i];
        m_dependentsStart[i + 1] += m_dependentsStart[i];
    }
    m_prereqIds = QStringList(m_prereqStart.constLast());
    m_dependentsIds = QStringList(m_dependentsStart.constLast());
    QList<qsizetype> prereqAt(m_prereqStart.cbegin(), m_prereqStart.cend() - 1);
    QList<qsizetype> dependentsAt(m_dependentsStart.cbegin(), m_dependentsStart.cend() - 1);
    for (const auto& [e, from, to] : std::as_const(numbered)) {
        const TrdEdge& edge = m_merged.at(e);
        if (to < taskCount)
            m_prereqIds[prereqAt[to]++] = edge.from;
        else
            m_prereqOther[edge.to].append(edge.from);
        if (from < taskCount)
            m_dependentsIds[dependentsAt[from]++] = edge.to;
        else
            m_dependentsOther[edge.from].append(edge.to);
    }
    m_mergedOf = dependencies.size();
    // Statuses once, here: the board, its summary, the sprint table and the task graph each
    // ask for every task's status. Done-ness first, then an edge from an open task blocks
    // its end (as openPrerequisites() would find, without a lookup per prerequisite).
    const qsizetype n = tasks.size();
    QList<bool> done(n);
    for (qsizetype i = 0; i < n; ++i)
        done[i] = isDone(tasks.at(i));
    QList<bool> blocked(n, false);
    for (const auto& [e, from, to] : std::as_const(numbered)) {
        if (from < n && to < n && !done.at(from))
            blocked[to] = true;
    }
    m_statusAt = QList<TaskStatus>(n);
    // Every id defined once: task i is the first with its id, no lookup needed.
    const bool unique = m_index.size() == n;
    for (qsizetype i = 0; i < n; ++i) {
        const TrdTask& t = tasks.at(i);
        if (done.at(i))
            m_statusAt[i] = TaskStatus::Done;
        else if (t.checkedCount() > 0 || t.marker == TrdTask::Marker::InProgress)
            m_statusAt[i] = TaskStatus::InProgress;
        else if (blocked.at(unique ? i : indexOf(t.id)))
            m_statusAt[i] = TaskStatus::Blocked;
        else
            m_statusAt[i] = TaskStatus::Todo;
    }
}

QList<TrdEdge> TrdDocument::mergedDependencies() const
{
    if (m_mergedOf == dependencies.size())
        return m_merged;
    QHash<QString, int> ids;
    ids.reserve(tasks.size() + 16);
    return mergeDependencies(
        [&ids](const QString& id) {
            auto it = ids.constFind(id);
            if (it == ids.constEnd())
                it = ids.insert(id, int(ids.size()));
            return *it;
        },
        nullptr);
}

template <typename Number>
QList<TrdEdge> TrdDocument::mergeDependencies(Number&& number, QList<NumberedEdge>* numbered) const
{
    QList<TrdEdge> out;
    out.reserve(dependencies.size());
    QHash<quint64, int> seen;
    seen.reserve(dependencies.size());
    for (const TrdDependency& d : dependencies) {
        const int a = number(d.from);
        const int b = number(d.to);
        const quint64 key = quint64(quint32(a)) << 32 | quint32(b);
        auto it = seen.constFind(key);
        int i;
        if (it == seen.constEnd()) {
            i = int(out.size());
            seen.insert(key, i);
            out.append(TrdEdge{d.from, d.to, false, false, d.line});
            if (numbered)
                numbered->append({i, a, b});
        } else {
            i = *it;
        }
        if (d.source == TrdDependency::Source::Mermaid)
            out[i].inMermaid = true;
        else
            out[i].inField = true;
    }
    return out;
}

static QStringList slice(const QStringList& ids, const QList<qsizetype>& start, int i)
{
    return QStringList(ids.cbegin() + start.at(i), ids.cbegin() + start.at(i + 1));
}

QStringList TrdDocument::prerequisitesOf(const QString& id) const
{
    const int i = indexOf(id);
    return i >= 0 && i + 1 < m_prereqStart.size() ? slice(m_prereqIds, m_prereqStart, i)
                                                  : m_prereqOther.value(id);
}

QStringList TrdDocument::dependentsOf(const QString& id) const
{
    const int i = indexOf(id);
    return i >= 0 && i + 1 < m_dependentsStart.size() ? slice(m_dependentsIds, m_dependentsStart, i)
                                                      : m_dependentsOther.value(id);
}

static bool isDone(const TrdTask& t)
{
    if (t.isExplicitlyDone())
        return true;
    return !t.subtasks.isEmpty() && t.checkedCount() == t.subtasks.size();
}

QStringList TrdDocument::openPrerequisites(const TrdTask& t) const
{
    QStringList open;
    for (const QString& p : prerequisitesOf(t.id)) {
        const TrdTask* pt = task(p);
        if (pt && !isDone(*pt))
            open << p;
    }
    return open;
}

TaskStatus TrdDocument::statusOf(const TrdTask& t) const
{
    // One of this document's own tasks: the status reindex() worked out.
    const std::less<const TrdTask*> before;
    if (m_statusAt.size() == tasks.size() && !tasks.isEmpty() && !before(&t, tasks.constData()) &&
        before(&t, tasks.constData() + tasks.size()))
        return m_statusAt.at(&t - tasks.constData());
    return computeStatus(t);
}

TaskStatus TrdDocument::computeStatus(const TrdTask& t) const
{
    if (isDone(t))
        return TaskStatus::Done;
    if (t.checkedCount() > 0 || t.marker == TrdTask::Marker::InProgress)
        return TaskStatus::InProgress;
    if (!openPrerequisites(t).isEmpty())
        return TaskStatus::Blocked;
    return TaskStatus::Todo;
}

QString TrdDocument::statusExplanation(const TrdTask& t) const
{
    const int checked = t.checkedCount();
    const int total = int(t.subtasks.size());
    if (t.ownChecked && t.marker != TrdTask::Marker::Completed)
        return Tr::tr("Done: its checkbox is ticked in the document.");
    if (const TrdTaskExtra& x = t.extra();
        t.marker != TrdTask::Marker::Completed && !x.evidence.isEmpty()) {
        const QString where = x.evidencePath.isEmpty()
                                  ? Tr::tr("line %1").arg(x.evidenceLine)
                                  : Tr::tr("%1:%2").arg(x.evidencePath).arg(x.evidenceLine);
        return Tr::tr("Done: %1 says so (%2).").arg(where, x.evidence);
    }
    if (t.marker == TrdTask::Marker::Completed) {
        if (checked < total)
            return Tr::tr("Done: marked %1 in the document, although %2 of %3 subtasks are open.")
                .arg(t.markerText)
                .arg(total - checked)
                .arg(total);
        return Tr::tr("Done: marked %1 in the document.").arg(t.markerText);
    }
    if (total > 0 && checked == total)
        return Tr::tr("Done: all %n subtask(s) are checked.", nullptr, total);
    if (checked > 0)
        return Tr::tr("In progress: %1 of %2 subtasks are checked.").arg(checked).arg(total);
    if (t.marker == TrdTask::Marker::InProgress)
        return Tr::tr("In progress: marked %1 in the document.").arg(t.markerText);
    const QStringList open = openPrerequisites(t);
    if (!open.isEmpty()) {
        QStringList parts;
        for (const QString& id : open)
            parts << id + QStringLiteral(" (") + taskStatusLabel(statusOf(*task(id))) + u')';
        return Tr::tr("Blocked: waits on %1.").arg(parts.join(QStringLiteral(", ")));
    }
    if (total == 0)
        return Tr::tr("To do: no subtasks and no completion marker.");
    return Tr::tr("To do: none of the %n subtask(s) is checked.", nullptr, total);
}

QStringList TrdDocument::sprintsOf(const QString& id) const
{
    if (const int i = indexOf(id); i >= 0 && i < m_sprintsAt.size())
        return m_sprintsAt.at(i);
    QStringList out;
    for (const TrdSprint& s : sprints) {
        if (s.lists(id))
            out << s.name;
    }
    return out;
}

int TrdSprint::lineOf(QStringView id, int fallback) const
{
    if (const qsizetype i = primary.indexOf(id); i >= 0)
        return primaryLines.value(i, fallback);
    if (const qsizetype i = secondary.indexOf(id); i >= 0)
        return secondaryLines.value(i, fallback);
    return fallback;
}

double TrdDocument::totalHours() const
{
    double h = 0;
    for (const TrdTask& t : tasks)
        h += t.hasHours() ? t.hours : 0;
    return h;
}

QString taskStatusName(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Todo:
        return QStringLiteral("todo");
    case TaskStatus::InProgress:
        return QStringLiteral("in_progress");
    case TaskStatus::Blocked:
        return QStringLiteral("blocked");
    case TaskStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString taskStatusLabel(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Todo:
        return Tr::tr("To do");
    case TaskStatus::InProgress:
        return Tr::tr("In progress");
    case TaskStatus::Blocked:
        return Tr::tr("Blocked");
    case TaskStatus::Done:
        return Tr::tr("Done");
    }
    return {};
}

QList<int> lendReportEvidence(const QList<TrdDocument*>& docs)
{
    struct Evidence
    {
        QString path;
        int line = 0;
        QString text;
    };
    QHash<QString, Evidence> done;
    for (const TrdDocument* d : docs) {
        if (d->documentClass != DocumentClass::Report)
            continue;
        for (const TrdTask& t : d->tasks) {
            if (!t.implicitId && t.isExplicitlyDone() && !done.contains(t.id))
                done.insert(
                    t.id, Evidence{d->path, t.line,
                                   t.markerText.isEmpty() ? QStringLiteral("[x]") : t.markerText});
        }
        for (const TrdLink& m : d->doneMentions) {
            if (!done.contains(m.requirement))
                done.insert(m.requirement, Evidence{d->path, m.line, m.tasks.value(0)});
        }
    }
    // Plans reuse ids (every plan has its TRD-001): a report's word counts only for an id
    // exactly one plan defines.
    QHash<QString, int> definedBy;
    for (const TrdDocument* d : docs) {
        if (d->documentClass != DocumentClass::Plan)
            continue;
        QSet<QString> ids;
        for (const TrdTask& t : d->tasks) {
            if (!t.implicitId)
                ids.insert(t.id);
        }
        for (const QString& id : std::as_const(ids))
            definedBy[id] += 1;
    }
    QList<int> touched;
    for (int i = 0; i < docs.size(); ++i) {
        TrdDocument* d = docs.at(i);
        if (d->documentClass != DocumentClass::Plan)
            continue;
        bool any = false;
        for (TrdTask& t : d->tasks) {
            if (!t.extra().evidencePath.isEmpty()) {
                TrdTaskExtra& x = t.mutableExtra();
                x.evidence.clear();
                x.evidencePath.clear();
                x.evidenceLine = 0;
                any = true;
            }
            if (t.isExplicitlyDone())
                continue;
            const auto it = done.constFind(t.id);
            if (it == done.constEnd() || definedBy.value(t.id) != 1)
                continue;
            TrdTaskExtra& x = t.mutableExtra();
            x.evidence = it->text;
            x.evidencePath = it->path;
            x.evidenceLine = it->line;
            any = true;
        }
        if (any) {
            d->reindex();
            touched << i;
        }
    }
    return touched;
}

} // namespace pwb
