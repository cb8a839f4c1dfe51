// SPDX-License-Identifier: MIT
// Reads mermaid `graph`/`flowchart` blocks: direction, nodes with labels in [] () {} and
// their variants, chained and `&`-grouped edges with labels, subgraphs. A statement it
// cannot read is reported at its line and skipped; the rest of the block still counts.
#pragma once

#include "core/diagnostic.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pwb {

struct MermaidNode
{
    QString id;
    QString label; // the id when no label was given
    QString shape; // the opening delimiter: "[", "(", "((", "{", "([", ...
    QString subgraph;
    int line = 0;
};

struct MermaidEdge
{
    QString from;
    QString to;
    QString label;
    bool dashed = false; // -.->
    bool thick = false;  // ==>
    bool directed = true;
    int line = 0;
};

struct MermaidSubgraph
{
    QString id;
    QString title;
    int line = 0;
};

struct MermaidGraph
{
    bool isFlowchart = false; // false: another diagram type, nothing read
    QString direction = QStringLiteral("TD");
    QList<MermaidNode> nodes;
    QList<MermaidEdge> edges;
    QList<MermaidSubgraph> subgraphs;
    Diagnostics diagnostics;
    QHash<QString, qsizetype> index; // node id -> position in nodes

    // By id in constant time: a chart of 200,000 nodes is looked up once per edge end.
    const MermaidNode* node(const QString& id) const;
};

namespace MermaidParser {
// `text` is the block's body; its first line is line `firstLine` of `path`.
MermaidGraph parse(const QString& text, const QString& path, int firstLine);
} // namespace MermaidParser

} // namespace pwb
