// SPDX-License-Identifier: MIT
// Presentation mode and per-view zoom, for a trainer in front of a projector. The scale is
// real font scaling of the widget tree: the application font grows by the presentation
// scale and each view's font by its own zoom, so every widget that takes its font from its
// parent (labels, lists, trees, editors) follows without knowing. What is not a font (the
// graph's canvas, the trace film strip) gets a hook with the factor.
#pragma once

#include <QFont>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QSizePolicy>

#include <functional>

class QTabWidget;
class QWidget;

namespace pwb {

class ViewScale : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMinScale = 1.25;
    static constexpr double kMaxScale = 2.0;
    static constexpr double kDefaultScale = 1.5;
    static constexpr int kMinSteps = -4; // zoom 0.6
    static constexpr int kMaxSteps = 10; // zoom 2.0

    // `window` goes full screen in presentation mode; `views` holds the pages zoomed one by
    // one (the current page is the one the zoom keys act on).
    ViewScale(QWidget* window, QTabWidget* views, QObject* parent = nullptr);
    ~ViewScale() override;

    bool isPresenting() const { return m_presenting; }
    void setPresenting(bool on);
    // The scale presentation mode uses (1.25 to 2), remembered in QSettings.
    double presentationScale() const { return m_scale; }
    void setPresentationScale(double scale);
    // The factor the UI is scaled by now: the presentation scale, or 1.
    double uiScale() const { return m_presenting ? m_scale : 1.0; }

    // A page's own zoom (1 = as the UI), changed in steps of 10 %; remembered per page.
    double zoom(QWidget* page) const;
    int zoomSteps(QWidget* page) const { return m_steps.value(page); }
    void zoomPage(QWidget* page, int steps);
    void resetPage(QWidget* page);
    void zoomIn() { zoomPage(currentPage(), 1); }
    void zoomOut() { zoomPage(currentPage(), -1); }
    void resetZoom() { resetPage(currentPage()); }
    // UI scale times the page's zoom: what a page's hook receives.
    double factor(QWidget* page) const { return uiScale() * zoom(page); }

    // A page whose content is a canvas: zoom keys and Ctrl+wheel call `zoomBy(ratio)` and
    // `reset()` instead of changing its font.
    void setCanvas(QWidget* page, std::function<void(double ratio)> zoomBy,
                   std::function<void()> reset);
    // Called with factor(page) whenever it changes (thumbnail sizes and the like).
    void setScaleHook(QWidget* page, std::function<void(double factor)> hook);

    QWidget* currentPage() const;
    // The page of `views` that holds `widget`, or null.
    QWidget* pageOf(QObject* widget) const;
    QFont baseFont() const { return m_base; }

signals:
    void presentingChanged(bool on);
    void scaleChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();
    void fitToScreen();
    void applyPage(QWidget* page);
    QString settingsKey(QWidget* page) const;

    QPointer<QWidget> m_window;
    QPointer<QTabWidget> m_views;
    QFont m_base;
    double m_scale = kDefaultScale;
    bool m_presenting = false;
    Qt::WindowStates m_stateBefore;
    QRect m_geometryBefore;
    QHash<QWidget*, int> m_steps;
    QHash<QWidget*, QSizePolicy::Policy> m_policies; // pages' own, while presenting
    struct Canvas
    {
        std::function<void(double)> zoomBy;
        std::function<void()> reset;
    };
    QHash<QWidget*, Canvas> m_canvases;
    QHash<QWidget*, std::function<void(double)>> m_hooks;
    int m_wheelRemainder = 0;
};

} // namespace pwb
