// SPDX-License-Identifier: MIT
// One place a link can lead to: a task, an agent, a file (at a line), a review finding, a
// test, a trace (at an action). A value type, so the links model computes them on a worker
// and the views, the Related panel and the navigator's history pass them around.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace pwb {

struct LinkTarget
{
    enum class Kind
    {
        None, // no selection: `id` names the view ("board", ...) when there is one
        Task,
        Agent,
        File,
        Finding,
        Test,
        Trace
    };

    Kind kind = Kind::None;
    // Task: task id; Agent: agent name; File: project-relative path; Finding: finding id;
    // Test: the test's name ("" for the whole file); Trace: project-relative path.
    QString id;
    // Task: its document; File, Finding, Test: the file; Trace: the zip (like `id`).
    QString path;
    int line = 0;   // 1-based, 0: none
    QString detail; // Trace: an action's callId; Test: the module or spec; Finding: its rule
    QString label;  // what people read; never part of the identity

    bool isValid() const { return kind != Kind::None && !id.isEmpty(); }
    // The view that shows it: "board", "graph", "review", "tests" or "traces".
    QString view() const;
    // Identity without the label: "task:TRD-001@docs/TRD/x.md".
    QString key() const;
    // What to show when no label was given.
    QString displayText() const;

    static QString kindName(Kind kind); // "task", "agent", "file", ...
    static Kind kindFromName(const QString& name);

    static LinkTarget task(const QString& id, const QString& document = {}, int line = 0);
    static LinkTarget agent(const QString& name, const QString& file = {}, int line = 0);
    static LinkTarget file(const QString& path, int line = 0);
    static LinkTarget finding(const QString& id, const QString& path, int line,
                              const QString& rule = {});
    static LinkTarget test(const QString& file, int line, const QString& name = {},
                           const QString& module = {});
    static LinkTarget trace(const QString& path, const QString& callId = {});
    // A view with nothing selected in it (history entries for a bare tab switch).
    static LinkTarget viewOnly(const QString& view);

    friend bool operator==(const LinkTarget& a, const LinkTarget& b)
    {
        return a.kind == b.kind && a.id == b.id && a.path == b.path && a.line == b.line &&
               a.detail == b.detail;
    }
};

using LinkTargets = QList<LinkTarget>;

} // namespace pwb

Q_DECLARE_METATYPE(pwb::LinkTarget)
