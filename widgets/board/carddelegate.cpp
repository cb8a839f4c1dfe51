// SPDX-License-Identifier: MIT
#include "carddelegate.h"

#include "tasks/boardmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace pwb {

namespace {
bool isDark(const QPalette& pal)
{
    return pal.color(QPalette::Window).lightness() < 128;
}
QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

QColor CardDelegate::priorityColor(const QString& priority, const QPalette& palette)
{
    const bool dark = isDark(palette);
    if (priority == u"CRITICAL")
        return dark ? QColor(0xc0, 0x84, 0xfc) : QColor(0x7e, 0x22, 0xce);
    if (priority == u"HIGH")
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xc6, 0x28, 0x28);
    if (priority == u"MEDIUM")
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xb4, 0x6a, 0x00);
    if (priority == u"LOW")
        return dark ? QColor(0x7d, 0xd3, 0xfc) : QColor(0x2b, 0x6c, 0xb0);
    return palette.color(QPalette::Mid);
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return QSize(240, fm.height() * 5 + 26);
}

QString CardDelegate::agentAt(const QStyleOptionViewItem& option, const QModelIndex& index,
                              const QPoint& pos)
{
    // The footer line as paint() lays it out: 6 + (lh + 2) + (2 lh + 4) + lh below the top.
    if (!index.data(BoardModel::BlockedByRole).toStringList().isEmpty())
        return {};
    const QFontMetrics fm(option.font);
    const int lh = fm.height();
    const QRect r = option.rect.adjusted(0, 0, -1, -1);
    const int y = r.top() + 12 + 4 * lh;
    if (pos.y() < y || pos.y() >= y + lh)
        return {};
    int x = r.left() + 13;
    const int gap = fm.horizontalAdvance(QStringLiteral("  "));
    for (const QString& a : index.data(BoardModel::AgentsRole).toStringList()) {
        const int w = fm.horizontalAdvance(u'@' + a);
        if (pos.x() >= x && pos.x() < x + w)
            return a;
        x += w + gap;
    }
    return {};
}

CardDelegate::CardHeader CardDelegate::header(const QString& taskId, double hours,
                                              const QFont& font, int width, const QString& size)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(font);
    const QFontMetrics bm(bold);
    CardHeader h;
    h.estimate = hours >= 0 ? QCoreApplication::translate("CardDelegate", "%1 h").arg(hours)
                 : !size.isEmpty()
                     ? QCoreApplication::translate("CardDelegate", "size %1").arg(size)
                     : QCoreApplication::translate("CardDelegate", "no estimate");
    // A task without an id of its own ("#Write the installer") shows its title below, not
    // twice.
    const QString id = TrdTask::isImplicitId(taskId) ? QString() : taskId;
    // In a narrow column the id comes first: "no estimate" gives way to a dash rather than
    // leave every card's id elided to "…" (a plan whose tasks carry no hours).
    if (hours < 0 && bm.horizontalAdvance(id) + 8 + fm.horizontalAdvance(h.estimate) > width)
        h.estimate = size.isEmpty() ? QStringLiteral("\u2013") : size;
    // A long id is elided before the estimate instead of running under it.
    h.id = bm.elidedText(id, Qt::ElideRight,
                         std::max(0, width - fm.horizontalAdvance(h.estimate) - 8));
    return h;
}

