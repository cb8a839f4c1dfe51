// SPDX-License-Identifier: MIT
// The timeline above the action list: a film strip of screencast frames, one bar per
// action (failures marked) and LiveView pushes and replies as markers joined by the
// server's answer time. Clicking selects the action under the pointer.
#pragma once

#include <QHash>
#include <QPixmap>
#include <QWidget>

namespace pwb {

class TraceModel;

class TraceTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit TraceTimeline(TraceModel* model, QWidget* parent = nullptr);

    void setCurrentRow(int row);
    int currentRow() const { return m_current; }
    // The frames shown in the strip (evenly picked when there are many).
    QList<int> stripFrames() const;
    int loadedThumbnails() const { return int(m_thumbs.size()); }
    // Presentation mode and zoom: the film strip (and its thumbnails) grows by `factor`.
    void setThumbnailScale(double factor);
    int stripHeight() const { return m_stripHeight; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void actionClicked(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void reload();
    double xFor(double ms) const;
    int rowAt(const QPoint& pos) const;
    QRect barsRect() const;

    TraceModel* m_model;
    int m_current = -1;
    QHash<int, QPixmap> m_thumbs; // frame index -> thumbnail
    quint64 m_generation = 0;
    int m_stripHeight = kStripHeight;
    static constexpr int kStripHeight = 64;
    static constexpr int kRuler = 18;
    static constexpr int kBarHeight = 6;
    static constexpr int kLiveViewLane = 22;
};

} // namespace pwb
