// SPDX-License-Identifier: MIT
#include "graphscene.h"

#include "graphlegend.h"

#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QtMath>

namespace pwb {

namespace {
constexpr double kRadius = 6;
constexpr double kStripe = 5;
constexpr double kArrow = 8;

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

GraphColors GraphColors::fromPalette(const QPalette& p)
{
    GraphColors c;
    c.background = p.color(QPalette::Base);
    c.text = p.color(QPalette::Text);
    c.dark = c.background.lightnessF() < 0.5;
    c.mutedText = mix(c.text, c.background, 0.4);
    c.border = mix(c.text, c.background, 0.55);
    c.edge = mix(c.text, c.background, 0.45);
    c.highlight = p.color(QPalette::Highlight);
    c.cycle = c.dark ? QColor(0xE0, 0x8C, 0xF0) : QColor(0x9C, 0x27, 0xB0);
    c.dangling = c.dark ? QColor(0xFF, 0x6E, 0x6E) : QColor(0xC6, 0x28, 0x28);
    c.critical = c.dark ? QColor(0xFF, 0xB7, 0x4D) : QColor(0xE6, 0x51, 0x00);
    c.handoff = c.dark ? QColor(0x4D, 0xD0, 0xC4) : QColor(0x00, 0x79, 0x6B);
    c.collaboration = c.dark ? QColor(0xBC, 0xAA, 0xA4) : QColor(0x8D, 0x6E, 0x63);
    c.incoming = c.dark ? QColor(0xFF, 0xB7, 0x4D) : QColor(0xE6, 0x51, 0x00);
    return c;
}

QColor GraphColors::edgeKindColor(EdgeKind kind) const
{
    switch (kind) {
    case EdgeKind::Handoff:
        return handoff;
    case EdgeKind::Collaboration:
        return collaboration;
    case EdgeKind::Delegation:
        break;
    }
    return edge;
}

Qt::PenStyle GraphColors::edgeKindStyle(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Handoff:
        return Qt::DashLine;
    case EdgeKind::Collaboration:
        return Qt::DotLine;
    case EdgeKind::Delegation:
        break;
    }
    return Qt::SolidLine;
}

// The legend as a scene item, so an exported image carries its key.
class GraphLegendItem : public QGraphicsItem
{
public:
    GraphLegendItem(const GraphColors& colors, const QFont& font, GraphMode mode)
        : m_colors(colors)
        , m_font(font)
        , m_mode(mode)
    {}
    QRectF boundingRect() const override
    {
        return QRectF(QPointF(0, 0), GraphLegend::size(m_font, m_mode));
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        GraphLegend::paint(p, QPointF(0, 0), m_colors, m_font, m_mode);
    }
    void setColors(const GraphColors& colors)
    {
        m_colors = colors;
        update();
    }

private:
    GraphColors m_colors;
    QFont m_font;
    GraphMode m_mode;
};

QColor GraphColors::kindColor(AgentKind kind) const
{
    switch (kind) {
    case AgentKind::Orchestrator:
        return dark ? QColor(0x9F, 0xA8, 0xDA) : QColor(0x3F, 0x51, 0xB5);
    case AgentKind::Specialist:
        return dark ? QColor(0x81, 0xD4, 0xFA) : QColor(0x02, 0x77, 0xBD);
    case AgentKind::Quality:
        return dark ? QColor(0xA5, 0xD6, 0xA7) : QColor(0x2E, 0x7D, 0x32);
    case AgentKind::Infrastructure:
        return dark ? QColor(0xFF, 0xCC, 0x80) : QColor(0xEF, 0x6C, 0x00);
    case AgentKind::Unknown:
        break;
    }
    return border;
}

QColor GraphColors::statusColor(TaskStatus status) const
{
    switch (status) {
    case TaskStatus::Done:
        return dark ? QColor(0x81, 0xC7, 0x84) : QColor(0x2E, 0x7D, 0x32);
    case TaskStatus::InProgress:
        return dark ? QColor(0x64, 0xB5, 0xF6) : QColor(0x15, 0x65, 0xC0);
    case TaskStatus::Blocked:
        return dangling;
    case TaskStatus::Todo:
        break;
    }
    return border;
}

QColor GraphColors::tint(const QColor& c, double amount) const
{
    return mix(background, c, amount);
}

// One node: a rounded box with a colour stripe, two lines of text and state badges.
class GraphNodeItem : public QGraphicsItem
{
public:
    GraphNodeItem(const PresentedNode& node, const QSizeF& size, GraphMode mode)
        : m_node(node)
        , m_rect(-size.width() / 2, -size.height() / 2, size.width(), size.height())
        , m_mode(mode)
    {
        setAcceptHoverEvents(true);
        setToolTip(tooltip());
    }

    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }

    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const GraphColors& c = m_colors;
        QColor accent;
        if (m_mode == GraphMode::Delegation)
            accent = m_node.color.isEmpty() ? c.kindColor(m_node.kind) : QColor(m_node.color);
        else
            accent = c.statusColor(m_node.status);
        if (!m_node.defined)
            accent = c.dangling;
        p->setRenderHint(QPainter::Antialiasing);
        p->setOpacity(m_dimmed ? 0.22 : 1.0);
        QPen pen(m_selected ? c.highlight : (m_node.critical ? c.critical : c.border),
                 m_selected ? 3
                            : (m_node.critical || m_node.status == TaskStatus::Blocked ? 2 : 1));
        if (m_mode == GraphMode::Dependencies && m_node.status == TaskStatus::Blocked &&
            !m_selected)
            pen.setColor(c.dangling);
        if (!m_node.defined)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->setBrush(c.tint(accent, m_mode == GraphMode::Dependencies ? 0.28 : 0.18));
        p->drawRoundedRect(m_rect, kRadius, kRadius);
        // The stripe: the agent's own colour (or the status), always visible.
        QPainterPath stripe;
        stripe.addRoundedRect(QRectF(m_rect.left(), m_rect.top(), kStripe * 2, m_rect.height()),
                              kRadius, kRadius);
        QPainterPath clip;
        clip.addRect(QRectF(m_rect.left(), m_rect.top(), kStripe, m_rect.height()));
        p->fillPath(stripe.intersected(clip), accent);

