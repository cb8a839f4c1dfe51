// SPDX-License-Identifier: MIT
// The laid-out graph as native scene items: nodes (colour, kind or status, badges),
// edges as Bézier paths with arrows (cycles, dangling targets and the critical path
// marked), sprint clusters. Selecting a node highlights everything up- and downstream.
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
    bool dark = false;

    static GraphColors fromPalette(const QPalette& palette);
    QColor kindColor(AgentKind kind) const;
    QColor statusColor(TaskStatus status) const;
    // A soft fill of `c` over the background.
    QColor tint(const QColor& c, double amount = 0.22) const;
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
    // Nodes shown at full strength: the selection with its up- and downstream.
    const QSet<int>& highlighted() const { return m_highlighted; }

signals:
    void nodeSelected(int index);
    void nodeActivated(int index); // double click

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void restyle();

    GraphPresentation m_presentation;
    GraphColors m_colors;
    QList<GraphNodeItem*> m_nodes;
    QList<QGraphicsPathItem*> m_edges;
    QList<QGraphicsPathItem*> m_arrows;
    QList<QGraphicsItem*> m_clusters;
    QSet<int> m_highlighted;
    QRectF m_graphRect;
    int m_selected = -1;
};

} // namespace pwb
