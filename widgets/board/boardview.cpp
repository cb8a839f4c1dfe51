// SPDX-License-Identifier: MIT
#include "boardview.h"

#include "tasks/boardmodel.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace pwb {

BoardView::BoardView(QWidget* parent)
    : QAbstractItemView(parent)
{
    setObjectName(QStringLiteral("boardView"));
    setSelectionMode(SingleSelection);
    setSelectionBehavior(SelectItems);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollMode(ScrollPerPixel);
    setVerticalScrollMode(ScrollPerPixel);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
}

void BoardView::setModel(QAbstractItemModel* model)
{
    QAbstractItemView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_dirty = true;
            updateGeometries();
            viewport()->update();
        });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
            m_dirty = true;
            updateGeometries();
        });
    }
    m_dirty = true;
    updateGeometries();
}

int BoardView::columnWidth() const
{
    // Narrow cards before a sideways scroll: at 1024 px the Done column must stay in view.
    const int available = viewport()->width() - kSpacing * 5;
    return std::max(kMinColumnWidth, available / BoardModel::kColumns);
}

int BoardView::cardHeight() const
{
    QStyleOptionViewItem opt;
    initViewItemOption(&opt);
    const QSize s = itemDelegate() ? itemDelegate()->sizeHint(opt, QModelIndex()) : QSize();
    return s.height() > 0 ? s.height() : 96;
}

void BoardView::relayout()
{
    m_dirty = false;
    m_lanes.clear();
    QAbstractItemModel* m = model();
    const int cw = columnWidth();
    const int ch = cardHeight();
    m_contentWidth = kSpacing + BoardModel::kColumns * (cw + kSpacing);
    int y = headerHeight();
    if (!m) {
        m_contentHeight = y;
        return;
    }
    const int lanes = m->rowCount();
    m_lanes.reserve(lanes);
    for (int l = 0; l < lanes; ++l) {
        Lane lane;
        lane.top = y;
        const QModelIndex li = m->index(l, 0);
        const int n = m->rowCount(li);
        lane.cards.reserve(n);
        int stack[BoardModel::kColumns] = {0, 0, 0, 0};
        const int cardsTop = y + laneHeaderHeight();
        for (int r = 0; r < n; ++r) {
            const int col = std::clamp(m->index(r, 0, li).data(BoardModel::StatusRole).toInt(), 0,
                                       BoardModel::kColumns - 1);
            const int x = kSpacing + col * (cw + kSpacing);
            lane.cards.append(QRect(x, cardsTop + stack[col] * (ch + kSpacing), cw, ch));
            ++stack[col];
        }
        const int tallest = *std::max_element(std::begin(stack), std::end(stack));
        lane.height = laneHeaderHeight() + std::max(tallest, 1) * (ch + kSpacing) + kSpacing;
        y += lane.height;
        m_lanes.append(lane);
    }
    m_contentHeight = y;
}

void BoardView::updateGeometries()
{
    if (m_dirty)
        relayout();
    const QSize vp = viewport()->size();
    verticalScrollBar()->setSingleStep(cardHeight() / 3);
    verticalScrollBar()->setPageStep(vp.height());
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - vp.height()));
    horizontalScrollBar()->setSingleStep(40);
    horizontalScrollBar()->setPageStep(vp.width());
    horizontalScrollBar()->setRange(0, std::max(0, m_contentWidth - vp.width()));
    QAbstractItemView::updateGeometries();
}

int BoardView::headerHeight() const
{
    return std::max(kHeaderHeight, fontMetrics().height() * 2 + 4);
}

int BoardView::laneHeaderHeight() const
{
    return std::max(kLaneHeaderHeight, fontMetrics().height() * 2);
}

void BoardView::changeEvent(QEvent* event)
{
    QAbstractItemView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // Cards are sized from the font: lay them out again.
        m_dirty = true;
        updateGeometries();
        viewport()->update();
    }
}

void BoardView::resizeEvent(QResizeEvent* event)
{
    m_dirty = true;
    QAbstractItemView::resizeEvent(event);
    updateGeometries();
}

