// SPDX-License-Identifier: MIT
// The laid-out graph as native scene items: nodes (colour, kind or status, badges),
// edges as Bézier paths styled by kind (delegation solid, handoff dashed, collaboration
// dotted without a head), clusters. Selecting a node brings out its own edges and
// neighbours and fades the rest; filters hide agent kinds, edge kinds, or everything
// outside the selection's neighbourhood (focus).
#pragma once

#include "graph/graphpresentation.h"

#include <QGraphicsScene>
#include <QPalette>
#include <QSet>

class QGraphicsPathItem;

namespace pwb {

class GraphNodeItem;

// Colours derived from the palette, so light and dark both read well.
struct GraphColors
{
    QColor background, text, mutedText, border, edge, highlight, cycle, dangling, critical;
    QColor handoff, collaboration, incoming;
    bool dark = false;

    static GraphColors fromPalette(const QPalette& palette);
    QColor kindColor(AgentKind kind) const;
    QColor edgeKindColor(EdgeKind kind) const;
    static Qt::PenStyle edgeKindStyle(EdgeKind kind);
    QColor statusColor(TaskStatus status) const;
    // A soft fill of `c` over the background.
    QColor tint(const QColor& c, double amount = 0.22) const;
};

// What is shown. Hidden nodes take their edges with them.
struct GraphFilter
{
    QSet<AgentKind> hiddenKinds;
    QSet<EdgeKind> hiddenEdgeKinds;
    int focusHops = 0; // > 0: only the selection and what lies within this many edges
    friend bool operator==(const GraphFilter&, const GraphFilter&) = default;
};

class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);
    ~GraphScene() override;

    void setGraph(const GraphPresentation& presentation, const LayoutResult& layout);
    void clearGraph();
    void setColors(const GraphColors& colors);

    const GraphPresentation& presentation() const { return m_presentation; }
    const GraphColors& colors() const { return m_colors; }
    int nodeCount() const { return int(m_nodes.size()); }
    QRectF nodeRect(int index) const;
    int nodeAt(const QPointF& scenePos) const;
    QRectF graphRect() const { return m_graphRect; }

    // -1 clears the selection. Emits nodeSelected.
    void selectNode(int index);
    int selectedNode() const { return m_selected; }
    // Nodes shown at full strength: the selection and its direct neighbours (in, out and
    // collaboration). Empty without a selection.
    const QSet<int>& highlighted() const { return m_highlighted; }

    void setFilter(const GraphFilter& filter);
    const GraphFilter& filter() const { return m_filter; }
    bool isNodeShown(int index) const;
    bool isEdgeShown(int index) const;
    // Full strength (the selection's own edge, or every edge without a selection).
    bool isEdgeHighlighted(int index) const;
    // Draws the legend below the graph (exports carry it; the page shows its own).
    void setLegendVisible(bool visible);

signals:
    void nodeSelected(int index);
    void nodeActivated(int index); // double click

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void restyle();
    void updateVisibility();

    GraphPresentation m_presentation;
    GraphColors m_colors;
    QList<GraphNodeItem*> m_nodes;
    QList<QGraphicsPathItem*> m_edges;
    QList<QGraphicsPathItem*> m_arrows;
    QList<QGraphicsItem*> m_clusters;
    QSet<int> m_highlighted;
    QSet<int> m_shown; // nodes passing the filter
    GraphFilter m_filter;
    QGraphicsItem* m_legend = nullptr;
    QRectF m_layoutRect; // the laid-out graph; m_graphRect adds the legend
    QRectF m_graphRect;
    int m_selected = -1;
};

} // namespace pwb
