// SPDX-License-Identifier: MIT
// The links between the domains of one project, as computed by LinkBuilder: an undirected
// graph whose nodes are LinkTargets (tasks, agents, files, findings, tests, traces and trace
// actions) and whose edges each say why they exist ("commit a1b2c3d names TRD-005",
// "click add on /cart → handle_event(\"add\")"). A value type: built on a worker, read by
// the views (the Related panel) and by `--report`.
#pragma once

#include "core/diagnostic.h"
#include "linktarget.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

namespace pwb {

struct Link
{
    LinkTarget target;
    QString why;
};

// One task's story, for `--report`.
struct TaskLinks
{
    QString id;
    QString title;
    QString document;
    QStringList agents;
    QStringList files;
    int findings = 0; // findings in its files
    QStringList tests;
    QStringList traces;
    QJsonObject toJson() const;
};

class LinkIndex
{
public:
    // Links a and b both ways, once: a second reason for the same pair (the same line, for
    // a file) is dropped.
    void add(const LinkTarget& a, const LinkTarget& b, const QString& why);

    // The same without the duplicate check, for pairs the caller knows are new (a finding
    // and its file): a file with 100,000 findings costs no set of pair keys.
    void addNew(const LinkTarget& a, const QString& keyA, const LinkTarget& b, const QString& why);

    // The node a target stands for: a file at a line is the file, a test of a module with a
    // name is that test, a trace at an action is that action, a task is the task of its
    // document (projects with many TRDs number each from TRD-001: those are different tasks).
    static QString nodeKey(const LinkTarget& target);

    // What the target links to directly.
    QList<Link> direct(const LinkTarget& target) const;
    // Only the target's own links: direct() without what a test's file or an action's
    // trace links to (a trace step's details list the code that step reached).
    QList<Link> own(const LinkTarget& target) const { return m_links.value(lookupKey(target)); }
    // Direct links, and what those files link to in other views (a task's files' findings,
    // tests and traces; a finding's file's tasks and tests...), each once.
    QList<Link> related(const LinkTarget& target) const;

    bool isEmpty() const { return m_links.isEmpty(); }
    int nodeCount() const { return int(m_links.size()); }
    int linkCount() const { return m_count; }
    // Links by the kinds of their ends: "task-agent", "task-file", "file-finding",
    // "file-test", "test-trace", "trace-file" ...
    QHash<QString, int> countsByKind() const { return m_byKind; }

    QList<TaskLinks> tasks;  // in document order
    Diagnostics diagnostics; // what could not be read or resolved
    int commitsScanned = 0;
    int traceEventsResolved = 0;
    int traceEventsUnresolved = 0;
    qint64 ms = 0;

    // The report's `links` section.
    QJsonObject toJson() const;

private:
    // nodeKey(), except that a task named without its document is the task of the one
    // document that has links for that id (none when several have).
    QString lookupKey(const LinkTarget& target) const;
    void noteTask(const LinkTarget& target);

    QHash<QString, QList<Link>> m_links; // by nodeKey
    // Task id -> the document of its links; empty when tasks of several documents have that
    // id (lookups without a document cannot tell which is meant).
    QHash<QString, QString> m_taskDocument;
    QSet<QString> m_pairs;               // "a\x1fb" for each link, both ways round
    QHash<QString, int> m_byKind;
    int m_count = 0;
};

} // namespace pwb