void BoardView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    m_dirty = true;
    QAbstractItemView::rowsInserted(parent, start, end);
    updateGeometries();
}

void BoardView::rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end)
{
    m_dirty = true;
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
}

void BoardView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                            const QList<int>& roles)
{
    m_dirty = true;
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
    updateGeometries();
    viewport()->update();
}

QRect BoardView::toViewport(const QRect& content) const
{
    return content.translated(-horizontalOffset(), -verticalOffset());
}

QRect BoardView::visualRect(const QModelIndex& index) const
{
    if (!index.isValid() || !model())
        return {};
    const QModelIndex parent = index.parent();
    if (!parent.isValid()) {
        if (index.row() >= m_lanes.size())
            return {};
        const Lane& l = m_lanes.at(index.row());
        return toViewport(QRect(0, l.top, m_contentWidth, laneHeaderHeight()));
    }
    if (parent.row() >= m_lanes.size() || index.row() >= m_lanes.at(parent.row()).cards.size())
        return {};
    return toViewport(m_lanes.at(parent.row()).cards.at(index.row()));
}

void BoardView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    const QRect r = visualRect(index);
    if (!r.isValid())
        return;
    const QRect area = viewport()->rect().adjusted(0, headerHeight(), 0, 0);
    if (hint == EnsureVisible && area.contains(r))
        return;
    int dy = 0;
    if (hint == PositionAtCenter)
        dy = r.center().y() - area.center().y();
    else if (r.top() < area.top() || hint == PositionAtTop)
        dy = r.top() - area.top() - kSpacing;
    else if (r.bottom() > area.bottom())
        dy = r.bottom() - area.bottom() + kSpacing;
    verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
    if (r.left() < area.left())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + r.left() - kSpacing);
    else if (r.right() > area.right())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + r.right() - area.right() +
                                        kSpacing);
    viewport()->update();
}

int BoardView::laneAtY(int y) const
{
    auto it = std::upper_bound(m_lanes.cbegin(), m_lanes.cend(), y,
                               [](int v, const Lane& l) { return v < l.top; });
    if (it == m_lanes.cbegin())
        return -1;
    return int(it - m_lanes.cbegin()) - 1;
}

QModelIndex BoardView::cardAt(const QPoint& p) const
{
    const int l = laneAtY(p.y());
    if (l < 0 || !model())
        return {};
    const QList<QRect>& cards = m_lanes.at(l).cards;
    for (int r = 0; r < cards.size(); ++r) {
        if (cards.at(r).contains(p))
            return model()->index(r, 0, model()->index(l, 0));
    }
    return {};
}

QModelIndex BoardView::indexAt(const QPoint& point) const
{
    if (point.y() < headerHeight())
        return {};
    return cardAt(point + QPoint(horizontalOffset(), verticalOffset()));
}

int BoardView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int BoardView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool BoardView::isIndexHidden(const QModelIndex&) const
{
    return false;
}

