// SPDX-License-Identifier: MIT
// Graph algorithms both graph modes need: cycles (strongly connected components) and the
// longest path by weight through a graph whose cycles are ignored.
#pragma once

#include <QList>

namespace pwb {

namespace GraphAlgorithms {
// Components of more than one node (or a node with an edge to itself), each in DFS order.
QList<QList<int>> cycles(int nodeCount, const QList<QPair<int, int>>& edges);
// A shortest cycle through `start` (start first, not repeated at the end); empty if none.
QList<int> shortestCycle(int nodeCount, const QList<QPair<int, int>>& edges, int start);
// The heaviest path (sum of node weights) following edges; edges that close a cycle are
// skipped. Returns node indices from first to last.
QList<int> longestPath(const QList<double>& weights, const QList<QPair<int, int>>& edges);
// Nodes reachable from `start` along edges (forward) or against them (backward).
QList<int> reachable(int nodeCount, const QList<QPair<int, int>>& edges, int start, bool forward);
} // namespace GraphAlgorithms

} // namespace pwb
