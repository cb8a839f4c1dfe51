// SPDX-License-Identifier: MIT
#include "taskgraph.h"

#include "graphalgorithms.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pwb {

qsizetype TaskGraph::indexOf(const QString& id) const
{
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).id == id)
            return i;
    }
    return -1;
}

double TaskGraph::criticalHours() const
{
    double h = 0;
    for (int i : criticalPath)
        h += qMax(0.0, tasks.at(i).hours);
    return h;
}

TaskGraph::Counts TaskGraph::countsFor(const QString& agent) const
{
    Counts c;
    for (const TaskNode& t : tasks) {
        if (!t.agents.contains(agent))
            continue;
        switch (t.status) {
        case TaskStatus::Done:
            ++c.done;
            break;
        case TaskStatus::Blocked:
            ++c.blocked;
            break;
        case TaskStatus::Todo:
        case TaskStatus::InProgress:
            ++c.open;
            break;
        }
    }
    return c;
}

void TaskGraph::analyse()
{
    QList<double> weights;
    for (const TaskNode& t : tasks)
        weights.append(qMax(0.0, t.hours));
    criticalPath = GraphAlgorithms::longestPath(weights, edges);
    cycleEdges.clear();
    const QList<QList<int>> cycles = GraphAlgorithms::cycles(int(tasks.size()), edges);
    QHash<int, int> component;
    for (int c = 0; c < cycles.size(); ++c) {
        for (int v : cycles.at(c))
            component.insert(v, c);
        QStringList ids;
        for (int v : GraphAlgorithms::shortestCycle(int(tasks.size()), edges, cycles.at(c).first()))
            ids.append(tasks.at(v).id);
        ids.append(ids.constFirst());
        const TaskNode& first = tasks.at(cycles.at(c).first());
        diagnostics.append(
            Diagnostic{first.source.path, first.source.line, 0, QStringLiteral("graph-task-cycle"),
                       QCoreApplication::translate("TaskGraph", "dependency cycle: %1")
                           .arg(ids.join(QStringLiteral(" → "))),
                       Diagnostic::Severity::Error});
    }
    for (int i = 0; i < edges.size(); ++i) {
        const auto& e = edges.at(i);
        if (component.contains(e.first) &&
            component.value(e.first, -1) == component.value(e.second, -2))
            cycleEdges.append(i);
    }
}

static quint64 edgeKey(int from, int to)
{
    return quint64(quint32(from)) << 32 | quint32(to);
}

TaskGraph TaskGraph::fromDocuments(const QList<TrdDocument>& documents, const GraphData& agents)
{
    // Agent files by path ("agents/code-reviewer.md") and names for text mentions.
    QHash<QString, QString> byFile;
    QList<QPair<QRegularExpression, QString>> byName;
    for (const AgentNode& a : agents.agents) {
        if (!a.defined)
            continue;
        byFile.insert(a.source.path.toLower(), a.name);
        byName.append(
            {QRegularExpression(QStringLiteral("(?<![\\w-])") + QRegularExpression::escape(a.name) +
                                    QStringLiteral("(?![\\w-])"),
                                QRegularExpression::CaseInsensitiveOption),
             a.name});
    }

    TaskGraph g;
    QSet<QString> used;
    QSet<quint64> seenEdges; // a list lookup per edge was quadratic on large plans
    for (const TrdDocument& doc : documents) {
        QHash<QString, int> local;
        for (const TrdTask& t : doc.tasks) {
            TaskNode n;
            n.id = used.contains(t.id)
                       ? t.id + QStringLiteral(" (") + QFileInfo(doc.path).fileName() + u')'
                       : t.id;
            used.insert(n.id);
            n.title = t.title;
            n.hours = t.hours;
            n.status = doc.statusOf(t);
            n.statusText = doc.statusExplanation(t);
            n.sprint = doc.sprintsOf(t.id).value(0);
            n.source = {doc.path, t.line};
            for (const TrdReference& r : t.references) {
                QString file = r.file.toLower();
                while (file.startsWith(u'/'))
                    file.remove(0, 1);
                const QString agent = byFile.value(file);
                if (!agent.isEmpty() && !n.agents.contains(agent))
                    n.agents.append(agent);
            }
            QString text = t.title + u'\n' + t.validation;
            for (const TrdSubtask& s : t.subtasks)
                text += u'\n' + t.subtaskText(s);
            for (const TrdField& f : t.fields)
                text += u'\n' + f.value;
            for (const auto& [re, name] : byName) {
                // A plain search first: most tasks name no agent, and the regular
                // expression (which checks the word boundaries) is far dearer.
                if (!n.agents.contains(name) && text.contains(name, Qt::CaseInsensitive) &&
                    re.match(text).hasMatch())
                    n.agents.append(name);
            }
            local.insert(t.id, int(g.tasks.size()));
            g.tasks.append(n);
        }
        for (const TrdEdge& e : doc.mergedDependencies()) {
            const int a = local.value(e.from, -1);
            const int b = local.value(e.to, -1);
            if (a >= 0 && b >= 0 && a != b && !seenEdges.contains(edgeKey(a, b))) {
                seenEdges.insert(edgeKey(a, b));
                g.edges.append({a, b});
            }
        }
    }
    g.analyse();
    return g;
}

TaskGraph TaskGraph::fromTasks(QList<TaskNode> tasks, const QList<QStringList>& dependencies)
{
    TaskGraph g;
    g.tasks = std::move(tasks);
    QHash<QString, int> index;
    for (int i = 0; i < g.tasks.size(); ++i)
        index.insert(g.tasks.at(i).id, i);
    QSet<quint64> seenEdges;
    for (int i = 0; i < g.tasks.size() && i < dependencies.size(); ++i) {
        for (const QString& dep : dependencies.at(i)) {
            const int from = index.value(dep, -1);
            if (from >= 0 && from != i && !seenEdges.contains(edgeKey(from, i))) {
                seenEdges.insert(edgeKey(from, i));
                g.edges.append({from, i});
            }
        }
    }
    g.analyse();
    return g;
}

} // namespace pwb