QModelIndex BoardView::moveCursor(CursorAction action, Qt::KeyboardModifiers)
{
    QAbstractItemModel* m = model();
    if (!m || m_lanes.isEmpty())
        return {};
    QModelIndex cur = currentIndex();
    if (!cur.isValid() || !cur.parent().isValid()) {
        for (int l = 0; l < m_lanes.size(); ++l) {
            if (!m_lanes.at(l).cards.isEmpty())
                return m->index(0, 0, m->index(l, 0));
        }
        return {};
    }
    const int lane = cur.parent().row();
    const QRect r = m_lanes.at(lane).cards.value(cur.row());
    // The nearest card to a point, scanning the lanes near it.
    auto nearest = [&](const QPoint& target, auto accept) {
        QModelIndex best;
        qint64 bestD = std::numeric_limits<qint64>::max();
        const int from = std::max(0, laneAtY(target.y()) - 1);
        const int to = std::min(int(m_lanes.size()) - 1, std::max(0, laneAtY(target.y())) + 1);
        for (int l = from; l <= to; ++l) {
            const QList<QRect>& cards = m_lanes.at(l).cards;
            for (int i = 0; i < cards.size(); ++i) {
                const QRect& c = cards.at(i);
                if (!accept(c))
                    continue;
                const qint64 dx = c.center().x() - target.x();
                const qint64 dy = c.center().y() - target.y();
                const qint64 d = dx * dx * 4 + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = m->index(i, 0, m->index(l, 0));
                }
            }
        }
        return best;
    };
    QModelIndex next;
    switch (action) {
    case MoveUp:
    case MovePrevious:
        next = nearest(r.center() - QPoint(0, r.height()),
                       [&](const QRect& c) { return c.left() == r.left() && c.top() < r.top(); });
        break;
    case MoveDown:
    case MoveNext:
        next = nearest(r.center() + QPoint(0, r.height()),
                       [&](const QRect& c) { return c.left() == r.left() && c.top() > r.top(); });
        break;
    case MoveLeft:
        next = nearest(r.center() - QPoint(r.width(), 0),
                       [&](const QRect& c) { return c.left() < r.left(); });
        break;
    case MoveRight:
        next = nearest(r.center() + QPoint(r.width(), 0),
                       [&](const QRect& c) { return c.left() > r.left(); });
        break;
    case MovePageUp:
        next = nearest(r.center() - QPoint(0, viewport()->height()),
                       [&](const QRect& c) { return c.left() == r.left(); });
        break;
    case MovePageDown:
        next = nearest(r.center() + QPoint(0, viewport()->height()),
                       [&](const QRect& c) { return c.left() == r.left(); });
        break;
    case MoveHome:
        for (int l = 0; l < m_lanes.size() && !next.isValid(); ++l) {
            if (!m_lanes.at(l).cards.isEmpty())
                next = m->index(0, 0, m->index(l, 0));
        }
        break;
    case MoveEnd:
        for (int l = int(m_lanes.size()) - 1; l >= 0 && !next.isValid(); --l) {
            if (!m_lanes.at(l).cards.isEmpty())
                next = m->index(int(m_lanes.at(l).cards.size()) - 1, 0, m->index(l, 0));
        }
        break;
    }
    return next.isValid() ? next : cur;
}

void BoardView::setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags flags)
{
    const QRect content = rect.translated(horizontalOffset(), verticalOffset()).normalized();
    QItemSelection sel;
    const int first = std::max(0, laneAtY(content.top()));
    const int last = laneAtY(content.bottom());
    for (int l = first; l <= last && l < m_lanes.size(); ++l) {
        const QList<QRect>& cards = m_lanes.at(l).cards;
        for (int r = 0; r < cards.size(); ++r) {
            if (cards.at(r).intersects(content)) {
                const QModelIndex i = model()->index(r, 0, model()->index(l, 0));
                sel.select(i, i);
                if (selectionMode() == SingleSelection)
                    break;
            }
        }
        if (selectionMode() == SingleSelection && !sel.isEmpty())
            break;
    }
    selectionModel()->select(sel, flags);
}

QRegion BoardView::visualRegionForSelection(const QItemSelection& selection) const
{
    QRegion region;
    for (const QModelIndex& i : selection.indexes())
        region += visualRect(i);
    return region;
}

