// SPDX-License-Identifier: MIT
#include "coveragebardelegate.h"

#include "testing/coveragemodel.h"
#include "testing/testevent.h"
#include "teststatedelegate.h"

#include <QApplication>
#include <QPainter>

namespace pwb {

void CoverageBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const double pct = index.data(CoverageModel::PercentRole).toDouble();
    const double target = index.data(CoverageModel::ThresholdRole).toDouble();
    const bool meets = index.data(CoverageModel::MeetsRole).toBool();
    const QRect r = opt.rect.adjusted(4, 4, -4, -4);
    const QRect bar(r.left(), r.top(), std::max(60, r.width() - 56), r.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(opt.palette.color(QPalette::Mid));
    painter->drawRoundedRect(bar, 3, 3);
    if (pct > 0) {
        QRect fill = bar;
        fill.setWidth(int(bar.width() * std::min(pct, 100.0) / 100.0));
        painter->setBrush(TestStateDelegate::stateColor(
            int(meets ? TestState::Passed : TestState::Failed), opt.palette));
        painter->drawRoundedRect(fill, 3, 3);
    }
    const int tx = bar.left() + int(bar.width() * target / 100.0);
    painter->setPen(QPen(opt.palette.color(QPalette::Text), 2));
    painter->drawLine(tx, bar.top() - 2, tx, bar.bottom() + 2);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    painter->drawText(QRect(bar.right() + 6, r.top(), r.right() - bar.right() - 6, r.height()),
                      Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

QSize CoverageBarDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(std::max(s.width(), 220));
    return s;
}

} // namespace pwb
