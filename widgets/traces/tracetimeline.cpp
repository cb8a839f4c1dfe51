// SPDX-License-Identifier: MIT
#include "tracetimeline.h"

#include "core/whendone.h"

#include "traces/tracemodel.h"

#include <QKeyEvent>

#include <QMouseEvent>
#include <QPainter>
#include <QtConcurrent>
#include <algorithm>

namespace pwb {

namespace {

constexpr int kMaxStripFrames = 24;

QColor failureColor(const QPalette& p)
{
    // Readable on both light and dark bases.
    return p.color(QPalette::Base).lightness() > 128 ? QColor(0xcf, 0x22, 0x2e)
                                                     : QColor(0xf8, 0x51, 0x49);
}

QColor liveViewColor(const QPalette& p)
{
    return p.color(QPalette::Base).lightness() > 128 ? QColor(0x82, 0x50, 0xdf)
                                                     : QColor(0xbc, 0x8c, 0xff);
}

} // namespace

TraceTimeline::TraceTimeline(TraceModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("tracetimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Trace timeline"));
    connect(model, &QAbstractItemModel::modelReset, this, &TraceTimeline::reload);
}

QSize TraceTimeline::sizeHint() const
{
    return {600, m_stripHeight + kRuler + kLiveViewLane + 8 * (kBarHeight + 2) + 16};
}

QSize TraceTimeline::minimumSizeHint() const
{
    return {200, m_stripHeight + kRuler + kLiveViewLane + 30};
}

QList<int> TraceTimeline::stripFrames() const
{
    QList<int> out;
    const qsizetype n = m_model->trace().frames.size();
    if (n == 0)
        return out;
    const double step = std::max(1.0, double(n) / kMaxStripFrames);
    for (double i = 0; i < n; i += step)
        out.append(int(i));
    return out;
}

void TraceTimeline::reload()
{
    m_thumbs.clear();
    m_current = -1;
    const quint64 generation = ++m_generation;
    const QString path = m_model->trace().path;
    QList<std::pair<int, QString>> wanted;
    for (int i : stripFrames())
        wanted.append({i, m_model->trace().frames.at(i).entry});
    update();
    if (wanted.isEmpty())
        return;
    // Thumbnails are decoded off the GUI thread, all at once (one archive open).
    using Thumbs = QList<std::pair<int, QImage>>;
    whenDone(
        this, QtConcurrent::run([path, wanted, height = m_stripHeight - 8] {
            Thumbs out;
            for (const auto& [index, entry] : wanted) {
                const QImage image = TraceModel::readFrame(path, entry);
                if (!image.isNull())
                    out.append({index, image.scaledToHeight(height, Qt::SmoothTransformation)});
            }
            return out;
        }),
        [this, generation](const Thumbs& result) {
            if (generation != m_generation)
                return;
            for (const auto& [index, image] : result)
                m_thumbs.insert(index, QPixmap::fromImage(image));
            update();
        });
}

void TraceTimeline::setThumbnailScale(double factor)
{
    const int height = qRound(kStripHeight * std::clamp(factor, 0.5, 3.0));
    if (height == m_stripHeight)
        return;
    m_stripHeight = height;
    updateGeometry();
    // Thumbnails are decoded again at the new size rather than blown up.
    const int current = m_current;
    reload();
    m_current = current;
}

void TraceTimeline::setCurrentRow(int row)
{
    if (row == m_current)
        return;
    m_current = row;
    update();
}

QRect TraceTimeline::barsRect() const
{
    return rect().adjusted(8, m_stripHeight + kRuler + kLiveViewLane, -8, -4);
}

double TraceTimeline::xFor(double ms) const
{
    const double span = std::max(1.0, m_model->trace().durationMs());
    const QRect r = barsRect();
    return r.left() + (ms / span) * r.width();
}

