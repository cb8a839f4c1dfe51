// SPDX-License-Identifier: MIT
#include "graphlayout.h"

#include <graphviz/gvc.h>

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <mutex>

namespace pwb {

namespace {

constexpr double kPointsPerInch = 72.0;

struct ContextDeleter
{
    void operator()(GVC_t* c) const { gvFreeContext(c); }
};
using ContextPtr = std::unique_ptr<GVC_t, ContextDeleter>;

// Owns a graph and, once laid out, its layout data (freed before the graph).
class GraphHandle
{
public:
    explicit GraphHandle(Agraph_t* g)
        : m_graph(g)
    {}
    ~GraphHandle()
    {
        if (m_graph && m_context)
            gvFreeLayout(m_context, m_graph);
        if (m_graph)
            agclose(m_graph);
    }
    GraphHandle(const GraphHandle&) = delete;
    GraphHandle& operator=(const GraphHandle&) = delete;

    Agraph_t* get() const { return m_graph; }
    bool layout(GVC_t* context)
    {
        if (gvLayout(context, m_graph, "dot") != 0)
            return false;
        m_context = context;
        return true;
    }

private:
    Agraph_t* m_graph;
    GVC_t* m_context = nullptr;
};

std::mutex& graphvizMutex()
{
    static std::mutex m;
    return m;
}

// One context for the process, made on first use (loading plugins costs a little).
GVC_t* context()
{
    static ContextPtr ctx(gvContext());
    return ctx.get();
}

QByteArray lastError;

int collectError(char* message)
{
    lastError += message;
    return 0;
}

void set(void* obj, const char* name, const QByteArray& value)
{
    agsafeset(obj, const_cast<char*>(name), const_cast<char*>(value.constData()),
              const_cast<char*>(""));
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 4);
}

QByteArray nodeName(qsizetype i)
{
    return "n" + QByteArray::number(i);
}

} // namespace

