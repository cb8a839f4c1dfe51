// SPDX-License-Identifier: MIT
// The board itself: a BoardModel drawn as four status columns crossed with swimlanes.
// Cards are painted by the item delegate (no widget per card), so ten thousand tasks
// scroll as smoothly as ten.
#pragma once

#include <QAbstractItemView>

namespace pwb {

class BoardView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit BoardView(QWidget* parent = nullptr);

    QRect visualRect(const QModelIndex& index) const override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint& point) const override;
    void setModel(QAbstractItemModel* model) override;

    int contentHeight() const { return m_contentHeight; }
    // Cards painted by the last paint event (the benchmark and tests read it).
    int lastPaintedCards() const { return m_lastPainted; }

    static constexpr int kHeaderHeight = 34;
    static constexpr int kLaneHeaderHeight = 30;
    static constexpr int kSpacing = 8;
    static constexpr int kMinColumnWidth = 104;
    // The header bands at the view's font (they grow in presentation mode), never smaller
    // than the constants above.
    int headerHeight() const;
    int laneHeaderHeight() const;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex& index) const override;
    void setSelection(const QRect& rect, QItemSelectionModel::SelectionFlags flags) override;
    QRegion visualRegionForSelection(const QItemSelection& selection) const override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void updateGeometries() override;
    void rowsInserted(const QModelIndex& parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex& parent, int start, int end) override;
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                     const QList<int>& roles = {}) override;

private:
    struct Lane
    {
        int top = 0;
        int height = 0;
        QList<QRect> cards; // content coordinates
    };
    void relayout();
    int columnWidth() const;
    int cardHeight() const;
    QRect toViewport(const QRect& content) const;
    QModelIndex cardAt(const QPoint& content) const;
    int laneAtY(int y) const;

    QList<Lane> m_lanes;
    int m_contentHeight = 0;
    int m_contentWidth = 0;
    int m_lastPainted = 0;
    bool m_dirty = true;
};

} // namespace pwb