void CardDelegate::paint(QPainter* p, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const bool dark = isDark(pal);
    const QRect r = option.rect.adjusted(0, 0, -1, -1);
    const bool selected = option.state & QStyle::State_Selected;
    const bool hover = option.state & QStyle::State_MouseOver;

    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    path.addRoundedRect(QRectF(r), 6, 6);
    QColor card = pal.color(QPalette::Base);
    if (hover)
        card = mix(card, pal.color(QPalette::Highlight), 0.06);
    p->fillPath(path, card);
    QPen border(
        selected ? pal.color(QPalette::Highlight)
                 : mix(pal.color(QPalette::Base), pal.color(QPalette::Text), dark ? 0.25 : 0.18));
    border.setWidthF(selected ? 2.0 : 1.0);
    p->setPen(border);
    p->drawPath(path);

    const QString priority = index.data(BoardModel::PriorityRole).toString();
    const QColor prio = priorityColor(priority, pal);
    p->setClipPath(path);
    p->fillRect(QRect(r.left(), r.top(), 5, r.height()), prio);
    p->setClipping(false);
    p->setRenderHint(QPainter::Antialiasing, false);

    const QFontMetrics fm(option.font);
    const int lh = fm.height();
    const int left = r.left() + 13;
    const int right = r.right() - 8;
    int y = r.top() + 6;
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = mix(pal.color(QPalette::Base), text, 0.62);

    // Line 1: id, priority, estimate.
    QFont bold = option.font;
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(text);
    const double hours = index.data(BoardModel::HoursRole).toDouble();
    const QString size = index.data(BoardModel::SizeRole).toString();
    const CardHeader head = header(index.data(BoardModel::TaskIdRole).toString(), hours,
                                   option.font, right - left, size);
    const QString& id = head.id;
    const QString& est = head.estimate;
    const int estWidth = QFontMetrics(option.font).horizontalAdvance(est);
    p->drawText(QRect(left, y, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter, id);
    const int idWidth = QFontMetrics(bold).horizontalAdvance(id);
    p->setFont(option.font);
    p->setPen(hours >= 0 || !size.isEmpty() ? muted : prio);
    p->drawText(QRect(left, y, right - left, lh), Qt::AlignRight | Qt::AlignVCenter, est);
    if (!priority.isEmpty()) {
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.8);
        small.setBold(true);
        // In a narrow column (a 1024 px window) the priority gets what is left between the
        // id and the estimate, elided, instead of being drawn over the estimate.
        const int room = right - left - idWidth - 8 - estWidth - 6;
        const QString shown = QFontMetrics(small).elidedText(priority, Qt::ElideRight, room);
        if (room > 0 && !shown.isEmpty()) {
            p->setFont(small);
            p->setPen(prio);
            p->drawText(QRect(left + idWidth + 8, y, room, lh), Qt::AlignLeft | Qt::AlignVCenter,
                        shown);
            p->setFont(option.font);
        }
    }
    const QStringList flags = index.data(BoardModel::FlagsRole).toStringList();
    y += lh + 2;

    // Lines 2-3: the title, wrapped and elided.
    p->setPen(text);
    QString title = index.data(BoardModel::TitleRole).toString();
    if (!flags.isEmpty())
        title = QStringLiteral("⚠ ") + title;
    QTextLayout layout(title, option.font);
    layout.beginLayout();
    int lines = 0;
    QString shown;
    while (lines < 2) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(right - left);
        QString part = title.mid(line.textStart(), line.textLength());
        if (lines == 1 && line.textStart() + line.textLength() < title.size())
            part = fm.elidedText(title.mid(line.textStart()), Qt::ElideRight, right - left);
        p->drawText(QRect(left, y + lines * lh, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter,
                    part.trimmed());
        ++lines;
    }
    layout.endLayout();
    y += 2 * lh + 4;

    // Line 4: subtask progress.
    const int done = index.data(BoardModel::SubtasksDoneRole).toInt();
    const int total = index.data(BoardModel::SubtasksTotalRole).toInt();
    if (total > 0) {
        const QString count = QStringLiteral("%1/%2").arg(done).arg(total);
        const int cwid = fm.horizontalAdvance(count) + 6;
        const QRect bar(left, y + lh / 2 - 2, right - left - cwid, 4);
        p->fillRect(bar, mix(pal.color(QPalette::Base), text, 0.15));
        const QColor ok = dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x2e, 0x7d, 0x32);
        p->fillRect(QRect(bar.left(), bar.top(), bar.width() * done / total, bar.height()),
                    done == total ? ok : pal.color(QPalette::Highlight));
        p->setPen(muted);
        p->drawText(QRect(right - cwid, y, cwid, lh), Qt::AlignRight | Qt::AlignVCenter, count);
    } else {
        p->setPen(muted);
        p->drawText(QRect(left, y, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter,
                    QCoreApplication::translate("CardDelegate", "no subtasks"));
    }
    y += lh;

    // Line 5: blocked by, else agents.
    const QStringList blocked = index.data(BoardModel::BlockedByRole).toStringList();
    const QStringList agents = index.data(BoardModel::AgentsRole).toStringList();
    QString foot;
    QColor footColor = muted;
    if (!blocked.isEmpty()) {
        foot = QCoreApplication::translate("CardDelegate", "Blocked by %1")
                   .arg(blocked.join(QStringLiteral(", ")));
        footColor = dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xb7, 0x1c, 0x1c);
    } else if (!agents.isEmpty()) {
        QStringList at;
        for (const QString& a : agents)
            at << u'@' + a;
        foot = at.join(QStringLiteral("  "));
    }
    if (!foot.isEmpty()) {
        p->setPen(footColor);
        p->drawText(QRect(left, y, right - left, lh), Qt::AlignLeft | Qt::AlignVCenter,
                    fm.elidedText(foot, Qt::ElideRight, right - left));
    }
    if (option.state & QStyle::State_HasFocus) {
        QPen focus(pal.color(QPalette::Highlight));
        focus.setStyle(Qt::DotLine);
        p->setPen(focus);
        p->drawRect(r.adjusted(3, 3, -3, -3));
    }
    p->restore();
}

} // namespace pwb
