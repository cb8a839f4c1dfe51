// SPDX-License-Identifier: MIT
// The key to the graph's colours and line styles: agent kinds (node stripes), edge kinds
// (delegation solid, handoff dashed, collaboration dotted) and the selection's in/out
// colours. One painter for both hosts: the page's legend widget and exported images.
#pragma once

#include "graph/graphpresentation.h"

#include <QWidget>

#include <memory>

class QPainter;

namespace pwb {

struct GraphColors;

namespace GraphLegend {
QSizeF size(const QFont& font, GraphMode mode);
void paint(QPainter* painter, const QPointF& topLeft, const GraphColors& colors, const QFont& font,
           GraphMode mode);
} // namespace GraphLegend

class GraphLegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit GraphLegendWidget(QWidget* parent = nullptr);
    void setColors(const GraphColors& colors);
    void setMode(GraphMode mode);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    GraphMode m_mode = GraphMode::Delegation;
    std::unique_ptr<GraphColors> m_colors;
};

} // namespace pwb