void TraceTimeline::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const Trace& t = m_model->trace();
    if (t.actions.isEmpty() && t.frames.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No actions to show"));
        return;
    }
    const double start = t.startTime;
    const QRect bars = barsRect();

    // Film strip: each thumbnail at its time, pushed right when they would overlap.
    int nextFree = bars.left();
    const int currentFrame = m_model->frameIndexFor(m_current);
    for (int i : stripFrames()) {
        const TraceFrame& f = t.frames.at(i);
        const QPixmap thumb = m_thumbs.value(i);
        const int w = thumb.isNull() ? (m_stripHeight - 8) * 16 / 10 : thumb.width();
        const int x = std::max(nextFree, int(xFor(f.time - start)) - w / 2);
        if (x + w > width())
            break;
        const QRect box(x, 4, w, m_stripHeight - 8);
        if (thumb.isNull())
            p.fillRect(box, pal.color(QPalette::AlternateBase));
        else
            p.drawPixmap(box.topLeft(), thumb);
        p.setPen(i == currentFrame ? QPen(pal.color(QPalette::Highlight), 2)
                                   : QPen(pal.color(QPalette::Mid)));
        p.drawRect(box);
        nextFree = x + w + 3;
    }

    // Ruler.
    p.setPen(pal.color(QPalette::PlaceholderText));
    const double span = std::max(1.0, t.durationMs());
    const double steps[] = {10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 30000, 60000};
    double step = steps[std::size(steps) - 1];
    for (double s : steps) {
        if (span / s <= 8) {
            step = s;
            break;
        }
    }
    const int rulerY = m_stripHeight;
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (double ms = 0; ms <= span; ms += step) {
        const int x = int(xFor(ms));
        p.drawLine(x, rulerY, x, rulerY + 4);
        p.drawText(x + 2, rulerY + kRuler - 4,
                   ms < 1000 ? QStringLiteral("%1 ms").arg(ms)
                             : QStringLiteral("%1 s").arg(ms / 1000));
    }

    // LiveView lane: pushes above, replies and server diffs below, joined by the answer time.
    const QColor lv = liveViewColor(pal);
    const int laneY = m_stripHeight + kRuler + kLiveViewLane / 2;
    for (const LiveViewMessage& m : t.liveView.messages) {
        if (m.topic == u"phoenix")
            continue;
        const int x = int(xFor(m.time - start));
        const bool sent = m.direction == LiveViewMessage::Direction::Sent;
        p.setPen(Qt::NoPen);
        p.setBrush(lv);
        QPolygon diamond;
        const int y = sent ? laneY - 4 : laneY + 4;
        diamond << QPoint(x, y - 4) << QPoint(x + 4, y) << QPoint(x, y + 4) << QPoint(x - 4, y);
        p.drawPolygon(diamond);
        if (sent && m.replyMs >= 0) {
            p.setPen(QPen(lv, 1.5));
            p.drawLine(x, laneY - 4, int(xFor(m.time + m.replyMs - start)), laneY + 4);
        }
    }
    if (!t.liveView.hasTraffic()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(bars.left(), laneY - 8, bars.width(), 16),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("No LiveView traffic"));
    }

    p.setBrush(Qt::NoBrush);
    // One bar per action, lanes by depth so nested runner steps stay readable.
    const int lanes = std::max(1, (bars.height()) / (kBarHeight + 2));
    for (int row = 0; row < t.actions.size(); ++row) {
        const TraceAction& a = t.actions.at(row);
        const int lane = std::min(a.depth, lanes - 1);
        const double end = a.endTime < 0 ? t.endTime : a.endTime;
        const int x1 = int(xFor(a.startTime - start));
        const int x2 = std::max(x1 + 2, int(xFor(end - start)));
        const QRect bar(x1, bars.top() + lane * (kBarHeight + 2), x2 - x1, kBarHeight);
        QColor c = a.failed() ? failureColor(pal) : pal.color(QPalette::Mid);
        if (!a.liveViewEvents.isEmpty() && !a.failed())
            c = lv;
        if (row == m_current)
            c = a.failed() ? failureColor(pal) : pal.color(QPalette::Highlight);
        p.fillRect(bar, c);
        if (row == m_current) {
            p.setPen(QPen(pal.color(QPalette::Text), 1));
            p.drawRect(bar.adjusted(-1, -1, 0, 0));
        }
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

int TraceTimeline::rowAt(const QPoint& pos) const
{
    const Trace& t = m_model->trace();
    const QRect bars = barsRect();
    const int lanes = std::max(1, bars.height() / (kBarHeight + 2));
    int best = -1;
    double bestSpan = 0;
    for (int row = 0; row < t.actions.size(); ++row) {
        const TraceAction& a = t.actions.at(row);
        const double end = a.endTime < 0 ? t.endTime : a.endTime;
        const int x1 = int(xFor(a.startTime - t.startTime));
        const int x2 = std::max(x1 + 2, int(xFor(end - t.startTime)));
        if (pos.x() < x1 - 2 || pos.x() > x2 + 2)
            continue;
        if (pos.y() >= bars.top()) {
            const int lane = std::min(a.depth, lanes - 1);
            const int y = bars.top() + lane * (kBarHeight + 2);
            if (pos.y() < y - 1 || pos.y() > y + kBarHeight + 1)
                continue;
        }
        // The shortest action under the pointer is the most specific one.
        const double spanMs = end - a.startTime;
        if (best < 0 || spanMs < bestSpan) {
            best = row;
            bestSpan = spanMs;
        }
    }
    return best;
}

void TraceTimeline::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        setCurrentRow(row);
        emit actionClicked(row);
    }
}

void TraceTimeline::keyPressEvent(QKeyEvent* event)
{
    const int n = int(m_model->trace().actions.size());
    if (n == 0)
        return QWidget::keyPressEvent(event);
    int row = m_current;
    if (event->key() == Qt::Key_Right)
        row = std::min(n - 1, row + 1);
    else if (event->key() == Qt::Key_Left)
        row = std::max(0, row - 1);
    else
        return QWidget::keyPressEvent(event);
    setCurrentRow(row);
    emit actionClicked(row);
}

} // namespace pwb
