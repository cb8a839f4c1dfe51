// SPDX-License-Identifier: MIT
#include "graphalgorithms.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace pwb {

namespace GraphAlgorithms {

QList<QList<int>> cycles(int n, const QList<QPair<int, int>>& edges)
{
    std::vector<std::vector<int>> adj(size_t(std::max(n, 0)));
    std::vector<bool> selfLoop(adj.size(), false);
    for (const auto& e : edges) {
        if (e.first < 0 || e.second < 0 || e.first >= n || e.second >= n)
            continue;
        adj[size_t(e.first)].push_back(e.second);
        if (e.first == e.second)
            selfLoop[size_t(e.first)] = true;
    }
    // Iterative Tarjan, so deep chains (2,000 tasks) cannot overflow the stack.
    std::vector<int> index(adj.size(), -1), low(adj.size(), 0);
    std::vector<bool> onStack(adj.size(), false);
    std::vector<int> stack;
    QList<QList<int>> out;
    int counter = 0;
    for (int s = 0; s < n; ++s) {
        if (index[size_t(s)] >= 0)
            continue;
        std::vector<std::pair<int, size_t>> work{{s, 0}};
        while (!work.empty()) {
            auto& [v, next] = work.back();
            const size_t vi = size_t(v);
            if (next == 0 && index[vi] < 0) {
                index[vi] = low[vi] = counter++;
                stack.push_back(v);
                onStack[vi] = true;
            }
            if (next < adj[vi].size()) {
                const int w = adj[vi][next++];
                if (index[size_t(w)] < 0)
                    work.push_back({w, 0});
                else if (onStack[size_t(w)])
                    low[vi] = std::min(low[vi], index[size_t(w)]);
                continue;
            }
            if (low[vi] == index[vi]) {
                QList<int> comp;
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = false;
                    comp.prepend(w);
                } while (w != v);
                if (comp.size() > 1 || selfLoop[vi])
                    out.append(comp);
            }
            const int done = v;
            work.pop_back();
            if (!work.empty()) {
                const size_t parent = size_t(work.back().first);
                low[parent] = std::min(low[parent], low[size_t(done)]);
            }
        }
    }
    return out;
}

QList<int> longestPath(const QList<double>& weights, const QList<QPair<int, int>>& edges)
{
    const int n = int(weights.size());
    std::vector<std::vector<int>> adj(static_cast<size_t>(n));
    for (const auto& e : edges) {
        if (e.first >= 0 && e.second >= 0 && e.first < n && e.second < n && e.first != e.second)
            adj[size_t(e.first)].push_back(e.second);
    }
    // DFS post-order gives a topological order; edges to a node still on the path are back
    // edges (cycles) and are dropped.
    std::vector<int> state(size_t(n), 0), order;
    std::vector<std::vector<int>> dag(static_cast<size_t>(n));
    for (int s = 0; s < n; ++s) {
        if (state[size_t(s)])
            continue;
        std::vector<std::pair<int, size_t>> work{{s, 0}};
        state[size_t(s)] = 1;
        while (!work.empty()) {
            auto& [v, next] = work.back();
            if (next < adj[size_t(v)].size()) {
                const int w = adj[size_t(v)][next++];
                if (state[size_t(w)] == 1)
                    continue; // back edge
                dag[size_t(v)].push_back(w);
                if (state[size_t(w)] == 0) {
                    state[size_t(w)] = 1;
                    work.push_back({w, 0});
                }
                continue;
            }
            state[size_t(v)] = 2;
            order.push_back(v);
            work.pop_back();
        }
    }
    std::reverse(order.begin(), order.end());
    std::vector<double> best(size_t(n), 0);
    std::vector<int> prev(size_t(n), -1);
    for (int i = 0; i < n; ++i)
        best[size_t(i)] = weights.at(i);
    for (int v : order) {
        for (int w : dag[size_t(v)]) {
            if (best[size_t(v)] + weights.at(w) > best[size_t(w)]) {
                best[size_t(w)] = best[size_t(v)] + weights.at(w);
                prev[size_t(w)] = v;
            }
        }
    }
    if (n == 0)
        return {};
    int end = int(std::max_element(best.begin(), best.end()) - best.begin());
    QList<int> path;
    for (int v = end; v >= 0; v = prev[size_t(v)])
        path.prepend(v);
    return path;
}

QList<int> shortestCycle(int n, const QList<QPair<int, int>>& edges, int start)
{
    if (start < 0 || start >= n)
        return {};
    std::vector<std::vector<int>> adj(static_cast<size_t>(n));
    for (const auto& e : edges) {
        if (e.first >= 0 && e.second >= 0 && e.first < n && e.second < n)
            adj[size_t(e.first)].push_back(e.second);
    }
    std::vector<int> prev(size_t(n), -2);
    std::vector<int> queue{start};
    for (size_t q = 0; q < queue.size(); ++q) {
        const int v = queue[q];
        for (int w : adj[size_t(v)]) {
            if (w == start) {
                QList<int> path;
                for (int x = v; x != start; x = prev[size_t(x)])
                    path.prepend(x);
                path.prepend(start);
                return path;
            }
            if (prev[size_t(w)] == -2) {
                prev[size_t(w)] = v;
                queue.push_back(w);
            }
        }
    }
    return {};
}

QList<int> reachable(int n, const QList<QPair<int, int>>& edges, int start, bool forward)
{
    std::vector<std::vector<int>> adj(size_t(std::max(n, 0)));
    for (const auto& e : edges) {
        if (e.first < 0 || e.second < 0 || e.first >= n || e.second >= n)
            continue;
        if (forward)
            adj[size_t(e.first)].push_back(e.second);
        else
            adj[size_t(e.second)].push_back(e.first);
    }
    QList<int> out;
    if (start < 0 || start >= n)
        return out;
    std::vector<bool> seen(size_t(n), false);
    std::vector<int> todo{start};
    seen[size_t(start)] = true;
    while (!todo.empty()) {
        const int v = todo.back();
        todo.pop_back();
        for (int w : adj[size_t(v)]) {
            if (!seen[size_t(w)]) {
                seen[size_t(w)] = true;
                out.append(w);
                todo.push_back(w);
            }
        }
    }
    return out;
}

} // namespace GraphAlgorithms

} // namespace pwb
