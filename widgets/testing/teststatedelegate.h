// SPDX-License-Identifier: MIT
// Paints a test's state as a coloured mark that reads in light and dark palettes.
#pragma once

#include <QStyledItemDelegate>

namespace pwb {

class TestStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor stateColor(int state, const QPalette& palette);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace pwb
