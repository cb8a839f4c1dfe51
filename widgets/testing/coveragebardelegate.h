// SPDX-License-Identifier: MIT
// Draws a module's coverage as a bar with its target marked.
#pragma once

#include <QStyledItemDelegate>

namespace pwb {

class CoverageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace pwb
