// SPDX-License-Identifier: MIT
#include "graphlegend.h"

#include "graphscene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace pwb {

namespace {
// Not a QObject: Tr gives lupdate and the runtime the same context for every string here.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GraphLegend)
};
} // namespace

namespace {

constexpr double kPad = 8;
constexpr double kSwatch = 26;

struct Row
{
    QString text;
    QColor color;
    enum
    {
        Node,
        Line
    } shape = Node;
    Qt::PenStyle style = Qt::SolidLine;
    bool arrow = true;
};

QList<Row> rows(const GraphColors& c, GraphMode mode)
{
    if (mode == GraphMode::Dependencies)
        return {{Tr::tr("done"), c.statusColor(TaskStatus::Done)},
                {Tr::tr("in progress"), c.statusColor(TaskStatus::InProgress)},
                {Tr::tr("blocked"), c.statusColor(TaskStatus::Blocked)},
                {Tr::tr("waits on"), c.edge, Row::Line},
                {Tr::tr("critical path"), c.critical, Row::Line}};
    QList<Row> out;
    for (AgentKind k : {AgentKind::Orchestrator, AgentKind::Specialist, AgentKind::Quality,
                        AgentKind::Infrastructure})
        out.append({GraphData::kindLabel(k), c.kindColor(k)});
    for (EdgeKind k : {EdgeKind::Delegation, EdgeKind::Handoff, EdgeKind::Collaboration})
        out.append({GraphData::edgeKindLabel(k), c.edgeKindColor(k), Row::Line,
                    GraphColors::edgeKindStyle(k), k != EdgeKind::Collaboration});
    out.append({Tr::tr("selected: hands work to"), c.highlight, Row::Line});
    out.append({Tr::tr("selected: receives from"), c.incoming, Row::Line});
    return out;
}

} // namespace

namespace GraphLegend {

QSizeF size(const QFont& font, GraphMode mode)
{
    const QFontMetricsF fm(font);
    double width = 0;
    const QList<Row> all = rows(GraphColors::fromPalette(QPalette()), mode);
    for (const Row& r : all)
        width = qMax(width, fm.horizontalAdvance(r.text));
    return QSizeF(kPad * 3 + kSwatch + width, kPad * 2 + fm.height() * 1.4 * double(all.size()));
}

void paint(QPainter* p, const QPointF& topLeft, const GraphColors& c, const QFont& font,
           GraphMode mode)
{
    const QFontMetricsF fm(font);
    const QSizeF s = size(font, mode);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setFont(font);
    p->setPen(QPen(c.border, 1));
    p->setBrush(c.tint(c.border, 0.08));
    p->drawRoundedRect(QRectF(topLeft, s), 4, 4);
    const double step = fm.height() * 1.4;
    double y = topLeft.y() + kPad;
    for (const Row& r : rows(c, mode)) {
        const double mid = y + step / 2;
        const QRectF swatch(topLeft.x() + kPad, mid - 6, kSwatch, 12);
        if (r.shape == Row::Node) {
            p->setPen(QPen(c.border, 1));
            p->setBrush(c.tint(r.color, 0.18));
            p->drawRoundedRect(swatch, 3, 3);
            p->fillRect(QRectF(swatch.left(), swatch.top(), 5, swatch.height()), r.color);
        } else {
            p->setPen(QPen(r.color, 2, r.style));
            p->drawLine(QPointF(swatch.left(), mid), QPointF(swatch.right() - 3, mid));
            if (r.arrow) {
                p->setPen(Qt::NoPen);
                p->setBrush(r.color);
                p->drawPolygon(
                    QPolygonF({QPointF(swatch.right(), mid), QPointF(swatch.right() - 7, mid - 4),
                               QPointF(swatch.right() - 7, mid + 4)}));
            }
        }
        p->setPen(c.text);
        p->drawText(QRectF(swatch.right() + kPad, y, s.width(), step),
                    Qt::AlignLeft | Qt::AlignVCenter, r.text);
        y += step;
    }
    p->restore();
}

} // namespace GraphLegend

GraphLegendWidget::GraphLegendWidget(QWidget* parent)
    : QWidget(parent)
    , m_colors(std::make_unique<GraphColors>(GraphColors::fromPalette(palette())))
{
    setObjectName(QStringLiteral("graphLegend"));
    setAccessibleName(Tr::tr("Legend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void GraphLegendWidget::setColors(const GraphColors& colors)
{
    *m_colors = colors;
    update();
}

void GraphLegendWidget::setMode(GraphMode mode)
{
    m_mode = mode;
    updateGeometry();
    update();
}

QSize GraphLegendWidget::sizeHint() const
{
    return GraphLegend::size(font(), m_mode).toSize() + QSize(2, 2);
}

void GraphLegendWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    GraphLegend::paint(&p, QPointF(0.5, 0.5), *m_colors, font(), m_mode);
}

} // namespace pwb
