// SPDX-License-Identifier: MIT
// Merges what AgentParser read from every file into one GraphData: agents by name, edges
// resolved against the defined agents (unknown names become dangling edges with a
// diagnostic), duplicate definitions and delegation cycles reported.
#pragma once

#include "agentparser.h"
#include "graphdata.h"

#include <atomic>

namespace pwb {

class GraphBuilder
{
public:
    // `definitionExpected`: the file lies under agents/.
    void addFile(const QString& path, const QString& text, bool definitionExpected);
    void addParsed(AgentFile file);
    GraphData build() const;

    // The project files the graph reads: agents/**/*.md|yaml|yml and docs/**/*.md.
    static QStringList sourceFiles(const QStringList& projectFiles);
    // Whether a project file is an agent definition by its place (agents/, .claude/agents/,
    // plugins/x/agents/, .opencode/agent/), not under deps/ or node_modules/.
    static bool isAgentFile(const QString& rel);
    // Reads and builds synchronously (call it off the GUI thread).
    static GraphData buildProject(const QString& root, const QStringList& projectFiles,
                                  const std::atomic_bool* cancel = nullptr);

private:
    QList<AgentFile> m_files;
};

} // namespace pwb
