// SPDX-License-Identifier: MIT
// Paints a test's state as a coloured mark that reads in light and dark palettes, and, with
// TestLinks set, a test's name as a link with a "trace" link beside it when it has one.
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace pwb {

class TestLinks;

class TestStateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static QColor stateColor(int state, const QPalette& palette);

    void setLinks(TestLinks* links) { m_links = links; }
    // The option a cell is painted with, with the room the "trace" link takes already off
    // its rect: what TestLinks measures the links by.
    QStyleOptionViewItem cellOption(const QAbstractItemView* view, const QModelIndex& index) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    TestLinks* m_links = nullptr; // owned by the page, which outlives its tree
};

} // namespace pwb