void BoardView::paintEvent(QPaintEvent* event)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    const QRect vp = viewport()->rect();
    p.fillRect(event->rect(), pal.color(QPalette::Window));
    m_lastPainted = 0;
    QAbstractItemModel* m = model();
    const int cw = columnWidth();
    const int dx = horizontalOffset();
    const int dy = verticalOffset();
    const QColor laneLine = pal.color(QPalette::Mid);
    const QColor columnTint = pal.color(QPalette::Base);
    // Column backgrounds, behind everything.
    for (int c = 0; c < BoardModel::kColumns; ++c) {
        QRect col(kSpacing + c * (cw + kSpacing) - dx, 0, cw, vp.height());
        QColor tint = columnTint;
        tint.setAlpha(110);
        p.fillRect(col, tint);
    }
    if (m) {
        const QRect content = vp.translated(dx, dy);
        const int first = std::max(0, laneAtY(content.top()));
        const QModelIndex current = currentIndex();
        QStyleOptionViewItem opt;
        initViewItemOption(&opt);
        for (int l = first; l < m_lanes.size(); ++l) {
            const Lane& lane = m_lanes.at(l);
            if (lane.top > content.bottom())
                break;
            const QModelIndex li = m->index(l, 0);
            // Lane header: name and per-column counts.
            const QRect header(0 - dx, lane.top - dy, std::max(m_contentWidth, vp.width()),
                               laneHeaderHeight());
            p.setPen(laneLine);
            p.drawLine(header.topLeft(), header.topRight());
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.setPen(pal.color(QPalette::WindowText));
            int total = 0;
            double hours = 0;
            for (int c = 0; c < BoardModel::kColumns; ++c) {
                total += m->index(l, c).data(BoardModel::CountRole).toInt();
                hours += m->index(l, c).data(BoardModel::HoursSumRole).toDouble();
            }
            const QString laneText = li.data(BoardModel::LaneNameRole).toString() +
                                     QStringLiteral("   ") +
                                     tr("%n task(s), %1 h", nullptr, total).arg(hours);
            p.drawText(header.adjusted(kSpacing + 2, 0, -kSpacing, 0),
                       Qt::AlignVCenter | Qt::AlignLeft, laneText);
            p.setFont(font());
            for (int r = 0; r < lane.cards.size(); ++r) {
                const QRect& c = lane.cards.at(r);
                if (c.bottom() < content.top() || c.top() > content.bottom() ||
                    c.right() < content.left() || c.left() > content.right())
                    continue;
                const QModelIndex idx = m->index(r, 0, li);
                opt.rect = c.translated(-dx, -dy);
                opt.state = QStyle::State_Enabled;
                if (selectionModel() && selectionModel()->isSelected(idx))
                    opt.state |= QStyle::State_Selected;
                if (idx == current && hasFocus())
                    opt.state |= QStyle::State_HasFocus;
                if (viewport()->underMouse() &&
                    opt.rect.contains(viewport()->mapFromGlobal(QCursor::pos())))
                    opt.state |= QStyle::State_MouseOver;
                itemDelegate()->paint(&p, opt, idx);
                ++m_lastPainted;
            }
        }
    }
    // Column headers stay on top while the lanes scroll under them.
    const QRect headerBand(0, 0, vp.width(), headerHeight());
    p.fillRect(headerBand, pal.color(QPalette::Window));
    p.setPen(laneLine);
    p.drawLine(headerBand.bottomLeft(), headerBand.bottomRight());
    QFont hf = font();
    hf.setBold(true);
    p.setFont(hf);
    for (int c = 0; c < BoardModel::kColumns; ++c) {
        int count = 0;
        double hours = 0;
        if (m) {
            for (int l = 0; l < m->rowCount(); ++l) {
                count += m->index(l, c).data(BoardModel::CountRole).toInt();
                hours += m->index(l, c).data(BoardModel::HoursSumRole).toDouble();
            }
        }
        const QRect col(kSpacing + c * (cw + kSpacing) - dx, 0, cw, headerHeight());
        p.setPen(pal.color(QPalette::WindowText));
        const QString label = m ? m->headerData(c, Qt::Horizontal).toString() : QString();
        const QString title = label + QStringLiteral("  ·  ") + QString::number(count);
        const QString hoursText = tr("%1 h").arg(hours);
        const QRect text = col.adjusted(6, 0, -6, 0);
        // Narrow columns (a 1024 px window) drop the hours before the title is drawn over.
        const int hoursWidth = QFontMetrics(font()).horizontalAdvance(hoursText) + 8;
        const bool showHours =
            p.fontMetrics().horizontalAdvance(title) + hoursWidth <= text.width();
        p.drawText(text.adjusted(0, 0, showHours ? -hoursWidth : 0, 0),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(title, Qt::ElideRight,
                                              text.width() - (showHours ? hoursWidth : 0)));
        if (showHours) {
            QColor muted = pal.color(QPalette::WindowText);
            muted.setAlphaF(0.6f);
            p.setPen(muted);
            p.setFont(font());
            p.drawText(text, Qt::AlignVCenter | Qt::AlignRight, hoursText);
            p.setFont(hf);
        }
    }
}

} // namespace pwb
