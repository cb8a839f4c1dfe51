// SPDX-License-Identifier: MIT
#include "graphview.h"

#include "graphscene.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace pwb {

GraphView::GraphView(GraphScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("graphView"));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Graph"));
}

double GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomBy(double factor)
{
    m_autoFit = false;
    m_readable = false;
    const double next = zoom() * factor;
    if (next < 0.05 || next > 8)
        return;
    scale(factor, factor);
}

void GraphView::fit()
{
    m_autoFit = true;
    m_readable = false;
    fitNow();
}

void GraphView::showReadable(int focus)
{
    m_autoFit = true;
    m_readable = true;
    m_focus = focus;
    fitNow();
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitNow();
}

void GraphView::fitNow()
{
    const QRectF r = m_scene->graphRect();
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    // Small graphs would be blown up; keep them at natural size.
    if (zoom() > 1.0) {
        resetTransform();
        centerOn(r.center());
    }
    if (m_readable && zoom() < kReadableZoom) {
        resetTransform();
        scale(kReadableZoom, kReadableZoom);
        const QRectF node = m_scene->nodeRect(m_focus);
        if (node.isValid()) {
            centerOn(node.center());
        } else {
            // The top of a top-down layout holds the agents that hand work out.
            const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
            centerOn(QPointF(r.center().x(), r.top() + visible.height() / 2));
        }
    }
}

void GraphView::centreOnNode(int index)
{
    const QRectF r = m_scene->nodeRect(index);
    if (r.isValid())
        centerOn(r.center());
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.2);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.2);
        return;
    case Qt::Key_0:
    case Qt::Key_F:
        fit();
        return;
    case Qt::Key_Escape:
        m_scene->selectNode(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_scene->selectedNode() >= 0)
            emit m_scene->nodeActivated(m_scene->selectedNode());
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

bool GraphView::focusNextPrevChild(bool next)
{
    // Tab walks the nodes (keyboard users' way to select) instead of leaving the view.
    const int n = m_scene->nodeCount();
    if (n == 0)
        return QGraphicsView::focusNextPrevChild(next);
    const int cur = m_scene->selectedNode();
    const int target = cur < 0 ? (next ? 0 : n - 1) : (cur + (next ? 1 : n - 1)) % n;
    m_scene->selectNode(target);
    centreOnNode(target);
    return true;
}

} // namespace pwb