        const QRectF text = m_rect.adjusted(kStripe + 6, 3, -6, -3);
        QFont f = p->font();
        f.setBold(true);
        p->setFont(f);
        p->setPen(c.text);
        const QFontMetricsF fm(f);
        const bool two = !m_node.subtitle.isEmpty();
        const QRectF first(text.left(), text.top(), text.width(),
                           two ? text.height() / 2 : text.height());
        p->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(m_node.title, Qt::ElideRight, first.width()));
        if (two) {
            f.setBold(false);
            f.setPointSizeF(f.pointSizeF() * 0.88);
            p->setFont(f);
            p->setPen(c.mutedText);
            const QRectF second(text.left(), text.center().y(), text.width(), text.height() / 2);
            p->drawText(
                second, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(f).elidedText(m_node.subtitle, Qt::ElideRight, second.width()));
        }
        if (m_mode == GraphMode::Dependencies && m_node.status == TaskStatus::Blocked) {
            // The blocked mark: a small red bar across the top-right corner.
            const QRectF mark(m_rect.right() - 14, m_rect.top() + 4, 10, 10);
            p->setPen(Qt::NoPen);
            p->setBrush(c.dangling);
            p->drawEllipse(mark);
            p->setPen(QPen(c.background, 2));
            p->drawLine(QLineF(mark.left() + 2.5, mark.center().y(), mark.right() - 2.5,
                               mark.center().y()));
        }
    }

    void setState(const GraphColors& colors, bool selected, bool dimmed)
    {
        m_colors = colors;
        m_selected = selected;
        m_dimmed = dimmed;
        update();
    }
    QRectF rect() const { return m_rect.translated(pos()); }

