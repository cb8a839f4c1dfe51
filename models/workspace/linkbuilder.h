// SPDX-License-Identifier: MIT
// Computes a project's LinkIndex from what the domains already hold (task documents, agents,
// findings, the trace list) plus what it reads itself, through ProjectFile and under caps:
// Elixir sources (modules, LiveView callbacks, router routes, ExUnit tests, task ids in
// comments), Playwright spec files, agent files (task ids they mention), the traces' LiveView
// traffic and the git history (commits naming a task id → the files they changed).
// Headless and thread-free: Project runs it on a worker through whenDone.
#pragma once

#include "graph/graphdata.h"
#include "linkindex.h"
#include "review/finding.h"
#include "tasks/trddocument.h"
#include "traces/tracelistmodel.h"

#include <atomic>

namespace pwb {

struct LinkInputs
{
    QString root;
    QStringList files; // project-relative, as the FileIndex lists them
    QList<TrdDocument> documents;
    QList<AgentNode> agents;
    Findings findings;
    QList<TraceListItem> traces;
    bool useGit = true;
    int maxCommits = 5000;
    int maxTraces = 64;
    qint64 maxSourceBytes = qint64(4) << 20; // per source file
    qint64 maxTraceBytes = qint64(256) << 20;
};

namespace LinkBuilder {

LinkIndex build(const LinkInputs& inputs, const std::atomic_bool* cancel = nullptr);

// "shop.spec.cjs:8 › cart › adds items" → {"shop.spec.cjs", 8, ["cart", "adds items"]}.
struct TraceTitle
{
    QString specFile;
    int line = 0;
    QStringList titlePath;
};
TraceTitle parseTraceTitle(const QString& title);

// Playwright's folder name for a test's output: non-alphanumerics become '-'.
QString sanitizeForFilePath(const QString& s);

} // namespace LinkBuilder

} // namespace pwb
