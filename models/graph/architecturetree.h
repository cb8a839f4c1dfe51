// SPDX-License-Identifier: MIT
// Reads architecture trees drawn with box characters under a root line:
//     ai-mesh-orchestrator
//         └─> tech-lead-orchestrator (framework detection)
//             ├─> code-reviewer
// into parent -> child edges with the parenthesised note as label.
#pragma once

#include "core/diagnostic.h"

#include <QList>
#include <QString>

namespace pwb {

struct TreeEdge
{
    QString parent;
    QString child;
    QString note;
    int line = 0;
};

struct ArchitectureTree
{
    QList<TreeEdge> edges;
    Diagnostics diagnostics;

    // True when text has at least one branch line with an arrow (└─> / ├─>); folder
    // listings (├── lib/) are not trees of agents.
    static bool looksLikeTree(const QString& text);
    static ArchitectureTree parse(const QString& text, const QString& path, int firstLine);
};

} // namespace pwb