private:
    QString tooltip() const
    {
        QString t = u"<b>" + m_node.title.toHtmlEscaped() + u"</b>";
        if (!m_node.subtitle.isEmpty())
            t += u"<br>" + m_node.subtitle.toHtmlEscaped();
        if (!m_node.description.isEmpty())
            t += u"<br><br>" + m_node.description.left(300).toHtmlEscaped().replace(
                                   u'\n', QStringLiteral("<br>"));
        return t;
    }

    PresentedNode m_node;
    QRectF m_rect;
    GraphMode m_mode;
    GraphColors m_colors;
    bool m_selected = false;
    bool m_dimmed = false;
};

GraphScene::GraphScene(QObject* parent)
    : QGraphicsScene(parent)
    , m_colors(GraphColors::fromPalette(QPalette()))
{
    // A fixed index suits a scene that is rebuilt, not edited.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

GraphScene::~GraphScene() = default;

void GraphScene::clearGraph()
{
    clear();
    m_legend = nullptr;
    m_shown.clear();
    m_nodes.clear();
    m_edges.clear();
    m_arrows.clear();
    m_clusters.clear();
    m_highlighted.clear();
    m_presentation = {};
    m_graphRect = {};
    m_selected = -1;
}

void GraphScene::setGraph(const GraphPresentation& presentation, const LayoutResult& layout)
{
    clearGraph();
    m_presentation = presentation;
    if (layout.centres.size() != presentation.nodes.size())
        return;
    const QPointF margin(24, 24);
    for (const auto& cl : layout.clusters) {
        auto* box = addRect(cl.rect.translated(margin));
        box->setZValue(-2);
        box->setData(0, QStringLiteral("cluster"));
        auto* title = addSimpleText(cl.title);
        title->setPos(cl.rect.topLeft() + margin + QPointF(8, 4));
        title->setZValue(-1);
        m_clusters << box << title;
    }
    for (int i = 0; i < presentation.edges.size() && i < layout.edges.size(); ++i) {
        const auto& pts = layout.edges.at(i).points;
        QPainterPath path;
        if (pts.size() >= 4) {
            path.moveTo(pts.first() + margin);
            for (qsizetype k = 1; k + 2 < pts.size(); k += 3)
                path.cubicTo(pts.at(k) + margin, pts.at(k + 1) + margin, pts.at(k + 2) + margin);
        }
        auto* item = addPath(path);
        item->setZValue(0);
        const PresentedEdge& e = presentation.edges.at(i);
        QStringList sources;
        for (const SourceLocation& s : e.sources)
            sources.append(s.path + u':' + QString::number(s.line));
        item->setToolTip(
            GraphData::edgeKindLabel(e.kind) + QStringLiteral(": ") +
            presentation.nodes.at(e.from).key +
            (e.kind == EdgeKind::Collaboration ? QStringLiteral(" ↔ ") : QStringLiteral(" → ")) +
            presentation.nodes.at(e.to).key +
            (e.label.isEmpty() ? QString() : QStringLiteral(" (") + e.label + u')') + u'\n' +
            sources.join(u'\n'));
        m_edges.append(item);
        if (e.kind == EdgeKind::Collaboration) {
            m_arrows.append(addPath(QPainterPath())); // undirected: no head
            continue;
        }
        // The arrow head from the spline's end to Graphviz's tip.
        QPointF tip = layout.edges.at(i).hasArrow
                          ? layout.edges.at(i).arrowTip + margin
                          : (pts.isEmpty() ? QPointF() : pts.last() + margin);
        QPointF base = pts.isEmpty() ? tip : pts.last() + margin;
        if (!layout.edges.at(i).hasArrow && pts.size() >= 2)
            base = pts.at(pts.size() - 2) + margin;
        QLineF dir(tip, base);
        QPainterPath head;
        if (dir.length() > 0.01) {
            dir.setLength(kArrow);
            QLineF left = dir;
            left.setAngle(dir.angle() + 25);
            QLineF right = dir;
            right.setAngle(dir.angle() - 25);
            head.moveTo(tip);
            head.lineTo(left.p2());
            head.lineTo(right.p2());
            head.closeSubpath();
        }
        auto* arrow = addPath(head);
        arrow->setZValue(0);
        m_arrows.append(arrow);
    }
    for (int i = 0; i < presentation.nodes.size(); ++i) {
        auto* node =
            new GraphNodeItem(presentation.nodes.at(i), layout.sizes.at(i), presentation.mode);
        node->setPos(layout.centres.at(i) + margin);
        node->setZValue(1);
        addItem(node);
        m_nodes.append(node);
    }
    m_layoutRect = layout.bounds.adjusted(0, 0, 2 * margin.x(), 2 * margin.y());
    m_graphRect = m_layoutRect;
    setSceneRect(m_graphRect);
    for (int i = 0; i < m_nodes.size(); ++i)
        m_shown.insert(i);
    updateVisibility();
}

void GraphScene::setLegendVisible(bool visible)
{
    if (m_legend) {
        removeItem(m_legend);
        delete m_legend;
        m_legend = nullptr;
    }
    m_graphRect = m_layoutRect;
    if (visible && !m_layoutRect.isEmpty()) {
        auto* legend = new GraphLegendItem(m_colors, font(), m_presentation.mode);
        legend->setPos(m_layoutRect.left() + 24, m_layoutRect.bottom());
        legend->setZValue(2);
        addItem(legend);
        m_legend = legend;
        m_graphRect = m_layoutRect.united(legend->sceneBoundingRect().adjusted(0, 0, 24, 24));
    }
    setSceneRect(m_graphRect);
}

void GraphScene::setFilter(const GraphFilter& filter)
{
    m_filter = filter;
    updateVisibility();
}

bool GraphScene::isNodeShown(int index) const
{
    return m_shown.contains(index);
}

bool GraphScene::isEdgeShown(int index) const
{
    if (index < 0 || index >= m_presentation.edges.size())
        return false;
    const PresentedEdge& e = m_presentation.edges.at(index);
    return !m_filter.hiddenEdgeKinds.contains(e.kind) && m_shown.contains(e.from) &&
           m_shown.contains(e.to);
}

bool GraphScene::isEdgeHighlighted(int index) const
{
    if (index < 0 || index >= m_presentation.edges.size())
        return false;
    const PresentedEdge& e = m_presentation.edges.at(index);
    return m_selected < 0 || e.from == m_selected || e.to == m_selected;
}

void GraphScene::updateVisibility()
{
    m_shown.clear();
    QSet<int> focus;
    const bool focusing = m_filter.focusHops > 0 && m_selected >= 0;
    if (focusing) {
        for (int i : m_presentation.neighbourhood(m_selected, m_filter.focusHops))
            focus.insert(i);
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const PresentedNode& n = m_presentation.nodes.at(i);
        bool shown = focusing ? focus.contains(i)
                              : !(m_presentation.mode == GraphMode::Delegation &&
                                  m_filter.hiddenKinds.contains(n.kind));
        shown = shown || i == m_selected;
        if (shown)
            m_shown.insert(i);
        m_nodes.at(i)->setVisible(shown);
    }
    for (int i = 0; i < m_edges.size(); ++i) {
        m_edges.at(i)->setVisible(isEdgeShown(i));
        m_arrows.at(i)->setVisible(isEdgeShown(i));
    }
    restyle();
}

void GraphScene::setColors(const GraphColors& colors)
{
    m_colors = colors;
    restyle();
}

QRectF GraphScene::nodeRect(int index) const
{
    return index >= 0 && index < m_nodes.size() ? m_nodes.at(index)->rect() : QRectF();
}

int GraphScene::nodeAt(const QPointF& pos) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i)->rect().contains(pos))
            return i;
    }
    return -1;
}

