// SPDX-License-Identifier: MIT
#include "trddocument.h"

#include <QCoreApplication>
#include <QSet>

#include <bit>
#include <functional>
#include <vector>

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

QString TrdTask::subtaskText(const TrdSubtask& s) const
{
    if (s.rendered >= 0)
        return extra().subtaskTexts.value(s.rendered);
    if (!s.textSpan.isValid() || s.textSpan.end > source.size())
        return QString();
    return QString::fromUtf8(source.constData() + s.textSpan.begin, s.textSpan.size());
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

namespace {
// (from, to) number pairs -> merged edge: open addressing sized once for every dependency,
// seeded like QHash. QHash<quint64, int> spent a node and a span lookup per edge, a good
// part of reindex() on a plan of ten thousand tasks.
class EdgeTable
{
public:
    explicit EdgeTable(qsizetype n)
        : m_slots(std::bit_ceil(size_t(std::max<qsizetype>(n, 4)) * 3 / 2 + 1))
        , m_seed(QHashSeed::globalSeed())
    {}
    // The edge stored for key; absent, `edge` is stored and returned.
    int findOrAdd(quint64 key, int edge)
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t at = qHash(key, m_seed) & mask;; at = (at + 1) & mask) {
            Slot& s = m_slots[at];
            if (s.edge < 0) {
                s = Slot{key, edge};
                return edge;
            }
            if (s.key == key)
                return s.edge;
        }
    }

private:
    struct Slot
    {
        quint64 key = 0;
        int edge = -1;
    };
    std::vector<Slot> m_slots; // at most 2/3 full: n keys at most
    size_t m_seed;
};
} // namespace

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
    // Most tasks are in one sprint: they share that sprint's one-name list (the first
    // sprints.size() lists), and a task gets a list of its own only when a second sprint
    // names it. An index per task, not a list: a plan of ten thousand tasks spent a
    // reference count per task and 24 bytes of kept memory on it.
    m_sprintsAt = QList<int>(tasks.size(), -1);
    m_sprintLists.clear();
    m_sprintLists.reserve(sprints.size());
    for (const TrdSprint& s : std::as_const(sprints))
        m_sprintLists.append(QStringList{s.name});
    const int singles = int(sprints.size());
    qsizetype listed = 0; // sprints list their tasks mostly in document order
    for (int k = 0; k < singles; ++k) {
        const TrdSprint& s = sprints.at(k);
        for (const QStringList* list : {&s.primary, &s.secondary}) {
            for (const QString& id : *list) {
                const int i = m_index.value(id, -1, &listed);
                if (i < 0)
                    continue;
                int& in = m_sprintsAt[i];
                if (in < 0) {
                    in = k;
                } else if (!m_sprintLists.at(in).contains(s.name)) {
                    if (in < singles) {
                        QStringList both = m_sprintLists.at(in);
                        m_sprintLists.append(std::move(both));
                        in = int(m_sprintLists.size() - 1);
                    }
                    m_sprintLists[in].append(s.name);
                }
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
    numbered.reserve(dependencies.size());
    m_merged = mergeEdges(number, &numbered);
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
    m_prereqEdges = QList<int>(m_prereqStart.constLast());
    m_dependentsEdges = QList<int>(m_dependentsStart.constLast());
    QList<qsizetype> prereqAt(m_prereqStart.cbegin(), m_prereqStart.cend() - 1);
    QList<qsizetype> dependentsAt(m_dependentsStart.cbegin(), m_dependentsStart.cend() - 1);
    for (const auto& [e, from, to] : std::as_const(numbered)) {
        if (to < taskCount)
            m_prereqEdges[prereqAt[to]++] = e;
        if (from < taskCount)
            m_dependentsEdges[dependentsAt[from]++] = e;
        if (to >= taskCount || from >= taskCount) {
            const TrdDependency& d = dependencies.at(m_merged.at(e).first);
            if (to >= taskCount)
                m_prereqOther[d.to].append(d.from);
            if (from >= taskCount)
                m_dependentsOther[d.from].append(d.to);
        }
    }
    m_mergedOf = dependencies.size();
    // Statuses once, here: the board, its summary, the sprint table and the task graph each
    // ask for every task's status. Done-ness first, then an edge from an open task blocks
    // its end (as openPrerequisites() would find, without a lookup per prerequisite).
    const qsizetype n = tasks.size();
    // One pass over the tasks (and their subtasks, cold by now) for both questions.
    QList<bool> done(n);
    QList<bool> started(n);
    for (qsizetype i = 0; i < n; ++i) {
        const TrdTask& t = tasks.at(i);
        const int checked = t.checkedCount();
        done[i] = t.isExplicitlyDone() || (!t.subtasks.isEmpty() && checked == t.subtasks.size());
        started[i] = checked > 0 || t.marker == TrdTask::Marker::InProgress;
    }
    QList<bool> blocked(n, false);
    for (const auto& [e, from, to] : std::as_const(numbered)) {
        if (from < n && to < n && !done.at(from))
            blocked[to] = true;
    }
    m_statusAt = QList<TaskStatus>(n);
    // Every id defined once: task i is the first with its id, no lookup needed.
    const bool unique = m_index.size() == n;
    for (qsizetype i = 0; i < n; ++i) {
        if (done.at(i))
            m_statusAt[i] = TaskStatus::Done;
        else if (started.at(i))
            m_statusAt[i] = TaskStatus::InProgress;
        else if (tasks.at(i).saysBlocked() || blocked.at(unique ? i : indexOf(tasks.at(i).id)))
            m_statusAt[i] = TaskStatus::Blocked;
        else
            m_statusAt[i] = TaskStatus::Todo;
    }
}

QList<TrdEdge> TrdDocument::mergedDependencies() const
{
    if (mergedIsCurrent())
        return edgesOf(m_merged);
    QHash<QString, int> ids;
    ids.reserve(tasks.size() + 16);
    return edgesOf(mergeEdges(
        [&ids](const QString& id) {
            auto it = ids.constFind(id);
            if (it == ids.constEnd())
                it = ids.insert(id, int(ids.size()));
            return *it;
        },
        nullptr));
}

QList<TrdEdge> TrdDocument::edgesOf(const QList<MergedEdge>& merged) const
{
    QList<TrdEdge> out;
    out.reserve(merged.size());
    for (const MergedEdge& m : merged) {
        const TrdDependency& d = dependencies.at(m.first);
        out.append(TrdEdge{d.from, d.to, m.inMermaid, m.inField, d.line});
    }
    return out;
}

template <typename Number>
QList<TrdDocument::MergedEdge> TrdDocument::mergeEdges(Number&& number,
                                                       QList<NumberedEdge>* numbered) const
{
    QList<MergedEdge> out;
    out.reserve(dependencies.size());
    EdgeTable seen(dependencies.size());
    for (qsizetype k = 0; k < dependencies.size(); ++k) {
        const TrdDependency& d = dependencies.at(k);
        const int a = number(d.from);
        const int b = number(d.to);
        const quint64 key = quint64(quint32(a)) << 32 | quint32(b);
        const int i = seen.findOrAdd(key, int(out.size()));
        if (i == out.size()) {
            out.append(MergedEdge{int(k), false, false});
            if (numbered)
                numbered->append({i, a, b});
        }
        if (d.source == TrdDependency::Source::Mermaid)
            out[i].inMermaid = true;
        else
            out[i].inField = true;
    }
    return out;
}

// The `from` (or `to`) ends of the merged edges edges[start[i], start[i + 1]).
static QStringList ends(const QList<TrdDependency>& deps, const QList<int>& edges,
                        const QList<qsizetype>& start, int i, bool from, const auto& merged)
{
    QStringList out;
    out.reserve(start.at(i + 1) - start.at(i));
    for (qsizetype k = start.at(i); k < start.at(i + 1); ++k) {
        const TrdDependency& d = deps.at(merged.at(edges.at(k)).first);
        out.append(from ? d.from : d.to);
    }
    return out;
}

QStringList TrdDocument::prerequisitesOf(const QString& id) const
{
    if (m_mergedOf >= 0 && !mergedIsCurrent()) { // edited since reindex(): the edges now
        QStringList out;
        for (const TrdEdge& e : mergedDependencies()) {
            if (e.to == id)
                out.append(e.from);
        }
        return out;
    }
    const int i = indexOf(id);
    return i >= 0 && i + 1 < m_prereqStart.size()
               ? ends(dependencies, m_prereqEdges, m_prereqStart, i, true, m_merged)
               : m_prereqOther.value(id);
}

QStringList TrdDocument::dependentsOf(const QString& id) const
{
    if (m_mergedOf >= 0 && !mergedIsCurrent()) {
        QStringList out;
        for (const TrdEdge& e : mergedDependencies()) {
            if (e.from == id)
                out.append(e.to);
        }
        return out;
    }
    const int i = indexOf(id);
    return i >= 0 && i + 1 < m_dependentsStart.size()
               ? ends(dependencies, m_dependentsEdges, m_dependentsStart, i, false, m_merged)
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
    if (t.saysBlocked() || !openPrerequisites(t).isEmpty())
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
    if (t.saysBlocked())
        return Tr::tr("Blocked: the document marks it blocked.");
    if (total == 0)
        return Tr::tr("To do: no subtasks and no completion marker.");
    return Tr::tr("To do: none of the %n subtask(s) is checked.", nullptr, total);
}

QStringList TrdDocument::sprintsOf(const QString& id) const
{
    if (const int i = indexOf(id); i >= 0 && i < m_sprintsAt.size())
        return m_sprintsAt.at(i) < 0 ? QStringList() : m_sprintLists.at(m_sprintsAt.at(i));
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
        bool fromStoryTracker = false; // BMAD's sprint-status.yaml
    };
    QHash<QString, Evidence> done;
    for (const TrdDocument* d : docs) {
        if (d->documentClass != DocumentClass::Report)
            continue;
        if (d->forms.contains(QStringLiteral("sprint-status"))) {
            // The tracker outranks a report's word on the same story, whichever came first.
            for (const TrdLink& m : d->doneMentions) {
                const auto it = done.constFind(m.requirement);
                if (it == done.constEnd() || !it->fromStoryTracker)
                    done.insert(m.requirement, Evidence{d->path, m.line, m.tasks.value(0), true});
            }
            continue;
        }
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
    // BMAD's tracker names the stories of the epics files ("epics.md", "epic-3.md"); sprint
    // plans and reports reusing "Story 1.1" for other work do not make its ids ambiguous.
    // "epics.md", "epic-3.md", "epic3-payments.md"; not a retrospective of an epic.
    auto isEpicsFile = [](const QString& path) {
        const QString base = path.sliced(path.lastIndexOf(u'/') + 1).toLower();
        if (!base.startsWith(u"epic") || base.contains(u"retro"))
            return false;
        QStringView rest = QStringView(base).sliced(4);
        if (rest.startsWith(u's'))
            return rest.startsWith(u"s.") || rest.startsWith(u"s-") || rest.startsWith(u"s_");
        if (rest.startsWith(u'-') || rest.startsWith(u'_'))
            rest = rest.sliced(1);
        return !rest.isEmpty() && rest.front().isDigit();
    };
    QHash<QString, int> definedBy;
    QHash<QString, int> definedByEpics;
    for (const TrdDocument* d : docs) {
        if (d->documentClass != DocumentClass::Plan)
            continue;
        QSet<QString> ids;
        for (const TrdTask& t : d->tasks) {
            if (!t.implicitId)
                ids.insert(t.id);
        }
        const bool epics = isEpicsFile(d->path);
        for (const QString& id : std::as_const(ids)) {
            definedBy[id] += 1;
            if (epics)
                definedByEpics[id] += 1;
        }
    }
    // GSD writes "07-01-SUMMARY.md" beside "07-01-PLAN.md" when the plan has run: every
    // task of the plan is done, by that summary.
    QSet<QString> paths;
    for (const TrdDocument* d : docs)
        paths.insert(d->path);
    auto gsdSummary = [&paths](const TrdDocument& d) {
        if (!d.forms.contains(u"gsd") || !d.path.endsWith(u"PLAN.md") ||
            !(d.path.size() == 7 || d.path.at(d.path.size() - 8) == u'-' ||
              d.path.at(d.path.size() - 8) == u'/'))
            return QString();
        const QString summary = d.path.chopped(7) + QStringLiteral("SUMMARY.md");
        return paths.contains(summary) ? summary : QString();
    };
    QList<int> touched;
    for (int i = 0; i < docs.size(); ++i) {
        TrdDocument* d = docs.at(i);
        if (d->documentClass != DocumentClass::Plan)
            continue;
        const QString summary = gsdSummary(*d);
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
            if (!summary.isEmpty()) {
                TrdTaskExtra& x = t.mutableExtra();
                x.evidence = Tr::tr("the plan's summary");
                x.evidencePath = summary;
                x.evidenceLine = 1;
                any = true;
                continue;
            }
            const auto it = done.constFind(t.id);
            if (it == done.constEnd())
                continue;
            if (it->fromStoryTracker ? !isEpicsFile(d->path) || definedByEpics.value(t.id) != 1
                                     : definedBy.value(t.id) != 1)
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