namespace GraphLayout {

QByteArray toDot(const LayoutRequest& r)
{
    QByteArray out = "digraph g {\n";
    out += "  graph [rankdir=" + QByteArray(r.leftToRight ? "LR" : "TB") +
           ", nodesep=" + num(r.nodeSeparation / kPointsPerInch) +
           ", ranksep=" + num(r.rankSeparation / kPointsPerInch) + "];\n";
    out += "  node [shape=box, fixedsize=true, label=\"\"];\n";
    QHash<QString, QList<int>> byCluster;
    for (int i = 0; i < r.nodes.size(); ++i)
        byCluster[r.nodes.at(i).cluster].append(i);
    auto nodeLine = [&](int i) -> QByteArray {
        const auto& n = r.nodes.at(i);
        return "  " + nodeName(i) + " [width=" + num(n.size.width() / kPointsPerInch) +
               ", height=" + num(n.size.height() / kPointsPerInch) + "];\n";
    };
    for (int c = 0; c < r.clusters.size(); ++c) {
        out += "  subgraph cluster_" + QByteArray::number(c) + " {\n  fontsize=12;\n  label=\"" +
               r.clusters.at(c).title.toUtf8().replace('"', "\\\"") + "\";\n";
        for (int i : byCluster.value(r.clusters.at(c).id))
            out += "  " + nodeLine(i);
        out += "  }\n";
        byCluster.remove(r.clusters.at(c).id);
    }
    for (auto it = byCluster.cbegin(); it != byCluster.cend(); ++it) {
        for (int i : it.value())
            out += nodeLine(i);
    }
    for (const auto& e : r.edges)
        out += "  " + nodeName(e.from) + " -> " + nodeName(e.to) +
               (e.undirected ? QByteArray(" [dir=none, constraint=false]") : QByteArray()) + ";\n";
    out += "}\n";
    return out;
}

LayoutResult run(const LayoutRequest& r, const std::atomic_bool* cancel)
{
    LayoutResult result;
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    if (r.nodes.isEmpty()) {
        result.ok = true;
        return result;
    }
    std::lock_guard lock(graphvizMutex());
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    lastError.clear();
    agseterr(AGERR);
    agseterrf(collectError);
    GVC_t* gvc = context();
    if (!gvc) {
        result.error = QCoreApplication::translate("GraphLayout", "Graphviz could not start");
        return result;
    }
    GraphHandle graph(agopen(const_cast<char*>("g"), Agdirected, nullptr));
    Agraph_t* g = graph.get();
    set(g, "rankdir", r.leftToRight ? "LR" : "TB");
    set(g, "nodesep", num(r.nodeSeparation / kPointsPerInch));
    set(g, "ranksep", num(r.rankSeparation / kPointsPerInch));

    QHash<QString, Agraph_t*> clusters;
    for (int c = 0; c < r.clusters.size(); ++c) {
        const QByteArray name = "cluster_" + QByteArray::number(c);
        Agraph_t* sg = agsubg(g, const_cast<char*>(name.constData()), 1);
        set(sg, "label", r.clusters.at(c).title.toUtf8());
        set(sg, "fontsize", "12");
        clusters.insert(r.clusters.at(c).id, sg);
    }
    // Defaults declared once, as a .dot file's `node [...]` line does.
    agattr(g, AGNODE, const_cast<char*>("shape"), const_cast<char*>("box"));
    agattr(g, AGNODE, const_cast<char*>("fixedsize"), const_cast<char*>("true"));
    agattr(g, AGNODE, const_cast<char*>("label"), const_cast<char*>(""));
    agattr(g, AGNODE, const_cast<char*>("width"), const_cast<char*>("0.75"));
    agattr(g, AGNODE, const_cast<char*>("height"), const_cast<char*>("0.5"));
    std::vector<Agnode_t*> nodes;
    nodes.reserve(size_t(r.nodes.size()));
    for (qsizetype i = 0; i < r.nodes.size(); ++i) {
        const auto& n = r.nodes.at(i);
        Agnode_t* node = agnode(g, const_cast<char*>(nodeName(i).constData()), 1);
        set(node, "width", num(qMax(1.0, n.size.width()) / kPointsPerInch));
        set(node, "height", num(qMax(1.0, n.size.height()) / kPointsPerInch));
        if (Agraph_t* sg = clusters.value(n.cluster))
            agsubnode(sg, node, 1);
        nodes.push_back(node);
    }
    agattr(g, AGEDGE, const_cast<char*>("dir"), const_cast<char*>("forward"));
    agattr(g, AGEDGE, const_cast<char*>("constraint"), const_cast<char*>("true"));
    std::vector<Agedge_t*> edges;
    edges.reserve(size_t(r.edges.size()));
    for (qsizetype i = 0; i < r.edges.size(); ++i) {
        const auto& e = r.edges.at(i);
        if (e.from < 0 || e.to < 0 || e.from >= int(nodes.size()) || e.to >= int(nodes.size())) {
            edges.push_back(nullptr);
            continue;
        }
        Agedge_t* edge = agedge(g, nodes[size_t(e.from)], nodes[size_t(e.to)], nullptr, 1);
        if (e.undirected) {
            set(edge, "dir", "none");
            set(edge, "constraint", "false");
        }
        edges.push_back(edge);
    }
    if (cancel && cancel->load()) {
        result.cancelled = true;
        return result;
    }
    if (!graph.layout(gvc)) {
        result.error = QCoreApplication::translate("GraphLayout", "Graphviz layout failed: %1")
                           .arg(QString::fromUtf8(lastError).trimmed());
        return result;
    }
    const boxf bb = GD_bb(g);
    const double top = bb.UR.y;
    const double left = bb.LL.x;
    auto map = [&](pointf p) { return QPointF(p.x - left, top - p.y); };
    result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    for (Agnode_t* n : nodes) {
        result.centres.append(map(ND_coord(n)));
        result.sizes.append(QSizeF(ND_width(n) * kPointsPerInch, ND_height(n) * kPointsPerInch));
    }
    for (Agedge_t* e : edges) {
        LayoutResult::EdgePath path;
        if (e && ED_spl(e) && ED_spl(e)->size > 0) {
            const bezier& bz = ED_spl(e)->list[0];
            for (int k = 0; k < bz.size; ++k)
                path.points.append(map(bz.list[k]));
            path.hasArrow = bz.eflag != 0;
            path.arrowTip = map(bz.ep);
        }
        result.edges.append(path);
    }
    for (int c = 1; c <= GD_n_cluster(g); ++c) {
        Agraph_t* sg = GD_clust(g)[c];
        const boxf cb = GD_bb(sg);
        const QByteArray name(agnameof(sg));
        const int index = name.mid(int(qstrlen("cluster_"))).toInt();
        const QPointF a = map(cb.LL);
        const QPointF b = map(cb.UR);
        result.clusters.append(
            {r.clusters.value(index).id, r.clusters.value(index).title, QRectF(a, b).normalized()});
    }
    result.ok = true;
    result.cancelled = cancel && cancel->load();
    return result;
}

} // namespace GraphLayout

} // namespace pwb
