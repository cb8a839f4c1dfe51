// SPDX-License-Identifier: MIT
// The scene's viewport: zoom (Ctrl+wheel, +/-), pan (drag, arrows), fit (0 or F), step
// through nodes with Tab, activate with Enter, clear the selection with Escape.
#pragma once

#include <QGraphicsView>

namespace pwb {

class GraphScene;

class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    GraphScene* graphScene() const { return m_scene; }
    void zoomBy(double factor);
    // Fits now and keeps fitting on resize until the user zooms.
    void fit();
    // The opening view: the whole graph when its labels stay readable, otherwise the
    // smallest readable zoom on the top of the graph (the orchestrators) or `focus`.
    // Keeps doing so on resize until the user zooms or fits.
    void showReadable(int focus = -1);
    // Below this zoom node titles are too small to read.
    static constexpr double kReadableZoom = 0.85;
    void centreOnNode(int index);
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void fitNow();

    GraphScene* m_scene;
    bool m_autoFit = true;
    bool m_readable = false;
    int m_focus = -1;
};

} // namespace pwb