void GraphScene::selectNode(int index)
{
    if (index >= m_nodes.size())
        index = -1;
    m_selected = index;
    m_highlighted.clear();
    if (index >= 0) {
        // Only the direct neighbours: in a mesh of 40 agents everything is up- or
        // downstream of everything, and highlighting that highlights nothing.
        m_highlighted.insert(index);
        for (const PresentedEdge& e : m_presentation.edges) {
            if (m_filter.hiddenEdgeKinds.contains(e.kind))
                continue;
            if (e.from == index)
                m_highlighted.insert(e.to);
            else if (e.to == index)
                m_highlighted.insert(e.from);
        }
    }
    updateVisibility();
    emit nodeSelected(index);
}

void GraphScene::restyle()
{
    setBackgroundBrush(m_colors.background);
    const bool filtering = m_selected >= 0;
    for (int i = 0; i < m_nodes.size(); ++i)
        m_nodes.at(i)->setState(m_colors, i == m_selected, filtering && !m_highlighted.contains(i));
    for (int i = 0; i < m_edges.size(); ++i) {
        const PresentedEdge& e = m_presentation.edges.at(i);
        QColor color = m_colors.edgeKindColor(e.kind);
        double width = e.kind == EdgeKind::Collaboration ? 1.1 : 1.3;
        Qt::PenStyle style = GraphColors::edgeKindStyle(e.kind);
        if (e.cycle)
            color = m_colors.cycle;
        if (e.critical) {
            color = m_colors.critical;
            width = 2.6;
        }
        if (e.dangling)
            color = m_colors.dangling;
        if (e.dashed && e.kind == EdgeKind::Delegation)
            style = Qt::DashDotLine; // an optional mermaid edge (-.->)
        const bool on = isEdgeHighlighted(i);
        if (filtering && on) {
            width += 1.2;
            if (e.kind != EdgeKind::Collaboration && !e.critical && !e.dangling)
                color = e.from == m_selected ? m_colors.highlight : m_colors.incoming;
        }
        QPen pen(color, width, style);
        pen.setCapStyle(Qt::FlatCap);
        m_edges.at(i)->setPen(pen);
        // Without a selection edges stay a little back so the boxes read first.
        const double opacity = filtering ? (on ? 1.0 : 0.08) : 0.6;
        m_edges.at(i)->setOpacity(opacity);
        m_edges.at(i)->setZValue(filtering && on ? 0.5 : 0);
        m_arrows.at(i)->setPen(QPen(color, 1));
        m_arrows.at(i)->setBrush(color);
        m_arrows.at(i)->setOpacity(opacity);
        m_arrows.at(i)->setZValue(filtering && on ? 0.5 : 0);
    }
    if (m_legend)
        static_cast<GraphLegendItem*>(m_legend)->setColors(m_colors);
    for (QGraphicsItem* item : m_clusters) {
        if (auto* box = qgraphicsitem_cast<QGraphicsRectItem*>(item)) {
            box->setPen(QPen(m_colors.border, 1, Qt::DashLine));
            box->setBrush(m_colors.tint(m_colors.border, 0.06));
        } else if (auto* title = qgraphicsitem_cast<QGraphicsSimpleTextItem*>(item)) {
            title->setBrush(m_colors.mutedText);
        }
    }
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        const int hit = nodeAt(event->scenePos());
        if (hit != m_selected)
            selectNode(hit);
        if (hit >= 0) {
            event->accept();
            return;
        }
    }
    // Not accepted on empty space, so the view can pan with a hand drag.
    QGraphicsScene::mousePressEvent(event);
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event)
{
    const int hit = nodeAt(event->scenePos());
    if (hit >= 0)
        emit nodeActivated(hit);
    event->accept();
}

} // namespace pwb
