// SPDX-License-Identifier: MIT
#include "linkindex.h"

#include <QJsonArray>
#include <QSet>

namespace pwb {

namespace {

QString pairKind(LinkTarget::Kind a, LinkTarget::Kind b)
{
    // The order the story reads in: task, agent, file, finding, test, trace.
    static const LinkTarget::Kind order[] = {LinkTarget::Kind::Task, LinkTarget::Kind::Agent,
                                             LinkTarget::Kind::File, LinkTarget::Kind::Finding,
                                             LinkTarget::Kind::Test, LinkTarget::Kind::Trace};
    const auto rank = [](LinkTarget::Kind k) {
        for (int i = 0; i < 6; ++i) {
            if (order[i] == k)
                return i;
        }
        return 6;
    };
    if (rank(b) < rank(a))
        std::swap(a, b);
    return LinkTarget::kindName(a) + u'-' + LinkTarget::kindName(b);
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonObject TaskLinks::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("document"), document},
                       {QStringLiteral("agents"), toArray(agents)},
                       {QStringLiteral("files"), toArray(files)},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("tests"), toArray(tests)},
                       {QStringLiteral("traces"), toArray(traces)}};
}

QString LinkIndex::nodeKey(const LinkTarget& t)
{
    const QString kind = LinkTarget::kindName(t.kind);
    switch (t.kind) {
    case LinkTarget::Kind::Test:
        // A whole test file is keyed by its path; a single test by path and name.
        if (t.id == t.path || t.id.isEmpty())
            return kind + u':' + t.path;
        return kind + u':' + t.path + u'#' + t.id;
    case LinkTarget::Kind::Trace:
        if (t.detail.isEmpty())
            return kind + u':' + t.id;
        return kind + u':' + t.id + u'#' + t.detail;
    case LinkTarget::Kind::Task:
        if (t.path.isEmpty())
            return kind + u':' + t.id;
        return kind + u':' + t.id + u'@' + t.path;
    default:
        return kind + u':' + t.id;
    }
}

void LinkIndex::add(const LinkTarget& a, const LinkTarget& b, const QString& why)
{
    const QString ka = nodeKey(a);
    const QString kb = nodeKey(b);
    if (ka == kb)
        return;
    noteTask(a);
    noteTask(b);
    // A file with 100,000 findings must not cost a scan of its links per finding.
    // Places in one file are different links: a trace reaches mount/3 at line 5 and
    // handle_event/3 at line 9 of the same LiveView.
    const auto at = [](const LinkTarget& t) {
        return t.kind == LinkTarget::Kind::File && t.line > 0 ? QString::number(t.line) : QString();
    };
    const QString pair = ka + u'\x1f' + kb + u'\x1f' + at(a) + u'\x1f' + at(b);
    if (m_pairs.contains(pair))
        return;
    m_pairs.insert(pair);
    m_pairs.insert(kb + u'\x1f' + ka + u'\x1f' + at(b) + u'\x1f' + at(a));
    m_links[ka].append({b, why});
    m_links[kb].append({a, why});
    ++m_count;
    ++m_byKind[pairKind(a.kind, b.kind)];
}

void LinkIndex::addNew(const LinkTarget& a, const QString& keyA, const LinkTarget& b,
                       const QString& why)
{
    noteTask(a);
    noteTask(b);
    m_links[keyA].append({b, why});
    m_links[nodeKey(b)].append({a, why});
    ++m_count;
    ++m_byKind[pairKind(a.kind, b.kind)];
}

void LinkIndex::noteTask(const LinkTarget& t)
{
    if (t.kind != LinkTarget::Kind::Task || t.path.isEmpty())
        return;
    const auto it = m_taskDocument.constFind(t.id);
    if (it == m_taskDocument.cend())
        m_taskDocument.insert(t.id, t.path);
    else if (!it->isEmpty() && *it != t.path)
        m_taskDocument[t.id] = QString();
}

QString LinkIndex::lookupKey(const LinkTarget& t) const
{
    if (t.kind != LinkTarget::Kind::Task || !t.path.isEmpty())
        return nodeKey(t);
    LinkTarget withDocument = t;
    withDocument.path = m_taskDocument.value(t.id);
    return nodeKey(withDocument);
}

QList<Link> LinkIndex::direct(const LinkTarget& target) const
{
    QList<Link> out = m_links.value(lookupKey(target));
    // A test named in a run, a trace action: what their file or trace links to counts too.
    LinkTarget parent;
    if (target.kind == LinkTarget::Kind::Test && target.id != target.path && !target.path.isEmpty())
        parent = LinkTarget::test(target.path, 0);
    else if (target.kind == LinkTarget::Kind::Trace && !target.detail.isEmpty())
        parent = LinkTarget::trace(target.id);
    if (parent.isValid()) {
        // Compared with their line: a trace step's mount/3 does not hide the trace's
        // handle_event/3 in the same file.
        QSet<QString> seen;
        for (const Link& l : std::as_const(out))
            seen.insert(l.target.key());
        for (const Link& l : m_links.value(nodeKey(parent))) {
            if (!seen.contains(l.target.key()) && nodeKey(l.target) != lookupKey(target))
                out.append(l);
        }
    }
    return out;
}

QList<Link> LinkIndex::related(const LinkTarget& target) const
{
    QList<Link> out = direct(target);
    QSet<QString> seen{lookupKey(target)};
    if (target.kind == LinkTarget::Kind::Finding || target.kind == LinkTarget::Kind::Test)
        seen.insert(nodeKey(LinkTarget::file(target.path)));
    for (const Link& l : std::as_const(out))
        seen.insert(nodeKey(l.target));
    if (target.kind == LinkTarget::Kind::File)
        return out;
    // One step further through the files: that is where the views meet.
    const qsizetype directCount = out.size();
    for (qsizetype i = 0; i < directCount; ++i) {
        const Link via = out.at(i);
        if (via.target.kind != LinkTarget::Kind::File)
            continue;
        for (const Link& l : m_links.value(nodeKey(via.target))) {
            if (l.target.kind == LinkTarget::Kind::File || l.target.kind == target.kind)
                continue;
            const QString k = nodeKey(l.target);
            if (seen.contains(k))
                continue;
            seen.insert(k);
            out.append({l.target, l.why + QStringLiteral(" (via ") + via.target.id + u')'});
        }
    }
    return out;
}

QJsonObject LinkIndex::toJson() const
{
    QJsonArray taskArray;
    for (const TaskLinks& t : tasks)
        taskArray.append(t.toJson());
    QJsonObject kinds;
    for (auto it = m_byKind.cbegin(); it != m_byKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    QJsonArray diags;
    for (const Diagnostic& d : diagnostics)
        diags.append(d.toJson());
    return QJsonObject{{QStringLiteral("tasks"), taskArray},
                       {QStringLiteral("links"), m_count},
                       {QStringLiteral("by_kind"), kinds},
                       {QStringLiteral("commits_scanned"), commitsScanned},
                       {QStringLiteral("trace_events_resolved"), traceEventsResolved},
                       {QStringLiteral("trace_events_unresolved"), traceEventsUnresolved},
                       {QStringLiteral("ms"), ms},
                       {QStringLiteral("diagnostics"), diags}};
}

} // namespace pwb
