// SPDX-License-Identifier: MIT
#include "teststatedelegate.h"

#include "testing/testevent.h"
#include "testing/testrunmodel.h"
#include "testlinks.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPixmap>

namespace pwb {

QColor TestStateDelegate::stateColor(int state, const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (TestState(state)) {
    case TestState::Passed:
        return dark ? QColor(0x5c, 0xd6, 0x7a) : QColor(0x1b, 0x8a, 0x3a);
    case TestState::Failed:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case TestState::Invalid:
        return dark ? QColor(0xff, 0xa0, 0x5c) : QColor(0xc2, 0x5b, 0x00);
    case TestState::Running:
        return dark ? QColor(0x6c, 0xa8, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    case TestState::Skipped:
    case TestState::Excluded:
    case TestState::Pending:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

void TestStateDelegate::initStyleOption(QStyleOptionViewItem* option,
                                        const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int state = index.data(TestRunModel::StateRole).toInt();
    const QColor c = stateColor(state, option->palette);
    if (index.column() == TestRunModel::NameColumn) {
        const int s = option->decorationSize.height() > 0 ? option->decorationSize.height() : 12;
        QPixmap dot(s, s);
        dot.fill(Qt::transparent);
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(2, 2, s - 4, s - 4));
        p.end();
        option->icon = QIcon(dot);
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (m_links && m_links->sourceOf(index).isValid()) {
            // A link: the palette's link colour, underlined under the mouse.
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Link));
            if (m_links->hovered() == index && !m_links->hoveredTrace())
                option->font.setUnderline(true);
        }
    } else if (index.column() == TestRunModel::StateColumn) {
        option->palette.setColor(QPalette::Text, c);
    }
}

QStyleOptionViewItem TestStateDelegate::cellOption(const QAbstractItemView* view,
                                                   const QModelIndex& index) const
{
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.rect = view->visualRect(index);
    option.font = view->font();
    option.fontMetrics = QFontMetrics(option.font);
    const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
    option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(icon, icon);
    option.showDecorationSelected =
        view->style()->styleHint(QStyle::SH_ItemView_ShowDecorationSelected, nullptr, view);
    option.widget = view;
    if (m_links && index.column() == TestRunModel::NameColumn && m_links->traceOf(index).isValid())
        option.rect.setRight(option.rect.right() - TestLinks::traceWidth(option));
    initStyleOption(&option, index);
    return option;
}

void TestStateDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    const LinkTarget trace = m_links && index.column() == TestRunModel::NameColumn
                                 ? m_links->traceOf(index)
                                 : LinkTarget();
    if (!trace.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The name gives way to the "trace" link at the right end of the cell.
    const int width = TestLinks::traceWidth(option);
    QStyleOptionViewItem name = option;
    name.rect.setRight(option.rect.right() - width);
    QStyledItemDelegate::paint(painter, name, index);
    QRect r = option.rect;
    r.setLeft(name.rect.right() + 1);
    QFont font = option.font;
    font.setUnderline(m_links->hovered() == index && m_links->hoveredTrace());
    painter->save();
    painter->setFont(font);
    painter->setPen(option.palette.color(
        option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Link));
    painter->drawText(r, Qt::AlignCenter, TestLinks::traceText());
    painter->restore();
}

} // namespace pwb
