// SPDX-License-Identifier: MIT
// Paints one task card of the board: id, estimate, title, priority stripe, subtask
// progress, blocked-by and agent references, in the widget's palette (light or dark).
#pragma once

#include <QStyledItemDelegate>

namespace pwb {

class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor priorityColor(const QString& priority, const QPalette& palette);
    // A card's first line: its id (elided when it must be) and its estimate, for a card
    // `width` pixels wide drawn in `font`; `size` is a T-shirt size the plan gives instead of
    // hours ("M"), shown as written.
    struct CardHeader
    {
        QString id;
        QString estimate;
    };
    static CardHeader header(const QString& taskId, double hours, const QFont& font, int width,
                             const QString& size = QString());
    // The agent whose "@name" label the card at option.rect shows under `pos` (a link to the
    // delegation graph); empty when `pos` is not on one.
    static QString agentAt(const QStyleOptionViewItem& option, const QModelIndex& index,
                           const QPoint& pos);
};

} // namespace pwb
